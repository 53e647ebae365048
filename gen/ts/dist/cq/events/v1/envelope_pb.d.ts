import type { GenEnum, GenFile, GenMessage } from "@bufbuild/protobuf/codegenv2";
import type { AllocationCreated, AssetCreated, BalanceChanged, CancelRejected, CandleUpdated, DerivativesMetricsUpdated, ExecutionReported, FundingPaymentBooked, InstrumentCreated, InstrumentUpdated, LimitStatusChanged, MarketStatusChanged, OrderApprovalDecided, OrderBookUpdated, OrderCancelRequested, OrderChecked, OrderPlaced, OrderReplaceRequested, OrderStatusChanged, PortfolioSnapshotTaken, PositionChanged, PriceUpdated, RebalancePlanned, RiskAlert, ScoresComputed, TradePrinted, TransactionBooked, UniverseSelected } from "./events_pb.js";
import type { SignalReceived, TradeProposalDecided, TradeProposed } from "./signals_pb.js";
import type { Timestamp } from "@bufbuild/protobuf/wkt";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file cq/events/v1/envelope.proto.
 */
export declare const file_cq_events_v1_envelope: GenFile;
/**
 * An event as published on the CQ event bus: CloudEvents 1.0 context attributes, CQ's ordering,
 * tracing and timing extensions, an integrity checksum, and the typed payload.
 *
 * CloudEvents mapping: id, source, spec_version (specversion), type, subject, time,
 * data_content_type (datacontenttype) and data_schema (dataschema) are the CloudEvents attributes;
 * the other header fields are extension attributes named by dropping the underscores (sequence,
 * partitionkey, correlationid, causationid, schemaversion, eventtime, receivetime, publishtime,
 * checksumalgorithm, checksum). In CloudEvents binary mode the payload message is the event data.
 *
 * Delivery is at least once, so consumers de-duplicate: the pair (source, id) identifies an event,
 * and a second delivery of a pair already processed is dropped. Each source numbers its events 1,
 * 2, 3, ... in sequence, without gaps, in publish order, so a consumer keeps the last sequence per
 * source: a sequence at or below it is a duplicate or a replay; a sequence above it plus one means
 * events were lost, and the consumer replays them from the bus or resyncs from the owning service
 * (for example ListOrders or GetRiskSnapshot) before applying more; a sequence of 1 after higher
 * ones means the source restarted its numbering, and the consumer resyncs the same way. Gap
 * detection needs every event of the source, so a consumer that filters by type tracks sequences
 * before filtering, and a producer publishes all events of one source under one partition_key.
 *
 * Field numbers: header fields use 1 to 99; payloads use 100 and up, in blocks of 100 per domain
 * (assets 100, markets 200, venues 300, portfolio 400, risk 500, signals 600; a new domain takes the
 * next free block), so each domain's events can grow without renumbering. A payload is numbered in
 * the block of the domain whose resource it carries or whose service publishes it.
 *
 * Addressing on the bus: the topic (Kafka, Redis Streams) is the event type, and the message key is
 * partition_key. On subject-addressed buses (NATS) the subject is `<type>.<partition_key>`, for
 * example "cq.events.v1.OrderPlaced.acc_01HZX3K9Q7", with the characters NATS reserves in a token
 * (".", "*", ">", whitespace) and "%" percent-encoded in the partition key
 * ("cq.events.v1.PriceUpdated.cq:equity:BRK%2EB"). A consumer subscribes to one event type with
 * "cq.events.v1.OrderPlaced.>" and to one key's events of every type with
 * "cq.events.v1.*.acc_01HZX3K9Q7".
 *
 * @generated from message cq.events.v1.EventEnvelope
 */
