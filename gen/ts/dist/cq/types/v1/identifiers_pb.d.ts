import type { GenFile, GenMessage } from "@bufbuild/protobuf/codegenv2";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file cq/types/v1/identifiers.proto.
 */
export declare const file_cq_types_v1_identifiers: GenFile;
/**
 * A listing as one venue names it: the venue plus the venue's own symbol, and the network for
 * on-chain deposits and withdrawals.
 *
 * A venue symbol is never an identifier on its own: "XBTUSD" on Kraken and "BTCUSDT" on Binance both
 * resolve to canonical CQ assets and instruments through the AssetRegistry's mappings.
 *
 * @generated from message cq.types.v1.VenueSymbol
 */
export type VenueSymbol = Message<"cq.types.v1.VenueSymbol"> & {
    /**
     * Required. The CQ venue id the symbol belongs to. Lower snake case. Example: "kraken".
     *
     * @generated from field: string venue_id = 1;
     */
    venueId: string;
    /**
     * Required. The symbol exactly as the venue spells it, case preserved. Example: "XBTUSD".
     *
     * @generated from field: string symbol = 2;
     */
    symbol: string;
    /**
     * Optional. The venue's name for the network, for assets the venue moves on several chains.
     * Kept raw because every venue names networks its own way. Example: "ERC20", "TRC20".
     *
     * @generated from field: string network = 3;
     */
    network: string;
};
/**
 * Describes the message cq.types.v1.VenueSymbol.
 * Use `create(VenueSymbolSchema)` to create a new message.
 */
export declare const VenueSymbolSchema: GenMessage<VenueSymbol>;
