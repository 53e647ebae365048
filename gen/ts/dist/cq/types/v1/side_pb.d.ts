import type { GenEnum, GenFile } from "@bufbuild/protobuf/codegenv2";
/**
 * Describes the file cq/types/v1/side.proto.
 */
export declare const file_cq_types_v1_side: GenFile;
/**
 * The direction of an order, a trade or a position change, seen from the account that owns it.
 *
 * @generated from enum cq.types.v1.Side
 */
export declare enum Side {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: SIDE_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * Buying the base asset (or going long the instrument).
     *
     * @generated from enum value: SIDE_BUY = 1;
     */
    BUY = 1,
    /**
     * Selling the base asset (or going short the instrument).
     *
     * @generated from enum value: SIDE_SELL = 2;
     */
    SELL = 2
}
/**
 * Describes the enum cq.types.v1.Side.
 */
export declare const SideSchema: GenEnum<Side>;
