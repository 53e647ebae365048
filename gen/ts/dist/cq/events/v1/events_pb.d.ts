import type { GenEnum, GenFile, GenMessage } from "@bufbuild/protobuf/codegenv2";
import type { Instrument } from "../../assets/v1/instruments_pb.js";
import type { Asset } from "../../assets/v1/resources_pb.js";
import type { Candle, DerivativesMetrics, MarketStatus, OrderBook, OrderBookDelta, Price, Trade } from "../../markets/v1/resources_pb.js";
import type { OrderApproval, RebalancePlan, ScoreSet, Universe } from "../../portfolio/v1/research_pb.js";
import type { Allocation, FundingPayment, PortfolioSnapshot, Position, Transaction } from "../../portfolio/v1/resources_pb.js";
import type { Alert, Limit, LimitStatus, PreTradeCheckResult, RiskSnapshot } from "../../risk/v1/resources_pb.js";
import type { Decimal } from "../../types/v1/decimal_pb.js";
import type { Balance, CancelReject, ExecType, ExecutionReport, Order, OrderStatus } from "../../venues/v1/resources_pb.js";
import type { FieldMask, Timestamp } from "@bufbuild/protobuf/wkt";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file cq/events/v1/events.proto.
 */
export declare const file_cq_events_v1_events: GenFile;
/**
 * Published by the AssetRegistry when it adds an asset. Subject: the asset id. Partition key: the
 * asset id.
 *
 * @generated from message cq.events.v1.AssetCreated
 */
export type AssetCreated = Message<"cq.events.v1.AssetCreated"> & {
    /**
     * Required. The asset as created, with its create_time. Example: { asset_id: "USDC", ... }.
     *
     * @generated from field: cq.assets.v1.Asset asset = 1;
     */
    asset?: Asset | undefined;
};
/**
 * Describes the message cq.events.v1.AssetCreated.
 * Use `create(AssetCreatedSchema)` to create a new message.
 */
export declare const AssetCreatedSchema: GenMessage<AssetCreated>;
/**
 * Published by MarketData when a venue's (or dealer's) top of market for an instrument changes.
 * Subject and partition key: the instrument id. Consumers that only need the latest price may
 * conflate: skipping intermediate updates of one instrument loses nothing but history.
 *
 * @generated from message cq.events.v1.PriceUpdated
 */
export type PriceUpdated = Message<"cq.events.v1.PriceUpdated"> & {
    /**
     * Required. The new price, with its venue and times. Example: { instrument_id: "cq:spot:BTC-USD",
     * venue_id: "kraken", bid_price: "64250.1", ask_price: "64250.2", ... }.
     *
     * @generated from field: cq.markets.v1.Price price = 1;
     */
    price?: Price | undefined;
};
/**
 * Describes the message cq.events.v1.PriceUpdated.
 * Use `create(PriceUpdatedSchema)` to create a new message.
 */
export declare const PriceUpdatedSchema: GenMessage<PriceUpdated>;
/**
 * Published by the VenueGateway when it accepts an order and sends it to the venue, before the
 * venue acknowledges it (the order's status is then pending new). The venue's acknowledgement and
 * every later state change arrive as ExecutionReported. Subject: the order id. Partition key: the
 * account id.
 *
 * @generated from message cq.events.v1.OrderPlaced
 */
export type OrderPlaced = Message<"cq.events.v1.OrderPlaced"> & {
    /**
     * Required. The order as accepted, with its CQ order_id, client_order_id and create_time.
     * Example: { order_id: "ord_01HZX4B2M6", client_order_id: "mm-btc-20261101-000042", ... }.
     *
     * @generated from field: cq.venues.v1.Order order = 1;
     */
    order?: Order | undefined;
    /**
     * Optional. The RiskEngine pre-trade check that approved the order
     * (cq.risk.v1.PreTradeCheckResult.check_id); empty when the account is exempt from pre-trade
     * checks, such as the simulator's. Example: "chk_01JC2ZK8W6".
     *
     * @generated from field: string risk_check_id = 2;
     */
    riskCheckId: string;
};
/**
 * Describes the message cq.events.v1.OrderPlaced.
 * Use `create(OrderPlacedSchema)` to create a new message.
 */
export declare const OrderPlacedSchema: GenMessage<OrderPlaced>;
/**
 * Published by the VenueGateway for every execution report on an order: acknowledgement, fill,
 * cancel, replace, reject, expiry or restatement. Subject: the order id. Partition key: the account
 * id, so an account's reports arrive in the order the gateway processed them.
 *
 * @generated from message cq.events.v1.ExecutionReported
 */
