// Copyright 2026 CQC authors. Licensed under the Apache License, Version 2.0.
import { fileDesc, messageDesc, serviceDesc } from "@bufbuild/protobuf/codegenv2";
import { file_cq_risk_v1_resources } from "./resources_pb.js";
import { file_cq_types_v1_decimal } from "../../types/v1/decimal_pb.js";
import { file_cq_venues_v1_resources } from "../../venues/v1/resources_pb.js";
import { file_google_api_annotations } from "../../../google/api/annotations_pb.js";
import { file_google_protobuf_duration, file_google_protobuf_field_mask, file_google_protobuf_timestamp } from "@bufbuild/protobuf/wkt";
/**
 * Describes the file cq/risk/v1/service.proto.
 */
export const file_cq_risk_v1_service = /*@__PURE__*/ fileDesc("ChhjcS9yaXNrL3YxL3NlcnZpY2UucHJvdG8SCmNxLnJpc2sudjEicwoWR2V0Umlza1NuYXBzaG90UmVxdWVzdBISCgphY2NvdW50X2lkGAEgASgJEhkKEWN1cnJlbmN5X2Fzc2V0X2lkGAIgASgJEioKB21heF9hZ2UYAyABKAsyGS5nb29nbGUucHJvdG9idWYuRHVyYXRpb24iRQoXR2V0Umlza1NuYXBzaG90UmVzcG9uc2USKgoIc25hcHNob3QYASABKAsyGC5jcS5yaXNrLnYxLlJpc2tTbmFwc2hvdCJmChFDaGVja09yZGVyUmVxdWVzdBIiCgVvcmRlchgBIAEoCzITLmNxLnZlbnVlcy52MS5PcmRlchItCg9yZWZlcmVuY2VfcHJpY2UYAiABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsIkUKEkNoZWNrT3JkZXJSZXNwb25zZRIvCgZyZXN1bHQYASABKAsyHy5jcS5yaXNrLnYxLlByZVRyYWRlQ2hlY2tSZXN1bHQiuQEKEUxpc3RMaW1pdHNSZXF1ZXN0EhIKCmFjY291bnRfaWQYASABKAkSJAoFdHlwZXMYAiADKA4yFS5jcS5yaXNrLnYxLkxpbWl0VHlwZRIpCghzdGF0dXNlcxgDIAMoDjIXLmNxLnJpc2sudjEuTGltaXRTdGF0dXMSGAoQaW5jbHVkZV9kaXNhYmxlZBgEIAEoCBIRCglwYWdlX3NpemUYBSABKAUSEgoKcGFnZV90b2tlbhgGIAEoCSJQChJMaXN0TGltaXRzUmVzcG9uc2USIQoGbGltaXRzGAEgAygLMhEuY3Eucmlzay52MS5MaW1pdBIXCg9uZXh0X3BhZ2VfdG9rZW4YAiABKAkiewoSVXBkYXRlTGltaXRSZXF1ZXN0EiAKBWxpbWl0GAEgASgLMhEuY3Eucmlzay52MS5MaW1pdBIvCgt1cGRhdGVfbWFzaxgCIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5GaWVsZE1hc2sSEgoKcmVxdWVzdF9pZBgDIAEoCSI3ChNVcGRhdGVMaW1pdFJlc3BvbnNlEiAKBWxpbWl0GAEgASgLMhEuY3Eucmlzay52MS5MaW1pdCKfAQoUUnVuU3RyZXNzVGVzdFJlcXVlc3QSEgoKYWNjb3VudF9pZBgBIAEoCRIVCgtzY2VuYXJpb19pZBgCIAEoCUgAEi4KCHNjZW5hcmlvGAMgASgLMhouY3Eucmlzay52MS5TdHJlc3NTY2VuYXJpb0gAEhkKEWN1cnJlbmN5X2Fzc2V0X2lkGAQgASgJQhEKD3NjZW5hcmlvX3NvdXJjZSJFChVSdW5TdHJlc3NUZXN0UmVzcG9uc2USLAoGcmVzdWx0GAEgASgLMhwuY3Eucmlzay52MS5TdHJlc3NUZXN0UmVzdWx0IrABChNTdHJlYW1BbGVydHNSZXF1ZXN0EhIKCmFjY291bnRfaWQYASABKAkSLwoMbWluX3NldmVyaXR5GAIgASgOMhkuY3Eucmlzay52MS5BbGVydFNldmVyaXR5EiQKBXR5cGVzGAMgAygOMhUuY3Eucmlzay52MS5BbGVydFR5cGUSLgoKc3RhcnRfdGltZRgEIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXAiOAoUU3RyZWFtQWxlcnRzUmVzcG9uc2USIAoFYWxlcnQYASABKAsyES5jcS5yaXNrLnYxLkFsZXJ0MuIFChFSaXNrRW5naW5lU2VydmljZRKKAQoPR2V0Umlza1NuYXBzaG90EiIuY3Eucmlzay52MS5HZXRSaXNrU25hcHNob3RSZXF1ZXN0GiMuY3Eucmlzay52MS5HZXRSaXNrU25hcHNob3RSZXNwb25zZSIugtPkkwIoEiYvdjEvYWNjb3VudHMve2FjY291bnRfaWR9L3Jpc2tTbmFwc2hvdBKCAQoKQ2hlY2tPcmRlchIdLmNxLnJpc2sudjEuQ2hlY2tPcmRlclJlcXVlc3QaHi5jcS5yaXNrLnYxLkNoZWNrT3JkZXJSZXNwb25zZSI1gtPkkwIvOgEqIiovdjEvYWNjb3VudHMve29yZGVyLmFjY291bnRfaWR9OmNoZWNrT3JkZXISXwoKTGlzdExpbWl0cxIdLmNxLnJpc2sudjEuTGlzdExpbWl0c1JlcXVlc3QaHi5jcS5yaXNrLnYxLkxpc3RMaW1pdHNSZXNwb25zZSISgtPkkwIMEgovdjEvbGltaXRzEnoKC1VwZGF0ZUxpbWl0Eh4uY3Eucmlzay52MS5VcGRhdGVMaW1pdFJlcXVlc3QaHy5jcS5yaXNrLnYxLlVwZGF0ZUxpbWl0UmVzcG9uc2UiKoLT5JMCJDoFbGltaXQyGy92MS9saW1pdHMve2xpbWl0LmxpbWl0X2lkfRKIAQoNUnVuU3RyZXNzVGVzdBIgLmNxLnJpc2sudjEuUnVuU3RyZXNzVGVzdFJlcXVlc3QaIS5jcS5yaXNrLnYxLlJ1blN0cmVzc1Rlc3RSZXNwb25zZSIygtPkkwIsOgEqIicvdjEvYWNjb3VudHMve2FjY291bnRfaWR9OnJ1blN0cmVzc1Rlc3QSUwoMU3RyZWFtQWxlcnRzEh8uY3Eucmlzay52MS5TdHJlYW1BbGVydHNSZXF1ZXN0GiAuY3Eucmlzay52MS5TdHJlYW1BbGVydHNSZXNwb25zZTABQp0BCg5jb20uY3Eucmlzay52MUIMU2VydmljZVByb3RvUAFaM2dpdGh1Yi5jb20vY3EtcGxhdGZvcm0vY3FjL2dlbi9nby9jcS9yaXNrL3YxO3Jpc2t2MaICA0NSWKoCCkNxLlJpc2suVjHKAgpDcVxSaXNrXFYx4gIWQ3FcUmlza1xWMVxHUEJNZXRhZGF0YeoCDENxOjpSaXNrOjpWMWIGcHJvdG8z", [file_cq_risk_v1_resources, file_cq_types_v1_decimal, file_cq_venues_v1_resources, file_google_api_annotations, file_google_protobuf_duration, file_google_protobuf_field_mask, file_google_protobuf_timestamp]);
/**
 * Describes the message cq.risk.v1.GetRiskSnapshotRequest.
 * Use `create(GetRiskSnapshotRequestSchema)` to create a new message.
 */
