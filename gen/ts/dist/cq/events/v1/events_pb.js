// Copyright 2026 CQC authors. Licensed under the Apache License, Version 2.0.
import { enumDesc, fileDesc, messageDesc } from "@bufbuild/protobuf/codegenv2";
import { file_buf_validate_validate } from "../../../buf/validate/validate_pb.js";
import { file_cq_assets_v1_instruments } from "../../assets/v1/instruments_pb.js";
import { file_cq_assets_v1_resources } from "../../assets/v1/resources_pb.js";
import { file_cq_markets_v1_resources } from "../../markets/v1/resources_pb.js";
import { file_cq_portfolio_v1_research } from "../../portfolio/v1/research_pb.js";
import { file_cq_portfolio_v1_resources } from "../../portfolio/v1/resources_pb.js";
import { file_cq_risk_v1_resources } from "../../risk/v1/resources_pb.js";
import { file_cq_types_v1_decimal } from "../../types/v1/decimal_pb.js";
import { file_cq_venues_v1_resources } from "../../venues/v1/resources_pb.js";
import { file_google_protobuf_field_mask, file_google_protobuf_timestamp } from "@bufbuild/protobuf/wkt";
/**
 * Describes the file cq/events/v1/events.proto.
 */
export const file_cq_events_v1_events = /*@__PURE__*/ fileDesc("ChljcS9ldmVudHMvdjEvZXZlbnRzLnByb3RvEgxjcS5ldmVudHMudjEiOgoMQXNzZXRDcmVhdGVkEioKBWFzc2V0GAEgASgLMhMuY3EuYXNzZXRzLnYxLkFzc2V0Qga6SAPIAQEiOwoMUHJpY2VVcGRhdGVkEisKBXByaWNlGAEgASgLMhQuY3EubWFya2V0cy52MS5QcmljZUIGukgDyAEBIlkKC09yZGVyUGxhY2VkEioKBW9yZGVyGAEgASgLMhMuY3EudmVudWVzLnYxLk9yZGVyQga6SAPIAQESHgoNcmlza19jaGVja19pZBgCIAEoCUIHukgEcgIYQCJUChFFeGVjdXRpb25SZXBvcnRlZBI/ChBleGVjdXRpb25fcmVwb3J0GAEgASgLMh0uY3EudmVudWVzLnYxLkV4ZWN1dGlvblJlcG9ydEIGukgDyAEBItsDCg9Qb3NpdGlvbkNoYW5nZWQSKQoGYmVmb3JlGAEgASgLMhkuY3EucG9ydGZvbGlvLnYxLlBvc2l0aW9uEjAKBWFmdGVyGAIgASgLMhkuY3EucG9ydGZvbGlvLnYxLlBvc2l0aW9uQga6SAPIAQESNQoPcXVhbnRpdHlfY2hhbmdlGAMgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbEIGukgDyAEBEjwKBWNhdXNlGAQgASgOMiEuY3EuZXZlbnRzLnYxLlBvc2l0aW9uQ2hhbmdlQ2F1c2VCCrpIB4IBBBABIAASGAoHZXhlY19pZBgFIAEoCUIHukgEcgIYQBIZCghvcmRlcl9pZBgGIAEoCUIHukgEcgIYQBIfCg50cmFuc2FjdGlvbl9pZBgHIAEoCUIHukgEcgIYQDqfAbpImwEamAEKK3Bvc2l0aW9uX2NoYW5nZWQudHJhZGVfbmVlZHNfZXhlY19hbmRfb3JkZXISKWEgVFJBREUgY2hhbmdlIG5lZWRzIGV4ZWNfaWQgYW5kIG9yZGVyX2lkGj50aGlzLmNhdXNlICE9IDEgfHwgKHRoaXMuZXhlY19pZCAhPSAnJyAmJiB0aGlzLm9yZGVyX2lkICE9ICcnKSI1CglSaXNrQWxlcnQSKAoFYWxlcnQYASABKAsyES5jcS5yaXNrLnYxLkFsZXJ0Qga6SAPIAQEiSQoRSW5zdHJ1bWVudENyZWF0ZWQSNAoKaW5zdHJ1bWVudBgBIAEoCzIYLmNxLmFzc2V0cy52MS5JbnN0cnVtZW50Qga6SAPIAQEi2AEKEUluc3RydW1lbnRVcGRhdGVkEjQKCmluc3RydW1lbnQYASABKAsyGC5jcS5hc3NldHMudjEuSW5zdHJ1bWVudEIGukgDyAEBEowBCg5jaGFuZ2VkX2ZpZWxkcxgCIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5GaWVsZE1hc2tCWLpIVboBTwoYY2hhbmdlZF9maWVsZHMubm90X2VtcHR5EhxtdXN0IG5hbWUgYXQgbGVhc3Qgb25lIGZpZWxkGhV0aGlzLnBhdGhzLnNpemUoKSA+IDDIAQEiOwoMVHJhZGVQcmludGVkEisKBXRyYWRlGAEgASgLMhQuY3EubWFya2V0cy52MS5UcmFkZUIGukgDyAEBIoEBChBPcmRlckJvb2tVcGRhdGVkEiwKCHNuYXBzaG90GAEgASgLMhguY3EubWFya2V0cy52MS5PcmRlckJvb2tIABIuCgVkZWx0YRgCIAEoCzIdLmNxLm1hcmtldHMudjEuT3JkZXJCb29rRGVsdGFIAEIPCgZ1cGRhdGUSBbpIAggBIj4KDUNhbmRsZVVwZGF0ZWQSLQoGY2FuZGxlGAEgASgLMhUuY3EubWFya2V0cy52MS5DYW5kbGVCBrpIA8gBASJjChlEZXJpdmF0aXZlc01ldHJpY3NVcGRhdGVkEkYKE2Rlcml2YXRpdmVzX21ldHJpY3MYASABKAsyIS5jcS5tYXJrZXRzLnYxLkRlcml2YXRpdmVzTWV0cmljc0IGukgDyAEBIroCChNNYXJrZXRTdGF0dXNDaGFuZ2VkEmYKDWluc3RydW1lbnRfaWQYASABKAlCT7pITMgBAXJHMkVeW2Etel1bYS16MC05X117MCwzMX06W2Etel1bYS16MC05X117MCwzMX06W0EtWjAtOV1bQS1aMC05Ll8tXXswLDYzfSQSMgoIdmVudWVfaWQYAiABKAlCILpIHcgBAXIYMhZeW2Etel1bYS16MC05X117MCwzMX0kEjcKBnN0YXR1cxgDIAEoDjIbLmNxLm1hcmtldHMudjEuTWFya2V0U3RhdHVzQgq6SAeCAQQQASAAEj4KD3ByZXZpb3VzX3N0YXR1cxgEIAEoDjIbLmNxLm1hcmtldHMudjEuTWFya2V0U3RhdHVzQgi6SAWCAQIQARIOCgZyZWFzb24YBSABKAki1AEKEk9yZGVyU3RhdHVzQ2hhbmdlZBIqCgVvcmRlchgBIAEoCzITLmNxLnZlbnVlcy52MS5PcmRlckIGukgDyAEBEj4KD3ByZXZpb3VzX3N0YXR1cxgCIAEoDjIZLmNxLnZlbnVlcy52MS5PcmRlclN0YXR1c0IKukgHggEEEAEgABI1CglleGVjX3R5cGUYAyABKA4yFi5jcS52ZW51ZXMudjEuRXhlY1R5cGVCCrpIB4IBBBABIAASGwoHZXhlY19pZBgEIAEoCUIKukgHyAEBcgIYQCJgChRPcmRlckNhbmNlbFJlcXVlc3RlZBIqCgVvcmRlchgBIAEoCzITLmNxLnZlbnVlcy52MS5PcmRlckIGukgDyAEBEhwKDHJlcXVlc3RlZF9ieRgCIAEoCUIGukgDyAEBIu8HChVPcmRlclJlcGxhY2VSZXF1ZXN0ZWQSKgoFb3JkZXIYASABKAsyEy5jcS52ZW51ZXMudjEuT3JkZXJCBrpIA8gBARIoChRvcmlnX2NsaWVudF9vcmRlcl9pZBgCIAEoCUIKukgHyAEBcgIYQBIjCg9jbGllbnRfb3JkZXJfaWQYAyABKAlCCrpIB8gBAXICGEAS9QEKCHF1YW50aXR5GAQgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbELMAbpIyAG6AcQBChBkZWNpbWFsLnBvc2l0aXZlEhZtdXN0IGJlIGdyZWF0ZXIgdGhhbiAwGpcBdGhpcy52YWx1ZS5tYXRjaGVzKCdeWytdP1swLTldKlsxLTldWzAtOV0qKFxcLlswLTldKyk/KFtlRV1bKy1dP1swLTldKyk/JCcpIHx8IHRoaXMudmFsdWUubWF0Y2hlcygnXlsrXT9bMC05XStcXC5bMC05XSpbMS05XVswLTldKihbZUVdWystXT9bMC05XSspPyQnKRK4AQoLbGltaXRfcHJpY2UYBSABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsQowBukiIAboBhAEKFGRlY2ltYWwubm9uX25lZ2F0aXZlEhRtdXN0IG5vdCBiZSBuZWdhdGl2ZRpWIXRoaXMudmFsdWUuc3RhcnRzV2l0aCgnLScpIHx8IHRoaXMudmFsdWUubWF0Y2hlcygnXi1bMF0rKFxcLjArKT8oW2VFXVsrLV0/WzAtOV0rKT8kJykStwEKCnN0b3BfcHJpY2UYBiABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsQowBukiIAboBhAEKFGRlY2ltYWwubm9uX25lZ2F0aXZlEhRtdXN0IG5vdCBiZSBuZWdhdGl2ZRpWIXRoaXMudmFsdWUuc3RhcnRzV2l0aCgnLScpIHx8IHRoaXMudmFsdWUubWF0Y2hlcygnXi1bMF0rKFxcLjArKT8oW2VFXVsrLV0/WzAtOV0rKT8kJykSLwoLZXhwaXJlX3RpbWUYByABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wEhwKDHJlcXVlc3RlZF9ieRgIIAEoCUIGukgDyAEBOp4BukiaARqXAQorb3JkZXJfcmVwbGFjZV9yZXF1ZXN0ZWQubmV3X2NsaWVudF9vcmRlcl9pZBI1Y2xpZW50X29yZGVyX2lkIG11c3QgZGlmZmVyIGZyb20gb3JpZ19jbGllbnRfb3JkZXJfaWQaMXRoaXMuY2xpZW50X29yZGVyX2lkICE9IHRoaXMub3JpZ19jbGllbnRfb3JkZXJfaWQiSwoOQ2FuY2VsUmVqZWN0ZWQSOQoNY2FuY2VsX3JlamVjdBgBIAEoCzIaLmNxLnZlbnVlcy52MS5DYW5jZWxSZWplY3RCBrpIA8gBASKGAQoOQmFsYW5jZUNoYW5nZWQSJQoGYmVmb3JlGAEgASgLMhUuY3EudmVudWVzLnYxLkJhbGFuY2USLAoFYWZ0ZXIYAiABKAsyFS5jcS52ZW51ZXMudjEuQmFsYW5jZUIGukgDyAEBEh8KDnRyYW5zYWN0aW9uX2lkGAMgASgJQge6SARyAhhAIogBChZQb3J0Zm9saW9TbmFwc2hvdFRha2VuEjwKCHNuYXBzaG90GAEgASgLMiIuY3EucG9ydGZvbGlvLnYxLlBvcnRmb2xpb1NuYXBzaG90Qga6SAPIAQESMAoOcmlza19zbmFwc2hvdHMYAiADKAsyGC5jcS5yaXNrLnYxLlJpc2tTbmFwc2hvdCJOChFUcmFuc2FjdGlvbkJvb2tlZBI5Cgt0cmFuc2FjdGlvbhgBIAEoCzIcLmNxLnBvcnRmb2xpby52MS5UcmFuc2FjdGlvbkIGukgDyAEBIlgKFEZ1bmRpbmdQYXltZW50Qm9va2VkEkAKD2Z1bmRpbmdfcGF5bWVudBgBIAEoCzIfLmNxLnBvcnRmb2xpby52MS5GdW5kaW5nUGF5bWVudEIGukgDyAEBIkwKEUFsbG9jYXRpb25DcmVhdGVkEjcKCmFsbG9jYXRpb24YASABKAsyGy5jcS5wb3J0Zm9saW8udjEuQWxsb2NhdGlvbkIGukgDyAEBIkcKEFVuaXZlcnNlU2VsZWN0ZWQSMwoIdW5pdmVyc2UYASABKAsyGS5jcS5wb3J0Zm9saW8udjEuVW5pdmVyc2VCBrpIA8gBASJGCg5TY29yZXNDb21wdXRlZBI0CglzY29yZV9zZXQYASABKAsyGS5jcS5wb3J0Zm9saW8udjEuU2NvcmVTZXRCBrpIA8gBASJIChBSZWJhbGFuY2VQbGFubmVkEjQKBHBsYW4YASABKAsyHi5jcS5wb3J0Zm9saW8udjEuUmViYWxhbmNlUGxhbkIGukgDyAEBIlAKFE9yZGVyQXBwcm92YWxEZWNpZGVkEjgKCGFwcHJvdmFsGAEgASgLMh4uY3EucG9ydGZvbGlvLnYxLk9yZGVyQXBwcm92YWxCBrpIA8gBASK0AQoSTGltaXRTdGF0dXNDaGFuZ2VkEigKBWxpbWl0GAEgASgLMhEuY3Eucmlzay52MS5MaW1pdEIGukgDyAEBEjwKD3ByZXZpb3VzX3N0YXR1cxgCIAEoDjIXLmNxLnJpc2sudjEuTGltaXRTdGF0dXNCCrpIB4IBBBABIAASGwoKYWNjb3VudF9pZBgDIAEoCUIHukgEcgIYQBIZCghhbGVydF9pZBgEIAEoCUIHukgEcgIYQCJzCgxPcmRlckNoZWNrZWQSKgoFb3JkZXIYASABKAsyEy5jcS52ZW51ZXMudjEuT3JkZXJCBrpIA8gBARI3CgZyZXN1bHQYAiABKAsyHy5jcS5yaXNrLnYxLlByZVRyYWRlQ2hlY2tSZXN1bHRCBrpIA8gBASrAAgoTUG9zaXRpb25DaGFuZ2VDYXVzZRIlCiFQT1NJVElPTl9DSEFOR0VfQ0FVU0VfVU5TUEVDSUZJRUQQABIfChtQT1NJVElPTl9DSEFOR0VfQ0FVU0VfVFJBREUQARIlCiFQT1NJVElPTl9DSEFOR0VfQ0FVU0VfTElRVUlEQVRJT04QAhIgChxQT1NJVElPTl9DSEFOR0VfQ0FVU0VfRVhQSVJZEAMSIgoeUE9TSVRJT05fQ0hBTkdFX0NBVVNFX0VYRVJDSVNFEAQSIgoeUE9TSVRJT05fQ0hBTkdFX0NBVVNFX1RSQU5TRkVSEAUSKgomUE9TSVRJT05fQ0hBTkdFX0NBVVNFX0NPUlBPUkFURV9BQ1RJT04QBhIkCiBQT1NJVElPTl9DSEFOR0VfQ0FVU0VfQURKVVNUTUVOVBAHQqoBChBjb20uY3EuZXZlbnRzLnYxQgtFdmVudHNQcm90b1ABWjdnaXRodWIuY29tL2NxLXBsYXRmb3JtL2NxYy9nZW4vZ28vY3EvZXZlbnRzL3YxO2V2ZW50c3YxogIDQ0VYqgIMQ3EuRXZlbnRzLlYxygIMQ3FcRXZlbnRzXFYx4gIYQ3FcRXZlbnRzXFYxXEdQQk1ldGFkYXRh6gIOQ3E6OkV2ZW50czo6VjFiBnByb3RvMw", [file_buf_validate_validate, file_cq_assets_v1_instruments, file_cq_assets_v1_resources, file_cq_markets_v1_resources, file_cq_portfolio_v1_research, file_cq_portfolio_v1_resources, file_cq_risk_v1_resources, file_cq_types_v1_decimal, file_cq_venues_v1_resources, file_google_protobuf_field_mask, file_google_protobuf_timestamp]);
/**
 * Describes the message cq.events.v1.AssetCreated.
 * Use `create(AssetCreatedSchema)` to create a new message.
 */
