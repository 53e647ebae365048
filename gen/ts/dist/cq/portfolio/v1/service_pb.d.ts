import type { GenFile, GenMessage, GenService } from "@bufbuild/protobuf/codegenv2";
import type { PerformanceReport } from "./performance_pb.js";
import type { Allocation, Exposure, Pnl, Portfolio, PortfolioSnapshot, Position, Transaction, TransactionType } from "./resources_pb.js";
import type { Decimal } from "../../types/v1/decimal_pb.js";
import type { TimeRange } from "../../types/v1/time_range_pb.js";
import type { Duration, Timestamp } from "@bufbuild/protobuf/wkt";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file cq/portfolio/v1/service.proto.
 */
export declare const file_cq_portfolio_v1_service: GenFile;
/**
 * The request of GetPortfolio.
 *
 * @generated from message cq.portfolio.v1.GetPortfolioRequest
 */
export type GetPortfolioRequest = Message<"cq.portfolio.v1.GetPortfolioRequest"> & {
    /**
     * Required. The CQ portfolio id. Example: "pf_01HZX2R8D3".
     *
     * @generated from field: string portfolio_id = 1;
     */
    portfolioId: string;
    /**
     * Optional. Return the latest stored snapshot at or before this instant, in UTC. Unset means the
     * live portfolio; must not be in the future. Example: 2026-10-31T23:59:59Z.
     *
     * @generated from field: google.protobuf.Timestamp as_of_time = 2;
     */
    asOfTime?: Timestamp | undefined;
};
/**
 * Describes the message cq.portfolio.v1.GetPortfolioRequest.
 * Use `create(GetPortfolioRequestSchema)` to create a new message.
 */
export declare const GetPortfolioRequestSchema: GenMessage<GetPortfolioRequest>;
/**
 * The response of GetPortfolio.
 *
 * @generated from message cq.portfolio.v1.GetPortfolioResponse
 */
export type GetPortfolioResponse = Message<"cq.portfolio.v1.GetPortfolioResponse"> & {
    /**
     * Output only. The portfolio. Example: {portfolio_id: "pf_01HZX2R8D3", nav: {value: "184230.55",
     * asset_id: "USD"}}.
     *
     * @generated from field: cq.portfolio.v1.Portfolio portfolio = 1;
     */
    portfolio?: Portfolio | undefined;
};
/**
 * Describes the message cq.portfolio.v1.GetPortfolioResponse.
 * Use `create(GetPortfolioResponseSchema)` to create a new message.
 */
export declare const GetPortfolioResponseSchema: GenMessage<GetPortfolioResponse>;
/**
 * The request of ListPositions. Filters combine with AND.
 *
 * @generated from message cq.portfolio.v1.ListPositionsRequest
 */
export type ListPositionsRequest = Message<"cq.portfolio.v1.ListPositionsRequest"> & {
    /**
     * Required. The CQ portfolio whose positions to list. Example: "pf_01HZX2R8D3".
     *
     * @generated from field: string portfolio_id = 1;
     */
    portfolioId: string;
    /**
     * Optional. The maximum number of positions to return. The server may return fewer. Unset or 0
     * means a default of 100; values above 1000 return INVALID_ARGUMENT. Example: 100.
     *
     * @generated from field: int32 page_size = 2;
     */
    pageSize: number;
    /**
     * Optional. A page token from a previous List call's next_page_token, to fetch the next page. All
     * other request fields must match the call that produced the token. Example: "CgZrcmFrZW4QZA".
     *
     * @generated from field: string page_token = 3;
     */
    pageToken: string;
    /**
     * Optional. Only positions held by this account of the portfolio. Empty means every account.
     * Example: "acc_01HZX3K9Q7".
     *
     * @generated from field: string account_id = 4;
     */
    accountId: string;
    /**
     * Optional. Only positions in this instrument, `<market>:<type>:<symbol>`. Empty means every
     * instrument. Example: "cq:perp:BTC-USD".
     *
     * @generated from field: string instrument_id = 5;
     */
    instrumentId: string;
    /**
     * Optional. If true, also return flat (closed) positions, which CQ keeps with their realized PnL.
     * Default false: open positions only. Example: false.
     *
     * @generated from field: bool include_flat = 6;
     */
    includeFlat: boolean;
};
/**
 * Describes the message cq.portfolio.v1.ListPositionsRequest.
 * Use `create(ListPositionsRequestSchema)` to create a new message.
 */
