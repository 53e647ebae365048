import type { GenEnum, GenFile, GenMessage } from "@bufbuild/protobuf/codegenv2";
import type { AssetClass } from "../../assets/v1/resources_pb.js";
import type { Amount } from "../../types/v1/amount_pb.js";
import type { Decimal } from "../../types/v1/decimal_pb.js";
import type { Duration, Timestamp } from "@bufbuild/protobuf/wkt";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file cq/risk/v1/resources.proto.
 */
export declare const file_cq_risk_v1_resources: GenFile;
/**
 * A market variable that positions are sensitive to and that stress scenarios shock.
 *
 * A factor is identified by its type plus whichever of underlier_id, quote_asset_id, curve_id and
 * tenor that type uses (see RiskFactorType); the other fields stay empty. In a stress Shock, empty
 * fields are wildcards: a factor with only type CRYPTO_PRICE matches every crypto price.
 *
 * @generated from message cq.risk.v1.RiskFactor
 */
export type RiskFactor = Message<"cq.risk.v1.RiskFactor"> & {
    /**
     * Required. What kind of market variable this is. Example: RISK_FACTOR_TYPE_INTEREST_RATE.
     *
     * @generated from field: cq.risk.v1.RiskFactorType type = 1;
     */
    type: RiskFactorType;
    /**
     * Output only. The canonical name of the factor, built by the server from the other fields as
     * `<type>:<underlier or curve>[/<quote>][:<tenor>]` with the type in upper snake case without its
     * prefix. Stable, so it can key stored time series. Ignored on input. Example:
     * "INTEREST_RATE:USD-SOFR:5Y", "CRYPTO_PRICE:BTC", "FX_RATE:EUR/USD".
     *
     * @generated from field: string name = 2;
     */
    name: string;
    /**
     * Optional. The canonical asset id of the underlier, for price, FX, volatility, funding and basis
     * factors; empty for curve factors. Example: "BTC".
     *
     * @generated from field: string underlier_id = 3;
     */
    underlierId: string;
    /**
     * Optional. The canonical asset id the factor is quoted in, for FX_RATE factors (the quote
     * currency of the pair). Empty means the reporting currency. Example: "USD".
     *
     * @generated from field: string quote_asset_id = 4;
     */
    quoteAssetId: string;
    /**
     * Optional. The curve the factor belongs to, for INTEREST_RATE, CREDIT_SPREAD and forward-curve
     * COMMODITY_PRICE factors: `<currency or issuer>-<index or curve name>`, upper case. Example:
     * "USD-SOFR", "USD-TREASURY", "ACME-SENIOR".
     *
     * @generated from field: string curve_id = 5;
     */
    curveId: string;
    /**
     * Optional. The tenor bucket on the curve or volatility surface: a count from 1 to 999 and a unit
     * of D, W, M or Y, or "ON" for overnight. Empty for factors without a term structure.
     * Example: "5Y", "3M".
     *
     * @generated from field: string tenor = 6;
     */
    tenor: string;
};
/**
 * Describes the message cq.risk.v1.RiskFactor.
 * Use `create(RiskFactorSchema)` to create a new message.
 */
export declare const RiskFactorSchema: GenMessage<RiskFactor>;
/**
 * The sensitivity of an account's value to one risk factor.
 *
 * Sensitivities are model estimates (bump-and-revalue or closed-form greeks), not amounts anyone
 * pays, so they are `double` rather than Decimal: their precision is bounded by the model, and
 * aggregating thousands of them in floating point is what every risk library does. Each greek is
 * `optional` so that "not applicable to this factor" (unset) differs from a computed zero. All
 * values are in currency_asset_id; DV01 by curve bucket is one Sensitivity per (curve_id, tenor)
 * factor.
 *
 * @generated from message cq.risk.v1.Sensitivity
 */
export type Sensitivity = Message<"cq.risk.v1.Sensitivity"> & {
    /**
     * Output only. The factor these sensitivities are to, including its tenor bucket where it has
     * one. Example: { type: RISK_FACTOR_TYPE_INTEREST_RATE, curve_id: "USD-SOFR", tenor: "5Y" }.
     *
     * @generated from field: cq.risk.v1.RiskFactor factor = 1;
     */
    factor?: RiskFactor | undefined;
    /**
     * Output only. The canonical asset id the money-valued sensitivities below are expressed in: the
     * reporting currency of the snapshot. Example: "USD".
     *
     * @generated from field: string currency_asset_id = 2;
     */
    currencyAssetId: string;
    /**
     * Output only. Delta, an analytics estimate: the first derivative of value with respect to a
     * price or rate factor, in units of the underlier (value change in currency_asset_id per one unit
     * change of the factor's price in currency_asset_id). For a spot position it equals the signed
     * quantity. Set for price, FX and basis factors. Example: 2.5 (long the equivalent of 2.5 BTC).
     *
     * @generated from field: optional double delta = 3;
     */
    delta?: number | undefined;
    /**
     * Output only. Delta notional (cash delta), an analytics estimate: delta times the factor's
     * current price, in currency_asset_id. Example: 162500.0.
     *
     * @generated from field: optional double delta_notional = 4;
     */
    deltaNotional?: number | undefined;
    /**
     * Output only. Gamma, an analytics estimate: the change in delta per one unit change of the
     * factor's price, in underlier units per currency_asset_id. Set for price factors with option
     * positions. Example: 0.0004.
     *
     * @generated from field: optional double gamma = 5;
     */
    gamma?: number | undefined;
    /**
     * Output only. Vega, an analytics estimate: the change in value, in currency_asset_id, for a rise
     * of one volatility point (0.01 absolute) in the implied volatility factor. Example: -1250.0.
     *
     * @generated from field: optional double vega = 6;
     */
    vega?: number | undefined;
    /**
     * Output only. Theta, an analytics estimate: the change in value, in currency_asset_id, over one
     * calendar day with every factor unchanged. Example: -310.5.
     *
     * @generated from field: optional double theta = 7;
     */
    theta?: number | undefined;
    /**
     * Output only. DV01 (also called PV01), an analytics estimate: the change in value, in
     * currency_asset_id, for a rise of one basis point (0.0001) in this interest rate factor's tenor
     * bucket, all other buckets unchanged. Signed: a long bond position has a negative DV01. Example:
     * -842.17.
     *
     * @generated from field: optional double dv01 = 8;
     */
    dv01?: number | undefined;
    /**
     * Output only. CS01, an analytics estimate: the change in value, in currency_asset_id, for a
     * widening of one basis point in this credit spread factor's tenor bucket. Signed like dv01.
     * Example: -97.3.
     *
     * @generated from field: optional double cs01 = 9;
     */
    cs01?: number | undefined;
};
/**
 * Describes the message cq.risk.v1.Sensitivity.
 * Use `create(SensitivitySchema)` to create a new message.
 */
export declare const SensitivitySchema: GenMessage<Sensitivity>;
/**
 * Exposure of one asset class within an account.
 *
 * @generated from message cq.risk.v1.AssetClassExposure
 */
export type AssetClassExposure = Message<"cq.risk.v1.AssetClassExposure"> & {
    /**
     * Output only. The asset class, as the AssetRegistry classifies the underlier. Example:
     * ASSET_CLASS_CRYPTO.
     *
     * @generated from field: cq.assets.v1.AssetClass asset_class = 1;
     */
    assetClass: AssetClass;
    /**
     * Output only. Sum of the absolute exposures of positions in the class, in the reporting
     * currency. Example: { value: "250000", asset_id: "USD" }.
     *
     * @generated from field: cq.types.v1.Amount gross = 2;
     */
    gross?: Amount | undefined;
    /**
     * Output only. Long minus short exposure of the class, signed, in the reporting currency.
     * Example: { value: "-12000", asset_id: "USD" }.
     *
     * @generated from field: cq.types.v1.Amount net = 3;
     */
    net?: Amount | undefined;
    /**
     * Output only. Sum of the exposures of long positions in the class. Example: { value: "119000",
     * asset_id: "USD" }.
     *
     * @generated from field: cq.types.v1.Amount long = 4;
     */
    long?: Amount | undefined;
    /**
     * Output only. Sum of the absolute exposures of short positions in the class, as a non-negative
     * amount. Example: { value: "131000", asset_id: "USD" }.
     *
     * @generated from field: cq.types.v1.Amount short = 5;
     */
    short?: Amount | undefined;
};
/**
 * Describes the message cq.risk.v1.AssetClassExposure.
 * Use `create(AssetClassExposureSchema)` to create a new message.
 */
