// Copyright 2026 CQC authors. Licensed under the Apache License, Version 2.0.
import { enumDesc, fileDesc, messageDesc } from "@bufbuild/protobuf/codegenv2";
import { file_cq_assets_v1_resources } from "../../assets/v1/resources_pb.js";
import { file_cq_types_v1_amount } from "../../types/v1/amount_pb.js";
import { file_cq_types_v1_decimal } from "../../types/v1/decimal_pb.js";
import { file_google_protobuf_duration, file_google_protobuf_timestamp } from "@bufbuild/protobuf/wkt";
/**
 * Describes the file cq/risk/v1/resources.proto.
 */
export const file_cq_risk_v1_resources = /*@__PURE__*/ fileDesc("ChpjcS9yaXNrL3YxL3Jlc291cmNlcy5wcm90bxIKY3Eucmlzay52MSKTAQoKUmlza0ZhY3RvchIoCgR0eXBlGAEgASgOMhouY3Eucmlzay52MS5SaXNrRmFjdG9yVHlwZRIMCgRuYW1lGAIgASgJEhQKDHVuZGVybGllcl9pZBgDIAEoCRIWCg5xdW90ZV9hc3NldF9pZBgEIAEoCRIQCghjdXJ2ZV9pZBgFIAEoCRINCgV0ZW5vchgGIAEoCSKuAgoLU2Vuc2l0aXZpdHkSJgoGZmFjdG9yGAEgASgLMhYuY3Eucmlzay52MS5SaXNrRmFjdG9yEhkKEWN1cnJlbmN5X2Fzc2V0X2lkGAIgASgJEhIKBWRlbHRhGAMgASgBSACIAQESGwoOZGVsdGFfbm90aW9uYWwYBCABKAFIAYgBARISCgVnYW1tYRgFIAEoAUgCiAEBEhEKBHZlZ2EYBiABKAFIA4gBARISCgV0aGV0YRgHIAEoAUgEiAEBEhEKBGR2MDEYCCABKAFIBYgBARIRCgRjczAxGAkgASgBSAaIAQFCCAoGX2RlbHRhQhEKD19kZWx0YV9ub3Rpb25hbEIICgZfZ2FtbWFCBwoFX3ZlZ2FCCAoGX3RoZXRhQgcKBV9kdjAxQgcKBV9jczAxItABChJBc3NldENsYXNzRXhwb3N1cmUSLQoLYXNzZXRfY2xhc3MYASABKA4yGC5jcS5hc3NldHMudjEuQXNzZXRDbGFzcxIiCgVncm9zcxgCIAEoCzITLmNxLnR5cGVzLnYxLkFtb3VudBIgCgNuZXQYAyABKAsyEy5jcS50eXBlcy52MS5BbW91bnQSIQoEbG9uZxgEIAEoCzITLmNxLnR5cGVzLnYxLkFtb3VudBIiCgVzaG9ydBgFIAEoCzITLmNxLnR5cGVzLnYxLkFtb3VudCL+AQoPRXhwb3N1cmVNZXRyaWNzEiIKBWdyb3NzGAEgASgLMhMuY3EudHlwZXMudjEuQW1vdW50EiAKA25ldBgCIAEoCzITLmNxLnR5cGVzLnYxLkFtb3VudBIhCgRsb25nGAMgASgLMhMuY3EudHlwZXMudjEuQW1vdW50EiIKBXNob3J0GAQgASgLMhMuY3EudHlwZXMudjEuQW1vdW50EhAKCGxldmVyYWdlGAUgASgBEhQKDG5ldF9sZXZlcmFnZRgGIAEoARI2Cg5ieV9hc3NldF9jbGFzcxgHIAMoCzIeLmNxLnJpc2sudjEuQXNzZXRDbGFzc0V4cG9zdXJlIpsBChJDb25jZW50cmF0aW9uRW50cnkSNQoJZGltZW5zaW9uGAEgASgOMiIuY3Eucmlzay52MS5Db25jZW50cmF0aW9uRGltZW5zaW9uEgsKA2tleRgCIAEoCRIrCg5ncm9zc19leHBvc3VyZRgDIAEoCzITLmNxLnR5cGVzLnYxLkFtb3VudBIUCgxzaGFyZV9vZl9uYXYYBCABKAEiugIKC1ZhbHVlQXRSaXNrEiUKBm1ldGhvZBgBIAEoDjIVLmNxLnJpc2sudjEuVmFyTWV0aG9kEhIKCmNvbmZpZGVuY2UYAiABKAESKgoHaG9yaXpvbhgDIAEoCzIZLmdvb2dsZS5wcm90b2J1Zi5EdXJhdGlvbhIrCghsb29rYmFjaxgEIAEoCzIZLmdvb2dsZS5wcm90b2J1Zi5EdXJhdGlvbhIWCg5zY2VuYXJpb19jb3VudBgFIAEoAxIqCg12YWx1ZV9hdF9yaXNrGAYgASgLMhMuY3EudHlwZXMudjEuQW1vdW50Ei8KEmV4cGVjdGVkX3Nob3J0ZmFsbBgHIAEoCzITLmNxLnR5cGVzLnYxLkFtb3VudBIiChp2YWx1ZV9hdF9yaXNrX3NoYXJlX29mX25hdhgIIAEoASKDBAoMUmlza1NuYXBzaG90EhIKCmFjY291bnRfaWQYASABKAkSGQoRY3VycmVuY3lfYXNzZXRfaWQYAiABKAkSIAoDbmF2GAMgASgLMhMuY3EudHlwZXMudjEuQW1vdW50Ei0KCGV4cG9zdXJlGAQgASgLMhsuY3Eucmlzay52MS5FeHBvc3VyZU1ldHJpY3MSLgoNc2Vuc2l0aXZpdGllcxgFIAMoCzIXLmNxLnJpc2sudjEuU2Vuc2l0aXZpdHkSGgoSbmV0X2RlbHRhX25vdGlvbmFsGAYgASgBEhIKCnRvdGFsX2R2MDEYByABKAESNgoOY29uY2VudHJhdGlvbnMYCCADKAsyHi5jcS5yaXNrLnYxLkNvbmNlbnRyYXRpb25FbnRyeRIuCg12YWx1ZV9hdF9yaXNrGAkgAygLMhcuY3Eucmlzay52MS5WYWx1ZUF0UmlzaxIkCgdkYXlfcG5sGAogASgLMhMuY3EudHlwZXMudjEuQW1vdW50Eh8KF3VucHJpY2VkX2luc3RydW1lbnRfaWRzGAsgAygJEjIKDnZhbHVhdGlvbl90aW1lGAwgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcBIwCgxjb21wdXRlX3RpbWUYDSABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wIqMBCgpMaW1pdFNjb3BlEhIKCmFjY291bnRfaWQYASABKAkSEAoIdmVudWVfaWQYAiABKAkSLQoLYXNzZXRfY2xhc3MYAyABKA4yGC5jcS5hc3NldHMudjEuQXNzZXRDbGFzcxIUCgx1bmRlcmxpZXJfaWQYBCABKAkSFQoNaW5zdHJ1bWVudF9pZBgFIAEoCRITCgtzdHJhdGVneV9pZBgGIAEoCSLvBAoFTGltaXQSEAoIbGltaXRfaWQYASABKAkSFAoMZGlzcGxheV9uYW1lGAIgASgJEhMKC2Rlc2NyaXB0aW9uGAMgASgJEiMKBHR5cGUYBCABKA4yFS5jcS5yaXNrLnYxLkxpbWl0VHlwZRIlCgVzY29wZRgFIAEoCzIWLmNxLnJpc2sudjEuTGltaXRTY29wZRInCgl0aHJlc2hvbGQYBiABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsEhkKEWN1cnJlbmN5X2Fzc2V0X2lkGAcgASgJEhYKDndhcm5pbmdfbGV2ZWxzGAggAygBEicKBmFjdGlvbhgJIAEoDjIXLmNxLnJpc2sudjEuTGltaXRBY3Rpb24SDwoHZW5hYmxlZBgKIAEoCBIpCgZ3aW5kb3cYCyABKAsyGS5nb29nbGUucHJvdG9idWYuRHVyYXRpb24SKwoNY3VycmVudF92YWx1ZRgMIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwSEwoLdXRpbGlzYXRpb24YDSABKAESJwoGc3RhdHVzGA4gASgOMhcuY3Eucmlzay52MS5MaW1pdFN0YXR1cxIwCgxtZWFzdXJlX3RpbWUYDyABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wEi8KC2NyZWF0ZV90aW1lGBAgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcBIvCgt1cGRhdGVfdGltZRgRIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXASDwoHdXBkYXRlchgSIAEoCRIMCgRldGFnGBMgASgJIuoCCgpMaW1pdENoZWNrEhAKCGxpbWl0X2lkGAEgASgJEikKCmxpbWl0X3R5cGUYAiABKA4yFS5jcS5yaXNrLnYxLkxpbWl0VHlwZRInCgZhY3Rpb24YAyABKA4yFy5jcS5yaXNrLnYxLkxpbWl0QWN0aW9uEicKBnN0YXR1cxgEIAEoDjIXLmNxLnJpc2sudjEuTGltaXRTdGF0dXMSKwoNY3VycmVudF92YWx1ZRgFIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwSLQoPcHJvamVjdGVkX3ZhbHVlGAYgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbBInCgl0aHJlc2hvbGQYByABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsEhkKEWN1cnJlbmN5X2Fzc2V0X2lkGAggASgJEh0KFXByb2plY3RlZF91dGlsaXNhdGlvbhgJIAEoARIOCgZyZWFzb24YCiABKAki1QIKE1ByZVRyYWRlQ2hlY2tSZXN1bHQSEAoIY2hlY2tfaWQYASABKAkSKwoIZGVjaXNpb24YAiABKA4yGS5jcS5yaXNrLnYxLkNoZWNrRGVjaXNpb24SNAoNcmVqZWN0X3JlYXNvbhgDIAEoDjIdLmNxLnJpc2sudjEuQ2hlY2tSZWplY3RSZWFzb24SDwoHbWVzc2FnZRgEIAEoCRIsCgxsaW1pdF9jaGVja3MYBSADKAsyFi5jcS5yaXNrLnYxLkxpbWl0Q2hlY2sSKwoOb3JkZXJfbm90aW9uYWwYBiABKAsyEy5jcS50eXBlcy52MS5BbW91bnQSLQoPdmFsdWF0aW9uX3ByaWNlGAcgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbBIuCgpjaGVja190aW1lGAggASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcCKIAQoFU2hvY2sSJgoGZmFjdG9yGAEgASgLMhYuY3Eucmlzay52MS5SaXNrRmFjdG9yEiMKBHR5cGUYAiABKA4yFS5jcS5yaXNrLnYxLlNob2NrVHlwZRIiCgRzaXplGAMgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbBIOCgZ0ZW5vcnMYBCADKAkicwoOU3RyZXNzU2NlbmFyaW8SEwoLc2NlbmFyaW9faWQYASABKAkSFAoMZGlzcGxheV9uYW1lGAIgASgJEhMKC2Rlc2NyaXB0aW9uGAMgASgJEiEKBnNob2NrcxgEIAMoCzIRLmNxLnJpc2sudjEuU2hvY2siXgoSU3RyZXNzRmFjdG9ySW1wYWN0EiYKBmZhY3RvchgBIAEoCzIWLmNxLnJpc2sudjEuUmlza0ZhY3RvchIgCgNwbmwYAiABKAsyEy5jcS50eXBlcy52MS5BbW91bnQipAEKFlN0cmVzc0luc3RydW1lbnRJbXBhY3QSFQoNaW5zdHJ1bWVudF9pZBgBIAEoCRImCghxdWFudGl0eRgCIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwSKQoMbWFya2V0X3ZhbHVlGAMgASgLMhMuY3EudHlwZXMudjEuQW1vdW50EiAKA3BubBgEIAEoCzITLmNxLnR5cGVzLnYxLkFtb3VudCK9AwoQU3RyZXNzVGVzdFJlc3VsdBITCgtzY2VuYXJpb19pZBgBIAEoCRIdChVzY2VuYXJpb19kaXNwbGF5X25hbWUYAiABKAkSEgoKYWNjb3VudF9pZBgDIAEoCRIgCgNuYXYYBCABKAsyEy5jcS50eXBlcy52MS5BbW91bnQSJgoJdG90YWxfcG5sGAUgASgLMhMuY3EudHlwZXMudjEuQW1vdW50EhgKEHBubF9zaGFyZV9vZl9uYXYYBiABKAESNgoOZmFjdG9yX2ltcGFjdHMYByADKAsyHi5jcS5yaXNrLnYxLlN0cmVzc0ZhY3RvckltcGFjdBI+ChJpbnN0cnVtZW50X2ltcGFjdHMYCCADKAsyIi5jcS5yaXNrLnYxLlN0cmVzc0luc3RydW1lbnRJbXBhY3QSHwoXdW5wcmljZWRfaW5zdHJ1bWVudF9pZHMYCSADKAkSMgoOdmFsdWF0aW9uX3RpbWUYCiABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wEjAKDGNvbXB1dGVfdGltZRgLIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXAihgQKBUFsZXJ0EhAKCGFsZXJ0X2lkGAEgASgJEiMKBHR5cGUYAiABKA4yFS5jcS5yaXNrLnYxLkFsZXJ0VHlwZRIrCghzZXZlcml0eRgDIAEoDjIZLmNxLnJpc2sudjEuQWxlcnRTZXZlcml0eRISCgphY2NvdW50X2lkGAQgASgJEhAKCGxpbWl0X2lkGAUgASgJEikKCmxpbWl0X3R5cGUYBiABKA4yFS5jcS5yaXNrLnYxLkxpbWl0VHlwZRIsCg5vYnNlcnZlZF92YWx1ZRgHIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwSJwoJdGhyZXNob2xkGAggASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbBIZChFjdXJyZW5jeV9hc3NldF9pZBgJIAEoCRITCgt1dGlsaXNhdGlvbhgKIAEoARInCgZhY3Rpb24YCyABKA4yFy5jcS5yaXNrLnYxLkxpbWl0QWN0aW9uEg8KB21lc3NhZ2UYDCABKAkSEAoIb3JkZXJfaWQYDSABKAkSEAoIY2hlY2tfaWQYDiABKAkSMgoOdmFsdWF0aW9uX3RpbWUYDyABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wEi8KC2NyZWF0ZV90aW1lGBAgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcCrsAgoOUmlza0ZhY3RvclR5cGUSIAocUklTS19GQUNUT1JfVFlQRV9VTlNQRUNJRklFRBAAEiEKHVJJU0tfRkFDVE9SX1RZUEVfQ1JZUFRPX1BSSUNFEAESIQodUklTS19GQUNUT1JfVFlQRV9FUVVJVFlfUFJJQ0UQAhIkCiBSSVNLX0ZBQ1RPUl9UWVBFX0NPTU1PRElUWV9QUklDRRADEhwKGFJJU0tfRkFDVE9SX1RZUEVfRlhfUkFURRAEEiIKHlJJU0tfRkFDVE9SX1RZUEVfSU5URVJFU1RfUkFURRAFEiIKHlJJU0tfRkFDVE9SX1RZUEVfQ1JFRElUX1NQUkVBRBAGEicKI1JJU0tfRkFDVE9SX1RZUEVfSU1QTElFRF9WT0xBVElMSVRZEAcSIQodUklTS19GQUNUT1JfVFlQRV9GVU5ESU5HX1JBVEUQCBIaChZSSVNLX0ZBQ1RPUl9UWVBFX0JBU0lTEAkq0wEKFkNvbmNlbnRyYXRpb25EaW1lbnNpb24SJwojQ09OQ0VOVFJBVElPTl9ESU1FTlNJT05fVU5TUEVDSUZJRUQQABIhCh1DT05DRU5UUkFUSU9OX0RJTUVOU0lPTl9BU1NFVBABEiYKIkNPTkNFTlRSQVRJT05fRElNRU5TSU9OX0lOU1RSVU1FTlQQAhIhCh1DT05DRU5UUkFUSU9OX0RJTUVOU0lPTl9WRU5VRRADEiIKHkNPTkNFTlRSQVRJT05fRElNRU5TSU9OX0lTU1VFUhAEKnkKCVZhck1ldGhvZBIaChZWQVJfTUVUSE9EX1VOU1BFQ0lGSUVEEAASGQoVVkFSX01FVEhPRF9ISVNUT1JJQ0FMEAESGQoVVkFSX01FVEhPRF9QQVJBTUVUUklDEAISGgoWVkFSX01FVEhPRF9NT05URV9DQVJMTxADKrUDCglMaW1pdFR5cGUSGgoWTElNSVRfVFlQRV9VTlNQRUNJRklFRBAAEh0KGUxJTUlUX1RZUEVfR1JPU1NfRVhQT1NVUkUQARIbChdMSU1JVF9UWVBFX05FVF9FWFBPU1VSRRACEh0KGUxJTUlUX1RZUEVfT1JERVJfTk9USU9OQUwQAxIdChlMSU1JVF9UWVBFX09SREVSX1FVQU5USVRZEAQSIAocTElNSVRfVFlQRV9QT1NJVElPTl9RVUFOVElUWRAFEiAKHExJTUlUX1RZUEVfUE9TSVRJT05fTk9USU9OQUwQBhIUChBMSU1JVF9UWVBFX0RFTFRBEAcSEwoPTElNSVRfVFlQRV9EVjAxEAgSFwoTTElNSVRfVFlQRV9MRVZFUkFHRRAJEhMKD0xJTUlUX1RZUEVfTE9TUxAKEhwKGExJTUlUX1RZUEVfVkFMVUVfQVRfUklTSxALEhwKGExJTUlUX1RZUEVfQ09OQ0VOVFJBVElPThAMEhkKFUxJTUlUX1RZUEVfT1JERVJfUkFURRANEh4KGkxJTUlUX1RZUEVfUFJJQ0VfREVWSUFUSU9OEA4qcgoLTGltaXRBY3Rpb24SHAoYTElNSVRfQUNUSU9OX1VOU1BFQ0lGSUVEEAASFQoRTElNSVRfQUNUSU9OX1dBUk4QARIXChNMSU1JVF9BQ1RJT05fUkVKRUNUEAISFQoRTElNSVRfQUNUSU9OX0hBTFQQAyp1CgtMaW1pdFN0YXR1cxIcChhMSU1JVF9TVEFUVVNfVU5TUEVDSUZJRUQQABITCg9MSU1JVF9TVEFUVVNfT0sQARIYChRMSU1JVF9TVEFUVVNfV0FSTklORxACEhkKFUxJTUlUX1NUQVRVU19CUkVBQ0hFRBADKmYKDUNoZWNrRGVjaXNpb24SHgoaQ0hFQ0tfREVDSVNJT05fVU5TUEVDSUZJRUQQABIaChZDSEVDS19ERUNJU0lPTl9BUFBST1ZFEAESGQoVQ0hFQ0tfREVDSVNJT05fUkVKRUNUEAIq3AEKEUNoZWNrUmVqZWN0UmVhc29uEiMKH0NIRUNLX1JFSkVDVF9SRUFTT05fVU5TUEVDSUZJRUQQABImCiJDSEVDS19SRUpFQ1RfUkVBU09OX0xJTUlUX0JSRUFDSEVEEAESJgoiQ0hFQ0tfUkVKRUNUX1JFQVNPTl9UUkFESU5HX0hBTFRFRBACEikKJUNIRUNLX1JFSkVDVF9SRUFTT05fUFJJQ0VfVU5BVkFJTEFCTEUQAxInCiNDSEVDS19SRUpFQ1RfUkVBU09OX1JJU0tfREFUQV9TVEFMRRAEKlkKCVNob2NrVHlwZRIaChZTSE9DS19UWVBFX1VOU1BFQ0lGSUVEEAASFwoTU0hPQ0tfVFlQRV9BQlNPTFVURRABEhcKE1NIT0NLX1RZUEVfUkVMQVRJVkUQAiqBAQoNQWxlcnRTZXZlcml0eRIeChpBTEVSVF9TRVZFUklUWV9VTlNQRUNJRklFRBAAEhcKE0FMRVJUX1NFVkVSSVRZX0lORk8QARIaChZBTEVSVF9TRVZFUklUWV9XQVJOSU5HEAISGwoXQUxFUlRfU0VWRVJJVFlfQ1JJVElDQUwQAyrhAQoJQWxlcnRUeXBlEhoKFkFMRVJUX1RZUEVfVU5TUEVDSUZJRUQQABIcChhBTEVSVF9UWVBFX0xJTUlUX1dBUk5JTkcQARIdChlBTEVSVF9UWVBFX0xJTUlUX0JSRUFDSEVEEAISHQoZQUxFUlRfVFlQRV9MSU1JVF9SRVNUT1JFRBADEh0KGUFMRVJUX1RZUEVfT1JERVJfUkVKRUNURUQQBBIdChlBTEVSVF9UWVBFX1RSQURJTkdfSEFMVEVEEAUSHgoaQUxFUlRfVFlQRV9SSVNLX0RBVEFfU1RBTEUQBkKfAQoOY29tLmNxLnJpc2sudjFCDlJlc291cmNlc1Byb3RvUAFaM2dpdGh1Yi5jb20vY3EtcGxhdGZvcm0vY3FjL2dlbi9nby9jcS9yaXNrL3YxO3Jpc2t2MaICA0NSWKoCCkNxLlJpc2suVjHKAgpDcVxSaXNrXFYx4gIWQ3FcUmlza1xWMVxHUEJNZXRhZGF0YeoCDENxOjpSaXNrOjpWMWIGcHJvdG8z", [file_cq_assets_v1_resources, file_cq_types_v1_amount, file_cq_types_v1_decimal, file_google_protobuf_duration, file_google_protobuf_timestamp]);
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