export declare const ListPositionsRequestSchema: GenMessage<ListPositionsRequest>;
/**
 * The response of ListPositions.
 *
 * @generated from message cq.portfolio.v1.ListPositionsResponse
 */
export type ListPositionsResponse = Message<"cq.portfolio.v1.ListPositionsResponse"> & {
    /**
     * Output only. The positions on this page, ordered by account_id then instrument_id.
     * Example: [{account_id: "acc_01HZX3K9Q7", instrument_id: "cq:perp:BTC-USD", quantity: "-0.5"}].
     *
     * @generated from field: repeated cq.portfolio.v1.Position positions = 1;
     */
    positions: Position[];
    /**
     * Output only. A token for the next page, or empty when this is the last page. Example:
     * "CgZrcmFrZW4QZA".
     *
     * @generated from field: string next_page_token = 2;
     */
    nextPageToken: string;
};
/**
 * Describes the message cq.portfolio.v1.ListPositionsResponse.
 * Use `create(ListPositionsResponseSchema)` to create a new message.
 */
export declare const ListPositionsResponseSchema: GenMessage<ListPositionsResponse>;
/**
 * The request of GetPnl.
 *
 * @generated from message cq.portfolio.v1.GetPnlRequest
 */
export type GetPnlRequest = Message<"cq.portfolio.v1.GetPnlRequest"> & {
    /**
     * Required. The CQ portfolio id. Example: "pf_01HZX2R8D3".
     *
     * @generated from field: string portfolio_id = 1;
     */
    portfolioId: string;
    /**
     * Required. The period to compute PnL over; start_time is required, an unset end_time means now.
     * Example: {start_time: 2026-11-01T00:00:00Z, end_time: 2026-11-02T00:00:00Z}.
     *
     * @generated from field: cq.types.v1.TimeRange period = 2;
     */
    period?: TimeRange | undefined;
};
/**
 * Describes the message cq.portfolio.v1.GetPnlRequest.
 * Use `create(GetPnlRequestSchema)` to create a new message.
 */
export declare const GetPnlRequestSchema: GenMessage<GetPnlRequest>;
/**
 * The response of GetPnl.
 *
 * @generated from message cq.portfolio.v1.GetPnlResponse
 */
export type GetPnlResponse = Message<"cq.portfolio.v1.GetPnlResponse"> & {
    /**
     * Output only. The PnL over the period. Example: {portfolio_id: "pf_01HZX2R8D3", total:
     * {total_pnl: {value: "839.89", asset_id: "USD"}}}.
     *
     * @generated from field: cq.portfolio.v1.Pnl pnl = 1;
     */
    pnl?: Pnl | undefined;
};
/**
 * Describes the message cq.portfolio.v1.GetPnlResponse.
 * Use `create(GetPnlResponseSchema)` to create a new message.
 */
export declare const GetPnlResponseSchema: GenMessage<GetPnlResponse>;
/**
 * The request of ListTransactions. Filters combine with AND.
 *
 * @generated from message cq.portfolio.v1.ListTransactionsRequest
 */
export type ListTransactionsRequest = Message<"cq.portfolio.v1.ListTransactionsRequest"> & {
    /**
     * Required. The CQ portfolio whose accounts' ledger to list. Example: "pf_01HZX2R8D3".
     *
     * @generated from field: string portfolio_id = 1;
     */
    portfolioId: string;
    /**
     * Optional. The maximum number of transactions to return. The server may return fewer. Unset or 0
     * means a default of 100; values above 1000 return INVALID_ARGUMENT. Example: 100.
     *
     * @generated from field: int32 page_size = 2;
     */
    pageSize: number;
    /**
     * Optional. A page token from a previous List call's next_page_token, to fetch the next page. All
     * other request fields must match the call that produced the token. Example: "CgZrcmFrZW4QZA".
     *
     * @generated from field: string page_token = 3;
     */
    pageToken: string;
    /**
     * Optional. Only entries of this account of the portfolio. Empty means every account.
     * Example: "acc_01HZX3K9Q7".
     *
     * @generated from field: string account_id = 4;
     */
    accountId: string;
    /**
     * Optional. Only entries of these types, each a defined value other than
     * TRANSACTION_TYPE_UNSPECIFIED. Empty means every type.
     * Example: [TRANSACTION_TYPE_DEPOSIT, TRANSACTION_TYPE_WITHDRAWAL].
     *
     * @generated from field: repeated cq.portfolio.v1.TransactionType types = 5;
     */
    types: TransactionType[];
    /**
     * Optional. Only entries moving this asset, a canonical (upper case) asset id. Empty means every
     * asset. Example: "USDC".
     *
     * @generated from field: string asset_id = 6;
     */
    assetId: string;
    /**
     * Optional. Only entries whose transact_time falls in this range. Unset means all time.
     * Example: {start_time: 2026-11-01T00:00:00Z, end_time: 2026-11-02T00:00:00Z}.
     *
     * @generated from field: cq.types.v1.TimeRange time_range = 7;
     */
    timeRange?: TimeRange | undefined;
};
/**
 * Describes the message cq.portfolio.v1.ListTransactionsRequest.
 * Use `create(ListTransactionsRequestSchema)` to create a new message.
 */
