// Copyright 2026 CQC authors. Licensed under the Apache License, Version 2.0.
import { fileDesc, messageDesc } from "@bufbuild/protobuf/codegenv2";
import { file_buf_validate_validate } from "../../../buf/validate/validate_pb.js";
import { file_cq_types_v1_decimal } from "./decimal_pb.js";
/**
 * Describes the file cq/types/v1/amount.proto.
 */
export const file_cq_types_v1_amount = /*@__PURE__*/ fileDesc("ChhjcS90eXBlcy92MS9hbW91bnQucHJvdG8SC2NxLnR5cGVzLnYxIm0KBkFtb3VudBIrCgV2YWx1ZRgBIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWxCBrpIA8gBARI2Cghhc3NldF9pZBgCIAEoCUIkukghyAEBchwyGl5bQS1aMC05XVtBLVowLTkuX117MCwzMX0kQqMBCg9jb20uY3EudHlwZXMudjFCC0Ftb3VudFByb3RvUAFaNWdpdGh1Yi5jb20vY3EtcGxhdGZvcm0vY3FjL2dlbi9nby9jcS90eXBlcy92MTt0eXBlc3YxogIDQ1RYqgILQ3EuVHlwZXMuVjHKAgtDcVxUeXBlc1xWMeICF0NxXFR5cGVzXFYxXEdQQk1ldGFkYXRh6gINQ3E6OlR5cGVzOjpWMWIGcHJvdG8z", [file_buf_validate_validate, file_cq_types_v1_decimal]);
/**
 * Describes the message cq.types.v1.Amount.
 * Use `create(AmountSchema)` to create a new message.
 */
export const AmountSchema = /*@__PURE__*/ messageDesc(file_cq_types_v1_amount, 0);
