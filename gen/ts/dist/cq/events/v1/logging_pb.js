// Copyright 2026 CQC authors. Licensed under the Apache License, Version 2.0.
import { enumDesc, fileDesc, messageDesc } from "@bufbuild/protobuf/codegenv2";
import { file_buf_validate_validate } from "../../../buf/validate/validate_pb.js";
import { file_google_protobuf_struct, file_google_protobuf_timestamp } from "@bufbuild/protobuf/wkt";
/**
 * Describes the file cq/events/v1/logging.proto.
 */
export const file_cq_events_v1_logging = /*@__PURE__*/ fileDesc("ChpjcS9ldmVudHMvdjEvbG9nZ2luZy5wcm90bxIMY3EuZXZlbnRzLnYxIp8ECglMb2dSZWNvcmQSMAoEdGltZRgBIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXBCBrpIA8gBARIxCgVsZXZlbBgCIAEoDjIWLmNxLmV2ZW50cy52MS5Mb2dMZXZlbEIKukgHggEEEAEgABI4CgdzZXJ2aWNlGAMgASgJQie6SCTIAQFyHzIdXlthLXpdW2EtejAtOV0qKC1bYS16MC05XSspKiQSFwoHbWVzc2FnZRgEIAEoCUIGukgDyAEBEjYKBWV2ZW50GAUgASgJQie6SCTIAQFyHzIdXlthLXpdW2EtejAtOV0qKF9bYS16MC05XSspKiQSKAoHY29udGV4dBgGIAEoCzIXLmdvb2dsZS5wcm90b2J1Zi5TdHJ1Y3QSDgoGbG9nZ2VyGAcgASgJEhcKD3NlcnZpY2VfdmVyc2lvbhgIIAEoCRITCgtpbnN0YW5jZV9pZBgJIAEoCRIfCg5jb3JyZWxhdGlvbl9pZBgKIAEoCUIHukgEcgIYQBIZCghldmVudF9pZBgLIAEoCUIHukgEcgIYQBIqCgh0cmFjZV9pZBgMIAEoCUIYukgV2AEBchAyDl5bMC05YS1mXXszMn0kEikKB3NwYW5faWQYDSABKAlCGLpIFdgBAXIQMg5eWzAtOWEtZl17MTZ9JBISCgplcnJvcl90eXBlGA4gASgJEhMKC3N0YWNrX3RyYWNlGA8gASgJKpIBCghMb2dMZXZlbBIZChVMT0dfTEVWRUxfVU5TUEVDSUZJRUQQABITCg9MT0dfTEVWRUxfREVCVUcQARISCg5MT0dfTEVWRUxfSU5GTxACEhUKEUxPR19MRVZFTF9XQVJOSU5HEAMSEwoPTE9HX0xFVkVMX0VSUk9SEAQSFgoSTE9HX0xFVkVMX0NSSVRJQ0FMEAVCqwEKEGNvbS5jcS5ldmVudHMudjFCDExvZ2dpbmdQcm90b1ABWjdnaXRodWIuY29tL2NxLXBsYXRmb3JtL2NxYy9nZW4vZ28vY3EvZXZlbnRzL3YxO2V2ZW50c3YxogIDQ0VYqgIMQ3EuRXZlbnRzLlYxygIMQ3FcRXZlbnRzXFYx4gIYQ3FcRXZlbnRzXFYxXEdQQk1ldGFkYXRh6gIOQ3E6OkV2ZW50czo6VjFiBnByb3RvMw", [file_buf_validate_validate, file_google_protobuf_struct, file_google_protobuf_timestamp]);
/**
 * Describes the message cq.events.v1.LogRecord.
 * Use `create(LogRecordSchema)` to create a new message.
 */
export const LogRecordSchema = /*@__PURE__*/ messageDesc(file_cq_events_v1_logging, 0);
/**
 * How severe a log record is.
 *
 * @generated from enum cq.events.v1.LogLevel
 */
export var LogLevel;
(function (LogLevel) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: LOG_LEVEL_UNSPECIFIED = 0;
     */
    LogLevel[LogLevel["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * Detail for debugging; off in production by default.
     *
     * @generated from enum value: LOG_LEVEL_DEBUG = 1;
     */
    LogLevel[LogLevel["DEBUG"] = 1] = "DEBUG";
    /**
     * Normal operation worth recording: an event produced or consumed, a request served.
     *
     * @generated from enum value: LOG_LEVEL_INFO = 2;
     */
    LogLevel[LogLevel["INFO"] = 2] = "INFO";
    /**
     * Something unexpected that the service handled: a retry, a stale input, a degraded venue.
     *
     * @generated from enum value: LOG_LEVEL_WARNING = 3;
     */
    LogLevel[LogLevel["WARNING"] = 3] = "WARNING";
    /**
     * An operation failed: a request errored, an event could not be processed.
     *
     * @generated from enum value: LOG_LEVEL_ERROR = 4;
     */
    LogLevel[LogLevel["ERROR"] = 4] = "ERROR";
    /**
     * The service cannot continue or money may be at risk; pages an operator.
     *
     * @generated from enum value: LOG_LEVEL_CRITICAL = 5;
     */
    LogLevel[LogLevel["CRITICAL"] = 5] = "CRITICAL";
})(LogLevel || (LogLevel = {}));
/**
 * Describes the enum cq.events.v1.LogLevel.
 */
export const LogLevelSchema = /*@__PURE__*/ enumDesc(file_cq_events_v1_logging, 0);
