// Copyright 2026 CQC authors. Licensed under the Apache License, Version 2.0.
import { fileDesc, messageDesc, serviceDesc } from "@bufbuild/protobuf/codegenv2";
import { file_buf_validate_validate } from "../../../buf/validate/validate_pb.js";
import { file_cq_assets_v1_instruments } from "./instruments_pb.js";
import { file_cq_assets_v1_resources } from "./resources_pb.js";
import { file_cq_types_v1_identifiers } from "../../types/v1/identifiers_pb.js";
import { file_cq_types_v1_time_range } from "../../types/v1/time_range_pb.js";
import { file_google_api_annotations } from "../../../google/api/annotations_pb.js";
import { file_google_protobuf_field_mask, file_google_protobuf_timestamp } from "@bufbuild/protobuf/wkt";
/**
 * Describes the file cq/assets/v1/service.proto.
 */
export const file_cq_assets_v1_service = /*@__PURE__*/ fileDesc("ChpjcS9hc3NldHMvdjEvc2VydmljZS5wcm90bxIMY3EuYXNzZXRzLnYxIkkKD0dldEFzc2V0UmVxdWVzdBI2Cghhc3NldF9pZBgBIAEoCUIkukghyAEBchwyGl5bQS1aMC05XVtBLVowLTkuX117MCwzMX0kIjYKEEdldEFzc2V0UmVzcG9uc2USIgoFYXNzZXQYASABKAsyEy5jcS5hc3NldHMudjEuQXNzZXQiyQIKEUxpc3RBc3NldHNSZXF1ZXN0Eh0KCXBhZ2Vfc2l6ZRgBIAEoBUIKukgHGgUY6AcoABISCgpwYWdlX3Rva2VuGAIgASgJEkAKDWFzc2V0X2NsYXNzZXMYAyADKA4yGC5jcS5hc3NldHMudjEuQXNzZXRDbGFzc0IPukgMkgEJIgeCAQQQASAAEjwKCHN0YXR1c2VzGAQgAygOMhkuY3EuYXNzZXRzLnYxLkFzc2V0U3RhdHVzQg+6SAySAQkiB4IBBBABIAASQAoIY2hhaW5faWQYBSABKAlCLrpIK9gBAXImMiReWy1hLXowLTldezMsOH06Wy1fYS16QS1aMC05XXsxLDMyfSQSDgoGc3ltYm9sGAYgASgJEi8KA3RhZxgHIAEoCUIiukgf2AEBchoyGF5bYS16MC05XSsoLVthLXowLTldKykqJCJSChJMaXN0QXNzZXRzUmVzcG9uc2USIwoGYXNzZXRzGAEgAygLMhMuY3EuYXNzZXRzLnYxLkFzc2V0EhcKD25leHRfcGFnZV90b2tlbhgCIAEoCSJhChJDcmVhdGVBc3NldFJlcXVlc3QSKgoFYXNzZXQYASABKAsyEy5jcS5hc3NldHMudjEuQXNzZXRCBrpIA8gBARIfCgpyZXF1ZXN0X2lkGAIgASgJQgu6SAjIAQFyA7ABASI5ChNDcmVhdGVBc3NldFJlc3BvbnNlEiIKBWFzc2V0GAEgASgLMhMuY3EuYXNzZXRzLnYxLkFzc2V0IsoDChJVcGRhdGVBc3NldFJlcXVlc3QSKgoFYXNzZXQYASABKAsyEy5jcS5hc3NldHMudjEuQXNzZXRCBrpIA9gBAxKtAQoLdXBkYXRlX21hc2sYAiABKAsyGi5nb29nbGUucHJvdG9idWYuRmllbGRNYXNrQny6SHm6AUwKFXVwZGF0ZV9tYXNrLm5vdF9lbXB0eRIcbXVzdCBuYW1lIGF0IGxlYXN0IG9uZSBmaWVsZBoVdGhpcy5wYXRocy5zaXplKCkgPiAwyAEB4gEkGghhc3NldF9pZBoLY3JlYXRlX3RpbWUaC3VwZGF0ZV90aW1lEh8KCnJlcXVlc3RfaWQYAyABKAlCC7pICMgBAXIDsAEBOrYBukiyARqvAQojdXBkYXRlX2Fzc2V0X3JlcXVlc3QuYXNzZXRfaWRfdmFsaWQSOmFzc2V0LmFzc2V0X2lkIG11c3QgbmFtZSBhbiBhc3NldCAoYW4gdXBwZXIgY2FzZSBhc3NldCBpZCkaTGhhcyh0aGlzLmFzc2V0KSAmJiB0aGlzLmFzc2V0LmFzc2V0X2lkLm1hdGNoZXMoJ15bQS1aMC05XVtBLVowLTkuX117MCwzMX0kJykiOQoTVXBkYXRlQXNzZXRSZXNwb25zZRIiCgVhc3NldBgBIAEoCzITLmNxLmFzc2V0cy52MS5Bc3NldCKDAQoZUmVzb2x2ZVZlbnVlU3ltYm9sUmVxdWVzdBI2Cgx2ZW51ZV9zeW1ib2wYASABKAsyGC5jcS50eXBlcy52MS5WZW51ZVN5bWJvbEIGukgDyAEBEi4KCmFzX29mX3RpbWUYAiABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wIm0KGlJlc29sdmVWZW51ZVN5bWJvbFJlc3BvbnNlEiIKBWFzc2V0GAEgASgLMhMuY3EuYXNzZXRzLnYxLkFzc2V0EisKB21hcHBpbmcYAiABKAsyGi5jcS5hc3NldHMudjEuQXNzZXRNYXBwaW5nIukBChhMaXN0QXNzZXRNYXBwaW5nc1JlcXVlc3QSHQoJcGFnZV9zaXplGAEgASgFQgq6SAcaBRjoBygAEhIKCnBhZ2VfdG9rZW4YAiABKAkSMgoIdmVudWVfaWQYAyABKAlCILpIHdgBAXIYMhZeW2Etel1bYS16MC05X117MCwzMX0kEjYKCGFzc2V0X2lkGAQgASgJQiS6SCHYAQFyHDIaXltBLVowLTldW0EtWjAtOS5fXXswLDMxfSQSLgoKYXNfb2ZfdGltZRgFIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXAiaAoZTGlzdEFzc2V0TWFwcGluZ3NSZXNwb25zZRIyCg5hc3NldF9tYXBwaW5ncxgBIAMoCzIaLmNxLmFzc2V0cy52MS5Bc3NldE1hcHBpbmcSFwoPbmV4dF9wYWdlX3Rva2VuGAIgASgJIncKGUNyZWF0ZUFzc2V0TWFwcGluZ1JlcXVlc3QSOQoNYXNzZXRfbWFwcGluZxgBIAEoCzIaLmNxLmFzc2V0cy52MS5Bc3NldE1hcHBpbmdCBrpIA8gBARIfCgpyZXF1ZXN0X2lkGAIgASgJQgu6SAjIAQFyA7ABASJPChpDcmVhdGVBc3NldE1hcHBpbmdSZXNwb25zZRIxCg1hc3NldF9tYXBwaW5nGAEgASgLMhouY3EuYXNzZXRzLnYxLkFzc2V0TWFwcGluZyJTCg9HZXRDaGFpblJlcXVlc3QSQAoIY2hhaW5faWQYASABKAlCLrpIK8gBAXImMiReWy1hLXowLTldezMsOH06Wy1fYS16QS1aMC05XXsxLDMyfSQiNgoQR2V0Q2hhaW5SZXNwb25zZRIiCgVjaGFpbhgBIAEoCzITLmNxLmFzc2V0cy52MS5DaGFpbiJgChFMaXN0Q2hhaW5zUmVxdWVzdBIdCglwYWdlX3NpemUYASABKAVCCrpIBxoFGOgHKAASEgoKcGFnZV90b2tlbhgCIAEoCRIYChBpbmNsdWRlX3Rlc3RuZXRzGAMgASgIIlIKEkxpc3RDaGFpbnNSZXNwb25zZRIjCgZjaGFpbnMYASADKAsyEy5jcS5hc3NldHMudjEuQ2hhaW4SFwoPbmV4dF9wYWdlX3Rva2VuGAIgASgJIn4KFEdldEluc3RydW1lbnRSZXF1ZXN0EmYKDWluc3RydW1lbnRfaWQYASABKAlCT7pITMgBAXJHMkVeW2Etel1bYS16MC05X117MCwzMX06W2Etel1bYS16MC05X117MCwzMX06W0EtWjAtOV1bQS1aMC05Ll8tXXswLDYzfSQiRQoVR2V0SW5zdHJ1bWVudFJlc3BvbnNlEiwKCmluc3RydW1lbnQYASABKAsyGC5jcS5hc3NldHMudjEuSW5zdHJ1bWVudCLiBAoWTGlzdEluc3RydW1lbnRzUmVxdWVzdBIdCglwYWdlX3NpemUYASABKAVCCrpIBxoFGOgHKAASEgoKcGFnZV90b2tlbhgCIAEoCRI8CgV0eXBlcxgDIAMoDjIcLmNxLmFzc2V0cy52MS5JbnN0cnVtZW50VHlwZUIPukgMkgEJIgeCAQQQASAAEkEKCHN0YXR1c2VzGAQgAygOMh4uY3EuYXNzZXRzLnYxLkluc3RydW1lbnRTdGF0dXNCD7pIDJIBCSIHggEEEAEgABI7Cg1iYXNlX2Fzc2V0X2lkGAUgASgJQiS6SCHYAQFyHDIaXltBLVowLTldW0EtWjAtOS5fXXswLDMxfSQSPAoOcXVvdGVfYXNzZXRfaWQYBiABKAlCJLpIIdgBAXIcMhpeW0EtWjAtOV1bQS1aMC05Ll9dezAsMzF9JBJAChJ1bmRlcmxpZXJfYXNzZXRfaWQYByABKAlCJLpIIdgBAXIcMhpeW0EtWjAtOV1bQS1aMC05Ll9dezAsMzF9JBJwChd1bmRlcmxpZXJfaW5zdHJ1bWVudF9pZBgIIAEoCUJPukhM2AEBckcyRV5bYS16XVthLXowLTlfXXswLDMxfTpbYS16XVthLXowLTlfXXswLDMxfTpbQS1aMC05XVtBLVowLTkuXy1dezAsNjN9JBIyCgh2ZW51ZV9pZBgJIAEoCUIgukgd2AEBchgyFl5bYS16XVthLXowLTlfXXswLDMxfSQSMQoRZXhwaXJlX3RpbWVfcmFuZ2UYCiABKAsyFi5jcS50eXBlcy52MS5UaW1lUmFuZ2UiYQoXTGlzdEluc3RydW1lbnRzUmVzcG9uc2USLQoLaW5zdHJ1bWVudHMYASADKAsyGC5jcS5hc3NldHMudjEuSW5zdHJ1bWVudBIXCg9uZXh0X3BhZ2VfdG9rZW4YAiABKAkicAoXQ3JlYXRlSW5zdHJ1bWVudFJlcXVlc3QSNAoKaW5zdHJ1bWVudBgBIAEoCzIYLmNxLmFzc2V0cy52MS5JbnN0cnVtZW50Qga6SAPIAQESHwoKcmVxdWVzdF9pZBgCIAEoCUILukgIyAEBcgOwAQEiSAoYQ3JlYXRlSW5zdHJ1bWVudFJlc3BvbnNlEiwKCmluc3RydW1lbnQYASABKAsyGC5jcS5hc3NldHMudjEuSW5zdHJ1bWVudCLJBAoXVXBkYXRlSW5zdHJ1bWVudFJlcXVlc3QSNAoKaW5zdHJ1bWVudBgBIAEoCzIYLmNxLmFzc2V0cy52MS5JbnN0cnVtZW50Qga6SAPYAQMSxwEKC3VwZGF0ZV9tYXNrGAIgASgLMhouZ29vZ2xlLnByb3RvYnVmLkZpZWxkTWFza0KVAbpIkQG6AUwKFXVwZGF0ZV9tYXNrLm5vdF9lbXB0eRIcbXVzdCBuYW1lIGF0IGxlYXN0IG9uZSBmaWVsZBoVdGhpcy5wYXRocy5zaXplKCkgPiAwyAEB4gE8Gg1pbnN0cnVtZW50X2lkGgR0eXBlGgtjcmVhdGVfdGltZRoLdXBkYXRlX3RpbWUaC2V4cGlyZV90aW1lEh8KCnJlcXVlc3RfaWQYAyABKAlCC7pICMgBAXIDsAEBOowCukiIAhqFAgotdXBkYXRlX2luc3RydW1lbnRfcmVxdWVzdC5pbnN0cnVtZW50X2lkX3ZhbGlkEktpbnN0cnVtZW50Lmluc3RydW1lbnRfaWQgbXVzdCBuYW1lIGFuIGluc3RydW1lbnQgKDxtYXJrZXQ+Ojx0eXBlPjo8c3ltYm9sPikahgFoYXModGhpcy5pbnN0cnVtZW50KSAmJiB0aGlzLmluc3RydW1lbnQuaW5zdHJ1bWVudF9pZC5tYXRjaGVzKCdeW2Etel1bYS16MC05X117MCwzMX06W2Etel1bYS16MC05X117MCwzMX06W0EtWjAtOV1bQS1aMC05Ll8tXXswLDYzfSQnKSJIChhVcGRhdGVJbnN0cnVtZW50UmVzcG9uc2USLAoKaW5zdHJ1bWVudBgBIAEoCzIYLmNxLmFzc2V0cy52MS5JbnN0cnVtZW50IocBCh1SZXNvbHZlVmVudWVJbnN0cnVtZW50UmVxdWVzdBI2Cgx2ZW51ZV9zeW1ib2wYASABKAsyGC5jcS50eXBlcy52MS5WZW51ZVN5bWJvbEIGukgDyAEBEi4KCmFzX29mX3RpbWUYAiABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wIoABCh5SZXNvbHZlVmVudWVJbnN0cnVtZW50UmVzcG9uc2USLAoKaW5zdHJ1bWVudBgBIAEoCzIYLmNxLmFzc2V0cy52MS5JbnN0cnVtZW50EjAKB2xpc3RpbmcYAiABKAsyHy5jcS5hc3NldHMudjEuSW5zdHJ1bWVudExpc3Rpbmcy+w0KFEFzc2V0UmVnaXN0cnlTZXJ2aWNlEmgKCEdldEFzc2V0Eh0uY3EuYXNzZXRzLnYxLkdldEFzc2V0UmVxdWVzdBoeLmNxLmFzc2V0cy52MS5HZXRBc3NldFJlc3BvbnNlIh2C0+STAhcSFS92MS9hc3NldHMve2Fzc2V0X2lkfRJjCgpMaXN0QXNzZXRzEh8uY3EuYXNzZXRzLnYxLkxpc3RBc3NldHNSZXF1ZXN0GiAuY3EuYXNzZXRzLnYxLkxpc3RBc3NldHNSZXNwb25zZSISgtPkkwIMEgovdjEvYXNzZXRzEmkKC0NyZWF0ZUFzc2V0EiAuY3EuYXNzZXRzLnYxLkNyZWF0ZUFzc2V0UmVxdWVzdBohLmNxLmFzc2V0cy52MS5DcmVhdGVBc3NldFJlc3BvbnNlIhWC0+STAg86ASoiCi92MS9hc3NldHMSfgoLVXBkYXRlQXNzZXQSIC5jcS5hc3NldHMudjEuVXBkYXRlQXNzZXRSZXF1ZXN0GiEuY3EuYXNzZXRzLnYxLlVwZGF0ZUFzc2V0UmVzcG9uc2UiKoLT5JMCJDoFYXNzZXQyGy92MS9hc3NldHMve2Fzc2V0LmFzc2V0X2lkfRKOAQoSUmVzb2x2ZVZlbnVlU3ltYm9sEicuY3EuYXNzZXRzLnYxLlJlc29sdmVWZW51ZVN5bWJvbFJlcXVlc3QaKC5jcS5hc3NldHMudjEuUmVzb2x2ZVZlbnVlU3ltYm9sUmVzcG9uc2UiJYLT5JMCHxIdL3YxL2Fzc2V0czpyZXNvbHZlVmVudWVTeW1ib2wSfwoRTGlzdEFzc2V0TWFwcGluZ3MSJi5jcS5hc3NldHMudjEuTGlzdEFzc2V0TWFwcGluZ3NSZXF1ZXN0GicuY3EuYXNzZXRzLnYxLkxpc3RBc3NldE1hcHBpbmdzUmVzcG9uc2UiGYLT5JMCExIRL3YxL2Fzc2V0TWFwcGluZ3MShQEKEkNyZWF0ZUFzc2V0TWFwcGluZxInLmNxLmFzc2V0cy52MS5DcmVhdGVBc3NldE1hcHBpbmdSZXF1ZXN0GiguY3EuYXNzZXRzLnYxLkNyZWF0ZUFzc2V0TWFwcGluZ1Jlc3BvbnNlIhyC0+STAhY6ASoiES92MS9hc3NldE1hcHBpbmdzEmgKCEdldENoYWluEh0uY3EuYXNzZXRzLnYxLkdldENoYWluUmVxdWVzdBoeLmNxLmFzc2V0cy52MS5HZXRDaGFpblJlc3BvbnNlIh2C0+STAhcSFS92MS9jaGFpbnMve2NoYWluX2lkfRJjCgpMaXN0Q2hhaW5zEh8uY3EuYXNzZXRzLnYxLkxpc3RDaGFpbnNSZXF1ZXN0GiAuY3EuYXNzZXRzLnYxLkxpc3RDaGFpbnNSZXNwb25zZSISgtPkkwIMEgovdjEvY2hhaW5zEoEBCg1HZXRJbnN0cnVtZW50EiIuY3EuYXNzZXRzLnYxLkdldEluc3RydW1lbnRSZXF1ZXN0GiMuY3EuYXNzZXRzLnYxLkdldEluc3RydW1lbnRSZXNwb25zZSIngtPkkwIhEh8vdjEvaW5zdHJ1bWVudHMve2luc3RydW1lbnRfaWR9EncKD0xpc3RJbnN0cnVtZW50cxIkLmNxLmFzc2V0cy52MS5MaXN0SW5zdHJ1bWVudHNSZXF1ZXN0GiUuY3EuYXNzZXRzLnYxLkxpc3RJbnN0cnVtZW50c1Jlc3BvbnNlIheC0+STAhESDy92MS9pbnN0cnVtZW50cxJ9ChBDcmVhdGVJbnN0cnVtZW50EiUuY3EuYXNzZXRzLnYxLkNyZWF0ZUluc3RydW1lbnRSZXF1ZXN0GiYuY3EuYXNzZXRzLnYxLkNyZWF0ZUluc3RydW1lbnRSZXNwb25zZSIagtPkkwIUOgEqIg8vdjEvaW5zdHJ1bWVudHMSoQEKEFVwZGF0ZUluc3RydW1lbnQSJS5jcS5hc3NldHMudjEuVXBkYXRlSW5zdHJ1bWVudFJlcXVlc3QaJi5jcS5hc3NldHMudjEuVXBkYXRlSW5zdHJ1bWVudFJlc3BvbnNlIj6C0+STAjg6Cmluc3RydW1lbnQyKi92MS9pbnN0cnVtZW50cy97aW5zdHJ1bWVudC5pbnN0cnVtZW50X2lkfRKfAQoWUmVzb2x2ZVZlbnVlSW5zdHJ1bWVudBIrLmNxLmFzc2V0cy52MS5SZXNvbHZlVmVudWVJbnN0cnVtZW50UmVxdWVzdBosLmNxLmFzc2V0cy52MS5SZXNvbHZlVmVudWVJbnN0cnVtZW50UmVzcG9uc2UiKoLT5JMCJBIiL3YxL2luc3RydW1lbnRzOnJlc29sdmVWZW51ZVN5bWJvbEKrAQoQY29tLmNxLmFzc2V0cy52MUIMU2VydmljZVByb3RvUAFaN2dpdGh1Yi5jb20vY3EtcGxhdGZvcm0vY3FjL2dlbi9nby9jcS9hc3NldHMvdjE7YXNzZXRzdjGiAgNDQViqAgxDcS5Bc3NldHMuVjHKAgxDcVxBc3NldHNcVjHiAhhDcVxBc3NldHNcVjFcR1BCTWV0YWRhdGHqAg5DcTo6QXNzZXRzOjpWMWIGcHJvdG8z", [file_buf_validate_validate, file_cq_assets_v1_instruments, file_cq_assets_v1_resources, file_cq_types_v1_identifiers, file_cq_types_v1_time_range, file_google_api_annotations, file_google_protobuf_field_mask, file_google_protobuf_timestamp]);
/**
 * Describes the message cq.assets.v1.GetAssetRequest.
 * Use `create(GetAssetRequestSchema)` to create a new message.
 */