export declare const AssetClassExposureSchema: GenMessage<AssetClassExposure>;
/**
 * How much market exposure an account carries, and its leverage.
 *
 * A position's exposure is its market value for cash instruments and its delta notional for
 * derivatives (futures, perpetuals, options), so that a future and its underlier count alike.
 * Amounts are exact (they sum position values); leverage is a ratio estimate.
 *
 * @generated from message cq.risk.v1.ExposureMetrics
 */
export type ExposureMetrics = Message<"cq.risk.v1.ExposureMetrics"> & {
    /**
     * Output only. Sum of the absolute exposures of all positions, in the reporting currency.
     * Example: { value: "1250000", asset_id: "USD" }.
     *
     * @generated from field: cq.types.v1.Amount gross = 1;
     */
    gross?: Amount | undefined;
    /**
     * Output only. Long minus short exposure, signed, in the reporting currency. Example:
     * { value: "310000", asset_id: "USD" }.
     *
     * @generated from field: cq.types.v1.Amount net = 2;
     */
    net?: Amount | undefined;
    /**
     * Output only. Sum of the exposures of long positions. Example: { value: "780000", asset_id:
     * "USD" }.
     *
     * @generated from field: cq.types.v1.Amount long = 3;
     */
    long?: Amount | undefined;
    /**
     * Output only. Sum of the absolute exposures of short positions, as a non-negative amount.
     * Example: { value: "470000", asset_id: "USD" }.
     *
     * @generated from field: cq.types.v1.Amount short = 4;
     */
    short?: Amount | undefined;
    /**
     * Output only. Gross leverage, an analytics ratio: gross exposure divided by NAV; 0 when NAV is
     * zero or negative. Example: 2.5.
     *
     * @generated from field: double leverage = 5;
     */
    leverage: number;
    /**
     * Output only. Net leverage, an analytics ratio: net exposure divided by NAV, signed. Example:
     * 0.62.
     *
     * @generated from field: double net_leverage = 6;
     */
    netLeverage: number;
    /**
     * Output only. The same metrics per asset class, one entry per class the account holds, sorted by
     * gross exposure descending. Example: [{ asset_class: ASSET_CLASS_CRYPTO, gross: { value:
     * "900000", asset_id: "USD" }, ... }].
     *
     * @generated from field: repeated cq.risk.v1.AssetClassExposure by_asset_class = 7;
     */
    byAssetClass: AssetClassExposure[];
};
/**
 * Describes the message cq.risk.v1.ExposureMetrics.
 * Use `create(ExposureMetricsSchema)` to create a new message.
 */
export declare const ExposureMetricsSchema: GenMessage<ExposureMetrics>;
/**
 * The share of NAV exposed to one asset, instrument, venue or issuer.
 *
 * @generated from message cq.risk.v1.ConcentrationEntry
 */
export type ConcentrationEntry = Message<"cq.risk.v1.ConcentrationEntry"> & {
    /**
     * Output only. What the entry groups by. Example: CONCENTRATION_DIMENSION_VENUE.
     *
     * @generated from field: cq.risk.v1.ConcentrationDimension dimension = 1;
     */
    dimension: ConcentrationDimension;
    /**
     * Output only. The asset, instrument, venue or issuer id, in the format the dimension names.
     * Example: "binance".
     *
     * @generated from field: string key = 2;
     */
    key: string;
    /**
     * Output only. Gross exposure to the key, in the reporting currency. Example: { value: "420000",
     * asset_id: "USD" }.
     *
     * @generated from field: cq.types.v1.Amount gross_exposure = 3;
     */
    grossExposure?: Amount | undefined;
    /**
     * Output only. Gross exposure divided by NAV, an analytics ratio; may exceed 1 with leverage.
     * Example: 0.336.
     *
     * @generated from field: double share_of_nav = 4;
     */
    shareOfNav: number;
};
/**
 * Describes the message cq.risk.v1.ConcentrationEntry.
 * Use `create(ConcentrationEntrySchema)` to create a new message.
 */
export declare const ConcentrationEntrySchema: GenMessage<ConcentrationEntry>;
/**
 * A value-at-risk and expected-shortfall estimate for an account.
 *
 * Both figures are losses, reported as non-negative amounts: "with probability confidence, the loss
 * over horizon will not exceed value_at_risk". They are estimates, but are carried as exact Amounts
 * so that they compare directly with VALUE_AT_RISK limit thresholds.
 *
 * @generated from message cq.risk.v1.ValueAtRisk
 */
export type ValueAtRisk = Message<"cq.risk.v1.ValueAtRisk"> & {
    /**
     * Output only. How the estimate was computed. Example: VAR_METHOD_HISTORICAL.
     *
     * @generated from field: cq.risk.v1.VarMethod method = 1;
     */
    method: VarMethod;
    /**
     * Output only. The confidence level, an analytics parameter in (0, 1). Example: 0.99.
     *
     * @generated from field: double confidence = 2;
     */
    confidence: number;
    /**
     * Output only. The holding period the loss is measured over. Example: 86400s (one day).
     *
     * @generated from field: google.protobuf.Duration horizon = 3;
     */
    horizon?: Duration | undefined;
    /**
     * Output only. The length of market history the estimate is based on or calibrated to, ending at
     * the valuation time. Example: 31536000s (365 days).
     *
     * @generated from field: google.protobuf.Duration lookback = 4;
     */
    lookback?: Duration | undefined;
    /**
     * Output only. The number of scenarios behind the estimate: historical observations or Monte
     * Carlo paths; 0 for the parametric method. Example: 10000.
     *
     * @generated from field: int64 scenario_count = 5;
     */
    scenarioCount: bigint;
    /**
     * Output only. The value at risk as a non-negative loss, in the reporting currency. Example:
     * { value: "48200.15", asset_id: "USD" }.
     *
     * @generated from field: cq.types.v1.Amount value_at_risk = 6;
     */
    valueAtRisk?: Amount | undefined;
    /**
     * Output only. The expected shortfall (conditional VaR): the average loss in the scenarios beyond
     * the VaR, as a non-negative amount in the reporting currency. Example: { value: "61730.9",
     * asset_id: "USD" }.
     *
     * @generated from field: cq.types.v1.Amount expected_shortfall = 7;
     */
    expectedShortfall?: Amount | undefined;
    /**
     * Output only. value_at_risk divided by NAV, an analytics ratio. Example: 0.0386.
     *
     * @generated from field: double value_at_risk_share_of_nav = 8;
     */
    valueAtRiskShareOfNav: number;
};
/**
 * Describes the message cq.risk.v1.ValueAtRisk.
 * Use `create(ValueAtRiskSchema)` to create a new message.
 */
export declare const ValueAtRiskSchema: GenMessage<ValueAtRisk>;
/**
 * A point-in-time view of an account's risk: exposures, sensitivities, concentration and VaR, all
 * in one reporting currency and valued at one instant.
 *
 * @generated from message cq.risk.v1.RiskSnapshot
 */
