// Copyright 2026 CQC authors. Licensed under the Apache License, Version 2.0.
import { fileDesc, messageDesc, serviceDesc } from "@bufbuild/protobuf/codegenv2";
import { file_buf_validate_validate } from "../../../buf/validate/validate_pb.js";
import { file_cq_portfolio_v1_performance } from "./performance_pb.js";
import { file_cq_portfolio_v1_resources } from "./resources_pb.js";
import { file_cq_types_v1_decimal } from "../../types/v1/decimal_pb.js";
import { file_cq_types_v1_time_range } from "../../types/v1/time_range_pb.js";
import { file_google_api_annotations } from "../../../google/api/annotations_pb.js";
import { file_google_protobuf_duration, file_google_protobuf_timestamp } from "@bufbuild/protobuf/wkt";
/**
 * Describes the file cq/portfolio/v1/service.proto.
 */
export const file_cq_portfolio_v1_service = /*@__PURE__*/ fileDesc("Ch1jcS9wb3J0Zm9saW8vdjEvc2VydmljZS5wcm90bxIPY3EucG9ydGZvbGlvLnYxInEKE0dldFBvcnRmb2xpb1JlcXVlc3QSIAoMcG9ydGZvbGlvX2lkGAEgASgJQgq6SAfIAQFyAhhAEjgKCmFzX29mX3RpbWUYAiABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wQgi6SAWyAQI4ASJFChRHZXRQb3J0Zm9saW9SZXNwb25zZRItCglwb3J0Zm9saW8YASABKAsyGi5jcS5wb3J0Zm9saW8udjEuUG9ydGZvbGlvIoYCChRMaXN0UG9zaXRpb25zUmVxdWVzdBIgCgxwb3J0Zm9saW9faWQYASABKAlCCrpIB8gBAXICGEASHQoJcGFnZV9zaXplGAIgASgFQgq6SAcaBRjoBygAEhIKCnBhZ2VfdG9rZW4YAyABKAkSGwoKYWNjb3VudF9pZBgEIAEoCUIHukgEcgIYQBJmCg1pbnN0cnVtZW50X2lkGAUgASgJQk+6SEzYAQFyRzJFXlthLXpdW2EtejAtOV9dezAsMzF9OlthLXpdW2EtejAtOV9dezAsMzF9OltBLVowLTldW0EtWjAtOS5fLV17MCw2M30kEhQKDGluY2x1ZGVfZmxhdBgGIAEoCCJeChVMaXN0UG9zaXRpb25zUmVzcG9uc2USLAoJcG9zaXRpb25zGAEgAygLMhkuY3EucG9ydGZvbGlvLnYxLlBvc2l0aW9uEhcKD25leHRfcGFnZV90b2tlbhgCIAEoCSJhCg1HZXRQbmxSZXF1ZXN0EiAKDHBvcnRmb2xpb19pZBgBIAEoCUIKukgHyAEBcgIYQBIuCgZwZXJpb2QYAiABKAsyFi5jcS50eXBlcy52MS5UaW1lUmFuZ2VCBrpIA8gBASIzCg5HZXRQbmxSZXNwb25zZRIhCgNwbmwYASABKAsyFC5jcS5wb3J0Zm9saW8udjEuUG5sIrECChdMaXN0VHJhbnNhY3Rpb25zUmVxdWVzdBIgCgxwb3J0Zm9saW9faWQYASABKAlCCrpIB8gBAXICGEASHQoJcGFnZV9zaXplGAIgASgFQgq6SAcaBRjoBygAEhIKCnBhZ2VfdG9rZW4YAyABKAkSGwoKYWNjb3VudF9pZBgEIAEoCUIHukgEcgIYQBJACgV0eXBlcxgFIAMoDjIgLmNxLnBvcnRmb2xpby52MS5UcmFuc2FjdGlvblR5cGVCD7pIDJIBCSIHggEEEAEgABI2Cghhc3NldF9pZBgGIAEoCUIkukgh2AEBchwyGl5bQS1aMC05XVtBLVowLTkuX117MCwzMX0kEioKCnRpbWVfcmFuZ2UYByABKAsyFi5jcS50eXBlcy52MS5UaW1lUmFuZ2UiZwoYTGlzdFRyYW5zYWN0aW9uc1Jlc3BvbnNlEjIKDHRyYW5zYWN0aW9ucxgBIAMoCzIcLmNxLnBvcnRmb2xpby52MS5UcmFuc2FjdGlvbhIXCg9uZXh0X3BhZ2VfdG9rZW4YAiABKAkiNgoSR2V0RXhwb3N1cmVSZXF1ZXN0EiAKDHBvcnRmb2xpb19pZBgBIAEoCUIKukgHyAEBcgIYQCJCChNHZXRFeHBvc3VyZVJlc3BvbnNlEisKCGV4cG9zdXJlGAEgASgLMhkuY3EucG9ydGZvbGlvLnYxLkV4cG9zdXJlIpwCCh1TdHJlYW1Qb3J0Zm9saW9VcGRhdGVzUmVxdWVzdBIgCgxwb3J0Zm9saW9faWQYASABKAlCCrpIB8gBAXICGEAS2AEKEnZhbHVhdGlvbl9pbnRlcnZhbBgCIAEoCzIZLmdvb2dsZS5wcm90b2J1Zi5EdXJhdGlvbkKgAbpInAG6AZgBCjdzdHJlYW1fcG9ydGZvbGlvX3VwZGF0ZXNfcmVxdWVzdC52YWx1YXRpb25faW50ZXJ2YWxfbWluEiltdXN0IGJlIHplcm8gb3IgYXQgbGVhc3QgMTAwIG1pbGxpc2Vjb25kcxoydGhpcyA9PSBkdXJhdGlvbignMHMnKSB8fCB0aGlzID49IGR1cmF0aW9uKCcwLjFzJyki0QEKHlN0cmVhbVBvcnRmb2xpb1VwZGF0ZXNSZXNwb25zZRIQCghzZXF1ZW5jZRgBIAEoBBIvCglwb3J0Zm9saW8YAiABKAsyGi5jcS5wb3J0Zm9saW8udjEuUG9ydGZvbGlvSAASLQoIcG9zaXRpb24YAyABKAsyGS5jcS5wb3J0Zm9saW8udjEuUG9zaXRpb25IABIzCgt0cmFuc2FjdGlvbhgEIAEoCzIcLmNxLnBvcnRmb2xpby52MS5UcmFuc2FjdGlvbkgAQggKBnVwZGF0ZSKvAwodTGlzdFBvcnRmb2xpb1NuYXBzaG90c1JlcXVlc3QSIAoMcG9ydGZvbGlvX2lkGAEgASgJQgq6SAfIAQFyAhhAEjIKCnRpbWVfcmFuZ2UYAiABKAsyFi5jcS50eXBlcy52MS5UaW1lUmFuZ2VCBrpIA8gBARLpAQoIaW50ZXJ2YWwYAyABKAsyGS5nb29nbGUucHJvdG9idWYuRHVyYXRpb25CuwG6SLcBugGuAQo3bGlzdF9wb3J0Zm9saW9fc25hcHNob3RzX3JlcXVlc3QuaW50ZXJ2YWxfd2hvbGVfbWludXRlcxIhbXVzdCBiZSBhIHdob2xlIG51bWJlciBvZiBtaW51dGVzGlB0aGlzLmdldFNlY29uZHMoKSAlIDYwID09IDAgJiYgdGhpcyA9PSBkdXJhdGlvbihzdHJpbmcodGhpcy5nZXRTZWNvbmRzKCkpICsgJ3MnKaoBAjIAEhkKEWluY2x1ZGVfcG9zaXRpb25zGAQgASgIEh0KCXBhZ2Vfc2l6ZRgFIAEoBUIKukgHGgUY6AcoABISCgpwYWdlX3Rva2VuGAYgASgJInoKHkxpc3RQb3J0Zm9saW9TbmFwc2hvdHNSZXNwb25zZRI/ChNwb3J0Zm9saW9fc25hcHNob3RzGAEgAygLMiIuY3EucG9ydGZvbGlvLnYxLlBvcnRmb2xpb1NuYXBzaG90EhcKD25leHRfcGFnZV90b2tlbhgCIAEoCSL7AQobR2V0UGVyZm9ybWFuY2VSZXBvcnRSZXF1ZXN0EiAKDHBvcnRmb2xpb19pZBgBIAEoCUIKukgHyAEBcgIYQBIuCgZwZXJpb2QYAiABKAsyFi5jcS50eXBlcy52MS5UaW1lUmFuZ2VCBrpIA8gBARIcCgtzdHJhdGVneV9pZBgDIAEoCUIHukgEcgIYQBI+Cg9yZXR1cm5faW50ZXJ2YWwYBCABKAsyGS5nb29nbGUucHJvdG9idWYuRHVyYXRpb25CCrpIB6oBBDICCDwSLAoOcmlza19mcmVlX3JhdGUYBSABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsIl4KHEdldFBlcmZvcm1hbmNlUmVwb3J0UmVzcG9uc2USPgoScGVyZm9ybWFuY2VfcmVwb3J0GAEgASgLMiIuY3EucG9ydGZvbGlvLnYxLlBlcmZvcm1hbmNlUmVwb3J0InMKF0NyZWF0ZUFsbG9jYXRpb25SZXF1ZXN0EjcKCmFsbG9jYXRpb24YASABKAsyGy5jcS5wb3J0Zm9saW8udjEuQWxsb2NhdGlvbkIGukgDyAEBEh8KCnJlcXVlc3RfaWQYAiABKAlCC7pICMgBAXIDsAEBIksKGENyZWF0ZUFsbG9jYXRpb25SZXNwb25zZRIvCgphbGxvY2F0aW9uGAEgASgLMhsuY3EucG9ydGZvbGlvLnYxLkFsbG9jYXRpb24ivQEKFkxpc3RBbGxvY2F0aW9uc1JlcXVlc3QSIAoMcG9ydGZvbGlvX2lkGAEgASgJQgq6SAfIAQFyAhhAEh0KCXBhZ2Vfc2l6ZRgCIAEoBUIKukgHGgUY6AcoABISCgpwYWdlX3Rva2VuGAMgASgJEhwKC3N0cmF0ZWd5X2lkGAQgASgJQge6SARyAhhAEjAKEGFzX29mX3RpbWVfcmFuZ2UYBSABKAsyFi5jcS50eXBlcy52MS5UaW1lUmFuZ2UiZAoXTGlzdEFsbG9jYXRpb25zUmVzcG9uc2USMAoLYWxsb2NhdGlvbnMYASADKAsyGy5jcS5wb3J0Zm9saW8udjEuQWxsb2NhdGlvbhIXCg9uZXh0X3BhZ2VfdG9rZW4YAiABKAky5gsKEFBvcnRmb2xpb1NlcnZpY2USggEKDEdldFBvcnRmb2xpbxIkLmNxLnBvcnRmb2xpby52MS5HZXRQb3J0Zm9saW9SZXF1ZXN0GiUuY3EucG9ydGZvbGlvLnYxLkdldFBvcnRmb2xpb1Jlc3BvbnNlIiWC0+STAh8SHS92MS9wb3J0Zm9saW9zL3twb3J0Zm9saW9faWR9Eo8BCg1MaXN0UG9zaXRpb25zEiUuY3EucG9ydGZvbGlvLnYxLkxpc3RQb3NpdGlvbnNSZXF1ZXN0GiYuY3EucG9ydGZvbGlvLnYxLkxpc3RQb3NpdGlvbnNSZXNwb25zZSIvgtPkkwIpEicvdjEvcG9ydGZvbGlvcy97cG9ydGZvbGlvX2lkfS9wb3NpdGlvbnMSdAoGR2V0UG5sEh4uY3EucG9ydGZvbGlvLnYxLkdldFBubFJlcXVlc3QaHy5jcS5wb3J0Zm9saW8udjEuR2V0UG5sUmVzcG9uc2UiKYLT5JMCIxIhL3YxL3BvcnRmb2xpb3Mve3BvcnRmb2xpb19pZH0vcG5sEpsBChBMaXN0VHJhbnNhY3Rpb25zEiguY3EucG9ydGZvbGlvLnYxLkxpc3RUcmFuc2FjdGlvbnNSZXF1ZXN0GikuY3EucG9ydGZvbGlvLnYxLkxpc3RUcmFuc2FjdGlvbnNSZXNwb25zZSIygtPkkwIsEiovdjEvcG9ydGZvbGlvcy97cG9ydGZvbGlvX2lkfS90cmFuc2FjdGlvbnMSiAEKC0dldEV4cG9zdXJlEiMuY3EucG9ydGZvbGlvLnYxLkdldEV4cG9zdXJlUmVxdWVzdBokLmNxLnBvcnRmb2xpby52MS5HZXRFeHBvc3VyZVJlc3BvbnNlIi6C0+STAigSJi92MS9wb3J0Zm9saW9zL3twb3J0Zm9saW9faWR9L2V4cG9zdXJlEnsKFlN0cmVhbVBvcnRmb2xpb1VwZGF0ZXMSLi5jcS5wb3J0Zm9saW8udjEuU3RyZWFtUG9ydGZvbGlvVXBkYXRlc1JlcXVlc3QaLy5jcS5wb3J0Zm9saW8udjEuU3RyZWFtUG9ydGZvbGlvVXBkYXRlc1Jlc3BvbnNlMAESqgEKFkxpc3RQb3J0Zm9saW9TbmFwc2hvdHMSLi5jcS5wb3J0Zm9saW8udjEuTGlzdFBvcnRmb2xpb1NuYXBzaG90c1JlcXVlc3QaLy5jcS5wb3J0Zm9saW8udjEuTGlzdFBvcnRmb2xpb1NuYXBzaG90c1Jlc3BvbnNlIi+C0+STAikSJy92MS9wb3J0Zm9saW9zL3twb3J0Zm9saW9faWR9L3NuYXBzaG90cxKsAQoUR2V0UGVyZm9ybWFuY2VSZXBvcnQSLC5jcS5wb3J0Zm9saW8udjEuR2V0UGVyZm9ybWFuY2VSZXBvcnRSZXF1ZXN0Gi0uY3EucG9ydGZvbGlvLnYxLkdldFBlcmZvcm1hbmNlUmVwb3J0UmVzcG9uc2UiN4LT5JMCMRIvL3YxL3BvcnRmb2xpb3Mve3BvcnRmb2xpb19pZH0vcGVyZm9ybWFuY2VSZXBvcnQSqAEKEENyZWF0ZUFsbG9jYXRpb24SKC5jcS5wb3J0Zm9saW8udjEuQ3JlYXRlQWxsb2NhdGlvblJlcXVlc3QaKS5jcS5wb3J0Zm9saW8udjEuQ3JlYXRlQWxsb2NhdGlvblJlc3BvbnNlIj+C0+STAjk6ASoiNC92MS9wb3J0Zm9saW9zL3thbGxvY2F0aW9uLnBvcnRmb2xpb19pZH0vYWxsb2NhdGlvbnMSlwEKD0xpc3RBbGxvY2F0aW9ucxInLmNxLnBvcnRmb2xpby52MS5MaXN0QWxsb2NhdGlvbnNSZXF1ZXN0GiguY3EucG9ydGZvbGlvLnYxLkxpc3RBbGxvY2F0aW9uc1Jlc3BvbnNlIjGC0+STAisSKS92MS9wb3J0Zm9saW9zL3twb3J0Zm9saW9faWR9L2FsbG9jYXRpb25zQsABChNjb20uY3EucG9ydGZvbGlvLnYxQgxTZXJ2aWNlUHJvdG9QAVo9Z2l0aHViLmNvbS9jcS1wbGF0Zm9ybS9jcWMvZ2VuL2dvL2NxL3BvcnRmb2xpby92MTtwb3J0Zm9saW92MaICA0NQWKoCD0NxLlBvcnRmb2xpby5WMcoCD0NxXFBvcnRmb2xpb1xWMeICG0NxXFBvcnRmb2xpb1xWMVxHUEJNZXRhZGF0YeoCEUNxOjpQb3J0Zm9saW86OlYxYgZwcm90bzM", [file_buf_validate_validate, file_cq_portfolio_v1_performance, file_cq_portfolio_v1_resources, file_cq_types_v1_decimal, file_cq_types_v1_time_range, file_google_api_annotations, file_google_protobuf_duration, file_google_protobuf_timestamp]);
/**
 * Describes the message cq.portfolio.v1.GetPortfolioRequest.
 * Use `create(GetPortfolioRequestSchema)` to create a new message.
 */
