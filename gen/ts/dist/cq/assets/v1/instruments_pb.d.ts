import type { GenEnum, GenFile, GenMessage } from "@bufbuild/protobuf/codegenv2";
import type { Decimal } from "../../types/v1/decimal_pb.js";
import type { VenueSymbol } from "../../types/v1/identifiers_pb.js";
import type { TimeRange } from "../../types/v1/time_range_pb.js";
import type { Duration, Timestamp } from "@bufbuild/protobuf/wkt";
import type { Date } from "../../../google/type/date_pb.js";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file cq/assets/v1/instruments.proto.
 */
export declare const file_cq_assets_v1_instruments: GenFile;
/**
 * Something that trades: a spot pair, a share, a fund, a perpetual, a dated future, an option, a bond
 * or a swap, with the trading rules (tick, lot, multiplier, size limits) that orders are validated
 * against and the economic terms that valuation and risk need.
 *
 * Orders, prices, books, positions and risk all refer to an instrument by instrument_id. The
 * notional of a quantity q at price p is q * p * multiplier in quote_asset_id for every linear
 * instrument (see PriceQuoteConvention for bonds and swaps, and inverse for inverse contracts).
 *
 * @generated from message cq.assets.v1.Instrument
 */
export type Instrument = Message<"cq.assets.v1.Instrument"> & {
    /**
     * Required. The canonical CQ instrument id, `<market>:<type>:<symbol>`, chosen at creation and
     * never changed. The market is "cq" for CQ's canonical instruments; the type is the short name
     * given at each InstrumentType value. Example: "cq:perp:BTC-USD", "cq:option:ETH-20261225-5000-C",
     * "cq:bond:US91282CJL54".
     *
     * @generated from field: string instrument_id = 1;
     */
    instrumentId: string;
    /**
     * Required. What kind of instrument this is; decides which terms apply. Immutable.
     * Example: INSTRUMENT_TYPE_PERPETUAL.
     *
     * @generated from field: cq.assets.v1.InstrumentType type = 2;
     */
    type: InstrumentType;
    /**
     * Required. The symbol part of instrument_id, for display and search. Example: "BTC-USD".
     *
     * @generated from field: string symbol = 3;
     */
    symbol: string;
    /**
     * Optional. A human-readable name. Example: "Bitcoin / US Dollar perpetual".
     *
     * @generated from field: string display_name = 4;
     */
    displayName: string;
    /**
     * Required. Where the instrument is in its life; only ACTIVE instruments accept orders.
     * Example: INSTRUMENT_STATUS_ACTIVE.
     *
     * @generated from field: cq.assets.v1.InstrumentStatus status = 5;
     */
    status: InstrumentStatus;
    /**
     * Required. The canonical asset the instrument delivers or tracks per unit: the base asset of a
     * spot pair, the share of an equity, the fund share of a fund, the bond itself for a bond, the
     * underlying asset for derivatives. Example: "BTC".
     *
     * @generated from field: string base_asset_id = 6;
     */
    baseAssetId: string;
    /**
     * Required. The canonical asset prices are quoted in (the currency of the instrument). Example:
     * "USD".
     *
     * @generated from field: string quote_asset_id = 7;
     */
    quoteAssetId: string;
    /**
     * Optional. The canonical asset the instrument settles and margins in, for derivatives and
     * instruments settling in another asset than they quote in. Unset means quote_asset_id.
     * Example: "USDT" for a USDT-margined perpetual, "BTC" for an inverse one.
     *
     * @generated from field: string settle_asset_id = 8;
     */
    settleAssetId: string;
    /**
     * Optional. The canonical asset whose price drives the instrument's value, which is how risk
     * groups delta by underlier. Unset means base_asset_id. Example: "BTC" for a perpetual, "SPX" for
     * an index future.
     *
     * @generated from field: string underlier_asset_id = 9;
     */
    underlierAssetId: string;
    /**
     * Optional. The instrument a derivative is written on or settles into, when that is itself an
     * instrument: the future of an option on futures, the spot pair of a perpetual's index. Empty for
     * cash instruments. Example: "cq:spot:BTC-USD".
     *
     * @generated from field: string underlier_instrument_id = 10;
     */
    underlierInstrumentId: string;
    /**
     * Required. The smallest price increment, in the unit of the price (see price_quote_convention);
     * a limit or stop price must be a multiple of it. Example: "0.5" for BTC-USD perpetual, "0.01" for
     * a US equity, "0.0078125" (1/128) for a US Treasury note.
     *
     * @generated from field: cq.types.v1.Decimal tick_size = 11;
     */
    tickSize?: Decimal | undefined;
    /**
     * Required. The smallest quantity increment, in instrument units (base asset for spot, shares,
     * contracts for derivatives, bonds, notional for swaps); an order quantity must be a multiple of
     * it. Example: "0.0001" for BTC-USD spot, "1" for a share or a contract.
     *
     * @generated from field: cq.types.v1.Decimal lot_size = 12;
     */
    lotSize?: Decimal | undefined;
    /**
     * Required. The contract size: how many units of base_asset_id one unit of quantity stands for, so
     * that notional = quantity * price * multiplier. "1" for spot, equities, funds and swaps; the
     * contract size for futures and options; face_value / 100 for bonds quoted in percent of par. For
     * an inverse contract, the value of one contract in quote_asset_id instead. Example: "100" for a US
     * equity option, "50" for an E-mini S&P 500 future, "0.001" for a 0.001 BTC contract.
     *
     * @generated from field: cq.types.v1.Decimal multiplier = 13;
     */
    multiplier?: Decimal | undefined;
    /**
     * Optional. True for an inverse (coin-margined) contract: quoted in quote_asset_id but margined and
     * settled in base_asset_id, each contract worth multiplier units of quote_asset_id, so its
     * notional in base_asset_id is quantity * multiplier / price. Default false. Example: true for
     * "cq:perp:BTC-USD-INV".
     *
     * @generated from field: bool inverse = 14;
     */
    inverse: boolean;
    /**
     * Required. What a price of the instrument means: a price per unit, a percent of par or a rate.
     * Example: PRICE_QUOTE_CONVENTION_PER_UNIT.
     *
     * @generated from field: cq.assets.v1.PriceQuoteConvention price_quote_convention = 15;
     */
    priceQuoteConvention: PriceQuoteConvention;
    /**
     * Optional. The smallest order quantity accepted, in instrument units. Unset means lot_size.
     * Example: "0.0001".
     *
     * @generated from field: cq.types.v1.Decimal min_quantity = 16;
     */
    minQuantity?: Decimal | undefined;
    /**
     * Optional. The largest order quantity accepted, in instrument units. Unset means no limit.
     * Example: "1000".
     *
     * @generated from field: cq.types.v1.Decimal max_quantity = 17;
     */
    maxQuantity?: Decimal | undefined;
    /**
     * Optional. The smallest order notional accepted, in quote_asset_id. Unset means no minimum.
     * Example: "5".
     *
     * @generated from field: cq.types.v1.Decimal min_notional = 18;
     */
    minNotional?: Decimal | undefined;
    /**
     * Optional. The largest order notional accepted, in quote_asset_id. Unset means no maximum.
     * Example: "5000000".
     *
     * @generated from field: cq.types.v1.Decimal max_notional = 19;
     */
    maxNotional?: Decimal | undefined;
    /**
     * Optional. The venues that list the instrument, each with the venue's own symbol and any trading
     * rule that differs there. Empty for an instrument no venue lists yet.
     * Example: [{venue_symbol: {venue_id: "kraken", symbol: "PF_XBTUSD"}, status:
     * INSTRUMENT_STATUS_ACTIVE}].
     *
     * @generated from field: repeated cq.assets.v1.InstrumentListing listings = 20;
     */
    listings: InstrumentListing[];
    /**
     * Output only. The end of the instrument's life, copied from its terms so consumers can filter
     * without switching on type: a future's or option's expire_time, or the start (00:00 UTC) of a
     * bond's or swap's maturity_date. Unset for spot, equities, funds and perpetuals.
     * Example: 2026-12-25T08:00:00Z.
     *
     * @generated from field: google.protobuf.Timestamp expire_time = 21;
     */
    expireTime?: Timestamp | undefined;
    /**
     * Optional. The type-specific terms; the set one matches type. Required for futures, options,
     * bonds and swaps; optional for equities, funds and perpetuals; spot instruments have none.
     *
     * @generated from oneof cq.assets.v1.Instrument.terms
     */
    terms: {
        /**
         * Optional. Terms of an INSTRUMENT_TYPE_EQUITY or INSTRUMENT_TYPE_FUND instrument.
         * Example: {primary_mic: "XNAS", settlement_days: 1}.
         *
         * @generated from field: cq.assets.v1.EquityTerms equity = 30;
         */
        value: EquityTerms;
        case: "equity";
    } | {
        /**
         * Optional. Terms of an INSTRUMENT_TYPE_FUTURE instrument.
         * Example: {expire_time: 2026-12-25T08:00:00Z, settlement_method: SETTLEMENT_METHOD_CASH}.
         *
         * @generated from field: cq.assets.v1.FutureTerms future = 31;
         */
        value: FutureTerms;
        case: "future";
    } | {
        /**
         * Optional. Terms of an INSTRUMENT_TYPE_PERPETUAL instrument.
         * Example: {funding_interval: 28800s, funding_rate_cap: "0.0075"}.
         *
         * @generated from field: cq.assets.v1.PerpetualTerms perpetual = 32;
         */
        value: PerpetualTerms;
        case: "perpetual";
    } | {
        /**
         * Optional. Terms of an INSTRUMENT_TYPE_OPTION instrument.
         * Example: {right: OPTION_RIGHT_CALL, strike_price: "5000", exercise_style:
         * EXERCISE_STYLE_EUROPEAN}.
         *
         * @generated from field: cq.assets.v1.OptionTerms option = 33;
         */
        value: OptionTerms;
        case: "option";
    } | {
        /**
         * Optional. Terms of an INSTRUMENT_TYPE_BOND instrument.
         * Example: {face_value: "1000", coupon_rate: "0.0425", coupon_frequency:
         * PAYMENT_FREQUENCY_SEMI_ANNUAL}.
         *
         * @generated from field: cq.assets.v1.BondTerms bond = 34;
         */
        value: BondTerms;
        case: "bond";
    } | {
        /**
         * Optional. Terms of an INSTRUMENT_TYPE_SWAP instrument.
         * Example: {tenor: "5Y", legs: [{leg_type: SWAP_LEG_TYPE_FIXED, ...}, {leg_type:
         * SWAP_LEG_TYPE_FLOATING, ...}]}.
         *
         * @generated from field: cq.assets.v1.SwapTerms swap = 35;
         */
        value: SwapTerms;
        case: "swap";
    } | {
        case: undefined;
        value?: undefined;
    };
    /**
     * Output only. When the instrument was registered, in UTC. Example: 2026-01-15T09:30:00Z.
     *
     * @generated from field: google.protobuf.Timestamp create_time = 40;
     */
    createTime?: Timestamp | undefined;
    /**
     * Output only. When any field last changed, in UTC. Example: 2026-03-02T14:05:12Z.
     *
     * @generated from field: google.protobuf.Timestamp update_time = 41;
     */
    updateTime?: Timestamp | undefined;
};
/**
 * Describes the message cq.assets.v1.Instrument.
 * Use `create(InstrumentSchema)` to create a new message.
 */
