// Copyright 2026 CQC authors. Licensed under the Apache License, Version 2.0.
import { fileDesc, messageDesc } from "@bufbuild/protobuf/codegenv2";
import { file_cq_types_v1_decimal } from "./decimal_pb.js";
/**
 * Describes the file cq/types/v1/amount.proto.
 */
export const file_cq_types_v1_amount = /*@__PURE__*/ fileDesc("ChhjcS90eXBlcy92MS9hbW91bnQucHJvdG8SC2NxLnR5cGVzLnYxIj8KBkFtb3VudBIjCgV2YWx1ZRgBIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwSEAoIYXNzZXRfaWQYAiABKAlCowEKD2NvbS5jcS50eXBlcy52MUILQW1vdW50UHJvdG9QAVo1Z2l0aHViLmNvbS9jcS1wbGF0Zm9ybS9jcWMvZ2VuL2dvL2NxL3R5cGVzL3YxO3R5cGVzdjGiAgNDVFiqAgtDcS5UeXBlcy5WMcoCC0NxXFR5cGVzXFYx4gIXQ3FcVHlwZXNcVjFcR1BCTWV0YWRhdGHqAg1DcTo6VHlwZXM6OlYxYgZwcm90bzM", [file_cq_types_v1_decimal]);
/**
 * Describes the message cq.types.v1.Amount.
 * Use `create(AmountSchema)` to create a new message.
 */
export const AmountSchema = /*@__PURE__*/ messageDesc(file_cq_types_v1_amount, 0);
