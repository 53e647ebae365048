// Copyright 2026 CQC authors. Licensed under the Apache License, Version 2.0.
import { fileDesc, messageDesc, serviceDesc } from "@bufbuild/protobuf/codegenv2";
import { file_buf_validate_validate } from "../../../buf/validate/validate_pb.js";
import { file_cq_risk_v1_resources } from "./resources_pb.js";
import { file_cq_types_v1_decimal } from "../../types/v1/decimal_pb.js";
import { file_cq_venues_v1_resources } from "../../venues/v1/resources_pb.js";
import { file_google_api_annotations } from "../../../google/api/annotations_pb.js";
import { file_google_protobuf_duration, file_google_protobuf_field_mask, file_google_protobuf_timestamp } from "@bufbuild/protobuf/wkt";
/**
 * Describes the file cq/risk/v1/service.proto.
 */
export const file_cq_risk_v1_service = /*@__PURE__*/ fileDesc("ChhjcS9yaXNrL3YxL3NlcnZpY2UucHJvdG8SCmNxLnJpc2sudjEirwEKFkdldFJpc2tTbmFwc2hvdFJlcXVlc3QSHgoKYWNjb3VudF9pZBgBIAEoCUIKukgHyAEBcgIYQBI/ChFjdXJyZW5jeV9hc3NldF9pZBgCIAEoCUIkukgh2AEBchwyGl5bQS1aMC05XVtBLVowLTkuX117MCwzMX0kEjQKB21heF9hZ2UYAyABKAsyGS5nb29nbGUucHJvdG9idWYuRHVyYXRpb25CCLpIBaoBAjIAIkUKF0dldFJpc2tTbmFwc2hvdFJlc3BvbnNlEioKCHNuYXBzaG90GAEgASgLMhguY3Eucmlzay52MS5SaXNrU25hcHNob3QivgIKEUNoZWNrT3JkZXJSZXF1ZXN0EioKBW9yZGVyGAEgASgLMhMuY3EudmVudWVzLnYxLk9yZGVyQga6SAPIAQES/AEKD3JlZmVyZW5jZV9wcmljZRgCIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWxCzAG6SMgBugHEAQoQZGVjaW1hbC5wb3NpdGl2ZRIWbXVzdCBiZSBncmVhdGVyIHRoYW4gMBqXAXRoaXMudmFsdWUubWF0Y2hlcygnXlsrXT9bMC05XSpbMS05XVswLTldKihcXC5bMC05XSspPyhbZUVdWystXT9bMC05XSspPyQnKSB8fCB0aGlzLnZhbHVlLm1hdGNoZXMoJ15bK10/WzAtOV0rXFwuWzAtOV0qWzEtOV1bMC05XSooW2VFXVsrLV0/WzAtOV0rKT8kJykiRQoSQ2hlY2tPcmRlclJlc3BvbnNlEi8KBnJlc3VsdBgBIAEoCzIfLmNxLnJpc2sudjEuUHJlVHJhZGVDaGVja1Jlc3VsdCLwAQoRTGlzdExpbWl0c1JlcXVlc3QSGwoKYWNjb3VudF9pZBgBIAEoCUIHukgEcgIYQBI1CgV0eXBlcxgCIAMoDjIVLmNxLnJpc2sudjEuTGltaXRUeXBlQg+6SAySAQkiB4IBBBABIAASOgoIc3RhdHVzZXMYAyADKA4yFy5jcS5yaXNrLnYxLkxpbWl0U3RhdHVzQg+6SAySAQkiB4IBBBABIAASGAoQaW5jbHVkZV9kaXNhYmxlZBgEIAEoCBIdCglwYWdlX3NpemUYBSABKAVCCrpIBxoFGOgHKAASEgoKcGFnZV90b2tlbhgGIAEoCSJQChJMaXN0TGltaXRzUmVzcG9uc2USIQoGbGltaXRzGAEgAygLMhEuY3Eucmlzay52MS5MaW1pdBIXCg9uZXh0X3BhZ2VfdG9rZW4YAiABKAki7gUKElVwZGF0ZUxpbWl0UmVxdWVzdBIoCgVsaW1pdBgBIAEoCzIRLmNxLnJpc2sudjEuTGltaXRCBrpIA8gBARLwAQoLdXBkYXRlX21hc2sYAiABKAsyGi5nb29nbGUucHJvdG9idWYuRmllbGRNYXNrQr4Buki6AboBTAoVdXBkYXRlX21hc2subm90X2VtcHR5EhxtdXN0IG5hbWUgYXQgbGVhc3Qgb25lIGZpZWxkGhV0aGlzLnBhdGhzLnNpemUoKSA+IDDIAQHiAWUSDGRpc3BsYXlfbmFtZRILZGVzY3JpcHRpb24SCXRocmVzaG9sZBIRY3VycmVuY3lfYXNzZXRfaWQSDndhcm5pbmdfbGV2ZWxzEgZhY3Rpb24SB2VuYWJsZWQSBndpbmRvdxIBKhIfCgpyZXF1ZXN0X2lkGAMgASgJQgu6SAjIAQFyA7ABATqZA7pIlQMazwEKJ3VwZGF0ZV9saW1pdF9yZXF1ZXN0LnRocmVzaG9sZF9yZXF1aXJlZBI8bGltaXQudGhyZXNob2xkIGlzIHJlcXVpcmVkIHdoZW4gdXBkYXRlX21hc2sgbmFtZXMgdGhyZXNob2xkGmYhKCd0aHJlc2hvbGQnIGluIHRoaXMudXBkYXRlX21hc2sucGF0aHMgfHwgJyonIGluIHRoaXMudXBkYXRlX21hc2sucGF0aHMpIHx8IGhhcyh0aGlzLmxpbWl0LnRocmVzaG9sZCkawAEKJHVwZGF0ZV9saW1pdF9yZXF1ZXN0LmFjdGlvbl9yZXF1aXJlZBI2bGltaXQuYWN0aW9uIGlzIHJlcXVpcmVkIHdoZW4gdXBkYXRlX21hc2sgbmFtZXMgYWN0aW9uGmAhKCdhY3Rpb24nIGluIHRoaXMudXBkYXRlX21hc2sucGF0aHMgfHwgJyonIGluIHRoaXMudXBkYXRlX21hc2sucGF0aHMpIHx8IHRoaXMubGltaXQuYWN0aW9uICE9IDAiNwoTVXBkYXRlTGltaXRSZXNwb25zZRIgCgVsaW1pdBgBIAEoCzIRLmNxLnJpc2sudjEuTGltaXQi5QIKFFJ1blN0cmVzc1Rlc3RSZXF1ZXN0Eh4KCmFjY291bnRfaWQYASABKAlCCrpIB8gBAXICGEASHgoLc2NlbmFyaW9faWQYAiABKAlCB7pIBHICGEBIABKxAQoIc2NlbmFyaW8YAyABKAsyGi5jcS5yaXNrLnYxLlN0cmVzc1NjZW5hcmlvQoABukh9ugF6CjBydW5fc3RyZXNzX3Rlc3RfcmVxdWVzdC5pbmxpbmVfc2NlbmFyaW9faWRfZW1wdHkSLmFuIGlubGluZSBzY2VuYXJpbyBtdXN0IG5vdCBoYXZlIGEgc2NlbmFyaW9faWQaFnRoaXMuc2NlbmFyaW9faWQgPT0gJydIABI/ChFjdXJyZW5jeV9hc3NldF9pZBgEIAEoCUIkukgh2AEBchwyGl5bQS1aMC05XVtBLVowLTkuX117MCwzMX0kQhgKD3NjZW5hcmlvX3NvdXJjZRIFukgCCAEiRQoVUnVuU3RyZXNzVGVzdFJlc3BvbnNlEiwKBnJlc3VsdBgBIAEoCzIcLmNxLnJpc2sudjEuU3RyZXNzVGVzdFJlc3VsdCLUAQoTU3RyZWFtQWxlcnRzUmVxdWVzdBIbCgphY2NvdW50X2lkGAEgASgJQge6SARyAhhAEjkKDG1pbl9zZXZlcml0eRgCIAEoDjIZLmNxLnJpc2sudjEuQWxlcnRTZXZlcml0eUIIukgFggECEAESNQoFdHlwZXMYAyADKA4yFS5jcS5yaXNrLnYxLkFsZXJ0VHlwZUIPukgMkgEJIgeCAQQQASAAEi4KCnN0YXJ0X3RpbWUYBCABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wIjgKFFN0cmVhbUFsZXJ0c1Jlc3BvbnNlEiAKBWFsZXJ0GAEgASgLMhEuY3Eucmlzay52MS5BbGVydDLiBQoRUmlza0VuZ2luZVNlcnZpY2USigEKD0dldFJpc2tTbmFwc2hvdBIiLmNxLnJpc2sudjEuR2V0Umlza1NuYXBzaG90UmVxdWVzdBojLmNxLnJpc2sudjEuR2V0Umlza1NuYXBzaG90UmVzcG9uc2UiLoLT5JMCKBImL3YxL2FjY291bnRzL3thY2NvdW50X2lkfS9yaXNrU25hcHNob3QSggEKCkNoZWNrT3JkZXISHS5jcS5yaXNrLnYxLkNoZWNrT3JkZXJSZXF1ZXN0Gh4uY3Eucmlzay52MS5DaGVja09yZGVyUmVzcG9uc2UiNYLT5JMCLzoBKiIqL3YxL2FjY291bnRzL3tvcmRlci5hY2NvdW50X2lkfTpjaGVja09yZGVyEl8KCkxpc3RMaW1pdHMSHS5jcS5yaXNrLnYxLkxpc3RMaW1pdHNSZXF1ZXN0Gh4uY3Eucmlzay52MS5MaXN0TGltaXRzUmVzcG9uc2UiEoLT5JMCDBIKL3YxL2xpbWl0cxJ6CgtVcGRhdGVMaW1pdBIeLmNxLnJpc2sudjEuVXBkYXRlTGltaXRSZXF1ZXN0Gh8uY3Eucmlzay52MS5VcGRhdGVMaW1pdFJlc3BvbnNlIiqC0+STAiQ6BWxpbWl0MhsvdjEvbGltaXRzL3tsaW1pdC5saW1pdF9pZH0SiAEKDVJ1blN0cmVzc1Rlc3QSIC5jcS5yaXNrLnYxLlJ1blN0cmVzc1Rlc3RSZXF1ZXN0GiEuY3Eucmlzay52MS5SdW5TdHJlc3NUZXN0UmVzcG9uc2UiMoLT5JMCLDoBKiInL3YxL2FjY291bnRzL3thY2NvdW50X2lkfTpydW5TdHJlc3NUZXN0ElMKDFN0cmVhbUFsZXJ0cxIfLmNxLnJpc2sudjEuU3RyZWFtQWxlcnRzUmVxdWVzdBogLmNxLnJpc2sudjEuU3RyZWFtQWxlcnRzUmVzcG9uc2UwAUKdAQoOY29tLmNxLnJpc2sudjFCDFNlcnZpY2VQcm90b1ABWjNnaXRodWIuY29tL2NxLXBsYXRmb3JtL2NxYy9nZW4vZ28vY3Evcmlzay92MTtyaXNrdjGiAgNDUliqAgpDcS5SaXNrLlYxygIKQ3FcUmlza1xWMeICFkNxXFJpc2tcVjFcR1BCTWV0YWRhdGHqAgxDcTo6Umlzazo6VjFiBnByb3RvMw", [file_buf_validate_validate, file_cq_risk_v1_resources, file_cq_types_v1_decimal, file_cq_venues_v1_resources, file_google_api_annotations, file_google_protobuf_duration, file_google_protobuf_field_mask, file_google_protobuf_timestamp]);
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