export declare const InstrumentSchema: GenMessage<Instrument>;
/**
 * One venue's listing of an instrument: the venue's symbol for it, and the trading rules that differ
 * from the instrument's there. A venue symbol resolves to exactly one instrument at any instant.
 *
 * @generated from message cq.assets.v1.InstrumentListing
 */
export type InstrumentListing = Message<"cq.assets.v1.InstrumentListing"> & {
    /**
     * Required. The venue and the venue's own symbol for the instrument, case preserved.
     * Example: {venue_id: "kraken", symbol: "PF_XBTUSD"}.
     *
     * @generated from field: cq.types.v1.VenueSymbol venue_symbol = 1;
     */
    venueSymbol?: VenueSymbol | undefined;
    /**
     * Required. The listing's status on this venue. Example: INSTRUMENT_STATUS_ACTIVE.
     *
     * @generated from field: cq.assets.v1.InstrumentStatus status = 2;
     */
    status: InstrumentStatus;
    /**
     * Optional. The venue's price increment when it differs from Instrument.tick_size. Unset means the
     * instrument's. Example: "0.1".
     *
     * @generated from field: cq.types.v1.Decimal tick_size = 3;
     */
    tickSize?: Decimal | undefined;
    /**
     * Optional. The venue's quantity increment when it differs from Instrument.lot_size. Unset means
     * the instrument's. Example: "0.001".
     *
     * @generated from field: cq.types.v1.Decimal lot_size = 4;
     */
    lotSize?: Decimal | undefined;
    /**
     * Optional. The venue's contract size when it differs from Instrument.multiplier; orders,
     * positions and books on this venue count quantity in this venue's contracts. Unset means the
     * instrument's. Example: "0.01" for a venue trading BTC perpetuals in 0.01 BTC contracts.
     *
     * @generated from field: cq.types.v1.Decimal multiplier = 5;
     */
    multiplier?: Decimal | undefined;
    /**
     * Optional. The venue's minimum order quantity, in the venue's quantity unit. Unset means the
     * instrument's. Example: "0.001".
     *
     * @generated from field: cq.types.v1.Decimal min_quantity = 6;
     */
    minQuantity?: Decimal | undefined;
    /**
     * Optional. The venue's maximum order quantity. Unset means the instrument's. Example: "500".
     *
     * @generated from field: cq.types.v1.Decimal max_quantity = 7;
     */
    maxQuantity?: Decimal | undefined;
    /**
     * Optional. The venue's minimum order notional, in quote_asset_id. Unset means the instrument's.
     * Example: "10".
     *
     * @generated from field: cq.types.v1.Decimal min_notional = 8;
     */
    minNotional?: Decimal | undefined;
    /**
     * Optional. The venue's maximum order notional, in quote_asset_id. Unset means the instrument's.
     * Example: "2000000".
     *
     * @generated from field: cq.types.v1.Decimal max_notional = 9;
     */
    maxNotional?: Decimal | undefined;
    /**
     * Optional. When the venue symbol stands for this instrument, for venues that reuse symbols (a
     * quarterly future's symbol rolling to the next contract). Unset means always.
     * Example: {start_time: 2026-09-26T08:00:00Z, end_time: 2026-12-25T08:00:00Z}.
     *
     * @generated from field: cq.types.v1.TimeRange validity = 10;
     */
    validity?: TimeRange | undefined;
};
/**
 * Describes the message cq.assets.v1.InstrumentListing.
 * Use `create(InstrumentListingSchema)` to create a new message.
 */
