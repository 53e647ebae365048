// Copyright 2026 CQC authors. Licensed under the Apache License, Version 2.0.
import { enumDesc, fileDesc, messageDesc } from "@bufbuild/protobuf/codegenv2";
import { file_cq_types_v1_amount } from "../../types/v1/amount_pb.js";
import { file_cq_types_v1_decimal } from "../../types/v1/decimal_pb.js";
import { file_cq_types_v1_side } from "../../types/v1/side_pb.js";
import { file_cq_types_v1_time_range } from "../../types/v1/time_range_pb.js";
import { file_google_protobuf_duration, file_google_protobuf_timestamp } from "@bufbuild/protobuf/wkt";
/**
 * Describes the file cq/markets/v1/resources.proto.
 */
export const file_cq_markets_v1_resources = /*@__PURE__*/ fileDesc("Ch1jcS9tYXJrZXRzL3YxL3Jlc291cmNlcy5wcm90bxINY3EubWFya2V0cy52MSKoBQoFUHJpY2USFQoNaW5zdHJ1bWVudF9pZBgBIAEoCRIQCgh2ZW51ZV9pZBgCIAEoCRInCgliaWRfcHJpY2UYAyABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsEicKCWFza19wcmljZRgEIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwSJwoJbWlkX3ByaWNlGAUgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbBIoCgpsYXN0X3ByaWNlGAYgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbBImCghiaWRfc2l6ZRgHIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwSJgoIYXNrX3NpemUYCCABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsEicKCWxhc3Rfc2l6ZRgJIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwSKAoKbWFya19wcmljZRgKIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwSKQoLaW5kZXhfcHJpY2UYCyABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsEjIKDW1hcmtldF9zdGF0dXMYDCABKA4yGy5jcS5tYXJrZXRzLnYxLk1hcmtldFN0YXR1cxIRCglkZWFsZXJfaWQYDSABKAkSEAoIcXVvdGVfaWQYDiABKAkSLwoLZXhwaXJlX3RpbWUYDyABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wEhcKD3NlcXVlbmNlX251bWJlchgQIAEoBBIuCgpldmVudF90aW1lGBEgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcBIwCgxyZWNlaXZlX3RpbWUYEiABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wIpgCCglPcmRlckJvb2sSFQoNaW5zdHJ1bWVudF9pZBgBIAEoCRIQCgh2ZW51ZV9pZBgCIAEoCRIrCgRiaWRzGAMgAygLMh0uY3EubWFya2V0cy52MS5PcmRlckJvb2tMZXZlbBIrCgRhc2tzGAQgAygLMh0uY3EubWFya2V0cy52MS5PcmRlckJvb2tMZXZlbBINCgVkZXB0aBgFIAEoAxIXCg9zZXF1ZW5jZV9udW1iZXIYBiABKAQSLgoKZXZlbnRfdGltZRgHIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXASMAoMcmVjZWl2ZV90aW1lGAggASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcCJyCg5PcmRlckJvb2tMZXZlbBIjCgVwcmljZRgBIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwSJgoIcXVhbnRpdHkYAiABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsEhMKC29yZGVyX2NvdW50GAMgASgDItMCCg5PcmRlckJvb2tEZWx0YRIVCg1pbnN0cnVtZW50X2lkGAEgASgJEhAKCHZlbnVlX2lkGAIgASgJEjEKBGJpZHMYAyADKAsyIy5jcS5tYXJrZXRzLnYxLk9yZGVyQm9va0xldmVsQ2hhbmdlEjEKBGFza3MYBCADKAsyIy5jcS5tYXJrZXRzLnYxLk9yZGVyQm9va0xldmVsQ2hhbmdlEhcKD3NlcXVlbmNlX251bWJlchgFIAEoBBIgChhwcmV2aW91c19zZXF1ZW5jZV9udW1iZXIYBiABKAQSFQoNbGFzdF9pbl9iYXRjaBgHIAEoCBIuCgpldmVudF90aW1lGAggASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcBIwCgxyZWNlaXZlX3RpbWUYCSABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wInQKFE9yZGVyQm9va0xldmVsQ2hhbmdlEi4KBmFjdGlvbhgBIAEoDjIeLmNxLm1hcmtldHMudjEuT3JkZXJCb29rQWN0aW9uEiwKBWxldmVsGAIgASgLMh0uY3EubWFya2V0cy52MS5PcmRlckJvb2tMZXZlbCKZAwoFVHJhZGUSEAoIdHJhZGVfaWQYASABKAkSFQoNaW5zdHJ1bWVudF9pZBgCIAEoCRIQCgh2ZW51ZV9pZBgDIAEoCRIjCgVwcmljZRgEIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwSJgoIcXVhbnRpdHkYBSABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsEikKDmFnZ3Jlc3Nvcl9zaWRlGAYgASgOMhEuY3EudHlwZXMudjEuU2lkZRIuCgpldmVudF90aW1lGAcgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcBIwCgxyZWNlaXZlX3RpbWUYCCABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wEkMKEHZlbnVlX2F0dHJpYnV0ZXMYCSADKAsyKS5jcS5tYXJrZXRzLnYxLlRyYWRlLlZlbnVlQXR0cmlidXRlc0VudHJ5GjYKFFZlbnVlQXR0cmlidXRlc0VudHJ5EgsKA2tleRgBIAEoCRINCgV2YWx1ZRgCIAEoCToCOAEiigQKBkNhbmRsZRIVCg1pbnN0cnVtZW50X2lkGAEgASgJEhAKCHZlbnVlX2lkGAIgASgJEi8KCGludGVydmFsGAMgASgOMh0uY3EubWFya2V0cy52MS5DYW5kbGVJbnRlcnZhbBItCglvcGVuX3RpbWUYBCABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wEi4KCmNsb3NlX3RpbWUYBSABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wEigKCm9wZW5fcHJpY2UYBiABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsEigKCmhpZ2hfcHJpY2UYByABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsEicKCWxvd19wcmljZRgIIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwSKQoLY2xvc2VfcHJpY2UYCSABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsEiQKBnZvbHVtZRgKIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwSKgoMcXVvdGVfdm9sdW1lGAsgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbBIoCgp2d2FwX3ByaWNlGAwgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbBITCgt0cmFkZV9jb3VudBgNIAEoAxIOCgZjbG9zZWQYDiABKAgi4wEKBFZ3YXASFQoNaW5zdHJ1bWVudF9pZBgBIAEoCRIQCgh2ZW51ZV9pZBgCIAEoCRImCgZ3aW5kb3cYAyABKAsyFi5jcS50eXBlcy52MS5UaW1lUmFuZ2USIwoFcHJpY2UYBCABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsEiQKBnZvbHVtZRgFIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwSKgoMcXVvdGVfdm9sdW1lGAYgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbBITCgt0cmFkZV9jb3VudBgHIAEoAyLsAgoLTWFya2V0RGVwdGgSFQoNaW5zdHJ1bWVudF9pZBgBIAEoCRIQCgh2ZW51ZV9pZBgCIAEoCRIsCg5iZXN0X2JpZF9wcmljZRgDIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwSLAoOYmVzdF9hc2tfcHJpY2UYBCABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsEicKCW1pZF9wcmljZRgFIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwSJAoGc3ByZWFkGAYgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbBISCgpzcHJlYWRfYnBzGAcgASgBEicKBWJhbmRzGAggAygLMhguY3EubWFya2V0cy52MS5EZXB0aEJhbmQSHAoUYm9va19zZXF1ZW5jZV9udW1iZXIYCSABKAQSLgoKZXZlbnRfdGltZRgKIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXAi6QEKCURlcHRoQmFuZBIuChBkaXN0YW5jZV9wZXJjZW50GAEgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbBIqCgxiaWRfcXVhbnRpdHkYAiABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsEioKDGFza19xdWFudGl0eRgDIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwSKQoMYmlkX25vdGlvbmFsGAQgASgLMhMuY3EudHlwZXMudjEuQW1vdW50EikKDGFza19ub3Rpb25hbBgFIAEoCzITLmNxLnR5cGVzLnYxLkFtb3VudCLmAgoQTGlxdWlkaXR5TWV0cmljcxIVCg1pbnN0cnVtZW50X2lkGAEgASgJEhAKCHZlbnVlX2lkGAIgASgJEikKBWRlcHRoGAMgASgLMhouY3EubWFya2V0cy52MS5NYXJrZXREZXB0aBIwCg12b2x1bWVfd2luZG93GAQgASgLMhkuZ29vZ2xlLnByb3RvYnVmLkR1cmF0aW9uEiQKBnZvbHVtZRgFIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwSKQoMcXVvdGVfdm9sdW1lGAYgASgLMhMuY3EudHlwZXMudjEuQW1vdW50EgwKBHZhZHIYByABKAESOwoSc2xpcHBhZ2VfZXN0aW1hdGVzGAggAygLMh8uY3EubWFya2V0cy52MS5TbGlwcGFnZUVzdGltYXRlEjAKDGNvbXB1dGVfdGltZRgJIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXAi+AEKEFNsaXBwYWdlRXN0aW1hdGUSHwoEc2lkZRgBIAEoDjIRLmNxLnR5cGVzLnYxLlNpZGUSJgoIcXVhbnRpdHkYAiABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsEi0KD2ZpbGxlZF9xdWFudGl0eRgDIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwSKwoNYXZlcmFnZV9wcmljZRgEIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwSKQoLd29yc3RfcHJpY2UYBSABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsEhQKDHNsaXBwYWdlX2JwcxgGIAEoASrUAQoMTWFya2V0U3RhdHVzEh0KGU1BUktFVF9TVEFUVVNfVU5TUEVDSUZJRUQQABIaChZNQVJLRVRfU1RBVFVTX1BSRV9PUEVOEAESGQoVTUFSS0VUX1NUQVRVU19UUkFESU5HEAISGwoXTUFSS0VUX1NUQVRVU19QT1NUX09OTFkQAxIdChlNQVJLRVRfU1RBVFVTX0NBTkNFTF9PTkxZEAQSGAoUTUFSS0VUX1NUQVRVU19IQUxURUQQBRIYChRNQVJLRVRfU1RBVFVTX0NMT1NFRBAGKosBCg9PcmRlckJvb2tBY3Rpb24SIQodT1JERVJfQk9PS19BQ1RJT05fVU5TUEVDSUZJRUQQABIZChVPUkRFUl9CT09LX0FDVElPTl9BREQQARIcChhPUkRFUl9CT09LX0FDVElPTl9VUERBVEUQAhIcChhPUkRFUl9CT09LX0FDVElPTl9ERUxFVEUQAyqJBAoOQ2FuZGxlSW50ZXJ2YWwSHwobQ0FORExFX0lOVEVSVkFMX1VOU1BFQ0lGSUVEEAASHAoYQ0FORExFX0lOVEVSVkFMXzFfU0VDT05EEAESHAoYQ0FORExFX0lOVEVSVkFMXzFfTUlOVVRFEAISHQoZQ0FORExFX0lOVEVSVkFMXzNfTUlOVVRFUxADEh0KGUNBTkRMRV9JTlRFUlZBTF81X01JTlVURVMQBBIeChpDQU5ETEVfSU5URVJWQUxfMTVfTUlOVVRFUxAFEh4KGkNBTkRMRV9JTlRFUlZBTF8zMF9NSU5VVEVTEAYSGgoWQ0FORExFX0lOVEVSVkFMXzFfSE9VUhAHEhsKF0NBTkRMRV9JTlRFUlZBTF8yX0hPVVJTEAgSGwoXQ0FORExFX0lOVEVSVkFMXzRfSE9VUlMQCRIbChdDQU5ETEVfSU5URVJWQUxfNl9IT1VSUxAKEhsKF0NBTkRMRV9JTlRFUlZBTF84X0hPVVJTEAsSHAoYQ0FORExFX0lOVEVSVkFMXzEyX0hPVVJTEAwSGQoVQ0FORExFX0lOVEVSVkFMXzFfREFZEA0SGgoWQ0FORExFX0lOVEVSVkFMXzNfREFZUxAOEhoKFkNBTkRMRV9JTlRFUlZBTF8xX1dFRUsQDxIbChdDQU5ETEVfSU5URVJWQUxfMV9NT05USBAQQrQBChFjb20uY3EubWFya2V0cy52MUIOUmVzb3VyY2VzUHJvdG9QAVo5Z2l0aHViLmNvbS9jcS1wbGF0Zm9ybS9jcWMvZ2VuL2dvL2NxL21hcmtldHMvdjE7bWFya2V0c3YxogIDQ01YqgINQ3EuTWFya2V0cy5WMcoCDUNxXE1hcmtldHNcVjHiAhlDcVxNYXJrZXRzXFYxXEdQQk1ldGFkYXRh6gIPQ3E6Ok1hcmtldHM6OlYxYgZwcm90bzM", [file_cq_types_v1_amount, file_cq_types_v1_decimal, file_cq_types_v1_side, file_cq_types_v1_time_range, file_google_protobuf_duration, file_google_protobuf_timestamp]);
/**
 * Describes the message cq.markets.v1.Price.
 * Use `create(PriceSchema)` to create a new message.
 */