export type ExecutionReported = Message<"cq.events.v1.ExecutionReported"> & {
    /**
     * Required. The execution report as the gateway normalised it. Example: { exec_id:
     * "exe_01HZX4C7RT", order_id: "ord_01HZX4B2M6", exec_type: EXEC_TYPE_TRADE, ... }.
     *
     * @generated from field: cq.venues.v1.ExecutionReport execution_report = 1;
     */
    executionReport?: ExecutionReport | undefined;
};
/**
 * Describes the message cq.events.v1.ExecutionReported.
 * Use `create(ExecutionReportedSchema)` to create a new message.
 */
export declare const ExecutionReportedSchema: GenMessage<ExecutionReported>;
/**
 * Published by the Portfolio service when a position's quantity, average cost or realized PnL
 * changes. Mark-to-market revaluation alone does not publish it (prices arrive as PriceUpdated).
 * Subject: the instrument id. Partition key: the account id.
 *
 * @generated from message cq.events.v1.PositionChanged
 */
export type PositionChanged = Message<"cq.events.v1.PositionChanged"> & {
    /**
     * Optional. The position just before the change; unset when the change opened a new position.
     * Example: { account_id: "acc_01HZX3K9Q7", instrument_id: "cq:perp:BTC-USD", quantity: "-0.5",
     * ... }.
     *
     * @generated from field: cq.portfolio.v1.Position before = 1;
     */
    before?: Position | undefined;
    /**
     * Required. The position just after the change; a closed position has side flat and quantity "0".
     * Example: { account_id: "acc_01HZX3K9Q7", instrument_id: "cq:perp:BTC-USD", quantity: "-0.25",
     * ... }.
     *
     * @generated from field: cq.portfolio.v1.Position after = 2;
     */
    after?: Position | undefined;
    /**
     * Required. after.quantity minus before.quantity (or after.quantity when before is unset),
     * signed, in the instrument's quantity unit; "0" when only cost or realized PnL changed. Example:
     * "0.25".
     *
     * @generated from field: cq.types.v1.Decimal quantity_change = 3;
     */
    quantityChange?: Decimal | undefined;
    /**
     * Required. What changed the position. Example: POSITION_CHANGE_CAUSE_TRADE.
     *
     * @generated from field: cq.events.v1.PositionChangeCause cause = 4;
     */
    cause: PositionChangeCause;
    /**
     * Optional. The execution report (fill) behind the change, for TRADE and reported LIQUIDATION
     * causes; empty otherwise. Example: "exe_01HZX4C7RT".
     *
     * @generated from field: string exec_id = 5;
     */
    execId: string;
    /**
     * Optional. The CQ order behind the change, for TRADE causes; empty otherwise. Example:
     * "ord_01HZX4B2M6".
     *
     * @generated from field: string order_id = 6;
     */
    orderId: string;
    /**
     * Optional. The ledger entry (cq.portfolio.v1.Transaction) booked with the change, for causes
     * that move a balance; empty otherwise. Example: "txn_01HZX4C8AB".
     *
     * @generated from field: string transaction_id = 7;
     */
    transactionId: string;
};
/**
 * Describes the message cq.events.v1.PositionChanged.
 * Use `create(PositionChangedSchema)` to create a new message.
 */
export declare const PositionChangedSchema: GenMessage<PositionChanged>;
/**
 * Published by the RiskEngine for every alert it raises, the same alerts
 * RiskEngineService.StreamAlerts serves. Subject: the limit id, or the account id when the alert
 * has no limit. Partition key: the account id.
 *
 * @generated from message cq.events.v1.RiskAlert
 */
export type RiskAlert = Message<"cq.events.v1.RiskAlert"> & {
    /**
     * Required. The alert. Example: { alert_id: "alr_01JC2ZKA3P", type: ALERT_TYPE_LIMIT_BREACHED,
     * severity: ALERT_SEVERITY_CRITICAL, ... }.
     *
     * @generated from field: cq.risk.v1.Alert alert = 1;
     */
    alert?: Alert | undefined;
};
/**
 * Describes the message cq.events.v1.RiskAlert.
 * Use `create(RiskAlertSchema)` to create a new message.
 */
export declare const RiskAlertSchema: GenMessage<RiskAlert>;
/**
 * Published by the AssetRegistry when it registers an instrument. Subject and partition key: the
 * instrument id.
 *
 * @generated from message cq.events.v1.InstrumentCreated
 */
