import type { GenFile, GenMessage, GenService } from "@bufbuild/protobuf/codegenv2";
import type { Alert, AlertSeverity, AlertType, Limit, LimitStatus, LimitType, PreTradeCheckResult, RiskSnapshot, StressScenario, StressTestResult } from "./resources_pb.js";
import type { Decimal } from "../../types/v1/decimal_pb.js";
import type { Order } from "../../venues/v1/resources_pb.js";
import type { Duration, FieldMask, Timestamp } from "@bufbuild/protobuf/wkt";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file cq/risk/v1/service.proto.
 */
export declare const file_cq_risk_v1_service: GenFile;
/**
 * Request for RiskEngineService.GetRiskSnapshot.
 *
 * @generated from message cq.risk.v1.GetRiskSnapshotRequest
 */
export type GetRiskSnapshotRequest = Message<"cq.risk.v1.GetRiskSnapshotRequest"> & {
    /**
     * Required. The account to describe. Opaque, at most 64 characters. Example: "acc_01HZX3K9Q7".
     *
     * @generated from field: string account_id = 1;
     */
    accountId: string;
    /**
     * Optional. The canonical asset id to express every amount in. Unset means the account's base
     * currency. Example: "USD".
     *
     * @generated from field: string currency_asset_id = 2;
     */
    currencyAssetId: string;
    /**
     * Optional. The oldest snapshot acceptable, not negative; an older one is recomputed before
     * returning. Unset means the engine's default of 5 seconds; 0s forces a recomputation. Example: 1s.
     *
     * @generated from field: google.protobuf.Duration max_age = 3;
     */
    maxAge?: Duration | undefined;
};
/**
 * Describes the message cq.risk.v1.GetRiskSnapshotRequest.
 * Use `create(GetRiskSnapshotRequestSchema)` to create a new message.
 */
export declare const GetRiskSnapshotRequestSchema: GenMessage<GetRiskSnapshotRequest>;
/**
 * Response for RiskEngineService.GetRiskSnapshot.
 *
 * @generated from message cq.risk.v1.GetRiskSnapshotResponse
 */
export type GetRiskSnapshotResponse = Message<"cq.risk.v1.GetRiskSnapshotResponse"> & {
    /**
     * Output only. The account's risk snapshot. Example: { account_id: "acc_01HZX3K9Q7",
     * currency_asset_id: "USD", ... }.
     *
     * @generated from field: cq.risk.v1.RiskSnapshot snapshot = 1;
     */
    snapshot?: RiskSnapshot | undefined;
};
/**
 * Describes the message cq.risk.v1.GetRiskSnapshotResponse.
 * Use `create(GetRiskSnapshotResponseSchema)` to create a new message.
 */
export declare const GetRiskSnapshotResponseSchema: GenMessage<GetRiskSnapshotResponse>;
/**
 * Request for RiskEngineService.CheckOrder.
 *
 * @generated from message cq.risk.v1.CheckOrderRequest
 */
export type CheckOrderRequest = Message<"cq.risk.v1.CheckOrderRequest"> & {
    /**
     * Required. The proposed order, as it would be placed. account_id, instrument_id, side, type and
     * quantity are required, and limit_price for limit orders; order_id may be empty since the order
     * does not exist yet, and client_order_id is recorded with the check when set. Example: {
     * account_id: "acc_01HZX3K9Q7", instrument_id: "cq:perp:BTC-USD", side: SIDE_BUY, type:
     * ORDER_TYPE_LIMIT, limit_price: "65000", quantity: "0.5" }.
     *
     * @generated from field: cq.venues.v1.Order order = 1;
     */
    order?: Order | undefined;
    /**
     * Optional. The price to value a market order at, for example the caller's expected fill price;
     * positive. Unset means the engine uses the instrument's current mark price; ignored for orders
     * with a limit price. Example: "65010.5".
     *
     * @generated from field: cq.types.v1.Decimal reference_price = 2;
     */
    referencePrice?: Decimal | undefined;
};
/**
 * Describes the message cq.risk.v1.CheckOrderRequest.
 * Use `create(CheckOrderRequestSchema)` to create a new message.
 */
export declare const CheckOrderRequestSchema: GenMessage<CheckOrderRequest>;
/**
 * Response for RiskEngineService.CheckOrder.
 *
 * @generated from message cq.risk.v1.CheckOrderResponse
 */