export declare const InstrumentListingSchema: GenMessage<InstrumentListing>;
/**
 * Terms of equities and funds.
 *
 * @generated from message cq.assets.v1.EquityTerms
 */
export type EquityTerms = Message<"cq.assets.v1.EquityTerms"> & {
    /**
     * Optional. The ISO 10383 market identifier code of the primary listing exchange. Example: "XNAS".
     *
     * @generated from field: string primary_mic = 1;
     */
    primaryMic: string;
    /**
     * Optional. The settlement cycle, in business days after the trade date (T+n). Example: 1.
     *
     * @generated from field: int32 settlement_days = 2;
     */
    settlementDays: number;
};
/**
 * Describes the message cq.assets.v1.EquityTerms.
 * Use `create(EquityTermsSchema)` to create a new message.
 */
export declare const EquityTermsSchema: GenMessage<EquityTerms>;
/**
 * Terms of a dated future.
 *
 * @generated from message cq.assets.v1.FutureTerms
 */
export type FutureTerms = Message<"cq.assets.v1.FutureTerms"> & {
    /**
     * Required. When the contract expires (last trading and final settlement), in UTC.
     * Example: 2026-12-25T08:00:00Z.
     *
     * @generated from field: google.protobuf.Timestamp expire_time = 1;
     */
    expireTime?: Timestamp | undefined;
    /**
     * Required. Whether it settles in cash or by delivery. Example: SETTLEMENT_METHOD_CASH.
     *
     * @generated from field: cq.assets.v1.SettlementMethod settlement_method = 2;
     */
    settlementMethod: SettlementMethod;
    /**
     * Optional. The delivery (contract) month, year and month set, day 0. Example: {year: 2026,
     * month: 12, day: 0}.
     *
     * @generated from field: google.type.Date delivery_month = 3;
     */
    deliveryMonth?: Date | undefined;
};
/**
 * Describes the message cq.assets.v1.FutureTerms.
 * Use `create(FutureTermsSchema)` to create a new message.
 */
