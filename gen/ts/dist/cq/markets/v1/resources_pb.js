// Copyright 2026 CQC authors. Licensed under the Apache License, Version 2.0.
import { enumDesc, fileDesc, messageDesc } from "@bufbuild/protobuf/codegenv2";
import { file_buf_validate_validate } from "../../../buf/validate/validate_pb.js";
import { file_cq_types_v1_amount } from "../../types/v1/amount_pb.js";
import { file_cq_types_v1_decimal } from "../../types/v1/decimal_pb.js";
import { file_cq_types_v1_side } from "../../types/v1/side_pb.js";
import { file_cq_types_v1_time_range } from "../../types/v1/time_range_pb.js";
import { file_google_protobuf_duration, file_google_protobuf_timestamp } from "@bufbuild/protobuf/wkt";
/**
 * Describes the file cq/markets/v1/resources.proto.
 */
export const file_cq_markets_v1_resources = /*@__PURE__*/ fileDesc("Ch1jcS9tYXJrZXRzL3YxL3Jlc291cmNlcy5wcm90bxINY3EubWFya2V0cy52MSKEFAoFUHJpY2USZgoNaW5zdHJ1bWVudF9pZBgBIAEoCUJPukhMyAEBckcyRV5bYS16XVthLXowLTlfXXswLDMxfTpbYS16XVthLXowLTlfXXswLDMxfTpbQS1aMC05XVtBLVowLTkuXy1dezAsNjN9JBIyCgh2ZW51ZV9pZBgCIAEoCUIgukgdyAEBchgyFl5bYS16XVthLXowLTlfXXswLDMxfSQStgEKCWJpZF9wcmljZRgDIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWxCjAG6SIgBugGEAQoUZGVjaW1hbC5ub25fbmVnYXRpdmUSFG11c3Qgbm90IGJlIG5lZ2F0aXZlGlYhdGhpcy52YWx1ZS5zdGFydHNXaXRoKCctJykgfHwgdGhpcy52YWx1ZS5tYXRjaGVzKCdeLVswXSsoXFwuMCspPyhbZUVdWystXT9bMC05XSspPyQnKRK2AQoJYXNrX3ByaWNlGAQgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbEKMAbpIiAG6AYQBChRkZWNpbWFsLm5vbl9uZWdhdGl2ZRIUbXVzdCBub3QgYmUgbmVnYXRpdmUaViF0aGlzLnZhbHVlLnN0YXJ0c1dpdGgoJy0nKSB8fCB0aGlzLnZhbHVlLm1hdGNoZXMoJ14tWzBdKyhcXC4wKyk/KFtlRV1bKy1dP1swLTldKyk/JCcpEicKCW1pZF9wcmljZRgFIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwStwEKCmxhc3RfcHJpY2UYBiABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsQowBukiIAboBhAEKFGRlY2ltYWwubm9uX25lZ2F0aXZlEhRtdXN0IG5vdCBiZSBuZWdhdGl2ZRpWIXRoaXMudmFsdWUuc3RhcnRzV2l0aCgnLScpIHx8IHRoaXMudmFsdWUubWF0Y2hlcygnXi1bMF0rKFxcLjArKT8oW2VFXVsrLV0/WzAtOV0rKT8kJykS9QEKCGJpZF9zaXplGAcgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbELMAbpIyAG6AcQBChBkZWNpbWFsLnBvc2l0aXZlEhZtdXN0IGJlIGdyZWF0ZXIgdGhhbiAwGpcBdGhpcy52YWx1ZS5tYXRjaGVzKCdeWytdP1swLTldKlsxLTldWzAtOV0qKFxcLlswLTldKyk/KFtlRV1bKy1dP1swLTldKyk/JCcpIHx8IHRoaXMudmFsdWUubWF0Y2hlcygnXlsrXT9bMC05XStcXC5bMC05XSpbMS05XVswLTldKihbZUVdWystXT9bMC05XSspPyQnKRL1AQoIYXNrX3NpemUYCCABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsQswBukjIAboBxAEKEGRlY2ltYWwucG9zaXRpdmUSFm11c3QgYmUgZ3JlYXRlciB0aGFuIDAalwF0aGlzLnZhbHVlLm1hdGNoZXMoJ15bK10/WzAtOV0qWzEtOV1bMC05XSooXFwuWzAtOV0rKT8oW2VFXVsrLV0/WzAtOV0rKT8kJykgfHwgdGhpcy52YWx1ZS5tYXRjaGVzKCdeWytdP1swLTldK1xcLlswLTldKlsxLTldWzAtOV0qKFtlRV1bKy1dP1swLTldKyk/JCcpEvYBCglsYXN0X3NpemUYCSABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsQswBukjIAboBxAEKEGRlY2ltYWwucG9zaXRpdmUSFm11c3QgYmUgZ3JlYXRlciB0aGFuIDAalwF0aGlzLnZhbHVlLm1hdGNoZXMoJ15bK10/WzAtOV0qWzEtOV1bMC05XSooXFwuWzAtOV0rKT8oW2VFXVsrLV0/WzAtOV0rKT8kJykgfHwgdGhpcy52YWx1ZS5tYXRjaGVzKCdeWytdP1swLTldK1xcLlswLTldKlsxLTldWzAtOV0qKFtlRV1bKy1dP1swLTldKyk/JCcpErcBCgptYXJrX3ByaWNlGAogASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbEKMAbpIiAG6AYQBChRkZWNpbWFsLm5vbl9uZWdhdGl2ZRIUbXVzdCBub3QgYmUgbmVnYXRpdmUaViF0aGlzLnZhbHVlLnN0YXJ0c1dpdGgoJy0nKSB8fCB0aGlzLnZhbHVlLm1hdGNoZXMoJ14tWzBdKyhcXC4wKyk/KFtlRV1bKy1dP1swLTldKyk/JCcpErgBCgtpbmRleF9wcmljZRgLIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWxCjAG6SIgBugGEAQoUZGVjaW1hbC5ub25fbmVnYXRpdmUSFG11c3Qgbm90IGJlIG5lZ2F0aXZlGlYhdGhpcy52YWx1ZS5zdGFydHNXaXRoKCctJykgfHwgdGhpcy52YWx1ZS5tYXRjaGVzKCdeLVswXSsoXFwuMCspPyhbZUVdWystXT9bMC05XSspPyQnKRI8Cg1tYXJrZXRfc3RhdHVzGAwgASgOMhsuY3EubWFya2V0cy52MS5NYXJrZXRTdGF0dXNCCLpIBYIBAhABEhoKCWRlYWxlcl9pZBgNIAEoCUIHukgEcgIYQBIZCghxdW90ZV9pZBgOIAEoCUIHukgEcgIYQBIvCgtleHBpcmVfdGltZRgPIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXASFwoPc2VxdWVuY2VfbnVtYmVyGBAgASgEEjYKCmV2ZW50X3RpbWUYESABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wQga6SAPIAQESMAoMcmVjZWl2ZV90aW1lGBIgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcBJDChB2ZW51ZV9hdHRyaWJ1dGVzGBMgAygLMikuY3EubWFya2V0cy52MS5QcmljZS5WZW51ZUF0dHJpYnV0ZXNFbnRyeRo2ChRWZW51ZUF0dHJpYnV0ZXNFbnRyeRILCgNrZXkYASABKAkSDQoFdmFsdWUYAiABKAk6AjgBOoUCukiBAhp/ChhwcmljZS5xdW90ZV9uZWVkc19kZWFsZXISNnF1b3RlX2lkIGlzIHNldCBvbmx5IG9uIGEgZGVhbGVyIHF1b3RlLCB3aXRoIGRlYWxlcl9pZBordGhpcy5xdW90ZV9pZCA9PSAnJyB8fCB0aGlzLmRlYWxlcl9pZCAhPSAnJxp+ChhwcmljZS5leHBpcmVfYWZ0ZXJfZXZlbnQSJGV4cGlyZV90aW1lIG11c3QgYmUgYWZ0ZXIgZXZlbnRfdGltZRo8IWhhcyh0aGlzLmV4cGlyZV90aW1lKSB8fCB0aGlzLmV4cGlyZV90aW1lID4gdGhpcy5ldmVudF90aW1lIpMDCglPcmRlckJvb2sSZgoNaW5zdHJ1bWVudF9pZBgBIAEoCUJPukhMyAEBckcyRV5bYS16XVthLXowLTlfXXswLDMxfTpbYS16XVthLXowLTlfXXswLDMxfTpbQS1aMC05XVtBLVowLTkuXy1dezAsNjN9JBIyCgh2ZW51ZV9pZBgCIAEoCUIgukgdyAEBchgyFl5bYS16XVthLXowLTlfXXswLDMxfSQSKwoEYmlkcxgDIAMoCzIdLmNxLm1hcmtldHMudjEuT3JkZXJCb29rTGV2ZWwSKwoEYXNrcxgEIAMoCzIdLmNxLm1hcmtldHMudjEuT3JkZXJCb29rTGV2ZWwSDQoFZGVwdGgYBSABKAMSFwoPc2VxdWVuY2VfbnVtYmVyGAYgASgEEjYKCmV2ZW50X3RpbWUYByABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wQga6SAPIAQESMAoMcmVjZWl2ZV90aW1lGAggASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcCKhAwoOT3JkZXJCb29rTGV2ZWwStQEKBXByaWNlGAEgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbEKPAbpIiwG6AYQBChRkZWNpbWFsLm5vbl9uZWdhdGl2ZRIUbXVzdCBub3QgYmUgbmVnYXRpdmUaViF0aGlzLnZhbHVlLnN0YXJ0c1dpdGgoJy0nKSB8fCB0aGlzLnZhbHVlLm1hdGNoZXMoJ14tWzBdKyhcXC4wKyk/KFtlRV1bKy1dP1swLTldKyk/JCcpyAEBErgBCghxdWFudGl0eRgCIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWxCjwG6SIsBugGEAQoUZGVjaW1hbC5ub25fbmVnYXRpdmUSFG11c3Qgbm90IGJlIG5lZ2F0aXZlGlYhdGhpcy52YWx1ZS5zdGFydHNXaXRoKCctJykgfHwgdGhpcy52YWx1ZS5tYXRjaGVzKCdeLVswXSsoXFwuMCspPyhbZUVdWystXT9bMC05XSspPyQnKcgBARIcCgtvcmRlcl9jb3VudBgDIAEoA0IHukgEIgIoACL6BAoOT3JkZXJCb29rRGVsdGESZgoNaW5zdHJ1bWVudF9pZBgBIAEoCUJPukhMyAEBckcyRV5bYS16XVthLXowLTlfXXswLDMxfTpbYS16XVthLXowLTlfXXswLDMxfTpbQS1aMC05XVtBLVowLTkuXy1dezAsNjN9JBIyCgh2ZW51ZV9pZBgCIAEoCUIgukgdyAEBchgyFl5bYS16XVthLXowLTlfXXswLDMxfSQSMQoEYmlkcxgDIAMoCzIjLmNxLm1hcmtldHMudjEuT3JkZXJCb29rTGV2ZWxDaGFuZ2USMQoEYXNrcxgEIAMoCzIjLmNxLm1hcmtldHMudjEuT3JkZXJCb29rTGV2ZWxDaGFuZ2USHwoPc2VxdWVuY2VfbnVtYmVyGAUgASgEQga6SAPIAQESIAoYcHJldmlvdXNfc2VxdWVuY2VfbnVtYmVyGAYgASgEEhUKDWxhc3RfaW5fYmF0Y2gYByABKAgSNgoKZXZlbnRfdGltZRgIIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXBCBrpIA8gBARIwCgxyZWNlaXZlX3RpbWUYCSABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wOqEBukidARqaAQojb3JkZXJfYm9va19kZWx0YS5zZXF1ZW5jZV9pbmNyZWFzZXMSPXNlcXVlbmNlX251bWJlciBtdXN0IGJlIGdyZWF0ZXIgdGhhbiBwcmV2aW91c19zZXF1ZW5jZV9udW1iZXIaNHRoaXMuc2VxdWVuY2VfbnVtYmVyID4gdGhpcy5wcmV2aW91c19zZXF1ZW5jZV9udW1iZXIiiwMKFE9yZGVyQm9va0xldmVsQ2hhbmdlEjoKBmFjdGlvbhgBIAEoDjIeLmNxLm1hcmtldHMudjEuT3JkZXJCb29rQWN0aW9uQgq6SAeCAQQQASAAEjQKBWxldmVsGAIgASgLMh0uY3EubWFya2V0cy52MS5PcmRlckJvb2tMZXZlbEIGukgDyAEBOoACukj8ARr5AQo0b3JkZXJfYm9va19sZXZlbF9jaGFuZ2UuemVyb19xdWFudGl0eV9vbmx5X29uX2RlbGV0ZRJFbGV2ZWwucXVhbnRpdHkgbWF5IGJlIHplcm8gb25seSBpbiBhbiBPUkRFUl9CT09LX0FDVElPTl9ERUxFVEUgY2hhbmdlGnp0aGlzLmFjdGlvbiA9PSAzIHx8ICFoYXModGhpcy5sZXZlbC5xdWFudGl0eSkgfHwgIXRoaXMubGV2ZWwucXVhbnRpdHkudmFsdWUubWF0Y2hlcygnXlsrLV0/MCsoXFwuMCspPyhbZUVdWystXT9bMC05XSspPyQnKSKMBwoFVHJhZGUSGAoIdHJhZGVfaWQYASABKAlCBrpIA8gBARJmCg1pbnN0cnVtZW50X2lkGAIgASgJQk+6SEzIAQFyRzJFXlthLXpdW2EtejAtOV9dezAsMzF9OlthLXpdW2EtejAtOV9dezAsMzF9OltBLVowLTldW0EtWjAtOS5fLV17MCw2M30kEjIKCHZlbnVlX2lkGAMgASgJQiC6SB3IAQFyGDIWXlthLXpdW2EtejAtOV9dezAsMzF9JBK1AQoFcHJpY2UYBCABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsQo8BukiLAboBhAEKFGRlY2ltYWwubm9uX25lZ2F0aXZlEhRtdXN0IG5vdCBiZSBuZWdhdGl2ZRpWIXRoaXMudmFsdWUuc3RhcnRzV2l0aCgnLScpIHx8IHRoaXMudmFsdWUubWF0Y2hlcygnXi1bMF0rKFxcLjArKT8oW2VFXVsrLV0/WzAtOV0rKT8kJynIAQES+AEKCHF1YW50aXR5GAUgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbELPAbpIywG6AcQBChBkZWNpbWFsLnBvc2l0aXZlEhZtdXN0IGJlIGdyZWF0ZXIgdGhhbiAwGpcBdGhpcy52YWx1ZS5tYXRjaGVzKCdeWytdP1swLTldKlsxLTldWzAtOV0qKFxcLlswLTldKyk/KFtlRV1bKy1dP1swLTldKyk/JCcpIHx8IHRoaXMudmFsdWUubWF0Y2hlcygnXlsrXT9bMC05XStcXC5bMC05XSpbMS05XVswLTldKihbZUVdWystXT9bMC05XSspPyQnKcgBARIzCg5hZ2dyZXNzb3Jfc2lkZRgGIAEoDjIRLmNxLnR5cGVzLnYxLlNpZGVCCLpIBYIBAhABEjYKCmV2ZW50X3RpbWUYByABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wQga6SAPIAQESMAoMcmVjZWl2ZV90aW1lGAggASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcBJDChB2ZW51ZV9hdHRyaWJ1dGVzGAkgAygLMikuY3EubWFya2V0cy52MS5UcmFkZS5WZW51ZUF0dHJpYnV0ZXNFbnRyeRo2ChRWZW51ZUF0dHJpYnV0ZXNFbnRyeRILCgNrZXkYASABKAkSDQoFdmFsdWUYAiABKAk6AjgBIpgOCgZDYW5kbGUSZgoNaW5zdHJ1bWVudF9pZBgBIAEoCUJPukhMyAEBckcyRV5bYS16XVthLXowLTlfXXswLDMxfTpbYS16XVthLXowLTlfXXswLDMxfTpbQS1aMC05XVtBLVowLTkuXy1dezAsNjN9JBIyCgh2ZW51ZV9pZBgCIAEoCUIgukgdyAEBchgyFl5bYS16XVthLXowLTlfXXswLDMxfSQSOwoIaW50ZXJ2YWwYAyABKA4yHS5jcS5tYXJrZXRzLnYxLkNhbmRsZUludGVydmFsQgq6SAeCAQQQASAAEjUKCW9wZW5fdGltZRgEIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXBCBrpIA8gBARIuCgpjbG9zZV90aW1lGAUgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcBK6AQoKb3Blbl9wcmljZRgGIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWxCjwG6SIsBugGEAQoUZGVjaW1hbC5ub25fbmVnYXRpdmUSFG11c3Qgbm90IGJlIG5lZ2F0aXZlGlYhdGhpcy52YWx1ZS5zdGFydHNXaXRoKCctJykgfHwgdGhpcy52YWx1ZS5tYXRjaGVzKCdeLVswXSsoXFwuMCspPyhbZUVdWystXT9bMC05XSspPyQnKcgBARK6AQoKaGlnaF9wcmljZRgHIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWxCjwG6SIsBugGEAQoUZGVjaW1hbC5ub25fbmVnYXRpdmUSFG11c3Qgbm90IGJlIG5lZ2F0aXZlGlYhdGhpcy52YWx1ZS5zdGFydHNXaXRoKCctJykgfHwgdGhpcy52YWx1ZS5tYXRjaGVzKCdeLVswXSsoXFwuMCspPyhbZUVdWystXT9bMC05XSspPyQnKcgBARK5AQoJbG93X3ByaWNlGAggASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbEKPAbpIiwG6AYQBChRkZWNpbWFsLm5vbl9uZWdhdGl2ZRIUbXVzdCBub3QgYmUgbmVnYXRpdmUaViF0aGlzLnZhbHVlLnN0YXJ0c1dpdGgoJy0nKSB8fCB0aGlzLnZhbHVlLm1hdGNoZXMoJ14tWzBdKyhcXC4wKyk/KFtlRV1bKy1dP1swLTldKyk/JCcpyAEBErsBCgtjbG9zZV9wcmljZRgJIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWxCjwG6SIsBugGEAQoUZGVjaW1hbC5ub25fbmVnYXRpdmUSFG11c3Qgbm90IGJlIG5lZ2F0aXZlGlYhdGhpcy52YWx1ZS5zdGFydHNXaXRoKCctJykgfHwgdGhpcy52YWx1ZS5tYXRjaGVzKCdeLVswXSsoXFwuMCspPyhbZUVdWystXT9bMC05XSspPyQnKcgBARK2AQoGdm9sdW1lGAogASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbEKPAbpIiwG6AYQBChRkZWNpbWFsLm5vbl9uZWdhdGl2ZRIUbXVzdCBub3QgYmUgbmVnYXRpdmUaViF0aGlzLnZhbHVlLnN0YXJ0c1dpdGgoJy0nKSB8fCB0aGlzLnZhbHVlLm1hdGNoZXMoJ14tWzBdKyhcXC4wKyk/KFtlRV1bKy1dP1swLTldKyk/JCcpyAEBErkBCgxxdW90ZV92b2x1bWUYCyABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsQowBukiIAboBhAEKFGRlY2ltYWwubm9uX25lZ2F0aXZlEhRtdXN0IG5vdCBiZSBuZWdhdGl2ZRpWIXRoaXMudmFsdWUuc3RhcnRzV2l0aCgnLScpIHx8IHRoaXMudmFsdWUubWF0Y2hlcygnXi1bMF0rKFxcLjArKT8oW2VFXVsrLV0/WzAtOV0rKT8kJykStwEKCnZ3YXBfcHJpY2UYDCABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsQowBukiIAboBhAEKFGRlY2ltYWwubm9uX25lZ2F0aXZlEhRtdXN0IG5vdCBiZSBuZWdhdGl2ZRpWIXRoaXMudmFsdWUuc3RhcnRzV2l0aCgnLScpIHx8IHRoaXMudmFsdWUubWF0Y2hlcygnXi1bMF0rKFxcLjArKT8oW2VFXVsrLV0/WzAtOV0rKT8kJykSHAoLdHJhZGVfY291bnQYDSABKANCB7pIBCICKAASDgoGY2xvc2VkGA4gASgIOn26SHoaeAoXY2FuZGxlLmNsb3NlX2FmdGVyX29wZW4SImNsb3NlX3RpbWUgbXVzdCBiZSBhZnRlciBvcGVuX3RpbWUaOSFoYXModGhpcy5jbG9zZV90aW1lKSB8fCB0aGlzLmNsb3NlX3RpbWUgPiB0aGlzLm9wZW5fdGltZSKGBwoEVndhcBJmCg1pbnN0cnVtZW50X2lkGAEgASgJQk+6SEzIAQFyRzJFXlthLXpdW2EtejAtOV9dezAsMzF9OlthLXpdW2EtejAtOV9dezAsMzF9OltBLVowLTldW0EtWjAtOS5fLV17MCw2M30kEjIKCHZlbnVlX2lkGAIgASgJQiC6SB3IAQFyGDIWXlthLXpdW2EtejAtOV9dezAsMzF9JBIuCgZ3aW5kb3cYAyABKAsyFi5jcS50eXBlcy52MS5UaW1lUmFuZ2VCBrpIA8gBARKyAQoFcHJpY2UYBCABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsQowBukiIAboBhAEKFGRlY2ltYWwubm9uX25lZ2F0aXZlEhRtdXN0IG5vdCBiZSBuZWdhdGl2ZRpWIXRoaXMudmFsdWUuc3RhcnRzV2l0aCgnLScpIHx8IHRoaXMudmFsdWUubWF0Y2hlcygnXi1bMF0rKFxcLjArKT8oW2VFXVsrLV0/WzAtOV0rKT8kJykStgEKBnZvbHVtZRgFIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWxCjwG6SIsBugGEAQoUZGVjaW1hbC5ub25fbmVnYXRpdmUSFG11c3Qgbm90IGJlIG5lZ2F0aXZlGlYhdGhpcy52YWx1ZS5zdGFydHNXaXRoKCctJykgfHwgdGhpcy52YWx1ZS5tYXRjaGVzKCdeLVswXSsoXFwuMCspPyhbZUVdWystXT9bMC05XSspPyQnKcgBARK8AQoMcXVvdGVfdm9sdW1lGAYgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbEKPAbpIiwG6AYQBChRkZWNpbWFsLm5vbl9uZWdhdGl2ZRIUbXVzdCBub3QgYmUgbmVnYXRpdmUaViF0aGlzLnZhbHVlLnN0YXJ0c1dpdGgoJy0nKSB8fCB0aGlzLnZhbHVlLm1hdGNoZXMoJ14tWzBdKyhcXC4wKyk/KFtlRV1bKy1dP1swLTldKyk/JCcpyAEBEhwKC3RyYWRlX2NvdW50GAcgASgDQge6SAQiAigAOme6SGQaYgoTdndhcC53aW5kb3dfaGFzX2VuZBIbd2luZG93LmVuZF90aW1lIG11c3QgYmUgc2V0Gi4haGFzKHRoaXMud2luZG93KSB8fCBoYXModGhpcy53aW5kb3cuZW5kX3RpbWUpIrgHCgtNYXJrZXREZXB0aBJmCg1pbnN0cnVtZW50X2lkGAEgASgJQk+6SEzIAQFyRzJFXlthLXpdW2EtejAtOV9dezAsMzF9OlthLXpdW2EtejAtOV9dezAsMzF9OltBLVowLTldW0EtWjAtOS5fLV17MCw2M30kEjIKCHZlbnVlX2lkGAIgASgJQiC6SB3IAQFyGDIWXlthLXpdW2EtejAtOV9dezAsMzF9JBK+AQoOYmVzdF9iaWRfcHJpY2UYAyABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsQo8BukiLAboBhAEKFGRlY2ltYWwubm9uX25lZ2F0aXZlEhRtdXN0IG5vdCBiZSBuZWdhdGl2ZRpWIXRoaXMudmFsdWUuc3RhcnRzV2l0aCgnLScpIHx8IHRoaXMudmFsdWUubWF0Y2hlcygnXi1bMF0rKFxcLjArKT8oW2VFXVsrLV0/WzAtOV0rKT8kJynIAQESvgEKDmJlc3RfYXNrX3ByaWNlGAQgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbEKPAbpIiwG6AYQBChRkZWNpbWFsLm5vbl9uZWdhdGl2ZRIUbXVzdCBub3QgYmUgbmVnYXRpdmUaViF0aGlzLnZhbHVlLnN0YXJ0c1dpdGgoJy0nKSB8fCB0aGlzLnZhbHVlLm1hdGNoZXMoJ14tWzBdKyhcXC4wKyk/KFtlRV1bKy1dP1swLTldKyk/JCcpyAEBErkBCgltaWRfcHJpY2UYBSABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsQo8BukiLAboBhAEKFGRlY2ltYWwubm9uX25lZ2F0aXZlEhRtdXN0IG5vdCBiZSBuZWdhdGl2ZRpWIXRoaXMudmFsdWUuc3RhcnRzV2l0aCgnLScpIHx8IHRoaXMudmFsdWUubWF0Y2hlcygnXi1bMF0rKFxcLjArKT8oW2VFXVsrLV0/WzAtOV0rKT8kJynIAQESLAoGc3ByZWFkGAYgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbEIGukgDyAEBEhIKCnNwcmVhZF9icHMYByABKAESLwoFYmFuZHMYCCADKAsyGC5jcS5tYXJrZXRzLnYxLkRlcHRoQmFuZEIGukgDyAEBEiQKFGJvb2tfc2VxdWVuY2VfbnVtYmVyGAkgASgEQga6SAPIAQESNgoKZXZlbnRfdGltZRgKIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXBCBrpIA8gBASLyBQoJRGVwdGhCYW5kEoACChBkaXN0YW5jZV9wZXJjZW50GAEgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbELPAbpIywG6AcQBChBkZWNpbWFsLnBvc2l0aXZlEhZtdXN0IGJlIGdyZWF0ZXIgdGhhbiAwGpcBdGhpcy52YWx1ZS5tYXRjaGVzKCdeWytdP1swLTldKlsxLTldWzAtOV0qKFxcLlswLTldKyk/KFtlRV1bKy1dP1swLTldKyk/JCcpIHx8IHRoaXMudmFsdWUubWF0Y2hlcygnXlsrXT9bMC05XStcXC5bMC05XSpbMS05XVswLTldKihbZUVdWystXT9bMC05XSspPyQnKcgBARK8AQoMYmlkX3F1YW50aXR5GAIgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbEKPAbpIiwG6AYQBChRkZWNpbWFsLm5vbl9uZWdhdGl2ZRIUbXVzdCBub3QgYmUgbmVnYXRpdmUaViF0aGlzLnZhbHVlLnN0YXJ0c1dpdGgoJy0nKSB8fCB0aGlzLnZhbHVlLm1hdGNoZXMoJ14tWzBdKyhcXC4wKyk/KFtlRV1bKy1dP1swLTldKyk/JCcpyAEBErwBCgxhc2tfcXVhbnRpdHkYAyABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsQo8BukiLAboBhAEKFGRlY2ltYWwubm9uX25lZ2F0aXZlEhRtdXN0IG5vdCBiZSBuZWdhdGl2ZRpWIXRoaXMudmFsdWUuc3RhcnRzV2l0aCgnLScpIHx8IHRoaXMudmFsdWUubWF0Y2hlcygnXi1bMF0rKFxcLjArKT8oW2VFXVsrLV0/WzAtOV0rKT8kJynIAQESMQoMYmlkX25vdGlvbmFsGAQgASgLMhMuY3EudHlwZXMudjEuQW1vdW50Qga6SAPIAQESMQoMYXNrX25vdGlvbmFsGAUgASgLMhMuY3EudHlwZXMudjEuQW1vdW50Qga6SAPIAQEimQUKEExpcXVpZGl0eU1ldHJpY3MSZgoNaW5zdHJ1bWVudF9pZBgBIAEoCUJPukhMyAEBckcyRV5bYS16XVthLXowLTlfXXswLDMxfTpbYS16XVthLXowLTlfXXswLDMxfTpbQS1aMC05XVtBLVowLTkuXy1dezAsNjN9JBIyCgh2ZW51ZV9pZBgCIAEoCUIgukgdyAEBchgyFl5bYS16XVthLXowLTlfXXswLDMxfSQSMQoFZGVwdGgYAyABKAsyGi5jcS5tYXJrZXRzLnYxLk1hcmtldERlcHRoQga6SAPIAQESPQoNdm9sdW1lX3dpbmRvdxgEIAEoCzIZLmdvb2dsZS5wcm90b2J1Zi5EdXJhdGlvbkILukgIyAEBqgECKgAStgEKBnZvbHVtZRgFIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWxCjwG6SIsBugGEAQoUZGVjaW1hbC5ub25fbmVnYXRpdmUSFG11c3Qgbm90IGJlIG5lZ2F0aXZlGlYhdGhpcy52YWx1ZS5zdGFydHNXaXRoKCctJykgfHwgdGhpcy52YWx1ZS5tYXRjaGVzKCdeLVswXSsoXFwuMCspPyhbZUVdWystXT9bMC05XSspPyQnKcgBARIxCgxxdW90ZV92b2x1bWUYBiABKAsyEy5jcS50eXBlcy52MS5BbW91bnRCBrpIA8gBARIcCgR2YWRyGAcgASgBQg66SAsSCSkAAAAAAAAAABI7ChJzbGlwcGFnZV9lc3RpbWF0ZXMYCCADKAsyHy5jcS5tYXJrZXRzLnYxLlNsaXBwYWdlRXN0aW1hdGUSMAoMY29tcHV0ZV90aW1lGAkgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcCKaBwoQU2xpcHBhZ2VFc3RpbWF0ZRIrCgRzaWRlGAEgASgOMhEuY3EudHlwZXMudjEuU2lkZUIKukgHggEEEAEgABL4AQoIcXVhbnRpdHkYAiABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsQs8BukjLAboBxAEKEGRlY2ltYWwucG9zaXRpdmUSFm11c3QgYmUgZ3JlYXRlciB0aGFuIDAalwF0aGlzLnZhbHVlLm1hdGNoZXMoJ15bK10/WzAtOV0qWzEtOV1bMC05XSooXFwuWzAtOV0rKT8oW2VFXVsrLV0/WzAtOV0rKT8kJykgfHwgdGhpcy52YWx1ZS5tYXRjaGVzKCdeWytdP1swLTldK1xcLlswLTldKlsxLTldWzAtOV0qKFtlRV1bKy1dP1swLTldKyk/JCcpyAEBEr8BCg9maWxsZWRfcXVhbnRpdHkYAyABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsQo8BukiLAboBhAEKFGRlY2ltYWwubm9uX25lZ2F0aXZlEhRtdXN0IG5vdCBiZSBuZWdhdGl2ZRpWIXRoaXMudmFsdWUuc3RhcnRzV2l0aCgnLScpIHx8IHRoaXMudmFsdWUubWF0Y2hlcygnXi1bMF0rKFxcLjArKT8oW2VFXVsrLV0/WzAtOV0rKT8kJynIAQESugEKDWF2ZXJhZ2VfcHJpY2UYBCABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsQowBukiIAboBhAEKFGRlY2ltYWwubm9uX25lZ2F0aXZlEhRtdXN0IG5vdCBiZSBuZWdhdGl2ZRpWIXRoaXMudmFsdWUuc3RhcnRzV2l0aCgnLScpIHx8IHRoaXMudmFsdWUubWF0Y2hlcygnXi1bMF0rKFxcLjArKT8oW2VFXVsrLV0/WzAtOV0rKT8kJykSuAEKC3dvcnN0X3ByaWNlGAUgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbEKMAbpIiAG6AYQBChRkZWNpbWFsLm5vbl9uZWdhdGl2ZRIUbXVzdCBub3QgYmUgbmVnYXRpdmUaViF0aGlzLnZhbHVlLnN0YXJ0c1dpdGgoJy0nKSB8fCB0aGlzLnZhbHVlLm1hdGNoZXMoJ14tWzBdKyhcXC4wKyk/KFtlRV1bKy1dP1swLTldKyk/JCcpEiQKDHNsaXBwYWdlX2JwcxgGIAEoAUIOukgLEgkpAAAAAAAAAAAilQoKEkRlcml2YXRpdmVzTWV0cmljcxJmCg1pbnN0cnVtZW50X2lkGAEgASgJQk+6SEzIAQFyRzJFXlthLXpdW2EtejAtOV9dezAsMzF9OlthLXpdW2EtejAtOV9dezAsMzF9OltBLVowLTldW0EtWjAtOS5fLV17MCw2M30kEjIKCHZlbnVlX2lkGAIgASgJQiC6SB3IAQFyGDIWXlthLXpdW2EtejAtOV9dezAsMzF9JBK6AQoKbWFya19wcmljZRgDIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWxCjwG6SIsBugGEAQoUZGVjaW1hbC5ub25fbmVnYXRpdmUSFG11c3Qgbm90IGJlIG5lZ2F0aXZlGlYhdGhpcy52YWx1ZS5zdGFydHNXaXRoKCctJykgfHwgdGhpcy52YWx1ZS5tYXRjaGVzKCdeLVswXSsoXFwuMCspPyhbZUVdWystXT9bMC05XSspPyQnKcgBARK4AQoLaW5kZXhfcHJpY2UYBCABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsQowBukiIAboBhAEKFGRlY2ltYWwubm9uX25lZ2F0aXZlEhRtdXN0IG5vdCBiZSBuZWdhdGl2ZRpWIXRoaXMudmFsdWUuc3RhcnRzV2l0aCgnLScpIHx8IHRoaXMudmFsdWUubWF0Y2hlcygnXi1bMF0rKFxcLjArKT8oW2VFXVsrLV0/WzAtOV0rKT8kJykSKgoMZnVuZGluZ19yYXRlGAUgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbBIvChFsYXN0X2Z1bmRpbmdfcmF0ZRgGIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwSNQoXYW5udWFsaXplZF9mdW5kaW5nX3JhdGUYByABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsEj0KEGZ1bmRpbmdfaW50ZXJ2YWwYCCABKAsyGS5nb29nbGUucHJvdG9idWYuRHVyYXRpb25CCLpIBaoBAioAEjUKEW5leHRfZnVuZGluZ190aW1lGAkgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcBK9AQoNb3Blbl9pbnRlcmVzdBgKIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWxCjwG6SIsBugGEAQoUZGVjaW1hbC5ub25fbmVnYXRpdmUSFG11c3Qgbm90IGJlIG5lZ2F0aXZlGlYhdGhpcy52YWx1ZS5zdGFydHNXaXRoKCctJykgfHwgdGhpcy52YWx1ZS5tYXRjaGVzKCdeLVswXSsoXFwuMCspPyhbZUVdWystXT9bMC05XSspPyQnKcgBARIzChZvcGVuX2ludGVyZXN0X25vdGlvbmFsGAsgASgLMhMuY3EudHlwZXMudjEuQW1vdW50EiMKBWJhc2lzGAwgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbBIoCgpiYXNpc19yYXRlGA0gASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbBIzChVhbm51YWxpemVkX2Jhc2lzX3JhdGUYDiABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsEjYKCmV2ZW50X3RpbWUYDyABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wQga6SAPIAQESMAoMcmVjZWl2ZV90aW1lGBAgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcCrUAQoMTWFya2V0U3RhdHVzEh0KGU1BUktFVF9TVEFUVVNfVU5TUEVDSUZJRUQQABIaChZNQVJLRVRfU1RBVFVTX1BSRV9PUEVOEAESGQoVTUFSS0VUX1NUQVRVU19UUkFESU5HEAISGwoXTUFSS0VUX1NUQVRVU19QT1NUX09OTFkQAxIdChlNQVJLRVRfU1RBVFVTX0NBTkNFTF9PTkxZEAQSGAoUTUFSS0VUX1NUQVRVU19IQUxURUQQBRIYChRNQVJLRVRfU1RBVFVTX0NMT1NFRBAGKosBCg9PcmRlckJvb2tBY3Rpb24SIQodT1JERVJfQk9PS19BQ1RJT05fVU5TUEVDSUZJRUQQABIZChVPUkRFUl9CT09LX0FDVElPTl9BREQQARIcChhPUkRFUl9CT09LX0FDVElPTl9VUERBVEUQAhIcChhPUkRFUl9CT09LX0FDVElPTl9ERUxFVEUQAyqJBAoOQ2FuZGxlSW50ZXJ2YWwSHwobQ0FORExFX0lOVEVSVkFMX1VOU1BFQ0lGSUVEEAASHAoYQ0FORExFX0lOVEVSVkFMXzFfU0VDT05EEAESHAoYQ0FORExFX0lOVEVSVkFMXzFfTUlOVVRFEAISHQoZQ0FORExFX0lOVEVSVkFMXzNfTUlOVVRFUxADEh0KGUNBTkRMRV9JTlRFUlZBTF81X01JTlVURVMQBBIeChpDQU5ETEVfSU5URVJWQUxfMTVfTUlOVVRFUxAFEh4KGkNBTkRMRV9JTlRFUlZBTF8zMF9NSU5VVEVTEAYSGgoWQ0FORExFX0lOVEVSVkFMXzFfSE9VUhAHEhsKF0NBTkRMRV9JTlRFUlZBTF8yX0hPVVJTEAgSGwoXQ0FORExFX0lOVEVSVkFMXzRfSE9VUlMQCRIbChdDQU5ETEVfSU5URVJWQUxfNl9IT1VSUxAKEhsKF0NBTkRMRV9JTlRFUlZBTF84X0hPVVJTEAsSHAoYQ0FORExFX0lOVEVSVkFMXzEyX0hPVVJTEAwSGQoVQ0FORExFX0lOVEVSVkFMXzFfREFZEA0SGgoWQ0FORExFX0lOVEVSVkFMXzNfREFZUxAOEhoKFkNBTkRMRV9JTlRFUlZBTF8xX1dFRUsQDxIbChdDQU5ETEVfSU5URVJWQUxfMV9NT05USBAQQrQBChFjb20uY3EubWFya2V0cy52MUIOUmVzb3VyY2VzUHJvdG9QAVo5Z2l0aHViLmNvbS9jcS1wbGF0Zm9ybS9jcWMvZ2VuL2dvL2NxL21hcmtldHMvdjE7bWFya2V0c3YxogIDQ01YqgINQ3EuTWFya2V0cy5WMcoCDUNxXE1hcmtldHNcVjHiAhlDcVxNYXJrZXRzXFYxXEdQQk1ldGFkYXRh6gIPQ3E6Ok1hcmtldHM6OlYxYgZwcm90bzM", [file_buf_validate_validate, file_cq_types_v1_amount, file_cq_types_v1_decimal, file_cq_types_v1_side, file_cq_types_v1_time_range, file_google_protobuf_duration, file_google_protobuf_timestamp]);
/**
 * Describes the message cq.markets.v1.Price.
 * Use `create(PriceSchema)` to create a new message.
 */
