// Copyright 2026 CQC authors. Licensed under the Apache License, Version 2.0.
import { fileDesc, messageDesc, serviceDesc } from "@bufbuild/protobuf/codegenv2";
import { file_buf_validate_validate } from "../../../buf/validate/validate_pb.js";
import { file_cq_events_v1_envelope } from "./envelope_pb.js";
import { file_google_protobuf_timestamp } from "@bufbuild/protobuf/wkt";
/**
 * Describes the file cq/events/v1/service.proto.
 */
export const file_cq_events_v1_service = /*@__PURE__*/ fileDesc("ChpjcS9ldmVudHMvdjEvc2VydmljZS5wcm90bxIMY3EuZXZlbnRzLnYxIpoBChNTdHJlYW1FdmVudHNSZXF1ZXN0EigKDXR5cGVfcHJlZml4ZXMYASADKAlCEbpIDpIBCxAyIgdyBRABGMgBEikKDnBhcnRpdGlvbl9rZXlzGAIgAygJQhG6SA6SAQsQMiIHcgUQARjIARIuCgpzdGFydF90aW1lGAMgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcCJFChRTdHJlYW1FdmVudHNSZXNwb25zZRItCghlbnZlbG9wZRgBIAEoCzIbLmNxLmV2ZW50cy52MS5FdmVudEVudmVsb3BlMm0KEkV2ZW50U3RyZWFtU2VydmljZRJXCgxTdHJlYW1FdmVudHMSIS5jcS5ldmVudHMudjEuU3RyZWFtRXZlbnRzUmVxdWVzdBoiLmNxLmV2ZW50cy52MS5TdHJlYW1FdmVudHNSZXNwb25zZTABQqsBChBjb20uY3EuZXZlbnRzLnYxQgxTZXJ2aWNlUHJvdG9QAVo3Z2l0aHViLmNvbS9jcS1wbGF0Zm9ybS9jcWMvZ2VuL2dvL2NxL2V2ZW50cy92MTtldmVudHN2MaICA0NFWKoCDENxLkV2ZW50cy5WMcoCDENxXEV2ZW50c1xWMeICGENxXEV2ZW50c1xWMVxHUEJNZXRhZGF0YeoCDkNxOjpFdmVudHM6OlYxYgZwcm90bzM", [file_buf_validate_validate, file_cq_events_v1_envelope, file_google_protobuf_timestamp]);
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
