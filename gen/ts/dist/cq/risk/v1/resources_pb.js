// Copyright 2026 CQC authors. Licensed under the Apache License, Version 2.0.
import { enumDesc, fileDesc, messageDesc } from "@bufbuild/protobuf/codegenv2";
import { file_buf_validate_validate } from "../../../buf/validate/validate_pb.js";
import { file_cq_assets_v1_resources } from "../../assets/v1/resources_pb.js";
import { file_cq_types_v1_amount } from "../../types/v1/amount_pb.js";
import { file_cq_types_v1_decimal } from "../../types/v1/decimal_pb.js";
import { file_google_protobuf_duration, file_google_protobuf_timestamp } from "@bufbuild/protobuf/wkt";
/**
 * Describes the file cq/risk/v1/resources.proto.
 */
export const file_cq_risk_v1_resources = /*@__PURE__*/ fileDesc("ChpjcS9yaXNrL3YxL3Jlc291cmNlcy5wcm90bxIKY3Eucmlzay52MSK3AgoKUmlza0ZhY3RvchI0CgR0eXBlGAEgASgOMhouY3Eucmlzay52MS5SaXNrRmFjdG9yVHlwZUIKukgHggEEEAEgABIMCgRuYW1lGAIgASgJEjoKDHVuZGVybGllcl9pZBgDIAEoCUIkukgh2AEBchwyGl5bQS1aMC05XVtBLVowLTkuX117MCwzMX0kEjwKDnF1b3RlX2Fzc2V0X2lkGAQgASgJQiS6SCHYAQFyHDIaXltBLVowLTldW0EtWjAtOS5fXXswLDMxfSQSNAoIY3VydmVfaWQYBSABKAlCIrpIH9gBAXIaMhheW0EtWjAtOV0rKC1bQS1aMC05XSspKyQSNQoFdGVub3IYBiABKAlCJrpII9gBAXIeMhxeKE9OfFsxLTldWzAtOV17MCwyfVtEV01ZXSkkIq4CCgtTZW5zaXRpdml0eRImCgZmYWN0b3IYASABKAsyFi5jcS5yaXNrLnYxLlJpc2tGYWN0b3ISGQoRY3VycmVuY3lfYXNzZXRfaWQYAiABKAkSEgoFZGVsdGEYAyABKAFIAIgBARIbCg5kZWx0YV9ub3Rpb25hbBgEIAEoAUgBiAEBEhIKBWdhbW1hGAUgASgBSAKIAQESEQoEdmVnYRgGIAEoAUgDiAEBEhIKBXRoZXRhGAcgASgBSASIAQESEQoEZHYwMRgIIAEoAUgFiAEBEhEKBGNzMDEYCSABKAFIBogBAUIICgZfZGVsdGFCEQoPX2RlbHRhX25vdGlvbmFsQggKBl9nYW1tYUIHCgVfdmVnYUIICgZfdGhldGFCBwoFX2R2MDFCBwoFX2NzMDEi0AEKEkFzc2V0Q2xhc3NFeHBvc3VyZRItCgthc3NldF9jbGFzcxgBIAEoDjIYLmNxLmFzc2V0cy52MS5Bc3NldENsYXNzEiIKBWdyb3NzGAIgASgLMhMuY3EudHlwZXMudjEuQW1vdW50EiAKA25ldBgDIAEoCzITLmNxLnR5cGVzLnYxLkFtb3VudBIhCgRsb25nGAQgASgLMhMuY3EudHlwZXMudjEuQW1vdW50EiIKBXNob3J0GAUgASgLMhMuY3EudHlwZXMudjEuQW1vdW50Iv4BCg9FeHBvc3VyZU1ldHJpY3MSIgoFZ3Jvc3MYASABKAsyEy5jcS50eXBlcy52MS5BbW91bnQSIAoDbmV0GAIgASgLMhMuY3EudHlwZXMudjEuQW1vdW50EiEKBGxvbmcYAyABKAsyEy5jcS50eXBlcy52MS5BbW91bnQSIgoFc2hvcnQYBCABKAsyEy5jcS50eXBlcy52MS5BbW91bnQSEAoIbGV2ZXJhZ2UYBSABKAESFAoMbmV0X2xldmVyYWdlGAYgASgBEjYKDmJ5X2Fzc2V0X2NsYXNzGAcgAygLMh4uY3Eucmlzay52MS5Bc3NldENsYXNzRXhwb3N1cmUimwEKEkNvbmNlbnRyYXRpb25FbnRyeRI1CglkaW1lbnNpb24YASABKA4yIi5jcS5yaXNrLnYxLkNvbmNlbnRyYXRpb25EaW1lbnNpb24SCwoDa2V5GAIgASgJEisKDmdyb3NzX2V4cG9zdXJlGAMgASgLMhMuY3EudHlwZXMudjEuQW1vdW50EhQKDHNoYXJlX29mX25hdhgEIAEoASK6AgoLVmFsdWVBdFJpc2sSJQoGbWV0aG9kGAEgASgOMhUuY3Eucmlzay52MS5WYXJNZXRob2QSEgoKY29uZmlkZW5jZRgCIAEoARIqCgdob3Jpem9uGAMgASgLMhkuZ29vZ2xlLnByb3RvYnVmLkR1cmF0aW9uEisKCGxvb2tiYWNrGAQgASgLMhkuZ29vZ2xlLnByb3RvYnVmLkR1cmF0aW9uEhYKDnNjZW5hcmlvX2NvdW50GAUgASgDEioKDXZhbHVlX2F0X3Jpc2sYBiABKAsyEy5jcS50eXBlcy52MS5BbW91bnQSLwoSZXhwZWN0ZWRfc2hvcnRmYWxsGAcgASgLMhMuY3EudHlwZXMudjEuQW1vdW50EiIKGnZhbHVlX2F0X3Jpc2tfc2hhcmVfb2ZfbmF2GAggASgBIoMECgxSaXNrU25hcHNob3QSEgoKYWNjb3VudF9pZBgBIAEoCRIZChFjdXJyZW5jeV9hc3NldF9pZBgCIAEoCRIgCgNuYXYYAyABKAsyEy5jcS50eXBlcy52MS5BbW91bnQSLQoIZXhwb3N1cmUYBCABKAsyGy5jcS5yaXNrLnYxLkV4cG9zdXJlTWV0cmljcxIuCg1zZW5zaXRpdml0aWVzGAUgAygLMhcuY3Eucmlzay52MS5TZW5zaXRpdml0eRIaChJuZXRfZGVsdGFfbm90aW9uYWwYBiABKAESEgoKdG90YWxfZHYwMRgHIAEoARI2Cg5jb25jZW50cmF0aW9ucxgIIAMoCzIeLmNxLnJpc2sudjEuQ29uY2VudHJhdGlvbkVudHJ5Ei4KDXZhbHVlX2F0X3Jpc2sYCSADKAsyFy5jcS5yaXNrLnYxLlZhbHVlQXRSaXNrEiQKB2RheV9wbmwYCiABKAsyEy5jcS50eXBlcy52MS5BbW91bnQSHwoXdW5wcmljZWRfaW5zdHJ1bWVudF9pZHMYCyADKAkSMgoOdmFsdWF0aW9uX3RpbWUYDCABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wEjAKDGNvbXB1dGVfdGltZRgNIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXAi2AIKCkxpbWl0U2NvcGUSGwoKYWNjb3VudF9pZBgBIAEoCUIHukgEcgIYQBIyCgh2ZW51ZV9pZBgCIAEoCUIgukgd2AEBchgyFl5bYS16XVthLXowLTlfXXswLDMxfSQSNwoLYXNzZXRfY2xhc3MYAyABKA4yGC5jcS5hc3NldHMudjEuQXNzZXRDbGFzc0IIukgFggECEAESOgoMdW5kZXJsaWVyX2lkGAQgASgJQiS6SCHYAQFyHDIaXltBLVowLTldW0EtWjAtOS5fXXswLDMxfSQSZgoNaW5zdHJ1bWVudF9pZBgFIAEoCUJPukhM2AEBckcyRV5bYS16XVthLXowLTlfXXswLDMxfTpbYS16XVthLXowLTlfXXswLDMxfTpbQS1aMC05XVtBLVowLTkuXy1dezAsNjN9JBIcCgtzdHJhdGVneV9pZBgGIAEoCUIHukgEcgIYQCLlCwoFTGltaXQSHAoIbGltaXRfaWQYASABKAlCCrpIB8gBAXICGEASHQoMZGlzcGxheV9uYW1lGAIgASgJQge6SARyAhhkEhMKC2Rlc2NyaXB0aW9uGAMgASgJEi0KBHR5cGUYBCABKA4yFS5jcS5yaXNrLnYxLkxpbWl0VHlwZUIIukgFggECEAESJQoFc2NvcGUYBSABKAsyFi5jcS5yaXNrLnYxLkxpbWl0U2NvcGUStgEKCXRocmVzaG9sZBgGIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWxCjAG6SIgBugGEAQoUZGVjaW1hbC5ub25fbmVnYXRpdmUSFG11c3Qgbm90IGJlIG5lZ2F0aXZlGlYhdGhpcy52YWx1ZS5zdGFydHNXaXRoKCctJykgfHwgdGhpcy52YWx1ZS5tYXRjaGVzKCdeLVswXSsoXFwuMCspPyhbZUVdWystXT9bMC05XSspPyQnKRI/ChFjdXJyZW5jeV9hc3NldF9pZBgHIAEoCUIkukgh2AEBchwyGl5bQS1aMC05XVtBLVowLTkuX117MCwzMX0kEjYKDndhcm5pbmdfbGV2ZWxzGAggAygBQh66SBuSARgYASIUEhIRAAAAAAAA8D8hAAAAAAAAAAASMQoGYWN0aW9uGAkgASgOMhcuY3Eucmlzay52MS5MaW1pdEFjdGlvbkIIukgFggECEAESDwoHZW5hYmxlZBgKIAEoCBIzCgZ3aW5kb3cYCyABKAsyGS5nb29nbGUucHJvdG9idWYuRHVyYXRpb25CCLpIBaoBAioAEisKDWN1cnJlbnRfdmFsdWUYDCABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsEhMKC3V0aWxpc2F0aW9uGA0gASgBEicKBnN0YXR1cxgOIAEoDjIXLmNxLnJpc2sudjEuTGltaXRTdGF0dXMSMAoMbWVhc3VyZV90aW1lGA8gASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcBIvCgtjcmVhdGVfdGltZRgQIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXASLwoLdXBkYXRlX3RpbWUYESABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wEg8KB3VwZGF0ZXIYEiABKAkSDAoEZXRhZxgTIAEoCTrqBLpI5gQamwEKF2xpbWl0LmN1cnJlbmN5X3JlcXVpcmVkEjRjdXJyZW5jeV9hc3NldF9pZCBpcyByZXF1aXJlZCBmb3IgYW1vdW50IGxpbWl0IHR5cGVzGkohKHRoaXMudHlwZSBpbiBbMSwgMiwgMywgNiwgNywgOCwgMTAsIDExXSkgfHwgdGhpcy5jdXJyZW5jeV9hc3NldF9pZCAhPSAnJxquAQoabGltaXQuY3VycmVuY3lfbm90X2FsbG93ZWQSSWN1cnJlbmN5X2Fzc2V0X2lkIG11c3QgYmUgZW1wdHkgZm9yIHF1YW50aXR5LCByYXRpbyBhbmQgY291bnQgbGltaXQgdHlwZXMaRSEodGhpcy50eXBlIGluIFs0LCA1LCA5LCAxMiwgMTMsIDE0XSkgfHwgdGhpcy5jdXJyZW5jeV9hc3NldF9pZCA9PSAnJxqsAQofbGltaXQuc2NvcGVfaW5zdHJ1bWVudF9yZXF1aXJlZBJPc2NvcGUuaW5zdHJ1bWVudF9pZCBpcyByZXF1aXJlZCBmb3IgT1JERVJfUVVBTlRJVFkgYW5kIFBPU0lUSU9OX1FVQU5USVRZIGxpbWl0cxo4ISh0aGlzLnR5cGUgaW4gWzQsIDVdKSB8fCB0aGlzLnNjb3BlLmluc3RydW1lbnRfaWQgIT0gJycaZgoVbGltaXQud2luZG93X3JlcXVpcmVkEih3aW5kb3cgaXMgcmVxdWlyZWQgZm9yIE9SREVSX1JBVEUgbGltaXRzGiN0aGlzLnR5cGUgIT0gMTMgfHwgaGFzKHRoaXMud2luZG93KSLqAgoKTGltaXRDaGVjaxIQCghsaW1pdF9pZBgBIAEoCRIpCgpsaW1pdF90eXBlGAIgASgOMhUuY3Eucmlzay52MS5MaW1pdFR5cGUSJwoGYWN0aW9uGAMgASgOMhcuY3Eucmlzay52MS5MaW1pdEFjdGlvbhInCgZzdGF0dXMYBCABKA4yFy5jcS5yaXNrLnYxLkxpbWl0U3RhdHVzEisKDWN1cnJlbnRfdmFsdWUYBSABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsEi0KD3Byb2plY3RlZF92YWx1ZRgGIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwSJwoJdGhyZXNob2xkGAcgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbBIZChFjdXJyZW5jeV9hc3NldF9pZBgIIAEoCRIdChVwcm9qZWN0ZWRfdXRpbGlzYXRpb24YCSABKAESDgoGcmVhc29uGAogASgJItUCChNQcmVUcmFkZUNoZWNrUmVzdWx0EhAKCGNoZWNrX2lkGAEgASgJEisKCGRlY2lzaW9uGAIgASgOMhkuY3Eucmlzay52MS5DaGVja0RlY2lzaW9uEjQKDXJlamVjdF9yZWFzb24YAyABKA4yHS5jcS5yaXNrLnYxLkNoZWNrUmVqZWN0UmVhc29uEg8KB21lc3NhZ2UYBCABKAkSLAoMbGltaXRfY2hlY2tzGAUgAygLMhYuY3Eucmlzay52MS5MaW1pdENoZWNrEisKDm9yZGVyX25vdGlvbmFsGAYgASgLMhMuY3EudHlwZXMudjEuQW1vdW50Ei0KD3ZhbHVhdGlvbl9wcmljZRgHIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwSLgoKY2hlY2tfdGltZRgIIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXAingQKBVNob2NrEoUBCgZmYWN0b3IYASABKAsyFi5jcS5yaXNrLnYxLlJpc2tGYWN0b3JCXbpIWroBVAoYc2hvY2suZmFjdG9yX3Rlbm9yX2VtcHR5EiZmYWN0b3IudGVub3IgbXVzdCBiZSBlbXB0eTsgdXNlIHRlbm9ycxoQdGhpcy50ZW5vciA9PSAnJ8gBARIvCgR0eXBlGAIgASgOMhUuY3Eucmlzay52MS5TaG9ja1R5cGVCCrpIB4IBBBABIAASKgoEc2l6ZRgDIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWxCBrpIA8gBARI4CgZ0ZW5vcnMYBCADKAlCKLpIJZIBIiIgch4yHF4oT058WzEtOV1bMC05XXswLDJ9W0RXTVldKSQ69QG6SPEBGu4BCiBzaG9jay50ZW5vcnNfbmVlZF90ZXJtX3N0cnVjdHVyZRKJAXRlbm9ycyBhcmUgb25seSBhbGxvd2VkIGZvciBmYWN0b3IgdHlwZXMgd2l0aCBhIHRlcm0gc3RydWN0dXJlIChDT01NT0RJVFlfUFJJQ0UsIElOVEVSRVNUX1JBVEUsIENSRURJVF9TUFJFQUQsIElNUExJRURfVk9MQVRJTElUWSwgQkFTSVMpGj50aGlzLnRlbm9ycy5zaXplKCkgPT0gMCB8fCAhKHRoaXMuZmFjdG9yLnR5cGUgaW4gWzEsIDIsIDQsIDhdKSKEAQoOU3RyZXNzU2NlbmFyaW8SHAoLc2NlbmFyaW9faWQYASABKAlCB7pIBHICGEASFAoMZGlzcGxheV9uYW1lGAIgASgJEhMKC2Rlc2NyaXB0aW9uGAMgASgJEikKBnNob2NrcxgEIAMoCzIRLmNxLnJpc2sudjEuU2hvY2tCBrpIA8gBASJeChJTdHJlc3NGYWN0b3JJbXBhY3QSJgoGZmFjdG9yGAEgASgLMhYuY3Eucmlzay52MS5SaXNrRmFjdG9yEiAKA3BubBgCIAEoCzITLmNxLnR5cGVzLnYxLkFtb3VudCKkAQoWU3RyZXNzSW5zdHJ1bWVudEltcGFjdBIVCg1pbnN0cnVtZW50X2lkGAEgASgJEiYKCHF1YW50aXR5GAIgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbBIpCgxtYXJrZXRfdmFsdWUYAyABKAsyEy5jcS50eXBlcy52MS5BbW91bnQSIAoDcG5sGAQgASgLMhMuY3EudHlwZXMudjEuQW1vdW50Ir0DChBTdHJlc3NUZXN0UmVzdWx0EhMKC3NjZW5hcmlvX2lkGAEgASgJEh0KFXNjZW5hcmlvX2Rpc3BsYXlfbmFtZRgCIAEoCRISCgphY2NvdW50X2lkGAMgASgJEiAKA25hdhgEIAEoCzITLmNxLnR5cGVzLnYxLkFtb3VudBImCgl0b3RhbF9wbmwYBSABKAsyEy5jcS50eXBlcy52MS5BbW91bnQSGAoQcG5sX3NoYXJlX29mX25hdhgGIAEoARI2Cg5mYWN0b3JfaW1wYWN0cxgHIAMoCzIeLmNxLnJpc2sudjEuU3RyZXNzRmFjdG9ySW1wYWN0Ej4KEmluc3RydW1lbnRfaW1wYWN0cxgIIAMoCzIiLmNxLnJpc2sudjEuU3RyZXNzSW5zdHJ1bWVudEltcGFjdBIfChd1bnByaWNlZF9pbnN0cnVtZW50X2lkcxgJIAMoCRIyCg52YWx1YXRpb25fdGltZRgKIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXASMAoMY29tcHV0ZV90aW1lGAsgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcCKGBAoFQWxlcnQSEAoIYWxlcnRfaWQYASABKAkSIwoEdHlwZRgCIAEoDjIVLmNxLnJpc2sudjEuQWxlcnRUeXBlEisKCHNldmVyaXR5GAMgASgOMhkuY3Eucmlzay52MS5BbGVydFNldmVyaXR5EhIKCmFjY291bnRfaWQYBCABKAkSEAoIbGltaXRfaWQYBSABKAkSKQoKbGltaXRfdHlwZRgGIAEoDjIVLmNxLnJpc2sudjEuTGltaXRUeXBlEiwKDm9ic2VydmVkX3ZhbHVlGAcgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbBInCgl0aHJlc2hvbGQYCCABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsEhkKEWN1cnJlbmN5X2Fzc2V0X2lkGAkgASgJEhMKC3V0aWxpc2F0aW9uGAogASgBEicKBmFjdGlvbhgLIAEoDjIXLmNxLnJpc2sudjEuTGltaXRBY3Rpb24SDwoHbWVzc2FnZRgMIAEoCRIQCghvcmRlcl9pZBgNIAEoCRIQCghjaGVja19pZBgOIAEoCRIyCg52YWx1YXRpb25fdGltZRgPIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXASLwoLY3JlYXRlX3RpbWUYECABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wKuwCCg5SaXNrRmFjdG9yVHlwZRIgChxSSVNLX0ZBQ1RPUl9UWVBFX1VOU1BFQ0lGSUVEEAASIQodUklTS19GQUNUT1JfVFlQRV9DUllQVE9fUFJJQ0UQARIhCh1SSVNLX0ZBQ1RPUl9UWVBFX0VRVUlUWV9QUklDRRACEiQKIFJJU0tfRkFDVE9SX1RZUEVfQ09NTU9ESVRZX1BSSUNFEAMSHAoYUklTS19GQUNUT1JfVFlQRV9GWF9SQVRFEAQSIgoeUklTS19GQUNUT1JfVFlQRV9JTlRFUkVTVF9SQVRFEAUSIgoeUklTS19GQUNUT1JfVFlQRV9DUkVESVRfU1BSRUFEEAYSJwojUklTS19GQUNUT1JfVFlQRV9JTVBMSUVEX1ZPTEFUSUxJVFkQBxIhCh1SSVNLX0ZBQ1RPUl9UWVBFX0ZVTkRJTkdfUkFURRAIEhoKFlJJU0tfRkFDVE9SX1RZUEVfQkFTSVMQCSrTAQoWQ29uY2VudHJhdGlvbkRpbWVuc2lvbhInCiNDT05DRU5UUkFUSU9OX0RJTUVOU0lPTl9VTlNQRUNJRklFRBAAEiEKHUNPTkNFTlRSQVRJT05fRElNRU5TSU9OX0FTU0VUEAESJgoiQ09OQ0VOVFJBVElPTl9ESU1FTlNJT05fSU5TVFJVTUVOVBACEiEKHUNPTkNFTlRSQVRJT05fRElNRU5TSU9OX1ZFTlVFEAMSIgoeQ09OQ0VOVFJBVElPTl9ESU1FTlNJT05fSVNTVUVSEAQqeQoJVmFyTWV0aG9kEhoKFlZBUl9NRVRIT0RfVU5TUEVDSUZJRUQQABIZChVWQVJfTUVUSE9EX0hJU1RPUklDQUwQARIZChVWQVJfTUVUSE9EX1BBUkFNRVRSSUMQAhIaChZWQVJfTUVUSE9EX01PTlRFX0NBUkxPEAMqtQMKCUxpbWl0VHlwZRIaChZMSU1JVF9UWVBFX1VOU1BFQ0lGSUVEEAASHQoZTElNSVRfVFlQRV9HUk9TU19FWFBPU1VSRRABEhsKF0xJTUlUX1RZUEVfTkVUX0VYUE9TVVJFEAISHQoZTElNSVRfVFlQRV9PUkRFUl9OT1RJT05BTBADEh0KGUxJTUlUX1RZUEVfT1JERVJfUVVBTlRJVFkQBBIgChxMSU1JVF9UWVBFX1BPU0lUSU9OX1FVQU5USVRZEAUSIAocTElNSVRfVFlQRV9QT1NJVElPTl9OT1RJT05BTBAGEhQKEExJTUlUX1RZUEVfREVMVEEQBxITCg9MSU1JVF9UWVBFX0RWMDEQCBIXChNMSU1JVF9UWVBFX0xFVkVSQUdFEAkSEwoPTElNSVRfVFlQRV9MT1NTEAoSHAoYTElNSVRfVFlQRV9WQUxVRV9BVF9SSVNLEAsSHAoYTElNSVRfVFlQRV9DT05DRU5UUkFUSU9OEAwSGQoVTElNSVRfVFlQRV9PUkRFUl9SQVRFEA0SHgoaTElNSVRfVFlQRV9QUklDRV9ERVZJQVRJT04QDipyCgtMaW1pdEFjdGlvbhIcChhMSU1JVF9BQ1RJT05fVU5TUEVDSUZJRUQQABIVChFMSU1JVF9BQ1RJT05fV0FSThABEhcKE0xJTUlUX0FDVElPTl9SRUpFQ1QQAhIVChFMSU1JVF9BQ1RJT05fSEFMVBADKnUKC0xpbWl0U3RhdHVzEhwKGExJTUlUX1NUQVRVU19VTlNQRUNJRklFRBAAEhMKD0xJTUlUX1NUQVRVU19PSxABEhgKFExJTUlUX1NUQVRVU19XQVJOSU5HEAISGQoVTElNSVRfU1RBVFVTX0JSRUFDSEVEEAMqZgoNQ2hlY2tEZWNpc2lvbhIeChpDSEVDS19ERUNJU0lPTl9VTlNQRUNJRklFRBAAEhoKFkNIRUNLX0RFQ0lTSU9OX0FQUFJPVkUQARIZChVDSEVDS19ERUNJU0lPTl9SRUpFQ1QQAircAQoRQ2hlY2tSZWplY3RSZWFzb24SIwofQ0hFQ0tfUkVKRUNUX1JFQVNPTl9VTlNQRUNJRklFRBAAEiYKIkNIRUNLX1JFSkVDVF9SRUFTT05fTElNSVRfQlJFQUNIRUQQARImCiJDSEVDS19SRUpFQ1RfUkVBU09OX1RSQURJTkdfSEFMVEVEEAISKQolQ0hFQ0tfUkVKRUNUX1JFQVNPTl9QUklDRV9VTkFWQUlMQUJMRRADEicKI0NIRUNLX1JFSkVDVF9SRUFTT05fUklTS19EQVRBX1NUQUxFEAQqWQoJU2hvY2tUeXBlEhoKFlNIT0NLX1RZUEVfVU5TUEVDSUZJRUQQABIXChNTSE9DS19UWVBFX0FCU09MVVRFEAESFwoTU0hPQ0tfVFlQRV9SRUxBVElWRRACKoEBCg1BbGVydFNldmVyaXR5Eh4KGkFMRVJUX1NFVkVSSVRZX1VOU1BFQ0lGSUVEEAASFwoTQUxFUlRfU0VWRVJJVFlfSU5GTxABEhoKFkFMRVJUX1NFVkVSSVRZX1dBUk5JTkcQAhIbChdBTEVSVF9TRVZFUklUWV9DUklUSUNBTBADKuEBCglBbGVydFR5cGUSGgoWQUxFUlRfVFlQRV9VTlNQRUNJRklFRBAAEhwKGEFMRVJUX1RZUEVfTElNSVRfV0FSTklORxABEh0KGUFMRVJUX1RZUEVfTElNSVRfQlJFQUNIRUQQAhIdChlBTEVSVF9UWVBFX0xJTUlUX1JFU1RPUkVEEAMSHQoZQUxFUlRfVFlQRV9PUkRFUl9SRUpFQ1RFRBAEEh0KGUFMRVJUX1RZUEVfVFJBRElOR19IQUxURUQQBRIeChpBTEVSVF9UWVBFX1JJU0tfREFUQV9TVEFMRRAGQp8BCg5jb20uY3Eucmlzay52MUIOUmVzb3VyY2VzUHJvdG9QAVozZ2l0aHViLmNvbS9jcS1wbGF0Zm9ybS9jcWMvZ2VuL2dvL2NxL3Jpc2svdjE7cmlza3YxogIDQ1JYqgIKQ3EuUmlzay5WMcoCCkNxXFJpc2tcVjHiAhZDcVxSaXNrXFYxXEdQQk1ldGFkYXRh6gIMQ3E6OlJpc2s6OlYxYgZwcm90bzM", [file_buf_validate_validate, file_cq_assets_v1_resources, file_cq_types_v1_amount, file_cq_types_v1_decimal, file_google_protobuf_duration, file_google_protobuf_timestamp]);
/**
 * Describes the message cq.risk.v1.RiskFactor.
 * Use `create(RiskFactorSchema)` to create a new message.
 */