export type EventEnvelope = Message<"cq.events.v1.EventEnvelope"> & {
    /**
     * Required. The event's id, unique within source; a producer that republishes the event (after a
     * failed publish, say) reuses it. CQ producers use UUIDv7, so ids are also unique across sources.
     * At most 64 characters. Example: "01932f4c-7b1e-7c3a-9d2e-5b8f1a6c4e20".
     *
     * @generated from field: string id = 1;
     */
    id: string;
    /**
     * Required. A URI reference naming the producer stream the event belongs to:
     * `/cq/<service>/<scope>`, one source per ordered stream with its own sequence. Example:
     * "/cq/venue-gateway/kraken/acc_01HZX3K9Q7".
     *
     * @generated from field: string source = 2;
     */
    source: string;
    /**
     * Required. The CloudEvents specification version the envelope conforms to. Always "1.0" in v1.
     * Example: "1.0".
     *
     * @generated from field: string spec_version = 3;
     */
    specVersion: string;
    /**
     * Required. The full protobuf name of the payload message, which names the payload field that is
     * set. A consumer that does not know the type (a newer payload) finds payload unset, and skips
     * the event after tracking its sequence. Example: "cq.events.v1.OrderPlaced".
     *
     * @generated from field: string type = 4;
     */
    type: string;
    /**
     * Optional. The id of the resource the event is about, within the source: an asset, instrument,
     * order or account id, so consumers can filter without decoding the payload. Example:
     * "ord_01HZX4B2M6".
     *
     * @generated from field: string subject = 5;
     */
    subject: string;
    /**
     * Required. When the occurrence happened (CloudEvents time), in UTC: a copy of event_time when
     * the event comes from a venue or chain, else the producer's clock at the occurrence. Example:
     * 2026-11-03T14:30:01.003Z.
     *
     * @generated from field: google.protobuf.Timestamp time = 6;
     */
    time?: Timestamp | undefined;
    /**
     * Optional. The media type of the payload when carried as CloudEvents data outside this envelope:
     * "application/protobuf" for the binary wire format or "application/json" for proto3 JSON. Unset
     * means "application/protobuf". Example: "application/protobuf".
     *
     * @generated from field: string data_content_type = 7;
     */
    dataContentType: string;
    /**
     * Optional. A URI naming the payload's schema, the payload's full message name and schema_version
     * under CQ's schema namespace. Example: "urn:cq:schema:cq.events.v1.OrderPlaced:1.4.0".
     *
     * @generated from field: string data_schema = 8;
     */
    dataSchema: string;
    /**
     * Required. The event's position in its source's stream: 1 for the first event, then one more for
     * each event the source publishes, never skipping. Carried as a decimal string in CloudEvents
     * headers; compare numerically. Example: 48213.
     *
     * @generated from field: uint64 sequence = 9;
     */
    sequence: bigint;
    /**
     * Required. The key the bus partitions and orders on: events with equal keys are delivered in
     * publish order. CQ uses the account id for order, execution, balance, position and risk events,
     * the instrument id for market data, instruments and signals, the asset id for assets, and the
     * portfolio id for snapshots, allocations and rebalance plans; each payload message's comment
     * names its key. Example: "acc_01HZX3K9Q7".
     *
     * @generated from field: string partition_key = 10;
     */
    partitionKey: string;
    /**
     * Optional. An id shared by every request and event of one business flow (a signal, the proposal
     * it led to, the order, its fills, the position change), copied unchanged from the triggering
     * event or request. Empty for an event that starts no flow. Example:
     * "01932f4c-6a00-7d11-8c3b-0e4f2a9b7c55".
     *
     * @generated from field: string correlation_id = 11;
     */
    correlationId: string;
    /**
     * Optional. The id of the event that directly caused this one, for example the ExecutionReported
     * event behind a PositionChanged. Empty when a request or a timer caused it. Example:
     * "01932f4c-7a90-7b02-a1c4-3d5e6f708192".
     *
     * @generated from field: string causation_id = 12;
     */
    causationId: string;
    /**
     * Required. The semantic version of the CQ contracts release the producer was built from. Within
     * v1 every version can read every other's payloads; the version is for diagnostics and for
     * consumers that need a field added in a later release. Example: "1.4.0".
     *
     * @generated from field: string schema_version = 13;
     */
    schemaVersion: string;
    /**
     * Optional. The external source's own timestamp of the occurrence (the venue's transaction time,
     * the block time), on that source's clock; unset for events CQ originates. Example:
     * 2026-11-03T14:30:01.003Z.
     *
     * @generated from field: google.protobuf.Timestamp event_time = 14;
     */
    eventTime?: Timestamp | undefined;
    /**
     * Optional. When the CQ producer received the external message behind the event, on CQ's clock;
     * unset for events CQ originates. Example: 2026-11-03T14:30:01.011Z.
     *
     * @generated from field: google.protobuf.Timestamp receive_time = 15;
     */
    receiveTime?: Timestamp | undefined;
    /**
     * Required. When the producer published the envelope to the bus, on CQ's clock, never before
     * receive_time; a republish keeps the first publish_time. Example: 2026-11-03T14:30:01.014Z.
     *
     * @generated from field: google.protobuf.Timestamp publish_time = 16;
     */
    publishTime?: Timestamp | undefined;
    /**
     * Required. An integrity checksum of the payload bytes (see PayloadChecksum for exactly which
     * bytes), BLAKE3 by default. Example: { algorithm: CHECKSUM_ALGORITHM_BLAKE3, digest:
     * "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=" }.
     *
     * @generated from field: cq.events.v1.PayloadChecksum checksum = 17;
     */
    checksum?: PayloadChecksum | undefined;
    /**
     * Required. The event itself, exactly one of the payload messages, matching type. Validation
     * checks the match but not presence: a consumer built before a payload type existed decodes it as
     * unset.
     *
     * @generated from oneof cq.events.v1.EventEnvelope.payload
     */
    payload: {
        /**
         * Optional. An asset was added to the AssetRegistry. Set exactly when type is
         * "cq.events.v1.AssetCreated". Example: { asset: { asset_id: "USDC", ... } }.
         *
         * @generated from field: cq.events.v1.AssetCreated asset_created = 100;
         */
        value: AssetCreated;
        case: "assetCreated";
    } | {
        /**
         * Optional. An instrument was registered. Set exactly when type is
         * "cq.events.v1.InstrumentCreated". Example: { instrument: { instrument_id: "cq:perp:BTC-USD",
         * ... } }.
         *
         * @generated from field: cq.events.v1.InstrumentCreated instrument_created = 101;
         */
        value: InstrumentCreated;
        case: "instrumentCreated";
    } | {
        /**
         * Optional. An instrument changed (status, trading rules, listings). Set exactly when type is
         * "cq.events.v1.InstrumentUpdated". Example: { instrument: { ... }, changed_fields: { paths:
         * ["status"] } }.
         *
         * @generated from field: cq.events.v1.InstrumentUpdated instrument_updated = 102;
         */
        value: InstrumentUpdated;
        case: "instrumentUpdated";
    } | {
        /**
         * Optional. An instrument's price changed. Set exactly when type is
         * "cq.events.v1.PriceUpdated". Example: { price: { instrument_id: "cq:spot:BTC-USD", ... } }.
         *
         * @generated from field: cq.events.v1.PriceUpdated price_updated = 200;
         */
        value: PriceUpdated;
        case: "priceUpdated";
    } | {
        /**
         * Optional. A public trade printed on a venue. Set exactly when type is
         * "cq.events.v1.TradePrinted". Example: { trade: { trade_id: "5283041197", ... } }.
         *
         * @generated from field: cq.events.v1.TradePrinted trade_printed = 201;
         */
        value: TradePrinted;
        case: "tradePrinted";
    } | {
        /**
         * Optional. A venue's order book changed (snapshot or delta). Set exactly when type is
         * "cq.events.v1.OrderBookUpdated". Example: { delta: { sequence_number: 88123005, ... } }.
         *
         * @generated from field: cq.events.v1.OrderBookUpdated order_book_updated = 202;
         */
        value: OrderBookUpdated;
        case: "orderBookUpdated";
    } | {
        /**
         * Optional. A candle closed or changed. Set exactly when type is "cq.events.v1.CandleUpdated".
         * Example: { candle: { interval: CANDLE_INTERVAL_1_HOUR, closed: true, ... } }.
         *
         * @generated from field: cq.events.v1.CandleUpdated candle_updated = 203;
         */
        value: CandleUpdated;
        case: "candleUpdated";
    } | {
        /**
         * Optional. A perpetual's or future's funding, open interest or basis changed. Set exactly when
         * type is "cq.events.v1.DerivativesMetricsUpdated". Example: { derivatives_metrics: {
         * funding_rate: "0.0001", ... } }.
         *
         * @generated from field: cq.events.v1.DerivativesMetricsUpdated derivatives_metrics_updated = 204;
         */
        value: DerivativesMetricsUpdated;
        case: "derivativesMetricsUpdated";
    } | {
        /**
         * Optional. A market's trading phase changed. Set exactly when type is
         * "cq.events.v1.MarketStatusChanged". Example: { instrument_id: "cq:equity:AAPL", status:
         * MARKET_STATUS_HALTED, ... }.
         *
         * @generated from field: cq.events.v1.MarketStatusChanged market_status_changed = 205;
         */
        value: MarketStatusChanged;
        case: "marketStatusChanged";
    } | {
        /**
         * Optional. CQ accepted an order and sent it to its venue. Set exactly when type is
         * "cq.events.v1.OrderPlaced". Example: { order: { order_id: "ord_01HZX4B2M6", ... } }.
         *
         * @generated from field: cq.events.v1.OrderPlaced order_placed = 300;
         */
        value: OrderPlaced;
        case: "orderPlaced";
    } | {
        /**
         * Optional. A venue reported an execution event on an order. Set exactly when type is
         * "cq.events.v1.ExecutionReported". Example: { execution_report: { exec_id: "exe_01HZX4C7RT",
         * ... } }.
         *
         * @generated from field: cq.events.v1.ExecutionReported execution_reported = 301;
         */
        value: ExecutionReported;
        case: "executionReported";
    } | {
        /**
         * Optional. An order's status changed. Set exactly when type is
         * "cq.events.v1.OrderStatusChanged". Example: { order: { status: ORDER_STATUS_FILLED, ... },
         * previous_status: ORDER_STATUS_PARTIALLY_FILLED, ... }.
         *
         * @generated from field: cq.events.v1.OrderStatusChanged order_status_changed = 302;
         */
        value: OrderStatusChanged;
        case: "orderStatusChanged";
    } | {
        /**
         * Optional. A cancel was sent to the venue. Set exactly when type is
         * "cq.events.v1.OrderCancelRequested". Example: { order: { status: ORDER_STATUS_PENDING_CANCEL,
         * ... }, requested_by: "user:alice@cq.example" }.
         *
         * @generated from field: cq.events.v1.OrderCancelRequested order_cancel_requested = 303;
         */
        value: OrderCancelRequested;
        case: "orderCancelRequested";
    } | {
        /**
         * Optional. A cancel/replace was sent to the venue. Set exactly when type is
         * "cq.events.v1.OrderReplaceRequested". Example: { orig_client_order_id:
         * "mm-btc-20261101-000042", client_order_id: "mm-btc-20261101-000043", ... }.
         *
         * @generated from field: cq.events.v1.OrderReplaceRequested order_replace_requested = 304;
         */
        value: OrderReplaceRequested;
        case: "orderReplaceRequested";
    } | {
        /**
         * Optional. A venue rejected a cancel or cancel/replace. Set exactly when type is
         * "cq.events.v1.CancelRejected". Example: { cancel_reject: { reason:
         * CANCEL_REJECT_REASON_TOO_LATE, ... } }.
         *
         * @generated from field: cq.events.v1.CancelRejected cancel_rejected = 305;
         */
        value: CancelRejected;
        case: "cancelRejected";
    } | {
        /**
         * Optional. An account's balance of an asset changed. Set exactly when type is
         * "cq.events.v1.BalanceChanged". Example: { after: { asset_id: "USD", total: "24999.16", ... }
         * }.
         *
         * @generated from field: cq.events.v1.BalanceChanged balance_changed = 306;
         */
        value: BalanceChanged;
        case: "balanceChanged";
    } | {
        /**
         * Optional. A position's quantity or cost changed. Set exactly when type is
         * "cq.events.v1.PositionChanged". Example: { after: { ... }, cause:
         * POSITION_CHANGE_CAUSE_TRADE, ... }.
         *
         * @generated from field: cq.events.v1.PositionChanged position_changed = 400;
         */
        value: PositionChanged;
        case: "positionChanged";
    } | {
        /**
         * Optional. A portfolio snapshot was stored. Set exactly when type is
         * "cq.events.v1.PortfolioSnapshotTaken". Example: { snapshot: { nav: { value: "184230.55",
         * asset_id: "USD" }, ... } }.
         *
         * @generated from field: cq.events.v1.PortfolioSnapshotTaken portfolio_snapshot_taken = 401;
         */
        value: PortfolioSnapshotTaken;
        case: "portfolioSnapshotTaken";
    } | {
        /**
         * Optional. A ledger entry was booked. Set exactly when type is
         * "cq.events.v1.TransactionBooked". Example: { transaction: { type: TRANSACTION_TYPE_FEE, ... }
         * }.
         *
         * @generated from field: cq.events.v1.TransactionBooked transaction_booked = 402;
         */
        value: TransactionBooked;
        case: "transactionBooked";
    } | {
        /**
         * Optional. A perpetual funding payment was booked. Set exactly when type is
         * "cq.events.v1.FundingPaymentBooked". Example: { funding_payment: { funding_rate: "0.0001",
         * ... } }.
         *
         * @generated from field: cq.events.v1.FundingPaymentBooked funding_payment_booked = 403;
         */
        value: FundingPaymentBooked;
        case: "fundingPaymentBooked";
    } | {
        /**
         * Optional. Research recorded an allocation. Set exactly when type is
         * "cq.events.v1.AllocationCreated". Example: { allocation: { allocation_id: "alloc_01HZX5F0P2",
         * ... } }.
         *
         * @generated from field: cq.events.v1.AllocationCreated allocation_created = 404;
         */
        value: AllocationCreated;
        case: "allocationCreated";
    } | {
        /**
         * Optional. A research run selected a universe. Set exactly when type is
         * "cq.events.v1.UniverseSelected". Example: { universe: { universe_id: "univ_20261101_funds",
         * ... } }.
         *
         * @generated from field: cq.events.v1.UniverseSelected universe_selected = 405;
         */
        value: UniverseSelected;
        case: "universeSelected";
    } | {
        /**
         * Optional. A research run computed scores and rankings. Set exactly when type is
         * "cq.events.v1.ScoresComputed". Example: { score_set: { score_set_id:
         * "scores_20261101_funds", ... } }.
         *
         * @generated from field: cq.events.v1.ScoresComputed scores_computed = 406;
         */
        value: ScoresComputed;
        case: "scoresComputed";
    } | {
        /**
         * Optional. The trading bridge planned a rebalance. Set exactly when type is
         * "cq.events.v1.RebalancePlanned". Example: { plan: { plan_id: "plan_20261101_0001", ... } }.
         *
         * @generated from field: cq.events.v1.RebalancePlanned rebalance_planned = 407;
         */
        value: RebalancePlanned;
        case: "rebalancePlanned";
    } | {
        /**
         * Optional. A human approved or rejected a plan's orders. Set exactly when type is
         * "cq.events.v1.OrderApprovalDecided". Example: { approval: { decision:
         * APPROVAL_DECISION_APPROVED, ... } }.
         *
         * @generated from field: cq.events.v1.OrderApprovalDecided order_approval_decided = 408;
         */
        value: OrderApprovalDecided;
        case: "orderApprovalDecided";
    } | {
        /**
         * Optional. The RiskEngine raised an alert. Set exactly when type is "cq.events.v1.RiskAlert".
         * Example: { alert: { alert_id: "alr_01JC2ZKA3P", ... } }.
         *
         * @generated from field: cq.events.v1.RiskAlert risk_alert = 500;
         */
        value: RiskAlert;
        case: "riskAlert";
    } | {
        /**
         * Optional. A limit's status changed (warning, breach, restore). Set exactly when type is
         * "cq.events.v1.LimitStatusChanged". Example: { limit: { status: LIMIT_STATUS_BREACHED, ... },
         * previous_status: LIMIT_STATUS_WARNING }.
         *
         * @generated from field: cq.events.v1.LimitStatusChanged limit_status_changed = 501;
         */
        value: LimitStatusChanged;
        case: "limitStatusChanged";
    } | {
        /**
         * Optional. The RiskEngine made a pre-trade check. Set exactly when type is
         * "cq.events.v1.OrderChecked". Example: { result: { decision: CHECK_DECISION_REJECT, ... } }.
         *
         * @generated from field: cq.events.v1.OrderChecked order_checked = 502;
         */
        value: OrderChecked;
        case: "orderChecked";
    } | {
        /**
         * Optional. An inbound trading signal was accepted. Set exactly when type is
         * "cq.events.v1.SignalReceived". Example: { signal: { source: "tradingview", ticker:
         * "BINANCE:BTCUSDT.P", ... } }.
         *
         * @generated from field: cq.events.v1.SignalReceived signal_received = 600;
         */
        value: SignalReceived;
        case: "signalReceived";
    } | {
        /**
         * Optional. An agent proposed a trade. Set exactly when type is "cq.events.v1.TradeProposed".
         * Example: { proposal: { proposal_id: "prop_01HZXC4F2Q", ... } }.
         *
         * @generated from field: cq.events.v1.TradeProposed trade_proposed = 601;
         */
        value: TradeProposed;
        case: "tradeProposed";
    } | {
        /**
         * Optional. A trade proposal was accepted, rejected or lapsed. Set exactly when type is
         * "cq.events.v1.TradeProposalDecided". Example: { proposal_id: "prop_01HZXC4F2Q", decision:
         * PROPOSAL_DECISION_ACCEPTED, ... }.
         *
         * @generated from field: cq.events.v1.TradeProposalDecided trade_proposal_decided = 602;
         */
        value: TradeProposalDecided;
        case: "tradeProposalDecided";
    } | {
        case: undefined;
        value?: undefined;
    };
};
/**
 * Describes the message cq.events.v1.EventEnvelope.
 * Use `create(EventEnvelopeSchema)` to create a new message.
 */
