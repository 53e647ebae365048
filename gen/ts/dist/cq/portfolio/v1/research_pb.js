// Copyright 2026 CQC authors. Licensed under the Apache License, Version 2.0.
import { enumDesc, fileDesc, messageDesc } from "@bufbuild/protobuf/codegenv2";
import { file_buf_validate_validate } from "../../../buf/validate/validate_pb.js";
import { file_cq_types_v1_amount } from "../../types/v1/amount_pb.js";
import { file_cq_types_v1_decimal } from "../../types/v1/decimal_pb.js";
import { file_cq_venues_v1_resources } from "../../venues/v1/resources_pb.js";
import { file_google_protobuf_timestamp } from "@bufbuild/protobuf/wkt";
/**
 * Describes the file cq/portfolio/v1/research.proto.
 */
export const file_cq_portfolio_v1_research = /*@__PURE__*/ fileDesc("Ch5jcS9wb3J0Zm9saW8vdjEvcmVzZWFyY2gucHJvdG8SD2NxLnBvcnRmb2xpby52MSKMAwoIVW5pdmVyc2USHwoLdW5pdmVyc2VfaWQYASABKAlCCrpIB8gBAXICGEASFgoGc291cmNlGAIgASgJQga6SAPIAQESNgoKYXNfb2ZfdGltZRgDIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXBCBrpIA8gBARI4CgdtZW1iZXJzGAQgAygLMh8uY3EucG9ydGZvbGlvLnYxLlVuaXZlcnNlTWVtYmVyQga6SAPIAQESLwoLY3JlYXRlX3RpbWUYBSABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wOqMBukifARqcAQoXdW5pdmVyc2UubWVtYmVyc191bmlxdWUSJGVhY2ggaW5zdHJ1bWVudCBtYXkgYXBwZWFyIG9ubHkgb25jZRpbdGhpcy5tZW1iZXJzLmFsbChtLCB0aGlzLm1lbWJlcnMuZmlsdGVyKG4sIG4uaW5zdHJ1bWVudF9pZCA9PSBtLmluc3RydW1lbnRfaWQpLnNpemUoKSA9PSAxKSLwAQoOVW5pdmVyc2VNZW1iZXISZgoNaW5zdHJ1bWVudF9pZBgBIAEoCUJPukhMyAEBckcyRV5bYS16XVthLXowLTlfXXswLDMxfTpbYS16XVthLXowLTlfXXswLDMxfTpbQS1aMC05XVtBLVowLTkuXy1dezAsNjN9JBJDCgphdHRyaWJ1dGVzGAIgAygLMi8uY3EucG9ydGZvbGlvLnYxLlVuaXZlcnNlTWVtYmVyLkF0dHJpYnV0ZXNFbnRyeRoxCg9BdHRyaWJ1dGVzRW50cnkSCwoDa2V5GAEgASgJEg0KBXZhbHVlGAIgASgJOgI4ASKFAgoIU2NvcmVTZXQSIAoMc2NvcmVfc2V0X2lkGAEgASgJQgq6SAfIAQFyAhhAEhYKBnNvdXJjZRgCIAEoCUIGukgDyAEBEhwKC3VuaXZlcnNlX2lkGAMgASgJQge6SARyAhhAEjYKCmFzX29mX3RpbWUYBCABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wQga6SAPIAQESOAoGc2NvcmVzGAUgAygLMiAuY3EucG9ydGZvbGlvLnYxLkluc3RydW1lbnRTY29yZUIGukgDyAEBEi8KC2NyZWF0ZV90aW1lGAYgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcCLhAQoPSW5zdHJ1bWVudFNjb3JlEmYKDWluc3RydW1lbnRfaWQYASABKAlCT7pITMgBAXJHMkVeW2Etel1bYS16MC05X117MCwzMX06W2Etel1bYS16MC05X117MCwzMX06W0EtWjAtOV1bQS1aMC05Ll8tXXswLDYzfSQSNwoGZmFjdG9yGAIgASgJQie6SCTIAQFyHzIdXlthLXpdW2EtejAtOV0qKF9bYS16MC05XSspKiQSFgoFc2NvcmUYAyABKAFCB7pIBBICQAESFQoEcmFuaxgEIAEoBUIHukgEGgIoACKFBwoPUmViYWxhbmNlVGFyZ2V0EmYKDWluc3RydW1lbnRfaWQYASABKAlCT7pITMgBAXJHMkVeW2Etel1bYS16MC05X117MCwzMX06W2Etel1bYS16MC05X117MCwzMX06W0EtWjAtOV1bQS1aMC05Ll8tXXswLDYzfSQSMwoNdGFyZ2V0X3dlaWdodBgCIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWxCBrpIA8gBARL/AQoPcmVmZXJlbmNlX3ByaWNlGAMgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbELPAbpIywG6AcQBChBkZWNpbWFsLnBvc2l0aXZlEhZtdXN0IGJlIGdyZWF0ZXIgdGhhbiAwGpcBdGhpcy52YWx1ZS5tYXRjaGVzKCdeWytdP1swLTldKlsxLTldWzAtOV0qKFxcLlswLTldKyk/KFtlRV1bKy1dP1swLTldKyk/JCcpIHx8IHRoaXMudmFsdWUubWF0Y2hlcygnXlsrXT9bMC05XStcXC5bMC05XSpbMS05XVswLTldKihbZUVdWystXT9bMC05XSspPyQnKcgBARL3AQoHZnhfcmF0ZRgEIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWxCzwG6SMsBugHEAQoQZGVjaW1hbC5wb3NpdGl2ZRIWbXVzdCBiZSBncmVhdGVyIHRoYW4gMBqXAXRoaXMudmFsdWUubWF0Y2hlcygnXlsrXT9bMC05XSpbMS05XVswLTldKihcXC5bMC05XSspPyhbZUVdWystXT9bMC05XSspPyQnKSB8fCB0aGlzLnZhbHVlLm1hdGNoZXMoJ15bK10/WzAtOV0rXFwuWzAtOV0qWzEtOV1bMC05XSooW2VFXVsrLV0/WzAtOV0rKT8kJynIAQESNAoPdGFyZ2V0X25vdGlvbmFsGAUgASgLMhMuY3EudHlwZXMudjEuQW1vdW50Qga6SAPIAQESNQoPdGFyZ2V0X3F1YW50aXR5GAYgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbEIGukgDyAEBEjYKEGN1cnJlbnRfcXVhbnRpdHkYByABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsQga6SAPIAQESNAoOb3JkZXJfcXVhbnRpdHkYCCABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsQga6SAPIAQEingUKDVJlYmFsYW5jZVBsYW4SGwoHcGxhbl9pZBgBIAEoCUIKukgHyAEBcgIYQBIgCgxwb3J0Zm9saW9faWQYAiABKAlCCrpIB8gBAXICGEASIQoNYWxsb2NhdGlvbl9pZBgDIAEoCUIKukgHyAEBcgIYQBI2Cgphc19vZl90aW1lGAQgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcEIGukgDyAEBEigKA25hdhgFIAEoCzITLmNxLnR5cGVzLnYxLkFtb3VudEIGukgDyAEBEjkKB3RhcmdldHMYBiADKAsyIC5jcS5wb3J0Zm9saW8udjEuUmViYWxhbmNlVGFyZ2V0Qga6SAPIAQESkAIKBm9yZGVycxgHIAMoCzITLmNxLnZlbnVlcy52MS5PcmRlckLqAbpI5gGSAeIBIt8BugFwCi1yZWJhbGFuY2VfcGxhbi5vcmRlcl9jbGllbnRfb3JkZXJfaWRfcmVxdWlyZWQSI2V2ZXJ5IG9yZGVyIG5lZWRzIGEgY2xpZW50X29yZGVyX2lkGhp0aGlzLmNsaWVudF9vcmRlcl9pZCAhPSAnJ7oBaQorcmViYWxhbmNlX3BsYW4ub3JkZXJfdGltZV9pbl9mb3JjZV9yZXF1aXJlZBIhZXZlcnkgb3JkZXIgbmVlZHMgYSB0aW1lX2luX2ZvcmNlGhd0aGlzLnRpbWVfaW5fZm9yY2UgIT0gMBIvCg1vcmRlcnNfZGlnZXN0GAggASgJQhi6SBXIAQFyEDIOXlswLTlhLWZdezY0fSQSGQoRYXBwcm92YWxfcmVxdWlyZWQYCSABKAgSLwoLY3JlYXRlX3RpbWUYCiABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wIusDCg1PcmRlckFwcHJvdmFsEh8KC2FwcHJvdmFsX2lkGAEgASgJQgq6SAfIAQFyAhhAEhsKB3BsYW5faWQYAiABKAlCCrpIB8gBAXICGEASLwoNb3JkZXJzX2RpZ2VzdBgDIAEoCUIYukgVyAEBchAyDl5bMC05YS1mXXs2NH0kEj8KCGRlY2lzaW9uGAQgASgOMiEuY3EucG9ydGZvbGlvLnYxLkFwcHJvdmFsRGVjaXNpb25CCrpIB4IBBBABIAASGwoLYXBwcm92ZXJfaWQYBSABKAlCBrpIA8gBARIPCgdjb21tZW50GAYgASgJEjcKC2RlY2lkZV90aW1lGAcgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcEIGukgDyAEBEi8KC2V4cGlyZV90aW1lGAggASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcDqRAbpIjQEaigEKIm9yZGVyX2FwcHJvdmFsLmV4cGlyZV9hZnRlcl9kZWNpZGUSJWV4cGlyZV90aW1lIG11c3QgYmUgYWZ0ZXIgZGVjaWRlX3RpbWUaPSFoYXModGhpcy5leHBpcmVfdGltZSkgfHwgdGhpcy5leHBpcmVfdGltZSA+IHRoaXMuZGVjaWRlX3RpbWUqdQoQQXBwcm92YWxEZWNpc2lvbhIhCh1BUFBST1ZBTF9ERUNJU0lPTl9VTlNQRUNJRklFRBAAEh4KGkFQUFJPVkFMX0RFQ0lTSU9OX0FQUFJPVkVEEAESHgoaQVBQUk9WQUxfREVDSVNJT05fUkVKRUNURUQQAkLBAQoTY29tLmNxLnBvcnRmb2xpby52MUINUmVzZWFyY2hQcm90b1ABWj1naXRodWIuY29tL2NxLXBsYXRmb3JtL2NxYy9nZW4vZ28vY3EvcG9ydGZvbGlvL3YxO3BvcnRmb2xpb3YxogIDQ1BYqgIPQ3EuUG9ydGZvbGlvLlYxygIPQ3FcUG9ydGZvbGlvXFYx4gIbQ3FcUG9ydGZvbGlvXFYxXEdQQk1ldGFkYXRh6gIRQ3E6OlBvcnRmb2xpbzo6VjFiBnByb3RvMw", [file_buf_validate_validate, file_cq_types_v1_amount, file_cq_types_v1_decimal, file_cq_venues_v1_resources, file_google_protobuf_timestamp]);
/**
 * Describes the message cq.portfolio.v1.Universe.
 * Use `create(UniverseSchema)` to create a new message.
 */
