// Copyright 2026 CQC authors. Licensed under the Apache License, Version 2.0.
import { fileDesc, messageDesc, serviceDesc } from "@bufbuild/protobuf/codegenv2";
import { file_buf_validate_validate } from "../../../buf/validate/validate_pb.js";
import { file_cq_types_v1_decimal } from "../../types/v1/decimal_pb.js";
import { file_cq_types_v1_time_range } from "../../types/v1/time_range_pb.js";
import { file_cq_venues_v1_resources } from "./resources_pb.js";
import { file_google_api_annotations } from "../../../google/api/annotations_pb.js";
import { file_google_protobuf_timestamp } from "@bufbuild/protobuf/wkt";
/**
 * Describes the file cq/venues/v1/service.proto.
 */
export const file_cq_venues_v1_service = /*@__PURE__*/ fileDesc("ChpjcS92ZW51ZXMvdjEvc2VydmljZS5wcm90bxIMY3EudmVudWVzLnYxIncKEUxpc3RWZW51ZXNSZXF1ZXN0Eh0KCXBhZ2Vfc2l6ZRgBIAEoBUIKukgHGgUY6AcoABISCgpwYWdlX3Rva2VuGAIgASgJEi8KBHR5cGUYAyABKA4yFy5jcS52ZW51ZXMudjEuVmVudWVUeXBlQgi6SAWCAQIQASJSChJMaXN0VmVudWVzUmVzcG9uc2USIwoGdmVudWVzGAEgAygLMhMuY3EudmVudWVzLnYxLlZlbnVlEhcKD25leHRfcGFnZV90b2tlbhgCIAEoCSJFCg9HZXRWZW51ZVJlcXVlc3QSMgoIdmVudWVfaWQYASABKAlCILpIHcgBAXIYMhZeW2Etel1bYS16MC05X117MCwzMX0kIjYKEEdldFZlbnVlUmVzcG9uc2USIgoFdmVudWUYASABKAsyEy5jcS52ZW51ZXMudjEuVmVudWUigQEKGExpc3RWZW51ZUFjY291bnRzUmVxdWVzdBIdCglwYWdlX3NpemUYASABKAVCCrpIBxoFGOgHKAASEgoKcGFnZV90b2tlbhgCIAEoCRIyCgh2ZW51ZV9pZBgDIAEoCUIgukgd2AEBchgyFl5bYS16XVthLXowLTlfXXswLDMxfSQiaAoZTGlzdFZlbnVlQWNjb3VudHNSZXNwb25zZRIyCg52ZW51ZV9hY2NvdW50cxgBIAMoCzIaLmNxLnZlbnVlcy52MS5WZW51ZUFjY291bnQSFwoPbmV4dF9wYWdlX3Rva2VuGAIgASgJIjgKFkdldFZlbnVlQWNjb3VudFJlcXVlc3QSHgoKYWNjb3VudF9pZBgBIAEoCUIKukgHyAEBcgIYQCJMChdHZXRWZW51ZUFjY291bnRSZXNwb25zZRIxCg12ZW51ZV9hY2NvdW50GAEgASgLMhouY3EudmVudWVzLnYxLlZlbnVlQWNjb3VudCK8AgoRUGxhY2VPcmRlclJlcXVlc3QSHwoKcmVxdWVzdF9pZBgBIAEoCUILukgIyAEBcgOwAQEShQIKBW9yZGVyGAIgASgLMhMuY3EudmVudWVzLnYxLk9yZGVyQuABukjcAboBbQoscGxhY2Vfb3JkZXJfcmVxdWVzdC5jbGllbnRfb3JkZXJfaWRfcmVxdWlyZWQSIW9yZGVyLmNsaWVudF9vcmRlcl9pZCBpcyByZXF1aXJlZBoadGhpcy5jbGllbnRfb3JkZXJfaWQgIT0gJye6AWYKKnBsYWNlX29yZGVyX3JlcXVlc3QudGltZV9pbl9mb3JjZV9yZXF1aXJlZBIfb3JkZXIudGltZV9pbl9mb3JjZSBpcyByZXF1aXJlZBoXdGhpcy50aW1lX2luX2ZvcmNlICE9IDDIAQEiOAoSUGxhY2VPcmRlclJlc3BvbnNlEiIKBW9yZGVyGAEgASgLMhMuY3EudmVudWVzLnYxLk9yZGVyIqcBChJDYW5jZWxPcmRlclJlcXVlc3QSHwoKcmVxdWVzdF9pZBgBIAEoCUILukgIyAEBcgOwAQESHgoKYWNjb3VudF9pZBgCIAEoCUIKukgHyAEBcgIYQBIbCghvcmRlcl9pZBgDIAEoCUIHukgEcgIYQEgAEiIKD2NsaWVudF9vcmRlcl9pZBgEIAEoCUIHukgEcgIYQEgAQg8KBnRhcmdldBIFukgCCAEiOQoTQ2FuY2VsT3JkZXJSZXNwb25zZRIiCgVvcmRlchgBIAEoCzITLmNxLnZlbnVlcy52MS5PcmRlciKfCQoTUmVwbGFjZU9yZGVyUmVxdWVzdBIfCgpyZXF1ZXN0X2lkGAEgASgJQgu6SAjIAQFyA7ABARIeCgphY2NvdW50X2lkGAIgASgJQgq6SAfIAQFyAhhAEigKFG9yaWdfY2xpZW50X29yZGVyX2lkGAMgASgJQgq6SAfIAQFyAhhAEiMKD2NsaWVudF9vcmRlcl9pZBgEIAEoCUIKukgHyAEBcgIYQBL1AQoIcXVhbnRpdHkYBSABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsQswBukjIAboBxAEKEGRlY2ltYWwucG9zaXRpdmUSFm11c3QgYmUgZ3JlYXRlciB0aGFuIDAalwF0aGlzLnZhbHVlLm1hdGNoZXMoJ15bK10/WzAtOV0qWzEtOV1bMC05XSooXFwuWzAtOV0rKT8oW2VFXVsrLV0/WzAtOV0rKT8kJykgfHwgdGhpcy52YWx1ZS5tYXRjaGVzKCdeWytdP1swLTldK1xcLlswLTldKlsxLTldWzAtOV0qKFtlRV1bKy1dP1swLTldKyk/JCcpEvgBCgtsaW1pdF9wcmljZRgGIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWxCzAG6SMgBugHEAQoQZGVjaW1hbC5wb3NpdGl2ZRIWbXVzdCBiZSBncmVhdGVyIHRoYW4gMBqXAXRoaXMudmFsdWUubWF0Y2hlcygnXlsrXT9bMC05XSpbMS05XVswLTldKihcXC5bMC05XSspPyhbZUVdWystXT9bMC05XSspPyQnKSB8fCB0aGlzLnZhbHVlLm1hdGNoZXMoJ15bK10/WzAtOV0rXFwuWzAtOV0qWzEtOV1bMC05XSooW2VFXVsrLV0/WzAtOV0rKT8kJykS9wEKCnN0b3BfcHJpY2UYByABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsQswBukjIAboBxAEKEGRlY2ltYWwucG9zaXRpdmUSFm11c3QgYmUgZ3JlYXRlciB0aGFuIDAalwF0aGlzLnZhbHVlLm1hdGNoZXMoJ15bK10/WzAtOV0qWzEtOV1bMC05XSooXFwuWzAtOV0rKT8oW2VFXVsrLV0/WzAtOV0rKT8kJykgfHwgdGhpcy52YWx1ZS5tYXRjaGVzKCdeWytdP1swLTldK1xcLlswLTldKlsxLTldWzAtOV0qKFtlRV1bKy1dP1swLTldKyk/JCcpEi8KC2V4cGlyZV90aW1lGAggASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcDrZAbpI1QEa0gEKI3JlcGxhY2Vfb3JkZXJfcmVxdWVzdC50ZXJtX3JlcXVpcmVkEk1hdCBsZWFzdCBvbmUgb2YgcXVhbnRpdHksIGxpbWl0X3ByaWNlLCBzdG9wX3ByaWNlIGFuZCBleHBpcmVfdGltZSBtdXN0IGJlIHNldBpcaGFzKHRoaXMucXVhbnRpdHkpIHx8IGhhcyh0aGlzLmxpbWl0X3ByaWNlKSB8fCBoYXModGhpcy5zdG9wX3ByaWNlKSB8fCBoYXModGhpcy5leHBpcmVfdGltZSkiOgoUUmVwbGFjZU9yZGVyUmVzcG9uc2USIgoFb3JkZXIYASABKAsyEy5jcS52ZW51ZXMudjEuT3JkZXIiLwoPR2V0T3JkZXJSZXF1ZXN0EhwKCG9yZGVyX2lkGAEgASgJQgq6SAfIAQFyAhhAIjYKEEdldE9yZGVyUmVzcG9uc2USIgoFb3JkZXIYASABKAsyEy5jcS52ZW51ZXMudjEuT3JkZXIi/wIKEUxpc3RPcmRlcnNSZXF1ZXN0Eh4KCmFjY291bnRfaWQYASABKAlCCrpIB8gBAXICGEASHQoJcGFnZV9zaXplGAIgASgFQgq6SAcaBRjoBygAEhIKCnBhZ2VfdG9rZW4YAyABKAkSZgoNaW5zdHJ1bWVudF9pZBgEIAEoCUJPukhM2AEBckcyRV5bYS16XVthLXowLTlfXXswLDMxfTpbYS16XVthLXowLTlfXXswLDMxfTpbQS1aMC05XVtBLVowLTkuXy1dezAsNjN9JBI8CghzdGF0dXNlcxgFIAMoDjIZLmNxLnZlbnVlcy52MS5PcmRlclN0YXR1c0IPukgMkgEJIgeCAQQQASAAEiAKD2NsaWVudF9vcmRlcl9pZBgGIAEoCUIHukgEcgIYQBIcCgtzdHJhdGVneV9pZBgHIAEoCUIHukgEcgIYQBIxChFjcmVhdGVfdGltZV9yYW5nZRgIIAEoCzIWLmNxLnR5cGVzLnYxLlRpbWVSYW5nZSJSChJMaXN0T3JkZXJzUmVzcG9uc2USIwoGb3JkZXJzGAEgAygLMhMuY3EudmVudWVzLnYxLk9yZGVyEhcKD25leHRfcGFnZV90b2tlbhgCIAEoCSK5AQoTTGlzdEJhbGFuY2VzUmVxdWVzdBIeCgphY2NvdW50X2lkGAEgASgJQgq6SAfIAQFyAhhAEh0KCXBhZ2Vfc2l6ZRgCIAEoBUIKukgHGgUY6AcoABISCgpwYWdlX3Rva2VuGAMgASgJEjkKCWFzc2V0X2lkcxgEIAMoCUImukgjkgEgIh5yHDIaXltBLVowLTldW0EtWjAtOS5fXXswLDMxfSQSFAoMaW5jbHVkZV96ZXJvGAUgASgIIlgKFExpc3RCYWxhbmNlc1Jlc3BvbnNlEicKCGJhbGFuY2VzGAEgAygLMhUuY3EudmVudWVzLnYxLkJhbGFuY2USFwoPbmV4dF9wYWdlX3Rva2VuGAIgASgJIq4CCh1TdHJlYW1FeGVjdXRpb25SZXBvcnRzUmVxdWVzdBIeCgphY2NvdW50X2lkGAEgASgJQgq6SAfIAQFyAhhAEhYKDmFmdGVyX3NlcXVlbmNlGAIgASgEEi4KCnN0YXJ0X3RpbWUYAyABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wOqQBukigARqdAQozc3RyZWFtX2V4ZWN1dGlvbl9yZXBvcnRzX3JlcXVlc3Qub25lX3N0YXJ0aW5nX3BvaW50EjJhZnRlcl9zZXF1ZW5jZSBhbmQgc3RhcnRfdGltZSBtdXN0IG5vdCBib3RoIGJlIHNldBoydGhpcy5hZnRlcl9zZXF1ZW5jZSA9PSAwdSB8fCAhaGFzKHRoaXMuc3RhcnRfdGltZSkimQEKHlN0cmVhbUV4ZWN1dGlvblJlcG9ydHNSZXNwb25zZRI5ChBleGVjdXRpb25fcmVwb3J0GAEgASgLMh0uY3EudmVudWVzLnYxLkV4ZWN1dGlvblJlcG9ydEgAEjMKDWNhbmNlbF9yZWplY3QYAiABKAsyGi5jcS52ZW51ZXMudjEuQ2FuY2VsUmVqZWN0SABCBwoFZXZlbnQyqAoKE1ZlbnVlR2F0ZXdheVNlcnZpY2USYwoKTGlzdFZlbnVlcxIfLmNxLnZlbnVlcy52MS5MaXN0VmVudWVzUmVxdWVzdBogLmNxLnZlbnVlcy52MS5MaXN0VmVudWVzUmVzcG9uc2UiEoLT5JMCDBIKL3YxL3ZlbnVlcxJoCghHZXRWZW51ZRIdLmNxLnZlbnVlcy52MS5HZXRWZW51ZVJlcXVlc3QaHi5jcS52ZW51ZXMudjEuR2V0VmVudWVSZXNwb25zZSIdgtPkkwIXEhUvdjEvdmVudWVzL3t2ZW51ZV9pZH0SfwoRTGlzdFZlbnVlQWNjb3VudHMSJi5jcS52ZW51ZXMudjEuTGlzdFZlbnVlQWNjb3VudHNSZXF1ZXN0GicuY3EudmVudWVzLnYxLkxpc3RWZW51ZUFjY291bnRzUmVzcG9uc2UiGYLT5JMCExIRL3YxL3ZlbnVlQWNjb3VudHMShgEKD0dldFZlbnVlQWNjb3VudBIkLmNxLnZlbnVlcy52MS5HZXRWZW51ZUFjY291bnRSZXF1ZXN0GiUuY3EudmVudWVzLnYxLkdldFZlbnVlQWNjb3VudFJlc3BvbnNlIiaC0+STAiASHi92MS92ZW51ZUFjY291bnRzL3thY2NvdW50X2lkfRJmCgpQbGFjZU9yZGVyEh8uY3EudmVudWVzLnYxLlBsYWNlT3JkZXJSZXF1ZXN0GiAuY3EudmVudWVzLnYxLlBsYWNlT3JkZXJSZXNwb25zZSIVgtPkkwIPOgEqIgovdjEvb3JkZXJzEnAKC0NhbmNlbE9yZGVyEiAuY3EudmVudWVzLnYxLkNhbmNlbE9yZGVyUmVxdWVzdBohLmNxLnZlbnVlcy52MS5DYW5jZWxPcmRlclJlc3BvbnNlIhyC0+STAhY6ASoiES92MS9vcmRlcnM6Y2FuY2VsEnQKDFJlcGxhY2VPcmRlchIhLmNxLnZlbnVlcy52MS5SZXBsYWNlT3JkZXJSZXF1ZXN0GiIuY3EudmVudWVzLnYxLlJlcGxhY2VPcmRlclJlc3BvbnNlIh2C0+STAhc6ASoiEi92MS9vcmRlcnM6cmVwbGFjZRJoCghHZXRPcmRlchIdLmNxLnZlbnVlcy52MS5HZXRPcmRlclJlcXVlc3QaHi5jcS52ZW51ZXMudjEuR2V0T3JkZXJSZXNwb25zZSIdgtPkkwIXEhUvdjEvb3JkZXJzL3tvcmRlcl9pZH0SfgoKTGlzdE9yZGVycxIfLmNxLnZlbnVlcy52MS5MaXN0T3JkZXJzUmVxdWVzdBogLmNxLnZlbnVlcy52MS5MaXN0T3JkZXJzUmVzcG9uc2UiLYLT5JMCJxIlL3YxL3ZlbnVlQWNjb3VudHMve2FjY291bnRfaWR9L29yZGVycxKGAQoMTGlzdEJhbGFuY2VzEiEuY3EudmVudWVzLnYxLkxpc3RCYWxhbmNlc1JlcXVlc3QaIi5jcS52ZW51ZXMudjEuTGlzdEJhbGFuY2VzUmVzcG9uc2UiL4LT5JMCKRInL3YxL3ZlbnVlQWNjb3VudHMve2FjY291bnRfaWR9L2JhbGFuY2VzEnUKFlN0cmVhbUV4ZWN1dGlvblJlcG9ydHMSKy5jcS52ZW51ZXMudjEuU3RyZWFtRXhlY3V0aW9uUmVwb3J0c1JlcXVlc3QaLC5jcS52ZW51ZXMudjEuU3RyZWFtRXhlY3V0aW9uUmVwb3J0c1Jlc3BvbnNlMAFCqwEKEGNvbS5jcS52ZW51ZXMudjFCDFNlcnZpY2VQcm90b1ABWjdnaXRodWIuY29tL2NxLXBsYXRmb3JtL2NxYy9nZW4vZ28vY3EvdmVudWVzL3YxO3ZlbnVlc3YxogIDQ1ZYqgIMQ3EuVmVudWVzLlYxygIMQ3FcVmVudWVzXFYx4gIYQ3FcVmVudWVzXFYxXEdQQk1ldGFkYXRh6gIOQ3E6OlZlbnVlczo6VjFiBnByb3RvMw", [file_buf_validate_validate, file_cq_types_v1_decimal, file_cq_types_v1_time_range, file_cq_venues_v1_resources, file_google_api_annotations, file_google_protobuf_timestamp]);
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