export const AssetCreatedSchema = /*@__PURE__*/ messageDesc(file_cq_events_v1_events, 0);
/**
 * Describes the message cq.events.v1.PriceUpdated.
 * Use `create(PriceUpdatedSchema)` to create a new message.
 */
export const PriceUpdatedSchema = /*@__PURE__*/ messageDesc(file_cq_events_v1_events, 1);
/**
 * Describes the message cq.events.v1.OrderPlaced.
 * Use `create(OrderPlacedSchema)` to create a new message.
 */
export const OrderPlacedSchema = /*@__PURE__*/ messageDesc(file_cq_events_v1_events, 2);
/**
 * Describes the message cq.events.v1.ExecutionReported.
 * Use `create(ExecutionReportedSchema)` to create a new message.
 */
export const ExecutionReportedSchema = /*@__PURE__*/ messageDesc(file_cq_events_v1_events, 3);
/**
 * Describes the message cq.events.v1.PositionChanged.
 * Use `create(PositionChangedSchema)` to create a new message.
 */
export const PositionChangedSchema = /*@__PURE__*/ messageDesc(file_cq_events_v1_events, 4);
/**
 * Describes the message cq.events.v1.RiskAlert.
 * Use `create(RiskAlertSchema)` to create a new message.
 */
export const RiskAlertSchema = /*@__PURE__*/ messageDesc(file_cq_events_v1_events, 5);
/**
 * Describes the message cq.events.v1.InstrumentCreated.
 * Use `create(InstrumentCreatedSchema)` to create a new message.
 */
