import type { GenEnum, GenFile, GenMessage } from "@bufbuild/protobuf/codegenv2";
import type { CandleInterval } from "../../markets/v1/resources_pb.js";
import type { Decimal } from "../../types/v1/decimal_pb.js";
import type { Side } from "../../types/v1/side_pb.js";
import type { OrderType } from "../../venues/v1/resources_pb.js";
import type { Timestamp } from "@bufbuild/protobuf/wkt";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file cq/events/v1/signals.proto.
 */
export declare const file_cq_events_v1_signals: GenFile;
/**
 * A trading signal from outside CQ, such as a TradingView webhook alert, as the ingest gateway
 * validated and normalised it. A signal is advice, never an order: agents read it and may propose a
 * trade.
 *
 * @generated from message cq.events.v1.TradingSignal
 */
export type TradingSignal = Message<"cq.events.v1.TradingSignal"> & {
    /**
     * Output only. The CQ id the gateway gave the signal, opaque, at most 64 characters; the
     * envelope's correlation_id of everything the signal leads to starts from it. Example:
     * "sig_01HZXC2M8N".
     *
     * @generated from field: string signal_id = 1;
     */
    signalId: string;
    /**
     * Required. Where the signal came from, lower snake case; an open set. Example: "tradingview".
     *
     * @generated from field: string source = 2;
     */
    source: string;
    /**
     * Required. The instrument as the source named it, raw, exchange prefix included. Example:
     * "BINANCE:BTCUSDT.P".
     *
     * @generated from field: string ticker = 3;
     */
    ticker: string;
    /**
     * Optional. The CQ instrument the gateway resolved ticker to; empty when it could not, in which
     * case agents decide whether to act. Example: "cq:perp:BTC-USD".
     *
     * @generated from field: string instrument_id = 4;
     */
    instrumentId: string;
    /**
     * Required. The normalised action. Example: SIGNAL_ACTION_BUY.
     *
     * @generated from field: cq.events.v1.SignalAction action = 5;
     */
    action: SignalAction;
    /**
     * Required. The action as the source spelled it, raw. Example: "buy".
     *
     * @generated from field: string raw_action = 6;
     */
    rawAction: string;
    /**
     * Optional. The price the source attached (usually the bar's close when the alert fired), in the
     * source's quote currency per unit. Example: "64250.5".
     *
     * @generated from field: cq.types.v1.Decimal price = 7;
     */
    price?: Decimal | undefined;
    /**
     * Optional. The quantity the source attached, in the source's unit (contracts or base units).
     * Unset means the source gave none and the agent sizes the trade. Example: "0.25".
     *
     * @generated from field: cq.types.v1.Decimal quantity = 8;
     */
    quantity?: Decimal | undefined;
    /**
     * Optional. The name of the strategy or alert that fired, raw. Example: "EMA cross 9/21".
     *
     * @generated from field: string strategy = 9;
     */
    strategy: string;
    /**
     * Optional. The chart timeframe as the source spelled it, raw. Example: "15" (TradingView minutes),
     * "1h", "D".
     *
     * @generated from field: string timeframe = 10;
     */
    timeframe: string;
    /**
     * Optional. timeframe normalised to a CQ candle interval; unset when it is not one of them.
     * Example: CANDLE_INTERVAL_15_MINUTES.
     *
     * @generated from field: cq.markets.v1.CandleInterval interval = 11;
     */
    interval: CandleInterval;
    /**
     * Optional. When the source says the signal fired, by its clock, in UTC; unset when the payload
     * carries no time. Example: 2026-11-03T14:30:00Z.
     *
     * @generated from field: google.protobuf.Timestamp event_time = 12;
     */
    eventTime?: Timestamp | undefined;
    /**
     * Output only. When the gateway received the webhook, by CQ's clock, in UTC. Example:
     * 2026-11-03T14:30:00.412Z.
     *
     * @generated from field: google.protobuf.Timestamp receive_time = 13;
     */
    receiveTime?: Timestamp | undefined;
    /**
     * Required. The request body exactly as received, for audit and replay, with any shared secret
     * (a webhook passphrase) removed by the gateway before publishing. At most 64 KiB. Example: the
     * bytes of {"ticker":"BINANCE:BTCUSDT.P","action":"buy","price":"64250.5"}.
     *
     * @generated from field: bytes raw_payload = 14;
     */
    rawPayload: Uint8Array;
    /**
     * Required. The media type of raw_payload as the sender declared it. Example: "application/json".
     *
     * @generated from field: string raw_content_type = 15;
     */
    rawContentType: string;
    /**
     * Optional. The payload's other fields the gateway does not normalise, keyed by their names in the
     * payload, values raw. Example: {"exchange": "BINANCE", "market_position": "long"}.
     *
     * @generated from field: map<string, string> attributes = 16;
     */
    attributes: {
        [key: string]: string;
    };
};
/**
 * Describes the message cq.events.v1.TradingSignal.
 * Use `create(TradingSignalSchema)` to create a new message.
 */
