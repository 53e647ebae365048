import type { GenEnum, GenFile, GenMessage } from "@bufbuild/protobuf/codegenv2";
import type { Amount } from "../../types/v1/amount_pb.js";
import type { Decimal } from "../../types/v1/decimal_pb.js";
import type { Order } from "../../venues/v1/resources_pb.js";
import type { Timestamp } from "@bufbuild/protobuf/wkt";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file cq/portfolio/v1/research.proto.
 */
export declare const file_cq_portfolio_v1_research: GenFile;
/**
 * The instruments a research run may choose from as of one instant.
 *
 * @generated from message cq.portfolio.v1.Universe
 */
export type Universe = Message<"cq.portfolio.v1.Universe"> & {
    /**
     * Required. The universe's id, chosen by the producer, opaque, at most 64 characters.
     * Example: "univ_20261101_funds".
     *
     * @generated from field: string universe_id = 1;
     */
    universeId: string;
    /**
     * Required. The research run or pipeline that built the universe, as that system names it.
     * Example: "quantbox/fund_selection.simple.v1/run-20261101T0000Z".
     *
     * @generated from field: string source = 2;
     */
    source: string;
    /**
     * Required. The point-in-time instant the universe was selected as of, in UTC; nothing after it
     * was used. Example: 2026-11-01T00:00:00Z.
     *
     * @generated from field: google.protobuf.Timestamp as_of_time = 3;
     */
    asOfTime?: Timestamp | undefined;
    /**
     * Required. The members, at least one, one per instrument. Example: [{instrument_id:
     * "cq:fund:SPY"}, {instrument_id: "cq:fund:QQQ"}].
     *
     * @generated from field: repeated cq.portfolio.v1.UniverseMember members = 4;
     */
    members: UniverseMember[];
    /**
     * Output only. When CQ recorded the universe, in UTC. Example: 2026-11-01T00:03:10Z.
     *
     * @generated from field: google.protobuf.Timestamp create_time = 5;
     */
    createTime?: Timestamp | undefined;
};
/**
 * Describes the message cq.portfolio.v1.Universe.
 * Use `create(UniverseSchema)` to create a new message.
 */
export declare const UniverseSchema: GenMessage<Universe>;
/**
 * One instrument of a universe.
 *
 * @generated from message cq.portfolio.v1.UniverseMember
 */
export type UniverseMember = Message<"cq.portfolio.v1.UniverseMember"> & {
    /**
     * Required. The CQ instrument id, `<market>:<type>:<symbol>`. Example: "cq:fund:SPY".
     *
     * @generated from field: string instrument_id = 1;
     */
    instrumentId: string;
    /**
     * Optional. Descriptive attributes the producer selected or grouped by, keyed by the producer's
     * names, values raw; never needed to trade. Example: {"sector": "broad-market", "region": "US"}.
     *
     * @generated from field: map<string, string> attributes = 2;
     */
    attributes: {
        [key: string]: string;
    };
};
/**
 * Describes the message cq.portfolio.v1.UniverseMember.
 * Use `create(UniverseMemberSchema)` to create a new message.
 */
export declare const UniverseMemberSchema: GenMessage<UniverseMember>;
/**
 * Scores of a universe's instruments by one or more factors, and the ranking built from them.
 * Scores are model outputs, so they are doubles; what trades is the Allocation derived from them.
 *
 * @generated from message cq.portfolio.v1.ScoreSet
 */