export type CheckOrderResponse = Message<"cq.risk.v1.CheckOrderResponse"> & {
    /**
     * Output only. The decision and the result of every limit checked. Example: { check_id:
     * "chk_01JC2ZK8W6", decision: CHECK_DECISION_APPROVE, ... }.
     *
     * @generated from field: cq.risk.v1.PreTradeCheckResult result = 1;
     */
    result?: PreTradeCheckResult | undefined;
};
/**
 * Describes the message cq.risk.v1.CheckOrderResponse.
 * Use `create(CheckOrderResponseSchema)` to create a new message.
 */
export declare const CheckOrderResponseSchema: GenMessage<CheckOrderResponse>;
/**
 * Request for RiskEngineService.ListLimits.
 *
 * @generated from message cq.risk.v1.ListLimitsRequest
 */
export type ListLimitsRequest = Message<"cq.risk.v1.ListLimitsRequest"> & {
    /**
     * Optional. Only limits that apply to this account: those scoped to it and the default limits
     * with an empty scope.account_id, whose current values are then measured for this account. Unset
     * means every limit the caller may read. Example: "acc_01HZX3K9Q7".
     *
     * @generated from field: string account_id = 1;
     */
    accountId: string;
    /**
     * Optional. Only limits of these types, each a defined value other than LIMIT_TYPE_UNSPECIFIED.
     * Empty means every type. Example: [LIMIT_TYPE_GROSS_EXPOSURE, LIMIT_TYPE_LEVERAGE].
     *
     * @generated from field: repeated cq.risk.v1.LimitType types = 2;
     */
    types: LimitType[];
    /**
     * Optional. Only limits in these statuses, each a defined value other than
     * LIMIT_STATUS_UNSPECIFIED, for example to list breaches. Empty means every status.
     * Example: [LIMIT_STATUS_BREACHED].
     *
     * @generated from field: repeated cq.risk.v1.LimitStatus statuses = 3;
     */
    statuses: LimitStatus[];
    /**
     * Optional. Whether to include disabled limits. Default false. Example: true.
     *
     * @generated from field: bool include_disabled = 4;
     */
    includeDisabled: boolean;
    /**
     * Optional. The maximum number of limits to return. The server may return fewer. Unset or 0 means
     * a default of 100; values above 1000 return INVALID_ARGUMENT. Example: 50.
     *
     * @generated from field: int32 page_size = 5;
     */
    pageSize: number;
    /**
     * Optional. A page token from a previous List call's next_page_token, to fetch the next page. All
     * other request fields must match the call that produced the token. Example: "CgZsaW1fMDEQMg".
     *
     * @generated from field: string page_token = 6;
     */
    pageToken: string;
};
/**
 * Describes the message cq.risk.v1.ListLimitsRequest.
 * Use `create(ListLimitsRequestSchema)` to create a new message.
 */
export declare const ListLimitsRequestSchema: GenMessage<ListLimitsRequest>;
/**
 * Response for RiskEngineService.ListLimits.
 *
 * @generated from message cq.risk.v1.ListLimitsResponse
 */
export type ListLimitsResponse = Message<"cq.risk.v1.ListLimitsResponse"> & {
    /**
     * Output only. The limits on this page, ordered by limit_id. Example: [{ limit_id:
     * "lim_01HZX5R2TA", type: LIMIT_TYPE_GROSS_EXPOSURE, ... }].
     *
     * @generated from field: repeated cq.risk.v1.Limit limits = 1;
     */
    limits: Limit[];
    /**
     * Output only. A token for the next page, or empty when this is the last page. Example:
     * "CgZsaW1fMDEQMg".
     *
     * @generated from field: string next_page_token = 2;
     */
    nextPageToken: string;
};
/**
 * Describes the message cq.risk.v1.ListLimitsResponse.
 * Use `create(ListLimitsResponseSchema)` to create a new message.
 */
export declare const ListLimitsResponseSchema: GenMessage<ListLimitsResponse>;
/**
 * Request for RiskEngineService.UpdateLimit.
 *
 * @generated from message cq.risk.v1.UpdateLimitRequest
 */