export const GetRiskSnapshotRequestSchema = /*@__PURE__*/ messageDesc(file_cq_risk_v1_service, 0);
/**
 * Describes the message cq.risk.v1.GetRiskSnapshotResponse.
 * Use `create(GetRiskSnapshotResponseSchema)` to create a new message.
 */
export const GetRiskSnapshotResponseSchema = /*@__PURE__*/ messageDesc(file_cq_risk_v1_service, 1);
/**
 * Describes the message cq.risk.v1.CheckOrderRequest.
 * Use `create(CheckOrderRequestSchema)` to create a new message.
 */
export const CheckOrderRequestSchema = /*@__PURE__*/ messageDesc(file_cq_risk_v1_service, 2);
/**
 * Describes the message cq.risk.v1.CheckOrderResponse.
 * Use `create(CheckOrderResponseSchema)` to create a new message.
 */
export const CheckOrderResponseSchema = /*@__PURE__*/ messageDesc(file_cq_risk_v1_service, 3);
/**
 * Describes the message cq.risk.v1.ListLimitsRequest.
 * Use `create(ListLimitsRequestSchema)` to create a new message.
 */
export const ListLimitsRequestSchema = /*@__PURE__*/ messageDesc(file_cq_risk_v1_service, 4);
/**
 * Describes the message cq.risk.v1.ListLimitsResponse.
 * Use `create(ListLimitsResponseSchema)` to create a new message.
 */