export const GetAssetRequestSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 0);
/**
 * Describes the message cq.assets.v1.GetAssetResponse.
 * Use `create(GetAssetResponseSchema)` to create a new message.
 */
export const GetAssetResponseSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 1);
/**
 * Describes the message cq.assets.v1.ListAssetsRequest.
 * Use `create(ListAssetsRequestSchema)` to create a new message.
 */
export const ListAssetsRequestSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 2);
/**
 * Describes the message cq.assets.v1.ListAssetsResponse.
 * Use `create(ListAssetsResponseSchema)` to create a new message.
 */
export const ListAssetsResponseSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 3);
/**
 * Describes the message cq.assets.v1.CreateAssetRequest.
 * Use `create(CreateAssetRequestSchema)` to create a new message.
 */
export const CreateAssetRequestSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 4);
/**
 * Describes the message cq.assets.v1.CreateAssetResponse.
 * Use `create(CreateAssetResponseSchema)` to create a new message.
 */
export const CreateAssetResponseSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 5);
/**
 * Describes the message cq.assets.v1.UpdateAssetRequest.
 * Use `create(UpdateAssetRequestSchema)` to create a new message.
 */
export const UpdateAssetRequestSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 6);
/**
 * Describes the message cq.assets.v1.UpdateAssetResponse.
 * Use `create(UpdateAssetResponseSchema)` to create a new message.
 */
