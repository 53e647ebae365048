// Copyright 2026 CQC authors. Licensed under the Apache License, Version 2.0.
import { enumDesc, fileDesc, messageDesc } from "@bufbuild/protobuf/codegenv2";
import { file_buf_validate_validate } from "../../../buf/validate/validate_pb.js";
import { file_cq_types_v1_amount } from "../../types/v1/amount_pb.js";
import { file_cq_types_v1_decimal } from "../../types/v1/decimal_pb.js";
import { file_cq_types_v1_time_range } from "../../types/v1/time_range_pb.js";
import { file_google_protobuf_timestamp } from "@bufbuild/protobuf/wkt";
/**
 * Describes the file cq/portfolio/v1/resources.proto.
 */
export const file_cq_portfolio_v1_resources = /*@__PURE__*/ fileDesc("Ch9jcS9wb3J0Zm9saW8vdjEvcmVzb3VyY2VzLnByb3RvEg9jcS5wb3J0Zm9saW8udjEikwUKCFBvc2l0aW9uEhIKCmFjY291bnRfaWQYASABKAkSEAoIdmVudWVfaWQYAiABKAkSFQoNaW5zdHJ1bWVudF9pZBgDIAEoCRIrCgRzaWRlGAQgASgOMh0uY3EucG9ydGZvbGlvLnYxLlBvc2l0aW9uU2lkZRImCghxdWFudGl0eRgFIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwSKgoMYXZlcmFnZV9jb3N0GAYgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbBIoCgptYXJrX3ByaWNlGAcgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbBItCgltYXJrX3RpbWUYCCABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wEikKDG1hcmtldF92YWx1ZRgJIAEoCzITLmNxLnR5cGVzLnYxLkFtb3VudBIpCgxyZWFsaXplZF9wbmwYCiABKAsyEy5jcS50eXBlcy52MS5BbW91bnQSKwoOdW5yZWFsaXplZF9wbmwYCyABKAsyEy5jcS50eXBlcy52MS5BbW91bnQSKwoOaW5pdGlhbF9tYXJnaW4YDCABKAsyEy5jcS50eXBlcy52MS5BbW91bnQSLwoSbWFpbnRlbmFuY2VfbWFyZ2luGA0gASgLMhMuY3EudHlwZXMudjEuQW1vdW50Ei8KEWxpcXVpZGF0aW9uX3ByaWNlGA4gASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbBItCglvcGVuX3RpbWUYDyABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wEi8KC3VwZGF0ZV90aW1lGBAgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcCKUAwoJUG9ydGZvbGlvEhQKDHBvcnRmb2xpb19pZBgBIAEoCRIUCgxkaXNwbGF5X25hbWUYAiABKAkSEAoIb3duZXJfaWQYAyABKAkSEwoLYWNjb3VudF9pZHMYBCADKAkSGgoSdmFsdWF0aW9uX2N1cnJlbmN5GAUgASgJEioKDWNhc2hfYmFsYW5jZXMYBiADKAsyEy5jcS50eXBlcy52MS5BbW91bnQSLAoJcG9zaXRpb25zGAcgAygLMhkuY3EucG9ydGZvbGlvLnYxLlBvc2l0aW9uEiAKA25hdhgIIAEoCzITLmNxLnR5cGVzLnYxLkFtb3VudBIrCg5ncm9zc19leHBvc3VyZRgJIAEoCzITLmNxLnR5cGVzLnYxLkFtb3VudBIpCgxuZXRfZXhwb3N1cmUYCiABKAsyEy5jcS50eXBlcy52MS5BbW91bnQSEAoIbGV2ZXJhZ2UYCyABKAESMgoOdmFsdWF0aW9uX3RpbWUYDCABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wIu8BChBBbGxvY2F0aW9uVGFyZ2V0EjUKCGFzc2V0X2lkGAEgASgJQiG6SB5yHDIaXltBLVowLTldW0EtWjAtOS5fXXswLDMxfSRIABJlCg1pbnN0cnVtZW50X2lkGAIgASgJQky6SElyRzJFXlthLXpdW2EtejAtOV9dezAsMzF9OlthLXpdW2EtejAtOV9dezAsMzF9OltBLVowLTldW0EtWjAtOS5fLV17MCw2M30kSAASLAoGd2VpZ2h0GAMgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbEIGukgDyAEBQg8KBnRhcmdldBIFukgCCAEi+AMKCkFsbG9jYXRpb24SFQoNYWxsb2NhdGlvbl9pZBgBIAEoCRIgCgxwb3J0Zm9saW9faWQYAiABKAlCCrpIB8gBAXICGEASHwoLc3RyYXRlZ3lfaWQYAyABKAlCCrpIB8gBAXICGEASFgoGc291cmNlGAQgASgJQga6SAPIAQESNgoKYXNfb2ZfdGltZRgFIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXBCBrpIA8gBARI6Cgd0YXJnZXRzGAYgAygLMiEuY3EucG9ydGZvbGlvLnYxLkFsbG9jYXRpb25UYXJnZXRCBrpIA8gBARIvCgtjcmVhdGVfdGltZRgHIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXA60gG6SM4BGssBChlhbGxvY2F0aW9uLnRhcmdldHNfdW5pcXVlEjVlYWNoIGFzc2V0IGFuZCBpbnN0cnVtZW50IG1heSBoYXZlIGF0IG1vc3Qgb25lIHRhcmdldBp3dGhpcy50YXJnZXRzLmFsbCh0LCB0aGlzLnRhcmdldHMuZmlsdGVyKHUsIHUuYXNzZXRfaWQgPT0gdC5hc3NldF9pZCAmJiB1Lmluc3RydW1lbnRfaWQgPT0gdC5pbnN0cnVtZW50X2lkKS5zaXplKCkgPT0gMSkiwgEKD0V4cG9zdXJlRmlndXJlcxIqCg1sb25nX2V4cG9zdXJlGAEgASgLMhMuY3EudHlwZXMudjEuQW1vdW50EisKDnNob3J0X2V4cG9zdXJlGAIgASgLMhMuY3EudHlwZXMudjEuQW1vdW50EisKDmdyb3NzX2V4cG9zdXJlGAMgASgLMhMuY3EudHlwZXMudjEuQW1vdW50EikKDG5ldF9leHBvc3VyZRgEIAEoCzITLmNxLnR5cGVzLnYxLkFtb3VudCJQCg5FeHBvc3VyZUJ1Y2tldBILCgNrZXkYASABKAkSMQoHZmlndXJlcxgCIAEoCzIgLmNxLnBvcnRmb2xpby52MS5FeHBvc3VyZUZpZ3VyZXMi3gIKCEV4cG9zdXJlEhQKDHBvcnRmb2xpb19pZBgBIAEoCRIyCg52YWx1YXRpb25fdGltZRgCIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXASLwoFdG90YWwYAyABKAsyIC5jcS5wb3J0Zm9saW8udjEuRXhwb3N1cmVGaWd1cmVzEjcKDmJ5X2Fzc2V0X2NsYXNzGAQgAygLMh8uY3EucG9ydGZvbGlvLnYxLkV4cG9zdXJlQnVja2V0EjUKDGJ5X3VuZGVybGllchgFIAMoCzIfLmNxLnBvcnRmb2xpby52MS5FeHBvc3VyZUJ1Y2tldBIxCghieV92ZW51ZRgGIAMoCzIfLmNxLnBvcnRmb2xpby52MS5FeHBvc3VyZUJ1Y2tldBI0CgtieV9jdXJyZW5jeRgHIAMoCzIfLmNxLnBvcnRmb2xpby52MS5FeHBvc3VyZUJ1Y2tldCKpAwoLVHJhbnNhY3Rpb24SFgoOdHJhbnNhY3Rpb25faWQYASABKAkSEgoKYWNjb3VudF9pZBgCIAEoCRIuCgR0eXBlGAMgASgOMiAuY3EucG9ydGZvbGlvLnYxLlRyYW5zYWN0aW9uVHlwZRIeChZ2ZW51ZV90cmFuc2FjdGlvbl90eXBlGAQgASgJEiMKBmFtb3VudBgFIAEoCzITLmNxLnR5cGVzLnYxLkFtb3VudBIqCg1iYWxhbmNlX2FmdGVyGAYgASgLMhMuY3EudHlwZXMudjEuQW1vdW50EhUKDWluc3RydW1lbnRfaWQYByABKAkSEAoIb3JkZXJfaWQYCCABKAkSDwoHZXhlY19pZBgJIAEoCRIcChR2ZW51ZV90cmFuc2FjdGlvbl9pZBgKIAEoCRIfChdjb3VudGVycGFydHlfYWNjb3VudF9pZBgLIAEoCRIQCghjaGFpbl9pZBgMIAEoCRIPCgd0eF9oYXNoGA0gASgJEjEKDXRyYW5zYWN0X3RpbWUYDiABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wIvwBCgpQbmxGaWd1cmVzEikKDHJlYWxpemVkX3BubBgBIAEoCzITLmNxLnR5cGVzLnYxLkFtb3VudBIrCg51bnJlYWxpemVkX3BubBgCIAEoCzITLmNxLnR5cGVzLnYxLkFtb3VudBIhCgRmZWVzGAMgASgLMhMuY3EudHlwZXMudjEuQW1vdW50EiQKB2Z1bmRpbmcYBCABKAsyEy5jcS50eXBlcy52MS5BbW91bnQSJQoIaW50ZXJlc3QYBSABKAsyEy5jcS50eXBlcy52MS5BbW91bnQSJgoJdG90YWxfcG5sGAYgASgLMhMuY3EudHlwZXMudjEuQW1vdW50IlQKDUluc3RydW1lbnRQbmwSFQoNaW5zdHJ1bWVudF9pZBgBIAEoCRIsCgdmaWd1cmVzGAIgASgLMhsuY3EucG9ydGZvbGlvLnYxLlBubEZpZ3VyZXMi2gEKA1BubBIUCgxwb3J0Zm9saW9faWQYASABKAkSJgoGcGVyaW9kGAIgASgLMhYuY3EudHlwZXMudjEuVGltZVJhbmdlEioKBXRvdGFsGAMgASgLMhsuY3EucG9ydGZvbGlvLnYxLlBubEZpZ3VyZXMSNQoNYnlfaW5zdHJ1bWVudBgEIAMoCzIeLmNxLnBvcnRmb2xpby52MS5JbnN0cnVtZW50UG5sEjIKDnZhbHVhdGlvbl90aW1lGAUgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcCK+BAoRUG9ydGZvbGlvU25hcHNob3QSEwoLc25hcHNob3RfaWQYASABKAkSFAoMcG9ydGZvbGlvX2lkGAIgASgJEjIKDnZhbHVhdGlvbl90aW1lGAMgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcBIgCgNuYXYYBCABKAsyEy5jcS50eXBlcy52MS5BbW91bnQSIQoEY2FzaBgFIAEoCzITLmNxLnR5cGVzLnYxLkFtb3VudBIqCg1jYXNoX2JhbGFuY2VzGAYgAygLMhMuY3EudHlwZXMudjEuQW1vdW50EiwKD3Bvc2l0aW9uc192YWx1ZRgHIAEoCzITLmNxLnR5cGVzLnYxLkFtb3VudBIrCg5ncm9zc19leHBvc3VyZRgIIAEoCzITLmNxLnR5cGVzLnYxLkFtb3VudBIpCgxuZXRfZXhwb3N1cmUYCSABKAsyEy5jcS50eXBlcy52MS5BbW91bnQSMgoNaW5jZXB0aW9uX3BubBgKIAEoCzIbLmNxLnBvcnRmb2xpby52MS5QbmxGaWd1cmVzEi8KCnBlcmlvZF9wbmwYCyABKAsyGy5jcS5wb3J0Zm9saW8udjEuUG5sRmlndXJlcxIpCgxuZXRfZGVwb3NpdHMYDCABKAsyEy5jcS50eXBlcy52MS5BbW91bnQSFQoNcGVyaW9kX3JldHVybhgNIAEoARIsCglwb3NpdGlvbnMYDiADKAsyGS5jcS5wb3J0Zm9saW8udjEuUG9zaXRpb24iwwIKDkZ1bmRpbmdQYXltZW50EhIKCmFjY291bnRfaWQYASABKAkSEAoIdmVudWVfaWQYAiABKAkSFQoNaW5zdHJ1bWVudF9pZBgDIAEoCRIqCgxmdW5kaW5nX3JhdGUYBCABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsEi8KEXBvc2l0aW9uX3F1YW50aXR5GAUgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbBIoCgptYXJrX3ByaWNlGAYgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbBIjCgZhbW91bnQYByABKAsyEy5jcS50eXBlcy52MS5BbW91bnQSMAoMZnVuZGluZ190aW1lGAggASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcBIWCg50cmFuc2FjdGlvbl9pZBgJIAEoCSp2CgxQb3NpdGlvblNpZGUSHQoZUE9TSVRJT05fU0lERV9VTlNQRUNJRklFRBAAEhYKElBPU0lUSU9OX1NJREVfTE9ORxABEhcKE1BPU0lUSU9OX1NJREVfU0hPUlQQAhIWChJQT1NJVElPTl9TSURFX0ZMQVQQAyqCBAoPVHJhbnNhY3Rpb25UeXBlEiAKHFRSQU5TQUNUSU9OX1RZUEVfVU5TUEVDSUZJRUQQABIaChZUUkFOU0FDVElPTl9UWVBFX1RSQURFEAESGAoUVFJBTlNBQ1RJT05fVFlQRV9GRUUQAhIbChdUUkFOU0FDVElPTl9UWVBFX1JFQkFURRADEhwKGFRSQU5TQUNUSU9OX1RZUEVfREVQT1NJVBAEEh8KG1RSQU5TQUNUSU9OX1RZUEVfV0lUSERSQVdBTBAFEh0KGVRSQU5TQUNUSU9OX1RZUEVfVFJBTlNGRVIQBhIkCiBUUkFOU0FDVElPTl9UWVBFX0ZVTkRJTkdfUEFZTUVOVBAHEh0KGVRSQU5TQUNUSU9OX1RZUEVfSU5URVJFU1QQCBIbChdUUkFOU0FDVElPTl9UWVBFX0JPUlJPVxAJEhoKFlRSQU5TQUNUSU9OX1RZUEVfUkVQQVkQChIfChtUUkFOU0FDVElPTl9UWVBFX1NFVFRMRU1FTlQQCxIgChxUUkFOU0FDVElPTl9UWVBFX0xJUVVJREFUSU9OEAwSHQoZVFJBTlNBQ1RJT05fVFlQRV9ESVZJREVORBANEhsKF1RSQU5TQUNUSU9OX1RZUEVfQ09VUE9OEA4SHwobVFJBTlNBQ1RJT05fVFlQRV9BREpVU1RNRU5UEA9CwgEKE2NvbS5jcS5wb3J0Zm9saW8udjFCDlJlc291cmNlc1Byb3RvUAFaPWdpdGh1Yi5jb20vY3EtcGxhdGZvcm0vY3FjL2dlbi9nby9jcS9wb3J0Zm9saW8vdjE7cG9ydGZvbGlvdjGiAgNDUFiqAg9DcS5Qb3J0Zm9saW8uVjHKAg9DcVxQb3J0Zm9saW9cVjHiAhtDcVxQb3J0Zm9saW9cVjFcR1BCTWV0YWRhdGHqAhFDcTo6UG9ydGZvbGlvOjpWMWIGcHJvdG8z", [file_buf_validate_validate, file_cq_types_v1_amount, file_cq_types_v1_decimal, file_cq_types_v1_time_range, file_google_protobuf_timestamp]);
/**
 * Describes the message cq.portfolio.v1.Position.
 * Use `create(PositionSchema)` to create a new message.
 */