export type RiskSnapshot = Message<"cq.risk.v1.RiskSnapshot"> & {
    /**
     * Output only. The account the snapshot describes. Opaque, at most 64 characters. Example:
     * "acc_01HZX3K9Q7".
     *
     * @generated from field: string account_id = 1;
     */
    accountId: string;
    /**
     * Output only. The canonical asset id every amount in the snapshot is expressed in. Example:
     * "USD".
     *
     * @generated from field: string currency_asset_id = 2;
     */
    currencyAssetId: string;
    /**
     * Output only. Net asset value: cash plus the market value of all positions, in the reporting
     * currency. Example: { value: "1248733.52", asset_id: "USD" }.
     *
     * @generated from field: cq.types.v1.Amount nav = 3;
     */
    nav?: Amount | undefined;
    /**
     * Output only. Gross, net, long and short exposure and leverage. Example: { gross: { value:
     * "1250000", asset_id: "USD" }, leverage: 1.0, ... }.
     *
     * @generated from field: cq.risk.v1.ExposureMetrics exposure = 4;
     */
    exposure?: ExposureMetrics | undefined;
    /**
     * Output only. Sensitivities by risk factor: delta per underlier, DV01 per curve bucket, and
     * gamma, vega and theta where the account holds options. Sorted by factor name. Example: [{
     * factor: { type: RISK_FACTOR_TYPE_CRYPTO_PRICE, underlier_id: "BTC" }, delta: 2.5, ... }].
     *
     * @generated from field: repeated cq.risk.v1.Sensitivity sensitivities = 5;
     */
    sensitivities: Sensitivity[];
    /**
     * Output only. Net delta notional summed over all price factors, an analytics estimate in the
     * reporting currency. Example: 310250.0.
     *
     * @generated from field: double net_delta_notional = 6;
     */
    netDeltaNotional: number;
    /**
     * Output only. DV01 summed over every interest rate factor (the parallel-shift DV01), an
     * analytics estimate in the reporting currency per basis point. Example: -1530.4.
     *
     * @generated from field: double total_dv01 = 7;
     */
    totalDv01: number;
    /**
     * Output only. Concentration by asset, instrument, venue and issuer, sorted by share_of_nav
     * descending. Entries below 1% of NAV may be omitted. Example: [{ dimension:
     * CONCENTRATION_DIMENSION_VENUE, key: "binance", share_of_nav: 0.336, ... }].
     *
     * @generated from field: repeated cq.risk.v1.ConcentrationEntry concentrations = 8;
     */
    concentrations: ConcentrationEntry[];
    /**
     * Output only. Value at risk under each configured method, confidence and horizon. Example: [{
     * method: VAR_METHOD_HISTORICAL, confidence: 0.99, horizon: "86400s", ... }].
     *
     * @generated from field: repeated cq.risk.v1.ValueAtRisk value_at_risk = 9;
     */
    valueAtRisk: ValueAtRisk[];
    /**
     * Output only. Profit (positive) or loss (negative) since 00:00 UTC today, realised plus
     * unrealised, net of fees; what LOSS limits measure by default. Example: { value: "-18250.4",
     * asset_id: "USD" }.
     *
     * @generated from field: cq.types.v1.Amount day_pnl = 10;
     */
    dayPnl?: Amount | undefined;
    /**
     * Output only. Instruments of held positions that could not be priced and are left out of every
     * figure above, so the snapshot understates risk while this is non-empty. Example:
     * ["cq:option:ETH-20261225-5000-C"].
     *
     * @generated from field: repeated string unpriced_instrument_ids = 11;
     */
    unpricedInstrumentIds: string[];
    /**
     * Output only. The market-data instant the positions were valued at. Example:
     * 2026-11-03T14:30:00Z.
     *
     * @generated from field: google.protobuf.Timestamp valuation_time = 12;
     */
    valuationTime?: Timestamp | undefined;
    /**
     * Output only. When the engine finished computing the snapshot. Example:
     * 2026-11-03T14:30:00.412Z.
     *
     * @generated from field: google.protobuf.Timestamp compute_time = 13;
     */
    computeTime?: Timestamp | undefined;
};
/**
 * Describes the message cq.risk.v1.RiskSnapshot.
 * Use `create(RiskSnapshotSchema)` to create a new message.
 */
export declare const RiskSnapshotSchema: GenMessage<RiskSnapshot>;
/**
 * Which accounts, positions and orders a limit applies to.
 *
 * Set fields narrow the scope and combine with AND; empty fields match everything. An empty
 * account_id makes the limit a default that applies to every account on its own, never to the sum
 * over accounts.
 *
 * @generated from message cq.risk.v1.LimitScope
 */
export type LimitScope = Message<"cq.risk.v1.LimitScope"> & {
    /**
     * Optional. The account the limit applies to, at most 64 characters. Empty means each account
     * separately. Example: "acc_01HZX3K9Q7".
     *
     * @generated from field: string account_id = 1;
     */
    accountId: string;
    /**
     * Optional. Only positions and orders on this venue, lower snake case. Example: "binance".
     *
     * @generated from field: string venue_id = 2;
     */
    venueId: string;
    /**
     * Optional. Only positions and orders whose underlier is in this asset class. Unset means every
     * class. Example: ASSET_CLASS_CRYPTO.
     *
     * @generated from field: cq.assets.v1.AssetClass asset_class = 3;
     */
    assetClass: AssetClass;
    /**
     * Optional. Only positions and orders whose underlier is this canonical asset. Example: "ETH".
     *
     * @generated from field: string underlier_id = 4;
     */
    underlierId: string;
    /**
     * Optional. Only this instrument, `<market>:<type>:<symbol>`; required for ORDER_QUANTITY and
     * POSITION_QUANTITY limits, since quantities of different instruments do not add up.
     * Example: "cq:perp:BTC-USD".
     *
     * @generated from field: string instrument_id = 5;
     */
    instrumentId: string;
    /**
     * Optional. Only orders and positions attributed to this strategy
     * (cq.venues.v1.Order.strategy_id), at most 64 characters. Example: "momentum-v3".
     *
     * @generated from field: string strategy_id = 6;
     */
    strategyId: string;
};
/**
 * Describes the message cq.risk.v1.LimitScope.
 * Use `create(LimitScopeSchema)` to create a new message.
 */
export declare const LimitScopeSchema: GenMessage<LimitScope>;
/**
 * A risk limit: a threshold on one measure over a scope, with warning levels and a breach action.
 *
 * In an UpdateLimit request a Limit carries limit_id and only the fields update_mask names, so the
 * field rules below hold for each field that is set, and the rules that depend on type (currency,
 * scope instrument, window) apply only when type is set. Type numbers in them: amount types are
 * GROSS_EXPOSURE 1, NET_EXPOSURE 2, ORDER_NOTIONAL 3, POSITION_NOTIONAL 6, DELTA 7, DV01 8, LOSS 10
 * and VALUE_AT_RISK 11; ORDER_QUANTITY 4 and POSITION_QUANTITY 5 are quantities; LEVERAGE 9,
 * CONCENTRATION 12 and PRICE_DEVIATION 14 are ratios; ORDER_RATE 13 is a count.
 *
 * @generated from message cq.risk.v1.Limit
 */