export declare const EventEnvelopeSchema: GenMessage<EventEnvelope>;
/**
 * A checksum that lets a consumer detect a payload corrupted or altered between producer and
 * consumer. It is not a signature: anyone who can change the payload can recompute it.
 *
 * The digest covers exactly the bytes of the payload message set in EventEnvelope.payload (the
 * OrderPlaced message, say), serialised in the protobuf binary wire format with deterministic
 * serialisation: without the envelope's field tag and length prefix, and without any envelope
 * field. Those are the bytes that appear as the value of the payload field in the serialised
 * envelope, and the CloudEvents data in binary mode with data_content_type
 * "application/protobuf". Header fields (id, source, time, subject, sequence...) are not covered,
 * because transports rewrite them into their own headers; a consumer that needs them protected
 * relies on the transport's integrity (TLS) instead.
 *
 * Deterministic serialisation is not canonical across protobuf libraries and versions (unknown
 * fields and map order may be written differently), so a consumer verifies against the received
 * bytes where its library exposes them, rather than re-serialising the parsed message. The
 * checksum is the same whether the envelope travels as binary or as JSON: a JSON consumer
 * re-serialises the payload deterministically to verify, which matches whenever payload holds no
 * field unknown to it. In JSON the digest is base64, as for any bytes field; a producer that also
 * writes the digest as a header writes it as lowercase hex.
 *
 * @generated from message cq.events.v1.PayloadChecksum
 */