export declare const ListTransactionsRequestSchema: GenMessage<ListTransactionsRequest>;
/**
 * The response of ListTransactions.
 *
 * @generated from message cq.portfolio.v1.ListTransactionsResponse
 */
export type ListTransactionsResponse = Message<"cq.portfolio.v1.ListTransactionsResponse"> & {
    /**
     * Output only. The ledger entries on this page, newest transact_time first.
     * Example: [{transaction_id: "txn_01HZX4C8AB", type: TRANSACTION_TYPE_FEE}].
     *
     * @generated from field: repeated cq.portfolio.v1.Transaction transactions = 1;
     */
    transactions: Transaction[];
    /**
     * Output only. A token for the next page, or empty when this is the last page. Example:
     * "CgZrcmFrZW4QZA".
     *
     * @generated from field: string next_page_token = 2;
     */
    nextPageToken: string;
};
/**
 * Describes the message cq.portfolio.v1.ListTransactionsResponse.
 * Use `create(ListTransactionsResponseSchema)` to create a new message.
 */
export declare const ListTransactionsResponseSchema: GenMessage<ListTransactionsResponse>;
/**
 * The request of GetExposure.
 *
 * @generated from message cq.portfolio.v1.GetExposureRequest
 */
export type GetExposureRequest = Message<"cq.portfolio.v1.GetExposureRequest"> & {
    /**
     * Required. The CQ portfolio id. Example: "pf_01HZX2R8D3".
     *
     * @generated from field: string portfolio_id = 1;
     */
    portfolioId: string;
};
/**
 * Describes the message cq.portfolio.v1.GetExposureRequest.
 * Use `create(GetExposureRequestSchema)` to create a new message.
 */
export declare const GetExposureRequestSchema: GenMessage<GetExposureRequest>;
/**
 * The response of GetExposure.
 *
 * @generated from message cq.portfolio.v1.GetExposureResponse
 */
export type GetExposureResponse = Message<"cq.portfolio.v1.GetExposureResponse"> & {
    /**
     * Output only. The exposure. Example: {portfolio_id: "pf_01HZX2R8D3", total: {gross_exposure:
     * {value: "412000", asset_id: "USD"}}}.
     *
     * @generated from field: cq.portfolio.v1.Exposure exposure = 1;
     */
    exposure?: Exposure | undefined;
};
/**
 * Describes the message cq.portfolio.v1.GetExposureResponse.
 * Use `create(GetExposureResponseSchema)` to create a new message.
 */
export declare const GetExposureResponseSchema: GenMessage<GetExposureResponse>;
/**
 * The request of StreamPortfolioUpdates.
 *
 * @generated from message cq.portfolio.v1.StreamPortfolioUpdatesRequest
 */
export type StreamPortfolioUpdatesRequest = Message<"cq.portfolio.v1.StreamPortfolioUpdatesRequest"> & {
    /**
     * Required. The CQ portfolio to stream. Example: "pf_01HZX2R8D3".
     *
     * @generated from field: string portfolio_id = 1;
     */
    portfolioId: string;
    /**
     * Optional. The minimum time between two Portfolio valuations sent because marks moved; position
     * changes and ledger entries are never delayed by it. At least 100 milliseconds; unset or zero
     * means 1 second. Example: 5s.
     *
     * @generated from field: google.protobuf.Duration valuation_interval = 2;
     */
    valuationInterval?: Duration | undefined;
};
/**
 * Describes the message cq.portfolio.v1.StreamPortfolioUpdatesRequest.
 * Use `create(StreamPortfolioUpdatesRequestSchema)` to create a new message.
 */