export const GetPortfolioRequestSchema = /*@__PURE__*/ messageDesc(file_cq_portfolio_v1_service, 0);
/**
 * Describes the message cq.portfolio.v1.GetPortfolioResponse.
 * Use `create(GetPortfolioResponseSchema)` to create a new message.
 */
export const GetPortfolioResponseSchema = /*@__PURE__*/ messageDesc(file_cq_portfolio_v1_service, 1);
/**
 * Describes the message cq.portfolio.v1.ListPositionsRequest.
 * Use `create(ListPositionsRequestSchema)` to create a new message.
 */
export const ListPositionsRequestSchema = /*@__PURE__*/ messageDesc(file_cq_portfolio_v1_service, 2);
/**
 * Describes the message cq.portfolio.v1.ListPositionsResponse.
 * Use `create(ListPositionsResponseSchema)` to create a new message.
 */
export const ListPositionsResponseSchema = /*@__PURE__*/ messageDesc(file_cq_portfolio_v1_service, 3);
/**
 * Describes the message cq.portfolio.v1.GetPnlRequest.
 * Use `create(GetPnlRequestSchema)` to create a new message.
 */
export const GetPnlRequestSchema = /*@__PURE__*/ messageDesc(file_cq_portfolio_v1_service, 4);
/**
 * Describes the message cq.portfolio.v1.GetPnlResponse.
 * Use `create(GetPnlResponseSchema)` to create a new message.
 */