export type Limit = Message<"cq.risk.v1.Limit"> & {
    /**
     * Required. The limit's id, assigned by the engine when the limit is configured and never
     * changed; names the limit in UpdateLimit. Opaque, at most 64 characters. Example:
     * "lim_01HZX5R2TA".
     *
     * @generated from field: string limit_id = 1;
     */
    limitId: string;
    /**
     * Optional. A short human-readable name, at most 100 characters. Example: "Gross exposure, desk
     * A".
     *
     * @generated from field: string display_name = 2;
     */
    displayName: string;
    /**
     * Optional. Why the limit exists and who owns it, free text. Example: "Board-approved gross cap
     * for the crypto desk; owner: risk@cq".
     *
     * @generated from field: string description = 3;
     */
    description: string;
    /**
     * Required. What the limit measures; fixed once created, so an UpdateLimit request leaves it
     * unset. Example: LIMIT_TYPE_GROSS_EXPOSURE.
     *
     * @generated from field: cq.risk.v1.LimitType type = 4;
     */
    type: LimitType;
    /**
     * Required. Which accounts, positions and orders the limit covers; fixed once created, so an
     * UpdateLimit request leaves it unset. Example: { account_id: "acc_01HZX3K9Q7", asset_class:
     * ASSET_CLASS_CRYPTO }.
     *
     * @generated from field: cq.risk.v1.LimitScope scope = 5;
     */
    scope?: LimitScope | undefined;
    /**
     * Required. The value at which the limit is breached, non-negative, in the unit its type names.
     * Configured thresholds are exact, so ratios are Decimal here too. An UpdateLimit request sets it
     * only when update_mask names it. Example: "2000000" for a gross exposure limit in USD, "3" for a
     * leverage limit.
     *
     * @generated from field: cq.types.v1.Decimal threshold = 6;
     */
    threshold?: Decimal | undefined;
    /**
     * Optional. The canonical asset id that money-valued thresholds are denominated in; required for
     * amount limit types and empty for quantity, ratio and count types. Example: "USD".
     *
     * @generated from field: string currency_asset_id = 7;
     */
    currencyAssetId: string;
    /**
     * Optional. Utilisation levels (fractions of threshold, each in (0, 1), distinct and ascending,
     * an analytics ratio) at which a warning alert is raised. Empty means no warnings.
     * Example: [0.8, 0.9].
     *
     * @generated from field: repeated double warning_levels = 8;
     */
    warningLevels: number[];
    /**
     * Required. What the engine does on a breach. An UpdateLimit request sets it only when
     * update_mask names it. Example: LIMIT_ACTION_REJECT.
     *
     * @generated from field: cq.risk.v1.LimitAction action = 9;
     */
    action: LimitAction;
    /**
     * Optional. Whether the limit is enforced; a disabled limit is reported but never warns or acts.
     * Default false. Example: true.
     *
     * @generated from field: bool enabled = 10;
     */
    enabled: boolean;
    /**
     * Optional. The rolling window for LOSS and ORDER_RATE limits, positive; ignored for other types.
     * Unset means since 00:00 UTC for LOSS and is invalid for ORDER_RATE. Example: 60s.
     *
     * @generated from field: google.protobuf.Duration window = 11;
     */
    window?: Duration | undefined;
    /**
     * Output only. The measured value, in the same unit as threshold. For a default limit (empty
     * scope.account_id), unset unless the request named an account. Example: "1534220.5".
     *
     * @generated from field: cq.types.v1.Decimal current_value = 12;
     */
    currentValue?: Decimal | undefined;
    /**
     * Output only. current_value divided by threshold, an analytics ratio; above 1 means breached.
     * Example: 0.767.
     *
     * @generated from field: double utilisation = 13;
     */
    utilisation: number;
    /**
     * Output only. Where current_value stands against the warning levels and threshold. Example:
     * LIMIT_STATUS_OK.
     *
     * @generated from field: cq.risk.v1.LimitStatus status = 14;
     */
    status: LimitStatus;
    /**
     * Output only. When current_value was measured. Example: 2026-11-03T14:30:00Z.
     *
     * @generated from field: google.protobuf.Timestamp measure_time = 15;
     */
    measureTime?: Timestamp | undefined;
    /**
     * Output only. When the limit was created. Example: 2026-01-15T09:00:00Z.
     *
     * @generated from field: google.protobuf.Timestamp create_time = 16;
     */
    createTime?: Timestamp | undefined;
    /**
     * Output only. When the limit's configuration last changed. Example: 2026-10-28T17:45:12Z.
     *
     * @generated from field: google.protobuf.Timestamp update_time = 17;
     */
    updateTime?: Timestamp | undefined;
    /**
     * Output only. The principal who made the last configuration change. Example:
     * "user:alice@cq.example".
     *
     * @generated from field: string updater = 18;
     */
    updater: string;
    /**
     * Optional. A checksum of the configuration, set by the server and changed on every update
     * (AIP-154). Sent back in UpdateLimit, it makes the update apply only if nobody else changed the
     * limit meanwhile; empty skips that check. Example: "W/\"7\"".
     *
     * @generated from field: string etag = 19;
     */
    etag: string;
};
/**
 * Describes the message cq.risk.v1.Limit.
 * Use `create(LimitSchema)` to create a new message.
 */
export declare const LimitSchema: GenMessage<Limit>;
/**
 * The result of checking one limit against a proposed order.
 *
 * @generated from message cq.risk.v1.LimitCheck
 */
export type LimitCheck = Message<"cq.risk.v1.LimitCheck"> & {
    /**
     * Output only. The limit checked. Example: "lim_01HZX5R2TA".
     *
     * @generated from field: string limit_id = 1;
     */
    limitId: string;
    /**
     * Output only. What the limit measures. Example: LIMIT_TYPE_GROSS_EXPOSURE.
     *
     * @generated from field: cq.risk.v1.LimitType limit_type = 2;
     */
    limitType: LimitType;
    /**
     * Output only. The limit's breach action. Example: LIMIT_ACTION_REJECT.
     *
     * @generated from field: cq.risk.v1.LimitAction action = 3;
     */
    action: LimitAction;
    /**
     * Output only. Where projected_value stands against the limit. Example: LIMIT_STATUS_BREACHED.
     *
     * @generated from field: cq.risk.v1.LimitStatus status = 4;
     */
    status: LimitStatus;
    /**
     * Output only. The measured value before the order, in the limit's unit. Example: "1850000".
     *
     * @generated from field: cq.types.v1.Decimal current_value = 5;
     */
    currentValue?: Decimal | undefined;
    /**
     * Output only. The value if the order fills completely at valuation_price, counting the account's
     * other open orders in scope as filled too, the conservative convention. Example: "2125000".
     *
     * @generated from field: cq.types.v1.Decimal projected_value = 6;
     */
    projectedValue?: Decimal | undefined;
    /**
     * Output only. The limit's threshold. Example: "2000000".
     *
     * @generated from field: cq.types.v1.Decimal threshold = 7;
     */
    threshold?: Decimal | undefined;
    /**
     * Output only. The canonical asset id of the values above for amount limit types. Example: "USD".
     *
     * @generated from field: string currency_asset_id = 8;
     */
    currencyAssetId: string;
    /**
     * Output only. projected_value divided by threshold, an analytics ratio. Example: 1.0625.
     *
     * @generated from field: double projected_utilisation = 9;
     */
    projectedUtilisation: number;
    /**
     * Output only. Why the limit passed, warned or failed, human-readable; never parsed by machines.
     * Example: "gross exposure would be 2125000 USD, above the 2000000 USD limit".
     *
     * @generated from field: string reason = 10;
     */
    reason: string;
};
/**
 * Describes the message cq.risk.v1.LimitCheck.
 * Use `create(LimitCheckSchema)` to create a new message.
 */
export declare const LimitCheckSchema: GenMessage<LimitCheck>;
/**
 * The engine's verdict on a proposed order, with the result of every limit it checked.
 *
 * @generated from message cq.risk.v1.PreTradeCheckResult
 */