export type InstrumentCreated = Message<"cq.events.v1.InstrumentCreated"> & {
    /**
     * Required. The instrument as created, with its create_time. Example: { instrument_id:
     * "cq:perp:BTC-USD", type: INSTRUMENT_TYPE_PERPETUAL, ... }.
     *
     * @generated from field: cq.assets.v1.Instrument instrument = 1;
     */
    instrument?: Instrument | undefined;
};
/**
 * Describes the message cq.events.v1.InstrumentCreated.
 * Use `create(InstrumentCreatedSchema)` to create a new message.
 */
export declare const InstrumentCreatedSchema: GenMessage<InstrumentCreated>;
/**
 * Published by the AssetRegistry when an instrument changes: a status change (suspension, expiry,
 * delisting), a trading rule or a listing. Subject and partition key: the instrument id.
 *
 * @generated from message cq.events.v1.InstrumentUpdated
 */
export type InstrumentUpdated = Message<"cq.events.v1.InstrumentUpdated"> & {
    /**
     * Required. The instrument after the change, every field included. Example: { instrument_id:
     * "cq:future:BTC-20261225", status: INSTRUMENT_STATUS_EXPIRED, ... }.
     *
     * @generated from field: cq.assets.v1.Instrument instrument = 1;
     */
    instrument?: Instrument | undefined;
    /**
     * Required. The fields that changed, as paths relative to Instrument. Example: { paths:
     * ["status"] }.
     *
     * @generated from field: google.protobuf.FieldMask changed_fields = 2;
     */
    changedFields?: FieldMask | undefined;
};
/**
 * Describes the message cq.events.v1.InstrumentUpdated.
 * Use `create(InstrumentUpdatedSchema)` to create a new message.
 */
export declare const InstrumentUpdatedSchema: GenMessage<InstrumentUpdated>;
/**
 * Published by MarketData for every public trade (print) on a venue. Subject and partition key:
 * the instrument id.
 *
 * @generated from message cq.events.v1.TradePrinted
 */
export type TradePrinted = Message<"cq.events.v1.TradePrinted"> & {
    /**
     * Required. The trade, with its venue and attributes. Example: { trade_id: "5283041197",
     * instrument_id: "cq:spot:ETH-USD", venue_id: "kraken", price: "3120.55", ... }.
     *
     * @generated from field: cq.markets.v1.Trade trade = 1;
     */
    trade?: Trade | undefined;
};
/**
 * Describes the message cq.events.v1.TradePrinted.
 * Use `create(TradePrintedSchema)` to create a new message.
 */
export declare const TradePrintedSchema: GenMessage<TradePrinted>;
/**
 * Published by MarketData for every change of a venue's order book of an instrument: a snapshot
 * first and after every resync, deltas in between, chained by sequence numbers exactly as on
 * MarketDataService.StreamOrderBook. Subject and partition key: the instrument id.
 *
 * @generated from message cq.events.v1.OrderBookUpdated
 */
export type OrderBookUpdated = Message<"cq.events.v1.OrderBookUpdated"> & {
    /**
     * Required. Exactly one of a snapshot or a delta.
     *
     * @generated from oneof cq.events.v1.OrderBookUpdated.update
     */
    update: {
        /**
         * Optional. A full book replacing whatever the consumer holds for (instrument_id, venue_id).
         * Example: { instrument_id: "cq:perp:BTC-USD", venue_id: "binance", sequence_number: 88123004,
         * ... }.
         *
         * @generated from field: cq.markets.v1.OrderBook snapshot = 1;
         */
        value: OrderBook;
        case: "snapshot";
    } | {
        /**
         * Optional. Level changes applying on top of the book at previous_sequence_number. Example: {
         * sequence_number: 88123005, previous_sequence_number: 88123004, last_in_batch: true, ... }.
         *
         * @generated from field: cq.markets.v1.OrderBookDelta delta = 2;
         */
        value: OrderBookDelta;
        case: "delta";
    } | {
        case: undefined;
        value?: undefined;
    };
};
/**
 * Describes the message cq.events.v1.OrderBookUpdated.
 * Use `create(OrderBookUpdatedSchema)` to create a new message.
 */
export declare const OrderBookUpdatedSchema: GenMessage<OrderBookUpdated>;
/**
 * Published by MarketData when a candle closes (closed = true) and, where the producer is
 * configured for it, when the open candle changes. Subject and partition key: the instrument id.
 *
 * @generated from message cq.events.v1.CandleUpdated
 */
export type CandleUpdated = Message<"cq.events.v1.CandleUpdated"> & {
    /**
     * Required. The candle. Example: { instrument_id: "cq:spot:BTC-USD", venue_id: "kraken",
     * interval: CANDLE_INTERVAL_1_HOUR, close_price: "64250.1", closed: true, ... }.
     *
     * @generated from field: cq.markets.v1.Candle candle = 1;
     */
    candle?: Candle | undefined;
};
/**
 * Describes the message cq.events.v1.CandleUpdated.
 * Use `create(CandleUpdatedSchema)` to create a new message.
 */
