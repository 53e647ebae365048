// Copyright 2026 CQC authors. Licensed under the Apache License, Version 2.0.
import { fileDesc, messageDesc, serviceDesc } from "@bufbuild/protobuf/codegenv2";
import { file_cq_types_v1_decimal } from "../../types/v1/decimal_pb.js";
import { file_cq_types_v1_time_range } from "../../types/v1/time_range_pb.js";
import { file_cq_venues_v1_resources } from "./resources_pb.js";
import { file_google_api_annotations } from "../../../google/api/annotations_pb.js";
import { file_google_protobuf_timestamp } from "@bufbuild/protobuf/wkt";
/**
 * Describes the file cq/venues/v1/service.proto.
 */
export const file_cq_venues_v1_service = /*@__PURE__*/ fileDesc("ChpjcS92ZW51ZXMvdjEvc2VydmljZS5wcm90bxIMY3EudmVudWVzLnYxImEKEUxpc3RWZW51ZXNSZXF1ZXN0EhEKCXBhZ2Vfc2l6ZRgBIAEoBRISCgpwYWdlX3Rva2VuGAIgASgJEiUKBHR5cGUYAyABKA4yFy5jcS52ZW51ZXMudjEuVmVudWVUeXBlIlIKEkxpc3RWZW51ZXNSZXNwb25zZRIjCgZ2ZW51ZXMYASADKAsyEy5jcS52ZW51ZXMudjEuVmVudWUSFwoPbmV4dF9wYWdlX3Rva2VuGAIgASgJIiMKD0dldFZlbnVlUmVxdWVzdBIQCgh2ZW51ZV9pZBgBIAEoCSI2ChBHZXRWZW51ZVJlc3BvbnNlEiIKBXZlbnVlGAEgASgLMhMuY3EudmVudWVzLnYxLlZlbnVlIlMKGExpc3RWZW51ZUFjY291bnRzUmVxdWVzdBIRCglwYWdlX3NpemUYASABKAUSEgoKcGFnZV90b2tlbhgCIAEoCRIQCgh2ZW51ZV9pZBgDIAEoCSJoChlMaXN0VmVudWVBY2NvdW50c1Jlc3BvbnNlEjIKDnZlbnVlX2FjY291bnRzGAEgAygLMhouY3EudmVudWVzLnYxLlZlbnVlQWNjb3VudBIXCg9uZXh0X3BhZ2VfdG9rZW4YAiABKAkiLAoWR2V0VmVudWVBY2NvdW50UmVxdWVzdBISCgphY2NvdW50X2lkGAEgASgJIkwKF0dldFZlbnVlQWNjb3VudFJlc3BvbnNlEjEKDXZlbnVlX2FjY291bnQYASABKAsyGi5jcS52ZW51ZXMudjEuVmVudWVBY2NvdW50IksKEVBsYWNlT3JkZXJSZXF1ZXN0EhIKCnJlcXVlc3RfaWQYASABKAkSIgoFb3JkZXIYAiABKAsyEy5jcS52ZW51ZXMudjEuT3JkZXIiOAoSUGxhY2VPcmRlclJlc3BvbnNlEiIKBW9yZGVyGAEgASgLMhMuY3EudmVudWVzLnYxLk9yZGVyInUKEkNhbmNlbE9yZGVyUmVxdWVzdBISCgpyZXF1ZXN0X2lkGAEgASgJEhIKCmFjY291bnRfaWQYAiABKAkSEgoIb3JkZXJfaWQYAyABKAlIABIZCg9jbGllbnRfb3JkZXJfaWQYBCABKAlIAEIICgZ0YXJnZXQiOQoTQ2FuY2VsT3JkZXJSZXNwb25zZRIiCgVvcmRlchgBIAEoCzITLmNxLnZlbnVlcy52MS5PcmRlciKiAgoTUmVwbGFjZU9yZGVyUmVxdWVzdBISCgpyZXF1ZXN0X2lkGAEgASgJEhIKCmFjY291bnRfaWQYAiABKAkSHAoUb3JpZ19jbGllbnRfb3JkZXJfaWQYAyABKAkSFwoPY2xpZW50X29yZGVyX2lkGAQgASgJEiYKCHF1YW50aXR5GAUgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbBIpCgtsaW1pdF9wcmljZRgGIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwSKAoKc3RvcF9wcmljZRgHIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwSLwoLZXhwaXJlX3RpbWUYCCABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wIjoKFFJlcGxhY2VPcmRlclJlc3BvbnNlEiIKBW9yZGVyGAEgASgLMhMuY3EudmVudWVzLnYxLk9yZGVyIiMKD0dldE9yZGVyUmVxdWVzdBIQCghvcmRlcl9pZBgBIAEoCSI2ChBHZXRPcmRlclJlc3BvbnNlEiIKBW9yZGVyGAEgASgLMhMuY3EudmVudWVzLnYxLk9yZGVyIvMBChFMaXN0T3JkZXJzUmVxdWVzdBISCgphY2NvdW50X2lkGAEgASgJEhEKCXBhZ2Vfc2l6ZRgCIAEoBRISCgpwYWdlX3Rva2VuGAMgASgJEhUKDWluc3RydW1lbnRfaWQYBCABKAkSKwoIc3RhdHVzZXMYBSADKA4yGS5jcS52ZW51ZXMudjEuT3JkZXJTdGF0dXMSFwoPY2xpZW50X29yZGVyX2lkGAYgASgJEhMKC3N0cmF0ZWd5X2lkGAcgASgJEjEKEWNyZWF0ZV90aW1lX3JhbmdlGAggASgLMhYuY3EudHlwZXMudjEuVGltZVJhbmdlIlIKEkxpc3RPcmRlcnNSZXNwb25zZRIjCgZvcmRlcnMYASADKAsyEy5jcS52ZW51ZXMudjEuT3JkZXISFwoPbmV4dF9wYWdlX3Rva2VuGAIgASgJInkKE0xpc3RCYWxhbmNlc1JlcXVlc3QSEgoKYWNjb3VudF9pZBgBIAEoCRIRCglwYWdlX3NpemUYAiABKAUSEgoKcGFnZV90b2tlbhgDIAEoCRIRCglhc3NldF9pZHMYBCADKAkSFAoMaW5jbHVkZV96ZXJvGAUgASgIIlgKFExpc3RCYWxhbmNlc1Jlc3BvbnNlEicKCGJhbGFuY2VzGAEgAygLMhUuY3EudmVudWVzLnYxLkJhbGFuY2USFwoPbmV4dF9wYWdlX3Rva2VuGAIgASgJInsKHVN0cmVhbUV4ZWN1dGlvblJlcG9ydHNSZXF1ZXN0EhIKCmFjY291bnRfaWQYASABKAkSFgoOYWZ0ZXJfc2VxdWVuY2UYAiABKAQSLgoKc3RhcnRfdGltZRgDIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXAimQEKHlN0cmVhbUV4ZWN1dGlvblJlcG9ydHNSZXNwb25zZRI5ChBleGVjdXRpb25fcmVwb3J0GAEgASgLMh0uY3EudmVudWVzLnYxLkV4ZWN1dGlvblJlcG9ydEgAEjMKDWNhbmNlbF9yZWplY3QYAiABKAsyGi5jcS52ZW51ZXMudjEuQ2FuY2VsUmVqZWN0SABCBwoFZXZlbnQyqAoKE1ZlbnVlR2F0ZXdheVNlcnZpY2USYwoKTGlzdFZlbnVlcxIfLmNxLnZlbnVlcy52MS5MaXN0VmVudWVzUmVxdWVzdBogLmNxLnZlbnVlcy52MS5MaXN0VmVudWVzUmVzcG9uc2UiEoLT5JMCDBIKL3YxL3ZlbnVlcxJoCghHZXRWZW51ZRIdLmNxLnZlbnVlcy52MS5HZXRWZW51ZVJlcXVlc3QaHi5jcS52ZW51ZXMudjEuR2V0VmVudWVSZXNwb25zZSIdgtPkkwIXEhUvdjEvdmVudWVzL3t2ZW51ZV9pZH0SfwoRTGlzdFZlbnVlQWNjb3VudHMSJi5jcS52ZW51ZXMudjEuTGlzdFZlbnVlQWNjb3VudHNSZXF1ZXN0GicuY3EudmVudWVzLnYxLkxpc3RWZW51ZUFjY291bnRzUmVzcG9uc2UiGYLT5JMCExIRL3YxL3ZlbnVlQWNjb3VudHMShgEKD0dldFZlbnVlQWNjb3VudBIkLmNxLnZlbnVlcy52MS5HZXRWZW51ZUFjY291bnRSZXF1ZXN0GiUuY3EudmVudWVzLnYxLkdldFZlbnVlQWNjb3VudFJlc3BvbnNlIiaC0+STAiASHi92MS92ZW51ZUFjY291bnRzL3thY2NvdW50X2lkfRJmCgpQbGFjZU9yZGVyEh8uY3EudmVudWVzLnYxLlBsYWNlT3JkZXJSZXF1ZXN0GiAuY3EudmVudWVzLnYxLlBsYWNlT3JkZXJSZXNwb25zZSIVgtPkkwIPOgEqIgovdjEvb3JkZXJzEnAKC0NhbmNlbE9yZGVyEiAuY3EudmVudWVzLnYxLkNhbmNlbE9yZGVyUmVxdWVzdBohLmNxLnZlbnVlcy52MS5DYW5jZWxPcmRlclJlc3BvbnNlIhyC0+STAhY6ASoiES92MS9vcmRlcnM6Y2FuY2VsEnQKDFJlcGxhY2VPcmRlchIhLmNxLnZlbnVlcy52MS5SZXBsYWNlT3JkZXJSZXF1ZXN0GiIuY3EudmVudWVzLnYxLlJlcGxhY2VPcmRlclJlc3BvbnNlIh2C0+STAhc6ASoiEi92MS9vcmRlcnM6cmVwbGFjZRJoCghHZXRPcmRlchIdLmNxLnZlbnVlcy52MS5HZXRPcmRlclJlcXVlc3QaHi5jcS52ZW51ZXMudjEuR2V0T3JkZXJSZXNwb25zZSIdgtPkkwIXEhUvdjEvb3JkZXJzL3tvcmRlcl9pZH0SfgoKTGlzdE9yZGVycxIfLmNxLnZlbnVlcy52MS5MaXN0T3JkZXJzUmVxdWVzdBogLmNxLnZlbnVlcy52MS5MaXN0T3JkZXJzUmVzcG9uc2UiLYLT5JMCJxIlL3YxL3ZlbnVlQWNjb3VudHMve2FjY291bnRfaWR9L29yZGVycxKGAQoMTGlzdEJhbGFuY2VzEiEuY3EudmVudWVzLnYxLkxpc3RCYWxhbmNlc1JlcXVlc3QaIi5jcS52ZW51ZXMudjEuTGlzdEJhbGFuY2VzUmVzcG9uc2UiL4LT5JMCKRInL3YxL3ZlbnVlQWNjb3VudHMve2FjY291bnRfaWR9L2JhbGFuY2VzEnUKFlN0cmVhbUV4ZWN1dGlvblJlcG9ydHMSKy5jcS52ZW51ZXMudjEuU3RyZWFtRXhlY3V0aW9uUmVwb3J0c1JlcXVlc3QaLC5jcS52ZW51ZXMudjEuU3RyZWFtRXhlY3V0aW9uUmVwb3J0c1Jlc3BvbnNlMAFCqwEKEGNvbS5jcS52ZW51ZXMudjFCDFNlcnZpY2VQcm90b1ABWjdnaXRodWIuY29tL2NxLXBsYXRmb3JtL2NxYy9nZW4vZ28vY3EvdmVudWVzL3YxO3ZlbnVlc3YxogIDQ1ZYqgIMQ3EuVmVudWVzLlYxygIMQ3FcVmVudWVzXFYx4gIYQ3FcVmVudWVzXFYxXEdQQk1ldGFkYXRh6gIOQ3E6OlZlbnVlczo6VjFiBnByb3RvMw", [file_cq_types_v1_decimal, file_cq_types_v1_time_range, file_cq_venues_v1_resources, file_google_api_annotations, file_google_protobuf_timestamp]);
/**
 * Describes the message cq.venues.v1.ListVenuesRequest.
 * Use `create(ListVenuesRequestSchema)` to create a new message.
 */
