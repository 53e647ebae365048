import type { GenEnum, GenFile, GenMessage } from "@bufbuild/protobuf/codegenv2";
import type { Amount } from "../../types/v1/amount_pb.js";
import type { Decimal } from "../../types/v1/decimal_pb.js";
import type { TimeRange } from "../../types/v1/time_range_pb.js";
import type { Timestamp } from "@bufbuild/protobuf/wkt";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file cq/portfolio/v1/resources.proto.
 */
export declare const file_cq_portfolio_v1_resources: GenFile;
/**
 * What one venue account holds of one instrument: a spot holding of a risk asset, or a derivative,
 * equity or bond position. Cash and collateral are Portfolio.cash_balances, not positions.
 *
 * @generated from message cq.portfolio.v1.Position
 */
export type Position = Message<"cq.portfolio.v1.Position"> & {
    /**
     * Output only. The CQ venue account holding the position. Example: "acc_01HZX3K9Q7".
     *
     * @generated from field: string account_id = 1;
     */
    accountId: string;
    /**
     * Output only. The CQ venue id of the account, copied here for breakdowns by venue.
     * Example: "kraken".
     *
     * @generated from field: string venue_id = 2;
     */
    venueId: string;
    /**
     * Output only. The CQ instrument id. Example: "cq:perp:BTC-USD".
     *
     * @generated from field: string instrument_id = 3;
     */
    instrumentId: string;
    /**
     * Output only. Long, short or flat; always agrees with the sign of quantity.
     * Example: POSITION_SIDE_LONG.
     *
     * @generated from field: cq.portfolio.v1.PositionSide side = 4;
     */
    side: PositionSide;
    /**
     * Output only. The signed quantity held, in the instrument's quantity unit (base asset units for
     * spot, contracts for derivatives): positive long, negative short, "0" flat. For a spot holding it
     * is net of borrowing. Example: "-0.5".
     *
     * @generated from field: cq.types.v1.Decimal quantity = 5;
     */
    quantity?: Decimal | undefined;
    /**
     * Output only. The average entry price of the open quantity, in quote currency per unit, fees
     * excluded; unset when flat. Example: "64120.25".
     *
     * @generated from field: cq.types.v1.Decimal average_cost = 6;
     */
    averageCost?: Decimal | undefined;
    /**
     * Output only. The price the position is valued at, in quote currency per unit: the venue's mark
     * price for derivatives, the mid price for spot and cash instruments. Example: "67250.5".
     *
     * @generated from field: cq.types.v1.Decimal mark_price = 7;
     */
    markPrice?: Decimal | undefined;
    /**
     * Output only. When mark_price was observed, in UTC; consumers flag stale valuations by it.
     * Example: 2026-11-01T14:03:09Z.
     *
     * @generated from field: google.protobuf.Timestamp mark_time = 8;
     */
    markTime?: Timestamp | undefined;
    /**
     * Output only. The signed notional: quantity times mark_price times the contract multiplier, in
     * the instrument's quote or settlement asset. For a margined derivative this is exposure, not
     * what the position is worth; its contribution to NAV is unrealized_pnl.
     * Example: {value: "-33625.25", asset_id: "USD"}.
     *
     * @generated from field: cq.types.v1.Amount market_value = 9;
     */
    marketValue?: Amount | undefined;
    /**
     * Output only. The PnL realized by reducing the position since it was opened, fees and funding
     * excluded, in the settlement asset. Example: {value: "412.8", asset_id: "USD"}.
     *
     * @generated from field: cq.types.v1.Amount realized_pnl = 10;
     */
    realizedPnl?: Amount | undefined;
    /**
     * Output only. The PnL of the open quantity at mark_price against average_cost, in the settlement
     * asset. Example: {value: "-1565.13", asset_id: "USD"}.
     *
     * @generated from field: cq.types.v1.Amount unrealized_pnl = 11;
     */
    unrealizedPnl?: Amount | undefined;
    /**
     * Output only. The margin the venue holds against the position; unset for unmargined positions.
     * Example: {value: "3362.53", asset_id: "USD"}.
     *
     * @generated from field: cq.types.v1.Amount initial_margin = 12;
     */
    initialMargin?: Amount | undefined;
    /**
     * Output only. The margin below which the venue liquidates the position; unset for unmargined
     * positions. Example: {value: "168.13", asset_id: "USD"}.
     *
     * @generated from field: cq.types.v1.Amount maintenance_margin = 13;
     */
    maintenanceMargin?: Amount | undefined;
    /**
     * Output only. The mark price at which the venue would liquidate the position, in quote currency
     * per unit, as the venue reports it; unset when the venue reports none. Example: "79840".
     *
     * @generated from field: cq.types.v1.Decimal liquidation_price = 14;
     */
    liquidationPrice?: Decimal | undefined;
    /**
     * Output only. When the position last went from flat to non-flat, in UTC.
     * Example: 2026-10-28T09:15:00Z.
     *
     * @generated from field: google.protobuf.Timestamp open_time = 15;
     */
    openTime?: Timestamp | undefined;
    /**
     * Output only. When quantity, cost or PnL last changed, in UTC. Example: 2026-11-01T14:03:09Z.
     *
     * @generated from field: google.protobuf.Timestamp update_time = 16;
     */
    updateTime?: Timestamp | undefined;
};
/**
 * Describes the message cq.portfolio.v1.Position.
 * Use `create(PositionSchema)` to create a new message.
 */
