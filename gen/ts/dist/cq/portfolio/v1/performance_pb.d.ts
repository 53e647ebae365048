import type { GenFile, GenMessage } from "@bufbuild/protobuf/codegenv2";
import type { PnlFigures } from "./resources_pb.js";
import type { Amount } from "../../types/v1/amount_pb.js";
import type { Decimal } from "../../types/v1/decimal_pb.js";
import type { TimeRange } from "../../types/v1/time_range_pb.js";
import type { Duration, Timestamp } from "@bufbuild/protobuf/wkt";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file cq/portfolio/v1/performance.proto.
 */
export declare const file_cq_portfolio_v1_performance: GenFile;
/**
 * How a portfolio (or one strategy in it) performed over a period: PnL with and without trading
 * costs, risk-adjusted return, drawdown and hit rate.
 *
 * PnL figures are exact Amounts in the valuation currency. Returns and ratios are analytics
 * estimates, so they are doubles: they come from a sampled return series (one return per
 * return_interval, from portfolio snapshots) and change with the sampling.
 *
 * @generated from message cq.portfolio.v1.PerformanceReport
 */
export type PerformanceReport = Message<"cq.portfolio.v1.PerformanceReport"> & {
    /**
     * Output only. The CQ portfolio id. Example: "pf_01HZX2R8D3".
     *
     * @generated from field: string portfolio_id = 1;
     */
    portfolioId: string;
    /**
     * Output only. The strategy the report is limited to (orders and positions attributed to it);
     * empty for the whole portfolio. Example: "momentum-v3".
     *
     * @generated from field: string strategy_id = 2;
     */
    strategyId: string;
    /**
     * Output only. The period covered, after clamping to the portfolio's life and to now.
     * Example: {start_time: 2026-01-01T00:00:00Z, end_time: 2026-11-01T00:00:00Z}.
     *
     * @generated from field: cq.types.v1.TimeRange period = 3;
     */
    period?: TimeRange | undefined;
    /**
     * Output only. The length of one period of the return series behind the ratios. Example: 86400s.
     *
     * @generated from field: google.protobuf.Duration return_interval = 4;
     */
    returnInterval?: Duration | undefined;
    /**
     * Output only. The annual risk-free rate subtracted in sharpe_ratio and sortino_ratio, as a
     * decimal fraction. Example: "0.04".
     *
     * @generated from field: cq.types.v1.Decimal risk_free_rate = 5;
     */
    riskFreeRate?: Decimal | undefined;
    /**
     * Output only. NAV at the start of the period. Example: {value: "150000", asset_id: "USD"}.
     *
     * @generated from field: cq.types.v1.Amount start_nav = 6;
     */
    startNav?: Amount | undefined;
    /**
     * Output only. NAV at the end of the period. Example: {value: "184230.55", asset_id: "USD"}.
     *
     * @generated from field: cq.types.v1.Amount end_nav = 7;
     */
    endNav?: Amount | undefined;
    /**
     * Output only. The raw PnL over the period, net of fees, funding and interest, as actually booked.
     * Example: {total_pnl: {value: "34230.55", asset_id: "USD"}}.
     *
     * @generated from field: cq.portfolio.v1.PnlFigures pnl = 8;
     */
    pnl?: PnlFigures | undefined;
    /**
     * Output only. The total slippage of the period's fills against their arrival prices
     * (cq.venues.v1.ExecutionQuality.slippage), positive as a cost. Example: {value: "412.7",
     * asset_id: "USD"}.
     *
     * @generated from field: cq.types.v1.Amount slippage = 9;
     */
    slippage?: Amount | undefined;
    /**
     * Output only. The PnL before trading costs ("spec" PnL): pnl.total_pnl plus fees paid and
     * slippage, what the strategy would have made at arrival prices without fees.
     * Example: {value: "35011.45", asset_id: "USD"}.
     *
     * @generated from field: cq.types.v1.Amount gross_pnl = 10;
     */
    grossPnl?: Amount | undefined;
    /**
     * Output only. The time-weighted return over the period, deposits and withdrawals neutralised,
     * an analytics ratio. Example: 0.2282.
     *
     * @generated from field: double total_return = 11;
     */
    totalReturn: number;
    /**
     * Output only. total_return compounded to a 365-day year, an analytics ratio. Example: 0.2741.
     *
     * @generated from field: double annualized_return = 12;
     */
    annualizedReturn: number;
    /**
     * Output only. The standard deviation of the periodic returns scaled to a year by the square root
     * of the periods per year, an analytics estimate. Example: 0.1825.
     *
     * @generated from field: double annualized_volatility = 13;
     */
    annualizedVolatility: number;
    /**
     * Output only. The annualised Sharpe ratio: annualized_return minus risk_free_rate, over
     * annualized_volatility; an analytics estimate, 0 when volatility is 0. Example: 1.28.
     *
     * @generated from field: double sharpe_ratio = 14;
     */
    sharpeRatio: number;
    /**
     * Output only. The annualised Sortino ratio: like sharpe_ratio with only the downside deviation
     * in the denominator; an analytics estimate. Example: 1.94.
     *
     * @generated from field: double sortino_ratio = 15;
     */
    sortinoRatio: number;
    /**
     * Output only. The largest peak-to-trough fall of NAV within the period, as a positive fraction of
     * the peak, an analytics ratio; 0 without a fall. Example: 0.0837.
     *
     * @generated from field: double max_drawdown = 16;
     */
    maxDrawdown: number;
    /**
     * Output only. The longest time NAV spent below a previous peak within the period.
     * Example: 1555200s (18 days).
     *
     * @generated from field: google.protobuf.Duration max_drawdown_duration = 17;
     */
    maxDrawdownDuration?: Duration | undefined;
    /**
     * Output only. The number of round trips closed in the period: position reductions that realised
     * PnL. Example: 142.
     *
     * @generated from field: int64 trade_count = 18;
     */
    tradeCount: bigint;
    /**
     * Output only. The round trips among trade_count whose realised PnL net of fees was positive.
     * Example: 81.
     *
     * @generated from field: int64 winning_trade_count = 19;
     */
    winningTradeCount: bigint;
    /**
     * Output only. winning_trade_count divided by trade_count, an analytics ratio; 0 without trades.
     * Example: 0.5704.
     *
     * @generated from field: double hit_rate = 20;
     */
    hitRate: number;
    /**
     * Output only. The sum of winning round trips' PnL over the absolute sum of losing ones, an
     * analytics ratio; 0 without losing trades. Example: 1.63.
     *
     * @generated from field: double profit_factor = 21;
     */
    profitFactor: number;
    /**
     * Output only. The average gross exposure over the period, in the valuation currency.
     * Example: {value: "276000", asset_id: "USD"}.
     *
     * @generated from field: cq.types.v1.Amount average_gross_exposure = 22;
     */
    averageGrossExposure?: Amount | undefined;
    /**
     * Output only. pnl.total_pnl divided by average_gross_exposure: the return per unit of capital
     * actually at risk, an analytics ratio; 0 without exposure. Example: 0.124.
     *
     * @generated from field: double exposure_weighted_return = 23;
     */
    exposureWeightedReturn: number;
    /**
     * Output only. When the report was computed, in UTC. Example: 2026-11-01T00:10:02Z.
     *
     * @generated from field: google.protobuf.Timestamp compute_time = 24;
     */
    computeTime?: Timestamp | undefined;
};
/**
 * Describes the message cq.portfolio.v1.PerformanceReport.
 * Use `create(PerformanceReportSchema)` to create a new message.
 */
export declare const PerformanceReportSchema: GenMessage<PerformanceReport>;