export declare const StreamPortfolioUpdatesRequestSchema: GenMessage<StreamPortfolioUpdatesRequest>;
/**
 * One message of StreamPortfolioUpdates.
 *
 * @generated from message cq.portfolio.v1.StreamPortfolioUpdatesResponse
 */
export type StreamPortfolioUpdatesResponse = Message<"cq.portfolio.v1.StreamPortfolioUpdatesResponse"> & {
    /**
     * Output only. The message's position in this stream: 1 for the first snapshot, increasing by
     * exactly 1 per message. Numbering restarts on each call. Example: 42.
     *
     * @generated from field: uint64 sequence = 1;
     */
    sequence: bigint;
    /**
     * Output only. The change.
     *
     * @generated from oneof cq.portfolio.v1.StreamPortfolioUpdatesResponse.update
     */
    update: {
        /**
         * Output only. A full snapshot of the portfolio: the first message, and each fresh valuation.
         * Example: {portfolio_id: "pf_01HZX2R8D3", nav: {value: "184230.55", asset_id: "USD"}}.
         *
         * @generated from field: cq.portfolio.v1.Portfolio portfolio = 2;
         */
        value: Portfolio;
        case: "portfolio";
    } | {
        /**
         * Output only. A position whose quantity, cost or PnL changed; a closed position is sent once
         * with quantity "0" and side POSITION_SIDE_FLAT.
         * Example: {instrument_id: "cq:perp:BTC-USD", quantity: "-0.4"}.
         *
         * @generated from field: cq.portfolio.v1.Position position = 3;
         */
        value: Position;
        case: "position";
    } | {
        /**
         * Output only. A new ledger entry. Example: {transaction_id: "txn_01HZX4C8AB", type:
         * TRANSACTION_TYPE_TRADE}.
         *
         * @generated from field: cq.portfolio.v1.Transaction transaction = 4;
         */
        value: Transaction;
        case: "transaction";
    } | {
        case: undefined;
        value?: undefined;
    };
};
/**
 * Describes the message cq.portfolio.v1.StreamPortfolioUpdatesResponse.
 * Use `create(StreamPortfolioUpdatesResponseSchema)` to create a new message.
 */
export declare const StreamPortfolioUpdatesResponseSchema: GenMessage<StreamPortfolioUpdatesResponse>;
/**
 * The request of ListPortfolioSnapshots.
 *
 * @generated from message cq.portfolio.v1.ListPortfolioSnapshotsRequest
 */
export type ListPortfolioSnapshotsRequest = Message<"cq.portfolio.v1.ListPortfolioSnapshotsRequest"> & {
    /**
     * Required. The CQ portfolio id. Example: "pf_01HZX2R8D3".
     *
     * @generated from field: string portfolio_id = 1;
     */
    portfolioId: string;
    /**
     * Required. The snapshots returned are those whose valuation_time is in this range; end_time unset
     * means up to now. Example: {start_time: 2026-10-01T00:00:00Z, end_time: 2026-11-01T00:00:00Z}.
     *
     * @generated from field: cq.types.v1.TimeRange time_range = 2;
     */
    timeRange?: TimeRange | undefined;
    /**
     * Optional. Keep only the last snapshot of each interval, intervals aligned to 00:00 UTC, a whole
     * number of minutes. Unset or zero returns every stored snapshot. Example: 86400s for one
     * snapshot per day.
     *
     * @generated from field: google.protobuf.Duration interval = 3;
     */
    interval?: Duration | undefined;
    /**
     * Optional. If true, each snapshot carries its open positions. Default false: the figures only.
     * Example: false.
     *
     * @generated from field: bool include_positions = 4;
     */
    includePositions: boolean;
    /**
     * Optional. The maximum number of snapshots to return. The server may return fewer. Unset or 0
     * means a default of 100; values above 1000 return INVALID_ARGUMENT. Example: 100.
     *
     * @generated from field: int32 page_size = 5;
     */
    pageSize: number;
    /**
     * Optional. A page token from a previous List call's next_page_token, to fetch the next page. All
     * other request fields must match the call that produced the token. Example: "CgZrcmFrZW4QZA".
     *
     * @generated from field: string page_token = 6;
     */
    pageToken: string;
};
/**
 * Describes the message cq.portfolio.v1.ListPortfolioSnapshotsRequest.
 * Use `create(ListPortfolioSnapshotsRequestSchema)` to create a new message.
 */