export declare const FutureTermsSchema: GenMessage<FutureTerms>;
/**
 * Terms of a perpetual swap.
 *
 * @generated from message cq.assets.v1.PerpetualTerms
 */
export type PerpetualTerms = Message<"cq.assets.v1.PerpetualTerms"> & {
    /**
     * Required. The time between two funding settlements. Example: 28800s (8 hours).
     *
     * @generated from field: google.protobuf.Duration funding_interval = 1;
     */
    fundingInterval?: Duration | undefined;
    /**
     * Optional. The highest funding rate per interval the venue allows, as a decimal fraction. Unset
     * means uncapped. Example: "0.0075".
     *
     * @generated from field: cq.types.v1.Decimal funding_rate_cap = 2;
     */
    fundingRateCap?: Decimal | undefined;
    /**
     * Optional. The lowest funding rate per interval the venue allows, as a signed decimal fraction.
     * Unset means no floor. Example: "-0.0075".
     *
     * @generated from field: cq.types.v1.Decimal funding_rate_floor = 3;
     */
    fundingRateFloor?: Decimal | undefined;
};
/**
 * Describes the message cq.assets.v1.PerpetualTerms.
 * Use `create(PerpetualTermsSchema)` to create a new message.
 */
export declare const PerpetualTermsSchema: GenMessage<PerpetualTerms>;
/**
 * Terms of an option.
 *
 * @generated from message cq.assets.v1.OptionTerms
 */
export type OptionTerms = Message<"cq.assets.v1.OptionTerms"> & {
    /**
     * Required. Call or put. Example: OPTION_RIGHT_CALL.
     *
     * @generated from field: cq.assets.v1.OptionRight right = 1;
     */
    right: OptionRight;
    /**
     * Required. The strike price, in quote_asset_id per unit of the underlier (the underlier's own
     * price unit). Example: "5000".
     *
     * @generated from field: cq.types.v1.Decimal strike_price = 2;
     */
    strikePrice?: Decimal | undefined;
    /**
     * Required. When the option expires, in UTC. Example: 2026-12-25T08:00:00Z.
     *
     * @generated from field: google.protobuf.Timestamp expire_time = 3;
     */
    expireTime?: Timestamp | undefined;
    /**
     * Required. When it can be exercised. Example: EXERCISE_STYLE_EUROPEAN.
     *
     * @generated from field: cq.assets.v1.ExerciseStyle exercise_style = 4;
     */
    exerciseStyle: ExerciseStyle;
    /**
     * Required. Whether exercise pays cash or delivers the underlier. Example:
     * SETTLEMENT_METHOD_CASH.
     *
     * @generated from field: cq.assets.v1.SettlementMethod settlement_method = 5;
     */
    settlementMethod: SettlementMethod;
};
/**
 * Describes the message cq.assets.v1.OptionTerms.
 * Use `create(OptionTermsSchema)` to create a new message.
 */