export declare const PositionSchema: GenMessage<Position>;
/**
 * A set of venue accounts valued together in one currency: the unit a trader, a strategy or the
 * simulator's user owns, and the unit risk limits apply to.
 *
 * NAV = the value of cash_balances + the market_value of unmargined positions (spot, equities,
 * bonds) + the unrealized_pnl of margined derivatives, all converted to valuation_currency.
 *
 * @generated from message cq.portfolio.v1.Portfolio
 */
export type Portfolio = Message<"cq.portfolio.v1.Portfolio"> & {
    /**
     * Output only. The CQ portfolio id, opaque, at most 64 characters. Example: "pf_01HZX2R8D3".
     *
     * @generated from field: string portfolio_id = 1;
     */
    portfolioId: string;
    /**
     * Output only. A human-readable name. Example: "Crypto market making".
     *
     * @generated from field: string display_name = 2;
     */
    displayName: string;
    /**
     * Output only. The CQ principal that owns the portfolio; callers only see their own portfolios.
     * Example: "user_8f3a2c".
     *
     * @generated from field: string owner_id = 3;
     */
    ownerId: string;
    /**
     * Output only. The CQ venue accounts the portfolio aggregates. Example: ["acc_01HZX3K9Q7",
     * "acc_01HZX3M2A1"].
     *
     * @generated from field: repeated string account_ids = 4;
     */
    accountIds: string[];
    /**
     * Output only. The asset all values are converted to. Example: "USD".
     *
     * @generated from field: string valuation_currency = 5;
     */
    valuationCurrency: string;
    /**
     * Output only. Cash and collateral, one entry per asset summed over the accounts, in the asset's
     * own units, net of borrowing and accrued interest (negative when the portfolio owes the asset).
     * Spot holdings of risk assets are positions instead, so nothing is counted twice.
     * Example: [{value: "25000", asset_id: "USD"}, {value: "10000", asset_id: "USDC"}].
     *
     * @generated from field: repeated cq.types.v1.Amount cash_balances = 6;
     */
    cashBalances: Amount[];
    /**
     * Output only. The open positions of all the accounts; flat ones are left out.
     * Example: [{instrument_id: "cq:perp:BTC-USD", quantity: "-0.5"}].
     *
     * @generated from field: repeated cq.portfolio.v1.Position positions = 7;
     */
    positions: Position[];
    /**
     * Output only. The net asset value in valuation_currency, as defined above.
     * Example: {value: "184230.55", asset_id: "USD"}.
     *
     * @generated from field: cq.types.v1.Amount nav = 8;
     */
    nav?: Amount | undefined;
    /**
     * Output only. The sum of the absolute delta-adjusted notionals of the positions, in
     * valuation_currency. Example: {value: "412000", asset_id: "USD"}.
     *
     * @generated from field: cq.types.v1.Amount gross_exposure = 9;
     */
    grossExposure?: Amount | undefined;
    /**
     * Output only. The sum of the signed delta-adjusted notionals of the positions, in
     * valuation_currency; negative when net short. Example: {value: "-36500", asset_id: "USD"}.
     *
     * @generated from field: cq.types.v1.Amount net_exposure = 10;
     */
    netExposure?: Amount | undefined;
    /**
     * Output only. gross_exposure divided by nav; 0 when nav is not positive. A double because it is a
     * ratio of marked values for display and monitoring, never settled or compared exactly; leverage
     * limits are checked by the risk engine on the Decimal exposures. Example: 2.236.
     *
     * @generated from field: double leverage = 11;
     */
    leverage: number;
    /**
     * Output only. The instant the valuation reflects, in UTC. Example: 2026-11-01T14:03:10Z.
     *
     * @generated from field: google.protobuf.Timestamp valuation_time = 12;
     */
    valuationTime?: Timestamp | undefined;
};
/**
 * Describes the message cq.portfolio.v1.Portfolio.
 * Use `create(PortfolioSchema)` to create a new message.
 */
export declare const PortfolioSchema: GenMessage<Portfolio>;
/**
 * One target of an allocation: a weight for an asset or an instrument.
 *
 * @generated from message cq.portfolio.v1.AllocationTarget
 */