export const GetPnlResponseSchema = /*@__PURE__*/ messageDesc(file_cq_portfolio_v1_service, 5);
/**
 * Describes the message cq.portfolio.v1.ListTransactionsRequest.
 * Use `create(ListTransactionsRequestSchema)` to create a new message.
 */
export const ListTransactionsRequestSchema = /*@__PURE__*/ messageDesc(file_cq_portfolio_v1_service, 6);
/**
 * Describes the message cq.portfolio.v1.ListTransactionsResponse.
 * Use `create(ListTransactionsResponseSchema)` to create a new message.
 */
export const ListTransactionsResponseSchema = /*@__PURE__*/ messageDesc(file_cq_portfolio_v1_service, 7);
/**
 * Describes the message cq.portfolio.v1.GetExposureRequest.
 * Use `create(GetExposureRequestSchema)` to create a new message.
 */
export const GetExposureRequestSchema = /*@__PURE__*/ messageDesc(file_cq_portfolio_v1_service, 8);
/**
 * Describes the message cq.portfolio.v1.GetExposureResponse.
 * Use `create(GetExposureResponseSchema)` to create a new message.
 */
export const GetExposureResponseSchema = /*@__PURE__*/ messageDesc(file_cq_portfolio_v1_service, 9);
/**
 * Describes the message cq.portfolio.v1.StreamPortfolioUpdatesRequest.
 * Use `create(StreamPortfolioUpdatesRequestSchema)` to create a new message.
 */