export const PriceSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_resources, 0);
/**
 * Describes the message cq.markets.v1.OrderBook.
 * Use `create(OrderBookSchema)` to create a new message.
 */
export const OrderBookSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_resources, 1);
/**
 * Describes the message cq.markets.v1.OrderBookLevel.
 * Use `create(OrderBookLevelSchema)` to create a new message.
 */
export const OrderBookLevelSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_resources, 2);
/**
 * Describes the message cq.markets.v1.OrderBookDelta.
 * Use `create(OrderBookDeltaSchema)` to create a new message.
 */
export const OrderBookDeltaSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_resources, 3);
/**
 * Describes the message cq.markets.v1.OrderBookLevelChange.
 * Use `create(OrderBookLevelChangeSchema)` to create a new message.
 */
export const OrderBookLevelChangeSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_resources, 4);
/**
 * Describes the message cq.markets.v1.Trade.
 * Use `create(TradeSchema)` to create a new message.
 */
export const TradeSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_resources, 5);
/**
 * Describes the message cq.markets.v1.Candle.
 * Use `create(CandleSchema)` to create a new message.
 */
export const CandleSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_resources, 6);
/**
 * Describes the message cq.markets.v1.Vwap.
 * Use `create(VwapSchema)` to create a new message.
 */
export const VwapSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_resources, 7);
/**
 * Describes the message cq.markets.v1.MarketDepth.
 * Use `create(MarketDepthSchema)` to create a new message.
 */