export type AllocationTarget = Message<"cq.portfolio.v1.AllocationTarget"> & {
    /**
     * Required. What the weight applies to.
     *
     * @generated from oneof cq.portfolio.v1.AllocationTarget.target
     */
    target: {
        /**
         * Optional. A canonical asset id, upper case, for a target held as spot; set this or
         * instrument_id. Example: "ETH".
         *
         * @generated from field: string asset_id = 1;
         */
        value: string;
        case: "assetId";
    } | {
        /**
         * Optional. A CQ instrument id, `<market>:<type>:<symbol>`, for a target held through a specific
         * instrument; set this or asset_id. Example: "cq:perp:BTC-USD".
         *
         * @generated from field: string instrument_id = 2;
         */
        value: string;
        case: "instrumentId";
    } | {
        case: undefined;
        value?: undefined;
    };
    /**
     * Required. The target share of the portfolio's NAV, as a signed fraction: "0.25" is 25% long,
     * "-0.1" is 10% short. Decimal because the rebalancer turns weights into order quantities that
     * must reconcile exactly. Example: "0.25".
     *
     * @generated from field: cq.types.v1.Decimal weight = 3;
     */
    weight?: Decimal | undefined;
};
/**
 * Describes the message cq.portfolio.v1.AllocationTarget.
 * Use `create(AllocationTargetSchema)` to create a new message.
 */
export declare const AllocationTargetSchema: GenMessage<AllocationTarget>;
/**
 * Target weights for a portfolio, produced by research (a model run or a strategy) and consumed by
 * the rebalancer. The weights need not sum to 1: the rest, 1 - sum(weight), is held as cash in the
 * portfolio's valuation currency, and a sum of absolute weights above 1 means leverage.
 *
 * @generated from message cq.portfolio.v1.Allocation
 */
export type Allocation = Message<"cq.portfolio.v1.Allocation"> & {
    /**
     * Output only. The CQ allocation id, opaque, at most 64 characters. Example: "alloc_01HZX5F0P2".
     *
     * @generated from field: string allocation_id = 1;
     */
    allocationId: string;
    /**
     * Required. The CQ portfolio the allocation targets, at most 64 characters.
     * Example: "pf_01HZX2R8D3".
     *
     * @generated from field: string portfolio_id = 2;
     */
    portfolioId: string;
    /**
     * Required. The strategy the allocation belongs to; opaque, at most 64 characters.
     * Example: "momentum-v3".
     *
     * @generated from field: string strategy_id = 3;
     */
    strategyId: string;
    /**
     * Required. The research run or model that produced the weights, as that system names it, for
     * traceability. Example: "quantbox/momentum-v3/run-20261101T0000Z".
     *
     * @generated from field: string source = 4;
     */
    source: string;
    /**
     * Required. The market data instant the weights were computed as of, in UTC.
     * Example: 2026-11-01T00:00:00Z.
     *
     * @generated from field: google.protobuf.Timestamp as_of_time = 5;
     */
    asOfTime?: Timestamp | undefined;
    /**
     * Required. The targets, at least one and at most one per asset or instrument; anything the
     * portfolio holds that is not listed has a target weight of 0, so an all-cash allocation lists
     * the valuation currency with weight "1". Example: [{asset_id: "BTC", weight: "0.4"}, {asset_id:
     * "ETH", weight: "0.25"}].
     *
     * @generated from field: repeated cq.portfolio.v1.AllocationTarget targets = 6;
     */
    targets: AllocationTarget[];
    /**
     * Output only. When CQ recorded the allocation, in UTC. Example: 2026-11-01T00:05:12Z.
     *
     * @generated from field: google.protobuf.Timestamp create_time = 7;
     */
    createTime?: Timestamp | undefined;
};
/**
 * Describes the message cq.portfolio.v1.Allocation.
 * Use `create(AllocationSchema)` to create a new message.
 */
export declare const AllocationSchema: GenMessage<Allocation>;
/**
 * Long, short, gross and net exposure of a set of positions, as delta-adjusted notionals in the
 * portfolio's valuation currency: quantity times contract multiplier times mark price, times delta
 * for options. gross = long + short, net = long - short.
 *
 * @generated from message cq.portfolio.v1.ExposureFigures
 */
export type ExposureFigures = Message<"cq.portfolio.v1.ExposureFigures"> & {
    /**
     * Output only. The sum of the notionals of long positions, zero or positive.
     * Example: {value: "187750", asset_id: "USD"}.
     *
     * @generated from field: cq.types.v1.Amount long_exposure = 1;
     */
    longExposure?: Amount | undefined;
    /**
     * Output only. The sum of the absolute notionals of short positions, zero or positive.
     * Example: {value: "224250", asset_id: "USD"}.
     *
     * @generated from field: cq.types.v1.Amount short_exposure = 2;
     */
    shortExposure?: Amount | undefined;
    /**
     * Output only. long_exposure plus short_exposure. Example: {value: "412000", asset_id: "USD"}.
     *
     * @generated from field: cq.types.v1.Amount gross_exposure = 3;
     */
    grossExposure?: Amount | undefined;
    /**
     * Output only. long_exposure minus short_exposure; negative when net short.
     * Example: {value: "-36500", asset_id: "USD"}.
     *
     * @generated from field: cq.types.v1.Amount net_exposure = 4;
     */
    netExposure?: Amount | undefined;
};
/**
 * Describes the message cq.portfolio.v1.ExposureFigures.
 * Use `create(ExposureFiguresSchema)` to create a new message.
 */
