// Copyright 2026 CQC authors. Licensed under the Apache License, Version 2.0.
import { fileDesc, messageDesc, serviceDesc } from "@bufbuild/protobuf/codegenv2";
import { file_buf_validate_validate } from "../../../buf/validate/validate_pb.js";
import { file_cq_events_v1_envelope } from "./envelope_pb.js";
/**
 * Describes the file cq/events/v1/service.proto.
 */
export const file_cq_events_v1_service = /*@__PURE__*/ fileDesc("ChpjcS9ldmVudHMvdjEvc2VydmljZS5wcm90bxIMY3EuZXZlbnRzLnYxImoKE1N0cmVhbUV2ZW50c1JlcXVlc3QSKAoNdHlwZV9wcmVmaXhlcxgBIAMoCUIRukgOkgELEDIiB3IFEAEYyAESKQoOcGFydGl0aW9uX2tleXMYAiADKAlCEbpIDpIBCxAyIgdyBRABGMgBIkUKFFN0cmVhbUV2ZW50c1Jlc3BvbnNlEi0KCGVudmVsb3BlGAEgASgLMhsuY3EuZXZlbnRzLnYxLkV2ZW50RW52ZWxvcGUybQoSRXZlbnRTdHJlYW1TZXJ2aWNlElcKDFN0cmVhbUV2ZW50cxIhLmNxLmV2ZW50cy52MS5TdHJlYW1FdmVudHNSZXF1ZXN0GiIuY3EuZXZlbnRzLnYxLlN0cmVhbUV2ZW50c1Jlc3BvbnNlMAFCqwEKEGNvbS5jcS5ldmVudHMudjFCDFNlcnZpY2VQcm90b1ABWjdnaXRodWIuY29tL2NxLXBsYXRmb3JtL2NxYy9nZW4vZ28vY3EvZXZlbnRzL3YxO2V2ZW50c3YxogIDQ0VYqgIMQ3EuRXZlbnRzLlYxygIMQ3FcRXZlbnRzXFYx4gIYQ3FcRXZlbnRzXFYxXEdQQk1ldGFkYXRh6gIOQ3E6OkV2ZW50czo6VjFiBnByb3RvMw", [file_buf_validate_validate, file_cq_events_v1_envelope]);
/**
 * Describes the message cq.events.v1.StreamEventsRequest.
 * Use `create(StreamEventsRequestSchema)` to create a new message.
 */
export const StreamEventsRequestSchema = /*@__PURE__*/ messageDesc(file_cq_events_v1_service, 0);
/**
 * Describes the message cq.events.v1.StreamEventsResponse.
 * Use `create(StreamEventsResponseSchema)` to create a new message.
 */
export const StreamEventsResponseSchema = /*@__PURE__*/ messageDesc(file_cq_events_v1_service, 1);
/**
 * Exposes a deployment's event bus over gRPC, for consumers that do not connect to the bus itself
 * (NATS, Kafka) and for tests against the reference services.
 *
 * @generated from service cq.events.v1.EventStreamService
 */
export const EventStreamService = /*@__PURE__*/ serviceDesc(file_cq_events_v1_service, 0);
