// Copyright 2026 CQC authors. Licensed under the Apache License, Version 2.0.
import { fileDesc, messageDesc } from "@bufbuild/protobuf/codegenv2";
import { file_buf_validate_validate } from "../../../buf/validate/validate_pb.js";
/**
 * Describes the file cq/conformance/v1/driver.proto.
 */
export const file_cq_conformance_v1_driver = /*@__PURE__*/ fileDesc("Ch5jcS9jb25mb3JtYW5jZS92MS9kcml2ZXIucHJvdG8SEWNxLmNvbmZvcm1hbmNlLnYxIuUBCgtDYWxsUmVxdWVzdBIYCgdjYWxsX2lkGAEgASgEQge6SAQyAiAAEhgKB3NlcnZpY2UYAiABKAlCB7pIBHICEAESFwoGbWV0aG9kGAMgASgJQge6SARyAhABEhIKCnVuZGVjbGFyZWQYBCABKAgSDwoHcmVxdWVzdBgFIAEoDBINCgV0b2tlbhgGIAEoCRIrCghtZXRhZGF0YRgHIAMoCzIZLmNxLmNvbmZvcm1hbmNlLnYxLkhlYWRlchISCgp0aW1lb3V0X21zGAggASgNEhQKDGNhbmNlbF9hZnRlchgJIAEoDSItCgZIZWFkZXISFAoDa2V5GAEgASgJQge6SARyAhABEg0KBXZhbHVlGAIgASgJIqUCCgpDYWxsUmVzdWx0EhgKB2NhbGxfaWQYASABKARCB7pIBDICIAASEQoJcmVzcG9uc2VzGAIgAygMEioKB2hlYWRlcnMYAyADKAsyGS5jcS5jb25mb3JtYW5jZS52MS5IZWFkZXISKwoIdHJhaWxlcnMYBCADKAsyGS5jcS5jb25mb3JtYW5jZS52MS5IZWFkZXISNQoJc3VjY2VlZGVkGAUgASgLMiAuY3EuY29uZm9ybWFuY2UudjEuQ2FsbFN1Y2NlZWRlZEgAEi8KBmZhaWxlZBgGIAEoCzIdLmNxLmNvbmZvcm1hbmNlLnYxLkNhbGxGYWlsZWRIABIXCg1oYXJuZXNzX2Vycm9yGAcgASgJSABCEAoHb3V0Y29tZRIFukgCCAEiDwoNQ2FsbFN1Y2NlZWRlZCJcCgpDYWxsRmFpbGVkEgwKBGNvZGUYASABKAUSDwoHbWVzc2FnZRgCIAEoCRIvCgdkZXRhaWxzGAMgAygLMh4uY3EuY29uZm9ybWFuY2UudjEuRXJyb3JEZXRhaWwiLgoLRXJyb3JEZXRhaWwSEAoIdHlwZV91cmwYASABKAkSDQoFdmFsdWUYAiABKAxCzQEKFWNvbS5jcS5jb25mb3JtYW5jZS52MUILRHJpdmVyUHJvdG9QAVpBZ2l0aHViLmNvbS9jcS1wbGF0Zm9ybS9jcWMvZ2VuL2dvL2NxL2NvbmZvcm1hbmNlL3YxO2NvbmZvcm1hbmNldjGiAgNDQ1iqAhFDcS5Db25mb3JtYW5jZS5WMcoCEUNxXENvbmZvcm1hbmNlXFYx4gIdQ3FcQ29uZm9ybWFuY2VcVjFcR1BCTWV0YWRhdGHqAhNDcTo6Q29uZm9ybWFuY2U6OlYxYgZwcm90bzM", [file_buf_validate_validate]);
/**
 * Describes the message cq.conformance.v1.CallRequest.
 * Use `create(CallRequestSchema)` to create a new message.
 */
export const CallRequestSchema = /*@__PURE__*/ messageDesc(file_cq_conformance_v1_driver, 0);
/**
 * Describes the message cq.conformance.v1.Header.
 * Use `create(HeaderSchema)` to create a new message.
 */
export const HeaderSchema = /*@__PURE__*/ messageDesc(file_cq_conformance_v1_driver, 1);
/**
 * Describes the message cq.conformance.v1.CallResult.
 * Use `create(CallResultSchema)` to create a new message.
 */
export const CallResultSchema = /*@__PURE__*/ messageDesc(file_cq_conformance_v1_driver, 2);
/**
 * Describes the message cq.conformance.v1.CallSucceeded.
 * Use `create(CallSucceededSchema)` to create a new message.
 */
export const CallSucceededSchema = /*@__PURE__*/ messageDesc(file_cq_conformance_v1_driver, 3);
/**
 * Describes the message cq.conformance.v1.CallFailed.
 * Use `create(CallFailedSchema)` to create a new message.
 */
export const CallFailedSchema = /*@__PURE__*/ messageDesc(file_cq_conformance_v1_driver, 4);
/**
 * Describes the message cq.conformance.v1.ErrorDetail.
 * Use `create(ErrorDetailSchema)` to create a new message.
 */
export const ErrorDetailSchema = /*@__PURE__*/ messageDesc(file_cq_conformance_v1_driver, 5);