export type PayloadChecksum = Message<"cq.events.v1.PayloadChecksum"> & {
    /**
     * Required. The hash function. Example: CHECKSUM_ALGORITHM_BLAKE3.
     *
     * @generated from field: cq.events.v1.ChecksumAlgorithm algorithm = 1;
     */
    algorithm: ChecksumAlgorithm;
    /**
     * Required. The raw digest, 32 bytes for both algorithms (base64 in proto3 JSON). Example:
     * "n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=".
     *
     * @generated from field: bytes digest = 2;
     */
    digest: Uint8Array;
};
/**
 * Describes the message cq.events.v1.PayloadChecksum.
 * Use `create(PayloadChecksumSchema)` to create a new message.
 */
export declare const PayloadChecksumSchema: GenMessage<PayloadChecksum>;
/**
 * A hash function used for payload checksums. Consumers must support both.
 *
 * @generated from enum cq.events.v1.ChecksumAlgorithm
 */
export declare enum ChecksumAlgorithm {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: CHECKSUM_ALGORITHM_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * SHA-256 (FIPS 180-4); a 32-byte digest. For producers that must use a FIPS-approved hash.
     *
     * @generated from enum value: CHECKSUM_ALGORITHM_SHA256 = 1;
     */
    SHA256 = 1,
    /**
     * BLAKE3 in its default hash mode (unkeyed, no derive-key context) with the default 32-byte output;
     * the default for CQ producers, as CryptoRun's stream envelope requires, and faster than SHA-256
     * on large payloads.
     *
     * @generated from enum value: CHECKSUM_ALGORITHM_BLAKE3 = 2;
     */
    BLAKE3 = 2
}
/**
 * Describes the enum cq.events.v1.ChecksumAlgorithm.
 */
export declare const ChecksumAlgorithmSchema: GenEnum<ChecksumAlgorithm>;
