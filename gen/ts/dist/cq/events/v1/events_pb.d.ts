import type { GenEnum, GenFile, GenMessage } from "@bufbuild/protobuf/codegenv2";
import type { Asset } from "../../assets/v1/resources_pb.js";
import type { Price } from "../../markets/v1/resources_pb.js";
import type { Position } from "../../portfolio/v1/resources_pb.js";
import type { Alert } from "../../risk/v1/resources_pb.js";
import type { Decimal } from "../../types/v1/decimal_pb.js";
import type { ExecutionReport, Order } from "../../venues/v1/resources_pb.js";
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
