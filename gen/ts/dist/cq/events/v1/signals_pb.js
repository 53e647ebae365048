// Copyright 2026 CQC authors. Licensed under the Apache License, Version 2.0.
import { enumDesc, fileDesc, messageDesc } from "@bufbuild/protobuf/codegenv2";
import { file_buf_validate_validate } from "../../../buf/validate/validate_pb.js";
import { file_cq_markets_v1_resources } from "../../markets/v1/resources_pb.js";
import { file_cq_types_v1_decimal } from "../../types/v1/decimal_pb.js";
import { file_cq_types_v1_side } from "../../types/v1/side_pb.js";
import { file_cq_venues_v1_resources } from "../../venues/v1/resources_pb.js";
import { file_google_protobuf_timestamp } from "@bufbuild/protobuf/wkt";
/**
 * Describes the file cq/events/v1/signals.proto.
 */
export const file_cq_events_v1_signals = /*@__PURE__*/ fileDesc("ChpjcS9ldmVudHMvdjEvc2lnbmFscy5wcm90bxIMY3EuZXZlbnRzLnYxItAICg1UcmFkaW5nU2lnbmFsEhEKCXNpZ25hbF9pZBgBIAEoCRIwCgZzb3VyY2UYAiABKAlCILpIHcgBAXIYMhZeW2Etel1bYS16MC05X117MCwzMX0kEhYKBnRpY2tlchgDIAEoCUIGukgDyAEBEmYKDWluc3RydW1lbnRfaWQYBCABKAlCT7pITNgBAXJHMkVeW2Etel1bYS16MC05X117MCwzMX06W2Etel1bYS16MC05X117MCwzMX06W0EtWjAtOV1bQS1aMC05Ll8tXXswLDYzfSQSNgoGYWN0aW9uGAUgASgOMhouY3EuZXZlbnRzLnYxLlNpZ25hbEFjdGlvbkIKukgHggEEEAEgABIaCgpyYXdfYWN0aW9uGAYgASgJQga6SAPIAQESsgEKBXByaWNlGAcgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbEKMAbpIiAG6AYQBChRkZWNpbWFsLm5vbl9uZWdhdGl2ZRIUbXVzdCBub3QgYmUgbmVnYXRpdmUaViF0aGlzLnZhbHVlLnN0YXJ0c1dpdGgoJy0nKSB8fCB0aGlzLnZhbHVlLm1hdGNoZXMoJ14tWzBdKyhcXC4wKyk/KFtlRV1bKy1dP1swLTldKyk/JCcpEvUBCghxdWFudGl0eRgIIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWxCzAG6SMgBugHEAQoQZGVjaW1hbC5wb3NpdGl2ZRIWbXVzdCBiZSBncmVhdGVyIHRoYW4gMBqXAXRoaXMudmFsdWUubWF0Y2hlcygnXlsrXT9bMC05XSpbMS05XVswLTldKihcXC5bMC05XSspPyhbZUVdWystXT9bMC05XSspPyQnKSB8fCB0aGlzLnZhbHVlLm1hdGNoZXMoJ15bK10/WzAtOV0rXFwuWzAtOV0qWzEtOV1bMC05XSooW2VFXVsrLV0/WzAtOV0rKT8kJykSEAoIc3RyYXRlZ3kYCSABKAkSEQoJdGltZWZyYW1lGAogASgJEjkKCGludGVydmFsGAsgASgOMh0uY3EubWFya2V0cy52MS5DYW5kbGVJbnRlcnZhbEIIukgFggECEAESLgoKZXZlbnRfdGltZRgMIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXASMAoMcmVjZWl2ZV90aW1lGA0gASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcBIhCgtyYXdfcGF5bG9hZBgOIAEoDEIMukgJyAEBegQYgIAEEiAKEHJhd19jb250ZW50X3R5cGUYDyABKAlCBrpIA8gBARI/CgphdHRyaWJ1dGVzGBAgAygLMisuY3EuZXZlbnRzLnYxLlRyYWRpbmdTaWduYWwuQXR0cmlidXRlc0VudHJ5GjEKD0F0dHJpYnV0ZXNFbnRyeRILCgNrZXkYASABKAkSDQoFdmFsdWUYAiABKAk6AjgBIrkOCg1UcmFkZVByb3Bvc2FsEh8KC3Byb3Bvc2FsX2lkGAEgASgJQgq6SAfIAQFyAhhAEhgKCGFnZW50X2lkGAIgASgJQga6SAPIAQESEwoLYWdlbnRfbW9kZWwYAyABKAkSIAoKc2lnbmFsX2lkcxgEIAMoCUIMukgJkgEGIgRyAhhAEhsKCmFjY291bnRfaWQYBSABKAlCB7pIBHICGEASZgoNaW5zdHJ1bWVudF9pZBgGIAEoCUJPukhMyAEBckcyRV5bYS16XVthLXowLTlfXXswLDMxfTpbYS16XVthLXowLTlfXXswLDMxfTpbQS1aMC05XVtBLVowLTkuXy1dezAsNjN9JBIrCgRzaWRlGAcgASgOMhEuY3EudHlwZXMudjEuU2lkZUIKukgHggEEEAEgABL4AQoIcXVhbnRpdHkYCCABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsQs8BukjLAboBxAEKEGRlY2ltYWwucG9zaXRpdmUSFm11c3QgYmUgZ3JlYXRlciB0aGFuIDAalwF0aGlzLnZhbHVlLm1hdGNoZXMoJ15bK10/WzAtOV0qWzEtOV1bMC05XSooXFwuWzAtOV0rKT8oW2VFXVsrLV0/WzAtOV0rKT8kJykgfHwgdGhpcy52YWx1ZS5tYXRjaGVzKCdeWytdP1swLTldK1xcLlswLTldKlsxLTldWzAtOV0qKFtlRV1bKy1dP1swLTldKyk/JCcpyAEBEjcKCm9yZGVyX3R5cGUYCSABKA4yFy5jcS52ZW51ZXMudjEuT3JkZXJUeXBlQgq6SAeCAQQQASAAErgBCgtsaW1pdF9wcmljZRgKIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWxCjAG6SIgBugGEAQoUZGVjaW1hbC5ub25fbmVnYXRpdmUSFG11c3Qgbm90IGJlIG5lZ2F0aXZlGlYhdGhpcy52YWx1ZS5zdGFydHNXaXRoKCctJykgfHwgdGhpcy52YWx1ZS5tYXRjaGVzKCdeLVswXSsoXFwuMCspPyhbZUVdWystXT9bMC05XSspPyQnKRK8AQoPc3RvcF9sb3NzX3ByaWNlGAsgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbEKMAbpIiAG6AYQBChRkZWNpbWFsLm5vbl9uZWdhdGl2ZRIUbXVzdCBub3QgYmUgbmVnYXRpdmUaViF0aGlzLnZhbHVlLnN0YXJ0c1dpdGgoJy0nKSB8fCB0aGlzLnZhbHVlLm1hdGNoZXMoJ14tWzBdKyhcXC4wKyk/KFtlRV1bKy1dP1swLTldKyk/JCcpEr4BChF0YWtlX3Byb2ZpdF9wcmljZRgMIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWxCjAG6SIgBugGEAQoUZGVjaW1hbC5ub25fbmVnYXRpdmUSFG11c3Qgbm90IGJlIG5lZ2F0aXZlGlYhdGhpcy52YWx1ZS5zdGFydHNXaXRoKCctJykgfHwgdGhpcy52YWx1ZS5tYXRjaGVzKCdeLVswXSsoXFwuMCspPyhbZUVdWystXT9bMC05XSspPyQnKRIcCgtzdHJhdGVneV9pZBgNIAEoCUIHukgEcgIYQBIZCglyYXRpb25hbGUYDiABKAlCBrpIA8gBARIrCgpjb25maWRlbmNlGA8gASgBQhe6SBQSEhEAAAAAAADwPyEAAAAAAAAAABI3CgtjcmVhdGVfdGltZRgQIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXBCBrpIA8gBARIvCgtleHBpcmVfdGltZRgRIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXA6xAO6SMADGqoBCix0cmFkZV9wcm9wb3NhbC5saW1pdF9vcmRlcl9uZWVkc19saW1pdF9wcmljZRJAYSBsaW1pdCwgc3RvcC1saW1pdCBvciB0YWtlLXByb2ZpdC1saW1pdCBvcmRlciBuZWVkcyBsaW1pdF9wcmljZRo4ISh0aGlzLm9yZGVyX3R5cGUgaW4gWzIsIDQsIDZdKSB8fCBoYXModGhpcy5saW1pdF9wcmljZSkagwEKLnRyYWRlX3Byb3Bvc2FsLm1hcmtldF9vcmRlcl9oYXNfbm9fbGltaXRfcHJpY2USIWEgbWFya2V0IG9yZGVyIGhhcyBubyBsaW1pdF9wcmljZRoudGhpcy5vcmRlcl90eXBlICE9IDEgfHwgIWhhcyh0aGlzLmxpbWl0X3ByaWNlKRqKAQoidHJhZGVfcHJvcG9zYWwuZXhwaXJlX2FmdGVyX2NyZWF0ZRIlZXhwaXJlX3RpbWUgbXVzdCBiZSBhZnRlciBjcmVhdGVfdGltZRo9IWhhcyh0aGlzLmV4cGlyZV90aW1lKSB8fCB0aGlzLmV4cGlyZV90aW1lID4gdGhpcy5jcmVhdGVfdGltZSJFCg5TaWduYWxSZWNlaXZlZBIzCgZzaWduYWwYASABKAsyGy5jcS5ldmVudHMudjEuVHJhZGluZ1NpZ25hbEIGukgDyAEBIkYKDVRyYWRlUHJvcG9zZWQSNQoIcHJvcG9zYWwYASABKAsyGy5jcS5ldmVudHMudjEuVHJhZGVQcm9wb3NhbEIGukgDyAEBIq0EChRUcmFkZVByb3Bvc2FsRGVjaWRlZBIfCgtwcm9wb3NhbF9pZBgBIAEoCUIKukgHyAEBcgIYQBI8CghkZWNpc2lvbhgCIAEoDjIeLmNxLmV2ZW50cy52MS5Qcm9wb3NhbERlY2lzaW9uQgq6SAeCAQQQASAAEhoKCmRlY2lkZXJfaWQYAyABKAlCBrpIA8gBARIOCgZyZWFzb24YBCABKAkSGQoIb3JkZXJfaWQYBSABKAlCB7pIBHICGEASGQoIY2hlY2tfaWQYBiABKAlCB7pIBHICGEASNwoLZGVjaWRlX3RpbWUYByABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wQga6SAPIAQE6mgK6SJYCGpUBCix0cmFkZV9wcm9wb3NhbF9kZWNpZGVkLm9yZGVyX2lkX2lmZl9hY2NlcHRlZBI2b3JkZXJfaWQgaXMgc2V0IGV4YWN0bHkgd2hlbiB0aGUgcHJvcG9zYWwgd2FzIGFjY2VwdGVkGi0odGhpcy5kZWNpc2lvbiA9PSAxKSA9PSAodGhpcy5vcmRlcl9pZCAhPSAnJykafAotdHJhZGVfcHJvcG9zYWxfZGVjaWRlZC5yZWplY3Rpb25fbmVlZHNfcmVhc29uEiJhIHJlamVjdGVkIHByb3Bvc2FsIG5lZWRzIGEgcmVhc29uGid0aGlzLmRlY2lzaW9uICE9IDIgfHwgdGhpcy5yZWFzb24gIT0gJycqdQoMU2lnbmFsQWN0aW9uEh0KGVNJR05BTF9BQ1RJT05fVU5TUEVDSUZJRUQQABIVChFTSUdOQUxfQUNUSU9OX0JVWRABEhYKElNJR05BTF9BQ1RJT05fU0VMTBACEhcKE1NJR05BTF9BQ1RJT05fQ0xPU0UQAyqUAQoQUHJvcG9zYWxEZWNpc2lvbhIhCh1QUk9QT1NBTF9ERUNJU0lPTl9VTlNQRUNJRklFRBAAEh4KGlBST1BPU0FMX0RFQ0lTSU9OX0FDQ0VQVEVEEAESHgoaUFJPUE9TQUxfREVDSVNJT05fUkVKRUNURUQQAhIdChlQUk9QT1NBTF9ERUNJU0lPTl9FWFBJUkVEEANCqwEKEGNvbS5jcS5ldmVudHMudjFCDFNpZ25hbHNQcm90b1ABWjdnaXRodWIuY29tL2NxLXBsYXRmb3JtL2NxYy9nZW4vZ28vY3EvZXZlbnRzL3YxO2V2ZW50c3YxogIDQ0VYqgIMQ3EuRXZlbnRzLlYxygIMQ3FcRXZlbnRzXFYx4gIYQ3FcRXZlbnRzXFYxXEdQQk1ldGFkYXRh6gIOQ3E6OkV2ZW50czo6VjFiBnByb3RvMw", [file_buf_validate_validate, file_cq_markets_v1_resources, file_cq_types_v1_decimal, file_cq_types_v1_side, file_cq_venues_v1_resources, file_google_protobuf_timestamp]);
/**
 * Describes the message cq.events.v1.TradingSignal.
 * Use `create(TradingSignalSchema)` to create a new message.
 */