export type ScoreSet = Message<"cq.portfolio.v1.ScoreSet"> & {
    /**
     * Required. The score set's id, chosen by the producer, opaque, at most 64 characters.
     * Example: "scores_20261101_funds".
     *
     * @generated from field: string score_set_id = 1;
     */
    scoreSetId: string;
    /**
     * Required. The research run that computed the scores. Example:
     * "quantbox/fund_selection.simple.v1/run-20261101T0000Z".
     *
     * @generated from field: string source = 2;
     */
    source: string;
    /**
     * Optional. The universe the instruments were drawn from, at most 64 characters.
     * Example: "univ_20261101_funds".
     *
     * @generated from field: string universe_id = 3;
     */
    universeId: string;
    /**
     * Required. The point-in-time instant the scores were computed as of, in UTC.
     * Example: 2026-11-01T00:00:00Z.
     *
     * @generated from field: google.protobuf.Timestamp as_of_time = 4;
     */
    asOfTime?: Timestamp | undefined;
    /**
     * Required. One entry per (instrument, factor). Rankings are the entries with rank set,
     * conventionally under the factor "composite". Example: [{instrument_id: "cq:fund:SPY", factor:
     * "momentum_12m", score: 1.37}, {instrument_id: "cq:fund:SPY", factor: "composite", score: 0.92,
     * rank: 3}].
     *
     * @generated from field: repeated cq.portfolio.v1.InstrumentScore scores = 5;
     */
    scores: InstrumentScore[];
    /**
     * Output only. When CQ recorded the score set, in UTC. Example: 2026-11-01T00:03:12Z.
     *
     * @generated from field: google.protobuf.Timestamp create_time = 6;
     */
    createTime?: Timestamp | undefined;
};
/**
 * Describes the message cq.portfolio.v1.ScoreSet.
 * Use `create(ScoreSetSchema)` to create a new message.
 */
export declare const ScoreSetSchema: GenMessage<ScoreSet>;
/**
 * One instrument's score on one factor, and its rank among the set's instruments on that factor.
 *
 * @generated from message cq.portfolio.v1.InstrumentScore
 */
export type InstrumentScore = Message<"cq.portfolio.v1.InstrumentScore"> & {
    /**
     * Required. The CQ instrument id, `<market>:<type>:<symbol>`. Example: "cq:fund:SPY".
     *
     * @generated from field: string instrument_id = 1;
     */
    instrumentId: string;
    /**
     * Required. The factor or model the score is for, lower snake case, named by the producer.
     * Example: "momentum_12m".
     *
     * @generated from field: string factor = 2;
     */
    factor: string;
    /**
     * Required. The score, an analytics estimate in the factor's own unit (a z-score, a return);
     * higher is better; finite (no NaN or infinity), and 0 is a score like any other.
     * Example: 1.37.
     *
     * @generated from field: double score = 3;
     */
    score: number;
    /**
     * Optional. The rank among the set's instruments on this factor, 1 for the best; 0 means not
     * ranked; never negative. Example: 3.
     *
     * @generated from field: int32 rank = 4;
     */
    rank: number;
};
/**
 * Describes the message cq.portfolio.v1.InstrumentScore.
 * Use `create(InstrumentScoreSchema)` to create a new message.
 */
export declare const InstrumentScoreSchema: GenMessage<InstrumentScore>;
/**
 * One line of a rebalance: from an allocation weight to the quantity to hold and the order that
 * gets there. Quantities are in the instrument's quantity unit; amounts in the portfolio's
 * valuation currency.
 *
 * @generated from message cq.portfolio.v1.RebalanceTarget
 */
export type RebalanceTarget = Message<"cq.portfolio.v1.RebalanceTarget"> & {
    /**
     * Required. The CQ instrument id, `<market>:<type>:<symbol>`. Example: "cq:fund:SPY".
     *
     * @generated from field: string instrument_id = 1;
     */
    instrumentId: string;
    /**
     * Required. The target share of NAV, signed, from the allocation. Example: "0.25".
     *
     * @generated from field: cq.types.v1.Decimal target_weight = 2;
     */
    targetWeight?: Decimal | undefined;
    /**
     * Required. The price the target was sized at, in quote currency per unit; positive, since the
     * target quantity divides by it. Example: "512.34".
     *
     * @generated from field: cq.types.v1.Decimal reference_price = 3;
     */
    referencePrice?: Decimal | undefined;
    /**
     * Required. Units of the valuation currency per unit of the instrument's quote currency at
     * sizing, positive; "1" when they are the same. Example: "1.0842" for a EUR-quoted instrument in a
     * USD portfolio.
     *
     * @generated from field: cq.types.v1.Decimal fx_rate = 4;
     */
    fxRate?: Decimal | undefined;
    /**
     * Required. target_weight times the plan's NAV. Example: {value: "46057.64", asset_id: "USD"}.
     *
     * @generated from field: cq.types.v1.Amount target_notional = 5;
     */
    targetNotional?: Amount | undefined;
    /**
     * Required. The quantity to hold: target_notional / (reference_price * multiplier * fx_rate),
     * rounded toward zero to the instrument's lot size. Example: "89".
     *
     * @generated from field: cq.types.v1.Decimal target_quantity = 6;
     */
    targetQuantity?: Decimal | undefined;
    /**
     * Required. The quantity held when the plan was made, signed. Example: "60".
     *
     * @generated from field: cq.types.v1.Decimal current_quantity = 7;
     */
    currentQuantity?: Decimal | undefined;
    /**
     * Required. target_quantity minus current_quantity, signed; "0" when no order is needed.
     * Example: "29".
     *
     * @generated from field: cq.types.v1.Decimal order_quantity = 8;
     */
    orderQuantity?: Decimal | undefined;
};
/**
 * Describes the message cq.portfolio.v1.RebalanceTarget.
 * Use `create(RebalanceTargetSchema)` to create a new message.
 */