export type UpdateLimitRequest = Message<"cq.risk.v1.UpdateLimitRequest"> & {
    /**
     * Required. The limit with its limit_id and the new values of the fields named in update_mask. If
     * etag is set it must match the stored limit's etag. Example: { limit_id: "lim_01HZX5R2TA",
     * threshold: "2500000" }.
     *
     * @generated from field: cq.risk.v1.Limit limit = 1;
     */
    limit?: Limit | undefined;
    /**
     * Required. The fields to update, named as in Limit. Updatable: display_name, description,
     * threshold, currency_asset_id, warning_levels, action, enabled, window. "*" replaces all of
     * them. Example: "threshold,warning_levels".
     *
     * @generated from field: google.protobuf.FieldMask update_mask = 2;
     */
    updateMask?: FieldMask | undefined;
    /**
     * Required. A client-chosen UUID making the update idempotent (AIP-155): a retry with the same id
     * returns the first result and changes nothing twice. Example:
     * "0c6f1e2a-4c1b-4f3e-9a57-2d1c8e0b7f41".
     *
     * @generated from field: string request_id = 3;
     */
    requestId: string;
};
/**
 * Describes the message cq.risk.v1.UpdateLimitRequest.
 * Use `create(UpdateLimitRequestSchema)` to create a new message.
 */
export declare const UpdateLimitRequestSchema: GenMessage<UpdateLimitRequest>;
/**
 * Response for RiskEngineService.UpdateLimit.
 *
 * @generated from message cq.risk.v1.UpdateLimitResponse
 */
export type UpdateLimitResponse = Message<"cq.risk.v1.UpdateLimitResponse"> & {
    /**
     * Output only. The limit after the update, with a new etag and update_time. Example: { limit_id:
     * "lim_01HZX5R2TA", threshold: "2500000", etag: "W/\"8\"", ... }.
     *
     * @generated from field: cq.risk.v1.Limit limit = 1;
     */
    limit?: Limit | undefined;
};
/**
 * Describes the message cq.risk.v1.UpdateLimitResponse.
 * Use `create(UpdateLimitResponseSchema)` to create a new message.
 */
export declare const UpdateLimitResponseSchema: GenMessage<UpdateLimitResponse>;
/**
 * Request for RiskEngineService.RunStressTest.
 *
 * @generated from message cq.risk.v1.RunStressTestRequest
 */
export type RunStressTestRequest = Message<"cq.risk.v1.RunStressTestRequest"> & {
    /**
     * Required. The account whose current positions are revalued, at most 64 characters.
     * Example: "acc_01HZX3K9Q7".
     *
     * @generated from field: string account_id = 1;
     */
    accountId: string;
    /**
     * Required. The scenario to run: exactly one of a stored scenario or inline shocks.
     *
     * @generated from oneof cq.risk.v1.RunStressTestRequest.scenario_source
     */
    scenarioSource: {
        /**
         * Optional. The id of a scenario stored in the engine, at most 64 characters.
         * Example: "rates_up_100bp".
         *
         * @generated from field: string scenario_id = 2;
         */
        value: string;
        case: "scenarioId";
    } | {
        /**
         * Optional. An ad-hoc scenario given inline; its scenario_id must be empty. Example: { shocks:
         * [{ factor: { type: RISK_FACTOR_TYPE_CRYPTO_PRICE }, type: SHOCK_TYPE_RELATIVE, size: "-0.3"
         * }] }.
         *
         * @generated from field: cq.risk.v1.StressScenario scenario = 3;
         */
        value: StressScenario;
        case: "scenario";
    } | {
        case: undefined;
        value?: undefined;
    };
    /**
     * Optional. The canonical asset id to express P&L in. Unset means the account's base currency.
     * Example: "USD".
     *
     * @generated from field: string currency_asset_id = 4;
     */
    currencyAssetId: string;
};
/**
 * Describes the message cq.risk.v1.RunStressTestRequest.
 * Use `create(RunStressTestRequestSchema)` to create a new message.
 */
export declare const RunStressTestRequestSchema: GenMessage<RunStressTestRequest>;
/**
 * Response for RiskEngineService.RunStressTest.
 *
 * @generated from message cq.risk.v1.RunStressTestResponse
 */