export declare const TradingSignalSchema: GenMessage<TradingSignal>;
/**
 * A trade an agent proposes after analysing signals and market context. A proposal is advice: it
 * becomes an order only when a decider (a supervising agent, a human or an automatic policy with a
 * pre-trade check) accepts it, which TradeProposalDecided records.
 *
 * @generated from message cq.events.v1.TradeProposal
 */
export type TradeProposal = Message<"cq.events.v1.TradeProposal"> & {
    /**
     * Required. The proposal's id, chosen by the agent, opaque, at most 64 characters. Example:
     * "prop_01HZXC4F2Q".
     *
     * @generated from field: string proposal_id = 1;
     */
    proposalId: string;
    /**
     * Required. The proposing agent, as the agent registry names it. Example:
     * "at-agents/momentum-analyst".
     *
     * @generated from field: string agent_id = 2;
     */
    agentId: string;
    /**
     * Optional. The model behind the agent, for audit. Example: "claude-sonnet-4-5".
     *
     * @generated from field: string agent_model = 3;
     */
    agentModel: string;
    /**
     * Optional. The signals the proposal acts on (TradingSignal.signal_id); empty when the agent
     * proposes on its own analysis. Example: ["sig_01HZXC2M8N"].
     *
     * @generated from field: repeated string signal_ids = 4;
     */
    signalIds: string[];
    /**
     * Optional. The CQ venue account the trade should go to. Empty leaves routing to the decider.
     * Example: "acc_01HZX3K9Q7".
     *
     * @generated from field: string account_id = 5;
     */
    accountId: string;
    /**
     * Required. The CQ instrument id. Example: "cq:perp:BTC-USD".
     *
     * @generated from field: string instrument_id = 6;
     */
    instrumentId: string;
    /**
     * Required. Buy or sell. Example: SIDE_BUY.
     *
     * @generated from field: cq.types.v1.Side side = 7;
     */
    side: Side;
    /**
     * Required. The quantity, positive, in the instrument's quantity unit. Example: "0.25".
     *
     * @generated from field: cq.types.v1.Decimal quantity = 8;
     */
    quantity?: Decimal | undefined;
    /**
     * Required. How the order should be priced. Example: ORDER_TYPE_LIMIT.
     *
     * @generated from field: cq.venues.v1.OrderType order_type = 9;
     */
    orderType: OrderType;
    /**
     * Optional. The limit price, in quote currency per unit: required for ORDER_TYPE_LIMIT,
     * ORDER_TYPE_STOP_LIMIT and ORDER_TYPE_TAKE_PROFIT_LIMIT, unset for ORDER_TYPE_MARKET. Example:
     * "64200".
     *
     * @generated from field: cq.types.v1.Decimal limit_price = 10;
     */
    limitPrice?: Decimal | undefined;
    /**
     * Optional. A protective stop price for the resulting position, in quote currency per unit.
     * Example: "62500".
     *
     * @generated from field: cq.types.v1.Decimal stop_loss_price = 11;
     */
    stopLossPrice?: Decimal | undefined;
    /**
     * Optional. A profit-taking price for the resulting position, in quote currency per unit.
     * Example: "68000".
     *
     * @generated from field: cq.types.v1.Decimal take_profit_price = 12;
     */
    takeProfitPrice?: Decimal | undefined;
    /**
     * Optional. The strategy the trade belongs to, for attribution (cq.venues.v1.Order.strategy_id).
     * Example: "tv-ema-cross".
     *
     * @generated from field: string strategy_id = 13;
     */
    strategyId: string;
    /**
     * Required. Why the agent proposes the trade, in plain language for the decider and the audit
     * trail. Example: "15m EMA 9/21 cross up confirmed by rising open interest; funding neutral."
     *
     * @generated from field: string rationale = 14;
     */
    rationale: string;
    /**
     * Required. The agent's confidence that the trade is right, an analytics estimate strictly between
     * 0 and 1: an agent is never certain either way. Example: 0.72.
     *
     * @generated from field: double confidence = 15;
     */
    confidence: number;
    /**
     * Required. When the agent made the proposal, in UTC. Example: 2026-11-03T14:30:02.118Z.
     *
     * @generated from field: google.protobuf.Timestamp create_time = 16;
     */
    createTime?: Timestamp | undefined;
    /**
     * Optional. When the proposal lapses if nobody has decided it, in UTC; after create_time. Unset
     * means the decider's default. Example: 2026-11-03T14:35:00Z.
     *
     * @generated from field: google.protobuf.Timestamp expire_time = 17;
     */
    expireTime?: Timestamp | undefined;
};
/**
 * Describes the message cq.events.v1.TradeProposal.
 * Use `create(TradeProposalSchema)` to create a new message.
 */
export declare const TradeProposalSchema: GenMessage<TradeProposal>;
/**
 * Published by an ingest gateway when it accepts an inbound signal. Subject: the signal id.
 * Partition key: the instrument id, or the ticker when unresolved.
 *
 * @generated from message cq.events.v1.SignalReceived
 */