export const RiskFactorSchema = /*@__PURE__*/ messageDesc(file_cq_risk_v1_resources, 0);
/**
 * Describes the message cq.risk.v1.Sensitivity.
 * Use `create(SensitivitySchema)` to create a new message.
 */
export const SensitivitySchema = /*@__PURE__*/ messageDesc(file_cq_risk_v1_resources, 1);
/**
 * Describes the message cq.risk.v1.AssetClassExposure.
 * Use `create(AssetClassExposureSchema)` to create a new message.
 */
export const AssetClassExposureSchema = /*@__PURE__*/ messageDesc(file_cq_risk_v1_resources, 2);
/**
 * Describes the message cq.risk.v1.ExposureMetrics.
 * Use `create(ExposureMetricsSchema)` to create a new message.
 */
export const ExposureMetricsSchema = /*@__PURE__*/ messageDesc(file_cq_risk_v1_resources, 3);
/**
 * Describes the message cq.risk.v1.ConcentrationEntry.
 * Use `create(ConcentrationEntrySchema)` to create a new message.
 */
export const ConcentrationEntrySchema = /*@__PURE__*/ messageDesc(file_cq_risk_v1_resources, 4);
/**
 * Describes the message cq.risk.v1.ValueAtRisk.
 * Use `create(ValueAtRiskSchema)` to create a new message.
 */