export const PriceSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_resources, 0);
/**
 * Describes the message cq.markets.v1.OrderBook.
 * Use `create(OrderBookSchema)` to create a new message.
 */
export const OrderBookSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_resources, 1);
/**
 * Describes the message cq.markets.v1.OrderBookLevel.
 * Use `create(OrderBookLevelSchema)` to create a new message.
 */
export const OrderBookLevelSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_resources, 2);
/**
 * Describes the message cq.markets.v1.OrderBookDelta.
 * Use `create(OrderBookDeltaSchema)` to create a new message.
 */
export const OrderBookDeltaSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_resources, 3);
/**
 * Describes the message cq.markets.v1.OrderBookLevelChange.
 * Use `create(OrderBookLevelChangeSchema)` to create a new message.
 */
export const OrderBookLevelChangeSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_resources, 4);
/**
 * Describes the message cq.markets.v1.Trade.
 * Use `create(TradeSchema)` to create a new message.
 */
export const TradeSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_resources, 5);
/**
 * Describes the message cq.markets.v1.Candle.
 * Use `create(CandleSchema)` to create a new message.
 */
export const CandleSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_resources, 6);
/**
 * Describes the message cq.markets.v1.Vwap.
 * Use `create(VwapSchema)` to create a new message.
 */
export const VwapSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_resources, 7);
/**
 * Describes the message cq.markets.v1.MarketDepth.
 * Use `create(MarketDepthSchema)` to create a new message.
 */
