// Copyright 2026 CQC authors. Licensed under the Apache License, Version 2.0.
import { fileDesc, messageDesc } from "@bufbuild/protobuf/codegenv2";
import { file_buf_validate_validate } from "../../../buf/validate/validate_pb.js";
/**
 * Describes the file cq/types/v1/decimal.proto.
 */
export const file_cq_types_v1_decimal = /*@__PURE__*/ fileDesc("ChljcS90eXBlcy92MS9kZWNpbWFsLnByb3RvEgtjcS50eXBlcy52MSJLCgdEZWNpbWFsEkAKBXZhbHVlGAEgASgJQjG6SC5yLDIqXlsrLV0/WzAtOV0rKFwuWzAtOV0rKT8oW2VFXVsrLV0/WzAtOV0rKT8kQqQBCg9jb20uY3EudHlwZXMudjFCDERlY2ltYWxQcm90b1ABWjVnaXRodWIuY29tL2NxLXBsYXRmb3JtL2NxYy9nZW4vZ28vY3EvdHlwZXMvdjE7dHlwZXN2MaICA0NUWKoCC0NxLlR5cGVzLlYxygILQ3FcVHlwZXNcVjHiAhdDcVxUeXBlc1xWMVxHUEJNZXRhZGF0YeoCDUNxOjpUeXBlczo6VjFiBnByb3RvMw", [file_buf_validate_validate]);
/**
 * Describes the message cq.types.v1.Decimal.
 * Use `create(DecimalSchema)` to create a new message.
 */
export const DecimalSchema = /*@__PURE__*/ messageDesc(file_cq_types_v1_decimal, 0);