export declare const CandleUpdatedSchema: GenMessage<CandleUpdated>;
/**
 * Published by MarketData when a perpetual's or future's derivatives metrics change. Subject and
 * partition key: the instrument id.
 *
 * @generated from message cq.events.v1.DerivativesMetricsUpdated
 */
export type DerivativesMetricsUpdated = Message<"cq.events.v1.DerivativesMetricsUpdated"> & {
    /**
     * Required. The new metrics. Example: { instrument_id: "cq:perp:BTC-USD", venue_id: "binance",
     * funding_rate: "0.0001", open_interest: "81234.5", ... }.
     *
     * @generated from field: cq.markets.v1.DerivativesMetrics derivatives_metrics = 1;
     */
    derivativesMetrics?: DerivativesMetrics | undefined;
};
/**
 * Describes the message cq.events.v1.DerivativesMetricsUpdated.
 * Use `create(DerivativesMetricsUpdatedSchema)` to create a new message.
 */
export declare const DerivativesMetricsUpdatedSchema: GenMessage<DerivativesMetricsUpdated>;
/**
 * Published by MarketData when a market's trading phase changes (an open, a halt, a close). Subject
 * and partition key: the instrument id.
 *
 * @generated from message cq.events.v1.MarketStatusChanged
 */
export type MarketStatusChanged = Message<"cq.events.v1.MarketStatusChanged"> & {
    /**
     * Required. The CQ instrument id. Example: "cq:equity:AAPL".
     *
     * @generated from field: string instrument_id = 1;
     */
    instrumentId: string;
    /**
     * Required. The CQ venue id. Example: "sim".
     *
     * @generated from field: string venue_id = 2;
     */
    venueId: string;
    /**
     * Required. The new trading phase. Example: MARKET_STATUS_HALTED.
     *
     * @generated from field: cq.markets.v1.MarketStatus status = 3;
     */
    status: MarketStatus;
    /**
     * Optional. The phase before the change; unset for the first status known. Example:
     * MARKET_STATUS_TRADING.
     *
     * @generated from field: cq.markets.v1.MarketStatus previous_status = 4;
     */
    previousStatus: MarketStatus;
    /**
     * Optional. Why, in the venue's or simulator's words. Example: "volatility halt (scenario
     * halt_aapl_0930)".
     *
     * @generated from field: string reason = 5;
     */
    reason: string;
};
/**
 * Describes the message cq.events.v1.MarketStatusChanged.
 * Use `create(MarketStatusChangedSchema)` to create a new message.
 */
export declare const MarketStatusChangedSchema: GenMessage<MarketStatusChanged>;
/**
 * Published by the VenueGateway whenever an order's status changes, with the order in its new
 * state: the state view that screens showing live order status consume. ExecutionReported carries
 * the same changes as events, fills included. Subject: the order id. Partition key: the account id.
 *
 * @generated from message cq.events.v1.OrderStatusChanged
 */
export type OrderStatusChanged = Message<"cq.events.v1.OrderStatusChanged"> & {
    /**
     * Required. The order after the change. Example: { order_id: "ord_01HZX4B2M6", status:
     * ORDER_STATUS_PARTIALLY_FILLED, cum_quantity: "0.1", leaves_quantity: "0.15", ... }.
     *
     * @generated from field: cq.venues.v1.Order order = 1;
     */
    order?: Order | undefined;
    /**
     * Required. The status before the change. Example: ORDER_STATUS_NEW.
     *
     * @generated from field: cq.venues.v1.OrderStatus previous_status = 2;
     */
    previousStatus: OrderStatus;
    /**
     * Required. The execution event that caused the change. Example: EXEC_TYPE_TRADE.
     *
     * @generated from field: cq.venues.v1.ExecType exec_type = 3;
     */
    execType: ExecType;
    /**
     * Required. The execution report that caused the change. Example: "exe_01HZX4C7RT".
     *
     * @generated from field: string exec_id = 4;
     */
    execId: string;
};
/**
 * Describes the message cq.events.v1.OrderStatusChanged.
 * Use `create(OrderStatusChangedSchema)` to create a new message.
 */
export declare const OrderStatusChangedSchema: GenMessage<OrderStatusChanged>;
/**
 * Published by the VenueGateway when it accepts a cancel request and sends it to the venue. The
 * outcome arrives as ExecutionReported (EXEC_TYPE_CANCELED) or CancelRejected. Subject: the order
 * id. Partition key: the account id.
 *
 * @generated from message cq.events.v1.OrderCancelRequested
 */