export const MarketDepthSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_resources, 8);
/**
 * Describes the message cq.markets.v1.DepthBand.
 * Use `create(DepthBandSchema)` to create a new message.
 */
export const DepthBandSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_resources, 9);
/**
 * Describes the message cq.markets.v1.LiquidityMetrics.
 * Use `create(LiquidityMetricsSchema)` to create a new message.
 */
export const LiquidityMetricsSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_resources, 10);
/**
 * Describes the message cq.markets.v1.SlippageEstimate.
 * Use `create(SlippageEstimateSchema)` to create a new message.
 */
export const SlippageEstimateSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_resources, 11);
/**
 * The trading phase of a market. A closed set: each value changes which orders a venue accepts.
 *
 * @generated from enum cq.markets.v1.MarketStatus
 */
export var MarketStatus;
(function (MarketStatus) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: MARKET_STATUS_UNSPECIFIED = 0;
     */
    MarketStatus[MarketStatus["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * Before the open: orders may be entered or cancelled but nothing matches (pre-open or auction
     * call).
     *
     * @generated from enum value: MARKET_STATUS_PRE_OPEN = 1;
     */
    MarketStatus[MarketStatus["PRE_OPEN"] = 1] = "PRE_OPEN";
    /**
     * Continuous trading: orders match.
     *
     * @generated from enum value: MARKET_STATUS_TRADING = 2;
     */
    MarketStatus[MarketStatus["TRADING"] = 2] = "TRADING";
    /**
     * Only post-only (maker) limit orders are accepted; a venue state used after maintenance.
     *
     * @generated from enum value: MARKET_STATUS_POST_ONLY = 3;
     */
    MarketStatus[MarketStatus["POST_ONLY"] = 3] = "POST_ONLY";
    /**
     * Only cancels are accepted; new orders are rejected.
     *
     * @generated from enum value: MARKET_STATUS_CANCEL_ONLY = 4;
     */
    MarketStatus[MarketStatus["CANCEL_ONLY"] = 4] = "CANCEL_ONLY";
    /**
     * Trading suspended by the venue or a regulator; resting orders stay but nothing matches.
     *
     * @generated from enum value: MARKET_STATUS_HALTED = 5;
     */
    MarketStatus[MarketStatus["HALTED"] = 5] = "HALTED";
    /**
     * Outside trading hours, or the market is delisted.
     *
     * @generated from enum value: MARKET_STATUS_CLOSED = 6;
     */
    MarketStatus[MarketStatus["CLOSED"] = 6] = "CLOSED";
})(MarketStatus || (MarketStatus = {}));
/**
 * Describes the enum cq.markets.v1.MarketStatus.
 */