export const StreamPortfolioUpdatesRequestSchema = /*@__PURE__*/ messageDesc(file_cq_portfolio_v1_service, 10);
/**
 * Describes the message cq.portfolio.v1.StreamPortfolioUpdatesResponse.
 * Use `create(StreamPortfolioUpdatesResponseSchema)` to create a new message.
 */
export const StreamPortfolioUpdatesResponseSchema = /*@__PURE__*/ messageDesc(file_cq_portfolio_v1_service, 11);
/**
 * Describes the message cq.portfolio.v1.ListPortfolioSnapshotsRequest.
 * Use `create(ListPortfolioSnapshotsRequestSchema)` to create a new message.
 */
export const ListPortfolioSnapshotsRequestSchema = /*@__PURE__*/ messageDesc(file_cq_portfolio_v1_service, 12);
/**
 * Describes the message cq.portfolio.v1.ListPortfolioSnapshotsResponse.
 * Use `create(ListPortfolioSnapshotsResponseSchema)` to create a new message.
 */
export const ListPortfolioSnapshotsResponseSchema = /*@__PURE__*/ messageDesc(file_cq_portfolio_v1_service, 13);
/**
 * Describes the message cq.portfolio.v1.GetPerformanceReportRequest.
 * Use `create(GetPerformanceReportRequestSchema)` to create a new message.
 */