export type OrderCancelRequested = Message<"cq.events.v1.OrderCancelRequested"> & {
    /**
     * Required. The order after the request, usually in ORDER_STATUS_PENDING_CANCEL. Example: {
     * order_id: "ord_01HZX4B2M6", status: ORDER_STATUS_PENDING_CANCEL, ... }.
     *
     * @generated from field: cq.venues.v1.Order order = 1;
     */
    order?: Order | undefined;
    /**
     * Required. The CQ principal that asked: a client, or CQ itself (a HALT limit cancels open
     * orders). Example: "user:alice@cq.example", "service:risk-engine".
     *
     * @generated from field: string requested_by = 2;
     */
    requestedBy: string;
};
/**
 * Describes the message cq.events.v1.OrderCancelRequested.
 * Use `create(OrderCancelRequestedSchema)` to create a new message.
 */
export declare const OrderCancelRequestedSchema: GenMessage<OrderCancelRequested>;
/**
 * Published by the VenueGateway when it accepts a cancel/replace and sends it to the venue. The
 * outcome arrives as ExecutionReported (EXEC_TYPE_REPLACED) or CancelRejected. Subject: the order
 * id. Partition key: the account id.
 *
 * @generated from message cq.events.v1.OrderReplaceRequested
 */
export type OrderReplaceRequested = Message<"cq.events.v1.OrderReplaceRequested"> & {
    /**
     * Required. The order after the request, in ORDER_STATUS_PENDING_REPLACE and still on its old
     * terms. Example: { order_id: "ord_01HZX4B2M6", status: ORDER_STATUS_PENDING_REPLACE, ... }.
     *
     * @generated from field: cq.venues.v1.Order order = 1;
     */
    order?: Order | undefined;
    /**
     * Required. The client_order_id the order had before (FIX OrigClOrdID). Example:
     * "mm-btc-20261101-000042".
     *
     * @generated from field: string orig_client_order_id = 2;
     */
    origClientOrderId: string;
    /**
     * Required. The client_order_id the order carries once replaced (FIX ClOrdID); differs from
     * orig_client_order_id. Example:
     * "mm-btc-20261101-000043".
     *
     * @generated from field: string client_order_id = 3;
     */
    clientOrderId: string;
    /**
     * Optional. The new total quantity; unset keeps the current one. Example: "0.3".
     *
     * @generated from field: cq.types.v1.Decimal quantity = 4;
     */
    quantity?: Decimal | undefined;
    /**
     * Optional. The new limit price; unset keeps the current one. Example: "67200".
     *
     * @generated from field: cq.types.v1.Decimal limit_price = 5;
     */
    limitPrice?: Decimal | undefined;
    /**
     * Optional. The new trigger price; unset keeps the current one. Example: "64800".
     *
     * @generated from field: cq.types.v1.Decimal stop_price = 6;
     */
    stopPrice?: Decimal | undefined;
    /**
     * Optional. The new expiry of a GTD order, in UTC; unset keeps the current one. Example:
     * 2026-11-03T16:00:00Z.
     *
     * @generated from field: google.protobuf.Timestamp expire_time = 7;
     */
    expireTime?: Timestamp | undefined;
    /**
     * Required. The CQ principal that asked. Example: "user:alice@cq.example".
     *
     * @generated from field: string requested_by = 8;
     */
    requestedBy: string;
};
/**
 * Describes the message cq.events.v1.OrderReplaceRequested.
 * Use `create(OrderReplaceRequestedSchema)` to create a new message.
 */
export declare const OrderReplaceRequestedSchema: GenMessage<OrderReplaceRequested>;
/**
 * Published by the VenueGateway when a venue rejects a cancel or cancel/replace after CQ accepted
 * it; the order keeps working on its previous terms. Subject: the order id. Partition key: the
 * account id.
 *
 * @generated from message cq.events.v1.CancelRejected
 */
export type CancelRejected = Message<"cq.events.v1.CancelRejected"> & {
    /**
     * Required. The reject. Example: { cancel_reject_id: "cxr_01HZX4D1WQ", reason:
     * CANCEL_REJECT_REASON_TOO_LATE, ... }.
     *
     * @generated from field: cq.venues.v1.CancelReject cancel_reject = 1;
     */
    cancelReject?: CancelReject | undefined;
};
/**
 * Describes the message cq.events.v1.CancelRejected.
 * Use `create(CancelRejectedSchema)` to create a new message.
 */