export const InstrumentCreatedSchema = /*@__PURE__*/ messageDesc(file_cq_events_v1_events, 6);
/**
 * Describes the message cq.events.v1.InstrumentUpdated.
 * Use `create(InstrumentUpdatedSchema)` to create a new message.
 */
export const InstrumentUpdatedSchema = /*@__PURE__*/ messageDesc(file_cq_events_v1_events, 7);
/**
 * Describes the message cq.events.v1.TradePrinted.
 * Use `create(TradePrintedSchema)` to create a new message.
 */
export const TradePrintedSchema = /*@__PURE__*/ messageDesc(file_cq_events_v1_events, 8);
/**
 * Describes the message cq.events.v1.OrderBookUpdated.
 * Use `create(OrderBookUpdatedSchema)` to create a new message.
 */
export const OrderBookUpdatedSchema = /*@__PURE__*/ messageDesc(file_cq_events_v1_events, 9);
/**
 * Describes the message cq.events.v1.CandleUpdated.
 * Use `create(CandleUpdatedSchema)` to create a new message.
 */
export const CandleUpdatedSchema = /*@__PURE__*/ messageDesc(file_cq_events_v1_events, 10);
/**
 * Describes the message cq.events.v1.DerivativesMetricsUpdated.
 * Use `create(DerivativesMetricsUpdatedSchema)` to create a new message.
 */