export const UpdateAssetResponseSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 7);
/**
 * Describes the message cq.assets.v1.ResolveVenueSymbolRequest.
 * Use `create(ResolveVenueSymbolRequestSchema)` to create a new message.
 */
export const ResolveVenueSymbolRequestSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 8);
/**
 * Describes the message cq.assets.v1.ResolveVenueSymbolResponse.
 * Use `create(ResolveVenueSymbolResponseSchema)` to create a new message.
 */
export const ResolveVenueSymbolResponseSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 9);
/**
 * Describes the message cq.assets.v1.ListAssetMappingsRequest.
 * Use `create(ListAssetMappingsRequestSchema)` to create a new message.
 */
export const ListAssetMappingsRequestSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 10);
/**
 * Describes the message cq.assets.v1.ListAssetMappingsResponse.
 * Use `create(ListAssetMappingsResponseSchema)` to create a new message.
 */
export const ListAssetMappingsResponseSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 11);
/**
 * Describes the message cq.assets.v1.CreateAssetMappingRequest.
 * Use `create(CreateAssetMappingRequestSchema)` to create a new message.
 */
export const CreateAssetMappingRequestSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 12);
/**
 * Describes the message cq.assets.v1.CreateAssetMappingResponse.
 * Use `create(CreateAssetMappingResponseSchema)` to create a new message.
 */
export const CreateAssetMappingResponseSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 13);
/**
 * Describes the message cq.assets.v1.GetChainRequest.
 * Use `create(GetChainRequestSchema)` to create a new message.
 */
export const GetChainRequestSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 14);
/**
 * Describes the message cq.assets.v1.GetChainResponse.
 * Use `create(GetChainResponseSchema)` to create a new message.
 */
export const GetChainResponseSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 15);
/**
 * Describes the message cq.assets.v1.ListChainsRequest.
 * Use `create(ListChainsRequestSchema)` to create a new message.
 */
export const ListChainsRequestSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 16);
/**
 * Describes the message cq.assets.v1.ListChainsResponse.
 * Use `create(ListChainsResponseSchema)` to create a new message.
 */
export const ListChainsResponseSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 17);
/**
 * Describes the message cq.assets.v1.GetInstrumentRequest.
 * Use `create(GetInstrumentRequestSchema)` to create a new message.
 */
export const GetInstrumentRequestSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 18);
/**
 * Describes the message cq.assets.v1.GetInstrumentResponse.
 * Use `create(GetInstrumentResponseSchema)` to create a new message.
 */
export const GetInstrumentResponseSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 19);
/**
 * Describes the message cq.assets.v1.ListInstrumentsRequest.
 * Use `create(ListInstrumentsRequestSchema)` to create a new message.
 */