export declare const ListPortfolioSnapshotsRequestSchema: GenMessage<ListPortfolioSnapshotsRequest>;
/**
 * The response of ListPortfolioSnapshots.
 *
 * @generated from message cq.portfolio.v1.ListPortfolioSnapshotsResponse
 */
export type ListPortfolioSnapshotsResponse = Message<"cq.portfolio.v1.ListPortfolioSnapshotsResponse"> & {
    /**
     * Output only. The snapshots on this page, oldest valuation_time first. Example: [{snapshot_id:
     * "pfs_01HZX9A2K4", valuation_time: 2026-10-01T00:00:00Z, nav: {value: "176020.1", asset_id:
     * "USD"}}].
     *
     * @generated from field: repeated cq.portfolio.v1.PortfolioSnapshot portfolio_snapshots = 1;
     */
    portfolioSnapshots: PortfolioSnapshot[];
    /**
     * Output only. A token for the next page, or empty when this is the last page. Example:
     * "CgZrcmFrZW4QZA".
     *
     * @generated from field: string next_page_token = 2;
     */
    nextPageToken: string;
};
/**
 * Describes the message cq.portfolio.v1.ListPortfolioSnapshotsResponse.
 * Use `create(ListPortfolioSnapshotsResponseSchema)` to create a new message.
 */
export declare const ListPortfolioSnapshotsResponseSchema: GenMessage<ListPortfolioSnapshotsResponse>;
/**
 * The request of GetPerformanceReport.
 *
 * @generated from message cq.portfolio.v1.GetPerformanceReportRequest
 */
export type GetPerformanceReportRequest = Message<"cq.portfolio.v1.GetPerformanceReportRequest"> & {
    /**
     * Required. The CQ portfolio id. Example: "pf_01HZX2R8D3".
     *
     * @generated from field: string portfolio_id = 1;
     */
    portfolioId: string;
    /**
     * Required. The period to report on; start_time is required, an unset end_time means now.
     * Example: {start_time: 2026-01-01T00:00:00Z, end_time: 2026-11-01T00:00:00Z}.
     *
     * @generated from field: cq.types.v1.TimeRange period = 2;
     */
    period?: TimeRange | undefined;
    /**
     * Optional. Only orders and positions attributed to this strategy. Empty means the whole
     * portfolio. Example: "momentum-v3".
     *
     * @generated from field: string strategy_id = 3;
     */
    strategyId: string;
    /**
     * Optional. The length of one period of the return series, at least 1 minute. Unset means one day
     * (86400s). Example: 3600s.
     *
     * @generated from field: google.protobuf.Duration return_interval = 4;
     */
    returnInterval?: Duration | undefined;
    /**
     * Optional. The annual risk-free rate for the Sharpe and Sortino ratios, as a decimal fraction.
     * Unset means "0". Example: "0.04".
     *
     * @generated from field: cq.types.v1.Decimal risk_free_rate = 5;
     */
    riskFreeRate?: Decimal | undefined;
};
/**
 * Describes the message cq.portfolio.v1.GetPerformanceReportRequest.
 * Use `create(GetPerformanceReportRequestSchema)` to create a new message.
 */
export declare const GetPerformanceReportRequestSchema: GenMessage<GetPerformanceReportRequest>;
/**
 * The response of GetPerformanceReport.
 *
 * @generated from message cq.portfolio.v1.GetPerformanceReportResponse
 */
export type GetPerformanceReportResponse = Message<"cq.portfolio.v1.GetPerformanceReportResponse"> & {
    /**
     * Output only. The report. Example: {portfolio_id: "pf_01HZX2R8D3", sharpe_ratio: 1.28,
     * max_drawdown: 0.0837, hit_rate: 0.5704, ...}.
     *
     * @generated from field: cq.portfolio.v1.PerformanceReport performance_report = 1;
     */
    performanceReport?: PerformanceReport | undefined;
};
/**
 * Describes the message cq.portfolio.v1.GetPerformanceReportResponse.
 * Use `create(GetPerformanceReportResponseSchema)` to create a new message.
 */
export declare const GetPerformanceReportResponseSchema: GenMessage<GetPerformanceReportResponse>;
/**
 * The request of CreateAllocation.
 *
 * @generated from message cq.portfolio.v1.CreateAllocationRequest
 */