export declare const ExposureFiguresSchema: GenMessage<ExposureFigures>;
/**
 * The exposure of the positions that share one key of a breakdown.
 *
 * @generated from message cq.portfolio.v1.ExposureBucket
 */
export type ExposureBucket = Message<"cq.portfolio.v1.ExposureBucket"> & {
    /**
     * Output only. The key of the bucket; what it names depends on the breakdown the bucket is in.
     * Example: "crypto".
     *
     * @generated from field: string key = 1;
     */
    key: string;
    /**
     * Output only. The exposure of the positions with this key.
     * Example: {gross_exposure: {value: "380000", asset_id: "USD"}}.
     *
     * @generated from field: cq.portfolio.v1.ExposureFigures figures = 2;
     */
    figures?: ExposureFigures | undefined;
};
/**
 * Describes the message cq.portfolio.v1.ExposureBucket.
 * Use `create(ExposureBucketSchema)` to create a new message.
 */
export declare const ExposureBucketSchema: GenMessage<ExposureBucket>;
/**
 * A portfolio's exposure, in total and broken down four ways. Each breakdown covers every position
 * once, so the buckets of one breakdown add up to total.
 *
 * @generated from message cq.portfolio.v1.Exposure
 */
export type Exposure = Message<"cq.portfolio.v1.Exposure"> & {
    /**
     * Output only. The CQ portfolio id. Example: "pf_01HZX2R8D3".
     *
     * @generated from field: string portfolio_id = 1;
     */
    portfolioId: string;
    /**
     * Output only. The instant the exposure reflects, in UTC. Example: 2026-11-01T14:03:10Z.
     *
     * @generated from field: google.protobuf.Timestamp valuation_time = 2;
     */
    valuationTime?: Timestamp | undefined;
    /**
     * Output only. The exposure of all positions.
     * Example: {gross_exposure: {value: "412000", asset_id: "USD"}}.
     *
     * @generated from field: cq.portfolio.v1.ExposureFigures total = 3;
     */
    total?: ExposureFigures | undefined;
    /**
     * Output only. By the asset class of the instrument's underlying, keyed by lower-case class name
     * ("crypto", "equity", "fiat", "bond", "commodity", "index"). Example: [{key: "crypto"}].
     *
     * @generated from field: repeated cq.portfolio.v1.ExposureBucket by_asset_class = 4;
     */
    byAssetClass: ExposureBucket[];
    /**
     * Output only. By underlying asset, keyed by canonical asset id, so a spot holding, a perpetual
     * and an option on BTC share one bucket. Example: [{key: "BTC"}, {key: "ETH"}].
     *
     * @generated from field: repeated cq.portfolio.v1.ExposureBucket by_underlier = 5;
     */
    byUnderlier: ExposureBucket[];
    /**
     * Output only. By the venue the position is held at, keyed by CQ venue id.
     * Example: [{key: "kraken"}, {key: "binance"}].
     *
     * @generated from field: repeated cq.portfolio.v1.ExposureBucket by_venue = 6;
     */
    byVenue: ExposureBucket[];
    /**
     * Output only. By the currency the instrument is quoted or settled in, keyed by canonical asset
     * id. Example: [{key: "USD"}, {key: "USDT"}].
     *
     * @generated from field: repeated cq.portfolio.v1.ExposureBucket by_currency = 7;
     */
    byCurrency: ExposureBucket[];
};
/**
 * Describes the message cq.portfolio.v1.Exposure.
 * Use `create(ExposureSchema)` to create a new message.
 */
export declare const ExposureSchema: GenMessage<Exposure>;
/**
 * One entry of an account's ledger: a signed change of one asset's balance. Entries are immutable;
 * a correction is a new TRANSACTION_TYPE_ADJUSTMENT entry. A fill books one TRADE entry per asset
 * leg plus a FEE entry, all with the same exec_id.
 *
 * @generated from message cq.portfolio.v1.Transaction
 */