export const ListLimitsResponseSchema = /*@__PURE__*/ messageDesc(file_cq_risk_v1_service, 5);
/**
 * Describes the message cq.risk.v1.UpdateLimitRequest.
 * Use `create(UpdateLimitRequestSchema)` to create a new message.
 */
export const UpdateLimitRequestSchema = /*@__PURE__*/ messageDesc(file_cq_risk_v1_service, 6);
/**
 * Describes the message cq.risk.v1.UpdateLimitResponse.
 * Use `create(UpdateLimitResponseSchema)` to create a new message.
 */
export const UpdateLimitResponseSchema = /*@__PURE__*/ messageDesc(file_cq_risk_v1_service, 7);
/**
 * Describes the message cq.risk.v1.RunStressTestRequest.
 * Use `create(RunStressTestRequestSchema)` to create a new message.
 */
export const RunStressTestRequestSchema = /*@__PURE__*/ messageDesc(file_cq_risk_v1_service, 8);
/**
 * Describes the message cq.risk.v1.RunStressTestResponse.
 * Use `create(RunStressTestResponseSchema)` to create a new message.
 */
export const RunStressTestResponseSchema = /*@__PURE__*/ messageDesc(file_cq_risk_v1_service, 9);
/**
 * Describes the message cq.risk.v1.StreamAlertsRequest.
 * Use `create(StreamAlertsRequestSchema)` to create a new message.
 */
export const StreamAlertsRequestSchema = /*@__PURE__*/ messageDesc(file_cq_risk_v1_service, 10);
/**
 * Describes the message cq.risk.v1.StreamAlertsResponse.
 * Use `create(StreamAlertsResponseSchema)` to create a new message.
 */
export const StreamAlertsResponseSchema = /*@__PURE__*/ messageDesc(file_cq_risk_v1_service, 11);
/**
 * The RiskEngine: measures each account's risk, checks orders against limits before they reach a
 * venue, runs stress tests and streams alerts.
 *
 * Every call is scoped by the caller's credentials: a caller sees and checks only the accounts it
 * may trade, and only risk managers may change limits. An account the caller may not read gets
 * PERMISSION_DENIED whether or not it exists.
 *
 * @generated from service cq.risk.v1.RiskEngineService
 */
export const RiskEngineService = /*@__PURE__*/ serviceDesc(file_cq_risk_v1_service, 0);