export const UniverseSchema = /*@__PURE__*/ messageDesc(file_cq_portfolio_v1_research, 0);
/**
 * Describes the message cq.portfolio.v1.UniverseMember.
 * Use `create(UniverseMemberSchema)` to create a new message.
 */
export const UniverseMemberSchema = /*@__PURE__*/ messageDesc(file_cq_portfolio_v1_research, 1);
/**
 * Describes the message cq.portfolio.v1.ScoreSet.
 * Use `create(ScoreSetSchema)` to create a new message.
 */
export const ScoreSetSchema = /*@__PURE__*/ messageDesc(file_cq_portfolio_v1_research, 2);
/**
 * Describes the message cq.portfolio.v1.InstrumentScore.
 * Use `create(InstrumentScoreSchema)` to create a new message.
 */
export const InstrumentScoreSchema = /*@__PURE__*/ messageDesc(file_cq_portfolio_v1_research, 3);
/**
 * Describes the message cq.portfolio.v1.RebalanceTarget.
 * Use `create(RebalanceTargetSchema)` to create a new message.
 */
export const RebalanceTargetSchema = /*@__PURE__*/ messageDesc(file_cq_portfolio_v1_research, 4);
/**
 * Describes the message cq.portfolio.v1.RebalancePlan.
 * Use `create(RebalancePlanSchema)` to create a new message.
 */