export type Transaction = Message<"cq.portfolio.v1.Transaction"> & {
    /**
     * Output only. The CQ transaction id, opaque, at most 64 characters. Example: "txn_01HZX4C8AB".
     *
     * @generated from field: string transaction_id = 1;
     */
    transactionId: string;
    /**
     * Output only. The CQ venue account whose balance changed. Example: "acc_01HZX3K9Q7".
     *
     * @generated from field: string account_id = 2;
     */
    accountId: string;
    /**
     * Output only. The normalised kind of entry. Example: TRANSACTION_TYPE_FEE.
     *
     * @generated from field: cq.portfolio.v1.TransactionType type = 3;
     */
    type: TransactionType;
    /**
     * Output only. The venue's own ledger type, raw, because every venue names them its own way;
     * empty for entries CQ books itself. Example: "rollover".
     *
     * @generated from field: string venue_transaction_type = 4;
     */
    venueTransactionType: string;
    /**
     * Output only. The signed change: positive credits the account, negative debits it.
     * Example: {value: "-0.84", asset_id: "USD"}.
     *
     * @generated from field: cq.types.v1.Amount amount = 5;
     */
    amount?: Amount | undefined;
    /**
     * Output only. The account's total balance of the asset right after this entry; unset when the
     * venue does not report it. Example: {value: "24999.16", asset_id: "USD"}.
     *
     * @generated from field: cq.types.v1.Amount balance_after = 6;
     */
    balanceAfter?: Amount | undefined;
    /**
     * Output only. The instrument the entry relates to (trades, fees, funding, settlement,
     * liquidation, dividends, coupons); empty otherwise. Example: "cq:perp:BTC-USD".
     *
     * @generated from field: string instrument_id = 7;
     */
    instrumentId: string;
    /**
     * Output only. The CQ order the entry comes from; empty when none. Example: "ord_01HZX4B2M6".
     *
     * @generated from field: string order_id = 8;
     */
    orderId: string;
    /**
     * Output only. The execution report (fill) the entry comes from; empty when none.
     * Example: "exe_01HZX4C7RT".
     *
     * @generated from field: string exec_id = 9;
     */
    execId: string;
    /**
     * Output only. The venue's id for the ledger entry, raw, for reconciliation; empty for entries
     * CQ books itself. Example: "LQ5KQX-7ZTA2-U3PMOE".
     *
     * @generated from field: string venue_transaction_id = 10;
     */
    venueTransactionId: string;
    /**
     * Output only. For TRANSACTION_TYPE_TRANSFER, the other CQ account; empty otherwise.
     * Example: "acc_01HZX3M2A1".
     *
     * @generated from field: string counterparty_account_id = 11;
     */
    counterpartyAccountId: string;
    /**
     * Output only. For an on-chain deposit or withdrawal, the CAIP-2 id of the chain; empty otherwise.
     * Example: "eip155:1".
     *
     * @generated from field: string chain_id = 12;
     */
    chainId: string;
    /**
     * Output only. For an on-chain deposit or withdrawal, the transaction hash as the chain prints it;
     * empty otherwise. Example: "0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060".
     *
     * @generated from field: string tx_hash = 13;
     */
    txHash: string;
    /**
     * Output only. When the balance changed at the venue, in UTC. Example: 2026-11-01T14:03:09.471Z.
     *
     * @generated from field: google.protobuf.Timestamp transact_time = 14;
     */
    transactTime?: Timestamp | undefined;
};
/**
 * Describes the message cq.portfolio.v1.Transaction.
 * Use `create(TransactionSchema)` to create a new message.
 */
export declare const TransactionSchema: GenMessage<Transaction>;
/**
 * The parts of PnL, each a signed contribution in the portfolio's valuation currency (a cost is
 * negative), so that total = realized + unrealized + fees + funding + interest.
 *
 * @generated from message cq.portfolio.v1.PnlFigures
 */
export type PnlFigures = Message<"cq.portfolio.v1.PnlFigures"> & {
    /**
     * Output only. PnL realized by reducing positions during the period, fees and funding excluded.
     * Example: {value: "1250.4", asset_id: "USD"}.
     *
     * @generated from field: cq.types.v1.Amount realized_pnl = 1;
     */
    realizedPnl?: Amount | undefined;
    /**
     * Output only. The change in unrealized PnL over the period: unrealized PnL at the end minus at
     * the start. Example: {value: "-310.75", asset_id: "USD"}.
     *
     * @generated from field: cq.types.v1.Amount unrealized_pnl = 2;
     */
    unrealizedPnl?: Amount | undefined;
    /**
     * Output only. Trading fees net of rebates; negative when fees exceed rebates.
     * Example: {value: "-84.2", asset_id: "USD"}.
     *
     * @generated from field: cq.types.v1.Amount fees = 3;
     */
    fees?: Amount | undefined;
    /**
     * Output only. Perpetual funding received minus paid. Example: {value: "-12.06", asset_id: "USD"}.
     *
     * @generated from field: cq.types.v1.Amount funding = 4;
     */
    funding?: Amount | undefined;
    /**
     * Output only. Interest received on lent assets minus interest paid on borrowed ones.
     * Example: {value: "-3.5", asset_id: "USD"}.
     *
     * @generated from field: cq.types.v1.Amount interest = 5;
     */
    interest?: Amount | undefined;
    /**
     * Output only. The sum of the five parts above. Example: {value: "839.89", asset_id: "USD"}.
     *
     * @generated from field: cq.types.v1.Amount total_pnl = 6;
     */
    totalPnl?: Amount | undefined;
};
/**
 * Describes the message cq.portfolio.v1.PnlFigures.
 * Use `create(PnlFiguresSchema)` to create a new message.
 */