export const MarketDepthSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_resources, 8);
/**
 * Describes the message cq.markets.v1.DepthBand.
 * Use `create(DepthBandSchema)` to create a new message.
 */
export const DepthBandSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_resources, 9);
/**
 * Describes the message cq.markets.v1.LiquidityMetrics.
 * Use `create(LiquidityMetricsSchema)` to create a new message.
 */
export const LiquidityMetricsSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_resources, 10);
/**
 * Describes the message cq.markets.v1.SlippageEstimate.
 * Use `create(SlippageEstimateSchema)` to create a new message.
 */
export const SlippageEstimateSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_resources, 11);
/**
 * Describes the message cq.markets.v1.DerivativesMetrics.
 * Use `create(DerivativesMetricsSchema)` to create a new message.
 */
export const DerivativesMetricsSchema = /*@__PURE__*/ messageDesc(file_cq_markets_v1_resources, 12);
/**
 * The trading phase of a market. A closed set: each value changes which orders a venue accepts.
 *
 * @generated from enum cq.markets.v1.MarketStatus
 */
export var MarketStatus;
(function (MarketStatus) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: MARKET_STATUS_UNSPECIFIED = 0;
     */
    MarketStatus[MarketStatus["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * Before the open: orders may be entered or cancelled but nothing matches (pre-open or auction
     * call).
     *
     * @generated from enum value: MARKET_STATUS_PRE_OPEN = 1;
     */
    MarketStatus[MarketStatus["PRE_OPEN"] = 1] = "PRE_OPEN";
    /**
     * Continuous trading: orders match.
     *
     * @generated from enum value: MARKET_STATUS_TRADING = 2;
     */
    MarketStatus[MarketStatus["TRADING"] = 2] = "TRADING";
    /**
     * Only post-only (maker) limit orders are accepted; a venue state used after maintenance.
     *
     * @generated from enum value: MARKET_STATUS_POST_ONLY = 3;
     */
    MarketStatus[MarketStatus["POST_ONLY"] = 3] = "POST_ONLY";
    /**
     * Only cancels are accepted; new orders are rejected.
     *
     * @generated from enum value: MARKET_STATUS_CANCEL_ONLY = 4;
     */
    MarketStatus[MarketStatus["CANCEL_ONLY"] = 4] = "CANCEL_ONLY";
    /**
     * Trading suspended by the venue or a regulator; resting orders stay but nothing matches.
     *
     * @generated from enum value: MARKET_STATUS_HALTED = 5;
     */
    MarketStatus[MarketStatus["HALTED"] = 5] = "HALTED";
    /**
     * Outside trading hours, or the market is delisted.
     *
     * @generated from enum value: MARKET_STATUS_CLOSED = 6;
     */
    MarketStatus[MarketStatus["CLOSED"] = 6] = "CLOSED";
})(MarketStatus || (MarketStatus = {}));
/**
 * Describes the enum cq.markets.v1.MarketStatus.
 */