export const PositionSchema = /*@__PURE__*/ messageDesc(file_cq_portfolio_v1_resources, 0);
/**
 * Describes the message cq.portfolio.v1.Portfolio.
 * Use `create(PortfolioSchema)` to create a new message.
 */
export const PortfolioSchema = /*@__PURE__*/ messageDesc(file_cq_portfolio_v1_resources, 1);
/**
 * Describes the message cq.portfolio.v1.AllocationTarget.
 * Use `create(AllocationTargetSchema)` to create a new message.
 */
export const AllocationTargetSchema = /*@__PURE__*/ messageDesc(file_cq_portfolio_v1_resources, 2);
/**
 * Describes the message cq.portfolio.v1.Allocation.
 * Use `create(AllocationSchema)` to create a new message.
 */
export const AllocationSchema = /*@__PURE__*/ messageDesc(file_cq_portfolio_v1_resources, 3);
/**
 * Describes the message cq.portfolio.v1.ExposureFigures.
 * Use `create(ExposureFiguresSchema)` to create a new message.
 */
export const ExposureFiguresSchema = /*@__PURE__*/ messageDesc(file_cq_portfolio_v1_resources, 4);
/**
 * Describes the message cq.portfolio.v1.ExposureBucket.
 * Use `create(ExposureBucketSchema)` to create a new message.
 */