export declare const RebalanceTargetSchema: GenMessage<RebalanceTarget>;
/**
 * The orders that move a portfolio to an allocation, with the digest an approval references.
 *
 * orders_digest is the lowercase hex SHA-256 of the UTF-8 canonical text of orders: one line per
 * order, lines sorted by client_order_id in byte order, each line the fields client_order_id,
 * account_id, instrument_id, side, type, time_in_force, quantity, limit_price and stop_price joined
 * by "|" and ended by "\n"; enums as their full value names (SIDE_BUY), decimals in the normal form
 * of cq.types.v1.Decimal, unset fields as empty strings. The text form is used rather than protobuf
 * bytes because it is identical in every language, so an executor can recompute the digest and
 * refuse orders that differ from the ones approved.
 *
 * @generated from message cq.portfolio.v1.RebalancePlan
 */
export type RebalancePlan = Message<"cq.portfolio.v1.RebalancePlan"> & {
    /**
     * Required. The plan's id, chosen by the producer, opaque, at most 64 characters.
     * Example: "plan_20261101_0001".
     *
     * @generated from field: string plan_id = 1;
     */
    planId: string;
    /**
     * Required. The CQ portfolio to rebalance, at most 64 characters. Example: "pf_01HZX2R8D3".
     *
     * @generated from field: string portfolio_id = 2;
     */
    portfolioId: string;
    /**
     * Required. The allocation the plan implements, at most 64 characters.
     * Example: "alloc_01HZX5F0P2".
     *
     * @generated from field: string allocation_id = 3;
     */
    allocationId: string;
    /**
     * Required. The market data instant the targets were sized at, in UTC.
     * Example: 2026-11-01T00:05:00Z.
     *
     * @generated from field: google.protobuf.Timestamp as_of_time = 4;
     */
    asOfTime?: Timestamp | undefined;
    /**
     * Required. The NAV the weights were applied to, in the valuation currency.
     * Example: {value: "184230.55", asset_id: "USD"}.
     *
     * @generated from field: cq.types.v1.Amount nav = 5;
     */
    nav?: Amount | undefined;
    /**
     * Required. One target per instrument of the allocation or currently held; at least one.
     * Example: [{instrument_id: "cq:fund:SPY", target_quantity: "89", order_quantity: "29", ...}].
     *
     * @generated from field: repeated cq.portfolio.v1.RebalanceTarget targets = 6;
     */
    targets: RebalanceTarget[];
    /**
     * Required. The orders to place, one per target with a non-zero order_quantity, not yet placed:
     * client_order_id, account_id, instrument_id, side, type, time_in_force, quantity and prices set;
     * order_id and the other output-only fields empty. Empty when every order_quantity is "0".
     * Example: [{client_order_id: "plan_20261101_0001-SPY", instrument_id: "cq:fund:SPY", side:
     * SIDE_BUY, quantity: "29", ...}].
     *
     * @generated from field: repeated cq.venues.v1.Order orders = 7;
     */
    orders: Order[];
    /**
     * Required. The SHA-256 of the orders' canonical text, 64 lowercase hex characters, as defined
     * above; approvals name the plan's orders by it. Example:
     * "9f2c4be1a07d5e3f18c6b2a94d0e7f3c5b8a1d6e2f9c0b4a7d3e8f1c6b5a2d09".
     *
     * @generated from field: string orders_digest = 8;
     */
    ordersDigest: string;
    /**
     * Required. Whether the orders may only be placed after an APPROVED OrderApproval for
     * orders_digest. Example: true.
     *
     * @generated from field: bool approval_required = 9;
     */
    approvalRequired: boolean;
    /**
     * Output only. When CQ recorded the plan, in UTC. Example: 2026-11-01T00:05:03Z.
     *
     * @generated from field: google.protobuf.Timestamp create_time = 10;
     */
    createTime?: Timestamp | undefined;
};
/**
 * Describes the message cq.portfolio.v1.RebalancePlan.
 * Use `create(RebalancePlanSchema)` to create a new message.
 */
