// Copyright 2026 CQC authors. Licensed under the Apache License, Version 2.0.
import { fileDesc, messageDesc, serviceDesc } from "@bufbuild/protobuf/codegenv2";
import { file_cq_markets_v1_resources } from "./resources_pb.js";
import { file_cq_types_v1_decimal } from "../../types/v1/decimal_pb.js";
import { file_cq_types_v1_time_range } from "../../types/v1/time_range_pb.js";
import { file_google_api_annotations } from "../../../google/api/annotations_pb.js";
import { file_google_protobuf_duration } from "@bufbuild/protobuf/wkt";
/**
 * Describes the file cq/markets/v1/service.proto.
 */
export const file_cq_markets_v1_service = /*@__PURE__*/ fileDesc("ChtjcS9tYXJrZXRzL3YxL3NlcnZpY2UucHJvdG8SDWNxLm1hcmtldHMudjEiUwoVR2V0TGF0ZXN0UHJpY2VSZXF1ZXN0EhUKDWluc3RydW1lbnRfaWQYASABKAkSEAoIdmVudWVfaWQYAiABKAkSEQoJZGVhbGVyX2lkGAMgASgJImoKFkdldExhdGVzdFByaWNlUmVzcG9uc2USIwoFcHJpY2UYASABKAsyFC5jcS5tYXJrZXRzLnYxLlByaWNlEisKDWRlYWxlcl9xdW90ZXMYAiADKAsyFC5jcS5tYXJrZXRzLnYxLlByaWNlIk0KE0dldE9yZGVyQm9va1JlcXVlc3QSFQoNaW5zdHJ1bWVudF9pZBgBIAEoCRIQCgh2ZW51ZV9pZBgCIAEoCRINCgVkZXB0aBgDIAEoAyJEChRHZXRPcmRlckJvb2tSZXNwb25zZRIsCgpvcmRlcl9ib29rGAEgASgLMhguY3EubWFya2V0cy52MS5PcmRlckJvb2siwQEKEkxpc3RDYW5kbGVzUmVxdWVzdBIVCg1pbnN0cnVtZW50X2lkGAEgASgJEhAKCHZlbnVlX2lkGAIgASgJEi8KCGludGVydmFsGAMgASgOMh0uY3EubWFya2V0cy52MS5DYW5kbGVJbnRlcnZhbBIqCgp0aW1lX3JhbmdlGAQgASgLMhYuY3EudHlwZXMudjEuVGltZVJhbmdlEhEKCXBhZ2Vfc2l6ZRgFIAEoBRISCgpwYWdlX3Rva2VuGAYgASgJIlYKE0xpc3RDYW5kbGVzUmVzcG9uc2USJgoHY2FuZGxlcxgBIAMoCzIVLmNxLm1hcmtldHMudjEuQ2FuZGxlEhcKD25leHRfcGFnZV90b2tlbhgCIAEoCSKPAQoRTGlzdFRyYWRlc1JlcXVlc3QSFQoNaW5zdHJ1bWVudF9pZBgBIAEoCRIQCgh2ZW51ZV9pZBgCIAEoCRIqCgp0aW1lX3JhbmdlGAMgASgLMhYuY3EudHlwZXMudjEuVGltZVJhbmdlEhEKCXBhZ2Vfc2l6ZRgEIAEoBRISCgpwYWdlX3Rva2VuGAUgASgJIlMKEkxpc3RUcmFkZXNSZXNwb25zZRIkCgZ0cmFkZXMYASADKAsyFC5jcS5tYXJrZXRzLnYxLlRyYWRlEhcKD25leHRfcGFnZV90b2tlbhgCIAEoCSKgAQoOR2V0VndhcFJlcXVlc3QSFQoNaW5zdHJ1bWVudF9pZBgBIAEoCRIQCgh2ZW51ZV9pZBgCIAEoCRIsCgp0aW1lX3JhbmdlGAMgASgLMhYuY3EudHlwZXMudjEuVGltZVJhbmdlSAASLQoIbG9va2JhY2sYBCABKAsyGS5nb29nbGUucHJvdG9idWYuRHVyYXRpb25IAEIICgZ3aW5kb3ciNAoPR2V0VndhcFJlc3BvbnNlEiEKBHZ3YXAYASABKAsyEy5jcS5tYXJrZXRzLnYxLlZ3YXAibQoVR2V0TWFya2V0RGVwdGhSZXF1ZXN0EhUKDWluc3RydW1lbnRfaWQYASABKAkSEAoIdmVudWVfaWQYAiABKAkSKwoNYmFuZF9wZXJjZW50cxgDIAMoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwiSgoWR2V0TWFya2V0RGVwdGhSZXNwb25zZRIwCgxtYXJrZXRfZGVwdGgYASABKAsyGi5jcS5tYXJrZXRzLnYxLk1hcmtldERlcHRoItcBChpHZXRMaXF1aWRpdHlNZXRyaWNzUmVxdWVzdBIVCg1pbnN0cnVtZW50X2lkGAEgASgJEhAKCHZlbnVlX2lkGAIgASgJEisKDWJhbmRfcGVyY2VudHMYAyADKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsEjAKDXZvbHVtZV93aW5kb3cYBCABKAsyGS5nb29nbGUucHJvdG9idWYuRHVyYXRpb24SMQoTc2xpcHBhZ2VfcXVhbnRpdGllcxgFIAMoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwiWQobR2V0TGlxdWlkaXR5TWV0cmljc1Jlc3BvbnNlEjoKEWxpcXVpZGl0eV9tZXRyaWNzGAEgASgLMh8uY3EubWFya2V0cy52MS5MaXF1aWRpdHlNZXRyaWNzIngKE1N0cmVhbVByaWNlc1JlcXVlc3QSFgoOaW5zdHJ1bWVudF9pZHMYASADKAkSEQoJdmVudWVfaWRzGAIgAygJEjYKE2NvbmZsYXRpb25faW50ZXJ2YWwYAyABKAsyGS5nb29nbGUucHJvdG9idWYuRHVyYXRpb24iOwoUU3RyZWFtUHJpY2VzUmVzcG9uc2USIwoFcHJpY2UYASABKAsyFC5jcS5tYXJrZXRzLnYxLlByaWNlIlAKFlN0cmVhbU9yZGVyQm9va1JlcXVlc3QSFQoNaW5zdHJ1bWVudF9pZBgBIAEoCRIQCgh2ZW51ZV9pZBgCIAEoCRINCgVkZXB0aBgDIAEoAyKBAQoXU3RyZWFtT3JkZXJCb29rUmVzcG9uc2USLAoIc25hcHNob3QYASABKAsyGC5jcS5tYXJrZXRzLnYxLk9yZGVyQm9va0gAEi4KBWRlbHRhGAIgASgLMh0uY3EubWFya2V0cy52MS5PcmRlckJvb2tEZWx0YUgAQggKBnVwZGF0ZTK1CgoRTWFya2V0RGF0YVNlcnZpY2USpAEKDkdldExhdGVzdFByaWNlEiQuY3EubWFya2V0cy52MS5HZXRMYXRlc3RQcmljZVJlcXVlc3QaJS5jcS5tYXJrZXRzLnYxLkdldExhdGVzdFByaWNlUmVzcG9uc2UiRYLT5JMCPxI9L3YxL3ZlbnVlcy97dmVudWVfaWR9L2luc3RydW1lbnRzL3tpbnN0cnVtZW50X2lkfS9sYXRlc3RQcmljZRKcAQoMR2V0T3JkZXJCb29rEiIuY3EubWFya2V0cy52MS5HZXRPcmRlckJvb2tSZXF1ZXN0GiMuY3EubWFya2V0cy52MS5HZXRPcmRlckJvb2tSZXNwb25zZSJDgtPkkwI9EjsvdjEvdmVudWVzL3t2ZW51ZV9pZH0vaW5zdHJ1bWVudHMve2luc3RydW1lbnRfaWR9L29yZGVyQm9vaxKXAQoLTGlzdENhbmRsZXMSIS5jcS5tYXJrZXRzLnYxLkxpc3RDYW5kbGVzUmVxdWVzdBoiLmNxLm1hcmtldHMudjEuTGlzdENhbmRsZXNSZXNwb25zZSJBgtPkkwI7EjkvdjEvdmVudWVzL3t2ZW51ZV9pZH0vaW5zdHJ1bWVudHMve2luc3RydW1lbnRfaWR9L2NhbmRsZXMSkwEKCkxpc3RUcmFkZXMSIC5jcS5tYXJrZXRzLnYxLkxpc3RUcmFkZXNSZXF1ZXN0GiEuY3EubWFya2V0cy52MS5MaXN0VHJhZGVzUmVzcG9uc2UiQILT5JMCOhI4L3YxL3ZlbnVlcy97dmVudWVfaWR9L2luc3RydW1lbnRzL3tpbnN0cnVtZW50X2lkfS90cmFkZXMSiAEKB0dldFZ3YXASHS5jcS5tYXJrZXRzLnYxLkdldFZ3YXBSZXF1ZXN0Gh4uY3EubWFya2V0cy52MS5HZXRWd2FwUmVzcG9uc2UiPoLT5JMCOBI2L3YxL3ZlbnVlcy97dmVudWVfaWR9L2luc3RydW1lbnRzL3tpbnN0cnVtZW50X2lkfS92d2FwEqQBCg5HZXRNYXJrZXREZXB0aBIkLmNxLm1hcmtldHMudjEuR2V0TWFya2V0RGVwdGhSZXF1ZXN0GiUuY3EubWFya2V0cy52MS5HZXRNYXJrZXREZXB0aFJlc3BvbnNlIkWC0+STAj8SPS92MS92ZW51ZXMve3ZlbnVlX2lkfS9pbnN0cnVtZW50cy97aW5zdHJ1bWVudF9pZH0vbWFya2V0RGVwdGgSuAEKE0dldExpcXVpZGl0eU1ldHJpY3MSKS5jcS5tYXJrZXRzLnYxLkdldExpcXVpZGl0eU1ldHJpY3NSZXF1ZXN0GiouY3EubWFya2V0cy52MS5HZXRMaXF1aWRpdHlNZXRyaWNzUmVzcG9uc2UiSoLT5JMCRBJCL3YxL3ZlbnVlcy97dmVudWVfaWR9L2luc3RydW1lbnRzL3tpbnN0cnVtZW50X2lkfS9saXF1aWRpdHlNZXRyaWNzElkKDFN0cmVhbVByaWNlcxIiLmNxLm1hcmtldHMudjEuU3RyZWFtUHJpY2VzUmVxdWVzdBojLmNxLm1hcmtldHMudjEuU3RyZWFtUHJpY2VzUmVzcG9uc2UwARJiCg9TdHJlYW1PcmRlckJvb2sSJS5jcS5tYXJrZXRzLnYxLlN0cmVhbU9yZGVyQm9va1JlcXVlc3QaJi5jcS5tYXJrZXRzLnYxLlN0cmVhbU9yZGVyQm9va1Jlc3BvbnNlMAFCsgEKEWNvbS5jcS5tYXJrZXRzLnYxQgxTZXJ2aWNlUHJvdG9QAVo5Z2l0aHViLmNvbS9jcS1wbGF0Zm9ybS9jcWMvZ2VuL2dvL2NxL21hcmtldHMvdjE7bWFya2V0c3YxogIDQ01YqgINQ3EuTWFya2V0cy5WMcoCDUNxXE1hcmtldHNcVjHiAhlDcVxNYXJrZXRzXFYxXEdQQk1ldGFkYXRh6gIPQ3E6Ok1hcmtldHM6OlYxYgZwcm90bzM", [file_cq_markets_v1_resources, file_cq_types_v1_decimal, file_cq_types_v1_time_range, file_google_api_annotations, file_google_protobuf_duration]);
/**
 * Describes the message cq.markets.v1.GetLatestPriceRequest.
 * Use `create(GetLatestPriceRequestSchema)` to create a new message.
 */