export const ValueAtRiskSchema = /*@__PURE__*/ messageDesc(file_cq_risk_v1_resources, 5);
/**
 * Describes the message cq.risk.v1.RiskSnapshot.
 * Use `create(RiskSnapshotSchema)` to create a new message.
 */
export const RiskSnapshotSchema = /*@__PURE__*/ messageDesc(file_cq_risk_v1_resources, 6);
/**
 * Describes the message cq.risk.v1.LimitScope.
 * Use `create(LimitScopeSchema)` to create a new message.
 */
export const LimitScopeSchema = /*@__PURE__*/ messageDesc(file_cq_risk_v1_resources, 7);
/**
 * Describes the message cq.risk.v1.Limit.
 * Use `create(LimitSchema)` to create a new message.
 */
export const LimitSchema = /*@__PURE__*/ messageDesc(file_cq_risk_v1_resources, 8);
/**
 * Describes the message cq.risk.v1.LimitCheck.
 * Use `create(LimitCheckSchema)` to create a new message.
 */
export const LimitCheckSchema = /*@__PURE__*/ messageDesc(file_cq_risk_v1_resources, 9);
/**
 * Describes the message cq.risk.v1.PreTradeCheckResult.
 * Use `create(PreTradeCheckResultSchema)` to create a new message.
 */