export declare const PnlFiguresSchema: GenMessage<PnlFigures>;
/**
 * The PnL of one instrument over the period, summed over the portfolio's accounts.
 *
 * @generated from message cq.portfolio.v1.InstrumentPnl
 */
export type InstrumentPnl = Message<"cq.portfolio.v1.InstrumentPnl"> & {
    /**
     * Output only. The CQ instrument id. Example: "cq:perp:BTC-USD".
     *
     * @generated from field: string instrument_id = 1;
     */
    instrumentId: string;
    /**
     * Output only. The instrument's PnL; interest is margin interest attributed to the instrument,
     * usually zero. Example: {total_pnl: {value: "612.3", asset_id: "USD"}}.
     *
     * @generated from field: cq.portfolio.v1.PnlFigures figures = 2;
     */
    figures?: PnlFigures | undefined;
};
/**
 * Describes the message cq.portfolio.v1.InstrumentPnl.
 * Use `create(InstrumentPnlSchema)` to create a new message.
 */
export declare const InstrumentPnlSchema: GenMessage<InstrumentPnl>;
/**
 * A portfolio's profit and loss over a period, in total and per instrument.
 *
 * @generated from message cq.portfolio.v1.Pnl
 */
export type Pnl = Message<"cq.portfolio.v1.Pnl"> & {
    /**
     * Output only. The CQ portfolio id. Example: "pf_01HZX2R8D3".
     *
     * @generated from field: string portfolio_id = 1;
     */
    portfolioId: string;
    /**
     * Output only. The period the PnL covers, after clamping to the portfolio's life and to now.
     * Example: {start_time: 2026-11-01T00:00:00Z, end_time: 2026-11-02T00:00:00Z}.
     *
     * @generated from field: cq.types.v1.TimeRange period = 2;
     */
    period?: TimeRange | undefined;
    /**
     * Output only. The portfolio's PnL. It includes interest and fees that belong to no instrument,
     * so it can differ from the sum of by_instrument.
     * Example: {total_pnl: {value: "839.89", asset_id: "USD"}}.
     *
     * @generated from field: cq.portfolio.v1.PnlFigures total = 3;
     */
    total?: PnlFigures | undefined;
    /**
     * Output only. One entry per instrument that had a position or a fill during the period, ordered
     * by instrument_id. Example: [{instrument_id: "cq:perp:BTC-USD"}].
     *
     * @generated from field: repeated cq.portfolio.v1.InstrumentPnl by_instrument = 4;
     */
    byInstrument: InstrumentPnl[];
    /**
     * Output only. The instant the marks behind unrealized PnL were taken, in UTC; the end of the
     * period, or now for a period still running. Example: 2026-11-02T00:00:00Z.
     *
     * @generated from field: google.protobuf.Timestamp valuation_time = 5;
     */
    valuationTime?: Timestamp | undefined;
};
/**
 * Describes the message cq.portfolio.v1.Pnl.
 * Use `create(PnlSchema)` to create a new message.
 */
export declare const PnlSchema: GenMessage<Pnl>;
/**
 * A stored valuation of a portfolio at one instant, kept for PnL history charts and daily reports.
 * Snapshots are immutable; the Portfolio service takes one at least daily at 00:00 UTC and more
 * often where a deployment configures it.
 *
 * @generated from message cq.portfolio.v1.PortfolioSnapshot
 */