export const GetLatestPriceRequestSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_service, 0);
/**
 * Describes the message cq.markets.v1.GetLatestPriceResponse.
 * Use `create(GetLatestPriceResponseSchema)` to create a new message.
 */
export const GetLatestPriceResponseSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_service, 1);
/**
 * Describes the message cq.markets.v1.GetOrderBookRequest.
 * Use `create(GetOrderBookRequestSchema)` to create a new message.
 */
export const GetOrderBookRequestSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_service, 2);
/**
 * Describes the message cq.markets.v1.GetOrderBookResponse.
 * Use `create(GetOrderBookResponseSchema)` to create a new message.
 */
export const GetOrderBookResponseSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_service, 3);
/**
 * Describes the message cq.markets.v1.ListCandlesRequest.
 * Use `create(ListCandlesRequestSchema)` to create a new message.
 */
export const ListCandlesRequestSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_service, 4);
/**
 * Describes the message cq.markets.v1.ListCandlesResponse.
 * Use `create(ListCandlesResponseSchema)` to create a new message.
 */
export const ListCandlesResponseSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_service, 5);
/**
 * Describes the message cq.markets.v1.ListTradesRequest.
 * Use `create(ListTradesRequestSchema)` to create a new message.
 */
export const ListTradesRequestSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_service, 6);
/**
 * Describes the message cq.markets.v1.ListTradesResponse.
 * Use `create(ListTradesResponseSchema)` to create a new message.
 */