export declare const OptionTermsSchema: GenMessage<OptionTerms>;
/**
 * Terms of a bond. Quantity counts bonds of face_value each, and prices follow
 * PRICE_QUOTE_CONVENTION_PERCENT_OF_PAR, so Instrument.multiplier is face_value / 100.
 *
 * @generated from message cq.assets.v1.BondTerms
 */
export type BondTerms = Message<"cq.assets.v1.BondTerms"> & {
    /**
     * Required. The principal of one bond, repaid at maturity, in quote_asset_id. Example: "1000".
     *
     * @generated from field: cq.types.v1.Decimal face_value = 1;
     */
    faceValue?: Decimal | undefined;
    /**
     * Required. The annual coupon rate as a decimal fraction of face value; "0" for a zero-coupon
     * bond. Example: "0.0425".
     *
     * @generated from field: cq.types.v1.Decimal coupon_rate = 2;
     */
    couponRate?: Decimal | undefined;
    /**
     * Required. How often the coupon pays; PAYMENT_FREQUENCY_AT_MATURITY for a zero-coupon bond.
     * Example: PAYMENT_FREQUENCY_SEMI_ANNUAL.
     *
     * @generated from field: cq.assets.v1.PaymentFrequency coupon_frequency = 3;
     */
    couponFrequency: PaymentFrequency;
    /**
     * Required. How accrued interest is counted. Example: DAY_COUNT_CONVENTION_ACT_ACT_ICMA.
     *
     * @generated from field: cq.assets.v1.DayCountConvention day_count_convention = 4;
     */
    dayCountConvention: DayCountConvention;
    /**
     * Optional. The issue date. Example: {year: 2024, month: 11, day: 15}.
     *
     * @generated from field: google.type.Date issue_date = 5;
     */
    issueDate?: Date | undefined;
    /**
     * Required. The maturity date, when face value is repaid. Example: {year: 2034, month: 11, day:
     * 15}.
     *
     * @generated from field: google.type.Date maturity_date = 6;
     */
    maturityDate?: Date | undefined;
    /**
     * Optional. The first coupon date, when the first period is irregular. Unset means regular periods
     * counted back from maturity. Example: {year: 2025, month: 5, day: 15}.
     *
     * @generated from field: google.type.Date first_coupon_date = 7;
     */
    firstCouponDate?: Date | undefined;
    /**
     * Optional. The issuer's legal name. Example: "United States Treasury".
     *
     * @generated from field: string issuer = 8;
     */
    issuer: string;
    /**
     * Optional. The settlement cycle, in business days after the trade date (T+n). Example: 1.
     *
     * @generated from field: int32 settlement_days = 9;
     */
    settlementDays: number;
    /**
     * Optional. The risk curve the bond is discounted on, in cq.risk.v1.RiskFactor.curve_id format,
     * which keys its DV01 buckets. Example: "USD-TREASURY".
     *
     * @generated from field: string discount_curve_id = 10;
     */
    discountCurveId: string;
};
/**
 * Describes the message cq.assets.v1.BondTerms.
 * Use `create(BondTermsSchema)` to create a new message.
 */
export declare const BondTermsSchema: GenMessage<BondTerms>;
/**
 * One leg of a swap.
 *
 * @generated from message cq.assets.v1.SwapLeg
 */
export type SwapLeg = Message<"cq.assets.v1.SwapLeg"> & {
    /**
     * Required. Fixed or floating. Example: SWAP_LEG_TYPE_FIXED.
     *
     * @generated from field: cq.assets.v1.SwapLegType leg_type = 1;
     */
    legType: SwapLegType;
    /**
     * Required. Whether a long position pays or receives this leg. Example:
     * SWAP_LEG_DIRECTION_PAY.
     *
     * @generated from field: cq.assets.v1.SwapLegDirection direction = 2;
     */
    direction: SwapLegDirection;
    /**
     * Required. The canonical asset the leg pays in. Example: "USD".
     *
     * @generated from field: string currency_asset_id = 3;
     */
    currencyAssetId: string;
    /**
     * Optional. For a fixed leg, the fixed rate as an annual decimal fraction. Unset for a quoted
     * instrument, whose traded price (PRICE_QUOTE_CONVENTION_RATE) is the fixed rate.
     * Example: "0.0412".
     *
     * @generated from field: cq.types.v1.Decimal fixed_rate = 4;
     */
    fixedRate?: Decimal | undefined;
    /**
     * Optional. For a floating leg, the rate index, in cq.risk.v1.RiskFactor.curve_id format, which
     * keys the leg's DV01 buckets. Required on a floating leg, empty on a fixed one. Example:
     * "USD-SOFR".
     *
     * @generated from field: string floating_rate_index = 5;
     */
    floatingRateIndex: string;
    /**
     * Optional. For a floating leg, the spread over the index, as an annual decimal fraction. Unset
     * means "0"; always unset on a fixed leg. Example: "0.0015".
     *
     * @generated from field: cq.types.v1.Decimal floating_spread = 6;
     */
    floatingSpread?: Decimal | undefined;
    /**
     * Required. How often the leg pays. Example: PAYMENT_FREQUENCY_ANNUAL.
     *
     * @generated from field: cq.assets.v1.PaymentFrequency payment_frequency = 7;
     */
    paymentFrequency: PaymentFrequency;
    /**
     * Required. How the leg's interest accrues. Example: DAY_COUNT_CONVENTION_ACT_360.
     *
     * @generated from field: cq.assets.v1.DayCountConvention day_count_convention = 8;
     */
    dayCountConvention: DayCountConvention;
};
/**
 * Describes the message cq.assets.v1.SwapLeg.
 * Use `create(SwapLegSchema)` to create a new message.
 */