export type PortfolioSnapshot = Message<"cq.portfolio.v1.PortfolioSnapshot"> & {
    /**
     * Output only. The snapshot's id, opaque, at most 64 characters. Example: "pfs_01HZX9A2K4".
     *
     * @generated from field: string snapshot_id = 1;
     */
    snapshotId: string;
    /**
     * Output only. The CQ portfolio id. Example: "pf_01HZX2R8D3".
     *
     * @generated from field: string portfolio_id = 2;
     */
    portfolioId: string;
    /**
     * Output only. The instant the valuation reflects, in UTC. Example: 2026-11-02T00:00:00Z.
     *
     * @generated from field: google.protobuf.Timestamp valuation_time = 3;
     */
    valuationTime?: Timestamp | undefined;
    /**
     * Output only. The net asset value in the valuation currency, as Portfolio.nav defines it.
     * Example: {value: "184230.55", asset_id: "USD"}.
     *
     * @generated from field: cq.types.v1.Amount nav = 4;
     */
    nav?: Amount | undefined;
    /**
     * Output only. The cash and collateral of cash_balances, converted to the valuation currency and
     * summed. Example: {value: "35000", asset_id: "USD"}.
     *
     * @generated from field: cq.types.v1.Amount cash = 5;
     */
    cash?: Amount | undefined;
    /**
     * Output only. Cash and collateral per asset, in each asset's own units, as in
     * Portfolio.cash_balances. Example: [{value: "25000", asset_id: "USD"}, {value: "10000",
     * asset_id: "USDC"}].
     *
     * @generated from field: repeated cq.types.v1.Amount cash_balances = 6;
     */
    cashBalances: Amount[];
    /**
     * Output only. nav minus cash: what the positions contribute to NAV, in the valuation currency.
     * Example: {value: "149230.55", asset_id: "USD"}.
     *
     * @generated from field: cq.types.v1.Amount positions_value = 7;
     */
    positionsValue?: Amount | undefined;
    /**
     * Output only. The gross exposure, as Portfolio.gross_exposure. Example: {value: "412000",
     * asset_id: "USD"}.
     *
     * @generated from field: cq.types.v1.Amount gross_exposure = 8;
     */
    grossExposure?: Amount | undefined;
    /**
     * Output only. The net exposure, as Portfolio.net_exposure. Example: {value: "-36500", asset_id:
     * "USD"}.
     *
     * @generated from field: cq.types.v1.Amount net_exposure = 9;
     */
    netExposure?: Amount | undefined;
    /**
     * Output only. PnL since the portfolio was created, in the valuation currency; its unrealized part
     * is the unrealized PnL open at valuation_time. Example: {realized_pnl: {value: "5120.4",
     * asset_id: "USD"}, total_pnl: {value: "4230.55", asset_id: "USD"}}.
     *
     * @generated from field: cq.portfolio.v1.PnlFigures inception_pnl = 10;
     */
    inceptionPnl?: PnlFigures | undefined;
    /**
     * Output only. PnL since the portfolio's previous snapshot (or its creation), in the valuation
     * currency. Example: {total_pnl: {value: "839.89", asset_id: "USD"}}.
     *
     * @generated from field: cq.portfolio.v1.PnlFigures period_pnl = 11;
     */
    periodPnl?: PnlFigures | undefined;
    /**
     * Output only. Deposits minus withdrawals since the previous snapshot, in the valuation currency;
     * NAV changes by period_pnl plus this. Example: {value: "0", asset_id: "USD"}.
     *
     * @generated from field: cq.types.v1.Amount net_deposits = 12;
     */
    netDeposits?: Amount | undefined;
    /**
     * Output only. The return since the previous snapshot, period_pnl.total_pnl divided by the
     * previous NAV plus net_deposits, an analytics ratio; 0 for the first snapshot. Example: 0.00458.
     *
     * @generated from field: double period_return = 13;
     */
    periodReturn: number;
    /**
     * Output only. The open positions at valuation_time; empty unless the request asked for them.
     * Example: [{instrument_id: "cq:equity:AAPL", quantity: "100", ...}].
     *
     * @generated from field: repeated cq.portfolio.v1.Position positions = 14;
     */
    positions: Position[];
};
/**
 * Describes the message cq.portfolio.v1.PortfolioSnapshot.
 * Use `create(PortfolioSnapshotSchema)` to create a new message.
 */
export declare const PortfolioSnapshotSchema: GenMessage<PortfolioSnapshot>;
/**
 * One funding settlement of a perpetual position: what was paid or received, and the figures it was
 * computed from. Booked with a TRANSACTION_TYPE_FUNDING_PAYMENT ledger entry.
 *
 * @generated from message cq.portfolio.v1.FundingPayment
 */
export type FundingPayment = Message<"cq.portfolio.v1.FundingPayment"> & {
    /**
     * Output only. The CQ venue account holding the position. Example: "acc_01HZX3K9Q7".
     *
     * @generated from field: string account_id = 1;
     */
    accountId: string;
    /**
     * Output only. The CQ venue id. Example: "binance".
     *
     * @generated from field: string venue_id = 2;
     */
    venueId: string;
    /**
     * Output only. The perpetual's CQ instrument id. Example: "cq:perp:BTC-USD".
     *
     * @generated from field: string instrument_id = 3;
     */
    instrumentId: string;
    /**
     * Output only. The funding rate settled, per funding interval, as a decimal fraction; positive
     * means longs pay shorts. Example: "0.0001".
     *
     * @generated from field: cq.types.v1.Decimal funding_rate = 4;
     */
    fundingRate?: Decimal | undefined;
    /**
     * Output only. The signed position quantity at the funding time, in contracts. Example: "-0.5".
     *
     * @generated from field: cq.types.v1.Decimal position_quantity = 5;
     */
    positionQuantity?: Decimal | undefined;
    /**
     * Output only. The mark price the payment was computed at, in quote currency per unit.
     * Example: "64251.03".
     *
     * @generated from field: cq.types.v1.Decimal mark_price = 6;
     */
    markPrice?: Decimal | undefined;
    /**
     * Output only. The payment, signed: positive received, negative paid, in the settlement asset.
     * Example: {value: "3.21", asset_id: "USDT"}.
     *
     * @generated from field: cq.types.v1.Amount amount = 7;
     */
    amount?: Amount | undefined;
    /**
     * Output only. The funding settlement instant, by the venue's clock, in UTC.
     * Example: 2026-11-01T16:00:00Z.
     *
     * @generated from field: google.protobuf.Timestamp funding_time = 8;
     */
    fundingTime?: Timestamp | undefined;
    /**
     * Output only. The ledger entry that booked the payment. Example: "txn_01HZX4D9QP".
     *
     * @generated from field: string transaction_id = 9;
     */
    transactionId: string;
};
/**
 * Describes the message cq.portfolio.v1.FundingPayment.
 * Use `create(FundingPaymentSchema)` to create a new message.
 */