export type PreTradeCheckResult = Message<"cq.risk.v1.PreTradeCheckResult"> & {
    /**
     * Output only. A unique id for this check, logged with the decision so that the placed order's
     * audit trail can reference it. Opaque, at most 64 characters. Example: "chk_01JC2ZK8W6".
     *
     * @generated from field: string check_id = 1;
     */
    checkId: string;
    /**
     * Output only. Whether the order may be sent. Example: CHECK_DECISION_REJECT.
     *
     * @generated from field: cq.risk.v1.CheckDecision decision = 2;
     */
    decision: CheckDecision;
    /**
     * Output only. The main reason for a rejection; unset when approved. Example:
     * CHECK_REJECT_REASON_LIMIT_BREACHED.
     *
     * @generated from field: cq.risk.v1.CheckRejectReason reject_reason = 3;
     */
    rejectReason: CheckRejectReason;
    /**
     * Output only. A one-line human-readable summary of the decision. Example: "rejected: 1 limit
     * breached (lim_01HZX5R2TA)".
     *
     * @generated from field: string message = 4;
     */
    message: string;
    /**
     * Output only. One result per enabled limit whose scope covers the order, failures first.
     * Example: [{ limit_id: "lim_01HZX5R2TA", status: LIMIT_STATUS_BREACHED, ... }].
     *
     * @generated from field: repeated cq.risk.v1.LimitCheck limit_checks = 5;
     */
    limitChecks: LimitCheck[];
    /**
     * Output only. The order's notional as the engine valued it, in the account's reporting currency.
     * Example: { value: "275000", asset_id: "USD" }.
     *
     * @generated from field: cq.types.v1.Amount order_notional = 6;
     */
    orderNotional?: Amount | undefined;
    /**
     * Output only. The price the order was valued at, in quote currency per unit: its limit price,
     * else its stop price, else the request's reference price, else the instrument's mark price.
     * Example: "65000".
     *
     * @generated from field: cq.types.v1.Decimal valuation_price = 7;
     */
    valuationPrice?: Decimal | undefined;
    /**
     * Output only. When the check was made. Example: 2026-11-03T14:30:01.003Z.
     *
     * @generated from field: google.protobuf.Timestamp check_time = 8;
     */
    checkTime?: Timestamp | undefined;
};
/**
 * Describes the message cq.risk.v1.PreTradeCheckResult.
 * Use `create(PreTradeCheckResultSchema)` to create a new message.
 */
export declare const PreTradeCheckResultSchema: GenMessage<PreTradeCheckResult>;
/**
 * One move of one or more risk factors in a stress scenario.
 *
 * @generated from message cq.risk.v1.Shock
 */
export type Shock = Message<"cq.risk.v1.Shock"> & {
    /**
     * Required. The factors to move. type is required; empty underlier_id, quote_asset_id and
     * curve_id match every factor of the type, and tenor must be empty (use tenors). Example: { type:
     * RISK_FACTOR_TYPE_CRYPTO_PRICE } for every crypto price.
     *
     * @generated from field: cq.risk.v1.RiskFactor factor = 1;
     */
    factor?: RiskFactor | undefined;
    /**
     * Required. Whether size is absolute or relative. Example: SHOCK_TYPE_RELATIVE.
     *
     * @generated from field: cq.risk.v1.ShockType type = 2;
     */
    type: ShockType;
    /**
     * Required. The size of the move, signed, in the unit the shock type names. Example: "-0.3".
     *
     * @generated from field: cq.types.v1.Decimal size = 3;
     */
    size?: Decimal | undefined;
    /**
     * Optional. The tenor buckets to move, for factors with a term structure (COMMODITY_PRICE,
     * INTEREST_RATE, CREDIT_SPREAD, IMPLIED_VOLATILITY, BASIS), in RiskFactor.tenor format. Empty means
     * every tenor (a parallel shift); several shocks with different tenors and sizes make a twist.
     * Example: ["2Y", "5Y"].
     *
     * @generated from field: repeated string tenors = 4;
     */
    tenors: string[];
};
/**
 * Describes the message cq.risk.v1.Shock.
 * Use `create(ShockSchema)` to create a new message.
 */
export declare const ShockSchema: GenMessage<Shock>;
/**
 * A named set of shocks applied together to revalue positions.
 *
 * Shocks apply simultaneously. When several shocks match one factor, the last one in the list wins,
 * so a broad shock followed by a specific one reads as "everything, except".
 *
 * @generated from message cq.risk.v1.StressScenario
 */
export type StressScenario = Message<"cq.risk.v1.StressScenario"> & {
    /**
     * Optional. The scenario's id, for scenarios the engine stores; empty for an inline scenario.
     * Opaque, at most 64 characters. Example: "rates_up_100bp".
     *
     * @generated from field: string scenario_id = 1;
     */
    scenarioId: string;
    /**
     * Optional. A short human-readable name. Example: "Rates +100 bp, crypto -30%".
     *
     * @generated from field: string display_name = 2;
     */
    displayName: string;
    /**
     * Optional. What the scenario represents, free text. Example: "Parallel +100 bp on all USD curves
     * with a crypto sell-off, loosely March 2020".
     *
     * @generated from field: string description = 3;
     */
    description: string;
    /**
     * Required. The shocks, at least one. Example: [{ factor: { type: RISK_FACTOR_TYPE_INTEREST_RATE,
     * curve_id: "USD-SOFR" }, type: SHOCK_TYPE_ABSOLUTE, size: "0.01" }].
     *
     * @generated from field: repeated cq.risk.v1.Shock shocks = 4;
     */
    shocks: Shock[];
};
/**
 * Describes the message cq.risk.v1.StressScenario.
 * Use `create(StressScenarioSchema)` to create a new message.
 */
export declare const StressScenarioSchema: GenMessage<StressScenario>;
/**
 * The P&L impact of a stress scenario on one factor, with only that factor's shock applied.
 *
 * @generated from message cq.risk.v1.StressFactorImpact
 */
export type StressFactorImpact = Message<"cq.risk.v1.StressFactorImpact"> & {
    /**
     * Output only. The concrete factor, tenor included. Example: { type:
     * RISK_FACTOR_TYPE_CRYPTO_PRICE, underlier_id: "BTC" }.
     *
     * @generated from field: cq.risk.v1.RiskFactor factor = 1;
     */
    factor?: RiskFactor | undefined;
    /**
     * Output only. Profit (positive) or loss (negative) from this factor's shock alone, in the
     * reporting currency. Example: { value: "-97500", asset_id: "USD" }.
     *
     * @generated from field: cq.types.v1.Amount pnl = 2;
     */
    pnl?: Amount | undefined;
};
/**
 * Describes the message cq.risk.v1.StressFactorImpact.
 * Use `create(StressFactorImpactSchema)` to create a new message.
 */
export declare const StressFactorImpactSchema: GenMessage<StressFactorImpact>;
/**
 * The P&L impact of a stress scenario on one position.
 *
 * @generated from message cq.risk.v1.StressInstrumentImpact
 */
export type StressInstrumentImpact = Message<"cq.risk.v1.StressInstrumentImpact"> & {
    /**
     * Output only. The instrument of the position. Example: "cq:perp:BTC-USD".
     *
     * @generated from field: string instrument_id = 1;
     */
    instrumentId: string;
    /**
     * Output only. The signed position quantity revalued, in units of the instrument. Example:
     * "-2.5".
     *
     * @generated from field: cq.types.v1.Decimal quantity = 2;
     */
    quantity?: Decimal | undefined;
    /**
     * Output only. The position's market value before the shocks, in the reporting currency. Example:
     * { value: "-162500", asset_id: "USD" }.
     *
     * @generated from field: cq.types.v1.Amount market_value = 3;
     */
    marketValue?: Amount | undefined;
    /**
     * Output only. Profit (positive) or loss (negative) under the whole scenario, in the reporting
     * currency. Example: { value: "48750", asset_id: "USD" }.
     *
     * @generated from field: cq.types.v1.Amount pnl = 4;
     */
    pnl?: Amount | undefined;
};
/**
 * Describes the message cq.risk.v1.StressInstrumentImpact.
 * Use `create(StressInstrumentImpactSchema)` to create a new message.
 */