export const ExposureBucketSchema = /*@__PURE__*/ messageDesc(file_cq_portfolio_v1_resources, 5);
/**
 * Describes the message cq.portfolio.v1.Exposure.
 * Use `create(ExposureSchema)` to create a new message.
 */
export const ExposureSchema = /*@__PURE__*/ messageDesc(file_cq_portfolio_v1_resources, 6);
/**
 * Describes the message cq.portfolio.v1.Transaction.
 * Use `create(TransactionSchema)` to create a new message.
 */
export const TransactionSchema = /*@__PURE__*/ messageDesc(file_cq_portfolio_v1_resources, 7);
/**
 * Describes the message cq.portfolio.v1.PnlFigures.
 * Use `create(PnlFiguresSchema)` to create a new message.
 */
export const PnlFiguresSchema = /*@__PURE__*/ messageDesc(file_cq_portfolio_v1_resources, 8);
/**
 * Describes the message cq.portfolio.v1.InstrumentPnl.
 * Use `create(InstrumentPnlSchema)` to create a new message.
 */
export const InstrumentPnlSchema = /*@__PURE__*/ messageDesc(file_cq_portfolio_v1_resources, 9);
/**
 * Describes the message cq.portfolio.v1.Pnl.
 * Use `create(PnlSchema)` to create a new message.
 */