export const RebalancePlanSchema = /*@__PURE__*/ messageDesc(file_cq_portfolio_v1_research, 5);
/**
 * Describes the message cq.portfolio.v1.OrderApproval.
 * Use `create(OrderApprovalSchema)` to create a new message.
 */
export const OrderApprovalSchema = /*@__PURE__*/ messageDesc(file_cq_portfolio_v1_research, 6);
/**
 * A human's decision on a set of orders.
 *
 * @generated from enum cq.portfolio.v1.ApprovalDecision
 */
export var ApprovalDecision;
(function (ApprovalDecision) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: APPROVAL_DECISION_UNSPECIFIED = 0;
     */
    ApprovalDecision[ApprovalDecision["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * The orders may be placed.
     *
     * @generated from enum value: APPROVAL_DECISION_APPROVED = 1;
     */
    ApprovalDecision[ApprovalDecision["APPROVED"] = 1] = "APPROVED";
    /**
     * The orders must not be placed.
     *
     * @generated from enum value: APPROVAL_DECISION_REJECTED = 2;
     */
    ApprovalDecision[ApprovalDecision["REJECTED"] = 2] = "REJECTED";
})(ApprovalDecision || (ApprovalDecision = {}));
/**
 * Describes the enum cq.portfolio.v1.ApprovalDecision.
 */
export const ApprovalDecisionSchema = /*@__PURE__*/ enumDesc(file_cq_portfolio_v1_research, 0);