export declare const CancelRejectedSchema: GenMessage<CancelRejected>;
/**
 * Published by the VenueGateway when a balance of an account changes (a fill, a fee, a deposit, a
 * withdrawal, a transfer, funding, interest, or a venue-reported correction). Subject: the asset
 * id. Partition key: the account id.
 *
 * @generated from message cq.events.v1.BalanceChanged
 */
export type BalanceChanged = Message<"cq.events.v1.BalanceChanged"> & {
    /**
     * Optional. The balance just before the change; unset for an asset the account did not hold.
     * Example: { account_id: "acc_01HZX3K9Q7", asset_id: "USD", total: "25000", ... }.
     *
     * @generated from field: cq.venues.v1.Balance before = 1;
     */
    before?: Balance | undefined;
    /**
     * Required. The balance just after the change. Example: { account_id: "acc_01HZX3K9Q7",
     * asset_id: "USD", total: "24999.16", ... }.
     *
     * @generated from field: cq.venues.v1.Balance after = 2;
     */
    after?: Balance | undefined;
    /**
     * Optional. The ledger entry (cq.portfolio.v1.Transaction) behind the change; empty when the venue
     * reported a new balance without an entry. Example: "txn_01HZX4C8AB".
     *
     * @generated from field: string transaction_id = 3;
     */
    transactionId: string;
};
/**
 * Describes the message cq.events.v1.BalanceChanged.
 * Use `create(BalanceChangedSchema)` to create a new message.
 */
export declare const BalanceChangedSchema: GenMessage<BalanceChanged>;
/**
 * Published by the Portfolio service each time it stores a portfolio snapshot, with the risk of the
 * portfolio's accounts at the same valuation time: the per-user snapshot a portfolio screen shows
 * (NAV, cash, PnL, delta by underlier, DV01 by bucket). Subject: the portfolio id. Partition key:
 * the portfolio id.
 *
 * @generated from message cq.events.v1.PortfolioSnapshotTaken
 */
export type PortfolioSnapshotTaken = Message<"cq.events.v1.PortfolioSnapshotTaken"> & {
    /**
     * Required. The snapshot. Example: { portfolio_id: "pf_01HZX2R8D3", nav: { value: "184230.55",
     * asset_id: "USD" }, ... }.
     *
     * @generated from field: cq.portfolio.v1.PortfolioSnapshot snapshot = 1;
     */
    snapshot?: PortfolioSnapshot | undefined;
    /**
     * Optional. The risk snapshot of each of the portfolio's accounts valued at the snapshot's
     * valuation_time; empty when the publisher does not compute risk. Example: [{ account_id:
     * "acc_01HZX3K9Q7", sensitivities: [...], total_dv01: -1530.4, ... }].
     *
     * @generated from field: repeated cq.risk.v1.RiskSnapshot risk_snapshots = 2;
     */
    riskSnapshots: RiskSnapshot[];
};
/**
 * Describes the message cq.events.v1.PortfolioSnapshotTaken.
 * Use `create(PortfolioSnapshotTakenSchema)` to create a new message.
 */
export declare const PortfolioSnapshotTakenSchema: GenMessage<PortfolioSnapshotTaken>;
/**
 * Published by the Portfolio service for every ledger entry it books. Subject: the transaction id.
 * Partition key: the account id.
 *
 * @generated from message cq.events.v1.TransactionBooked
 */
export type TransactionBooked = Message<"cq.events.v1.TransactionBooked"> & {
    /**
     * Required. The entry. Example: { transaction_id: "txn_01HZX4C8AB", type: TRANSACTION_TYPE_FEE,
     * amount: { value: "-0.84", asset_id: "USD" }, ... }.
     *
     * @generated from field: cq.portfolio.v1.Transaction transaction = 1;
     */
    transaction?: Transaction | undefined;
};
/**
 * Describes the message cq.events.v1.TransactionBooked.
 * Use `create(TransactionBookedSchema)` to create a new message.
 */
export declare const TransactionBookedSchema: GenMessage<TransactionBooked>;
/**
 * Published by the Portfolio service for every perpetual funding settlement of a position.
 * Subject: the instrument id. Partition key: the account id.
 *
 * @generated from message cq.events.v1.FundingPaymentBooked
 */
export type FundingPaymentBooked = Message<"cq.events.v1.FundingPaymentBooked"> & {
    /**
     * Required. The payment. Example: { instrument_id: "cq:perp:BTC-USD", funding_rate: "0.0001",
     * amount: { value: "3.21", asset_id: "USDT" }, ... }.
     *
     * @generated from field: cq.portfolio.v1.FundingPayment funding_payment = 1;
     */
    fundingPayment?: FundingPayment | undefined;
};
/**
 * Describes the message cq.events.v1.FundingPaymentBooked.
 * Use `create(FundingPaymentBookedSchema)` to create a new message.
 */