export const PnlSchema = /*@__PURE__*/ messageDesc(file_cq_portfolio_v1_resources, 10);
/**
 * Describes the message cq.portfolio.v1.PortfolioSnapshot.
 * Use `create(PortfolioSnapshotSchema)` to create a new message.
 */
export const PortfolioSnapshotSchema = /*@__PURE__*/ messageDesc(file_cq_portfolio_v1_resources, 11);
/**
 * Describes the message cq.portfolio.v1.FundingPayment.
 * Use `create(FundingPaymentSchema)` to create a new message.
 */
export const FundingPaymentSchema = /*@__PURE__*/ messageDesc(file_cq_portfolio_v1_resources, 12);
/**
 * Whether a position is long, short or flat. Not cq.types.v1.Side: a side is the direction of a
 * trade, while a position can also be flat.
 *
 * @generated from enum cq.portfolio.v1.PositionSide
 */
export var PositionSide;
(function (PositionSide) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: POSITION_SIDE_UNSPECIFIED = 0;
     */
    PositionSide[PositionSide["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * quantity is positive: the account gains when the price rises.
     *
     * @generated from enum value: POSITION_SIDE_LONG = 1;
     */
    PositionSide[PositionSide["LONG"] = 1] = "LONG";
    /**
     * quantity is negative: the account gains when the price falls.
     *
     * @generated from enum value: POSITION_SIDE_SHORT = 2;
     */
    PositionSide[PositionSide["SHORT"] = 2] = "SHORT";
    /**
     * quantity is zero: the position was closed and is kept for its realized PnL.
     *
     * @generated from enum value: POSITION_SIDE_FLAT = 3;
     */
    PositionSide[PositionSide["FLAT"] = 3] = "FLAT";
})(PositionSide || (PositionSide = {}));
/**
 * Describes the enum cq.portfolio.v1.PositionSide.
 */
export const PositionSideSchema = /*@__PURE__*/ enumDesc(file_cq_portfolio_v1_resources, 0);
/**
 * What moved a balance: the normalised kind of a ledger entry. The venue's own ledger type is kept
 * raw in Transaction.venue_transaction_type.
 *
 * @generated from enum cq.portfolio.v1.TransactionType
 */
export var TransactionType;
(function (TransactionType) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: TRANSACTION_TYPE_UNSPECIFIED = 0;
     */
    TransactionType[TransactionType["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * One asset leg of a fill: the base asset bought or sold, or the quote asset paid or received.
     *
     * @generated from enum value: TRANSACTION_TYPE_TRADE = 1;
     */
    TransactionType[TransactionType["TRADE"] = 1] = "TRADE";
    /**
     * A trading fee paid.
     *
     * @generated from enum value: TRANSACTION_TYPE_FEE = 2;
     */
    TransactionType[TransactionType["FEE"] = 2] = "FEE";
    /**
     * A maker or volume rebate received.
     *
     * @generated from enum value: TRANSACTION_TYPE_REBATE = 3;
     */
    TransactionType[TransactionType["REBATE"] = 3] = "REBATE";
    /**
     * Funds arriving from outside CQ (a bank wire, an on-chain deposit).
     *
     * @generated from enum value: TRANSACTION_TYPE_DEPOSIT = 4;
     */
    TransactionType[TransactionType["DEPOSIT"] = 4] = "DEPOSIT";
    /**
     * Funds leaving CQ (a bank wire, an on-chain withdrawal), network fee included.
     *
     * @generated from enum value: TRANSACTION_TYPE_WITHDRAWAL = 5;
     */
    TransactionType[TransactionType["WITHDRAWAL"] = 5] = "WITHDRAWAL";
    /**
     * A move between two CQ accounts or sub-accounts; counterparty_account_id names the other one.
     *
     * @generated from enum value: TRANSACTION_TYPE_TRANSFER = 6;
     */
    TransactionType[TransactionType["TRANSFER"] = 6] = "TRANSFER";
    /**
     * A perpetual swap's periodic funding, paid or received.
     *
     * @generated from enum value: TRANSACTION_TYPE_FUNDING_PAYMENT = 7;
     */
    TransactionType[TransactionType["FUNDING_PAYMENT"] = 7] = "FUNDING_PAYMENT";
    /**
     * Interest charged on borrowed funds, or paid on lent ones.
     *
     * @generated from enum value: TRANSACTION_TYPE_INTEREST = 8;
     */
    TransactionType[TransactionType["INTEREST"] = 8] = "INTEREST";
    /**
     * A margin loan drawn: the borrowed asset is credited.
     *
     * @generated from enum value: TRANSACTION_TYPE_BORROW = 9;
     */
    TransactionType[TransactionType["BORROW"] = 9] = "BORROW";
    /**
     * A margin loan repaid: the borrowed asset is debited.
     *
     * @generated from enum value: TRANSACTION_TYPE_REPAY = 10;
     */
    TransactionType[TransactionType["REPAY"] = 10] = "REPAY";
    /**
     * Derivative PnL settled into the balance (a futures expiry, a periodic settlement).
     *
     * @generated from enum value: TRANSACTION_TYPE_SETTLEMENT = 11;
     */
    TransactionType[TransactionType["SETTLEMENT"] = 11] = "SETTLEMENT";
    /**
     * Loss and penalty booked when the venue liquidated a position.
     *
     * @generated from enum value: TRANSACTION_TYPE_LIQUIDATION = 12;
     */
    TransactionType[TransactionType["LIQUIDATION"] = 12] = "LIQUIDATION";
    /**
     * A dividend paid on an equity position.
     *
     * @generated from enum value: TRANSACTION_TYPE_DIVIDEND = 13;
     */
    TransactionType[TransactionType["DIVIDEND"] = 13] = "DIVIDEND";
    /**
     * A coupon paid on a bond position.
     *
     * @generated from enum value: TRANSACTION_TYPE_COUPON = 14;
     */
    TransactionType[TransactionType["COUPON"] = 14] = "COUPON";
    /**
     * A manual or reconciliation correction by an operator or the venue.
     *
     * @generated from enum value: TRANSACTION_TYPE_ADJUSTMENT = 15;
     */
    TransactionType[TransactionType["ADJUSTMENT"] = 15] = "ADJUSTMENT";
})(TransactionType || (TransactionType = {}));
/**
 * Describes the enum cq.portfolio.v1.TransactionType.
 */
export const TransactionTypeSchema = /*@__PURE__*/ enumDesc(file_cq_portfolio_v1_resources, 1);