export declare const SwapLegSchema: GenMessage<SwapLeg>;
/**
 * Terms of an interest rate swap. Quantity is the notional in quote_asset_id (multiplier "1"), and
 * prices follow PRICE_QUOTE_CONVENTION_RATE.
 *
 * @generated from message cq.assets.v1.SwapTerms
 */
export type SwapTerms = Message<"cq.assets.v1.SwapTerms"> & {
    /**
     * Required. The tenor from the effective date to maturity, as a count and a unit of D, W, M or Y.
     * Example: "5Y".
     *
     * @generated from field: string tenor = 1;
     */
    tenor: string;
    /**
     * Optional. The date interest starts to accrue. Unset for a standard spot-starting quote, where
     * it is the trade date plus the settlement cycle. Example: {year: 2026, month: 3, day: 4}.
     *
     * @generated from field: google.type.Date effective_date = 2;
     */
    effectiveDate?: Date | undefined;
    /**
     * Optional. The date of the last payment. Unset for a spot-starting quote, where it is the
     * effective date plus tenor. Example: {year: 2031, month: 3, day: 4}.
     *
     * @generated from field: google.type.Date maturity_date = 3;
     */
    maturityDate?: Date | undefined;
    /**
     * Required. The legs, at least two. Example: [{leg_type: SWAP_LEG_TYPE_FIXED, direction:
     * SWAP_LEG_DIRECTION_PAY, ...}, {leg_type: SWAP_LEG_TYPE_FLOATING, direction:
     * SWAP_LEG_DIRECTION_RECEIVE, floating_rate_index: "USD-SOFR", ...}].
     *
     * @generated from field: repeated cq.assets.v1.SwapLeg legs = 4;
     */
    legs: SwapLeg[];
};
/**
 * Describes the message cq.assets.v1.SwapTerms.
 * Use `create(SwapTermsSchema)` to create a new message.
 */
export declare const SwapTermsSchema: GenMessage<SwapTerms>;
/**
 * The kind of an instrument. Each value names the `<type>` segment its instrument ids use.
 *
 * @generated from enum cq.assets.v1.InstrumentType
 */
export declare enum InstrumentType {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: INSTRUMENT_TYPE_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * A pair exchanging the base asset for the quote asset for immediate delivery, crypto or FX; id
     * type "spot". Example: "cq:spot:BTC-USD", "cq:spot:EUR-USD".
     *
     * @generated from enum value: INSTRUMENT_TYPE_SPOT = 1;
     */
    SPOT = 1,
    /**
     * A perpetual swap (perpetual future): no expiry, held near the index by periodic funding; id type
     * "perp". Example: "cq:perp:BTC-USD".
     *
     * @generated from enum value: INSTRUMENT_TYPE_PERPETUAL = 2;
     */
    PERPETUAL = 2,
    /**
     * A dated future, listed and margined, expiring at FutureTerms.expire_time; id type "future".
     * Example: "cq:future:ES-202612".
     *
     * @generated from enum value: INSTRUMENT_TYPE_FUTURE = 3;
     */
    FUTURE = 3,
    /**
     * A listed or OTC option on the underlier; id type "option". Example:
     * "cq:option:ETH-20261225-5000-C".
     *
     * @generated from enum value: INSTRUMENT_TYPE_OPTION = 4;
     */
    OPTION = 4,
    /**
     * A share in a company; id type "equity". Example: "cq:equity:AAPL".
     *
     * @generated from enum value: INSTRUMENT_TYPE_EQUITY = 5;
     */
    EQUITY = 5,
    /**
     * A share in a pooled fund (ETF, mutual fund, ETP); id type "fund". Example: "cq:fund:SPY".
     *
     * @generated from enum value: INSTRUMENT_TYPE_FUND = 6;
     */
    FUND = 6,
    /**
     * A debt security paying coupons and face value at maturity, usually dealer-quoted; id type
     * "bond", symbol the ISIN. Example: "cq:bond:US91282CJL54".
     *
     * @generated from enum value: INSTRUMENT_TYPE_BOND = 7;
     */
    BOND = 7,
    /**
     * An OTC interest rate swap exchanging a fixed leg for a floating one (or two floating legs); id
     * type "swap". Example: "cq:swap:USD-SOFR-5Y".
     *
     * @generated from enum value: INSTRUMENT_TYPE_SWAP = 8;
     */
    SWAP = 8
}
/**
 * Describes the enum cq.assets.v1.InstrumentType.
 */