export declare const FundingPaymentBookedSchema: GenMessage<FundingPaymentBooked>;
/**
 * Published by the Portfolio service when it records an allocation from research. Subject: the
 * allocation id. Partition key: the portfolio id.
 *
 * @generated from message cq.events.v1.AllocationCreated
 */
export type AllocationCreated = Message<"cq.events.v1.AllocationCreated"> & {
    /**
     * Required. The allocation. Example: { allocation_id: "alloc_01HZX5F0P2", strategy_id:
     * "fund-selection", targets: [...], ... }.
     *
     * @generated from field: cq.portfolio.v1.Allocation allocation = 1;
     */
    allocation?: Allocation | undefined;
};
/**
 * Describes the message cq.events.v1.AllocationCreated.
 * Use `create(AllocationCreatedSchema)` to create a new message.
 */
export declare const AllocationCreatedSchema: GenMessage<AllocationCreated>;
/**
 * Published by a research run when it selects a universe. Subject: the universe id. Partition key:
 * the universe id.
 *
 * @generated from message cq.events.v1.UniverseSelected
 */
export type UniverseSelected = Message<"cq.events.v1.UniverseSelected"> & {
    /**
     * Required. The universe. Example: { universe_id: "univ_20261101_funds", members: [...], ... }.
     *
     * @generated from field: cq.portfolio.v1.Universe universe = 1;
     */
    universe?: Universe | undefined;
};
/**
 * Describes the message cq.events.v1.UniverseSelected.
 * Use `create(UniverseSelectedSchema)` to create a new message.
 */
export declare const UniverseSelectedSchema: GenMessage<UniverseSelected>;
/**
 * Published by a research run when it computes scores and rankings. Subject: the score set id.
 * Partition key: the universe id, or the score set id without one.
 *
 * @generated from message cq.events.v1.ScoresComputed
 */
export type ScoresComputed = Message<"cq.events.v1.ScoresComputed"> & {
    /**
     * Required. The scores. Example: { score_set_id: "scores_20261101_funds", scores: [...], ... }.
     *
     * @generated from field: cq.portfolio.v1.ScoreSet score_set = 1;
     */
    scoreSet?: ScoreSet | undefined;
};
/**
 * Describes the message cq.events.v1.ScoresComputed.
 * Use `create(ScoresComputedSchema)` to create a new message.
 */
export declare const ScoresComputedSchema: GenMessage<ScoresComputed>;
/**
 * Published by the trading bridge when it turns an allocation into a rebalance plan, before any
 * order is placed. Subject: the plan id. Partition key: the portfolio id.
 *
 * @generated from message cq.events.v1.RebalancePlanned
 */
export type RebalancePlanned = Message<"cq.events.v1.RebalancePlanned"> & {
    /**
     * Required. The plan with its targets, orders and orders_digest. Example: { plan_id:
     * "plan_20261101_0001", orders_digest: "9f2c4be1...", approval_required: true, ... }.
     *
     * @generated from field: cq.portfolio.v1.RebalancePlan plan = 1;
     */
    plan?: RebalancePlan | undefined;
};
/**
 * Describes the message cq.events.v1.RebalancePlanned.
 * Use `create(RebalancePlannedSchema)` to create a new message.
 */
export declare const RebalancePlannedSchema: GenMessage<RebalancePlanned>;
/**
 * Published when a human approves or rejects a rebalance plan's orders. Subject: the plan id.
 * Partition key: the portfolio id.
 *
 * @generated from message cq.events.v1.OrderApprovalDecided
 */
export type OrderApprovalDecided = Message<"cq.events.v1.OrderApprovalDecided"> & {
    /**
     * Required. The decision, naming the orders by digest. Example: { approval_id: "apr_01HZXB3C7D",
     * plan_id: "plan_20261101_0001", decision: APPROVAL_DECISION_APPROVED, ... }.
     *
     * @generated from field: cq.portfolio.v1.OrderApproval approval = 1;
     */
    approval?: OrderApproval | undefined;
};
/**
 * Describes the message cq.events.v1.OrderApprovalDecided.
 * Use `create(OrderApprovalDecidedSchema)` to create a new message.
 */
export declare const OrderApprovalDecidedSchema: GenMessage<OrderApprovalDecided>;
/**
 * Published by the RiskEngine when a limit's status changes: a warning level crossed, a breach, or a
 * return within bounds. Subject: the limit id. Partition key: the account id of the limit's scope,
 * or the limit id for a default limit.
 *
 * @generated from message cq.events.v1.LimitStatusChanged
 */