export const PreTradeCheckResultSchema = /*@__PURE__*/ messageDesc(file_cq_risk_v1_resources, 10);
/**
 * Describes the message cq.risk.v1.Shock.
 * Use `create(ShockSchema)` to create a new message.
 */
export const ShockSchema = /*@__PURE__*/ messageDesc(file_cq_risk_v1_resources, 11);
/**
 * Describes the message cq.risk.v1.StressScenario.
 * Use `create(StressScenarioSchema)` to create a new message.
 */
export const StressScenarioSchema = /*@__PURE__*/ messageDesc(file_cq_risk_v1_resources, 12);
/**
 * Describes the message cq.risk.v1.StressFactorImpact.
 * Use `create(StressFactorImpactSchema)` to create a new message.
 */
export const StressFactorImpactSchema = /*@__PURE__*/ messageDesc(file_cq_risk_v1_resources, 13);
/**
 * Describes the message cq.risk.v1.StressInstrumentImpact.
 * Use `create(StressInstrumentImpactSchema)` to create a new message.
 */
export const StressInstrumentImpactSchema = /*@__PURE__*/ messageDesc(file_cq_risk_v1_resources, 14);
/**
 * Describes the message cq.risk.v1.StressTestResult.
 * Use `create(StressTestResultSchema)` to create a new message.
 */