export const DerivativesMetricsUpdatedSchema = /*@__PURE__*/ messageDesc(file_cq_events_v1_events, 11);
/**
 * Describes the message cq.events.v1.MarketStatusChanged.
 * Use `create(MarketStatusChangedSchema)` to create a new message.
 */
export const MarketStatusChangedSchema = /*@__PURE__*/ messageDesc(file_cq_events_v1_events, 12);
/**
 * Describes the message cq.events.v1.OrderStatusChanged.
 * Use `create(OrderStatusChangedSchema)` to create a new message.
 */
export const OrderStatusChangedSchema = /*@__PURE__*/ messageDesc(file_cq_events_v1_events, 13);
/**
 * Describes the message cq.events.v1.OrderCancelRequested.
 * Use `create(OrderCancelRequestedSchema)` to create a new message.
 */
export const OrderCancelRequestedSchema = /*@__PURE__*/ messageDesc(file_cq_events_v1_events, 14);
/**
 * Describes the message cq.events.v1.OrderReplaceRequested.
 * Use `create(OrderReplaceRequestedSchema)` to create a new message.
 */
export const OrderReplaceRequestedSchema = /*@__PURE__*/ messageDesc(file_cq_events_v1_events, 15);
/**
 * Describes the message cq.events.v1.CancelRejected.
 * Use `create(CancelRejectedSchema)` to create a new message.
 */
