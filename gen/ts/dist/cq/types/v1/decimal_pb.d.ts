import type { GenFile, GenMessage } from "@bufbuild/protobuf/codegenv2";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file cq/types/v1/decimal.proto.
 */
export declare const file_cq_types_v1_decimal: GenFile;
/**
 * An exact decimal number, carried as text so that no binary floating point ever touches money.
 *
 * Every price, quantity, amount and rate in the CQ contracts is a Decimal. A `double` keeps only 15-16
 * significant digits, and an int64 of an 18-decimal token (wei) overflows at about 9.22 ETH, so
 * neither can carry these values losslessly.
 *
 * Grammar (that of google.type.Decimal): an optional sign, digits, an optional fraction and an
 * optional exponent, `[+-]?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?`. No spaces, no thousands separators,
 * no NaN or infinity. Producers emit the normal form: no exponent, no leading `+`, no leading zeros
 * in the integer part, no trailing zeros in the fraction, and `0` for zero. Consumers accept the
 * whole grammar. The supported range is at most 40 digits before and 30 digits after the point,
 * which covers 18-decimal tokens priced in units as small as 1e-12.
 *
 * @generated from message cq.types.v1.Decimal
 */
export type Decimal = Message<"cq.types.v1.Decimal"> & {
    /**
     * Required. The decimal in the grammar above. Examples: "0", "-12.5", "0.000000000000000001",
     * "123456789012.123456789012345678".
     *
     * @generated from field: string value = 1;
     */
    value: string;
};
/**
 * Describes the message cq.types.v1.Decimal.
 * Use `create(DecimalSchema)` to create a new message.
 */
export declare const DecimalSchema: GenMessage<Decimal>;
