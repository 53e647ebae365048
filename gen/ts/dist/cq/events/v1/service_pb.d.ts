import type { GenFile, GenMessage, GenService } from "@bufbuild/protobuf/codegenv2";
import type { EventEnvelope } from "./envelope_pb.js";
import type { Timestamp } from "@bufbuild/protobuf/wkt";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file cq/events/v1/service.proto.
 */
export declare const file_cq_events_v1_service: GenFile;
/**
 * The request of StreamEvents.
 *
 * @generated from message cq.events.v1.StreamEventsRequest
 */
export type StreamEventsRequest = Message<"cq.events.v1.StreamEventsRequest"> & {
    /**
     * Optional. Only events whose type (the payload's full message name) starts with one of these
     * prefixes; empty means every type. Example: ["cq.events.v1.Order", "cq.events.v1.PriceUpdated"].
     *
     * @generated from field: repeated string type_prefixes = 1;
     */
    typePrefixes: string[];
    /**
     * Optional. Only events with one of these partition keys (an account id, an instrument id); empty
     * means every partition key. Example: ["acc_01HZX3K9Q7"].
     *
     * @generated from field: repeated string partition_keys = 2;
     */
    partitionKeys: string[];
    /**
     * Optional. Replay the retained events whose publish_time is at or after this instant before the
     * live ones; unset streams live events only. Example: 2026-11-01T09:30:00.250Z.
     *
     * @generated from field: google.protobuf.Timestamp start_time = 3;
     */
    startTime?: Timestamp | undefined;
};
/**
 * Describes the message cq.events.v1.StreamEventsRequest.
 * Use `create(StreamEventsRequestSchema)` to create a new message.
 */
export declare const StreamEventsRequestSchema: GenMessage<StreamEventsRequest>;
/**
 * One message of StreamEvents.
 *
 * @generated from message cq.events.v1.StreamEventsResponse
 */
export type StreamEventsResponse = Message<"cq.events.v1.StreamEventsResponse"> & {
    /**
     * Output only. The event, exactly as the bus carries it. Example: an envelope whose payload is
     * order_placed.
     *
     * @generated from field: cq.events.v1.EventEnvelope envelope = 1;
     */
    envelope?: EventEnvelope | undefined;
};
/**
 * Describes the message cq.events.v1.StreamEventsResponse.
 * Use `create(StreamEventsResponseSchema)` to create a new message.
 */
export declare const StreamEventsResponseSchema: GenMessage<StreamEventsResponse>;
/**
 * Exposes a deployment's event bus over gRPC, for consumers that do not connect to the bus itself
 * (NATS, Kafka) and for tests against the reference services.
 *
 * @generated from service cq.events.v1.EventStreamService
 */
export declare const EventStreamService: GenService<{
    /**
     * Streams every event published from the moment of the call, each in its envelope, in publish
     * order, filtered by the request; with start_time, it first replays the retained events published
     * since then, and continues live without a gap or a repeat (a consumer resyncs after a disconnect
     * by passing the publish_time of the last event it handled). The stream never ends by itself; the
     * server ends it with CANCELLED or UNAVAILABLE when it shuts down. Events of accounts the caller's
     * token is not entitled to are never sent. Returns UNAUTHENTICATED without a valid token,
     * INVALID_ARGUMENT if a filter is malformed, OUT_OF_RANGE if start_time is older than the oldest
     * event the server still retains.
     *
     * @generated from rpc cq.events.v1.EventStreamService.StreamEvents
     */
    streamEvents: {
        methodKind: "server_streaming";
        input: typeof StreamEventsRequestSchema;
        output: typeof StreamEventsResponseSchema;
    };
}>;