export const CancelRejectedSchema = /*@__PURE__*/ messageDesc(file_cq_events_v1_events, 16);
/**
 * Describes the message cq.events.v1.BalanceChanged.
 * Use `create(BalanceChangedSchema)` to create a new message.
 */
export const BalanceChangedSchema = /*@__PURE__*/ messageDesc(file_cq_events_v1_events, 17);
/**
 * Describes the message cq.events.v1.PortfolioSnapshotTaken.
 * Use `create(PortfolioSnapshotTakenSchema)` to create a new message.
 */
export const PortfolioSnapshotTakenSchema = /*@__PURE__*/ messageDesc(file_cq_events_v1_events, 18);
/**
 * Describes the message cq.events.v1.TransactionBooked.
 * Use `create(TransactionBookedSchema)` to create a new message.
 */
export const TransactionBookedSchema = /*@__PURE__*/ messageDesc(file_cq_events_v1_events, 19);
/**
 * Describes the message cq.events.v1.FundingPaymentBooked.
 * Use `create(FundingPaymentBookedSchema)` to create a new message.
 */
export const FundingPaymentBookedSchema = /*@__PURE__*/ messageDesc(file_cq_events_v1_events, 20);
/**
 * Describes the message cq.events.v1.AllocationCreated.
 * Use `create(AllocationCreatedSchema)` to create a new message.
 */