export declare const FundingPaymentSchema: GenMessage<FundingPayment>;
/**
 * Whether a position is long, short or flat. Not cq.types.v1.Side: a side is the direction of a
 * trade, while a position can also be flat.
 *
 * @generated from enum cq.portfolio.v1.PositionSide
 */
export declare enum PositionSide {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: POSITION_SIDE_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * quantity is positive: the account gains when the price rises.
     *
     * @generated from enum value: POSITION_SIDE_LONG = 1;
     */
    LONG = 1,
    /**
     * quantity is negative: the account gains when the price falls.
     *
     * @generated from enum value: POSITION_SIDE_SHORT = 2;
     */
    SHORT = 2,
    /**
     * quantity is zero: the position was closed and is kept for its realized PnL.
     *
     * @generated from enum value: POSITION_SIDE_FLAT = 3;
     */
    FLAT = 3
}
/**
 * Describes the enum cq.portfolio.v1.PositionSide.
 */
export declare const PositionSideSchema: GenEnum<PositionSide>;
/**
 * What moved a balance: the normalised kind of a ledger entry. The venue's own ledger type is kept
 * raw in Transaction.venue_transaction_type.
 *
 * @generated from enum cq.portfolio.v1.TransactionType
 */
export declare enum TransactionType {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: TRANSACTION_TYPE_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * One asset leg of a fill: the base asset bought or sold, or the quote asset paid or received.
     *
     * @generated from enum value: TRANSACTION_TYPE_TRADE = 1;
     */
    TRADE = 1,
    /**
     * A trading fee paid.
     *
     * @generated from enum value: TRANSACTION_TYPE_FEE = 2;
     */
    FEE = 2,
    /**
     * A maker or volume rebate received.
     *
     * @generated from enum value: TRANSACTION_TYPE_REBATE = 3;
     */
    REBATE = 3,
    /**
     * Funds arriving from outside CQ (a bank wire, an on-chain deposit).
     *
     * @generated from enum value: TRANSACTION_TYPE_DEPOSIT = 4;
     */
    DEPOSIT = 4,
    /**
     * Funds leaving CQ (a bank wire, an on-chain withdrawal), network fee included.
     *
     * @generated from enum value: TRANSACTION_TYPE_WITHDRAWAL = 5;
     */
    WITHDRAWAL = 5,
    /**
     * A move between two CQ accounts or sub-accounts; counterparty_account_id names the other one.
     *
     * @generated from enum value: TRANSACTION_TYPE_TRANSFER = 6;
     */
    TRANSFER = 6,
    /**
     * A perpetual swap's periodic funding, paid or received.
     *
     * @generated from enum value: TRANSACTION_TYPE_FUNDING_PAYMENT = 7;
     */
    FUNDING_PAYMENT = 7,
    /**
     * Interest charged on borrowed funds, or paid on lent ones.
     *
     * @generated from enum value: TRANSACTION_TYPE_INTEREST = 8;
     */
    INTEREST = 8,
    /**
     * A margin loan drawn: the borrowed asset is credited.
     *
     * @generated from enum value: TRANSACTION_TYPE_BORROW = 9;
     */
    BORROW = 9,
    /**
     * A margin loan repaid: the borrowed asset is debited.
     *
     * @generated from enum value: TRANSACTION_TYPE_REPAY = 10;
     */
    REPAY = 10,
    /**
     * Derivative PnL settled into the balance (a futures expiry, a periodic settlement).
     *
     * @generated from enum value: TRANSACTION_TYPE_SETTLEMENT = 11;
     */
    SETTLEMENT = 11,
    /**
     * Loss and penalty booked when the venue liquidated a position.
     *
     * @generated from enum value: TRANSACTION_TYPE_LIQUIDATION = 12;
     */
    LIQUIDATION = 12,
    /**
     * A dividend paid on an equity position.
     *
     * @generated from enum value: TRANSACTION_TYPE_DIVIDEND = 13;
     */
    DIVIDEND = 13,
    /**
     * A coupon paid on a bond position.
     *
     * @generated from enum value: TRANSACTION_TYPE_COUPON = 14;
     */
    COUPON = 14,
    /**
     * A manual or reconciliation correction by an operator or the venue.
     *
     * @generated from enum value: TRANSACTION_TYPE_ADJUSTMENT = 15;
     */
    ADJUSTMENT = 15
}
/**
 * Describes the enum cq.portfolio.v1.TransactionType.
 */
export declare const TransactionTypeSchema: GenEnum<TransactionType>;