export const TradingSignalSchema = /*@__PURE__*/ messageDesc(file_cq_events_v1_signals, 0);
/**
 * Describes the message cq.events.v1.TradeProposal.
 * Use `create(TradeProposalSchema)` to create a new message.
 */
export const TradeProposalSchema = /*@__PURE__*/ messageDesc(file_cq_events_v1_signals, 1);
/**
 * Describes the message cq.events.v1.SignalReceived.
 * Use `create(SignalReceivedSchema)` to create a new message.
 */
export const SignalReceivedSchema = /*@__PURE__*/ messageDesc(file_cq_events_v1_signals, 2);
/**
 * Describes the message cq.events.v1.TradeProposed.
 * Use `create(TradeProposedSchema)` to create a new message.
 */
export const TradeProposedSchema = /*@__PURE__*/ messageDesc(file_cq_events_v1_signals, 3);
/**
 * Describes the message cq.events.v1.TradeProposalDecided.
 * Use `create(TradeProposalDecidedSchema)` to create a new message.
 */
export const TradeProposalDecidedSchema = /*@__PURE__*/ messageDesc(file_cq_events_v1_signals, 4);
/**
 * What an inbound signal asks for.
 *
 * @generated from enum cq.events.v1.SignalAction
 */
export var SignalAction;
(function (SignalAction) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: SIGNAL_ACTION_UNSPECIFIED = 0;
     */
    SignalAction[SignalAction["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * Buy, or go long.
     *
     * @generated from enum value: SIGNAL_ACTION_BUY = 1;
     */
    SignalAction[SignalAction["BUY"] = 1] = "BUY";
    /**
     * Sell, or go short.
     *
     * @generated from enum value: SIGNAL_ACTION_SELL = 2;
     */
    SignalAction[SignalAction["SELL"] = 2] = "SELL";
    /**
     * Close (flatten) the position in the instrument, whatever its side.
     *
     * @generated from enum value: SIGNAL_ACTION_CLOSE = 3;
     */
    SignalAction[SignalAction["CLOSE"] = 3] = "CLOSE";
})(SignalAction || (SignalAction = {}));
/**
 * Describes the enum cq.events.v1.SignalAction.
 */
export const SignalActionSchema = /*@__PURE__*/ enumDesc(file_cq_events_v1_signals, 0);
/**
 * What became of a trade proposal.
 *
 * @generated from enum cq.events.v1.ProposalDecision
 */
export var ProposalDecision;
(function (ProposalDecision) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: PROPOSAL_DECISION_UNSPECIFIED = 0;
     */
    ProposalDecision[ProposalDecision["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * Accepted; an order was placed (order_id).
     *
     * @generated from enum value: PROPOSAL_DECISION_ACCEPTED = 1;
     */
    ProposalDecision[ProposalDecision["ACCEPTED"] = 1] = "ACCEPTED";
    /**
     * Rejected by the decider or by the pre-trade check; reason says why.
     *
     * @generated from enum value: PROPOSAL_DECISION_REJECTED = 2;
     */
    ProposalDecision[ProposalDecision["REJECTED"] = 2] = "REJECTED";
    /**
     * Lapsed at expire_time without a decision.
     *
     * @generated from enum value: PROPOSAL_DECISION_EXPIRED = 3;
     */
    ProposalDecision[ProposalDecision["EXPIRED"] = 3] = "EXPIRED";
})(ProposalDecision || (ProposalDecision = {}));
/**
 * Describes the enum cq.events.v1.ProposalDecision.
 */
export const ProposalDecisionSchema = /*@__PURE__*/ enumDesc(file_cq_events_v1_signals, 1);
