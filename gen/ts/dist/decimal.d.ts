import { Decimal } from "decimal.js";
import { type Decimal as DecimalMessage } from "./cq/types/v1/decimal_pb.js";
export { Decimal };
/**
 * How far from 1 a value may be: its most significant digit is at most this many places from the
 * point. The normal form spells out every zero an exponent stands for, so "1e-999999999" would need
 * a gigabyte; this bound (far beyond the contract's 40 integer and 30 fraction digits) prevents that.
 */
export declare const MAX_ADJUSTED_EXPONENT = 1000;
/** Read text in the contract grammar; anything else throws an error naming the text. */
export declare function parseDecimal(text: string): Decimal;
/** Write value in the contract's normal form, digit for digit. */
export declare function formatDecimal(value: Decimal): string;
/** The value of a contract decimal message. */
export declare function toDecimal(message: DecimalMessage): Decimal;
/** A contract decimal message holding value in normal form; a string must be in the contract grammar. */
export declare function fromDecimal(value: Decimal | string): DecimalMessage;