export const MarketStatusSchema = /*@__PURE__*/ enumDesc(file_cq_markets_v1_resources, 0);
/**
 * What a change does to a price level.
 *
 * @generated from enum cq.markets.v1.OrderBookAction
 */
export var OrderBookAction;
(function (OrderBookAction) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: ORDER_BOOK_ACTION_UNSPECIFIED = 0;
     */
    OrderBookAction[OrderBookAction["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * A new price level appears (also a level entering a depth-limited view).
     *
     * @generated from enum value: ORDER_BOOK_ACTION_ADD = 1;
     */
    OrderBookAction[OrderBookAction["ADD"] = 1] = "ADD";
    /**
     * The quantity or order count of an existing level changes.
     *
     * @generated from enum value: ORDER_BOOK_ACTION_UPDATE = 2;
     */
    OrderBookAction[OrderBookAction["UPDATE"] = 2] = "UPDATE";
    /**
     * The level disappears (also a level leaving a depth-limited view).
     *
     * @generated from enum value: ORDER_BOOK_ACTION_DELETE = 3;
     */
    OrderBookAction[OrderBookAction["DELETE"] = 3] = "DELETE";
})(OrderBookAction || (OrderBookAction = {}));
/**
 * Describes the enum cq.markets.v1.OrderBookAction.
 */
export const OrderBookActionSchema = /*@__PURE__*/ enumDesc(file_cq_markets_v1_resources, 1);
/**
 * The length of a candle. Bars are aligned in UTC: days start at 00:00, weeks on Monday, months on
 * the first day.
 *
 * @generated from enum cq.markets.v1.CandleInterval
 */
export var CandleInterval;
(function (CandleInterval) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: CANDLE_INTERVAL_UNSPECIFIED = 0;
     */
    CandleInterval[CandleInterval["CANDLE_INTERVAL_UNSPECIFIED"] = 0] = "CANDLE_INTERVAL_UNSPECIFIED";
    /**
     * One second.
     *
     * @generated from enum value: CANDLE_INTERVAL_1_SECOND = 1;
     */
    CandleInterval[CandleInterval["CANDLE_INTERVAL_1_SECOND"] = 1] = "CANDLE_INTERVAL_1_SECOND";
    /**
     * One minute.
     *
     * @generated from enum value: CANDLE_INTERVAL_1_MINUTE = 2;
     */
    CandleInterval[CandleInterval["CANDLE_INTERVAL_1_MINUTE"] = 2] = "CANDLE_INTERVAL_1_MINUTE";
    /**
     * Three minutes.
     *
     * @generated from enum value: CANDLE_INTERVAL_3_MINUTES = 3;
     */
    CandleInterval[CandleInterval["CANDLE_INTERVAL_3_MINUTES"] = 3] = "CANDLE_INTERVAL_3_MINUTES";
    /**
     * Five minutes.
     *
     * @generated from enum value: CANDLE_INTERVAL_5_MINUTES = 4;
     */
    CandleInterval[CandleInterval["CANDLE_INTERVAL_5_MINUTES"] = 4] = "CANDLE_INTERVAL_5_MINUTES";
    /**
     * Fifteen minutes.
     *
     * @generated from enum value: CANDLE_INTERVAL_15_MINUTES = 5;
     */
    CandleInterval[CandleInterval["CANDLE_INTERVAL_15_MINUTES"] = 5] = "CANDLE_INTERVAL_15_MINUTES";
    /**
     * Thirty minutes.
     *
     * @generated from enum value: CANDLE_INTERVAL_30_MINUTES = 6;
     */
    CandleInterval[CandleInterval["CANDLE_INTERVAL_30_MINUTES"] = 6] = "CANDLE_INTERVAL_30_MINUTES";
    /**
     * One hour.
     *
     * @generated from enum value: CANDLE_INTERVAL_1_HOUR = 7;
     */
    CandleInterval[CandleInterval["CANDLE_INTERVAL_1_HOUR"] = 7] = "CANDLE_INTERVAL_1_HOUR";
    /**
     * Two hours.
     *
     * @generated from enum value: CANDLE_INTERVAL_2_HOURS = 8;
     */
    CandleInterval[CandleInterval["CANDLE_INTERVAL_2_HOURS"] = 8] = "CANDLE_INTERVAL_2_HOURS";
    /**
     * Four hours.
     *
     * @generated from enum value: CANDLE_INTERVAL_4_HOURS = 9;
     */
    CandleInterval[CandleInterval["CANDLE_INTERVAL_4_HOURS"] = 9] = "CANDLE_INTERVAL_4_HOURS";
    /**
     * Six hours.
     *
     * @generated from enum value: CANDLE_INTERVAL_6_HOURS = 10;
     */
    CandleInterval[CandleInterval["CANDLE_INTERVAL_6_HOURS"] = 10] = "CANDLE_INTERVAL_6_HOURS";
    /**
     * Eight hours, the usual perpetual funding period.
     *
     * @generated from enum value: CANDLE_INTERVAL_8_HOURS = 11;
     */
    CandleInterval[CandleInterval["CANDLE_INTERVAL_8_HOURS"] = 11] = "CANDLE_INTERVAL_8_HOURS";
    /**
     * Twelve hours.
     *
     * @generated from enum value: CANDLE_INTERVAL_12_HOURS = 12;
     */
    CandleInterval[CandleInterval["CANDLE_INTERVAL_12_HOURS"] = 12] = "CANDLE_INTERVAL_12_HOURS";
    /**
     * One UTC day.
     *
     * @generated from enum value: CANDLE_INTERVAL_1_DAY = 13;
     */
    CandleInterval[CandleInterval["CANDLE_INTERVAL_1_DAY"] = 13] = "CANDLE_INTERVAL_1_DAY";
    /**
     * Three UTC days.
     *
     * @generated from enum value: CANDLE_INTERVAL_3_DAYS = 14;
     */
    CandleInterval[CandleInterval["CANDLE_INTERVAL_3_DAYS"] = 14] = "CANDLE_INTERVAL_3_DAYS";
    /**
     * One week, Monday 00:00 UTC to the next Monday.
     *
     * @generated from enum value: CANDLE_INTERVAL_1_WEEK = 15;
     */
    CandleInterval[CandleInterval["CANDLE_INTERVAL_1_WEEK"] = 15] = "CANDLE_INTERVAL_1_WEEK";
    /**
     * One calendar month in UTC; 28 to 31 days long.
     *
     * @generated from enum value: CANDLE_INTERVAL_1_MONTH = 16;
     */
    CandleInterval[CandleInterval["CANDLE_INTERVAL_1_MONTH"] = 16] = "CANDLE_INTERVAL_1_MONTH";
})(CandleInterval || (CandleInterval = {}));
/**
 * Describes the enum cq.markets.v1.CandleInterval.
 */
export const CandleIntervalSchema = /*@__PURE__*/ enumDesc(file_cq_markets_v1_resources, 2);
