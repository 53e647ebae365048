// Copyright 2026 CQC authors. Licensed under the Apache License, Version 2.0.
import { fileDesc, messageDesc } from "@bufbuild/protobuf/codegenv2";
import { file_buf_validate_validate } from "../../../buf/validate/validate_pb.js";
import { file_google_protobuf_timestamp } from "@bufbuild/protobuf/wkt";
/**
 * Describes the file cq/types/v1/time_range.proto.
 */
export const file_cq_types_v1_time_range = /*@__PURE__*/ fileDesc("ChxjcS90eXBlcy92MS90aW1lX3JhbmdlLnByb3RvEgtjcS50eXBlcy52MSL7AQoJVGltZVJhbmdlEjYKCnN0YXJ0X3RpbWUYASABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wQga6SAPIAQESLAoIZW5kX3RpbWUYAiABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wOocBukiDARqAAQofdGltZV9yYW5nZS5lbmRfbm90X2JlZm9yZV9zdGFydBIkZW5kX3RpbWUgbXVzdCBub3QgcHJlY2VkZSBzdGFydF90aW1lGjchaGFzKHRoaXMuZW5kX3RpbWUpIHx8IHRoaXMuZW5kX3RpbWUgPj0gdGhpcy5zdGFydF90aW1lQqYBCg9jb20uY3EudHlwZXMudjFCDlRpbWVSYW5nZVByb3RvUAFaNWdpdGh1Yi5jb20vY3EtcGxhdGZvcm0vY3FjL2dlbi9nby9jcS90eXBlcy92MTt0eXBlc3YxogIDQ1RYqgILQ3EuVHlwZXMuVjHKAgtDcVxUeXBlc1xWMeICF0NxXFR5cGVzXFYxXEdQQk1ldGFkYXRh6gINQ3E6OlR5cGVzOjpWMWIGcHJvdG8z", [file_buf_validate_validate, file_google_protobuf_timestamp]);
/**
 * Describes the message cq.types.v1.TimeRange.
 * Use `create(TimeRangeSchema)` to create a new message.
 */
export const TimeRangeSchema = /*@__PURE__*/ messageDesc(file_cq_types_v1_time_range, 0);
