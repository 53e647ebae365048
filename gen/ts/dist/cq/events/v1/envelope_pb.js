// Copyright 2026 CQC authors. Licensed under the Apache License, Version 2.0.
import { enumDesc, fileDesc, messageDesc } from "@bufbuild/protobuf/codegenv2";
import { file_cq_events_v1_events } from "./events_pb.js";
import { file_google_protobuf_timestamp } from "@bufbuild/protobuf/wkt";
/**
 * Describes the file cq/events/v1/envelope.proto.
 */
export const file_cq_events_v1_envelope = /*@__PURE__*/ fileDesc("ChtjcS9ldmVudHMvdjEvZW52ZWxvcGUucHJvdG8SDGNxLmV2ZW50cy52MSLEBgoNRXZlbnRFbnZlbG9wZRIKCgJpZBgBIAEoCRIOCgZzb3VyY2UYAiABKAkSFAoMc3BlY192ZXJzaW9uGAMgASgJEgwKBHR5cGUYBCABKAkSDwoHc3ViamVjdBgFIAEoCRIoCgR0aW1lGAYgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcBIZChFkYXRhX2NvbnRlbnRfdHlwZRgHIAEoCRITCgtkYXRhX3NjaGVtYRgIIAEoCRIQCghzZXF1ZW5jZRgJIAEoBBIVCg1wYXJ0aXRpb25fa2V5GAogASgJEhYKDmNvcnJlbGF0aW9uX2lkGAsgASgJEhQKDGNhdXNhdGlvbl9pZBgMIAEoCRIWCg5zY2hlbWFfdmVyc2lvbhgNIAEoCRIuCgpldmVudF90aW1lGA4gASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcBIwCgxyZWNlaXZlX3RpbWUYDyABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wEjAKDHB1Ymxpc2hfdGltZRgQIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXASLwoIY2hlY2tzdW0YESABKAsyHS5jcS5ldmVudHMudjEuUGF5bG9hZENoZWNrc3VtEjMKDWFzc2V0X2NyZWF0ZWQYZCABKAsyGi5jcS5ldmVudHMudjEuQXNzZXRDcmVhdGVkSAASNAoNcHJpY2VfdXBkYXRlZBjIASABKAsyGi5jcS5ldmVudHMudjEuUHJpY2VVcGRhdGVkSAASMgoMb3JkZXJfcGxhY2VkGKwCIAEoCzIZLmNxLmV2ZW50cy52MS5PcmRlclBsYWNlZEgAEj4KEmV4ZWN1dGlvbl9yZXBvcnRlZBitAiABKAsyHy5jcS5ldmVudHMudjEuRXhlY3V0aW9uUmVwb3J0ZWRIABI6ChBwb3NpdGlvbl9jaGFuZ2VkGJADIAEoCzIdLmNxLmV2ZW50cy52MS5Qb3NpdGlvbkNoYW5nZWRIABIuCgpyaXNrX2FsZXJ0GPQDIAEoCzIXLmNxLmV2ZW50cy52MS5SaXNrQWxlcnRIAEIJCgdwYXlsb2FkIlUKD1BheWxvYWRDaGVja3N1bRIyCglhbGdvcml0aG0YASABKA4yHy5jcS5ldmVudHMudjEuQ2hlY2tzdW1BbGdvcml0aG0SDgoGZGlnZXN0GAIgASgMKnUKEUNoZWNrc3VtQWxnb3JpdGhtEiIKHkNIRUNLU1VNX0FMR09SSVRITV9VTlNQRUNJRklFRBAAEh0KGUNIRUNLU1VNX0FMR09SSVRITV9TSEEyNTYQARIdChlDSEVDS1NVTV9BTEdPUklUSE1fQkxBS0UzEAJCrAEKEGNvbS5jcS5ldmVudHMudjFCDUVudmVsb3BlUHJvdG9QAVo3Z2l0aHViLmNvbS9jcS1wbGF0Zm9ybS9jcWMvZ2VuL2dvL2NxL2V2ZW50cy92MTtldmVudHN2MaICA0NFWKoCDENxLkV2ZW50cy5WMcoCDENxXEV2ZW50c1xWMeICGENxXEV2ZW50c1xWMVxHUEJNZXRhZGF0YeoCDkNxOjpFdmVudHM6OlYxYgZwcm90bzM", [file_cq_events_v1_events, file_google_protobuf_timestamp]);
/**
 * Describes the message cq.events.v1.EventEnvelope.
 * Use `create(EventEnvelopeSchema)` to create a new message.
 */
export const EventEnvelopeSchema = /*@__PURE__*/ messageDesc(file_cq_events_v1_envelope, 0);
/**
 * Describes the message cq.events.v1.PayloadChecksum.
 * Use `create(PayloadChecksumSchema)` to create a new message.
 */
export const PayloadChecksumSchema = /*@__PURE__*/ messageDesc(file_cq_events_v1_envelope, 1);
/**
 * A hash function used for payload checksums.
 *
 * @generated from enum cq.events.v1.ChecksumAlgorithm
 */
export var ChecksumAlgorithm;
(function (ChecksumAlgorithm) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: CHECKSUM_ALGORITHM_UNSPECIFIED = 0;
     */
    ChecksumAlgorithm[ChecksumAlgorithm["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * SHA-256 (FIPS 180-4); a 32-byte digest. The default for CQ producers.
     *
     * @generated from enum value: CHECKSUM_ALGORITHM_SHA256 = 1;
     */
    ChecksumAlgorithm[ChecksumAlgorithm["SHA256"] = 1] = "SHA256";
    /**
     * BLAKE3 in its default hash mode with a 32-byte output; faster than SHA-256 for large payloads.
     *
     * @generated from enum value: CHECKSUM_ALGORITHM_BLAKE3 = 2;
     */
    ChecksumAlgorithm[ChecksumAlgorithm["BLAKE3"] = 2] = "BLAKE3";
})(ChecksumAlgorithm || (ChecksumAlgorithm = {}));
/**
 * Describes the enum cq.events.v1.ChecksumAlgorithm.
 */
export const ChecksumAlgorithmSchema = /*@__PURE__*/ enumDesc(file_cq_events_v1_envelope, 0);