export const MarketStatusSchema = /*@__PURE__*/ enumDesc(file_cq_markets_v1_resources, 0);
/**
 * What a change does to a price level.
 *
 * @generated from enum cq.markets.v1.OrderBookAction
 */
export var OrderBookAction;
(function (OrderBookAction) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: ORDER_BOOK_ACTION_UNSPECIFIED = 0;
     */
    OrderBookAction[OrderBookAction["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * A new price level appears (also a level entering a depth-limited view).
     *
     * @generated from enum value: ORDER_BOOK_ACTION_ADD = 1;
     */
    OrderBookAction[OrderBookAction["ADD"] = 1] = "ADD";
    /**
     * The quantity or order count of an existing level changes.
     *
     * @generated from enum value: ORDER_BOOK_ACTION_UPDATE = 2;
     */
    OrderBookAction[OrderBookAction["UPDATE"] = 2] = "UPDATE";
    /**
     * The level disappears (also a level leaving a depth-limited view).
     *
     * @generated from enum value: ORDER_BOOK_ACTION_DELETE = 3;
     */
    OrderBookAction[OrderBookAction["DELETE"] = 3] = "DELETE";
})(OrderBookAction || (OrderBookAction = {}));
/**
 * Describes the enum cq.markets.v1.OrderBookAction.
 */
export const OrderBookActionSchema = /*@__PURE__*/ enumDesc(file_cq_markets_v1_resources, 1);
/**
 * The length of a candle. Bars are aligned in UTC: days start at 00:00, weeks on Monday, months on
 * the first day.
 *
 * @generated from enum cq.markets.v1.CandleInterval
 */
export var CandleInterval;
(function (CandleInterval) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: CANDLE_INTERVAL_UNSPECIFIED = 0;
     */
    CandleInterval[CandleInterval["CANDLE_INTERVAL_UNSPECIFIED"] = 0] = "CANDLE_INTERVAL_UNSPECIFIED";
    /**
     * One second.
     *
     * @generated from enum value: CANDLE_INTERVAL_1_SECOND = 1;
     */
    CandleInterval[CandleInterval["CANDLE_INTERVAL_1_SECOND"] = 1] = "CANDLE_INTERVAL_1_SECOND";
    /**
     * One minute.
     *
     * @generated from enum value: CANDLE_INTERVAL_1_MINUTE = 2;
     */
    CandleInterval[CandleInterval["CANDLE_INTERVAL_1_MINUTE"] = 2] = "CANDLE_INTERVAL_1_MINUTE";
    /**
     * Three minutes.
     *
     * @generated from enum value: CANDLE_INTERVAL_3_MINUTES = 3;
     */
    CandleInterval[CandleInterval["CANDLE_INTERVAL_3_MINUTES"] = 3] = "CANDLE_INTERVAL_3_MINUTES";
    /**
     * Five minutes.
     *
     * @generated from enum value: CANDLE_INTERVAL_5_MINUTES = 4;
     */
    CandleInterval[CandleInterval["CANDLE_INTERVAL_5_MINUTES"] = 4] = "CANDLE_INTERVAL_5_MINUTES";
    /**
     * Fifteen minutes.
     *
     * @generated from enum value: CANDLE_INTERVAL_15_MINUTES = 5;
     */
    CandleInterval[CandleInterval["CANDLE_INTERVAL_15_MINUTES"] = 5] = "CANDLE_INTERVAL_15_MINUTES";
    /**
     * Thirty minutes.
     *
     * @generated from enum value: CANDLE_INTERVAL_30_MINUTES = 6;
     */
    CandleInterval[CandleInterval["CANDLE_INTERVAL_30_MINUTES"] = 6] = "CANDLE_INTERVAL_30_MINUTES";
    /**
     * One hour.
     *
     * @generated from enum value: CANDLE_INTERVAL_1_HOUR = 7;
     */
    CandleInterval[CandleInterval["CANDLE_INTERVAL_1_HOUR"] = 7] = "CANDLE_INTERVAL_1_HOUR";
    /**
     * Two hours.
     *
     * @generated from enum value: CANDLE_INTERVAL_2_HOURS = 8;
     */
    CandleInterval[CandleInterval["CANDLE_INTERVAL_2_HOURS"] = 8] = "CANDLE_INTERVAL_2_HOURS";
    /**
     * Four hours.
     *
     * @generated from enum value: CANDLE_INTERVAL_4_HOURS = 9;
     */
    CandleInterval[CandleInterval["CANDLE_INTERVAL_4_HOURS"] = 9] = "CANDLE_INTERVAL_4_HOURS";
    /**
     * Six hours.
     *
     * @generated from enum value: CANDLE_INTERVAL_6_HOURS = 10;
     */
    CandleInterval[CandleInterval["CANDLE_INTERVAL_6_HOURS"] = 10] = "CANDLE_INTERVAL_6_HOURS";
    /**
     * Eight hours, the usual perpetual funding period.
     *
     * @generated from enum value: CANDLE_INTERVAL_8_HOURS = 11;
     */
    CandleInterval[CandleInterval["CANDLE_INTERVAL_8_HOURS"] = 11] = "CANDLE_INTERVAL_8_HOURS";
    /**
     * Twelve hours.
     *
     * @generated from enum value: CANDLE_INTERVAL_12_HOURS = 12;
     */
    CandleInterval[CandleInterval["CANDLE_INTERVAL_12_HOURS"] = 12] = "CANDLE_INTERVAL_12_HOURS";
    /**
     * One UTC day.
     *
     * @generated from enum value: CANDLE_INTERVAL_1_DAY = 13;
     */
    CandleInterval[CandleInterval["CANDLE_INTERVAL_1_DAY"] = 13] = "CANDLE_INTERVAL_1_DAY";
    /**
     * Three UTC days.
     *
     * @generated from enum value: CANDLE_INTERVAL_3_DAYS = 14;
     */
    CandleInterval[CandleInterval["CANDLE_INTERVAL_3_DAYS"] = 14] = "CANDLE_INTERVAL_3_DAYS";
    /**
     * One week, Monday 00:00 UTC to the next Monday.
     *
     * @generated from enum value: CANDLE_INTERVAL_1_WEEK = 15;
     */
    CandleInterval[CandleInterval["CANDLE_INTERVAL_1_WEEK"] = 15] = "CANDLE_INTERVAL_1_WEEK";
    /**
     * One calendar month in UTC; 28 to 31 days long.
     *
     * @generated from enum value: CANDLE_INTERVAL_1_MONTH = 16;
     */
    CandleInterval[CandleInterval["CANDLE_INTERVAL_1_MONTH"] = 16] = "CANDLE_INTERVAL_1_MONTH";
})(CandleInterval || (CandleInterval = {}));
/**
 * Describes the enum cq.markets.v1.CandleInterval.
 */
export const CandleIntervalSchema = /*@__PURE__*/ enumDesc(file_cq_markets_v1_resources, 2);
