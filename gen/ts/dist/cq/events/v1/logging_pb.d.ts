import type { GenEnum, GenFile, GenMessage } from "@bufbuild/protobuf/codegenv2";
import type { Timestamp } from "@bufbuild/protobuf/wkt";
import type { JsonObject, Message } from "@bufbuild/protobuf";
/**
 * Describes the file cq/events/v1/logging.proto.
 */
export declare const file_cq_events_v1_logging: GenFile;
/**
 * One structured log line, the same in every CQ service and language. Written as one line of
 * proto3 JSON (lowerCamelCase field names, enums by name, timestamps in RFC 3339), which is the JSON
 * schema log shippers validate against.
 *
 * A stable core (time, level, service, message, event) keeps records comparable across services;
 * anything specific goes in context, so the schema never changes when a service logs something new.
 *
 * @generated from message cq.events.v1.LogRecord
 */
export type LogRecord = Message<"cq.events.v1.LogRecord"> & {
    /**
     * Required. When the record was written, in UTC, to the microsecond at least. Example:
     * 2026-11-03T14:30:01.014Z.
     *
     * @generated from field: google.protobuf.Timestamp time = 1;
     */
    time?: Timestamp | undefined;
    /**
     * Required. The severity. Example: LOG_LEVEL_INFO.
     *
     * @generated from field: cq.events.v1.LogLevel level = 2;
     */
    level: LogLevel;
    /**
     * Required. The service that wrote the record, lower kebab case. Example: "at-gateway".
     *
     * @generated from field: string service = 3;
     */
    service: string;
    /**
     * Required. A human-readable sentence; never parsed by machines. Example: "published signal
     * sig_01HZXC2M8N for BINANCE:BTCUSDT.P".
     *
     * @generated from field: string message = 4;
     */
    message: string;
    /**
     * Required. A machine-friendly key naming what happened, lower snake case, stable across releases
     * so dashboards and alerts can count it. Example: "signal_published".
     *
     * @generated from field: string event = 5;
     */
    event: string;
    /**
     * Optional. Everything else about the occurrence, as a JSON object whose keys the service chooses.
     * Never holds secrets or credentials. Example: {"ticker": "BINANCE:BTCUSDT.P", "latency_ms": 4.2}.
     *
     * @generated from field: google.protobuf.Struct context = 6;
     */
    context?: JsonObject | undefined;
    /**
     * Optional. The logger or module that wrote the record. Example: "gateway.webhooks.tradingview".
     *
     * @generated from field: string logger = 7;
     */
    logger: string;
    /**
     * Optional. The service's version. Example: "1.4.0".
     *
     * @generated from field: string service_version = 8;
     */
    serviceVersion: string;
    /**
     * Optional. The instance that wrote the record: a pod, host or process name. Example:
     * "at-gateway-7d9f8c6b5-x2k4q".
     *
     * @generated from field: string instance_id = 9;
     */
    instanceId: string;
    /**
     * Optional. The correlation id of the business flow the record belongs to, as in
     * EventEnvelope.correlation_id. Example: "01932f4c-6a00-7d11-8c3b-0e4f2a9b7c55".
     *
     * @generated from field: string correlation_id = 10;
     */
    correlationId: string;
    /**
     * Optional. The id of the event being produced or consumed (EventEnvelope.id), if any. Example:
     * "01932f4c-7b1e-7c3a-9d2e-5b8f1a6c4e20".
     *
     * @generated from field: string event_id = 11;
     */
    eventId: string;
    /**
     * Optional. The W3C Trace Context trace id, 32 lowercase hex characters. Example:
     * "4bf92f3577b34da6a3ce929d0e0e4736".
     *
     * @generated from field: string trace_id = 12;
     */
    traceId: string;
    /**
     * Optional. The W3C Trace Context span id, 16 lowercase hex characters. Example:
     * "00f067aa0ba902b7".
     *
     * @generated from field: string span_id = 13;
     */
    spanId: string;
    /**
     * Optional. For a record about a failure, the error's type or code. Example: "TimeoutError",
     * "UNAVAILABLE".
     *
     * @generated from field: string error_type = 14;
     */
    errorType: string;
    /**
     * Optional. For a record about a failure, the stack trace, newlines included. Example:
     * "Traceback (most recent call last):\n  ...".
     *
     * @generated from field: string stack_trace = 15;
     */
    stackTrace: string;
};
/**
 * Describes the message cq.events.v1.LogRecord.
 * Use `create(LogRecordSchema)` to create a new message.
 */
export declare const LogRecordSchema: GenMessage<LogRecord>;
/**
 * How severe a log record is.
 *
 * @generated from enum cq.events.v1.LogLevel
 */
export declare enum LogLevel {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: LOG_LEVEL_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * Detail for debugging; off in production by default.
     *
     * @generated from enum value: LOG_LEVEL_DEBUG = 1;
     */
    DEBUG = 1,
    /**
     * Normal operation worth recording: an event produced or consumed, a request served.
     *
     * @generated from enum value: LOG_LEVEL_INFO = 2;
     */
    INFO = 2,
    /**
     * Something unexpected that the service handled: a retry, a stale input, a degraded venue.
     *
     * @generated from enum value: LOG_LEVEL_WARNING = 3;
     */
    WARNING = 3,
    /**
     * An operation failed: a request errored, an event could not be processed.
     *
     * @generated from enum value: LOG_LEVEL_ERROR = 4;
     */
    ERROR = 4,
    /**
     * The service cannot continue or money may be at risk; pages an operator.
     *
     * @generated from enum value: LOG_LEVEL_CRITICAL = 5;
     */
    CRITICAL = 5
}
/**
 * Describes the enum cq.events.v1.LogLevel.
 */
export declare const LogLevelSchema: GenEnum<LogLevel>;
