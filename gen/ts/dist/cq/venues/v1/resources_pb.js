// Copyright 2026 CQC authors. Licensed under the Apache License, Version 2.0.
import { enumDesc, fileDesc, messageDesc } from "@bufbuild/protobuf/codegenv2";
import { file_buf_validate_validate } from "../../../buf/validate/validate_pb.js";
import { file_cq_types_v1_amount } from "../../types/v1/amount_pb.js";
import { file_cq_types_v1_decimal } from "../../types/v1/decimal_pb.js";
import { file_cq_types_v1_identifiers } from "../../types/v1/identifiers_pb.js";
import { file_cq_types_v1_side } from "../../types/v1/side_pb.js";
import { file_google_protobuf_duration, file_google_protobuf_timestamp } from "@bufbuild/protobuf/wkt";
/**
 * Describes the file cq/venues/v1/resources.proto.
 */
export const file_cq_venues_v1_resources = /*@__PURE__*/ fileDesc("ChxjcS92ZW51ZXMvdjEvcmVzb3VyY2VzLnByb3RvEgxjcS52ZW51ZXMudjEi5gMKBVZlbnVlEhAKCHZlbnVlX2lkGAEgASgJEhQKDGRpc3BsYXlfbmFtZRgCIAEoCRIlCgR0eXBlGAMgASgOMhcuY3EudmVudWVzLnYxLlZlbnVlVHlwZRIpCgZzdGF0dXMYBCABKA4yGS5jcS52ZW51ZXMudjEuVmVudWVTdGF0dXMSFgoOc3RhdHVzX21lc3NhZ2UYBSABKAkSNgoVc3VwcG9ydGVkX29yZGVyX3R5cGVzGAYgAygOMhcuY3EudmVudWVzLnYxLk9yZGVyVHlwZRI6ChdzdXBwb3J0ZWRfdGltZV9pbl9mb3JjZRgHIAMoDjIZLmNxLnZlbnVlcy52MS5UaW1lSW5Gb3JjZRIaChJzdXBwb3J0c19wb3N0X29ubHkYCCABKAgSHAoUc3VwcG9ydHNfcmVkdWNlX29ubHkYCSABKAgSGAoQc3VwcG9ydHNfcmVwbGFjZRgKIAEoCBIPCgd0ZXN0bmV0GAsgASgIEhAKCGNoYWluX2lkGAwgASgJEi8KC2NyZWF0ZV90aW1lGA0gASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcBIvCgt1cGRhdGVfdGltZRgOIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXAipgMKDFZlbnVlQWNjb3VudBISCgphY2NvdW50X2lkGAEgASgJEhAKCHZlbnVlX2lkGAIgASgJEhAKCG93bmVyX2lkGAMgASgJEhQKDGRpc3BsYXlfbmFtZRgEIAEoCRInCgR0eXBlGAUgASgOMhkuY3EudmVudWVzLnYxLkFjY291bnRUeXBlEjAKBnN0YXR1cxgGIAEoDjIgLmNxLnZlbnVlcy52MS5WZW51ZUFjY291bnRTdGF0dXMSFQoNYmFzZV9jdXJyZW5jeRgHIAEoCRIWCg5tYXJnaW5fYWxsb3dlZBgIIAEoCBIqCgxtYXhfbGV2ZXJhZ2UYCSABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsEhgKEHZlbnVlX2FjY291bnRfaWQYCiABKAkSFgoOd2FsbGV0X2FkZHJlc3MYCyABKAkSLwoLY3JlYXRlX3RpbWUYDCABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wEi8KC3VwZGF0ZV90aW1lGA0gASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcCKoGAoFT3JkZXISEAoIb3JkZXJfaWQYASABKAkSIAoPY2xpZW50X29yZGVyX2lkGAIgASgJQge6SARyAhhAEhwKFG9yaWdfY2xpZW50X29yZGVyX2lkGAMgASgJEhYKDnZlbnVlX29yZGVyX2lkGAQgASgJEh4KCmFjY291bnRfaWQYBSABKAlCCrpIB8gBAXICGEASEAoIdmVudWVfaWQYBiABKAkSZgoNaW5zdHJ1bWVudF9pZBgHIAEoCUJPukhMyAEBckcyRV5bYS16XVthLXowLTlfXXswLDMxfTpbYS16XVthLXowLTlfXXswLDMxfTpbQS1aMC05XVtBLVowLTkuXy1dezAsNjN9JBIuCgx2ZW51ZV9zeW1ib2wYCCABKAsyGC5jcS50eXBlcy52MS5WZW51ZVN5bWJvbBIcCgtzdHJhdGVneV9pZBgJIAEoCUIHukgEcgIYQBIrCgRzaWRlGAogASgOMhEuY3EudHlwZXMudjEuU2lkZUIKukgHggEEEAEgABIxCgR0eXBlGAsgASgOMhcuY3EudmVudWVzLnYxLk9yZGVyVHlwZUIKukgHggEEEAEgABI6Cg10aW1lX2luX2ZvcmNlGAwgASgOMhkuY3EudmVudWVzLnYxLlRpbWVJbkZvcmNlQgi6SAWCAQIQARL4AQoLbGltaXRfcHJpY2UYDSABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsQswBukjIAboBxAEKEGRlY2ltYWwucG9zaXRpdmUSFm11c3QgYmUgZ3JlYXRlciB0aGFuIDAalwF0aGlzLnZhbHVlLm1hdGNoZXMoJ15bK10/WzAtOV0qWzEtOV1bMC05XSooXFwuWzAtOV0rKT8oW2VFXVsrLV0/WzAtOV0rKT8kJykgfHwgdGhpcy52YWx1ZS5tYXRjaGVzKCdeWytdP1swLTldK1xcLlswLTldKlsxLTldWzAtOV0qKFtlRV1bKy1dP1swLTldKyk/JCcpEvcBCgpzdG9wX3ByaWNlGA4gASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbELMAbpIyAG6AcQBChBkZWNpbWFsLnBvc2l0aXZlEhZtdXN0IGJlIGdyZWF0ZXIgdGhhbiAwGpcBdGhpcy52YWx1ZS5tYXRjaGVzKCdeWytdP1swLTldKlsxLTldWzAtOV0qKFxcLlswLTldKyk/KFtlRV1bKy1dP1swLTldKyk/JCcpIHx8IHRoaXMudmFsdWUubWF0Y2hlcygnXlsrXT9bMC05XStcXC5bMC05XSpbMS05XVswLTldKihbZUVdWystXT9bMC05XSspPyQnKRJEChJ0cmlnZ2VyX3ByaWNlX3R5cGUYDyABKA4yHi5jcS52ZW51ZXMudjEuVHJpZ2dlclByaWNlVHlwZUIIukgFggECEAES+AEKCHF1YW50aXR5GBAgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbELPAbpIywG6AcQBChBkZWNpbWFsLnBvc2l0aXZlEhZtdXN0IGJlIGdyZWF0ZXIgdGhhbiAwGpcBdGhpcy52YWx1ZS5tYXRjaGVzKCdeWytdP1swLTldKlsxLTldWzAtOV0qKFxcLlswLTldKyk/KFtlRV1bKy1dP1swLTldKyk/JCcpIHx8IHRoaXMudmFsdWUubWF0Y2hlcygnXlsrXT9bMC05XStcXC5bMC05XSpbMS05XVswLTldKihbZUVdWystXT9bMC05XSspPyQnKcgBARIRCglwb3N0X29ubHkYESABKAgSEwoLcmVkdWNlX29ubHkYEiABKAgSLwoLZXhwaXJlX3RpbWUYEyABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wEikKBnN0YXR1cxgUIAEoDjIZLmNxLnZlbnVlcy52MS5PcmRlclN0YXR1cxIqCgxjdW1fcXVhbnRpdHkYFSABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsEi0KD2xlYXZlc19xdWFudGl0eRgWIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwSKwoNYXZlcmFnZV9wcmljZRgXIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwSJQoIY3VtX2ZlZXMYGCADKAsyEy5jcS50eXBlcy52MS5BbW91bnQSNgoNcmVqZWN0X3JlYXNvbhgZIAEoDjIfLmNxLnZlbnVlcy52MS5PcmRlclJlamVjdFJlYXNvbhIVCg12ZW51ZV9tZXNzYWdlGBogASgJEi8KC2NyZWF0ZV90aW1lGBsgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcBIvCgt1cGRhdGVfdGltZRgcIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXASEAoIcXVvdGVfaWQYHSABKAk6hAq6SIAKGpwBChpvcmRlci5saW1pdF9wcmljZV9yZXF1aXJlZBJKbGltaXRfcHJpY2UgaXMgcmVxdWlyZWQgZm9yIExJTUlULCBTVE9QX0xJTUlUIGFuZCBUQUtFX1BST0ZJVF9MSU1JVCBvcmRlcnMaMiEodGhpcy50eXBlIGluIFsyLCA0LCA2XSkgfHwgaGFzKHRoaXMubGltaXRfcHJpY2UpGpcBCh1vcmRlci5saW1pdF9wcmljZV9ub3RfYWxsb3dlZBJBbGltaXRfcHJpY2UgbXVzdCBiZSB1bnNldCBmb3IgTUFSS0VULCBTVE9QIGFuZCBUQUtFX1BST0ZJVCBvcmRlcnMaMyEodGhpcy50eXBlIGluIFsxLCAzLCA1XSkgfHwgIWhhcyh0aGlzLmxpbWl0X3ByaWNlKRqoAQoZb3JkZXIuc3RvcF9wcmljZV9yZXF1aXJlZBJVc3RvcF9wcmljZSBpcyByZXF1aXJlZCBmb3IgU1RPUCwgU1RPUF9MSU1JVCwgVEFLRV9QUk9GSVQgYW5kIFRBS0VfUFJPRklUX0xJTUlUIG9yZGVycxo0ISh0aGlzLnR5cGUgaW4gWzMsIDQsIDUsIDZdKSB8fCBoYXModGhpcy5zdG9wX3ByaWNlKRqbAQocb3JkZXIuc3RvcF9wcmljZV9ub3RfYWxsb3dlZBJHc3RvcF9wcmljZSBtdXN0IGJlIHVuc2V0IGZvciBNQVJLRVQsIExJTUlUIGFuZCBQUkVWSU9VU0xZX1FVT1RFRCBvcmRlcnMaMiEodGhpcy50eXBlIGluIFsxLCAyLCA3XSkgfHwgIWhhcyh0aGlzLnN0b3BfcHJpY2UpGn0KGm9yZGVyLmV4cGlyZV90aW1lX3JlcXVpcmVkEi1leHBpcmVfdGltZSBpcyByZXF1aXJlZCBmb3IgVElNRV9JTl9GT1JDRV9HVEQaMHRoaXMudGltZV9pbl9mb3JjZSAhPSA0IHx8IGhhcyh0aGlzLmV4cGlyZV90aW1lKRqXAQodb3JkZXIuZXhwaXJlX3RpbWVfbm90X2FsbG93ZWQSQ2V4cGlyZV90aW1lIG11c3QgYmUgdW5zZXQgdW5sZXNzIHRpbWVfaW5fZm9yY2UgaXMgVElNRV9JTl9GT1JDRV9HVEQaMXRoaXMudGltZV9pbl9mb3JjZSA9PSA0IHx8ICFoYXModGhpcy5leHBpcmVfdGltZSkaagoab3JkZXIucG9zdF9vbmx5X2xpbWl0X29ubHkSKXBvc3Rfb25seSBpcyBvbmx5IGFsbG93ZWQgb24gTElNSVQgb3JkZXJzGiEhdGhpcy5wb3N0X29ubHkgfHwgdGhpcy50eXBlID09IDIacwoXb3JkZXIucXVvdGVfaWRfcmVxdWlyZWQSMXF1b3RlX2lkIGlzIHJlcXVpcmVkIGZvciBQUkVWSU9VU0xZX1FVT1RFRCBvcmRlcnMaJXRoaXMudHlwZSAhPSA3IHx8IHRoaXMucXVvdGVfaWQgIT0gJycagQEKGm9yZGVyLnF1b3RlX2lkX25vdF9hbGxvd2VkEjxxdW90ZV9pZCBtdXN0IGJlIGVtcHR5IHVubGVzcyB0aGUgb3JkZXIgaXMgUFJFVklPVVNMWV9RVU9URUQaJXRoaXMudHlwZSA9PSA3IHx8IHRoaXMucXVvdGVfaWQgPT0gJycizwIKB0JhbGFuY2USEgoKYWNjb3VudF9pZBgBIAEoCRIQCghhc3NldF9pZBgCIAEoCRIuCgx2ZW51ZV9zeW1ib2wYAyABKAsyGC5jcS50eXBlcy52MS5WZW51ZVN5bWJvbBIjCgV0b3RhbBgEIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwSIgoEZnJlZRgFIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwSJAoGbG9ja2VkGAYgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbBImCghib3Jyb3dlZBgHIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwSJgoIaW50ZXJlc3QYCCABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsEi8KC3VwZGF0ZV90aW1lGAkgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcCKDCAoPRXhlY3V0aW9uUmVwb3J0Eg8KB2V4ZWNfaWQYASABKAkSEAoIc2VxdWVuY2UYAiABKAQSEgoKYWNjb3VudF9pZBgDIAEoCRIQCghvcmRlcl9pZBgEIAEoCRIXCg9jbGllbnRfb3JkZXJfaWQYBSABKAkSHAoUb3JpZ19jbGllbnRfb3JkZXJfaWQYBiABKAkSFgoOdmVudWVfb3JkZXJfaWQYByABKAkSFQoNaW5zdHJ1bWVudF9pZBgIIAEoCRIfCgRzaWRlGAkgASgOMhEuY3EudHlwZXMudjEuU2lkZRIpCglleGVjX3R5cGUYCiABKA4yFi5jcS52ZW51ZXMudjEuRXhlY1R5cGUSLwoMb3JkZXJfc3RhdHVzGAsgASgOMhkuY3EudmVudWVzLnYxLk9yZGVyU3RhdHVzEiYKCHF1YW50aXR5GAwgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbBIpCgtsaW1pdF9wcmljZRgNIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwSKAoKc3RvcF9wcmljZRgOIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwSKwoNbGFzdF9xdWFudGl0eRgPIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwSKAoKbGFzdF9wcmljZRgQIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwSKgoMY3VtX3F1YW50aXR5GBEgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbBItCg9sZWF2ZXNfcXVhbnRpdHkYEiABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsEisKDWF2ZXJhZ2VfcHJpY2UYEyABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsEioKCWxpcXVpZGl0eRgUIAEoDjIXLmNxLnZlbnVlcy52MS5MaXF1aWRpdHkSIAoDZmVlGBUgASgLMhMuY3EudHlwZXMudjEuQW1vdW50EhYKDnZlbnVlX3RyYWRlX2lkGBYgASgJEhMKC2V4ZWNfcmVmX2lkGBcgASgJEjYKDXJlamVjdF9yZWFzb24YGCABKA4yHy5jcS52ZW51ZXMudjEuT3JkZXJSZWplY3RSZWFzb24SFQoNdmVudWVfbWVzc2FnZRgZIAEoCRIxCg10cmFuc2FjdF90aW1lGBogASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcBIwCgxyZWNlaXZlX3RpbWUYGyABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wEjkKEWV4ZWN1dGlvbl9xdWFsaXR5GBwgASgLMh4uY3EudmVudWVzLnYxLkV4ZWN1dGlvblF1YWxpdHkiwAEKEEV4ZWN1dGlvblF1YWxpdHkSKwoNYXJyaXZhbF9wcmljZRgBIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwSJQoIc2xpcHBhZ2UYAiABKAsyEy5jcS50eXBlcy52MS5BbW91bnQSFAoMc2xpcHBhZ2VfYnBzGAMgASgBEi8KDGZpbGxfbGF0ZW5jeRgEIAEoCzIZLmdvb2dsZS5wcm90b2J1Zi5EdXJhdGlvbhIRCglzaW11bGF0ZWQYBSABKAgiyQMKDENhbmNlbFJlamVjdBIYChBjYW5jZWxfcmVqZWN0X2lkGAEgASgJEhAKCHNlcXVlbmNlGAIgASgEEhIKCmFjY291bnRfaWQYAyABKAkSEAoIb3JkZXJfaWQYBCABKAkSFwoPY2xpZW50X29yZGVyX2lkGAUgASgJEhwKFG9yaWdfY2xpZW50X29yZGVyX2lkGAYgASgJEhYKDnZlbnVlX29yZGVyX2lkGAcgASgJEjkKC3Jlc3BvbnNlX3RvGAggASgOMiQuY3EudmVudWVzLnYxLkNhbmNlbFJlamVjdFJlc3BvbnNlVG8SLwoMb3JkZXJfc3RhdHVzGAkgASgOMhkuY3EudmVudWVzLnYxLk9yZGVyU3RhdHVzEjAKBnJlYXNvbhgKIAEoDjIgLmNxLnZlbnVlcy52MS5DYW5jZWxSZWplY3RSZWFzb24SFQoNdmVudWVfbWVzc2FnZRgLIAEoCRIxCg10cmFuc2FjdF90aW1lGAwgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcBIwCgxyZWNlaXZlX3RpbWUYDSABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wKpoBCglWZW51ZVR5cGUSGgoWVkVOVUVfVFlQRV9VTlNQRUNJRklFRBAAEhIKDlZFTlVFX1RZUEVfQ0VYEAESEgoOVkVOVUVfVFlQRV9ERVgQAhIVChFWRU5VRV9UWVBFX0JST0tFUhADEhgKFFZFTlVFX1RZUEVfUFJPUF9GSVJNEAQSGAoUVkVOVUVfVFlQRV9TSU1VTEFUT1IQBSq7AQoLVmVudWVTdGF0dXMSHAoYVkVOVUVfU1RBVFVTX1VOU1BFQ0lGSUVEEAASHAoYVkVOVUVfU1RBVFVTX09QRVJBVElPTkFMEAESGQoVVkVOVUVfU1RBVFVTX0RFR1JBREVEEAISHAoYVkVOVUVfU1RBVFVTX0NBTkNFTF9PTkxZEAMSHAoYVkVOVUVfU1RBVFVTX01BSU5URU5BTkNFEAQSGQoVVkVOVUVfU1RBVFVTX0RJU0FCTEVEEAUqkgEKC0FjY291bnRUeXBlEhwKGEFDQ09VTlRfVFlQRV9VTlNQRUNJRklFRBAAEhUKEUFDQ09VTlRfVFlQRV9DQVNIEAESFwoTQUNDT1VOVF9UWVBFX01BUkdJThACEhwKGEFDQ09VTlRfVFlQRV9ERVJJVkFUSVZFUxADEhcKE0FDQ09VTlRfVFlQRV9XQUxMRVQQBCqgAQoSVmVudWVBY2NvdW50U3RhdHVzEiQKIFZFTlVFX0FDQ09VTlRfU1RBVFVTX1VOU1BFQ0lGSUVEEAASHwobVkVOVUVfQUNDT1VOVF9TVEFUVVNfQUNUSVZFEAESIgoeVkVOVUVfQUNDT1VOVF9TVEFUVVNfU1VTUEVOREVEEAISHwobVkVOVUVfQUNDT1VOVF9TVEFUVVNfQ0xPU0VEEAMq5AEKCU9yZGVyVHlwZRIaChZPUkRFUl9UWVBFX1VOU1BFQ0lGSUVEEAASFQoRT1JERVJfVFlQRV9NQVJLRVQQARIUChBPUkRFUl9UWVBFX0xJTUlUEAISEwoPT1JERVJfVFlQRV9TVE9QEAMSGQoVT1JERVJfVFlQRV9TVE9QX0xJTUlUEAQSGgoWT1JERVJfVFlQRV9UQUtFX1BST0ZJVBAFEiAKHE9SREVSX1RZUEVfVEFLRV9QUk9GSVRfTElNSVQQBhIgChxPUkRFUl9UWVBFX1BSRVZJT1VTTFlfUVVPVEVEEAcqnwEKC1RpbWVJbkZvcmNlEh0KGVRJTUVfSU5fRk9SQ0VfVU5TUEVDSUZJRUQQABIVChFUSU1FX0lOX0ZPUkNFX0dUQxABEhUKEVRJTUVfSU5fRk9SQ0VfSU9DEAISFQoRVElNRV9JTl9GT1JDRV9GT0sQAxIVChFUSU1FX0lOX0ZPUkNFX0dURBAEEhUKEVRJTUVfSU5fRk9SQ0VfREFZEAUqjgEKEFRyaWdnZXJQcmljZVR5cGUSIgoeVFJJR0dFUl9QUklDRV9UWVBFX1VOU1BFQ0lGSUVEEAASGwoXVFJJR0dFUl9QUklDRV9UWVBFX0xBU1QQARIbChdUUklHR0VSX1BSSUNFX1RZUEVfTUFSSxACEhwKGFRSSUdHRVJfUFJJQ0VfVFlQRV9JTkRFWBADKq4CCgtPcmRlclN0YXR1cxIcChhPUkRFUl9TVEFUVVNfVU5TUEVDSUZJRUQQABIcChhPUkRFUl9TVEFUVVNfUEVORElOR19ORVcQARIUChBPUkRFUl9TVEFUVVNfTkVXEAISIQodT1JERVJfU1RBVFVTX1BBUlRJQUxMWV9GSUxMRUQQAxIXChNPUkRFUl9TVEFUVVNfRklMTEVEEAQSHwobT1JERVJfU1RBVFVTX1BFTkRJTkdfQ0FOQ0VMEAUSGQoVT1JERVJfU1RBVFVTX0NBTkNFTEVEEAYSIAocT1JERVJfU1RBVFVTX1BFTkRJTkdfUkVQTEFDRRAHEhkKFU9SREVSX1NUQVRVU19SRUpFQ1RFRBAIEhgKFE9SREVSX1NUQVRVU19FWFBJUkVEEAkq7gIKCEV4ZWNUeXBlEhkKFUVYRUNfVFlQRV9VTlNQRUNJRklFRBAAEhkKFUVYRUNfVFlQRV9QRU5ESU5HX05FVxABEhEKDUVYRUNfVFlQRV9ORVcQAhITCg9FWEVDX1RZUEVfVFJBREUQAxIcChhFWEVDX1RZUEVfUEVORElOR19DQU5DRUwQBBIWChJFWEVDX1RZUEVfQ0FOQ0VMRUQQBRIdChlFWEVDX1RZUEVfUEVORElOR19SRVBMQUNFEAYSFgoSRVhFQ19UWVBFX1JFUExBQ0VEEAcSFgoSRVhFQ19UWVBFX1JFSkVDVEVEEAgSFQoRRVhFQ19UWVBFX0VYUElSRUQQCRIWChJFWEVDX1RZUEVfUkVTVEFURUQQChIXChNFWEVDX1RZUEVfVFJJR0dFUkVEEAsSGgoWRVhFQ19UWVBFX1RSQURFX0NBTkNFTBAMEhsKF0VYRUNfVFlQRV9UUkFERV9DT1JSRUNUEA0qZwoJTGlxdWlkaXR5EhkKFUxJUVVJRElUWV9VTlNQRUNJRklFRBAAEhMKD0xJUVVJRElUWV9NQUtFUhABEhMKD0xJUVVJRElUWV9UQUtFUhACEhUKEUxJUVVJRElUWV9BVUNUSU9OEAMqrgcKEU9yZGVyUmVqZWN0UmVhc29uEiMKH09SREVSX1JFSkVDVF9SRUFTT05fVU5TUEVDSUZJRUQQABIkCiBPUkRFUl9SRUpFQ1RfUkVBU09OX1ZFTlVFX09QVElPThABEioKJk9SREVSX1JFSkVDVF9SRUFTT05fVU5LTk9XTl9JTlNUUlVNRU5UEAISJQohT1JERVJfUkVKRUNUX1JFQVNPTl9NQVJLRVRfQ0xPU0VEEAMSJQohT1JERVJfUkVKRUNUX1JFQVNPTl9FWENFRURTX0xJTUlUEAQSIAocT1JERVJfUkVKRUNUX1JFQVNPTl9UT09fTEFURRAFEicKI09SREVSX1JFSkVDVF9SRUFTT05fRFVQTElDQVRFX09SREVSEAYSIwofT1JERVJfUkVKRUNUX1JFQVNPTl9TVEFMRV9PUkRFUhAHEjgKNE9SREVSX1JFSkVDVF9SRUFTT05fVU5TVVBQT1JURURfT1JERVJfQ0hBUkFDVEVSSVNUSUMQCBIoCiRPUkRFUl9SRUpFQ1RfUkVBU09OX0lOVkFMSURfUVVBTlRJVFkQCRInCiNPUkRFUl9SRUpFQ1RfUkVBU09OX1VOS05PV05fQUNDT1VOVBAKEioKJk9SREVSX1JFSkVDVF9SRUFTT05fUFJJQ0VfT1VUU0lERV9CQU5EEAsSLworT1JERVJfUkVKRUNUX1JFQVNPTl9JTlZBTElEX1BSSUNFX0lOQ1JFTUVOVBAMEigKJE9SREVSX1JFSkVDVF9SRUFTT05fSU5WQUxJRF9OT1RJT05BTBANEioKJk9SREVSX1JFSkVDVF9SRUFTT05fSU5TVUZGSUNJRU5UX0ZVTkRTEA4SKwonT1JERVJfUkVKRUNUX1JFQVNPTl9JTlNVRkZJQ0lFTlRfTUFSR0lOEA8SLAooT1JERVJfUkVKRUNUX1JFQVNPTl9QT1NUX09OTFlfV09VTERfVEFLRRAQEjIKLk9SREVSX1JFSkVDVF9SRUFTT05fUkVEVUNFX09OTFlfV09VTERfSU5DUkVBU0UQERIkCiBPUkRFUl9SRUpFQ1RfUkVBU09OX1JBVEVfTElNSVRFRBASEikKJU9SREVSX1JFSkVDVF9SRUFTT05fUklTS19DSEVDS19GQUlMRUQQExIdChlPUkRFUl9SRUpFQ1RfUkVBU09OX09USEVSEBQSJQohT1JERVJfUkVKRUNUX1JFQVNPTl9RVU9URV9FWFBJUkVEEBUqtwQKEkNhbmNlbFJlamVjdFJlYXNvbhIkCiBDQU5DRUxfUkVKRUNUX1JFQVNPTl9VTlNQRUNJRklFRBAAEiEKHUNBTkNFTF9SRUpFQ1RfUkVBU09OX1RPT19MQVRFEAESJgoiQ0FOQ0VMX1JFSkVDVF9SRUFTT05fVU5LTk9XTl9PUkRFUhACEiUKIUNBTkNFTF9SRUpFQ1RfUkVBU09OX1ZFTlVFX09QVElPThADEigKJENBTkNFTF9SRUpFQ1RfUkVBU09OX0FMUkVBRFlfUEVORElORxAEEjIKLkNBTkNFTF9SRUpFQ1RfUkVBU09OX0RVUExJQ0FURV9DTElFTlRfT1JERVJfSUQQBRIrCidDQU5DRUxfUkVKRUNUX1JFQVNPTl9QUklDRV9PVVRTSURFX0JBTkQQBhIwCixDQU5DRUxfUkVKRUNUX1JFQVNPTl9JTlZBTElEX1BSSUNFX0lOQ1JFTUVOVBAHEikKJUNBTkNFTF9SRUpFQ1RfUkVBU09OX0lOVkFMSURfUVVBTlRJVFkQCBIrCidDQU5DRUxfUkVKRUNUX1JFQVNPTl9JTlNVRkZJQ0lFTlRfRlVORFMQCRItCilDQU5DRUxfUkVKRUNUX1JFQVNPTl9QT1NUX09OTFlfV09VTERfVEFLRRAKEiUKIUNBTkNFTF9SRUpFQ1RfUkVBU09OX1JBVEVfTElNSVRFRBALEh4KGkNBTkNFTF9SRUpFQ1RfUkVBU09OX09USEVSEAwqkAEKFkNhbmNlbFJlamVjdFJlc3BvbnNlVG8SKQolQ0FOQ0VMX1JFSkVDVF9SRVNQT05TRV9UT19VTlNQRUNJRklFRBAAEiQKIENBTkNFTF9SRUpFQ1RfUkVTUE9OU0VfVE9fQ0FOQ0VMEAESJQohQ0FOQ0VMX1JFSkVDVF9SRVNQT05TRV9UT19SRVBMQUNFEAJCrQEKEGNvbS5jcS52ZW51ZXMudjFCDlJlc291cmNlc1Byb3RvUAFaN2dpdGh1Yi5jb20vY3EtcGxhdGZvcm0vY3FjL2dlbi9nby9jcS92ZW51ZXMvdjE7dmVudWVzdjGiAgNDVliqAgxDcS5WZW51ZXMuVjHKAgxDcVxWZW51ZXNcVjHiAhhDcVxWZW51ZXNcVjFcR1BCTWV0YWRhdGHqAg5DcTo6VmVudWVzOjpWMWIGcHJvdG8z", [file_buf_validate_validate, file_cq_types_v1_amount, file_cq_types_v1_decimal, file_cq_types_v1_identifiers, file_cq_types_v1_side, file_google_protobuf_duration, file_google_protobuf_timestamp]);
/**
 * Describes the message cq.venues.v1.Venue.
 * Use `create(VenueSchema)` to create a new message.
 */