export declare const InstrumentTypeSchema: GenEnum<InstrumentType>;
/**
 * Where an instrument (or one venue's listing of it) is in its life.
 *
 * @generated from enum cq.assets.v1.InstrumentStatus
 */
export declare enum InstrumentStatus {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: INSTRUMENT_STATUS_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * Registered but not yet tradable (reference data being checked, or listed but not yet open).
     *
     * @generated from enum value: INSTRUMENT_STATUS_PENDING = 1;
     */
    PENDING = 1,
    /**
     * Tradable: orders are accepted, subject to the market's trading phase (MarketStatus).
     *
     * @generated from enum value: INSTRUMENT_STATUS_ACTIVE = 2;
     */
    ACTIVE = 2,
    /**
     * Suspended for an extended period by the venue or CQ; positions are kept and valued.
     *
     * @generated from enum value: INSTRUMENT_STATUS_SUSPENDED = 3;
     */
    SUSPENDED = 3,
    /**
     * Reached its expiry or maturity and was settled. Kept so that history still resolves.
     *
     * @generated from enum value: INSTRUMENT_STATUS_EXPIRED = 4;
     */
    EXPIRED = 4,
    /**
     * Removed from trading for good before any expiry. Kept so that history still resolves.
     *
     * @generated from enum value: INSTRUMENT_STATUS_DELISTED = 5;
     */
    DELISTED = 5
}
/**
 * Describes the enum cq.assets.v1.InstrumentStatus.
 */
export declare const InstrumentStatusSchema: GenEnum<InstrumentStatus>;
/**
 * What a price of the instrument stands for. Prices, books, orders and fills of the instrument are
 * all in this unit, and so is tick_size.
 *
 * @generated from enum cq.assets.v1.PriceQuoteConvention
 */
export declare enum PriceQuoteConvention {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: PRICE_QUOTE_CONVENTION_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * Quote currency per unit of base asset (per share, per coin, per index point for derivatives).
     * Example: "64250.1" for BTC-USD.
     *
     * @generated from enum value: PRICE_QUOTE_CONVENTION_PER_UNIT = 1;
     */
    PER_UNIT = 1,
    /**
     * Clean price (accrued interest excluded) in percent of face value, the bond market convention.
     * Example: "99.84375". With multiplier = face_value / 100, notional = quantity * price *
     * multiplier is the clean value; accrued interest comes on top.
     *
     * @generated from enum value: PRICE_QUOTE_CONVENTION_PERCENT_OF_PAR = 2;
     */
    PERCENT_OF_PAR = 2,
    /**
     * The fixed rate of a swap as a decimal fraction per year ("0.0412" is 4.12%); the swap is traded
     * at par, so price times quantity is not a notional. tick_size is then a rate step ("0.00005" is
     * half a basis point).
     *
     * @generated from enum value: PRICE_QUOTE_CONVENTION_RATE = 3;
     */
    RATE = 3
}
/**
 * Describes the enum cq.assets.v1.PriceQuoteConvention.
 */
export declare const PriceQuoteConventionSchema: GenEnum<PriceQuoteConvention>;
/**
 * How a derivative settles at expiry.
 *
 * @generated from enum cq.assets.v1.SettlementMethod
 */
export declare enum SettlementMethod {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: SETTLEMENT_METHOD_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * Settled in settle_asset_id against the final settlement price; nothing is delivered.
     *
     * @generated from enum value: SETTLEMENT_METHOD_CASH = 1;
     */
    CASH = 1,
    /**
     * Settled by delivering the underlier (the asset, or underlier_instrument_id) against payment.
     *
     * @generated from enum value: SETTLEMENT_METHOD_PHYSICAL = 2;
     */
    PHYSICAL = 2
}
/**
 * Describes the enum cq.assets.v1.SettlementMethod.
 */
export declare const SettlementMethodSchema: GenEnum<SettlementMethod>;
/**
 * Whether an option gives the right to buy or to sell.
 *
 * @generated from enum cq.assets.v1.OptionRight
 */
export declare enum OptionRight {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: OPTION_RIGHT_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * The right to buy the underlier at the strike.
     *
     * @generated from enum value: OPTION_RIGHT_CALL = 1;
     */
    CALL = 1,
    /**
     * The right to sell the underlier at the strike.
     *
     * @generated from enum value: OPTION_RIGHT_PUT = 2;
     */
    PUT = 2
}
/**
 * Describes the enum cq.assets.v1.OptionRight.
 */
export declare const OptionRightSchema: GenEnum<OptionRight>;
/**
 * When an option can be exercised.
 *
 * @generated from enum cq.assets.v1.ExerciseStyle
 */
export declare enum ExerciseStyle {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: EXERCISE_STYLE_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * Only at expiry.
     *
     * @generated from enum value: EXERCISE_STYLE_EUROPEAN = 1;
     */
    EUROPEAN = 1,
    /**
     * On any trading day up to expiry.
     *
     * @generated from enum value: EXERCISE_STYLE_AMERICAN = 2;
     */
    AMERICAN = 2,
    /**
     * On set dates before expiry, and at expiry.
     *
     * @generated from enum value: EXERCISE_STYLE_BERMUDAN = 3;
     */
    BERMUDAN = 3
}
/**
 * Describes the enum cq.assets.v1.ExerciseStyle.
 */