export const ListInstrumentsRequestSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 20);
/**
 * Describes the message cq.assets.v1.ListInstrumentsResponse.
 * Use `create(ListInstrumentsResponseSchema)` to create a new message.
 */
export const ListInstrumentsResponseSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 21);
/**
 * Describes the message cq.assets.v1.CreateInstrumentRequest.
 * Use `create(CreateInstrumentRequestSchema)` to create a new message.
 */
export const CreateInstrumentRequestSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 22);
/**
 * Describes the message cq.assets.v1.CreateInstrumentResponse.
 * Use `create(CreateInstrumentResponseSchema)` to create a new message.
 */
export const CreateInstrumentResponseSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 23);
/**
 * Describes the message cq.assets.v1.UpdateInstrumentRequest.
 * Use `create(UpdateInstrumentRequestSchema)` to create a new message.
 */
export const UpdateInstrumentRequestSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 24);
/**
 * Describes the message cq.assets.v1.UpdateInstrumentResponse.
 * Use `create(UpdateInstrumentResponseSchema)` to create a new message.
 */
export const UpdateInstrumentResponseSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 25);
/**
 * Describes the message cq.assets.v1.ResolveVenueInstrumentRequest.
 * Use `create(ResolveVenueInstrumentRequestSchema)` to create a new message.
 */
export const ResolveVenueInstrumentRequestSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 26);
/**
 * Describes the message cq.assets.v1.ResolveVenueInstrumentResponse.
 * Use `create(ResolveVenueInstrumentResponseSchema)` to create a new message.
 */
export const ResolveVenueInstrumentResponseSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 27);
/**
 * The AssetRegistry: CQ's single source of truth for assets, the chains they live on, and how each
 * venue names them.
 *
 * Reads are open to every authenticated caller; writes need the reference-data admin role. Every RPC
 * returns UNAUTHENTICATED without valid credentials and PERMISSION_DENIED when the caller's role does
 * not allow the call.
 *
 * @generated from service cq.assets.v1.AssetRegistryService
 */
export const AssetRegistryService = /*@__PURE__*/ serviceDesc(file_cq_assets_v1_service, 0);