export declare const RebalancePlanSchema: GenMessage<RebalancePlan>;
/**
 * An approval (or refusal) of a rebalance plan's orders, referencing them by digest so that any
 * change to the orders voids it.
 *
 * @generated from message cq.portfolio.v1.OrderApproval
 */
export type OrderApproval = Message<"cq.portfolio.v1.OrderApproval"> & {
    /**
     * Required. The approval's id, opaque, at most 64 characters. Example: "apr_01HZXB3C7D".
     *
     * @generated from field: string approval_id = 1;
     */
    approvalId: string;
    /**
     * Required. The plan approved, at most 64 characters. Example: "plan_20261101_0001".
     *
     * @generated from field: string plan_id = 2;
     */
    planId: string;
    /**
     * Required. The plan's orders_digest the decision applies to; an executor places the orders only
     * if it recomputes the same digest from them. Example:
     * "9f2c4be1a07d5e3f18c6b2a94d0e7f3c5b8a1d6e2f9c0b4a7d3e8f1c6b5a2d09".
     *
     * @generated from field: string orders_digest = 3;
     */
    ordersDigest: string;
    /**
     * Required. Approved or rejected. Example: APPROVAL_DECISION_APPROVED.
     *
     * @generated from field: cq.portfolio.v1.ApprovalDecision decision = 4;
     */
    decision: ApprovalDecision;
    /**
     * Required. The CQ principal who decided: a human, since agents have no trading authority.
     * Example: "user:alice@cq.example".
     *
     * @generated from field: string approver_id = 5;
     */
    approverId: string;
    /**
     * Optional. Why, in the approver's words. Example: "Monthly rebalance reviewed".
     *
     * @generated from field: string comment = 6;
     */
    comment: string;
    /**
     * Required. When the decision was made, in UTC. Example: 2026-11-01T07:45:00Z.
     *
     * @generated from field: google.protobuf.Timestamp decide_time = 7;
     */
    decideTime?: Timestamp | undefined;
    /**
     * Optional. When an approval stops allowing the orders to be placed, in UTC; after decide_time.
     * Unset means it never lapses. Example: 2026-11-01T21:00:00Z.
     *
     * @generated from field: google.protobuf.Timestamp expire_time = 8;
     */
    expireTime?: Timestamp | undefined;
};
/**
 * Describes the message cq.portfolio.v1.OrderApproval.
 * Use `create(OrderApprovalSchema)` to create a new message.
 */
export declare const OrderApprovalSchema: GenMessage<OrderApproval>;
/**
 * A human's decision on a set of orders.
 *
 * @generated from enum cq.portfolio.v1.ApprovalDecision
 */
export declare enum ApprovalDecision {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: APPROVAL_DECISION_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * The orders may be placed.
     *
     * @generated from enum value: APPROVAL_DECISION_APPROVED = 1;
     */
    APPROVED = 1,
    /**
     * The orders must not be placed.
     *
     * @generated from enum value: APPROVAL_DECISION_REJECTED = 2;
     */
    REJECTED = 2
}
/**
 * Describes the enum cq.portfolio.v1.ApprovalDecision.
 */
export declare const ApprovalDecisionSchema: GenEnum<ApprovalDecision>;