export type RunStressTestResponse = Message<"cq.risk.v1.RunStressTestResponse"> & {
    /**
     * Output only. The P&L impact of the scenario. Example: { scenario_id: "rates_up_100bp",
     * total_pnl: { value: "-212480.3", asset_id: "USD" }, ... }.
     *
     * @generated from field: cq.risk.v1.StressTestResult result = 1;
     */
    result?: StressTestResult | undefined;
};
/**
 * Describes the message cq.risk.v1.RunStressTestResponse.
 * Use `create(RunStressTestResponseSchema)` to create a new message.
 */
export declare const RunStressTestResponseSchema: GenMessage<RunStressTestResponse>;
/**
 * Request for RiskEngineService.StreamAlerts.
 *
 * @generated from message cq.risk.v1.StreamAlertsRequest
 */
export type StreamAlertsRequest = Message<"cq.risk.v1.StreamAlertsRequest"> & {
    /**
     * Optional. Only alerts for this account, at most 64 characters. Unset means every account the
     * caller may read. Example: "acc_01HZX3K9Q7".
     *
     * @generated from field: string account_id = 1;
     */
    accountId: string;
    /**
     * Optional. Only alerts at or above this severity. Unset means every severity. Example:
     * ALERT_SEVERITY_WARNING.
     *
     * @generated from field: cq.risk.v1.AlertSeverity min_severity = 2;
     */
    minSeverity: AlertSeverity;
    /**
     * Optional. Only alerts of these types, each a defined value other than ALERT_TYPE_UNSPECIFIED.
     * Empty means every type. Example: [ALERT_TYPE_LIMIT_BREACHED, ALERT_TYPE_TRADING_HALTED].
     *
     * @generated from field: repeated cq.risk.v1.AlertType types = 3;
     */
    types: AlertType[];
    /**
     * Optional. Replay retained alerts created at or after this instant before streaming live ones,
     * in create_time order. Unset means live alerts only. Example: 2026-11-03T14:00:00Z.
     *
     * @generated from field: google.protobuf.Timestamp start_time = 4;
     */
    startTime?: Timestamp | undefined;
};
/**
 * Describes the message cq.risk.v1.StreamAlertsRequest.
 * Use `create(StreamAlertsRequestSchema)` to create a new message.
 */
export declare const StreamAlertsRequestSchema: GenMessage<StreamAlertsRequest>;
/**
 * Response for RiskEngineService.StreamAlerts: one message per alert.
 *
 * @generated from message cq.risk.v1.StreamAlertsResponse
 */
export type StreamAlertsResponse = Message<"cq.risk.v1.StreamAlertsResponse"> & {
    /**
     * Output only. The alert raised. Example: { alert_id: "alr_01JC2ZKA3P", type:
     * ALERT_TYPE_LIMIT_WARNING, ... }.
     *
     * @generated from field: cq.risk.v1.Alert alert = 1;
     */
    alert?: Alert | undefined;
};
/**
 * Describes the message cq.risk.v1.StreamAlertsResponse.
 * Use `create(StreamAlertsResponseSchema)` to create a new message.
 */
export declare const StreamAlertsResponseSchema: GenMessage<StreamAlertsResponse>;
/**
 * The RiskEngine: measures each account's risk, checks orders against limits before they reach a
 * venue, runs stress tests and streams alerts.
 *
 * Every call is scoped by the caller's credentials: a caller sees and checks only the accounts it
 * may trade, and only risk managers may change limits. An account the caller may not read gets
 * PERMISSION_DENIED whether or not it exists.
 *
 * @generated from service cq.risk.v1.RiskEngineService
 */
