// Copyright 2026 CQC authors. Licensed under the Apache License, Version 2.0.
import { fileDesc, messageDesc } from "@bufbuild/protobuf/codegenv2";
import { file_buf_validate_validate } from "../../../buf/validate/validate_pb.js";
import { file_google_protobuf_struct } from "@bufbuild/protobuf/wkt";
import { file_google_rpc_code } from "../../../google/rpc/code_pb.js";
/**
 * Describes the file cq/conformance/v1/case.proto.
 */
export const file_cq_conformance_v1_case = /*@__PURE__*/ fileDesc("ChxjcS9jb25mb3JtYW5jZS92MS9jYXNlLnByb3RvEhFjcS5jb25mb3JtYW5jZS52MSI8CghDYXNlRmlsZRIwCgVjYXNlcxgBIAMoCzIXLmNxLmNvbmZvcm1hbmNlLnYxLkNhc2VCCLpIBZIBAggBIp8BCgRDYXNlEkUKBG5hbWUYASABKAlCN7pINHIyMjBeW2Etel1bYS16MC05Xy1dKigvW0EtWmEtejAtOV1bQS1aYS16MC05Xy4tXSopKyQSHAoLZGVzY3JpcHRpb24YAiABKAlCB7pIBHICEAESMgoFc3RlcHMYAyADKAsyFy5jcS5jb25mb3JtYW5jZS52MS5TdGVwQgq6SAeSAQQIARAUIt0ECgRTdGVwEi8KBWxhYmVsGAEgASgJQiC6SB3YAQFyGDIWXlthLXpdW2EtejAtOV9dezAsMzF9JBJLCgdzZXJ2aWNlGAIgASgJQjq6SDdyNTIzXlthLXpdW2EtejAtOV9dKihcLlthLXowLTlfXSspKlwuW0EtWl1bQS1aYS16MC05XSokEioKBm1ldGhvZBgDIAEoCUIaukgXchUyE15bQS1aXVtBLVphLXowLTldKiQSKAoHcmVxdWVzdBgEIAEoCzIXLmdvb2dsZS5wcm90b2J1Zi5TdHJ1Y3QSMAoJcHJpbmNpcGFsGAUgASgJQh26SBpyGFIAUgVhbGljZVIDYm9iUghpbnRydWRlchJbCghtZXRhZGF0YRgGIAMoCzIlLmNxLmNvbmZvcm1hbmNlLnYxLlN0ZXAuTWV0YWRhdGFFbnRyeUIiukgfmgEcIhpyGDIWXlthLXowLTldW2EtejAtOV8uLV0qJBIdCgp0aW1lb3V0X21zGAcgASgNQgm6SAYqBBjg1AMSHgoMY2FuY2VsX2FmdGVyGAggASgNQgi6SAUqAxiQThI2CghwYWRkaW5ncxgJIAMoCzIaLmNxLmNvbmZvcm1hbmNlLnYxLlBhZGRpbmdCCLpIBZIBAhAEEhIKCnVuZGVjbGFyZWQYCiABKAgSNgoGZXhwZWN0GAsgASgLMh4uY3EuY29uZm9ybWFuY2UudjEuRXhwZWN0YXRpb25CBrpIA8gBARovCg1NZXRhZGF0YUVudHJ5EgsKA2tleRgBIAEoCRINCgV2YWx1ZRgCIAEoCToCOAEidwoHUGFkZGluZxJOCgpmaWVsZF9wYXRoGAEgASgJQjq6SDdyNTIzXltBLVphLXpfXVtBLVphLXowLTlfXSooXC5bQS1aYS16X11bQS1aYS16MC05X10qKSokEhwKBmxlbmd0aBgCIAEoDUIMukgJKgcYgICABCAAIqYECgtFeHBlY3RhdGlvbhIoCgRjb2RlGAEgASgOMhAuZ29vZ2xlLnJwYy5Db2RlQgi6SAWCAQIQARIPCgdtZXNzYWdlGAIgASgJEhQKDGVycm9yX3JlYXNvbhgDIAEoCRIUCgxlcnJvcl9kb21haW4YBCABKAkSMAoKdmlvbGF0aW9ucxgFIAMoCzIcLmNxLmNvbmZvcm1hbmNlLnYxLlZpb2xhdGlvbhIqCglyZXNwb25zZXMYBiADKAsyFy5nb29nbGUucHJvdG9idWYuU3RydWN0EhsKDnJlc3BvbnNlX2NvdW50GAcgASgNSACIAQESDwoHcHJlc2VudBgIIAMoCRIyCglzZXF1ZW5jZXMYCSADKAsyHy5jcS5jb25mb3JtYW5jZS52MS5TZXF1ZW5jZVJ1bGUSPAoHaGVhZGVycxgKIAMoCzIrLmNxLmNvbmZvcm1hbmNlLnYxLkV4cGVjdGF0aW9uLkhlYWRlcnNFbnRyeRI+Cgh0cmFpbGVycxgLIAMoCzIsLmNxLmNvbmZvcm1hbmNlLnYxLkV4cGVjdGF0aW9uLlRyYWlsZXJzRW50cnkaLgoMSGVhZGVyc0VudHJ5EgsKA2tleRgBIAEoCRINCgV2YWx1ZRgCIAEoCToCOAEaLwoNVHJhaWxlcnNFbnRyeRILCgNrZXkYASABKAkSDQoFdmFsdWUYAiABKAk6AjgBQhEKD19yZXNwb25zZV9jb3VudCI5CglWaW9sYXRpb24SEgoKZmllbGRfcGF0aBgBIAEoCRIYCgdydWxlX2lkGAIgASgJQge6SARyAhABInEKDFNlcXVlbmNlUnVsZRIXCgVwYXRocxgBIAMoCUIIukgFkgECCAESEwoLY29uc2VjdXRpdmUYAiABKAgSEgoFZmlyc3QYAyABKARIAIgBARIVCg1wcmV2aW91c19wYXRoGAQgASgJQggKBl9maXJzdELLAQoVY29tLmNxLmNvbmZvcm1hbmNlLnYxQglDYXNlUHJvdG9QAVpBZ2l0aHViLmNvbS9jcS1wbGF0Zm9ybS9jcWMvZ2VuL2dvL2NxL2NvbmZvcm1hbmNlL3YxO2NvbmZvcm1hbmNldjGiAgNDQ1iqAhFDcS5Db25mb3JtYW5jZS5WMcoCEUNxXENvbmZvcm1hbmNlXFYx4gIdQ3FcQ29uZm9ybWFuY2VcVjFcR1BCTWV0YWRhdGHqAhNDcTo6Q29uZm9ybWFuY2U6OlYxYgZwcm90bzM", [file_buf_validate_validate, file_google_protobuf_struct, file_google_rpc_code]);
/**
 * Describes the message cq.conformance.v1.CaseFile.
 * Use `create(CaseFileSchema)` to create a new message.
 */