export const GetPerformanceReportRequestSchema = /*@__PURE__*/ messageDesc(file_cq_portfolio_v1_service, 14);
/**
 * Describes the message cq.portfolio.v1.GetPerformanceReportResponse.
 * Use `create(GetPerformanceReportResponseSchema)` to create a new message.
 */
export const GetPerformanceReportResponseSchema = /*@__PURE__*/ messageDesc(file_cq_portfolio_v1_service, 15);
/**
 * Describes the message cq.portfolio.v1.CreateAllocationRequest.
 * Use `create(CreateAllocationRequestSchema)` to create a new message.
 */
export const CreateAllocationRequestSchema = /*@__PURE__*/ messageDesc(file_cq_portfolio_v1_service, 16);
/**
 * Describes the message cq.portfolio.v1.CreateAllocationResponse.
 * Use `create(CreateAllocationResponseSchema)` to create a new message.
 */
export const CreateAllocationResponseSchema = /*@__PURE__*/ messageDesc(file_cq_portfolio_v1_service, 17);
/**
 * Describes the message cq.portfolio.v1.ListAllocationsRequest.
 * Use `create(ListAllocationsRequestSchema)` to create a new message.
 */
export const ListAllocationsRequestSchema = /*@__PURE__*/ messageDesc(file_cq_portfolio_v1_service, 18);
/**
 * Describes the message cq.portfolio.v1.ListAllocationsResponse.
 * Use `create(ListAllocationsResponseSchema)` to create a new message.
 */
export const ListAllocationsResponseSchema = /*@__PURE__*/ messageDesc(file_cq_portfolio_v1_service, 19);
/**
 * The Portfolio service: positions, cash, valuation, PnL, exposure and the ledger of the caller's
 * portfolios, built from the execution reports and balances of their venue accounts, with their
 * snapshot history, performance reports and research allocations. Positions and balances are read
 * only here: they change through trading and transfers, never through this service; the only writes
 * are allocations that research publishes.
 *
 * Callers only ever see their own portfolios; a portfolio or account of another owner is reported
 * as NOT_FOUND, never PERMISSION_DENIED, so that its existence does not leak.
 *
 * @generated from service cq.portfolio.v1.PortfolioService
 */
export const PortfolioService = /*@__PURE__*/ serviceDesc(file_cq_portfolio_v1_service, 0);
