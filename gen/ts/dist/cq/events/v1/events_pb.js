// Copyright 2026 CQC authors. Licensed under the Apache License, Version 2.0.
import { enumDesc, fileDesc, messageDesc } from "@bufbuild/protobuf/codegenv2";
import { file_cq_assets_v1_resources } from "../../assets/v1/resources_pb.js";
import { file_cq_markets_v1_resources } from "../../markets/v1/resources_pb.js";
import { file_cq_portfolio_v1_resources } from "../../portfolio/v1/resources_pb.js";
import { file_cq_risk_v1_resources } from "../../risk/v1/resources_pb.js";
import { file_cq_types_v1_decimal } from "../../types/v1/decimal_pb.js";
import { file_cq_venues_v1_resources } from "../../venues/v1/resources_pb.js";
/**
 * Describes the file cq/events/v1/events.proto.
 */
export const file_cq_events_v1_events = /*@__PURE__*/ fileDesc("ChljcS9ldmVudHMvdjEvZXZlbnRzLnByb3RvEgxjcS5ldmVudHMudjEiMgoMQXNzZXRDcmVhdGVkEiIKBWFzc2V0GAEgASgLMhMuY3EuYXNzZXRzLnYxLkFzc2V0IjMKDFByaWNlVXBkYXRlZBIjCgVwcmljZRgBIAEoCzIULmNxLm1hcmtldHMudjEuUHJpY2UiSAoLT3JkZXJQbGFjZWQSIgoFb3JkZXIYASABKAsyEy5jcS52ZW51ZXMudjEuT3JkZXISFQoNcmlza19jaGVja19pZBgCIAEoCSJMChFFeGVjdXRpb25SZXBvcnRlZBI3ChBleGVjdXRpb25fcmVwb3J0GAEgASgLMh0uY3EudmVudWVzLnYxLkV4ZWN1dGlvblJlcG9ydCKCAgoPUG9zaXRpb25DaGFuZ2VkEikKBmJlZm9yZRgBIAEoCzIZLmNxLnBvcnRmb2xpby52MS5Qb3NpdGlvbhIoCgVhZnRlchgCIAEoCzIZLmNxLnBvcnRmb2xpby52MS5Qb3NpdGlvbhItCg9xdWFudGl0eV9jaGFuZ2UYAyABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsEjAKBWNhdXNlGAQgASgOMiEuY3EuZXZlbnRzLnYxLlBvc2l0aW9uQ2hhbmdlQ2F1c2USDwoHZXhlY19pZBgFIAEoCRIQCghvcmRlcl9pZBgGIAEoCRIWCg50cmFuc2FjdGlvbl9pZBgHIAEoCSItCglSaXNrQWxlcnQSIAoFYWxlcnQYASABKAsyES5jcS5yaXNrLnYxLkFsZXJ0KsACChNQb3NpdGlvbkNoYW5nZUNhdXNlEiUKIVBPU0lUSU9OX0NIQU5HRV9DQVVTRV9VTlNQRUNJRklFRBAAEh8KG1BPU0lUSU9OX0NIQU5HRV9DQVVTRV9UUkFERRABEiUKIVBPU0lUSU9OX0NIQU5HRV9DQVVTRV9MSVFVSURBVElPThACEiAKHFBPU0lUSU9OX0NIQU5HRV9DQVVTRV9FWFBJUlkQAxIiCh5QT1NJVElPTl9DSEFOR0VfQ0FVU0VfRVhFUkNJU0UQBBIiCh5QT1NJVElPTl9DSEFOR0VfQ0FVU0VfVFJBTlNGRVIQBRIqCiZQT1NJVElPTl9DSEFOR0VfQ0FVU0VfQ09SUE9SQVRFX0FDVElPThAGEiQKIFBPU0lUSU9OX0NIQU5HRV9DQVVTRV9BREpVU1RNRU5UEAdCqgEKEGNvbS5jcS5ldmVudHMudjFCC0V2ZW50c1Byb3RvUAFaN2dpdGh1Yi5jb20vY3EtcGxhdGZvcm0vY3FjL2dlbi9nby9jcS9ldmVudHMvdjE7ZXZlbnRzdjGiAgNDRViqAgxDcS5FdmVudHMuVjHKAgxDcVxFdmVudHNcVjHiAhhDcVxFdmVudHNcVjFcR1BCTWV0YWRhdGHqAg5DcTo6RXZlbnRzOjpWMWIGcHJvdG8z", [file_cq_assets_v1_resources, file_cq_markets_v1_resources, file_cq_portfolio_v1_resources, file_cq_risk_v1_resources, file_cq_types_v1_decimal, file_cq_venues_v1_resources]);
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
