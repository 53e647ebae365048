import type { GenEnum, GenFile, GenMessage } from "@bufbuild/protobuf/codegenv2";
import type { AssetCreated, ExecutionReported, OrderPlaced, PositionChanged, PriceUpdated, RiskAlert } from "./events_pb.js";
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
 * (assets 100, markets 200, venues 300, portfolio 400, risk 500; a new domain takes the next free
 * block), so each domain's events can grow without renumbering.
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
     * publish order. CQ uses the account id for order, execution, position and risk events, the
     * instrument id for prices, and the asset id for assets. Example: "acc_01HZX3K9Q7".
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
     * Required. When the producer published the envelope to the bus, on CQ's clock; a republish keeps
     * the first publish_time. Example: 2026-11-03T14:30:01.014Z.
     *
     * @generated from field: google.protobuf.Timestamp publish_time = 16;
     */
    publishTime?: Timestamp | undefined;
    /**
     * Required. An integrity checksum of the payload. Example: { algorithm:
     * CHECKSUM_ALGORITHM_SHA256, digest: "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=" }.
     *
     * @generated from field: cq.events.v1.PayloadChecksum checksum = 17;
     */
    checksum?: PayloadChecksum | undefined;
    /**
     * Required. The event itself, exactly one of the payload messages, matching type.
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
         * Optional. An instrument's price changed. Set exactly when type is
         * "cq.events.v1.PriceUpdated". Example: { price: { instrument_id: "cq:spot:BTC-USD", ... } }.
         *
         * @generated from field: cq.events.v1.PriceUpdated price_updated = 200;
         */
        value: PriceUpdated;
        case: "priceUpdated";
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
         * Optional. The RiskEngine raised an alert. Set exactly when type is "cq.events.v1.RiskAlert".
         * Example: { alert: { alert_id: "alr_01JC2ZKA3P", ... } }.
         *
         * @generated from field: cq.events.v1.RiskAlert risk_alert = 500;
         */
        value: RiskAlert;
        case: "riskAlert";
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
 * envelope. Deterministic serialisation is not canonical across protobuf libraries and versions
 * (unknown fields and map order may be written differently), so a consumer verifies against those
 * received bytes where its library exposes them, rather than re-serialising the parsed message.
 * The checksum is the same whether the envelope travels as binary or as JSON.
 *
 * @generated from message cq.events.v1.PayloadChecksum
 */
export type PayloadChecksum = Message<"cq.events.v1.PayloadChecksum"> & {
    /**
     * Required. The hash function. Example: CHECKSUM_ALGORITHM_SHA256.
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
 * A hash function used for payload checksums.
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
     * SHA-256 (FIPS 180-4); a 32-byte digest. The default for CQ producers.
     *
     * @generated from enum value: CHECKSUM_ALGORITHM_SHA256 = 1;
     */
    SHA256 = 1,
    /**
     * BLAKE3 in its default hash mode with a 32-byte output; faster than SHA-256 for large payloads.
     *
     * @generated from enum value: CHECKSUM_ALGORITHM_BLAKE3 = 2;
     */
    BLAKE3 = 2
}
/**
 * Describes the enum cq.events.v1.ChecksumAlgorithm.
 */
export declare const ChecksumAlgorithmSchema: GenEnum<ChecksumAlgorithm>;