export declare const ExerciseStyleSchema: GenEnum<ExerciseStyle>;
/**
 * How often a coupon or a swap leg pays.
 *
 * @generated from enum cq.assets.v1.PaymentFrequency
 */
export declare enum PaymentFrequency {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: PAYMENT_FREQUENCY_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * Once, at maturity (a zero-coupon bond, or a leg that pays only at the end).
     *
     * @generated from enum value: PAYMENT_FREQUENCY_AT_MATURITY = 1;
     */
    AT_MATURITY = 1,
    /**
     * Once a year.
     *
     * @generated from enum value: PAYMENT_FREQUENCY_ANNUAL = 2;
     */
    ANNUAL = 2,
    /**
     * Twice a year.
     *
     * @generated from enum value: PAYMENT_FREQUENCY_SEMI_ANNUAL = 3;
     */
    SEMI_ANNUAL = 3,
    /**
     * Four times a year.
     *
     * @generated from enum value: PAYMENT_FREQUENCY_QUARTERLY = 4;
     */
    QUARTERLY = 4,
    /**
     * Twelve times a year.
     *
     * @generated from enum value: PAYMENT_FREQUENCY_MONTHLY = 5;
     */
    MONTHLY = 5
}
/**
 * Describes the enum cq.assets.v1.PaymentFrequency.
 */
export declare const PaymentFrequencySchema: GenEnum<PaymentFrequency>;
/**
 * How interest accrues between two dates (ISDA 2006 day count fractions).
 *
 * @generated from enum cq.assets.v1.DayCountConvention
 */
export declare enum DayCountConvention {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: DAY_COUNT_CONVENTION_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * Actual days over 360 (money markets, SOFR legs).
     *
     * @generated from enum value: DAY_COUNT_CONVENTION_ACT_360 = 1;
     */
    ACT_360 = 1,
    /**
     * Actual days over 365 (GBP markets).
     *
     * @generated from enum value: DAY_COUNT_CONVENTION_ACT_365_FIXED = 2;
     */
    ACT_365_FIXED = 2,
    /**
     * Actual over actual, ISDA: days in leap and non-leap years counted apart.
     *
     * @generated from enum value: DAY_COUNT_CONVENTION_ACT_ACT_ISDA = 3;
     */
    ACT_ACT_ISDA = 3,
    /**
     * Actual over actual, ICMA: actual days over the coupon period's length (US Treasuries, most
     * government bonds).
     *
     * @generated from enum value: DAY_COUNT_CONVENTION_ACT_ACT_ICMA = 4;
     */
    ACT_ACT_ICMA = 4,
    /**
     * 30/360 US bond basis (US corporate and agency bonds, fixed swap legs in USD).
     *
     * @generated from enum value: DAY_COUNT_CONVENTION_THIRTY_360 = 5;
     */
    THIRTY_360 = 5,
    /**
     * 30E/360 Eurobond basis (EUR fixed swap legs, Eurobonds).
     *
     * @generated from enum value: DAY_COUNT_CONVENTION_THIRTY_E_360 = 6;
     */
    THIRTY_E_360 = 6
}
/**
 * Describes the enum cq.assets.v1.DayCountConvention.
 */
export declare const DayCountConventionSchema: GenEnum<DayCountConvention>;
/**
 * Whether a swap leg pays fixed or floating.
 *
 * @generated from enum cq.assets.v1.SwapLegType
 */
export declare enum SwapLegType {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: SWAP_LEG_TYPE_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * Pays a fixed rate set at trade time.
     *
     * @generated from enum value: SWAP_LEG_TYPE_FIXED = 1;
     */
    FIXED = 1,
    /**
     * Pays a floating index rate, reset periodically, plus a spread.
     *
     * @generated from enum value: SWAP_LEG_TYPE_FLOATING = 2;
     */
    FLOATING = 2
}
/**
 * Describes the enum cq.assets.v1.SwapLegType.
 */
export declare const SwapLegTypeSchema: GenEnum<SwapLegType>;
/**
 * Whether the holder of a long (bought) position pays or receives a swap leg.
 *
 * @generated from enum cq.assets.v1.SwapLegDirection
 */
export declare enum SwapLegDirection {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: SWAP_LEG_DIRECTION_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * The long holder pays the leg.
     *
     * @generated from enum value: SWAP_LEG_DIRECTION_PAY = 1;
     */
    PAY = 1,
    /**
     * The long holder receives the leg.
     *
     * @generated from enum value: SWAP_LEG_DIRECTION_RECEIVE = 2;
     */
    RECEIVE = 2
}
/**
 * Describes the enum cq.assets.v1.SwapLegDirection.
 */
export declare const SwapLegDirectionSchema: GenEnum<SwapLegDirection>;