export const ListVenuesRequestSchema = /*@__PURE__*/ messageDesc(file_cq_venues_v1_service, 0);
/**
 * Describes the message cq.venues.v1.ListVenuesResponse.
 * Use `create(ListVenuesResponseSchema)` to create a new message.
 */
export const ListVenuesResponseSchema = /*@__PURE__*/ messageDesc(file_cq_venues_v1_service, 1);
/**
 * Describes the message cq.venues.v1.GetVenueRequest.
 * Use `create(GetVenueRequestSchema)` to create a new message.
 */
export const GetVenueRequestSchema = /*@__PURE__*/ messageDesc(file_cq_venues_v1_service, 2);
/**
 * Describes the message cq.venues.v1.GetVenueResponse.
 * Use `create(GetVenueResponseSchema)` to create a new message.
 */
export const GetVenueResponseSchema = /*@__PURE__*/ messageDesc(file_cq_venues_v1_service, 3);
/**
 * Describes the message cq.venues.v1.ListVenueAccountsRequest.
 * Use `create(ListVenueAccountsRequestSchema)` to create a new message.
 */
export const ListVenueAccountsRequestSchema = /*@__PURE__*/ messageDesc(file_cq_venues_v1_service, 4);
/**
 * Describes the message cq.venues.v1.ListVenueAccountsResponse.
 * Use `create(ListVenueAccountsResponseSchema)` to create a new message.
 */
