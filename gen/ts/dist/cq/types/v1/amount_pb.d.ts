import type { GenFile, GenMessage } from "@bufbuild/protobuf/codegenv2";
import type { Decimal } from "./decimal_pb.js";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file cq/types/v1/amount.proto.
 */
export declare const file_cq_types_v1_amount: GenFile;
/**
 * A quantity of one asset: a cash balance, a fee, a notional or a PnL figure.
 *
 * google.type.Money is limited to ISO 4217 currencies and 9 fractional digits, which is not enough
 * for crypto assets with 18 decimals, so CQ pairs an exact Decimal with a canonical asset id.
 *
 * @generated from message cq.types.v1.Amount
 */
export type Amount = Message<"cq.types.v1.Amount"> & {
    /**
     * Required. The number of units of the asset, in whole units (not minor units). Example: "1.5" for
     * one and a half BTC, "-20.25" for a fee rebate of twenty dollars and a quarter.
     *
     * @generated from field: cq.types.v1.Decimal value = 1;
     */
    value?: Decimal | undefined;
    /**
     * Required. The canonical asset the value is denominated in, as issued by the AssetRegistry.
     * Example: "BTC", "USD", "ETH".
     *
     * @generated from field: string asset_id = 2;
     */
    assetId: string;
};
/**
 * Describes the message cq.types.v1.Amount.
 * Use `create(AmountSchema)` to create a new message.
 */
export declare const AmountSchema: GenMessage<Amount>;
