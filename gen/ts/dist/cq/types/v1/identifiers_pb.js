// Copyright 2026 CQC authors. Licensed under the Apache License, Version 2.0.
import { fileDesc, messageDesc } from "@bufbuild/protobuf/codegenv2";
import { file_buf_validate_validate } from "../../../buf/validate/validate_pb.js";
/**
 * Describes the file cq/types/v1/identifiers.proto.
 */
export const file_cq_types_v1_identifiers = /*@__PURE__*/ fileDesc("Ch1jcS90eXBlcy92MS9pZGVudGlmaWVycy5wcm90bxILY3EudHlwZXMudjEiagoLVmVudWVTeW1ib2wSMgoIdmVudWVfaWQYASABKAlCILpIHcgBAXIYMhZeW2Etel1bYS16MC05X117MCwzMX0kEhYKBnN5bWJvbBgCIAEoCUIGukgDyAEBEg8KB25ldHdvcmsYAyABKAlCqAEKD2NvbS5jcS50eXBlcy52MUIQSWRlbnRpZmllcnNQcm90b1ABWjVnaXRodWIuY29tL2NxLXBsYXRmb3JtL2NxYy9nZW4vZ28vY3EvdHlwZXMvdjE7dHlwZXN2MaICA0NUWKoCC0NxLlR5cGVzLlYxygILQ3FcVHlwZXNcVjHiAhdDcVxUeXBlc1xWMVxHUEJNZXRhZGF0YeoCDUNxOjpUeXBlczo6VjFiBnByb3RvMw", [file_buf_validate_validate]);
/**
 * Describes the message cq.types.v1.VenueSymbol.
 * Use `create(VenueSymbolSchema)` to create a new message.
 */
export const VenueSymbolSchema = /*@__PURE__*/ messageDesc(file_cq_types_v1_identifiers, 0);