export type LimitStatusChanged = Message<"cq.events.v1.LimitStatusChanged"> & {
    /**
     * Required. The limit after the change, with current_value, utilisation and the new status.
     * Example: { limit_id: "lim_01HZX5R2TA", status: LIMIT_STATUS_BREACHED, utilisation: 1.0625, ...
     * }.
     *
     * @generated from field: cq.risk.v1.Limit limit = 1;
     */
    limit?: Limit | undefined;
    /**
     * Required. The status before the change. Example: LIMIT_STATUS_WARNING.
     *
     * @generated from field: cq.risk.v1.LimitStatus previous_status = 2;
     */
    previousStatus: LimitStatus;
    /**
     * Optional. The account the measured value belongs to, for a default limit measured per account.
     * Example: "acc_01HZX3K9Q7".
     *
     * @generated from field: string account_id = 3;
     */
    accountId: string;
    /**
     * Optional. The alert raised with the change (cq.risk.v1.Alert.alert_id); empty when none was.
     * Example: "alr_01JC2ZKA3P".
     *
     * @generated from field: string alert_id = 4;
     */
    alertId: string;
};
/**
 * Describes the message cq.events.v1.LimitStatusChanged.
 * Use `create(LimitStatusChangedSchema)` to create a new message.
 */
export declare const LimitStatusChangedSchema: GenMessage<LimitStatusChanged>;
/**
 * Published by the RiskEngine for every pre-trade check it makes, approved or rejected, for the
 * audit trail. Subject: the check id. Partition key: the account id.
 *
 * @generated from message cq.events.v1.OrderChecked
 */
export type OrderChecked = Message<"cq.events.v1.OrderChecked"> & {
    /**
     * Required. The order as checked. Example: { account_id: "acc_01HZX3K9Q7", instrument_id:
     * "cq:perp:BTC-USD", side: SIDE_BUY, quantity: "0.5", ... }.
     *
     * @generated from field: cq.venues.v1.Order order = 1;
     */
    order?: Order | undefined;
    /**
     * Required. The verdict and every limit checked. Example: { check_id: "chk_01JC2ZK8W6", decision:
     * CHECK_DECISION_APPROVE, ... }.
     *
     * @generated from field: cq.risk.v1.PreTradeCheckResult result = 2;
     */
    result?: PreTradeCheckResult | undefined;
};
/**
 * Describes the message cq.events.v1.OrderChecked.
 * Use `create(OrderCheckedSchema)` to create a new message.
 */
export declare const OrderCheckedSchema: GenMessage<OrderChecked>;
/**
 * What changed a position.
 *
 * @generated from enum cq.events.v1.PositionChangeCause
 */
export declare enum PositionChangeCause {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: POSITION_CHANGE_CAUSE_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * A fill of one of the account's orders; exec_id and order_id are set.
     *
     * @generated from enum value: POSITION_CHANGE_CAUSE_TRADE = 1;
     */
    TRADE = 1,
    /**
     * The venue liquidated all or part of the position; exec_id is set when the venue reports a fill.
     *
     * @generated from enum value: POSITION_CHANGE_CAUSE_LIQUIDATION = 2;
     */
    LIQUIDATION = 2,
    /**
     * A future or option reached expiry and was settled, closing the position.
     *
     * @generated from enum value: POSITION_CHANGE_CAUSE_EXPIRY = 3;
     */
    EXPIRY = 3,
    /**
     * An option was exercised or assigned, closing the option and changing the underlier position.
     *
     * @generated from enum value: POSITION_CHANGE_CAUSE_EXERCISE = 4;
     */
    EXERCISE = 4,
    /**
     * The position moved to or from another CQ account.
     *
     * @generated from enum value: POSITION_CHANGE_CAUSE_TRANSFER = 5;
     */
    TRANSFER = 5,
    /**
     * A corporate action (split, merger, spin-off, token migration) changed quantity or cost.
     *
     * @generated from enum value: POSITION_CHANGE_CAUSE_CORPORATE_ACTION = 6;
     */
    CORPORATE_ACTION = 6,
    /**
     * A manual or reconciliation correction by an operator or the venue.
     *
     * @generated from enum value: POSITION_CHANGE_CAUSE_ADJUSTMENT = 7;
     */
    ADJUSTMENT = 7
}
/**
 * Describes the enum cq.events.v1.PositionChangeCause.
 */
export declare const PositionChangeCauseSchema: GenEnum<PositionChangeCause>;