export declare const StressInstrumentImpactSchema: GenMessage<StressInstrumentImpact>;
/**
 * The result of revaluing an account's positions under a stress scenario.
 *
 * P&L figures are full revaluations carried as exact Amounts. Factor impacts apply each factor's
 * shock alone, so they need not sum to total_pnl when positions are non-linear (options,
 * convexity).
 *
 * @generated from message cq.risk.v1.StressTestResult
 */
export type StressTestResult = Message<"cq.risk.v1.StressTestResult"> & {
    /**
     * Output only. The stored scenario run, or empty for an inline one. Example: "rates_up_100bp".
     *
     * @generated from field: string scenario_id = 1;
     */
    scenarioId: string;
    /**
     * Output only. The scenario's display name. Example: "Rates +100 bp, crypto -30%".
     *
     * @generated from field: string scenario_display_name = 2;
     */
    scenarioDisplayName: string;
    /**
     * Output only. The account revalued. Example: "acc_01HZX3K9Q7".
     *
     * @generated from field: string account_id = 3;
     */
    accountId: string;
    /**
     * Output only. NAV before the shocks, in the reporting currency. Example: { value: "1248733.52",
     * asset_id: "USD" }.
     *
     * @generated from field: cq.types.v1.Amount nav = 4;
     */
    nav?: Amount | undefined;
    /**
     * Output only. Profit (positive) or loss (negative) of the whole scenario, in the reporting
     * currency. Example: { value: "-212480.3", asset_id: "USD" }.
     *
     * @generated from field: cq.types.v1.Amount total_pnl = 5;
     */
    totalPnl?: Amount | undefined;
    /**
     * Output only. total_pnl divided by NAV, an analytics ratio. Example: -0.1702.
     *
     * @generated from field: double pnl_share_of_nav = 6;
     */
    pnlShareOfNav: number;
    /**
     * Output only. P&L by concrete factor, largest loss first. Example: [{ factor: { type:
     * RISK_FACTOR_TYPE_CRYPTO_PRICE, underlier_id: "BTC" }, pnl: { value: "-97500", asset_id: "USD" }
     * }].
     *
     * @generated from field: repeated cq.risk.v1.StressFactorImpact factor_impacts = 7;
     */
    factorImpacts: StressFactorImpact[];
    /**
     * Output only. P&L by position, largest loss first. Example: [{ instrument_id: "cq:perp:BTC-USD",
     * quantity: "-2.5", pnl: { value: "48750", asset_id: "USD" }, ... }].
     *
     * @generated from field: repeated cq.risk.v1.StressInstrumentImpact instrument_impacts = 8;
     */
    instrumentImpacts: StressInstrumentImpact[];
    /**
     * Output only. Instruments held that could not be priced and are left out of the result. Example:
     * ["cq:option:ETH-20261225-5000-C"].
     *
     * @generated from field: repeated string unpriced_instrument_ids = 9;
     */
    unpricedInstrumentIds: string[];
    /**
     * Output only. The market-data instant the base valuation used. Example: 2026-11-03T14:30:00Z.
     *
     * @generated from field: google.protobuf.Timestamp valuation_time = 10;
     */
    valuationTime?: Timestamp | undefined;
    /**
     * Output only. When the engine finished the run. Example: 2026-11-03T14:30:02.870Z.
     *
     * @generated from field: google.protobuf.Timestamp compute_time = 11;
     */
    computeTime?: Timestamp | undefined;
};
/**
 * Describes the message cq.risk.v1.StressTestResult.
 * Use `create(StressTestResultSchema)` to create a new message.
 */
export declare const StressTestResultSchema: GenMessage<StressTestResult>;
/**
 * A risk alert raised by the engine: a limit crossing, a rejected order, a halt or stale risk data.
 *
 * @generated from message cq.risk.v1.Alert
 */
export type Alert = Message<"cq.risk.v1.Alert"> & {
    /**
     * Output only. The alert's id, unique across the engine. Opaque, at most 64 characters. Example:
     * "alr_01JC2ZKA3P".
     *
     * @generated from field: string alert_id = 1;
     */
    alertId: string;
    /**
     * Output only. What happened. Example: ALERT_TYPE_LIMIT_BREACHED.
     *
     * @generated from field: cq.risk.v1.AlertType type = 2;
     */
    type: AlertType;
    /**
     * Output only. How urgent the alert is. Example: ALERT_SEVERITY_CRITICAL.
     *
     * @generated from field: cq.risk.v1.AlertSeverity severity = 3;
     */
    severity: AlertSeverity;
    /**
     * Output only. The account concerned. Example: "acc_01HZX3K9Q7".
     *
     * @generated from field: string account_id = 4;
     */
    accountId: string;
    /**
     * Output only. The limit concerned; empty for RISK_DATA_STALE alerts. Example: "lim_01HZX5R2TA".
     *
     * @generated from field: string limit_id = 5;
     */
    limitId: string;
    /**
     * Output only. What the limit measures; unset when limit_id is empty. Example:
     * LIMIT_TYPE_GROSS_EXPOSURE.
     *
     * @generated from field: cq.risk.v1.LimitType limit_type = 6;
     */
    limitType: LimitType;
    /**
     * Output only. The measured (or, for ORDER_REJECTED, projected) value, in the limit's unit.
     * Example: "2125000".
     *
     * @generated from field: cq.types.v1.Decimal observed_value = 7;
     */
    observedValue?: Decimal | undefined;
    /**
     * Output only. The limit's threshold at the time. Example: "2000000".
     *
     * @generated from field: cq.types.v1.Decimal threshold = 8;
     */
    threshold?: Decimal | undefined;
    /**
     * Output only. The canonical asset id of observed_value and threshold for amount limit types.
     * Example: "USD".
     *
     * @generated from field: string currency_asset_id = 9;
     */
    currencyAssetId: string;
    /**
     * Output only. observed_value divided by threshold, an analytics ratio. Example: 1.0625.
     *
     * @generated from field: double utilisation = 10;
     */
    utilisation: number;
    /**
     * Output only. The action the engine took. Example: LIMIT_ACTION_REJECT.
     *
     * @generated from field: cq.risk.v1.LimitAction action = 11;
     */
    action: LimitAction;
    /**
     * Output only. A human-readable description for operators; never parsed by machines. Example:
     * "gross exposure 2125000 USD breached limit 2000000 USD; order ord_01HZX4B2M6 rejected".
     *
     * @generated from field: string message = 12;
     */
    message: string;
    /**
     * Output only. The order whose check raised the alert, for ORDER_REJECTED alerts. Example:
     * "ord_01HZX4B2M6".
     *
     * @generated from field: string order_id = 13;
     */
    orderId: string;
    /**
     * Output only. The pre-trade check that raised the alert, for ORDER_REJECTED alerts. Example:
     * "chk_01JC2ZK8W6".
     *
     * @generated from field: string check_id = 14;
     */
    checkId: string;
    /**
     * Output only. The market-data instant the observed value was measured at. Example:
     * 2026-11-03T14:30:00Z.
     *
     * @generated from field: google.protobuf.Timestamp valuation_time = 15;
     */
    valuationTime?: Timestamp | undefined;
    /**
     * Output only. When the alert was raised. Example: 2026-11-03T14:30:01.004Z.
     *
     * @generated from field: google.protobuf.Timestamp create_time = 16;
     */
    createTime?: Timestamp | undefined;
};
/**
 * Describes the message cq.risk.v1.Alert.
 * Use `create(AlertSchema)` to create a new message.
 */
export declare const AlertSchema: GenMessage<Alert>;
/**
 * The kind of market variable a risk factor is.
 *
 * @generated from enum cq.risk.v1.RiskFactorType
 */