export declare const RiskEngineService: GenService<{
    /**
     * Returns the latest risk snapshot of an account: exposures, sensitivities, concentration, VaR
     * and day P&L. The engine recomputes the snapshot first when the latest one is older than
     * max_age. Returns INVALID_ARGUMENT if account_id is empty or currency_asset_id is not a known
     * asset, PERMISSION_DENIED if the caller may not read the account, NOT_FOUND if the account does
     * not exist, and UNAVAILABLE if no snapshot fresh enough can be computed (for example while
     * market data is down); the client may retry with backoff.
     *
     * @generated from rpc cq.risk.v1.RiskEngineService.GetRiskSnapshot
     */
    getRiskSnapshot: {
        methodKind: "unary";
        input: typeof GetRiskSnapshotRequestSchema;
        output: typeof GetRiskSnapshotResponseSchema;
    };
    /**
     * Checks a proposed order against every enabled limit whose scope covers it, without placing it
     * or reserving capacity. A rejection is a successful call with decision REJECT, not an error.
     * Callers must fail closed: any error, including DEADLINE_EXCEEDED and UNAVAILABLE, means the
     * order must not be sent. Returns INVALID_ARGUMENT if the order lacks account_id, instrument_id,
     * side, type or a positive quantity, or lacks a limit_price or stop_price its type requires;
     * PERMISSION_DENIED if the caller may not trade the account; NOT_FOUND if the account or
     * instrument does not exist.
     *
     * @generated from rpc cq.risk.v1.RiskEngineService.CheckOrder
     */
    checkOrder: {
        methodKind: "unary";
        input: typeof CheckOrderRequestSchema;
        output: typeof CheckOrderResponseSchema;
    };
    /**
     * Lists the limits that apply to the caller's accounts (or, for risk managers, to any account),
     * with their current value, utilisation and status, ordered by limit_id. Returns INVALID_ARGUMENT
     * if page_size is negative or above 1000 or page_token is malformed or does not match the other
     * request fields, PERMISSION_DENIED if account_id names an account the caller may not read.
     *
     * @generated from rpc cq.risk.v1.RiskEngineService.ListLimits
     */
    listLimits: {
        methodKind: "unary";
        input: typeof ListLimitsRequestSchema;
        output: typeof ListLimitsResponseSchema;
    };
    /**
     * Updates the fields of a limit named in update_mask; the change applies from the next check. A
     * halt caused by a HALT limit lifts once an update leaves the limit within its threshold or
     * disables it. Lowering a threshold below the current value marks the limit breached and raises
     * an alert, but never closes positions. Returns INVALID_ARGUMENT if limit_id or update_mask is
     * empty, the mask names an output only, unknown or immutable field (type, scope), or the new
     * values are invalid (negative threshold, warning levels outside (0, 1), missing currency for an
     * amount type); PERMISSION_DENIED if the caller is not a risk manager for the limit's scope;
     * NOT_FOUND if the limit does not exist; ABORTED if etag is set and no longer matches. A retry
     * with the same request_id returns the first result and changes nothing twice.
     *
     * @generated from rpc cq.risk.v1.RiskEngineService.UpdateLimit
     */
    updateLimit: {
        methodKind: "unary";
        input: typeof UpdateLimitRequestSchema;
        output: typeof UpdateLimitResponseSchema;
    };
    /**
     * Revalues an account's current positions under a stored scenario or inline shocks and returns
     * the P&L impact. Read-only: nothing is stored and no limit acts on the result. Returns
     * INVALID_ARGUMENT if account_id is empty, neither or both of scenario_id and scenario are set,
     * or a shock is malformed (no factor type, empty size, tenors on a factor without a term
     * structure); PERMISSION_DENIED if the caller may not read the account; NOT_FOUND if the account
     * or scenario_id does not exist; UNAVAILABLE if market data needed for the base valuation is
     * missing.
     *
     * @generated from rpc cq.risk.v1.RiskEngineService.RunStressTest
     */
    runStressTest: {
        methodKind: "unary";
        input: typeof RunStressTestRequestSchema;
        output: typeof RunStressTestResponseSchema;
    };
    /**
     * Streams risk alerts as the engine raises them, optionally replaying retained alerts first. The
     * stream stays open until the client cancels it; when the server shuts down it ends the stream
     * with UNAVAILABLE, and the client resumes by reconnecting with start_time set to the create_time
     * of the last alert it saw, dropping repeats by alert_id. Returns INVALID_ARGUMENT for an unknown
     * filter value, PERMISSION_DENIED if account_id names an account the caller may not read,
     * NOT_FOUND if that account does not exist, and OUT_OF_RANGE if start_time is older than the
     * retention period (24 hours).
     *
     * @generated from rpc cq.risk.v1.RiskEngineService.StreamAlerts
     */
    streamAlerts: {
        methodKind: "server_streaming";
        input: typeof StreamAlertsRequestSchema;
        output: typeof StreamAlertsResponseSchema;
    };
}>;