export const VenueSchema = /*@__PURE__*/ messageDesc(file_cq_venues_v1_resources, 0);
/**
 * Describes the message cq.venues.v1.VenueAccount.
 * Use `create(VenueAccountSchema)` to create a new message.
 */
export const VenueAccountSchema = /*@__PURE__*/ messageDesc(file_cq_venues_v1_resources, 1);
/**
 * Describes the message cq.venues.v1.Order.
 * Use `create(OrderSchema)` to create a new message.
 */
export const OrderSchema = /*@__PURE__*/ messageDesc(file_cq_venues_v1_resources, 2);
/**
 * Describes the message cq.venues.v1.Balance.
 * Use `create(BalanceSchema)` to create a new message.
 */
export const BalanceSchema = /*@__PURE__*/ messageDesc(file_cq_venues_v1_resources, 3);
/**
 * Describes the message cq.venues.v1.ExecutionReport.
 * Use `create(ExecutionReportSchema)` to create a new message.
 */
export const ExecutionReportSchema = /*@__PURE__*/ messageDesc(file_cq_venues_v1_resources, 4);
/**
 * Describes the message cq.venues.v1.ExecutionQuality.
 * Use `create(ExecutionQualitySchema)` to create a new message.
 */
export const ExecutionQualitySchema = /*@__PURE__*/ messageDesc(file_cq_venues_v1_resources, 5);
/**
 * Describes the message cq.venues.v1.CancelReject.
 * Use `create(CancelRejectSchema)` to create a new message.
 */