export const ListVenueAccountsResponseSchema = /*@__PURE__*/ messageDesc(file_cq_venues_v1_service, 5);
/**
 * Describes the message cq.venues.v1.GetVenueAccountRequest.
 * Use `create(GetVenueAccountRequestSchema)` to create a new message.
 */
export const GetVenueAccountRequestSchema = /*@__PURE__*/ messageDesc(file_cq_venues_v1_service, 6);
/**
 * Describes the message cq.venues.v1.GetVenueAccountResponse.
 * Use `create(GetVenueAccountResponseSchema)` to create a new message.
 */
export const GetVenueAccountResponseSchema = /*@__PURE__*/ messageDesc(file_cq_venues_v1_service, 7);
/**
 * Describes the message cq.venues.v1.PlaceOrderRequest.
 * Use `create(PlaceOrderRequestSchema)` to create a new message.
 */
export const PlaceOrderRequestSchema = /*@__PURE__*/ messageDesc(file_cq_venues_v1_service, 8);
/**
 * Describes the message cq.venues.v1.PlaceOrderResponse.
 * Use `create(PlaceOrderResponseSchema)` to create a new message.
 */
export const PlaceOrderResponseSchema = /*@__PURE__*/ messageDesc(file_cq_venues_v1_service, 9);
/**
 * Describes the message cq.venues.v1.CancelOrderRequest.
 * Use `create(CancelOrderRequestSchema)` to create a new message.
 */