export const AllocationCreatedSchema = /*@__PURE__*/ messageDesc(file_cq_events_v1_events, 21);
/**
 * Describes the message cq.events.v1.UniverseSelected.
 * Use `create(UniverseSelectedSchema)` to create a new message.
 */
export const UniverseSelectedSchema = /*@__PURE__*/ messageDesc(file_cq_events_v1_events, 22);
/**
 * Describes the message cq.events.v1.ScoresComputed.
 * Use `create(ScoresComputedSchema)` to create a new message.
 */
export const ScoresComputedSchema = /*@__PURE__*/ messageDesc(file_cq_events_v1_events, 23);
/**
 * Describes the message cq.events.v1.RebalancePlanned.
 * Use `create(RebalancePlannedSchema)` to create a new message.
 */
export const RebalancePlannedSchema = /*@__PURE__*/ messageDesc(file_cq_events_v1_events, 24);
/**
 * Describes the message cq.events.v1.OrderApprovalDecided.
 * Use `create(OrderApprovalDecidedSchema)` to create a new message.
 */
export const OrderApprovalDecidedSchema = /*@__PURE__*/ messageDesc(file_cq_events_v1_events, 25);
/**
 * Describes the message cq.events.v1.LimitStatusChanged.
 * Use `create(LimitStatusChangedSchema)` to create a new message.
 */
export const LimitStatusChangedSchema = /*@__PURE__*/ messageDesc(file_cq_events_v1_events, 26);
/**
 * Describes the message cq.events.v1.OrderChecked.
 * Use `create(OrderCheckedSchema)` to create a new message.
 */
export const OrderCheckedSchema = /*@__PURE__*/ messageDesc(file_cq_events_v1_events, 27);
/**
 * What changed a position.
 *
 * @generated from enum cq.events.v1.PositionChangeCause
 */
export var PositionChangeCause;
(function (PositionChangeCause) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: POSITION_CHANGE_CAUSE_UNSPECIFIED = 0;
     */
    PositionChangeCause[PositionChangeCause["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * A fill of one of the account's orders; exec_id and order_id are set.
     *
     * @generated from enum value: POSITION_CHANGE_CAUSE_TRADE = 1;
     */
    PositionChangeCause[PositionChangeCause["TRADE"] = 1] = "TRADE";
    /**
     * The venue liquidated all or part of the position; exec_id is set when the venue reports a fill.
     *
     * @generated from enum value: POSITION_CHANGE_CAUSE_LIQUIDATION = 2;
     */
    PositionChangeCause[PositionChangeCause["LIQUIDATION"] = 2] = "LIQUIDATION";
    /**
     * A future or option reached expiry and was settled, closing the position.
     *
     * @generated from enum value: POSITION_CHANGE_CAUSE_EXPIRY = 3;
     */
    PositionChangeCause[PositionChangeCause["EXPIRY"] = 3] = "EXPIRY";
    /**
     * An option was exercised or assigned, closing the option and changing the underlier position.
     *
     * @generated from enum value: POSITION_CHANGE_CAUSE_EXERCISE = 4;
     */
    PositionChangeCause[PositionChangeCause["EXERCISE"] = 4] = "EXERCISE";
    /**
     * The position moved to or from another CQ account.
     *
     * @generated from enum value: POSITION_CHANGE_CAUSE_TRANSFER = 5;
     */
    PositionChangeCause[PositionChangeCause["TRANSFER"] = 5] = "TRANSFER";
    /**
     * A corporate action (split, merger, spin-off, token migration) changed quantity or cost.
     *
     * @generated from enum value: POSITION_CHANGE_CAUSE_CORPORATE_ACTION = 6;
     */
    PositionChangeCause[PositionChangeCause["CORPORATE_ACTION"] = 6] = "CORPORATE_ACTION";
    /**
     * A manual or reconciliation correction by an operator or the venue.
     *
     * @generated from enum value: POSITION_CHANGE_CAUSE_ADJUSTMENT = 7;
     */
    PositionChangeCause[PositionChangeCause["ADJUSTMENT"] = 7] = "ADJUSTMENT";
})(PositionChangeCause || (PositionChangeCause = {}));
/**
 * Describes the enum cq.events.v1.PositionChangeCause.
 */
export const PositionChangeCauseSchema = /*@__PURE__*/ enumDesc(file_cq_events_v1_events, 0);