export type CreateAllocationRequest = Message<"cq.portfolio.v1.CreateAllocationRequest"> & {
    /**
     * Required. The allocation to record; allocation_id and create_time are ignored.
     * Example: {portfolio_id: "pf_01HZX2R8D3", strategy_id: "fund-selection", source:
     * "quantbox/fund_selection.simple.v1/run-20261101T0000Z", as_of_time: 2026-11-01T00:00:00Z,
     * targets: [{instrument_id: "cq:fund:SPY", weight: "0.25"}]}.
     *
     * @generated from field: cq.portfolio.v1.Allocation allocation = 1;
     */
    allocation?: Allocation | undefined;
    /**
     * Required. A client-chosen UUID that makes the call idempotent (AIP-155): a retry with the same id
     * within 24 hours returns the allocation recorded first and records nothing twice; reusing the id
     * for a different allocation returns INVALID_ARGUMENT. Example:
     * "2e7b9d41-6a0c-4f38-b5e2-8c1d3f7a9b60".
     *
     * @generated from field: string request_id = 2;
     */
    requestId: string;
};
/**
 * Describes the message cq.portfolio.v1.CreateAllocationRequest.
 * Use `create(CreateAllocationRequestSchema)` to create a new message.
 */
export declare const CreateAllocationRequestSchema: GenMessage<CreateAllocationRequest>;
/**
 * The response of CreateAllocation.
 *
 * @generated from message cq.portfolio.v1.CreateAllocationResponse
 */
export type CreateAllocationResponse = Message<"cq.portfolio.v1.CreateAllocationResponse"> & {
    /**
     * Output only. The allocation as recorded, with allocation_id and create_time set.
     * Example: {allocation_id: "alloc_01HZX5F0P2", create_time: 2026-11-01T00:05:12Z, ...}.
     *
     * @generated from field: cq.portfolio.v1.Allocation allocation = 1;
     */
    allocation?: Allocation | undefined;
};
/**
 * Describes the message cq.portfolio.v1.CreateAllocationResponse.
 * Use `create(CreateAllocationResponseSchema)` to create a new message.
 */
export declare const CreateAllocationResponseSchema: GenMessage<CreateAllocationResponse>;
/**
 * The request of ListAllocations. Filters combine with AND.
 *
 * @generated from message cq.portfolio.v1.ListAllocationsRequest
 */
export type ListAllocationsRequest = Message<"cq.portfolio.v1.ListAllocationsRequest"> & {
    /**
     * Required. The CQ portfolio whose allocations to list. Example: "pf_01HZX2R8D3".
     *
     * @generated from field: string portfolio_id = 1;
     */
    portfolioId: string;
    /**
     * Optional. The maximum number of allocations to return. The server may return fewer. Unset or 0
     * means a default of 100; values above 1000 return INVALID_ARGUMENT. Example: 100.
     *
     * @generated from field: int32 page_size = 2;
     */
    pageSize: number;
    /**
     * Optional. A page token from a previous List call's next_page_token, to fetch the next page. All
     * other request fields must match the call that produced the token. Example: "CgZrcmFrZW4QZA".
     *
     * @generated from field: string page_token = 3;
     */
    pageToken: string;
    /**
     * Optional. Only allocations of this strategy. Empty means every strategy.
     * Example: "fund-selection".
     *
     * @generated from field: string strategy_id = 4;
     */
    strategyId: string;
    /**
     * Optional. Only allocations whose as_of_time falls in this range. Unset means all time.
     * Example: {start_time: 2026-10-01T00:00:00Z}.
     *
     * @generated from field: cq.types.v1.TimeRange as_of_time_range = 5;
     */
    asOfTimeRange?: TimeRange | undefined;
};
/**
 * Describes the message cq.portfolio.v1.ListAllocationsRequest.
 * Use `create(ListAllocationsRequestSchema)` to create a new message.
 */
export declare const ListAllocationsRequestSchema: GenMessage<ListAllocationsRequest>;
/**
 * The response of ListAllocations.
 *
 * @generated from message cq.portfolio.v1.ListAllocationsResponse
 */