export const CancelOrderRequestSchema = /*@__PURE__*/ messageDesc(file_cq_venues_v1_service, 10);
/**
 * Describes the message cq.venues.v1.CancelOrderResponse.
 * Use `create(CancelOrderResponseSchema)` to create a new message.
 */
export const CancelOrderResponseSchema = /*@__PURE__*/ messageDesc(file_cq_venues_v1_service, 11);
/**
 * Describes the message cq.venues.v1.ReplaceOrderRequest.
 * Use `create(ReplaceOrderRequestSchema)` to create a new message.
 */
export const ReplaceOrderRequestSchema = /*@__PURE__*/ messageDesc(file_cq_venues_v1_service, 12);
/**
 * Describes the message cq.venues.v1.ReplaceOrderResponse.
 * Use `create(ReplaceOrderResponseSchema)` to create a new message.
 */
export const ReplaceOrderResponseSchema = /*@__PURE__*/ messageDesc(file_cq_venues_v1_service, 13);
/**
 * Describes the message cq.venues.v1.GetOrderRequest.
 * Use `create(GetOrderRequestSchema)` to create a new message.
 */
export const GetOrderRequestSchema = /*@__PURE__*/ messageDesc(file_cq_venues_v1_service, 14);
/**
 * Describes the message cq.venues.v1.GetOrderResponse.
 * Use `create(GetOrderResponseSchema)` to create a new message.
 */
