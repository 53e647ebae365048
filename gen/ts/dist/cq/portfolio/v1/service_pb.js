// Copyright 2026 CQC authors. Licensed under the Apache License, Version 2.0.
import { fileDesc, messageDesc, serviceDesc } from "@bufbuild/protobuf/codegenv2";
import { file_cq_portfolio_v1_resources } from "./resources_pb.js";
import { file_cq_types_v1_time_range } from "../../types/v1/time_range_pb.js";
import { file_google_api_annotations } from "../../../google/api/annotations_pb.js";
import { file_google_protobuf_duration, file_google_protobuf_timestamp } from "@bufbuild/protobuf/wkt";
/**
 * Describes the file cq/portfolio/v1/service.proto.
 */
export const file_cq_portfolio_v1_service = /*@__PURE__*/ fileDesc("Ch1jcS9wb3J0Zm9saW8vdjEvc2VydmljZS5wcm90bxIPY3EucG9ydGZvbGlvLnYxIlsKE0dldFBvcnRmb2xpb1JlcXVlc3QSFAoMcG9ydGZvbGlvX2lkGAEgASgJEi4KCmFzX29mX3RpbWUYAiABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wIkUKFEdldFBvcnRmb2xpb1Jlc3BvbnNlEi0KCXBvcnRmb2xpbxgBIAEoCzIaLmNxLnBvcnRmb2xpby52MS5Qb3J0Zm9saW8ilAEKFExpc3RQb3NpdGlvbnNSZXF1ZXN0EhQKDHBvcnRmb2xpb19pZBgBIAEoCRIRCglwYWdlX3NpemUYAiABKAUSEgoKcGFnZV90b2tlbhgDIAEoCRISCgphY2NvdW50X2lkGAQgASgJEhUKDWluc3RydW1lbnRfaWQYBSABKAkSFAoMaW5jbHVkZV9mbGF0GAYgASgIIl4KFUxpc3RQb3NpdGlvbnNSZXNwb25zZRIsCglwb3NpdGlvbnMYASADKAsyGS5jcS5wb3J0Zm9saW8udjEuUG9zaXRpb24SFwoPbmV4dF9wYWdlX3Rva2VuGAIgASgJIk0KDUdldFBubFJlcXVlc3QSFAoMcG9ydGZvbGlvX2lkGAEgASgJEiYKBnBlcmlvZBgCIAEoCzIWLmNxLnR5cGVzLnYxLlRpbWVSYW5nZSIzCg5HZXRQbmxSZXNwb25zZRIhCgNwbmwYASABKAsyFC5jcS5wb3J0Zm9saW8udjEuUG5sItkBChdMaXN0VHJhbnNhY3Rpb25zUmVxdWVzdBIUCgxwb3J0Zm9saW9faWQYASABKAkSEQoJcGFnZV9zaXplGAIgASgFEhIKCnBhZ2VfdG9rZW4YAyABKAkSEgoKYWNjb3VudF9pZBgEIAEoCRIvCgV0eXBlcxgFIAMoDjIgLmNxLnBvcnRmb2xpby52MS5UcmFuc2FjdGlvblR5cGUSEAoIYXNzZXRfaWQYBiABKAkSKgoKdGltZV9yYW5nZRgHIAEoCzIWLmNxLnR5cGVzLnYxLlRpbWVSYW5nZSJnChhMaXN0VHJhbnNhY3Rpb25zUmVzcG9uc2USMgoMdHJhbnNhY3Rpb25zGAEgAygLMhwuY3EucG9ydGZvbGlvLnYxLlRyYW5zYWN0aW9uEhcKD25leHRfcGFnZV90b2tlbhgCIAEoCSIqChJHZXRFeHBvc3VyZVJlcXVlc3QSFAoMcG9ydGZvbGlvX2lkGAEgASgJIkIKE0dldEV4cG9zdXJlUmVzcG9uc2USKwoIZXhwb3N1cmUYASABKAsyGS5jcS5wb3J0Zm9saW8udjEuRXhwb3N1cmUibAodU3RyZWFtUG9ydGZvbGlvVXBkYXRlc1JlcXVlc3QSFAoMcG9ydGZvbGlvX2lkGAEgASgJEjUKEnZhbHVhdGlvbl9pbnRlcnZhbBgCIAEoCzIZLmdvb2dsZS5wcm90b2J1Zi5EdXJhdGlvbiLRAQoeU3RyZWFtUG9ydGZvbGlvVXBkYXRlc1Jlc3BvbnNlEhAKCHNlcXVlbmNlGAEgASgEEi8KCXBvcnRmb2xpbxgCIAEoCzIaLmNxLnBvcnRmb2xpby52MS5Qb3J0Zm9saW9IABItCghwb3NpdGlvbhgDIAEoCzIZLmNxLnBvcnRmb2xpby52MS5Qb3NpdGlvbkgAEjMKC3RyYW5zYWN0aW9uGAQgASgLMhwuY3EucG9ydGZvbGlvLnYxLlRyYW5zYWN0aW9uSABCCAoGdXBkYXRlMsUGChBQb3J0Zm9saW9TZXJ2aWNlEoIBCgxHZXRQb3J0Zm9saW8SJC5jcS5wb3J0Zm9saW8udjEuR2V0UG9ydGZvbGlvUmVxdWVzdBolLmNxLnBvcnRmb2xpby52MS5HZXRQb3J0Zm9saW9SZXNwb25zZSIlgtPkkwIfEh0vdjEvcG9ydGZvbGlvcy97cG9ydGZvbGlvX2lkfRKPAQoNTGlzdFBvc2l0aW9ucxIlLmNxLnBvcnRmb2xpby52MS5MaXN0UG9zaXRpb25zUmVxdWVzdBomLmNxLnBvcnRmb2xpby52MS5MaXN0UG9zaXRpb25zUmVzcG9uc2UiL4LT5JMCKRInL3YxL3BvcnRmb2xpb3Mve3BvcnRmb2xpb19pZH0vcG9zaXRpb25zEnQKBkdldFBubBIeLmNxLnBvcnRmb2xpby52MS5HZXRQbmxSZXF1ZXN0Gh8uY3EucG9ydGZvbGlvLnYxLkdldFBubFJlc3BvbnNlIimC0+STAiMSIS92MS9wb3J0Zm9saW9zL3twb3J0Zm9saW9faWR9L3BubBKbAQoQTGlzdFRyYW5zYWN0aW9ucxIoLmNxLnBvcnRmb2xpby52MS5MaXN0VHJhbnNhY3Rpb25zUmVxdWVzdBopLmNxLnBvcnRmb2xpby52MS5MaXN0VHJhbnNhY3Rpb25zUmVzcG9uc2UiMoLT5JMCLBIqL3YxL3BvcnRmb2xpb3Mve3BvcnRmb2xpb19pZH0vdHJhbnNhY3Rpb25zEogBCgtHZXRFeHBvc3VyZRIjLmNxLnBvcnRmb2xpby52MS5HZXRFeHBvc3VyZVJlcXVlc3QaJC5jcS5wb3J0Zm9saW8udjEuR2V0RXhwb3N1cmVSZXNwb25zZSIugtPkkwIoEiYvdjEvcG9ydGZvbGlvcy97cG9ydGZvbGlvX2lkfS9leHBvc3VyZRJ7ChZTdHJlYW1Qb3J0Zm9saW9VcGRhdGVzEi4uY3EucG9ydGZvbGlvLnYxLlN0cmVhbVBvcnRmb2xpb1VwZGF0ZXNSZXF1ZXN0Gi8uY3EucG9ydGZvbGlvLnYxLlN0cmVhbVBvcnRmb2xpb1VwZGF0ZXNSZXNwb25zZTABQsABChNjb20uY3EucG9ydGZvbGlvLnYxQgxTZXJ2aWNlUHJvdG9QAVo9Z2l0aHViLmNvbS9jcS1wbGF0Zm9ybS9jcWMvZ2VuL2dvL2NxL3BvcnRmb2xpby92MTtwb3J0Zm9saW92MaICA0NQWKoCD0NxLlBvcnRmb2xpby5WMcoCD0NxXFBvcnRmb2xpb1xWMeICG0NxXFBvcnRmb2xpb1xWMVxHUEJNZXRhZGF0YeoCEUNxOjpQb3J0Zm9saW86OlYxYgZwcm90bzM", [file_cq_portfolio_v1_resources, file_cq_types_v1_time_range, file_google_api_annotations, file_google_protobuf_duration, file_google_protobuf_timestamp]);
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
 * The Portfolio service: positions, cash, valuation, PnL, exposure and the ledger of the caller's
 * portfolios, built from the execution reports and balances of their venue accounts. Read only:
 * positions and balances change through trading and transfers, never through this service.
 *
 * Callers only ever see their own portfolios; a portfolio or account of another owner is reported
 * as NOT_FOUND, never PERMISSION_DENIED, so that its existence does not leak.
 *
 * @generated from service cq.portfolio.v1.PortfolioService
 */
export const PortfolioService = /*@__PURE__*/ serviceDesc(file_cq_portfolio_v1_service, 0);