export const CaseFileSchema = /*@__PURE__*/ messageDesc(file_cq_conformance_v1_case, 0);
/**
 * Describes the message cq.conformance.v1.Case.
 * Use `create(CaseSchema)` to create a new message.
 */
export const CaseSchema = /*@__PURE__*/ messageDesc(file_cq_conformance_v1_case, 1);
/**
 * Describes the message cq.conformance.v1.Step.
 * Use `create(StepSchema)` to create a new message.
 */
export const StepSchema = /*@__PURE__*/ messageDesc(file_cq_conformance_v1_case, 2);
/**
 * Describes the message cq.conformance.v1.Padding.
 * Use `create(PaddingSchema)` to create a new message.
 */
export const PaddingSchema = /*@__PURE__*/ messageDesc(file_cq_conformance_v1_case, 3);
/**
 * Describes the message cq.conformance.v1.Expectation.
 * Use `create(ExpectationSchema)` to create a new message.
 */
export const ExpectationSchema = /*@__PURE__*/ messageDesc(file_cq_conformance_v1_case, 4);
/**
 * Describes the message cq.conformance.v1.Violation.
 * Use `create(ViolationSchema)` to create a new message.
 */
export const ViolationSchema = /*@__PURE__*/ messageDesc(file_cq_conformance_v1_case, 5);
/**
 * Describes the message cq.conformance.v1.SequenceRule.
 * Use `create(SequenceRuleSchema)` to create a new message.
 */
export const SequenceRuleSchema = /*@__PURE__*/ messageDesc(file_cq_conformance_v1_case, 6);