export type ListAllocationsResponse = Message<"cq.portfolio.v1.ListAllocationsResponse"> & {
    /**
     * Output only. The allocations on this page, newest as_of_time first.
     * Example: [{allocation_id: "alloc_01HZX5F0P2", strategy_id: "fund-selection", ...}].
     *
     * @generated from field: repeated cq.portfolio.v1.Allocation allocations = 1;
     */
    allocations: Allocation[];
    /**
     * Output only. A token for the next page, or empty when this is the last page. Example:
     * "CgZrcmFrZW4QZA".
     *
     * @generated from field: string next_page_token = 2;
     */
    nextPageToken: string;
};
/**
 * Describes the message cq.portfolio.v1.ListAllocationsResponse.
 * Use `create(ListAllocationsResponseSchema)` to create a new message.
 */
export declare const ListAllocationsResponseSchema: GenMessage<ListAllocationsResponse>;
/**
 * The Portfolio service: positions, cash, valuation, PnL, exposure and the ledger of the caller's
 * portfolios, built from the execution reports and balances of their venue accounts, with their
 * snapshot history, performance reports and research allocations. Positions and balances are read
 * only here: they change through trading and transfers, never through this service; the only writes
 * are allocations that research publishes.
 *
 * Callers only ever see their own portfolios; a portfolio or account of another owner is reported
 * as NOT_FOUND, never PERMISSION_DENIED, so that its existence does not leak.
 *
 * @generated from service cq.portfolio.v1.PortfolioService
 */