export type SignalReceived = Message<"cq.events.v1.SignalReceived"> & {
    /**
     * Required. The signal. Example: { signal_id: "sig_01HZXC2M8N", source: "tradingview", ticker:
     * "BINANCE:BTCUSDT.P", action: SIGNAL_ACTION_BUY, ... }.
     *
     * @generated from field: cq.events.v1.TradingSignal signal = 1;
     */
    signal?: TradingSignal | undefined;
};
/**
 * Describes the message cq.events.v1.SignalReceived.
 * Use `create(SignalReceivedSchema)` to create a new message.
 */
export declare const SignalReceivedSchema: GenMessage<SignalReceived>;
/**
 * Published by an agent when it proposes a trade. Subject: the proposal id. Partition key: the
 * instrument id.
 *
 * @generated from message cq.events.v1.TradeProposed
 */
export type TradeProposed = Message<"cq.events.v1.TradeProposed"> & {
    /**
     * Required. The proposal. Example: { proposal_id: "prop_01HZXC4F2Q", agent_id:
     * "at-agents/momentum-analyst", side: SIDE_BUY, quantity: "0.25", confidence: 0.72, ... }.
     *
     * @generated from field: cq.events.v1.TradeProposal proposal = 1;
     */
    proposal?: TradeProposal | undefined;
};
/**
 * Describes the message cq.events.v1.TradeProposed.
 * Use `create(TradeProposedSchema)` to create a new message.
 */
export declare const TradeProposedSchema: GenMessage<TradeProposed>;
/**
 * Published by the decider of a trade proposal (a supervising agent, a human, or an execution
 * policy) when it accepts, rejects or lets lapse a proposal. Subject: the proposal id. Partition key:
 * the proposal's instrument id.
 *
 * @generated from message cq.events.v1.TradeProposalDecided
 */
export type TradeProposalDecided = Message<"cq.events.v1.TradeProposalDecided"> & {
    /**
     * Required. The proposal decided. Example: "prop_01HZXC4F2Q".
     *
     * @generated from field: string proposal_id = 1;
     */
    proposalId: string;
    /**
     * Required. What became of it. Example: PROPOSAL_DECISION_ACCEPTED.
     *
     * @generated from field: cq.events.v1.ProposalDecision decision = 2;
     */
    decision: ProposalDecision;
    /**
     * Required. The CQ principal that decided. Example: "service:at-exec-sim",
     * "user:alice@cq.example".
     *
     * @generated from field: string decider_id = 3;
     */
    deciderId: string;
    /**
     * Optional. Why, human-readable; never parsed by machines. Required for a rejection. Example:
     * "rejected: confidence 0.41 below policy minimum 0.6".
     *
     * @generated from field: string reason = 4;
     */
    reason: string;
    /**
     * Optional. The CQ order placed for an accepted proposal; empty otherwise. Example:
     * "ord_01HZX4B2M6".
     *
     * @generated from field: string order_id = 5;
     */
    orderId: string;
    /**
     * Optional. The RiskEngine pre-trade check made for the proposal, accepted or not. Example:
     * "chk_01JC2ZK8W6".
     *
     * @generated from field: string check_id = 6;
     */
    checkId: string;
    /**
     * Required. When the decision was made, in UTC. Example: 2026-11-03T14:30:02.530Z.
     *
     * @generated from field: google.protobuf.Timestamp decide_time = 7;
     */
    decideTime?: Timestamp | undefined;
};
/**
 * Describes the message cq.events.v1.TradeProposalDecided.
 * Use `create(TradeProposalDecidedSchema)` to create a new message.
 */
export declare const TradeProposalDecidedSchema: GenMessage<TradeProposalDecided>;
/**
 * What an inbound signal asks for.
 *
 * @generated from enum cq.events.v1.SignalAction
 */
export declare enum SignalAction {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: SIGNAL_ACTION_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * Buy, or go long.
     *
     * @generated from enum value: SIGNAL_ACTION_BUY = 1;
     */
    BUY = 1,
    /**
     * Sell, or go short.
     *
     * @generated from enum value: SIGNAL_ACTION_SELL = 2;
     */
    SELL = 2,
    /**
     * Close (flatten) the position in the instrument, whatever its side.
     *
     * @generated from enum value: SIGNAL_ACTION_CLOSE = 3;
     */
    CLOSE = 3
}
/**
 * Describes the enum cq.events.v1.SignalAction.
 */
export declare const SignalActionSchema: GenEnum<SignalAction>;
/**
 * What became of a trade proposal.
 *
 * @generated from enum cq.events.v1.ProposalDecision
 */
export declare enum ProposalDecision {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: PROPOSAL_DECISION_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * Accepted; an order was placed (order_id).
     *
     * @generated from enum value: PROPOSAL_DECISION_ACCEPTED = 1;
     */
    ACCEPTED = 1,
    /**
     * Rejected by the decider or by the pre-trade check; reason says why.
     *
     * @generated from enum value: PROPOSAL_DECISION_REJECTED = 2;
     */
    REJECTED = 2,
    /**
     * Lapsed at expire_time without a decision.
     *
     * @generated from enum value: PROPOSAL_DECISION_EXPIRED = 3;
     */
    EXPIRED = 3
}
/**
 * Describes the enum cq.events.v1.ProposalDecision.
 */
export declare const ProposalDecisionSchema: GenEnum<ProposalDecision>;