export const StressTestResultSchema = /*@__PURE__*/ messageDesc(file_cq_risk_v1_resources, 15);
/**
 * Describes the message cq.risk.v1.Alert.
 * Use `create(AlertSchema)` to create a new message.
 */
export const AlertSchema = /*@__PURE__*/ messageDesc(file_cq_risk_v1_resources, 16);
/**
 * The kind of market variable a risk factor is.
 *
 * @generated from enum cq.risk.v1.RiskFactorType
 */
export var RiskFactorType;
(function (RiskFactorType) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: RISK_FACTOR_TYPE_UNSPECIFIED = 0;
     */
    RiskFactorType[RiskFactorType["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * The price of a crypto asset in the reporting currency, keyed by underlier_id.
     *
     * @generated from enum value: RISK_FACTOR_TYPE_CRYPTO_PRICE = 1;
     */
    RiskFactorType[RiskFactorType["CRYPTO_PRICE"] = 1] = "CRYPTO_PRICE";
    /**
     * The price of an equity or equity index, keyed by underlier_id.
     *
     * @generated from enum value: RISK_FACTOR_TYPE_EQUITY_PRICE = 2;
     */
    RiskFactorType[RiskFactorType["EQUITY_PRICE"] = 2] = "EQUITY_PRICE";
    /**
     * The price of a commodity, keyed by underlier_id and, for a forward curve, curve_id and tenor.
     *
     * @generated from enum value: RISK_FACTOR_TYPE_COMMODITY_PRICE = 3;
     */
    RiskFactorType[RiskFactorType["COMMODITY_PRICE"] = 3] = "COMMODITY_PRICE";
    /**
     * The exchange rate of underlier_id (a fiat currency or stablecoin) against quote_asset_id.
     *
     * @generated from enum value: RISK_FACTOR_TYPE_FX_RATE = 4;
     */
    RiskFactorType[RiskFactorType["FX_RATE"] = 4] = "FX_RATE";
    /**
     * One tenor point of an interest rate curve (discount or projection), keyed by curve_id and
     * tenor.
     *
     * @generated from enum value: RISK_FACTOR_TYPE_INTEREST_RATE = 5;
     */
    RiskFactorType[RiskFactorType["INTEREST_RATE"] = 5] = "INTEREST_RATE";
    /**
     * One tenor point of an issuer's credit spread curve, keyed by curve_id and tenor.
     *
     * @generated from enum value: RISK_FACTOR_TYPE_CREDIT_SPREAD = 6;
     */
    RiskFactorType[RiskFactorType["CREDIT_SPREAD"] = 6] = "CREDIT_SPREAD";
    /**
     * The implied volatility of underlier_id's options at one expiry tenor.
     *
     * @generated from enum value: RISK_FACTOR_TYPE_IMPLIED_VOLATILITY = 7;
     */
    RiskFactorType[RiskFactorType["IMPLIED_VOLATILITY"] = 7] = "IMPLIED_VOLATILITY";
    /**
     * The funding rate of a perpetual swap on underlier_id.
     *
     * @generated from enum value: RISK_FACTOR_TYPE_FUNDING_RATE = 8;
     */
    RiskFactorType[RiskFactorType["FUNDING_RATE"] = 8] = "FUNDING_RATE";
    /**
     * The basis between a dated future on underlier_id and its spot price, at one tenor.
     *
     * @generated from enum value: RISK_FACTOR_TYPE_BASIS = 9;
     */
    RiskFactorType[RiskFactorType["BASIS"] = 9] = "BASIS";
})(RiskFactorType || (RiskFactorType = {}));
/**
 * Describes the enum cq.risk.v1.RiskFactorType.
 */
export const RiskFactorTypeSchema = /*@__PURE__*/ enumDesc(file_cq_risk_v1_resources, 0);
/**
 * The dimension a concentration entry groups exposure by.
 *
 * @generated from enum cq.risk.v1.ConcentrationDimension
 */
export var ConcentrationDimension;
(function (ConcentrationDimension) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: CONCENTRATION_DIMENSION_UNSPECIFIED = 0;
     */
    ConcentrationDimension[ConcentrationDimension["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * By underlier asset; key is a canonical asset id such as "BTC".
     *
     * @generated from enum value: CONCENTRATION_DIMENSION_ASSET = 1;
     */
    ConcentrationDimension[ConcentrationDimension["ASSET"] = 1] = "ASSET";
    /**
     * By instrument; key is an instrument id such as "cq:perp:BTC-USD".
     *
     * @generated from enum value: CONCENTRATION_DIMENSION_INSTRUMENT = 2;
     */
    ConcentrationDimension[ConcentrationDimension["INSTRUMENT"] = 2] = "INSTRUMENT";
    /**
     * By the venue holding the position (counterparty risk); key is a venue id such as "binance".
     *
     * @generated from enum value: CONCENTRATION_DIMENSION_VENUE = 3;
     */
    ConcentrationDimension[ConcentrationDimension["VENUE"] = 3] = "VENUE";
    /**
     * By the issuer of bonds, equities or stablecoins (credit risk); key is the issuer's asset id or
     * curve name, such as "CIRCLE".
     *
     * @generated from enum value: CONCENTRATION_DIMENSION_ISSUER = 4;
     */
    ConcentrationDimension[ConcentrationDimension["ISSUER"] = 4] = "ISSUER";
})(ConcentrationDimension || (ConcentrationDimension = {}));
/**
 * Describes the enum cq.risk.v1.ConcentrationDimension.
 */
export const ConcentrationDimensionSchema = /*@__PURE__*/ enumDesc(file_cq_risk_v1_resources, 1);
/**
 * How a value-at-risk figure is estimated.
 *
 * @generated from enum cq.risk.v1.VarMethod
 */
export var VarMethod;
(function (VarMethod) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: VAR_METHOD_UNSPECIFIED = 0;
     */
    VarMethod[VarMethod["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * Full revaluation of today's positions under factor moves observed over the lookback window.
     *
     * @generated from enum value: VAR_METHOD_HISTORICAL = 1;
     */
    VarMethod[VarMethod["HISTORICAL"] = 1] = "HISTORICAL";
    /**
     * Variance-covariance: a normal distribution of P&L from sensitivities and a covariance matrix
     * estimated over the lookback window.
     *
     * @generated from enum value: VAR_METHOD_PARAMETRIC = 2;
     */
    VarMethod[VarMethod["PARAMETRIC"] = 2] = "PARAMETRIC";
    /**
     * Revaluation under simulated factor paths drawn from a model calibrated over the lookback
     * window.
     *
     * @generated from enum value: VAR_METHOD_MONTE_CARLO = 3;
     */
    VarMethod[VarMethod["MONTE_CARLO"] = 3] = "MONTE_CARLO";
})(VarMethod || (VarMethod = {}));
/**
 * Describes the enum cq.risk.v1.VarMethod.
 */
export const VarMethodSchema = /*@__PURE__*/ enumDesc(file_cq_risk_v1_resources, 2);
/**
 * What a limit measures. The comment of each value gives the unit of Limit.threshold.
 *
 * @generated from enum cq.risk.v1.LimitType
 */
export var LimitType;
(function (LimitType) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: LIMIT_TYPE_UNSPECIFIED = 0;
     */
    LimitType[LimitType["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * Gross exposure of the positions in scope; an amount in currency_asset_id.
     *
     * @generated from enum value: LIMIT_TYPE_GROSS_EXPOSURE = 1;
     */
    LimitType[LimitType["GROSS_EXPOSURE"] = 1] = "GROSS_EXPOSURE";
    /**
     * Absolute net exposure of the positions in scope; an amount in currency_asset_id.
     *
     * @generated from enum value: LIMIT_TYPE_NET_EXPOSURE = 2;
     */
    LimitType[LimitType["NET_EXPOSURE"] = 2] = "NET_EXPOSURE";
    /**
     * Notional of a single order (quantity times limit or reference price, times contract size); an
     * amount in currency_asset_id. Checked pre-trade only.
     *
     * @generated from enum value: LIMIT_TYPE_ORDER_NOTIONAL = 3;
     */
    LimitType[LimitType["ORDER_NOTIONAL"] = 3] = "ORDER_NOTIONAL";
    /**
     * Quantity of a single order, in units of the instrument. Checked pre-trade only; the scope must
     * name an instrument.
     *
     * @generated from enum value: LIMIT_TYPE_ORDER_QUANTITY = 4;
     */
    LimitType[LimitType["ORDER_QUANTITY"] = 4] = "ORDER_QUANTITY";
    /**
     * Absolute position quantity, in units of the instrument; the scope must name an instrument.
     *
     * @generated from enum value: LIMIT_TYPE_POSITION_QUANTITY = 5;
     */
    LimitType[LimitType["POSITION_QUANTITY"] = 5] = "POSITION_QUANTITY";
    /**
     * Absolute market value (or delta notional for derivatives) of the positions in scope; an amount
     * in currency_asset_id.
     *
     * @generated from enum value: LIMIT_TYPE_POSITION_NOTIONAL = 6;
     */
    LimitType[LimitType["POSITION_NOTIONAL"] = 6] = "POSITION_NOTIONAL";
    /**
     * Absolute net delta notional of the positions in scope; an amount in currency_asset_id.
     *
     * @generated from enum value: LIMIT_TYPE_DELTA = 7;
     */
    LimitType[LimitType["DELTA"] = 7] = "DELTA";
    /**
     * Absolute total DV01 of the positions in scope; an amount in currency_asset_id per basis point.
     *
     * @generated from enum value: LIMIT_TYPE_DV01 = 8;
     */
    LimitType[LimitType["DV01"] = 8] = "DV01";
    /**
     * Gross leverage (gross exposure divided by NAV); a ratio.
     *
     * @generated from enum value: LIMIT_TYPE_LEVERAGE = 9;
     */
    LimitType[LimitType["LEVERAGE"] = 9] = "LEVERAGE";
    /**
     * Loss over the limit's window (or since 00:00 UTC when no window is set), realised plus
     * unrealised; a non-negative amount in currency_asset_id.
     *
     * @generated from enum value: LIMIT_TYPE_LOSS = 10;
     */
    LimitType[LimitType["LOSS"] = 10] = "LOSS";
    /**
     * Value at risk at the engine's primary method, confidence and horizon; an amount in
     * currency_asset_id.
     *
     * @generated from enum value: LIMIT_TYPE_VALUE_AT_RISK = 11;
     */
    LimitType[LimitType["VALUE_AT_RISK"] = 11] = "VALUE_AT_RISK";
    /**
     * Largest share of NAV held in any one asset, venue or issuer within scope; a ratio.
     *
     * @generated from enum value: LIMIT_TYPE_CONCENTRATION = 12;
     */
    LimitType[LimitType["CONCENTRATION"] = 12] = "CONCENTRATION";
    /**
     * Number of orders submitted within the limit's window; a count. Checked pre-trade only.
     *
     * @generated from enum value: LIMIT_TYPE_ORDER_RATE = 13;
     */
    LimitType[LimitType["ORDER_RATE"] = 13] = "ORDER_RATE";
    /**
     * Distance of an order's limit price from the current mark price, as a fraction of the mark (a
     * fat-finger check); a ratio. Checked pre-trade only.
     *
     * @generated from enum value: LIMIT_TYPE_PRICE_DEVIATION = 14;
     */
    LimitType[LimitType["PRICE_DEVIATION"] = 14] = "PRICE_DEVIATION";
})(LimitType || (LimitType = {}));
/**
 * Describes the enum cq.risk.v1.LimitType.
 */
export const LimitTypeSchema = /*@__PURE__*/ enumDesc(file_cq_risk_v1_resources, 3);
/**
 * What the engine does when a limit is breached.
 *
 * @generated from enum cq.risk.v1.LimitAction
 */
export var LimitAction;
(function (LimitAction) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: LIMIT_ACTION_UNSPECIFIED = 0;
     */
    LimitAction[LimitAction["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * Raise an alert and let trading continue.
     *
     * @generated from enum value: LIMIT_ACTION_WARN = 1;
     */
    LimitAction[LimitAction["WARN"] = 1] = "WARN";
    /**
     * Raise an alert and reject any order that would breach the limit or increase an existing breach;
     * orders that reduce the measured value are still accepted.
     *
     * @generated from enum value: LIMIT_ACTION_REJECT = 2;
     */
    LimitAction[LimitAction["REJECT"] = 2] = "REJECT";
    /**
     * Raise a critical alert, cancel open orders in scope and reject every new order in scope until
     * an operator's UpdateLimit leaves the limit within its threshold or disables it.
     *
     * @generated from enum value: LIMIT_ACTION_HALT = 3;
     */
    LimitAction[LimitAction["HALT"] = 3] = "HALT";
})(LimitAction || (LimitAction = {}));
/**
 * Describes the enum cq.risk.v1.LimitAction.
 */
export const LimitActionSchema = /*@__PURE__*/ enumDesc(file_cq_risk_v1_resources, 4);
/**
 * Where a limit's current (or projected) value stands against its threshold and warning levels.
 *
 * @generated from enum cq.risk.v1.LimitStatus
 */
export var LimitStatus;
(function (LimitStatus) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: LIMIT_STATUS_UNSPECIFIED = 0;
     */
    LimitStatus[LimitStatus["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * Below every warning level.
     *
     * @generated from enum value: LIMIT_STATUS_OK = 1;
     */
    LimitStatus[LimitStatus["OK"] = 1] = "OK";
    /**
     * At or above a warning level, up to and including the threshold.
     *
     * @generated from enum value: LIMIT_STATUS_WARNING = 2;
     */
    LimitStatus[LimitStatus["WARNING"] = 2] = "WARNING";
    /**
     * Strictly above the threshold.
     *
     * @generated from enum value: LIMIT_STATUS_BREACHED = 3;
     */
    LimitStatus[LimitStatus["BREACHED"] = 3] = "BREACHED";
})(LimitStatus || (LimitStatus = {}));
/**
 * Describes the enum cq.risk.v1.LimitStatus.
 */
export const LimitStatusSchema = /*@__PURE__*/ enumDesc(file_cq_risk_v1_resources, 5);
/**
 * The outcome of a pre-trade check.
 *
 * @generated from enum cq.risk.v1.CheckDecision
 */
export var CheckDecision;
(function (CheckDecision) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: CHECK_DECISION_UNSPECIFIED = 0;
     */
    CheckDecision[CheckDecision["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * The order may be sent; some limits may still have warned.
     *
     * @generated from enum value: CHECK_DECISION_APPROVE = 1;
     */
    CheckDecision[CheckDecision["APPROVE"] = 1] = "APPROVE";
    /**
     * The order must not be sent.
     *
     * @generated from enum value: CHECK_DECISION_REJECT = 2;
     */
    CheckDecision[CheckDecision["REJECT"] = 2] = "REJECT";
})(CheckDecision || (CheckDecision = {}));
/**
 * Describes the enum cq.risk.v1.CheckDecision.
 */
export const CheckDecisionSchema = /*@__PURE__*/ enumDesc(file_cq_risk_v1_resources, 6);
/**
 * Why a pre-trade check rejected an order.
 *
 * @generated from enum cq.risk.v1.CheckRejectReason
 */
export var CheckRejectReason;
(function (CheckRejectReason) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: CHECK_REJECT_REASON_UNSPECIFIED = 0;
     */
    CheckRejectReason[CheckRejectReason["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * A REJECT or HALT limit would be breached; limit_checks say which.
     *
     * @generated from enum value: CHECK_REJECT_REASON_LIMIT_BREACHED = 1;
     */
    CheckRejectReason[CheckRejectReason["LIMIT_BREACHED"] = 1] = "LIMIT_BREACHED";
    /**
     * Trading is halted in the order's scope by a HALT limit breached earlier.
     *
     * @generated from enum value: CHECK_REJECT_REASON_TRADING_HALTED = 2;
     */
    CheckRejectReason[CheckRejectReason["TRADING_HALTED"] = 2] = "TRADING_HALTED";
    /**
     * No usable price exists to value the order, so the engine fails closed.
     *
     * @generated from enum value: CHECK_REJECT_REASON_PRICE_UNAVAILABLE = 3;
     */
    CheckRejectReason[CheckRejectReason["PRICE_UNAVAILABLE"] = 3] = "PRICE_UNAVAILABLE";
    /**
     * The engine's positions or market data for the account are older than its staleness tolerance,
     * so it fails closed.
     *
     * @generated from enum value: CHECK_REJECT_REASON_RISK_DATA_STALE = 4;
     */
    CheckRejectReason[CheckRejectReason["RISK_DATA_STALE"] = 4] = "RISK_DATA_STALE";
})(CheckRejectReason || (CheckRejectReason = {}));
/**
 * Describes the enum cq.risk.v1.CheckRejectReason.
 */
export const CheckRejectReasonSchema = /*@__PURE__*/ enumDesc(file_cq_risk_v1_resources, 7);
/**
 * How a shock moves a factor.
 *
 * @generated from enum cq.risk.v1.ShockType
 */
export var ShockType;
(function (ShockType) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: SHOCK_TYPE_UNSPECIFIED = 0;
     */
    ShockType[ShockType["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * The factor moves by size in its own units: currency for prices, a decimal rate for rates,
     * spreads and funding ("0.01" is 100 basis points), absolute volatility for volatilities ("0.05"
     * is five vol points).
     *
     * @generated from enum value: SHOCK_TYPE_ABSOLUTE = 1;
     */
    ShockType[ShockType["ABSOLUTE"] = 1] = "ABSOLUTE";
    /**
     * The factor is multiplied by (1 + size): "-0.3" is a 30% fall.
     *
     * @generated from enum value: SHOCK_TYPE_RELATIVE = 2;
     */
    ShockType[ShockType["RELATIVE"] = 2] = "RELATIVE";
})(ShockType || (ShockType = {}));
/**
 * Describes the enum cq.risk.v1.ShockType.
 */
export const ShockTypeSchema = /*@__PURE__*/ enumDesc(file_cq_risk_v1_resources, 8);
/**
 * How urgent an alert is.
 *
 * @generated from enum cq.risk.v1.AlertSeverity
 */
export var AlertSeverity;
(function (AlertSeverity) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: ALERT_SEVERITY_UNSPECIFIED = 0;
     */
    AlertSeverity[AlertSeverity["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * For the record: a limit returned within bounds, or a configuration change.
     *
     * @generated from enum value: ALERT_SEVERITY_INFO = 1;
     */
    AlertSeverity[AlertSeverity["INFO"] = 1] = "INFO";
    /**
     * Needs attention soon: a warning level was crossed or an order was rejected.
     *
     * @generated from enum value: ALERT_SEVERITY_WARNING = 2;
     */
    AlertSeverity[AlertSeverity["WARNING"] = 2] = "WARNING";
    /**
     * Needs action now: a limit is breached, trading is halted, or risk cannot be computed.
     *
     * @generated from enum value: ALERT_SEVERITY_CRITICAL = 3;
     */
    AlertSeverity[AlertSeverity["CRITICAL"] = 3] = "CRITICAL";
})(AlertSeverity || (AlertSeverity = {}));
/**
 * Describes the enum cq.risk.v1.AlertSeverity.
 */
export const AlertSeveritySchema = /*@__PURE__*/ enumDesc(file_cq_risk_v1_resources, 9);
/**
 * What happened to raise an alert.
 *
 * @generated from enum cq.risk.v1.AlertType
 */
export var AlertType;
(function (AlertType) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: ALERT_TYPE_UNSPECIFIED = 0;
     */
    AlertType[AlertType["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * Utilisation crossed one of the limit's warning levels upwards.
     *
     * @generated from enum value: ALERT_TYPE_LIMIT_WARNING = 1;
     */
    AlertType[AlertType["LIMIT_WARNING"] = 1] = "LIMIT_WARNING";
    /**
     * The limit's threshold was exceeded.
     *
     * @generated from enum value: ALERT_TYPE_LIMIT_BREACHED = 2;
     */
    AlertType[AlertType["LIMIT_BREACHED"] = 2] = "LIMIT_BREACHED";
    /**
     * A limit that was warning or breached is back below its warning levels.
     *
     * @generated from enum value: ALERT_TYPE_LIMIT_RESTORED = 3;
     */
    AlertType[AlertType["LIMIT_RESTORED"] = 3] = "LIMIT_RESTORED";
    /**
     * A pre-trade check rejected an order.
     *
     * @generated from enum value: ALERT_TYPE_ORDER_REJECTED = 4;
     */
    AlertType[AlertType["ORDER_REJECTED"] = 4] = "ORDER_REJECTED";
    /**
     * A HALT limit stopped trading in its scope.
     *
     * @generated from enum value: ALERT_TYPE_TRADING_HALTED = 5;
     */
    AlertType[AlertType["TRADING_HALTED"] = 5] = "TRADING_HALTED";
    /**
     * Positions or prices are too stale to compute risk; checks fail closed until they recover.
     *
     * @generated from enum value: ALERT_TYPE_RISK_DATA_STALE = 6;
     */
    AlertType[AlertType["RISK_DATA_STALE"] = 6] = "RISK_DATA_STALE";
})(AlertType || (AlertType = {}));
/**
 * Describes the enum cq.risk.v1.AlertType.
 */
export const AlertTypeSchema = /*@__PURE__*/ enumDesc(file_cq_risk_v1_resources, 10);