export declare enum RiskFactorType {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: RISK_FACTOR_TYPE_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * The price of a crypto asset in the reporting currency, keyed by underlier_id.
     *
     * @generated from enum value: RISK_FACTOR_TYPE_CRYPTO_PRICE = 1;
     */
    CRYPTO_PRICE = 1,
    /**
     * The price of an equity or equity index, keyed by underlier_id.
     *
     * @generated from enum value: RISK_FACTOR_TYPE_EQUITY_PRICE = 2;
     */
    EQUITY_PRICE = 2,
    /**
     * The price of a commodity, keyed by underlier_id and, for a forward curve, curve_id and tenor.
     *
     * @generated from enum value: RISK_FACTOR_TYPE_COMMODITY_PRICE = 3;
     */
    COMMODITY_PRICE = 3,
    /**
     * The exchange rate of underlier_id (a fiat currency or stablecoin) against quote_asset_id.
     *
     * @generated from enum value: RISK_FACTOR_TYPE_FX_RATE = 4;
     */
    FX_RATE = 4,
    /**
     * One tenor point of an interest rate curve (discount or projection), keyed by curve_id and
     * tenor.
     *
     * @generated from enum value: RISK_FACTOR_TYPE_INTEREST_RATE = 5;
     */
    INTEREST_RATE = 5,
    /**
     * One tenor point of an issuer's credit spread curve, keyed by curve_id and tenor.
     *
     * @generated from enum value: RISK_FACTOR_TYPE_CREDIT_SPREAD = 6;
     */
    CREDIT_SPREAD = 6,
    /**
     * The implied volatility of underlier_id's options at one expiry tenor.
     *
     * @generated from enum value: RISK_FACTOR_TYPE_IMPLIED_VOLATILITY = 7;
     */
    IMPLIED_VOLATILITY = 7,
    /**
     * The funding rate of a perpetual swap on underlier_id.
     *
     * @generated from enum value: RISK_FACTOR_TYPE_FUNDING_RATE = 8;
     */
    FUNDING_RATE = 8,
    /**
     * The basis between a dated future on underlier_id and its spot price, at one tenor.
     *
     * @generated from enum value: RISK_FACTOR_TYPE_BASIS = 9;
     */
    BASIS = 9
}
/**
 * Describes the enum cq.risk.v1.RiskFactorType.
 */
export declare const RiskFactorTypeSchema: GenEnum<RiskFactorType>;
/**
 * The dimension a concentration entry groups exposure by.
 *
 * @generated from enum cq.risk.v1.ConcentrationDimension
 */
export declare enum ConcentrationDimension {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: CONCENTRATION_DIMENSION_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * By underlier asset; key is a canonical asset id such as "BTC".
     *
     * @generated from enum value: CONCENTRATION_DIMENSION_ASSET = 1;
     */
    ASSET = 1,
    /**
     * By instrument; key is an instrument id such as "cq:perp:BTC-USD".
     *
     * @generated from enum value: CONCENTRATION_DIMENSION_INSTRUMENT = 2;
     */
    INSTRUMENT = 2,
    /**
     * By the venue holding the position (counterparty risk); key is a venue id such as "binance".
     *
     * @generated from enum value: CONCENTRATION_DIMENSION_VENUE = 3;
     */
    VENUE = 3,
    /**
     * By the issuer of bonds, equities or stablecoins (credit risk); key is the issuer's asset id or
     * curve name, such as "CIRCLE".
     *
     * @generated from enum value: CONCENTRATION_DIMENSION_ISSUER = 4;
     */
    ISSUER = 4
}
/**
 * Describes the enum cq.risk.v1.ConcentrationDimension.
 */
export declare const ConcentrationDimensionSchema: GenEnum<ConcentrationDimension>;
/**
 * How a value-at-risk figure is estimated.
 *
 * @generated from enum cq.risk.v1.VarMethod
 */
export declare enum VarMethod {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: VAR_METHOD_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * Full revaluation of today's positions under factor moves observed over the lookback window.
     *
     * @generated from enum value: VAR_METHOD_HISTORICAL = 1;
     */
    HISTORICAL = 1,
    /**
     * Variance-covariance: a normal distribution of P&L from sensitivities and a covariance matrix
     * estimated over the lookback window.
     *
     * @generated from enum value: VAR_METHOD_PARAMETRIC = 2;
     */
    PARAMETRIC = 2,
    /**
     * Revaluation under simulated factor paths drawn from a model calibrated over the lookback
     * window.
     *
     * @generated from enum value: VAR_METHOD_MONTE_CARLO = 3;
     */
    MONTE_CARLO = 3
}
/**
 * Describes the enum cq.risk.v1.VarMethod.
 */
export declare const VarMethodSchema: GenEnum<VarMethod>;
/**
 * What a limit measures. The comment of each value gives the unit of Limit.threshold.
 *
 * @generated from enum cq.risk.v1.LimitType
 */
export declare enum LimitType {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: LIMIT_TYPE_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * Gross exposure of the positions in scope; an amount in currency_asset_id.
     *
     * @generated from enum value: LIMIT_TYPE_GROSS_EXPOSURE = 1;
     */
    GROSS_EXPOSURE = 1,
    /**
     * Absolute net exposure of the positions in scope; an amount in currency_asset_id.
     *
     * @generated from enum value: LIMIT_TYPE_NET_EXPOSURE = 2;
     */
    NET_EXPOSURE = 2,
    /**
     * Notional of a single order (quantity times limit or reference price, times contract size); an
     * amount in currency_asset_id. Checked pre-trade only.
     *
     * @generated from enum value: LIMIT_TYPE_ORDER_NOTIONAL = 3;
     */
    ORDER_NOTIONAL = 3,
    /**
     * Quantity of a single order, in units of the instrument. Checked pre-trade only; the scope must
     * name an instrument.
     *
     * @generated from enum value: LIMIT_TYPE_ORDER_QUANTITY = 4;
     */
    ORDER_QUANTITY = 4,
    /**
     * Absolute position quantity, in units of the instrument; the scope must name an instrument.
     *
     * @generated from enum value: LIMIT_TYPE_POSITION_QUANTITY = 5;
     */
    POSITION_QUANTITY = 5,
    /**
     * Absolute market value (or delta notional for derivatives) of the positions in scope; an amount
     * in currency_asset_id.
     *
     * @generated from enum value: LIMIT_TYPE_POSITION_NOTIONAL = 6;
     */
    POSITION_NOTIONAL = 6,
    /**
     * Absolute net delta notional of the positions in scope; an amount in currency_asset_id.
     *
     * @generated from enum value: LIMIT_TYPE_DELTA = 7;
     */
    DELTA = 7,
    /**
     * Absolute total DV01 of the positions in scope; an amount in currency_asset_id per basis point.
     *
     * @generated from enum value: LIMIT_TYPE_DV01 = 8;
     */
    DV01 = 8,
    /**
     * Gross leverage (gross exposure divided by NAV); a ratio.
     *
     * @generated from enum value: LIMIT_TYPE_LEVERAGE = 9;
     */
    LEVERAGE = 9,
    /**
     * Loss over the limit's window (or since 00:00 UTC when no window is set), realised plus
     * unrealised; a non-negative amount in currency_asset_id.
     *
     * @generated from enum value: LIMIT_TYPE_LOSS = 10;
     */
    LOSS = 10,
    /**
     * Value at risk at the engine's primary method, confidence and horizon; an amount in
     * currency_asset_id.
     *
     * @generated from enum value: LIMIT_TYPE_VALUE_AT_RISK = 11;
     */
    VALUE_AT_RISK = 11,
    /**
     * Largest share of NAV held in any one asset, venue or issuer within scope; a ratio.
     *
     * @generated from enum value: LIMIT_TYPE_CONCENTRATION = 12;
     */
    CONCENTRATION = 12,
    /**
     * Number of orders submitted within the limit's window; a count. Checked pre-trade only.
     *
     * @generated from enum value: LIMIT_TYPE_ORDER_RATE = 13;
     */
    ORDER_RATE = 13,
    /**
     * Distance of an order's limit price from the current mark price, as a fraction of the mark (a
     * fat-finger check); a ratio. Checked pre-trade only.
     *
     * @generated from enum value: LIMIT_TYPE_PRICE_DEVIATION = 14;
     */
    PRICE_DEVIATION = 14
}
/**
 * Describes the enum cq.risk.v1.LimitType.
 */