export declare const PortfolioService: GenService<{
    /**
     * Gets a portfolio with its cash, open positions and valuation: live, or as of the latest stored
     * snapshot at or before as_of_time. Returns NOT_FOUND if the portfolio does not exist or belongs
     * to another owner, INVALID_ARGUMENT if portfolio_id is empty or as_of_time is in the future,
     * OUT_OF_RANGE if as_of_time precedes the portfolio's first snapshot.
     *
     * @generated from rpc cq.portfolio.v1.PortfolioService.GetPortfolio
     */
    getPortfolio: {
        methodKind: "unary";
        input: typeof GetPortfolioRequestSchema;
        output: typeof GetPortfolioResponseSchema;
    };
    /**
     * Lists a portfolio's positions, live, ordered by account_id then instrument_id. Returns NOT_FOUND
     * if the portfolio does not exist or belongs to another owner, or account_id is set and is not
     * one of the portfolio's accounts; INVALID_ARGUMENT if portfolio_id is empty, page_size is
     * negative or above 1000, or page_token is malformed or does not match the other request fields.
     *
     * @generated from rpc cq.portfolio.v1.PortfolioService.ListPositions
     */
    listPositions: {
        methodKind: "unary";
        input: typeof ListPositionsRequestSchema;
        output: typeof ListPositionsResponseSchema;
    };
    /**
     * Computes a portfolio's PnL over a period, in total and per instrument, in the portfolio's
     * valuation currency. A period that starts before the portfolio existed is clamped to its
     * creation, and an unset or future end to now. Returns NOT_FOUND if the portfolio does not exist
     * or belongs to another owner; INVALID_ARGUMENT if portfolio_id is empty, period or its start_time
     * is unset, or period ends before it starts.
     *
     * @generated from rpc cq.portfolio.v1.PortfolioService.GetPnl
     */
    getPnl: {
        methodKind: "unary";
        input: typeof GetPnlRequestSchema;
        output: typeof GetPnlResponseSchema;
    };
    /**
     * Lists the ledger entries of a portfolio's accounts, newest transact_time first, optionally
     * filtered. Returns NOT_FOUND if the portfolio does not exist or belongs to another owner, or
     * account_id is set and is not one of the portfolio's accounts; INVALID_ARGUMENT if portfolio_id
     * is empty, page_size is negative or above 1000, time_range ends before it starts, or page_token
     * is malformed or does not match the other request fields.
     *
     * @generated from rpc cq.portfolio.v1.PortfolioService.ListTransactions
     */
    listTransactions: {
        methodKind: "unary";
        input: typeof ListTransactionsRequestSchema;
        output: typeof ListTransactionsResponseSchema;
    };
    /**
     * Gets a portfolio's live exposure, in total and by asset class, underlier, venue and currency.
     * Returns NOT_FOUND if the portfolio does not exist or belongs to another owner, INVALID_ARGUMENT
     * if portfolio_id is empty, UNAVAILABLE if no mark price is available for an open position.
     *
     * @generated from rpc cq.portfolio.v1.PortfolioService.GetExposure
     */
    getExposure: {
        methodKind: "unary";
        input: typeof GetExposureRequestSchema;
        output: typeof GetExposureResponseSchema;
    };
    /**
     * Streams a portfolio's changes until the client cancels. The first message is always a full
     * Portfolio snapshot; then each change to a position and each new ledger entry follows as it is
     * booked, and a fresh Portfolio valuation at most once per valuation_interval while marks move.
     * A fill's position change and its ledger entries are sent together in sequence, never with a
     * valuation in between, so a consumer never sees cash and positions out of step. A client that
     * reconnects starts again from a snapshot, so nothing is lost.
     *
     * Returns NOT_FOUND if the portfolio does not exist or belongs to another owner;
     * INVALID_ARGUMENT if portfolio_id is empty or valuation_interval is negative or below 100
     * milliseconds; UNAVAILABLE if the stream breaks (reconnect).
     *
     * @generated from rpc cq.portfolio.v1.PortfolioService.StreamPortfolioUpdates
     */
    streamPortfolioUpdates: {
        methodKind: "server_streaming";
        input: typeof StreamPortfolioUpdatesRequestSchema;
        output: typeof StreamPortfolioUpdatesResponseSchema;
    };
    /**
     * Lists a portfolio's stored snapshots whose valuation_time falls in a time range, oldest first,
     * optionally thinned to the last snapshot of each interval: the series behind PnL history charts
     * and daily portfolio reports. Returns NOT_FOUND if the portfolio does not exist or belongs to
     * another owner; INVALID_ARGUMENT if portfolio_id is empty, time_range or its start_time is unset,
     * time_range ends before it starts, interval is negative or not a whole number of minutes,
     * page_size is negative or above 1000, or page_token is malformed or does not match the other
     * request fields.
     *
     * @generated from rpc cq.portfolio.v1.PortfolioService.ListPortfolioSnapshots
     */
    listPortfolioSnapshots: {
        methodKind: "unary";
        input: typeof ListPortfolioSnapshotsRequestSchema;
        output: typeof ListPortfolioSnapshotsResponseSchema;
    };
    /**
     * Computes a performance report of a portfolio, or of one strategy in it, over a period: raw and
     * gross PnL, return, volatility, Sharpe and Sortino ratios, maximum drawdown and hit rate. A period
     * that starts before the portfolio existed is clamped to its creation, and an unset or future end
     * to now. Returns NOT_FOUND if the portfolio does not exist or belongs to another owner;
     * INVALID_ARGUMENT if portfolio_id is empty, period or its start_time is unset, period ends before
     * it starts, or return_interval is negative or shorter than 1 minute; FAILED_PRECONDITION if the
     * period holds fewer than two return intervals, too few for a volatility.
     *
     * @generated from rpc cq.portfolio.v1.PortfolioService.GetPerformanceReport
     */
    getPerformanceReport: {
        methodKind: "unary";
        input: typeof GetPerformanceReportRequestSchema;
        output: typeof GetPerformanceReportResponseSchema;
    };
    /**
     * Records an allocation (target weights) that research produced for a portfolio; the rebalancer
     * and the trading bridge consume it. The server sets allocation_id and create_time. Returns
     * INVALID_ARGUMENT if portfolio_id, strategy_id, source, as_of_time or targets is missing, a
     * target has neither asset_id nor instrument_id or no weight, or two targets name the same asset
     * or instrument; NOT_FOUND if the portfolio does not exist or belongs to another owner, or a
     * target's asset or instrument does not exist. A retry with the same request_id returns the
     * allocation recorded first.
     *
     * @generated from rpc cq.portfolio.v1.PortfolioService.CreateAllocation
     */
    createAllocation: {
        methodKind: "unary";
        input: typeof CreateAllocationRequestSchema;
        output: typeof CreateAllocationResponseSchema;
    };
    /**
     * Lists a portfolio's allocations, newest as_of_time first, optionally filtered by strategy and
     * as-of range; the first one of a strategy is its current allocation. Returns NOT_FOUND if the
     * portfolio does not exist or belongs to another owner; INVALID_ARGUMENT if portfolio_id is empty,
     * page_size is negative or above 1000, as_of_time_range ends before it starts, or page_token is
     * malformed or does not match the other request fields.
     *
     * @generated from rpc cq.portfolio.v1.PortfolioService.ListAllocations
     */
    listAllocations: {
        methodKind: "unary";
        input: typeof ListAllocationsRequestSchema;
        output: typeof ListAllocationsResponseSchema;
    };
}>;