export const GetOrderResponseSchema = /*@__PURE__*/ messageDesc(file_cq_venues_v1_service, 15);
/**
 * Describes the message cq.venues.v1.ListOrdersRequest.
 * Use `create(ListOrdersRequestSchema)` to create a new message.
 */
export const ListOrdersRequestSchema = /*@__PURE__*/ messageDesc(file_cq_venues_v1_service, 16);
/**
 * Describes the message cq.venues.v1.ListOrdersResponse.
 * Use `create(ListOrdersResponseSchema)` to create a new message.
 */
export const ListOrdersResponseSchema = /*@__PURE__*/ messageDesc(file_cq_venues_v1_service, 17);
/**
 * Describes the message cq.venues.v1.ListBalancesRequest.
 * Use `create(ListBalancesRequestSchema)` to create a new message.
 */
export const ListBalancesRequestSchema = /*@__PURE__*/ messageDesc(file_cq_venues_v1_service, 18);
/**
 * Describes the message cq.venues.v1.ListBalancesResponse.
 * Use `create(ListBalancesResponseSchema)` to create a new message.
 */
export const ListBalancesResponseSchema = /*@__PURE__*/ messageDesc(file_cq_venues_v1_service, 19);
/**
 * Describes the message cq.venues.v1.StreamExecutionReportsRequest.
 * Use `create(StreamExecutionReportsRequestSchema)` to create a new message.
 */
export const StreamExecutionReportsRequestSchema = /*@__PURE__*/ messageDesc(file_cq_venues_v1_service, 20);
/**
 * Describes the message cq.venues.v1.StreamExecutionReportsResponse.
 * Use `create(StreamExecutionReportsResponseSchema)` to create a new message.
 */
export const StreamExecutionReportsResponseSchema = /*@__PURE__*/ messageDesc(file_cq_venues_v1_service, 21);
/**
 * The VenueGateway: one API over every venue CQ trades on. It lists venues and the caller's
 * accounts, places, cancels and replaces orders, reports balances and streams execution reports.
 *
 * Callers only ever see their own accounts and the orders, balances and reports on them; an
 * account, order or report of another owner is reported as NOT_FOUND, never PERMISSION_DENIED, so
 * that its existence does not leak. Errors carry google.rpc.ErrorInfo (domain "venues.cq") whose
 * reason names the cause, and google.rpc.BadRequest field violations for malformed fields.
 *
 * @generated from service cq.venues.v1.VenueGatewayService
 */
export const VenueGatewayService = /*@__PURE__*/ serviceDesc(file_cq_venues_v1_service, 0);