export const CancelRejectSchema = /*@__PURE__*/ messageDesc(file_cq_venues_v1_resources, 6);
/**
 * The kind of place an order is routed to. It decides how orders settle and which order features
 * exist (a DEX has no GTD orders and settles on chain; a prop firm trades on borrowed capital).
 *
 * @generated from enum cq.venues.v1.VenueType
 */
export var VenueType;
(function (VenueType) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: VENUE_TYPE_UNSPECIFIED = 0;
     */
    VenueType[VenueType["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * A centralised crypto exchange with a custodial account and an API (Kraken, Binance, Coinbase).
     *
     * @generated from enum value: VENUE_TYPE_CEX = 1;
     */
    VenueType[VenueType["CEX"] = 1] = "CEX";
    /**
     * A decentralised exchange or on-chain order book; orders are signed by a wallet and settle on chain.
     *
     * @generated from enum value: VENUE_TYPE_DEX = 2;
     */
    VenueType[VenueType["DEX"] = 2] = "DEX";
    /**
     * A broker or dealer that routes orders to exchanges or fills them itself (for equities, futures,
     * options and bonds).
     *
     * @generated from enum value: VENUE_TYPE_BROKER = 3;
     */
    VenueType[VenueType["BROKER"] = 3] = "BROKER";
    /**
     * A proprietary trading firm's funded account, trading the firm's capital under its rules.
     *
     * @generated from enum value: VENUE_TYPE_PROP_FIRM = 4;
     */
    VenueType[VenueType["PROP_FIRM"] = 4] = "PROP_FIRM";
    /**
     * The CQ trading simulator: orders match against recorded or synthetic books; no real money moves.
     *
     * @generated from enum value: VENUE_TYPE_SIMULATOR = 5;
     */
    VenueType[VenueType["SIMULATOR"] = 5] = "SIMULATOR";
})(VenueType || (VenueType = {}));
/**
 * Describes the enum cq.venues.v1.VenueType.
 */
export const VenueTypeSchema = /*@__PURE__*/ enumDesc(file_cq_venues_v1_resources, 0);
/**
 * Whether a venue is currently accepting orders, as last observed by its gateway.
 *
 * @generated from enum cq.venues.v1.VenueStatus
 */
export var VenueStatus;
(function (VenueStatus) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: VENUE_STATUS_UNSPECIFIED = 0;
     */
    VenueStatus[VenueStatus["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * Accepting, canceling and executing orders normally.
     *
     * @generated from enum value: VENUE_STATUS_OPERATIONAL = 1;
     */
    VenueStatus[VenueStatus["OPERATIONAL"] = 1] = "OPERATIONAL";
    /**
     * Accepting orders, but the gateway sees elevated latency, errors or stale data; expect delays.
     *
     * @generated from enum value: VENUE_STATUS_DEGRADED = 2;
     */
    VenueStatus[VenueStatus["DEGRADED"] = 2] = "DEGRADED";
    /**
     * Only cancels are accepted; new orders and replaces are rejected (common around incidents).
     *
     * @generated from enum value: VENUE_STATUS_CANCEL_ONLY = 3;
     */
    VenueStatus[VenueStatus["CANCEL_ONLY"] = 3] = "CANCEL_ONLY";
    /**
     * Down for maintenance or unreachable; no order can be placed or canceled.
     *
     * @generated from enum value: VENUE_STATUS_MAINTENANCE = 4;
     */
    VenueStatus[VenueStatus["MAINTENANCE"] = 4] = "MAINTENANCE";
    /**
     * Disabled in CQ (delisted or switched off by operators); kept for history only.
     *
     * @generated from enum value: VENUE_STATUS_DISABLED = 5;
     */
    VenueStatus[VenueStatus["DISABLED"] = 5] = "DISABLED";
})(VenueStatus || (VenueStatus = {}));
/**
 * Describes the enum cq.venues.v1.VenueStatus.
 */
export const VenueStatusSchema = /*@__PURE__*/ enumDesc(file_cq_venues_v1_resources, 1);
/**
 * How a venue account funds its trades.
 *
 * @generated from enum cq.venues.v1.AccountType
 */
export var AccountType;
(function (AccountType) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: ACCOUNT_TYPE_UNSPECIFIED = 0;
     */
    AccountType[AccountType["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * Trades are paid for in full from the account's own balances; no borrowing, no short selling.
     *
     * @generated from enum value: ACCOUNT_TYPE_CASH = 1;
     */
    AccountType[AccountType["CASH"] = 1] = "CASH";
    /**
     * Spot trading with borrowed funds or assets (leverage and short selling); balances can carry debt.
     *
     * @generated from enum value: ACCOUNT_TYPE_MARGIN = 2;
     */
    AccountType[AccountType["MARGIN"] = 2] = "MARGIN";
    /**
     * Futures, perpetuals or options collateralised by margin; positions are contracts, not assets.
     *
     * @generated from enum value: ACCOUNT_TYPE_DERIVATIVES = 3;
     */
    AccountType[AccountType["DERIVATIVES"] = 3] = "DERIVATIVES";
    /**
     * A self-custodied on-chain wallet trading on a DEX; the account is the wallet address.
     *
     * @generated from enum value: ACCOUNT_TYPE_WALLET = 4;
     */
    AccountType[AccountType["WALLET"] = 4] = "WALLET";
})(AccountType || (AccountType = {}));
/**
 * Describes the enum cq.venues.v1.AccountType.
 */
export const AccountTypeSchema = /*@__PURE__*/ enumDesc(file_cq_venues_v1_resources, 2);
/**
 * Whether a venue account can trade.
 *
 * @generated from enum cq.venues.v1.VenueAccountStatus
 */
export var VenueAccountStatus;
(function (VenueAccountStatus) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: VENUE_ACCOUNT_STATUS_UNSPECIFIED = 0;
     */
    VenueAccountStatus[VenueAccountStatus["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * Can place, replace and cancel orders.
     *
     * @generated from enum value: VENUE_ACCOUNT_STATUS_ACTIVE = 1;
     */
    VenueAccountStatus[VenueAccountStatus["ACTIVE"] = 1] = "ACTIVE";
    /**
     * Read only: orders can be canceled but not placed (trading frozen by the venue, the prop firm's
     * rules or a CQ operator).
     *
     * @generated from enum value: VENUE_ACCOUNT_STATUS_SUSPENDED = 2;
     */
    VenueAccountStatus[VenueAccountStatus["SUSPENDED"] = 2] = "SUSPENDED";
    /**
     * Closed; kept for history only.
     *
     * @generated from enum value: VENUE_ACCOUNT_STATUS_CLOSED = 3;
     */
    VenueAccountStatus[VenueAccountStatus["CLOSED"] = 3] = "CLOSED";
})(VenueAccountStatus || (VenueAccountStatus = {}));
/**
 * Describes the enum cq.venues.v1.VenueAccountStatus.
 */
export const VenueAccountStatusSchema = /*@__PURE__*/ enumDesc(file_cq_venues_v1_resources, 3);
/**
 * How an order is priced and when it becomes active.
 *
 * @generated from enum cq.venues.v1.OrderType
 */
export var OrderType;
(function (OrderType) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: ORDER_TYPE_UNSPECIFIED = 0;
     */
    OrderType[OrderType["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * Executes immediately at the best available prices; no limit_price.
     *
     * @generated from enum value: ORDER_TYPE_MARKET = 1;
     */
    OrderType[OrderType["MARKET"] = 1] = "MARKET";
    /**
     * Executes at limit_price or better.
     *
     * @generated from enum value: ORDER_TYPE_LIMIT = 2;
     */
    OrderType[OrderType["LIMIT"] = 2] = "LIMIT";
    /**
     * Stop-loss: becomes a market order once the trigger price crosses stop_price against the position.
     *
     * @generated from enum value: ORDER_TYPE_STOP = 3;
     */
    OrderType[OrderType["STOP"] = 3] = "STOP";
    /**
     * Stop-loss: becomes a limit order at limit_price once the trigger price crosses stop_price.
     *
     * @generated from enum value: ORDER_TYPE_STOP_LIMIT = 4;
     */
    OrderType[OrderType["STOP_LIMIT"] = 4] = "STOP_LIMIT";
    /**
     * Take-profit: becomes a market order once the trigger price crosses stop_price in the position's
     * favour.
     *
     * @generated from enum value: ORDER_TYPE_TAKE_PROFIT = 5;
     */
    OrderType[OrderType["TAKE_PROFIT"] = 5] = "TAKE_PROFIT";
    /**
     * Take-profit: becomes a limit order at limit_price once the trigger price crosses stop_price in
     * the position's favour.
     *
     * @generated from enum value: ORDER_TYPE_TAKE_PROFIT_LIMIT = 6;
     */
    OrderType[OrderType["TAKE_PROFIT_LIMIT"] = 6] = "TAKE_PROFIT_LIMIT";
    /**
     * Hits or lifts a dealer's quote (FIX OrdType D, previously quoted): the order names the quote in
     * quote_id and fills in full at the quote's price or is rejected (ORDER_REJECT_REASON_QUOTE_EXPIRED);
     * it never rests. For OTC instruments quoted by several dealers.
     *
     * @generated from enum value: ORDER_TYPE_PREVIOUSLY_QUOTED = 7;
     */
    OrderType[OrderType["PREVIOUSLY_QUOTED"] = 7] = "PREVIOUSLY_QUOTED";
})(OrderType || (OrderType = {}));
/**
 * Describes the enum cq.venues.v1.OrderType.
 */
export const OrderTypeSchema = /*@__PURE__*/ enumDesc(file_cq_venues_v1_resources, 4);
/**
 * How long an order stays working (FIX TimeInForce).
 *
 * @generated from enum cq.venues.v1.TimeInForce
 */
export var TimeInForce;
(function (TimeInForce) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: TIME_IN_FORCE_UNSPECIFIED = 0;
     */
    TimeInForce[TimeInForce["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * Good till canceled: works until filled or canceled.
     *
     * @generated from enum value: TIME_IN_FORCE_GTC = 1;
     */
    TimeInForce[TimeInForce["GTC"] = 1] = "GTC";
    /**
     * Immediate or cancel: fills what it can at once and cancels the rest.
     *
     * @generated from enum value: TIME_IN_FORCE_IOC = 2;
     */
    TimeInForce[TimeInForce["IOC"] = 2] = "IOC";
    /**
     * Fill or kill: fills the whole quantity at once or nothing.
     *
     * @generated from enum value: TIME_IN_FORCE_FOK = 3;
     */
    TimeInForce[TimeInForce["FOK"] = 3] = "FOK";
    /**
     * Good till date: works until expire_time, then expires.
     *
     * @generated from enum value: TIME_IN_FORCE_GTD = 4;
     */
    TimeInForce[TimeInForce["GTD"] = 4] = "GTD";
    /**
     * Works until the end of the venue's trading day, then expires.
     *
     * @generated from enum value: TIME_IN_FORCE_DAY = 5;
     */
    TimeInForce[TimeInForce["DAY"] = 5] = "DAY";
})(TimeInForce || (TimeInForce = {}));
/**
 * Describes the enum cq.venues.v1.TimeInForce.
 */
export const TimeInForceSchema = /*@__PURE__*/ enumDesc(file_cq_venues_v1_resources, 5);
/**
 * The price a stop or take-profit order watches for its trigger.
 *
 * @generated from enum cq.venues.v1.TriggerPriceType
 */
export var TriggerPriceType;
(function (TriggerPriceType) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: TRIGGER_PRICE_TYPE_UNSPECIFIED = 0;
     */
    TriggerPriceType[TriggerPriceType["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * The instrument's last traded price.
     *
     * @generated from enum value: TRIGGER_PRICE_TYPE_LAST = 1;
     */
    TriggerPriceType[TriggerPriceType["LAST"] = 1] = "LAST";
    /**
     * The venue's mark price (derivatives); resists wicks caused by thin books.
     *
     * @generated from enum value: TRIGGER_PRICE_TYPE_MARK = 2;
     */
    TriggerPriceType[TriggerPriceType["MARK"] = 2] = "MARK";
    /**
     * The index price the venue computes from other venues (derivatives).
     *
     * @generated from enum value: TRIGGER_PRICE_TYPE_INDEX = 3;
     */
    TriggerPriceType[TriggerPriceType["INDEX"] = 3] = "INDEX";
})(TriggerPriceType || (TriggerPriceType = {}));
/**
 * Describes the enum cq.venues.v1.TriggerPriceType.
 */
export const TriggerPriceTypeSchema = /*@__PURE__*/ enumDesc(file_cq_venues_v1_resources, 6);
/**
 * The state an order is in (FIX OrdStatus). ExecType says which event moved it there.
 * FILLED, CANCELED, REJECTED and EXPIRED are terminal: an order never leaves them.
 *
 * @generated from enum cq.venues.v1.OrderStatus
 */
export var OrderStatus;
(function (OrderStatus) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: ORDER_STATUS_UNSPECIFIED = 0;
     */
    OrderStatus[OrderStatus["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * Accepted by CQ and sent to the venue; the venue has not acknowledged it yet.
     *
     * @generated from enum value: ORDER_STATUS_PENDING_NEW = 1;
     */
    OrderStatus[OrderStatus["PENDING_NEW"] = 1] = "PENDING_NEW";
    /**
     * Acknowledged by the venue and working (or waiting for its trigger); nothing filled yet.
     *
     * @generated from enum value: ORDER_STATUS_NEW = 2;
     */
    OrderStatus[OrderStatus["NEW"] = 2] = "NEW";
    /**
     * Some quantity filled; the rest is still working.
     *
     * @generated from enum value: ORDER_STATUS_PARTIALLY_FILLED = 3;
     */
    OrderStatus[OrderStatus["PARTIALLY_FILLED"] = 3] = "PARTIALLY_FILLED";
    /**
     * The whole quantity filled. Terminal.
     *
     * @generated from enum value: ORDER_STATUS_FILLED = 4;
     */
    OrderStatus[OrderStatus["FILLED"] = 4] = "FILLED";
    /**
     * A cancel was sent; the venue has not confirmed it. The order can still fill.
     *
     * @generated from enum value: ORDER_STATUS_PENDING_CANCEL = 5;
     */
    OrderStatus[OrderStatus["PENDING_CANCEL"] = 5] = "PENDING_CANCEL";
    /**
     * Canceled by the client, the venue or CQ, with leaves_quantity 0. Terminal.
     *
     * @generated from enum value: ORDER_STATUS_CANCELED = 6;
     */
    OrderStatus[OrderStatus["CANCELED"] = 6] = "CANCELED";
    /**
     * A replace was sent; the venue has not confirmed it. The order works on its old terms meanwhile.
     *
     * @generated from enum value: ORDER_STATUS_PENDING_REPLACE = 7;
     */
    OrderStatus[OrderStatus["PENDING_REPLACE"] = 7] = "PENDING_REPLACE";
    /**
     * Refused by CQ's pre-trade checks or by the venue; reject_reason says why. Terminal.
     *
     * @generated from enum value: ORDER_STATUS_REJECTED = 8;
     */
    OrderStatus[OrderStatus["REJECTED"] = 8] = "REJECTED";
    /**
     * Ended by its time in force (GTD, DAY, an IOC or FOK remainder) without a full fill. Terminal.
     *
     * @generated from enum value: ORDER_STATUS_EXPIRED = 9;
     */
    OrderStatus[OrderStatus["EXPIRED"] = 9] = "EXPIRED";
})(OrderStatus || (OrderStatus = {}));
/**
 * Describes the enum cq.venues.v1.OrderStatus.
 */
export const OrderStatusSchema = /*@__PURE__*/ enumDesc(file_cq_venues_v1_resources, 7);
/**
 * The event an execution report announces (FIX ExecType). OrderStatus is the state it leaves.
 *
 * @generated from enum cq.venues.v1.ExecType
 */
export var ExecType;
(function (ExecType) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: EXEC_TYPE_UNSPECIFIED = 0;
     */
    ExecType[ExecType["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * The order was sent to the venue and awaits acknowledgement.
     *
     * @generated from enum value: EXEC_TYPE_PENDING_NEW = 1;
     */
    ExecType[ExecType["PENDING_NEW"] = 1] = "PENDING_NEW";
    /**
     * The venue acknowledged the order; it is working.
     *
     * @generated from enum value: EXEC_TYPE_NEW = 2;
     */
    ExecType[ExecType["NEW"] = 2] = "NEW";
    /**
     * A fill: last_quantity traded at last_price.
     *
     * @generated from enum value: EXEC_TYPE_TRADE = 3;
     */
    ExecType[ExecType["TRADE"] = 3] = "TRADE";
    /**
     * A cancel was sent and awaits the venue's confirmation.
     *
     * @generated from enum value: EXEC_TYPE_PENDING_CANCEL = 4;
     */
    ExecType[ExecType["PENDING_CANCEL"] = 4] = "PENDING_CANCEL";
    /**
     * The order was canceled.
     *
     * @generated from enum value: EXEC_TYPE_CANCELED = 5;
     */
    ExecType[ExecType["CANCELED"] = 5] = "CANCELED";
    /**
     * A replace was sent and awaits the venue's confirmation.
     *
     * @generated from enum value: EXEC_TYPE_PENDING_REPLACE = 6;
     */
    ExecType[ExecType["PENDING_REPLACE"] = 6] = "PENDING_REPLACE";
    /**
     * The order was replaced; quantity, prices and client_order_id now carry the new terms.
     *
     * @generated from enum value: EXEC_TYPE_REPLACED = 7;
     */
    ExecType[ExecType["REPLACED"] = 7] = "REPLACED";
    /**
     * The order was rejected; reject_reason says why.
     *
     * @generated from enum value: EXEC_TYPE_REJECTED = 8;
     */
    ExecType[ExecType["REJECTED"] = 8] = "REJECTED";
    /**
     * The order expired by its time in force.
     *
     * @generated from enum value: EXEC_TYPE_EXPIRED = 9;
     */
    ExecType[ExecType["EXPIRED"] = 9] = "EXPIRED";
    /**
     * The venue changed the order on its own (quantity reduced, price adjusted to a band, a
     * restart) and restates its terms.
     *
     * @generated from enum value: EXEC_TYPE_RESTATED = 10;
     */
    ExecType[ExecType["RESTATED"] = 10] = "RESTATED";
    /**
     * A stop or take-profit order triggered and became a market or limit order.
     *
     * @generated from enum value: EXEC_TYPE_TRIGGERED = 11;
     */
    ExecType[ExecType["TRIGGERED"] = 11] = "TRIGGERED";
    /**
     * The venue busted an earlier fill; exec_ref_id names it and cumulative figures are restated.
     *
     * @generated from enum value: EXEC_TYPE_TRADE_CANCEL = 12;
     */
    ExecType[ExecType["TRADE_CANCEL"] = 12] = "TRADE_CANCEL";
    /**
     * The venue corrected the price or quantity of an earlier fill; exec_ref_id names it.
     *
     * @generated from enum value: EXEC_TYPE_TRADE_CORRECT = 13;
     */
    ExecType[ExecType["TRADE_CORRECT"] = 13] = "TRADE_CORRECT";
})(ExecType || (ExecType = {}));
/**
 * Describes the enum cq.venues.v1.ExecType.
 */
export const ExecTypeSchema = /*@__PURE__*/ enumDesc(file_cq_venues_v1_resources, 8);
/**
 * Whether a fill added liquidity to the book or removed it; decides the fee rate.
 *
 * @generated from enum cq.venues.v1.Liquidity
 */
export var Liquidity;
(function (Liquidity) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: LIQUIDITY_UNSPECIFIED = 0;
     */
    Liquidity[Liquidity["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * The order rested on the book and was hit (added liquidity).
     *
     * @generated from enum value: LIQUIDITY_MAKER = 1;
     */
    Liquidity[Liquidity["MAKER"] = 1] = "MAKER";
    /**
     * The order crossed the book (removed liquidity).
     *
     * @generated from enum value: LIQUIDITY_TAKER = 2;
     */
    Liquidity[Liquidity["TAKER"] = 2] = "TAKER";
    /**
     * The fill happened in an opening, closing or halt auction, where neither side took.
     *
     * @generated from enum value: LIQUIDITY_AUCTION = 3;
     */
    Liquidity[Liquidity["AUCTION"] = 3] = "AUCTION";
})(Liquidity || (Liquidity = {}));
/**
 * Describes the enum cq.venues.v1.Liquidity.
 */
export const LiquiditySchema = /*@__PURE__*/ enumDesc(file_cq_venues_v1_resources, 9);
/**
 * Why a new order was rejected (FIX OrdRejReason, plus the reasons crypto venues add). The venue's
 * raw code and text are kept beside it in venue_message.
 *
 * @generated from enum cq.venues.v1.OrderRejectReason
 */
export var OrderRejectReason;
(function (OrderRejectReason) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: ORDER_REJECT_REASON_UNSPECIFIED = 0;
     */
    OrderRejectReason[OrderRejectReason["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * The venue's or broker's discretion, with no more specific reason (FIX 0).
     *
     * @generated from enum value: ORDER_REJECT_REASON_VENUE_OPTION = 1;
     */
    OrderRejectReason[OrderRejectReason["VENUE_OPTION"] = 1] = "VENUE_OPTION";
    /**
     * The instrument is unknown to the venue or not listed there (FIX 1).
     *
     * @generated from enum value: ORDER_REJECT_REASON_UNKNOWN_INSTRUMENT = 2;
     */
    OrderRejectReason[OrderRejectReason["UNKNOWN_INSTRUMENT"] = 2] = "UNKNOWN_INSTRUMENT";
    /**
     * The market is closed or the instrument is halted (FIX 2).
     *
     * @generated from enum value: ORDER_REJECT_REASON_MARKET_CLOSED = 3;
     */
    OrderRejectReason[OrderRejectReason["MARKET_CLOSED"] = 3] = "MARKET_CLOSED";
    /**
     * The order exceeds a venue limit such as maximum quantity or open order count (FIX 3).
     *
     * @generated from enum value: ORDER_REJECT_REASON_EXCEEDS_LIMIT = 4;
     */
    OrderRejectReason[OrderRejectReason["EXCEEDS_LIMIT"] = 4] = "EXCEEDS_LIMIT";
    /**
     * Too late to enter, for example a DAY order after the close (FIX 4).
     *
     * @generated from enum value: ORDER_REJECT_REASON_TOO_LATE = 5;
     */
    OrderRejectReason[OrderRejectReason["TOO_LATE"] = 5] = "TOO_LATE";
    /**
     * The client_order_id was already used on this account for a different order (FIX 6).
     *
     * @generated from enum value: ORDER_REJECT_REASON_DUPLICATE_ORDER = 6;
     */
    OrderRejectReason[OrderRejectReason["DUPLICATE_ORDER"] = 6] = "DUPLICATE_ORDER";
    /**
     * The order arrived after the venue's receive window for its timestamp (FIX 8).
     *
     * @generated from enum value: ORDER_REJECT_REASON_STALE_ORDER = 7;
     */
    OrderRejectReason[OrderRejectReason["STALE_ORDER"] = 7] = "STALE_ORDER";
    /**
     * The type, time in force or a flag is not supported for this instrument (FIX 11).
     *
     * @generated from enum value: ORDER_REJECT_REASON_UNSUPPORTED_ORDER_CHARACTERISTIC = 8;
     */
    OrderRejectReason[OrderRejectReason["UNSUPPORTED_ORDER_CHARACTERISTIC"] = 8] = "UNSUPPORTED_ORDER_CHARACTERISTIC";
    /**
     * The quantity is below the minimum, above the maximum or not a multiple of the lot size (FIX 13).
     *
     * @generated from enum value: ORDER_REJECT_REASON_INVALID_QUANTITY = 9;
     */
    OrderRejectReason[OrderRejectReason["INVALID_QUANTITY"] = 9] = "INVALID_QUANTITY";
    /**
     * The account is unknown to the venue or not permitted to trade the instrument (FIX 15).
     *
     * @generated from enum value: ORDER_REJECT_REASON_UNKNOWN_ACCOUNT = 10;
     */
    OrderRejectReason[OrderRejectReason["UNKNOWN_ACCOUNT"] = 10] = "UNKNOWN_ACCOUNT";
    /**
     * The price is outside the venue's allowed band around the reference price (FIX 16).
     *
     * @generated from enum value: ORDER_REJECT_REASON_PRICE_OUTSIDE_BAND = 11;
     */
    OrderRejectReason[OrderRejectReason["PRICE_OUTSIDE_BAND"] = 11] = "PRICE_OUTSIDE_BAND";
    /**
     * The price is not a multiple of the tick size (FIX 18).
     *
     * @generated from enum value: ORDER_REJECT_REASON_INVALID_PRICE_INCREMENT = 12;
     */
    OrderRejectReason[OrderRejectReason["INVALID_PRICE_INCREMENT"] = 12] = "INVALID_PRICE_INCREMENT";
    /**
     * The notional (price times quantity) is below the venue's minimum or above its maximum.
     *
     * @generated from enum value: ORDER_REJECT_REASON_INVALID_NOTIONAL = 13;
     */
    OrderRejectReason[OrderRejectReason["INVALID_NOTIONAL"] = 13] = "INVALID_NOTIONAL";
    /**
     * Not enough free balance to pay for the order.
     *
     * @generated from enum value: ORDER_REJECT_REASON_INSUFFICIENT_FUNDS = 14;
     */
    OrderRejectReason[OrderRejectReason["INSUFFICIENT_FUNDS"] = 14] = "INSUFFICIENT_FUNDS";
    /**
     * Not enough margin to open or increase the position.
     *
     * @generated from enum value: ORDER_REJECT_REASON_INSUFFICIENT_MARGIN = 15;
     */
    OrderRejectReason[OrderRejectReason["INSUFFICIENT_MARGIN"] = 15] = "INSUFFICIENT_MARGIN";
    /**
     * A post-only order would have taken liquidity.
     *
     * @generated from enum value: ORDER_REJECT_REASON_POST_ONLY_WOULD_TAKE = 16;
     */
    OrderRejectReason[OrderRejectReason["POST_ONLY_WOULD_TAKE"] = 16] = "POST_ONLY_WOULD_TAKE";
    /**
     * A reduce-only order would have opened or increased a position.
     *
     * @generated from enum value: ORDER_REJECT_REASON_REDUCE_ONLY_WOULD_INCREASE = 17;
     */
    OrderRejectReason[OrderRejectReason["REDUCE_ONLY_WOULD_INCREASE"] = 17] = "REDUCE_ONLY_WOULD_INCREASE";
    /**
     * The venue's request rate limit was hit.
     *
     * @generated from enum value: ORDER_REJECT_REASON_RATE_LIMITED = 18;
     */
    OrderRejectReason[OrderRejectReason["RATE_LIMITED"] = 18] = "RATE_LIMITED";
    /**
     * CQ's pre-trade risk check refused the order (a limit would be breached).
     *
     * @generated from enum value: ORDER_REJECT_REASON_RISK_CHECK_FAILED = 19;
     */
    OrderRejectReason[OrderRejectReason["RISK_CHECK_FAILED"] = 19] = "RISK_CHECK_FAILED";
    /**
     * Any other reason; venue_message holds the venue's words (FIX 99).
     *
     * @generated from enum value: ORDER_REJECT_REASON_OTHER = 20;
     */
    OrderRejectReason[OrderRejectReason["OTHER"] = 20] = "OTHER";
    /**
     * A previously quoted order's dealer quote had expired, was withdrawn, was already hit, or does
     * not cover the order's quantity or price.
     *
     * @generated from enum value: ORDER_REJECT_REASON_QUOTE_EXPIRED = 21;
     */
    OrderRejectReason[OrderRejectReason["QUOTE_EXPIRED"] = 21] = "QUOTE_EXPIRED";
})(OrderRejectReason || (OrderRejectReason = {}));
/**
 * Describes the enum cq.venues.v1.OrderRejectReason.
 */
export const OrderRejectReasonSchema = /*@__PURE__*/ enumDesc(file_cq_venues_v1_resources, 10);
/**
 * Why a cancel or cancel/replace request was rejected (FIX CxlRejReason, plus crypto venues'
 * reasons). The order keeps working on its previous terms.
 *
 * @generated from enum cq.venues.v1.CancelRejectReason
 */
export var CancelRejectReason;
(function (CancelRejectReason) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: CANCEL_REJECT_REASON_UNSPECIFIED = 0;
     */
    CancelRejectReason[CancelRejectReason["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * The order is already filled, canceled, rejected or expired (FIX 0).
     *
     * @generated from enum value: CANCEL_REJECT_REASON_TOO_LATE = 1;
     */
    CancelRejectReason[CancelRejectReason["TOO_LATE"] = 1] = "TOO_LATE";
    /**
     * The venue does not know the order (FIX 1).
     *
     * @generated from enum value: CANCEL_REJECT_REASON_UNKNOWN_ORDER = 2;
     */
    CancelRejectReason[CancelRejectReason["UNKNOWN_ORDER"] = 2] = "UNKNOWN_ORDER";
    /**
     * The venue's or broker's discretion, with no more specific reason (FIX 2).
     *
     * @generated from enum value: CANCEL_REJECT_REASON_VENUE_OPTION = 3;
     */
    CancelRejectReason[CancelRejectReason["VENUE_OPTION"] = 3] = "VENUE_OPTION";
    /**
     * A cancel or replace of the order is already pending (FIX 3).
     *
     * @generated from enum value: CANCEL_REJECT_REASON_ALREADY_PENDING = 4;
     */
    CancelRejectReason[CancelRejectReason["ALREADY_PENDING"] = 4] = "ALREADY_PENDING";
    /**
     * The replace's new client_order_id is already used on this account (FIX 6).
     *
     * @generated from enum value: CANCEL_REJECT_REASON_DUPLICATE_CLIENT_ORDER_ID = 5;
     */
    CancelRejectReason[CancelRejectReason["DUPLICATE_CLIENT_ORDER_ID"] = 5] = "DUPLICATE_CLIENT_ORDER_ID";
    /**
     * The replace's price is outside the venue's allowed band (FIX 8).
     *
     * @generated from enum value: CANCEL_REJECT_REASON_PRICE_OUTSIDE_BAND = 6;
     */
    CancelRejectReason[CancelRejectReason["PRICE_OUTSIDE_BAND"] = 6] = "PRICE_OUTSIDE_BAND";
    /**
     * The replace's price is not a multiple of the tick size (FIX 18).
     *
     * @generated from enum value: CANCEL_REJECT_REASON_INVALID_PRICE_INCREMENT = 7;
     */
    CancelRejectReason[CancelRejectReason["INVALID_PRICE_INCREMENT"] = 7] = "INVALID_PRICE_INCREMENT";
    /**
     * The replace's quantity is invalid for the instrument or not above cum_quantity.
     *
     * @generated from enum value: CANCEL_REJECT_REASON_INVALID_QUANTITY = 8;
     */
    CancelRejectReason[CancelRejectReason["INVALID_QUANTITY"] = 8] = "INVALID_QUANTITY";
    /**
     * The replace needs more free balance or margin than the account has.
     *
     * @generated from enum value: CANCEL_REJECT_REASON_INSUFFICIENT_FUNDS = 9;
     */
    CancelRejectReason[CancelRejectReason["INSUFFICIENT_FUNDS"] = 9] = "INSUFFICIENT_FUNDS";
    /**
     * The replaced post-only order would have taken liquidity.
     *
     * @generated from enum value: CANCEL_REJECT_REASON_POST_ONLY_WOULD_TAKE = 10;
     */
    CancelRejectReason[CancelRejectReason["POST_ONLY_WOULD_TAKE"] = 10] = "POST_ONLY_WOULD_TAKE";
    /**
     * The venue's request rate limit was hit.
     *
     * @generated from enum value: CANCEL_REJECT_REASON_RATE_LIMITED = 11;
     */
    CancelRejectReason[CancelRejectReason["RATE_LIMITED"] = 11] = "RATE_LIMITED";
    /**
     * Any other reason; venue_message holds the venue's words (FIX 99).
     *
     * @generated from enum value: CANCEL_REJECT_REASON_OTHER = 12;
     */
    CancelRejectReason[CancelRejectReason["OTHER"] = 12] = "OTHER";
})(CancelRejectReason || (CancelRejectReason = {}));
/**
 * Describes the enum cq.venues.v1.CancelRejectReason.
 */
export const CancelRejectReasonSchema = /*@__PURE__*/ enumDesc(file_cq_venues_v1_resources, 11);
/**
 * Which kind of request a CancelReject answers (FIX CxlRejResponseTo).
 *
 * @generated from enum cq.venues.v1.CancelRejectResponseTo
 */
export var CancelRejectResponseTo;
(function (CancelRejectResponseTo) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: CANCEL_REJECT_RESPONSE_TO_UNSPECIFIED = 0;
     */
    CancelRejectResponseTo[CancelRejectResponseTo["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * The rejected request was a cancel.
     *
     * @generated from enum value: CANCEL_REJECT_RESPONSE_TO_CANCEL = 1;
     */
    CancelRejectResponseTo[CancelRejectResponseTo["CANCEL"] = 1] = "CANCEL";
    /**
     * The rejected request was a cancel/replace.
     *
     * @generated from enum value: CANCEL_REJECT_RESPONSE_TO_REPLACE = 2;
     */
    CancelRejectResponseTo[CancelRejectResponseTo["REPLACE"] = 2] = "REPLACE";
})(CancelRejectResponseTo || (CancelRejectResponseTo = {}));
/**
 * Describes the enum cq.venues.v1.CancelRejectResponseTo.
 */
export const CancelRejectResponseToSchema = /*@__PURE__*/ enumDesc(file_cq_venues_v1_resources, 12);