export const ListTradesResponseSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_service, 7);
/**
 * Describes the message cq.markets.v1.GetVwapRequest.
 * Use `create(GetVwapRequestSchema)` to create a new message.
 */
export const GetVwapRequestSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_service, 8);
/**
 * Describes the message cq.markets.v1.GetVwapResponse.
 * Use `create(GetVwapResponseSchema)` to create a new message.
 */
export const GetVwapResponseSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_service, 9);
/**
 * Describes the message cq.markets.v1.GetMarketDepthRequest.
 * Use `create(GetMarketDepthRequestSchema)` to create a new message.
 */
export const GetMarketDepthRequestSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_service, 10);
/**
 * Describes the message cq.markets.v1.GetMarketDepthResponse.
 * Use `create(GetMarketDepthResponseSchema)` to create a new message.
 */
export const GetMarketDepthResponseSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_service, 11);
/**
 * Describes the message cq.markets.v1.GetLiquidityMetricsRequest.
 * Use `create(GetLiquidityMetricsRequestSchema)` to create a new message.
 */
export const GetLiquidityMetricsRequestSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_service, 12);
/**
 * Describes the message cq.markets.v1.GetLiquidityMetricsResponse.
 * Use `create(GetLiquidityMetricsResponseSchema)` to create a new message.
 */
export const GetLiquidityMetricsResponseSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_service, 13);
/**
 * Describes the message cq.markets.v1.StreamPricesRequest.
 * Use `create(StreamPricesRequestSchema)` to create a new message.
 */
export const StreamPricesRequestSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_service, 14);
/**
 * Describes the message cq.markets.v1.StreamPricesResponse.
 * Use `create(StreamPricesResponseSchema)` to create a new message.
 */
export const StreamPricesResponseSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_service, 15);
/**
 * Describes the message cq.markets.v1.StreamOrderBookRequest.
 * Use `create(StreamOrderBookRequestSchema)` to create a new message.
 */
export const StreamOrderBookRequestSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_service, 16);
/**
 * Describes the message cq.markets.v1.StreamOrderBookResponse.
 * Use `create(StreamOrderBookResponseSchema)` to create a new message.
 */
export const StreamOrderBookResponseSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_service, 17);
/**
 * MarketData: prices, order books, trades, candles and liquidity analytics, per instrument and
 * venue. Read-only; every market is addressed by (instrument_id, venue_id) and data is never blended
 * across venues.
 *
 * Every RPC returns UNAUTHENTICATED without valid credentials, INVALID_ARGUMENT if instrument_id or
 * venue_id is empty or malformed, and NOT_FOUND if the instrument is not listed on the venue. Over
 * HTTP, the colons of an instrument id in the path are percent-encoded (cq%3Aspot%3ABTC-USD).
 *
 * @generated from service cq.markets.v1.MarketDataService
 */
export const MarketDataService = /*@__PURE__*/ serviceDesc(file_cq_markets_v1_service, 0);