export declare const LimitTypeSchema: GenEnum<LimitType>;
/**
 * What the engine does when a limit is breached.
 *
 * @generated from enum cq.risk.v1.LimitAction
 */
export declare enum LimitAction {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: LIMIT_ACTION_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * Raise an alert and let trading continue.
     *
     * @generated from enum value: LIMIT_ACTION_WARN = 1;
     */
    WARN = 1,
    /**
     * Raise an alert and reject any order that would breach the limit or increase an existing breach;
     * orders that reduce the measured value are still accepted.
     *
     * @generated from enum value: LIMIT_ACTION_REJECT = 2;
     */
    REJECT = 2,
    /**
     * Raise a critical alert, cancel open orders in scope and reject every new order in scope until
     * an operator's UpdateLimit leaves the limit within its threshold or disables it.
     *
     * @generated from enum value: LIMIT_ACTION_HALT = 3;
     */
    HALT = 3
}
/**
 * Describes the enum cq.risk.v1.LimitAction.
 */
export declare const LimitActionSchema: GenEnum<LimitAction>;
/**
 * Where a limit's current (or projected) value stands against its threshold and warning levels.
 *
 * @generated from enum cq.risk.v1.LimitStatus
 */
export declare enum LimitStatus {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: LIMIT_STATUS_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * Below every warning level.
     *
     * @generated from enum value: LIMIT_STATUS_OK = 1;
     */
    OK = 1,
    /**
     * At or above a warning level, up to and including the threshold.
     *
     * @generated from enum value: LIMIT_STATUS_WARNING = 2;
     */
    WARNING = 2,
    /**
     * Strictly above the threshold.
     *
     * @generated from enum value: LIMIT_STATUS_BREACHED = 3;
     */
    BREACHED = 3
}
/**
 * Describes the enum cq.risk.v1.LimitStatus.
 */
export declare const LimitStatusSchema: GenEnum<LimitStatus>;
/**
 * The outcome of a pre-trade check.
 *
 * @generated from enum cq.risk.v1.CheckDecision
 */
export declare enum CheckDecision {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: CHECK_DECISION_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * The order may be sent; some limits may still have warned.
     *
     * @generated from enum value: CHECK_DECISION_APPROVE = 1;
     */
    APPROVE = 1,
    /**
     * The order must not be sent.
     *
     * @generated from enum value: CHECK_DECISION_REJECT = 2;
     */
    REJECT = 2
}
/**
 * Describes the enum cq.risk.v1.CheckDecision.
 */
export declare const CheckDecisionSchema: GenEnum<CheckDecision>;
/**
 * Why a pre-trade check rejected an order.
 *
 * @generated from enum cq.risk.v1.CheckRejectReason
 */
export declare enum CheckRejectReason {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: CHECK_REJECT_REASON_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * A REJECT or HALT limit would be breached; limit_checks say which.
     *
     * @generated from enum value: CHECK_REJECT_REASON_LIMIT_BREACHED = 1;
     */
    LIMIT_BREACHED = 1,
    /**
     * Trading is halted in the order's scope by a HALT limit breached earlier.
     *
     * @generated from enum value: CHECK_REJECT_REASON_TRADING_HALTED = 2;
     */
    TRADING_HALTED = 2,
    /**
     * No usable price exists to value the order, so the engine fails closed.
     *
     * @generated from enum value: CHECK_REJECT_REASON_PRICE_UNAVAILABLE = 3;
     */
    PRICE_UNAVAILABLE = 3,
    /**
     * The engine's positions or market data for the account are older than its staleness tolerance,
     * so it fails closed.
     *
     * @generated from enum value: CHECK_REJECT_REASON_RISK_DATA_STALE = 4;
     */
    RISK_DATA_STALE = 4
}
/**
 * Describes the enum cq.risk.v1.CheckRejectReason.
 */
export declare const CheckRejectReasonSchema: GenEnum<CheckRejectReason>;
/**
 * How a shock moves a factor.
 *
 * @generated from enum cq.risk.v1.ShockType
 */
export declare enum ShockType {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: SHOCK_TYPE_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * The factor moves by size in its own units: currency for prices, a decimal rate for rates,
     * spreads and funding ("0.01" is 100 basis points), absolute volatility for volatilities ("0.05"
     * is five vol points).
     *
     * @generated from enum value: SHOCK_TYPE_ABSOLUTE = 1;
     */
    ABSOLUTE = 1,
    /**
     * The factor is multiplied by (1 + size): "-0.3" is a 30% fall.
     *
     * @generated from enum value: SHOCK_TYPE_RELATIVE = 2;
     */
    RELATIVE = 2
}
/**
 * Describes the enum cq.risk.v1.ShockType.
 */
export declare const ShockTypeSchema: GenEnum<ShockType>;
/**
 * How urgent an alert is.
 *
 * @generated from enum cq.risk.v1.AlertSeverity
 */
export declare enum AlertSeverity {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: ALERT_SEVERITY_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * For the record: a limit returned within bounds, or a configuration change.
     *
     * @generated from enum value: ALERT_SEVERITY_INFO = 1;
     */
    INFO = 1,
    /**
     * Needs attention soon: a warning level was crossed or an order was rejected.
     *
     * @generated from enum value: ALERT_SEVERITY_WARNING = 2;
     */
    WARNING = 2,
    /**
     * Needs action now: a limit is breached, trading is halted, or risk cannot be computed.
     *
     * @generated from enum value: ALERT_SEVERITY_CRITICAL = 3;
     */
    CRITICAL = 3
}
/**
 * Describes the enum cq.risk.v1.AlertSeverity.
 */
export declare const AlertSeveritySchema: GenEnum<AlertSeverity>;
/**
 * What happened to raise an alert.
 *
 * @generated from enum cq.risk.v1.AlertType
 */
export declare enum AlertType {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: ALERT_TYPE_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * Utilisation crossed one of the limit's warning levels upwards.
     *
     * @generated from enum value: ALERT_TYPE_LIMIT_WARNING = 1;
     */
    LIMIT_WARNING = 1,
    /**
     * The limit's threshold was exceeded.
     *
     * @generated from enum value: ALERT_TYPE_LIMIT_BREACHED = 2;
     */
    LIMIT_BREACHED = 2,
    /**
     * A limit that was warning or breached is back below its warning levels.
     *
     * @generated from enum value: ALERT_TYPE_LIMIT_RESTORED = 3;
     */
    LIMIT_RESTORED = 3,
    /**
     * A pre-trade check rejected an order.
     *
     * @generated from enum value: ALERT_TYPE_ORDER_REJECTED = 4;
     */
    ORDER_REJECTED = 4,
    /**
     * A HALT limit stopped trading in its scope.
     *
     * @generated from enum value: ALERT_TYPE_TRADING_HALTED = 5;
     */
    TRADING_HALTED = 5,
    /**
     * Positions or prices are too stale to compute risk; checks fail closed until they recover.
     *
     * @generated from enum value: ALERT_TYPE_RISK_DATA_STALE = 6;
     */
    RISK_DATA_STALE = 6
}
/**
 * Describes the enum cq.risk.v1.AlertType.
 */
export declare const AlertTypeSchema: GenEnum<AlertType>;
