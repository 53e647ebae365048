// Copyright 2026 CQC authors. Licensed under the Apache License, Version 2.0.
import { enumDesc, fileDesc, messageDesc } from "@bufbuild/protobuf/codegenv2";
import { file_buf_validate_validate } from "../../../buf/validate/validate_pb.js";
import { file_cq_types_v1_decimal } from "../../types/v1/decimal_pb.js";
import { file_cq_types_v1_identifiers } from "../../types/v1/identifiers_pb.js";
import { file_cq_types_v1_time_range } from "../../types/v1/time_range_pb.js";
import { file_google_protobuf_duration, file_google_protobuf_timestamp } from "@bufbuild/protobuf/wkt";
import { file_google_type_date } from "../../../google/type/date_pb.js";
/**
 * Describes the file cq/assets/v1/instruments.proto.
 */
export const file_cq_assets_v1_instruments = /*@__PURE__*/ fileDesc("Ch5jcS9hc3NldHMvdjEvaW5zdHJ1bWVudHMucHJvdG8SDGNxLmFzc2V0cy52MSLGHwoKSW5zdHJ1bWVudBJmCg1pbnN0cnVtZW50X2lkGAEgASgJQk+6SEzIAQFyRzJFXlthLXpdW2EtejAtOV9dezAsMzF9OlthLXpdW2EtejAtOV9dezAsMzF9OltBLVowLTldW0EtWjAtOS5fLV17MCw2M30kEjYKBHR5cGUYAiABKA4yHC5jcS5hc3NldHMudjEuSW5zdHJ1bWVudFR5cGVCCrpIB4IBBBABIAASNQoGc3ltYm9sGAMgASgJQiW6SCLIAQFyHTIbXltBLVowLTldW0EtWjAtOS5fLV17MCw2M30kEhQKDGRpc3BsYXlfbmFtZRgEIAEoCRI6CgZzdGF0dXMYBSABKA4yHi5jcS5hc3NldHMudjEuSW5zdHJ1bWVudFN0YXR1c0IKukgHggEEEAEgABI7Cg1iYXNlX2Fzc2V0X2lkGAYgASgJQiS6SCHIAQFyHDIaXltBLVowLTldW0EtWjAtOS5fXXswLDMxfSQSPAoOcXVvdGVfYXNzZXRfaWQYByABKAlCJLpIIcgBAXIcMhpeW0EtWjAtOV1bQS1aMC05Ll9dezAsMzF9JBI9Cg9zZXR0bGVfYXNzZXRfaWQYCCABKAlCJLpIIdgBAXIcMhpeW0EtWjAtOV1bQS1aMC05Ll9dezAsMzF9JBJAChJ1bmRlcmxpZXJfYXNzZXRfaWQYCSABKAlCJLpIIdgBAXIcMhpeW0EtWjAtOV1bQS1aMC05Ll9dezAsMzF9JBJwChd1bmRlcmxpZXJfaW5zdHJ1bWVudF9pZBgKIAEoCUJPukhM2AEBckcyRV5bYS16XVthLXowLTlfXXswLDMxfTpbYS16XVthLXowLTlfXXswLDMxfTpbQS1aMC05XVtBLVowLTkuXy1dezAsNjN9JBL5AQoJdGlja19zaXplGAsgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbELPAbpIywG6AcQBChBkZWNpbWFsLnBvc2l0aXZlEhZtdXN0IGJlIGdyZWF0ZXIgdGhhbiAwGpcBdGhpcy52YWx1ZS5tYXRjaGVzKCdeWytdP1swLTldKlsxLTldWzAtOV0qKFxcLlswLTldKyk/KFtlRV1bKy1dP1swLTldKyk/JCcpIHx8IHRoaXMudmFsdWUubWF0Y2hlcygnXlsrXT9bMC05XStcXC5bMC05XSpbMS05XVswLTldKihbZUVdWystXT9bMC05XSspPyQnKcgBARL4AQoIbG90X3NpemUYDCABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsQs8BukjLAboBxAEKEGRlY2ltYWwucG9zaXRpdmUSFm11c3QgYmUgZ3JlYXRlciB0aGFuIDAalwF0aGlzLnZhbHVlLm1hdGNoZXMoJ15bK10/WzAtOV0qWzEtOV1bMC05XSooXFwuWzAtOV0rKT8oW2VFXVsrLV0/WzAtOV0rKT8kJykgfHwgdGhpcy52YWx1ZS5tYXRjaGVzKCdeWytdP1swLTldK1xcLlswLTldKlsxLTldWzAtOV0qKFtlRV1bKy1dP1swLTldKyk/JCcpyAEBEvoBCgptdWx0aXBsaWVyGA0gASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbELPAbpIywG6AcQBChBkZWNpbWFsLnBvc2l0aXZlEhZtdXN0IGJlIGdyZWF0ZXIgdGhhbiAwGpcBdGhpcy52YWx1ZS5tYXRjaGVzKCdeWytdP1swLTldKlsxLTldWzAtOV0qKFxcLlswLTldKyk/KFtlRV1bKy1dP1swLTldKyk/JCcpIHx8IHRoaXMudmFsdWUubWF0Y2hlcygnXlsrXT9bMC05XStcXC5bMC05XSpbMS05XVswLTldKihbZUVdWystXT9bMC05XSspPyQnKcgBARIPCgdpbnZlcnNlGA4gASgIEk4KFnByaWNlX3F1b3RlX2NvbnZlbnRpb24YDyABKA4yIi5jcS5hc3NldHMudjEuUHJpY2VRdW90ZUNvbnZlbnRpb25CCrpIB4IBBBABIAAS+QEKDG1pbl9xdWFudGl0eRgQIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWxCzAG6SMgBugHEAQoQZGVjaW1hbC5wb3NpdGl2ZRIWbXVzdCBiZSBncmVhdGVyIHRoYW4gMBqXAXRoaXMudmFsdWUubWF0Y2hlcygnXlsrXT9bMC05XSpbMS05XVswLTldKihcXC5bMC05XSspPyhbZUVdWystXT9bMC05XSspPyQnKSB8fCB0aGlzLnZhbHVlLm1hdGNoZXMoJ15bK10/WzAtOV0rXFwuWzAtOV0qWzEtOV1bMC05XSooW2VFXVsrLV0/WzAtOV0rKT8kJykS+QEKDG1heF9xdWFudGl0eRgRIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWxCzAG6SMgBugHEAQoQZGVjaW1hbC5wb3NpdGl2ZRIWbXVzdCBiZSBncmVhdGVyIHRoYW4gMBqXAXRoaXMudmFsdWUubWF0Y2hlcygnXlsrXT9bMC05XSpbMS05XVswLTldKihcXC5bMC05XSspPyhbZUVdWystXT9bMC05XSspPyQnKSB8fCB0aGlzLnZhbHVlLm1hdGNoZXMoJ15bK10/WzAtOV0rXFwuWzAtOV0qWzEtOV1bMC05XSooW2VFXVsrLV0/WzAtOV0rKT8kJykS+QEKDG1pbl9ub3Rpb25hbBgSIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWxCzAG6SMgBugHEAQoQZGVjaW1hbC5wb3NpdGl2ZRIWbXVzdCBiZSBncmVhdGVyIHRoYW4gMBqXAXRoaXMudmFsdWUubWF0Y2hlcygnXlsrXT9bMC05XSpbMS05XVswLTldKihcXC5bMC05XSspPyhbZUVdWystXT9bMC05XSspPyQnKSB8fCB0aGlzLnZhbHVlLm1hdGNoZXMoJ15bK10/WzAtOV0rXFwuWzAtOV0qWzEtOV1bMC05XSooW2VFXVsrLV0/WzAtOV0rKT8kJykS+QEKDG1heF9ub3Rpb25hbBgTIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWxCzAG6SMgBugHEAQoQZGVjaW1hbC5wb3NpdGl2ZRIWbXVzdCBiZSBncmVhdGVyIHRoYW4gMBqXAXRoaXMudmFsdWUubWF0Y2hlcygnXlsrXT9bMC05XSpbMS05XVswLTldKihcXC5bMC05XSspPyhbZUVdWystXT9bMC05XSspPyQnKSB8fCB0aGlzLnZhbHVlLm1hdGNoZXMoJ15bK10/WzAtOV0rXFwuWzAtOV0qWzEtOV1bMC05XSooW2VFXVsrLV0/WzAtOV0rKT8kJykSMQoIbGlzdGluZ3MYFCADKAsyHy5jcS5hc3NldHMudjEuSW5zdHJ1bWVudExpc3RpbmcSLwoLZXhwaXJlX3RpbWUYFSABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wEisKBmVxdWl0eRgeIAEoCzIZLmNxLmFzc2V0cy52MS5FcXVpdHlUZXJtc0gAEisKBmZ1dHVyZRgfIAEoCzIZLmNxLmFzc2V0cy52MS5GdXR1cmVUZXJtc0gAEjEKCXBlcnBldHVhbBggIAEoCzIcLmNxLmFzc2V0cy52MS5QZXJwZXR1YWxUZXJtc0gAEisKBm9wdGlvbhghIAEoCzIZLmNxLmFzc2V0cy52MS5PcHRpb25UZXJtc0gAEicKBGJvbmQYIiABKAsyFy5jcS5hc3NldHMudjEuQm9uZFRlcm1zSAASJwoEc3dhcBgjIAEoCzIXLmNxLmFzc2V0cy52MS5Td2FwVGVybXNIABIvCgtjcmVhdGVfdGltZRgoIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXASLwoLdXBkYXRlX3RpbWUYKSABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wOoAIukj8BxqLAgofaW5zdHJ1bWVudC5pZF90eXBlX21hdGNoZXNfdHlwZRJAdGhlIHR5cGUgc2VnbWVudCBvZiBpbnN0cnVtZW50X2lkIG11c3QgYmUgdGhlIHNob3J0IG5hbWUgb2YgdHlwZRqlAXRoaXMudHlwZSA8IDEgfHwgdGhpcy50eXBlID4gOCB8fCB0aGlzLmluc3RydW1lbnRfaWQubWF0Y2hlcygnXlteOl0qOicgKyBbJycsICdzcG90JywgJ3BlcnAnLCAnZnV0dXJlJywgJ29wdGlvbicsICdlcXVpdHknLCAnZnVuZCcsICdib25kJywgJ3N3YXAnXVt0aGlzLnR5cGVdICsgJzonKRqzAQocaW5zdHJ1bWVudC5zeW1ib2xfbWF0Y2hlc19pZBIyc3ltYm9sIG11c3QgYmUgdGhlIHN5bWJvbCBzZWdtZW50IG9mIGluc3RydW1lbnRfaWQaX3RoaXMuaW5zdHJ1bWVudF9pZCA9PSAnJyB8fCB0aGlzLnN5bWJvbCA9PSAnJyB8fCB0aGlzLmluc3RydW1lbnRfaWQuZW5kc1dpdGgoJzonICsgdGhpcy5zeW1ib2wpGsgCChtpbnN0cnVtZW50LnRlcm1zX21hdGNoX3R5cGUSI3RoZSB0ZXJtcyBzZXQgbXVzdCBiZSB0aG9zZSBvZiB0eXBlGoMCKCFoYXModGhpcy5lcXVpdHkpIHx8IHRoaXMudHlwZSA9PSA1IHx8IHRoaXMudHlwZSA9PSA2KSAmJiAoIWhhcyh0aGlzLmZ1dHVyZSkgfHwgdGhpcy50eXBlID09IDMpICYmICghaGFzKHRoaXMucGVycGV0dWFsKSB8fCB0aGlzLnR5cGUgPT0gMikgJiYgKCFoYXModGhpcy5vcHRpb24pIHx8IHRoaXMudHlwZSA9PSA0KSAmJiAoIWhhcyh0aGlzLmJvbmQpIHx8IHRoaXMudHlwZSA9PSA3KSAmJiAoIWhhcyh0aGlzLnN3YXApIHx8IHRoaXMudHlwZSA9PSA4KRrqAQoZaW5zdHJ1bWVudC50ZXJtc19yZXF1aXJlZBIyZnV0dXJlcywgb3B0aW9ucywgYm9uZHMgYW5kIHN3YXBzIG5lZWQgdGhlaXIgdGVybXMamAEodGhpcy50eXBlICE9IDMgfHwgaGFzKHRoaXMuZnV0dXJlKSkgJiYgKHRoaXMudHlwZSAhPSA0IHx8IGhhcyh0aGlzLm9wdGlvbikpICYmICh0aGlzLnR5cGUgIT0gNyB8fCBoYXModGhpcy5ib25kKSkgJiYgKHRoaXMudHlwZSAhPSA4IHx8IGhhcyh0aGlzLnN3YXApKUIHCgV0ZXJtcyKMDwoRSW5zdHJ1bWVudExpc3RpbmcSNgoMdmVudWVfc3ltYm9sGAEgASgLMhguY3EudHlwZXMudjEuVmVudWVTeW1ib2xCBrpIA8gBARI6CgZzdGF0dXMYAiABKA4yHi5jcS5hc3NldHMudjEuSW5zdHJ1bWVudFN0YXR1c0IKukgHggEEEAEgABL2AQoJdGlja19zaXplGAMgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbELMAbpIyAG6AcQBChBkZWNpbWFsLnBvc2l0aXZlEhZtdXN0IGJlIGdyZWF0ZXIgdGhhbiAwGpcBdGhpcy52YWx1ZS5tYXRjaGVzKCdeWytdP1swLTldKlsxLTldWzAtOV0qKFxcLlswLTldKyk/KFtlRV1bKy1dP1swLTldKyk/JCcpIHx8IHRoaXMudmFsdWUubWF0Y2hlcygnXlsrXT9bMC05XStcXC5bMC05XSpbMS05XVswLTldKihbZUVdWystXT9bMC05XSspPyQnKRL1AQoIbG90X3NpemUYBCABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsQswBukjIAboBxAEKEGRlY2ltYWwucG9zaXRpdmUSFm11c3QgYmUgZ3JlYXRlciB0aGFuIDAalwF0aGlzLnZhbHVlLm1hdGNoZXMoJ15bK10/WzAtOV0qWzEtOV1bMC05XSooXFwuWzAtOV0rKT8oW2VFXVsrLV0/WzAtOV0rKT8kJykgfHwgdGhpcy52YWx1ZS5tYXRjaGVzKCdeWytdP1swLTldK1xcLlswLTldKlsxLTldWzAtOV0qKFtlRV1bKy1dP1swLTldKyk/JCcpEvcBCgptdWx0aXBsaWVyGAUgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbELMAbpIyAG6AcQBChBkZWNpbWFsLnBvc2l0aXZlEhZtdXN0IGJlIGdyZWF0ZXIgdGhhbiAwGpcBdGhpcy52YWx1ZS5tYXRjaGVzKCdeWytdP1swLTldKlsxLTldWzAtOV0qKFxcLlswLTldKyk/KFtlRV1bKy1dP1swLTldKyk/JCcpIHx8IHRoaXMudmFsdWUubWF0Y2hlcygnXlsrXT9bMC05XStcXC5bMC05XSpbMS05XVswLTldKihbZUVdWystXT9bMC05XSspPyQnKRL5AQoMbWluX3F1YW50aXR5GAYgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbELMAbpIyAG6AcQBChBkZWNpbWFsLnBvc2l0aXZlEhZtdXN0IGJlIGdyZWF0ZXIgdGhhbiAwGpcBdGhpcy52YWx1ZS5tYXRjaGVzKCdeWytdP1swLTldKlsxLTldWzAtOV0qKFxcLlswLTldKyk/KFtlRV1bKy1dP1swLTldKyk/JCcpIHx8IHRoaXMudmFsdWUubWF0Y2hlcygnXlsrXT9bMC05XStcXC5bMC05XSpbMS05XVswLTldKihbZUVdWystXT9bMC05XSspPyQnKRL5AQoMbWF4X3F1YW50aXR5GAcgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbELMAbpIyAG6AcQBChBkZWNpbWFsLnBvc2l0aXZlEhZtdXN0IGJlIGdyZWF0ZXIgdGhhbiAwGpcBdGhpcy52YWx1ZS5tYXRjaGVzKCdeWytdP1swLTldKlsxLTldWzAtOV0qKFxcLlswLTldKyk/KFtlRV1bKy1dP1swLTldKyk/JCcpIHx8IHRoaXMudmFsdWUubWF0Y2hlcygnXlsrXT9bMC05XStcXC5bMC05XSpbMS05XVswLTldKihbZUVdWystXT9bMC05XSspPyQnKRL5AQoMbWluX25vdGlvbmFsGAggASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbELMAbpIyAG6AcQBChBkZWNpbWFsLnBvc2l0aXZlEhZtdXN0IGJlIGdyZWF0ZXIgdGhhbiAwGpcBdGhpcy52YWx1ZS5tYXRjaGVzKCdeWytdP1swLTldKlsxLTldWzAtOV0qKFxcLlswLTldKyk/KFtlRV1bKy1dP1swLTldKyk/JCcpIHx8IHRoaXMudmFsdWUubWF0Y2hlcygnXlsrXT9bMC05XStcXC5bMC05XSpbMS05XVswLTldKihbZUVdWystXT9bMC05XSspPyQnKRL5AQoMbWF4X25vdGlvbmFsGAkgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbELMAbpIyAG6AcQBChBkZWNpbWFsLnBvc2l0aXZlEhZtdXN0IGJlIGdyZWF0ZXIgdGhhbiAwGpcBdGhpcy52YWx1ZS5tYXRjaGVzKCdeWytdP1swLTldKlsxLTldWzAtOV0qKFxcLlswLTldKyk/KFtlRV1bKy1dP1swLTldKyk/JCcpIHx8IHRoaXMudmFsdWUubWF0Y2hlcygnXlsrXT9bMC05XStcXC5bMC05XSpbMS05XVswLTldKihbZUVdWystXT9bMC05XSspPyQnKRIoCgh2YWxpZGl0eRgKIAEoCzIWLmNxLnR5cGVzLnYxLlRpbWVSYW5nZSJdCgtFcXVpdHlUZXJtcxIsCgtwcmltYXJ5X21pYxgBIAEoCUIXukgU2AEBcg8yDV5bQS1aMC05XXs0fSQSIAoPc2V0dGxlbWVudF9kYXlzGAIgASgFQge6SAQaAigAIrgBCgtGdXR1cmVUZXJtcxI3CgtleHBpcmVfdGltZRgBIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXBCBrpIA8gBARJFChFzZXR0bGVtZW50X21ldGhvZBgCIAEoDjIeLmNxLmFzc2V0cy52MS5TZXR0bGVtZW50TWV0aG9kQgq6SAeCAQQQASAAEikKDmRlbGl2ZXJ5X21vbnRoGAMgASgLMhEuZ29vZ2xlLnR5cGUuRGF0ZSK0AQoOUGVycGV0dWFsVGVybXMSQAoQZnVuZGluZ19pbnRlcnZhbBgBIAEoCzIZLmdvb2dsZS5wcm90b2J1Zi5EdXJhdGlvbkILukgIyAEBqgECKgASLgoQZnVuZGluZ19yYXRlX2NhcBgCIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwSMAoSZnVuZGluZ19yYXRlX2Zsb29yGAMgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbCKDBAoLT3B0aW9uVGVybXMSNAoFcmlnaHQYASABKA4yGS5jcS5hc3NldHMudjEuT3B0aW9uUmlnaHRCCrpIB4IBBBABIAAS/AEKDHN0cmlrZV9wcmljZRgCIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWxCzwG6SMsBugHEAQoQZGVjaW1hbC5wb3NpdGl2ZRIWbXVzdCBiZSBncmVhdGVyIHRoYW4gMBqXAXRoaXMudmFsdWUubWF0Y2hlcygnXlsrXT9bMC05XSpbMS05XVswLTldKihcXC5bMC05XSspPyhbZUVdWystXT9bMC05XSspPyQnKSB8fCB0aGlzLnZhbHVlLm1hdGNoZXMoJ15bK10/WzAtOV0rXFwuWzAtOV0qWzEtOV1bMC05XSooW2VFXVsrLV0/WzAtOV0rKT8kJynIAQESNwoLZXhwaXJlX3RpbWUYAyABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wQga6SAPIAQESPwoOZXhlcmNpc2Vfc3R5bGUYBCABKA4yGy5jcS5hc3NldHMudjEuRXhlcmNpc2VTdHlsZUIKukgHggEEEAEgABJFChFzZXR0bGVtZW50X21ldGhvZBgFIAEoDjIeLmNxLmFzc2V0cy52MS5TZXR0bGVtZW50TWV0aG9kQgq6SAeCAQQQASAAIocJCglCb25kVGVybXMS+gEKCmZhY2VfdmFsdWUYASABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsQs8BukjLAboBxAEKEGRlY2ltYWwucG9zaXRpdmUSFm11c3QgYmUgZ3JlYXRlciB0aGFuIDAalwF0aGlzLnZhbHVlLm1hdGNoZXMoJ15bK10/WzAtOV0qWzEtOV1bMC05XSooXFwuWzAtOV0rKT8oW2VFXVsrLV0/WzAtOV0rKT8kJykgfHwgdGhpcy52YWx1ZS5tYXRjaGVzKCdeWytdP1swLTldK1xcLlswLTldKlsxLTldWzAtOV0qKFtlRV1bKy1dP1swLTldKyk/JCcpyAEBErsBCgtjb3Vwb25fcmF0ZRgCIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWxCjwG6SIsBugGEAQoUZGVjaW1hbC5ub25fbmVnYXRpdmUSFG11c3Qgbm90IGJlIG5lZ2F0aXZlGlYhdGhpcy52YWx1ZS5zdGFydHNXaXRoKCctJykgfHwgdGhpcy52YWx1ZS5tYXRjaGVzKCdeLVswXSsoXFwuMCspPyhbZUVdWystXT9bMC05XSspPyQnKcgBARJEChBjb3Vwb25fZnJlcXVlbmN5GAMgASgOMh4uY3EuYXNzZXRzLnYxLlBheW1lbnRGcmVxdWVuY3lCCrpIB4IBBBABIAASSgoUZGF5X2NvdW50X2NvbnZlbnRpb24YBCABKA4yIC5jcS5hc3NldHMudjEuRGF5Q291bnRDb252ZW50aW9uQgq6SAeCAQQQASAAEiUKCmlzc3VlX2RhdGUYBSABKAsyES5nb29nbGUudHlwZS5EYXRlEjAKDW1hdHVyaXR5X2RhdGUYBiABKAsyES5nb29nbGUudHlwZS5EYXRlQga6SAPIAQESLAoRZmlyc3RfY291cG9uX2RhdGUYByABKAsyES5nb29nbGUudHlwZS5EYXRlEg4KBmlzc3VlchgIIAEoCRIgCg9zZXR0bGVtZW50X2RheXMYCSABKAVCB7pIBBoCKAASPQoRZGlzY291bnRfY3VydmVfaWQYCiABKAlCIrpIH9gBAXIaMhheW0EtWjAtOV0rKC1bQS1aMC05XSspKyQ6tAK6SLACGq0CCh9ib25kX3Rlcm1zLm1hdHVyaXR5X2FmdGVyX2lzc3VlEiZtYXR1cml0eV9kYXRlIG11c3QgYmUgYWZ0ZXIgaXNzdWVfZGF0ZRrhASFoYXModGhpcy5pc3N1ZV9kYXRlKSB8fCAhaGFzKHRoaXMubWF0dXJpdHlfZGF0ZSkgfHwgdGhpcy5tYXR1cml0eV9kYXRlLnllYXIgKiAxMDAwMCArIHRoaXMubWF0dXJpdHlfZGF0ZS5tb250aCAqIDEwMCArIHRoaXMubWF0dXJpdHlfZGF0ZS5kYXkgPiB0aGlzLmlzc3VlX2RhdGUueWVhciAqIDEwMDAwICsgdGhpcy5pc3N1ZV9kYXRlLm1vbnRoICogMTAwICsgdGhpcy5pc3N1ZV9kYXRlLmRheSKxBgoHU3dhcExlZxI3CghsZWdfdHlwZRgBIAEoDjIZLmNxLmFzc2V0cy52MS5Td2FwTGVnVHlwZUIKukgHggEEEAEgABI9CglkaXJlY3Rpb24YAiABKA4yHi5jcS5hc3NldHMudjEuU3dhcExlZ0RpcmVjdGlvbkIKukgHggEEEAEgABI/ChFjdXJyZW5jeV9hc3NldF9pZBgDIAEoCUIkukghyAEBchwyGl5bQS1aMC05XVtBLVowLTkuX117MCwzMX0kEigKCmZpeGVkX3JhdGUYBCABKAsyFC5jcS50eXBlcy52MS5EZWNpbWFsEj8KE2Zsb2F0aW5nX3JhdGVfaW5kZXgYBSABKAlCIrpIH9gBAXIaMhheW0EtWjAtOV0rKC1bQS1aMC05XSspKyQSLQoPZmxvYXRpbmdfc3ByZWFkGAYgASgLMhQuY3EudHlwZXMudjEuRGVjaW1hbBJFChFwYXltZW50X2ZyZXF1ZW5jeRgHIAEoDjIeLmNxLmFzc2V0cy52MS5QYXltZW50RnJlcXVlbmN5Qgq6SAeCAQQQASAAEkoKFGRheV9jb3VudF9jb252ZW50aW9uGAggASgOMiAuY3EuYXNzZXRzLnYxLkRheUNvdW50Q29udmVudGlvbkIKukgHggEEEAEgADq/ArpIuwIafwodc3dhcF9sZWcuZmxvYXRpbmdfbmVlZHNfaW5kZXgSKGEgZmxvYXRpbmcgbGVnIG5lZWRzIGZsb2F0aW5nX3JhdGVfaW5kZXgaNHRoaXMubGVnX3R5cGUgIT0gMiB8fCB0aGlzLmZsb2F0aW5nX3JhdGVfaW5kZXggIT0gJycatwEKJHN3YXBfbGVnLmZpeGVkX2hhc19ub19mbG9hdGluZ190ZXJtcxI5YSBmaXhlZCBsZWcgaGFzIG5vIGZsb2F0aW5nX3JhdGVfaW5kZXggb3IgZmxvYXRpbmdfc3ByZWFkGlR0aGlzLmxlZ190eXBlICE9IDEgfHwgKHRoaXMuZmxvYXRpbmdfcmF0ZV9pbmRleCA9PSAnJyAmJiAhaGFzKHRoaXMuZmxvYXRpbmdfc3ByZWFkKSkikAQKCVN3YXBUZXJtcxIwCgV0ZW5vchgBIAEoCUIhukgeyAEBchkyF15bMS05XVswLTldezAsMn1bRFdNWV0kEikKDmVmZmVjdGl2ZV9kYXRlGAIgASgLMhEuZ29vZ2xlLnR5cGUuRGF0ZRIoCg1tYXR1cml0eV9kYXRlGAMgASgLMhEuZ29vZ2xlLnR5cGUuRGF0ZRItCgRsZWdzGAQgAygLMhUuY3EuYXNzZXRzLnYxLlN3YXBMZWdCCLpIBZIBAggCOswCukjIAhrFAgojc3dhcF90ZXJtcy5tYXR1cml0eV9hZnRlcl9lZmZlY3RpdmUSKm1hdHVyaXR5X2RhdGUgbXVzdCBiZSBhZnRlciBlZmZlY3RpdmVfZGF0ZRrxASFoYXModGhpcy5lZmZlY3RpdmVfZGF0ZSkgfHwgIWhhcyh0aGlzLm1hdHVyaXR5X2RhdGUpIHx8IHRoaXMubWF0dXJpdHlfZGF0ZS55ZWFyICogMTAwMDAgKyB0aGlzLm1hdHVyaXR5X2RhdGUubW9udGggKiAxMDAgKyB0aGlzLm1hdHVyaXR5X2RhdGUuZGF5ID4gdGhpcy5lZmZlY3RpdmVfZGF0ZS55ZWFyICogMTAwMDAgKyB0aGlzLmVmZmVjdGl2ZV9kYXRlLm1vbnRoICogMTAwICsgdGhpcy5lZmZlY3RpdmVfZGF0ZS5kYXkqjAIKDkluc3RydW1lbnRUeXBlEh8KG0lOU1RSVU1FTlRfVFlQRV9VTlNQRUNJRklFRBAAEhgKFElOU1RSVU1FTlRfVFlQRV9TUE9UEAESHQoZSU5TVFJVTUVOVF9UWVBFX1BFUlBFVFVBTBACEhoKFklOU1RSVU1FTlRfVFlQRV9GVVRVUkUQAxIaChZJTlNUUlVNRU5UX1RZUEVfT1BUSU9OEAQSGgoWSU5TVFJVTUVOVF9UWVBFX0VRVUlUWRAFEhgKFElOU1RSVU1FTlRfVFlQRV9GVU5EEAYSGAoUSU5TVFJVTUVOVF9UWVBFX0JPTkQQBxIYChRJTlNUUlVNRU5UX1RZUEVfU1dBUBAIKtIBChBJbnN0cnVtZW50U3RhdHVzEiEKHUlOU1RSVU1FTlRfU1RBVFVTX1VOU1BFQ0lGSUVEEAASHQoZSU5TVFJVTUVOVF9TVEFUVVNfUEVORElORxABEhwKGElOU1RSVU1FTlRfU1RBVFVTX0FDVElWRRACEh8KG0lOU1RSVU1FTlRfU1RBVFVTX1NVU1BFTkRFRBADEh0KGUlOU1RSVU1FTlRfU1RBVFVTX0VYUElSRUQQBBIeChpJTlNUUlVNRU5UX1NUQVRVU19ERUxJU1RFRBAFKq8BChRQcmljZVF1b3RlQ29udmVudGlvbhImCiJQUklDRV9RVU9URV9DT05WRU5USU9OX1VOU1BFQ0lGSUVEEAASIwofUFJJQ0VfUVVPVEVfQ09OVkVOVElPTl9QRVJfVU5JVBABEikKJVBSSUNFX1FVT1RFX0NPTlZFTlRJT05fUEVSQ0VOVF9PRl9QQVIQAhIfChtQUklDRV9RVU9URV9DT05WRU5USU9OX1JBVEUQAypxChBTZXR0bGVtZW50TWV0aG9kEiEKHVNFVFRMRU1FTlRfTUVUSE9EX1VOU1BFQ0lGSUVEEAASGgoWU0VUVExFTUVOVF9NRVRIT0RfQ0FTSBABEh4KGlNFVFRMRU1FTlRfTUVUSE9EX1BIWVNJQ0FMEAIqWAoLT3B0aW9uUmlnaHQSHAoYT1BUSU9OX1JJR0hUX1VOU1BFQ0lGSUVEEAASFQoRT1BUSU9OX1JJR0hUX0NBTEwQARIUChBPUFRJT05fUklHSFRfUFVUEAIqhgEKDUV4ZXJjaXNlU3R5bGUSHgoaRVhFUkNJU0VfU1RZTEVfVU5TUEVDSUZJRUQQABIbChdFWEVSQ0lTRV9TVFlMRV9FVVJPUEVBThABEhsKF0VYRVJDSVNFX1NUWUxFX0FNRVJJQ0FOEAISGwoXRVhFUkNJU0VfU1RZTEVfQkVSTVVEQU4QAyrZAQoQUGF5bWVudEZyZXF1ZW5jeRIhCh1QQVlNRU5UX0ZSRVFVRU5DWV9VTlNQRUNJRklFRBAAEiEKHVBBWU1FTlRfRlJFUVVFTkNZX0FUX01BVFVSSVRZEAESHAoYUEFZTUVOVF9GUkVRVUVOQ1lfQU5OVUFMEAISIQodUEFZTUVOVF9GUkVRVUVOQ1lfU0VNSV9BTk5VQUwQAxIfChtQQVlNRU5UX0ZSRVFVRU5DWV9RVUFSVEVSTFkQBBIdChlQQVlNRU5UX0ZSRVFVRU5DWV9NT05USExZEAUqngIKEkRheUNvdW50Q29udmVudGlvbhIkCiBEQVlfQ09VTlRfQ09OVkVOVElPTl9VTlNQRUNJRklFRBAAEiAKHERBWV9DT1VOVF9DT05WRU5USU9OX0FDVF8zNjAQARImCiJEQVlfQ09VTlRfQ09OVkVOVElPTl9BQ1RfMzY1X0ZJWEVEEAISJQohREFZX0NPVU5UX0NPTlZFTlRJT05fQUNUX0FDVF9JU0RBEAMSJQohREFZX0NPVU5UX0NPTlZFTlRJT05fQUNUX0FDVF9JQ01BEAQSIwofREFZX0NPVU5UX0NPTlZFTlRJT05fVEhJUlRZXzM2MBAFEiUKIURBWV9DT1VOVF9DT05WRU5USU9OX1RISVJUWV9FXzM2MBAGKmEKC1N3YXBMZWdUeXBlEh0KGVNXQVBfTEVHX1RZUEVfVU5TUEVDSUZJRUQQABIXChNTV0FQX0xFR19UWVBFX0ZJWEVEEAESGgoWU1dBUF9MRUdfVFlQRV9GTE9BVElORxACKnIKEFN3YXBMZWdEaXJlY3Rpb24SIgoeU1dBUF9MRUdfRElSRUNUSU9OX1VOU1BFQ0lGSUVEEAASGgoWU1dBUF9MRUdfRElSRUNUSU9OX1BBWRABEh4KGlNXQVBfTEVHX0RJUkVDVElPTl9SRUNFSVZFEAJCrwEKEGNvbS5jcS5hc3NldHMudjFCEEluc3RydW1lbnRzUHJvdG9QAVo3Z2l0aHViLmNvbS9jcS1wbGF0Zm9ybS9jcWMvZ2VuL2dvL2NxL2Fzc2V0cy92MTthc3NldHN2MaICA0NBWKoCDENxLkFzc2V0cy5WMcoCDENxXEFzc2V0c1xWMeICGENxXEFzc2V0c1xWMVxHUEJNZXRhZGF0YeoCDkNxOjpBc3NldHM6OlYxYgZwcm90bzM", [file_buf_validate_validate, file_cq_types_v1_decimal, file_cq_types_v1_identifiers, file_cq_types_v1_time_range, file_google_protobuf_duration, file_google_protobuf_timestamp, file_google_type_date]);
/**
 * Describes the message cq.assets.v1.Instrument.
 * Use `create(InstrumentSchema)` to create a new message.
 */
export const InstrumentSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_instruments, 0);
/**
 * Describes the message cq.assets.v1.InstrumentListing.
 * Use `create(InstrumentListingSchema)` to create a new message.
 */
export const InstrumentListingSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_instruments, 1);
/**
 * Describes the message cq.assets.v1.EquityTerms.
 * Use `create(EquityTermsSchema)` to create a new message.
 */
export const EquityTermsSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_instruments, 2);
/**
 * Describes the message cq.assets.v1.FutureTerms.
 * Use `create(FutureTermsSchema)` to create a new message.
 */
export const FutureTermsSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_instruments, 3);
/**
 * Describes the message cq.assets.v1.PerpetualTerms.
 * Use `create(PerpetualTermsSchema)` to create a new message.
 */
export const PerpetualTermsSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_instruments, 4);
/**
 * Describes the message cq.assets.v1.OptionTerms.
 * Use `create(OptionTermsSchema)` to create a new message.
 */
export const OptionTermsSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_instruments, 5);
/**
 * Describes the message cq.assets.v1.BondTerms.
 * Use `create(BondTermsSchema)` to create a new message.
 */
export const BondTermsSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_instruments, 6);
/**
 * Describes the message cq.assets.v1.SwapLeg.
 * Use `create(SwapLegSchema)` to create a new message.
 */
export const SwapLegSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_instruments, 7);
/**
 * Describes the message cq.assets.v1.SwapTerms.
 * Use `create(SwapTermsSchema)` to create a new message.
 */
export const SwapTermsSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_instruments, 8);
/**
 * The kind of an instrument. Each value names the `<type>` segment its instrument ids use.
 *
 * @generated from enum cq.assets.v1.InstrumentType
 */
export var InstrumentType;
(function (InstrumentType) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: INSTRUMENT_TYPE_UNSPECIFIED = 0;
     */
    InstrumentType[InstrumentType["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * A pair exchanging the base asset for the quote asset for immediate delivery, crypto or FX; id
     * type "spot". Example: "cq:spot:BTC-USD", "cq:spot:EUR-USD".
     *
     * @generated from enum value: INSTRUMENT_TYPE_SPOT = 1;
     */
    InstrumentType[InstrumentType["SPOT"] = 1] = "SPOT";
    /**
     * A perpetual swap (perpetual future): no expiry, held near the index by periodic funding; id type
     * "perp". Example: "cq:perp:BTC-USD".
     *
     * @generated from enum value: INSTRUMENT_TYPE_PERPETUAL = 2;
     */
    InstrumentType[InstrumentType["PERPETUAL"] = 2] = "PERPETUAL";
    /**
     * A dated future, listed and margined, expiring at FutureTerms.expire_time; id type "future".
     * Example: "cq:future:ES-202612".
     *
     * @generated from enum value: INSTRUMENT_TYPE_FUTURE = 3;
     */
    InstrumentType[InstrumentType["FUTURE"] = 3] = "FUTURE";
    /**
     * A listed or OTC option on the underlier; id type "option". Example:
     * "cq:option:ETH-20261225-5000-C".
     *
     * @generated from enum value: INSTRUMENT_TYPE_OPTION = 4;
     */
    InstrumentType[InstrumentType["OPTION"] = 4] = "OPTION";
    /**
     * A share in a company; id type "equity". Example: "cq:equity:AAPL".
     *
     * @generated from enum value: INSTRUMENT_TYPE_EQUITY = 5;
     */
    InstrumentType[InstrumentType["EQUITY"] = 5] = "EQUITY";
    /**
     * A share in a pooled fund (ETF, mutual fund, ETP); id type "fund". Example: "cq:fund:SPY".
     *
     * @generated from enum value: INSTRUMENT_TYPE_FUND = 6;
     */
    InstrumentType[InstrumentType["FUND"] = 6] = "FUND";
    /**
     * A debt security paying coupons and face value at maturity, usually dealer-quoted; id type
     * "bond", symbol the ISIN. Example: "cq:bond:US91282CJL54".
     *
     * @generated from enum value: INSTRUMENT_TYPE_BOND = 7;
     */
    InstrumentType[InstrumentType["BOND"] = 7] = "BOND";
    /**
     * An OTC interest rate swap exchanging a fixed leg for a floating one (or two floating legs); id
     * type "swap". Example: "cq:swap:USD-SOFR-5Y".
     *
     * @generated from enum value: INSTRUMENT_TYPE_SWAP = 8;
     */
    InstrumentType[InstrumentType["SWAP"] = 8] = "SWAP";
})(InstrumentType || (InstrumentType = {}));
/**
 * Describes the enum cq.assets.v1.InstrumentType.
 */
export const InstrumentTypeSchema = /*@__PURE__*/ enumDesc(file_cq_assets_v1_instruments, 0);
/**
 * Where an instrument (or one venue's listing of it) is in its life.
 *
 * @generated from enum cq.assets.v1.InstrumentStatus
 */
export var InstrumentStatus;
(function (InstrumentStatus) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: INSTRUMENT_STATUS_UNSPECIFIED = 0;
     */
    InstrumentStatus[InstrumentStatus["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * Registered but not yet tradable (reference data being checked, or listed but not yet open).
     *
     * @generated from enum value: INSTRUMENT_STATUS_PENDING = 1;
     */
    InstrumentStatus[InstrumentStatus["PENDING"] = 1] = "PENDING";
    /**
     * Tradable: orders are accepted, subject to the market's trading phase (MarketStatus).
     *
     * @generated from enum value: INSTRUMENT_STATUS_ACTIVE = 2;
     */
    InstrumentStatus[InstrumentStatus["ACTIVE"] = 2] = "ACTIVE";
    /**
     * Suspended for an extended period by the venue or CQ; positions are kept and valued.
     *
     * @generated from enum value: INSTRUMENT_STATUS_SUSPENDED = 3;
     */
    InstrumentStatus[InstrumentStatus["SUSPENDED"] = 3] = "SUSPENDED";
    /**
     * Reached its expiry or maturity and was settled. Kept so that history still resolves.
     *
     * @generated from enum value: INSTRUMENT_STATUS_EXPIRED = 4;
     */
    InstrumentStatus[InstrumentStatus["EXPIRED"] = 4] = "EXPIRED";
    /**
     * Removed from trading for good before any expiry. Kept so that history still resolves.
     *
     * @generated from enum value: INSTRUMENT_STATUS_DELISTED = 5;
     */
    InstrumentStatus[InstrumentStatus["DELISTED"] = 5] = "DELISTED";
})(InstrumentStatus || (InstrumentStatus = {}));
/**
 * Describes the enum cq.assets.v1.InstrumentStatus.
 */
export const InstrumentStatusSchema = /*@__PURE__*/ enumDesc(file_cq_assets_v1_instruments, 1);
/**
 * What a price of the instrument stands for. Prices, books, orders and fills of the instrument are
 * all in this unit, and so is tick_size.
 *
 * @generated from enum cq.assets.v1.PriceQuoteConvention
 */
export var PriceQuoteConvention;
(function (PriceQuoteConvention) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: PRICE_QUOTE_CONVENTION_UNSPECIFIED = 0;
     */
    PriceQuoteConvention[PriceQuoteConvention["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * Quote currency per unit of base asset (per share, per coin, per index point for derivatives).
     * Example: "64250.1" for BTC-USD.
     *
     * @generated from enum value: PRICE_QUOTE_CONVENTION_PER_UNIT = 1;
     */
    PriceQuoteConvention[PriceQuoteConvention["PER_UNIT"] = 1] = "PER_UNIT";
    /**
     * Clean price (accrued interest excluded) in percent of face value, the bond market convention.
     * Example: "99.84375". With multiplier = face_value / 100, notional = quantity * price *
     * multiplier is the clean value; accrued interest comes on top.
     *
     * @generated from enum value: PRICE_QUOTE_CONVENTION_PERCENT_OF_PAR = 2;
     */
    PriceQuoteConvention[PriceQuoteConvention["PERCENT_OF_PAR"] = 2] = "PERCENT_OF_PAR";
    /**
     * The fixed rate of a swap as a decimal fraction per year ("0.0412" is 4.12%); the swap is traded
     * at par, so price times quantity is not a notional. tick_size is then a rate step ("0.00005" is
     * half a basis point).
     *
     * @generated from enum value: PRICE_QUOTE_CONVENTION_RATE = 3;
     */
    PriceQuoteConvention[PriceQuoteConvention["RATE"] = 3] = "RATE";
})(PriceQuoteConvention || (PriceQuoteConvention = {}));
/**
 * Describes the enum cq.assets.v1.PriceQuoteConvention.
 */
export const PriceQuoteConventionSchema = /*@__PURE__*/ enumDesc(file_cq_assets_v1_instruments, 2);
/**
 * How a derivative settles at expiry.
 *
 * @generated from enum cq.assets.v1.SettlementMethod
 */
export var SettlementMethod;
(function (SettlementMethod) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: SETTLEMENT_METHOD_UNSPECIFIED = 0;
     */
    SettlementMethod[SettlementMethod["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * Settled in settle_asset_id against the final settlement price; nothing is delivered.
     *
     * @generated from enum value: SETTLEMENT_METHOD_CASH = 1;
     */
    SettlementMethod[SettlementMethod["CASH"] = 1] = "CASH";
    /**
     * Settled by delivering the underlier (the asset, or underlier_instrument_id) against payment.
     *
     * @generated from enum value: SETTLEMENT_METHOD_PHYSICAL = 2;
     */
    SettlementMethod[SettlementMethod["PHYSICAL"] = 2] = "PHYSICAL";
})(SettlementMethod || (SettlementMethod = {}));
/**
 * Describes the enum cq.assets.v1.SettlementMethod.
 */
export const SettlementMethodSchema = /*@__PURE__*/ enumDesc(file_cq_assets_v1_instruments, 3);
/**
 * Whether an option gives the right to buy or to sell.
 *
 * @generated from enum cq.assets.v1.OptionRight
 */
export var OptionRight;
(function (OptionRight) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: OPTION_RIGHT_UNSPECIFIED = 0;
     */
    OptionRight[OptionRight["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * The right to buy the underlier at the strike.
     *
     * @generated from enum value: OPTION_RIGHT_CALL = 1;
     */
    OptionRight[OptionRight["CALL"] = 1] = "CALL";
    /**
     * The right to sell the underlier at the strike.
     *
     * @generated from enum value: OPTION_RIGHT_PUT = 2;
     */
    OptionRight[OptionRight["PUT"] = 2] = "PUT";
})(OptionRight || (OptionRight = {}));
/**
 * Describes the enum cq.assets.v1.OptionRight.
 */
export const OptionRightSchema = /*@__PURE__*/ enumDesc(file_cq_assets_v1_instruments, 4);
/**
 * When an option can be exercised.
 *
 * @generated from enum cq.assets.v1.ExerciseStyle
 */
export var ExerciseStyle;
(function (ExerciseStyle) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: EXERCISE_STYLE_UNSPECIFIED = 0;
     */
    ExerciseStyle[ExerciseStyle["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * Only at expiry.
     *
     * @generated from enum value: EXERCISE_STYLE_EUROPEAN = 1;
     */
    ExerciseStyle[ExerciseStyle["EUROPEAN"] = 1] = "EUROPEAN";
    /**
     * On any trading day up to expiry.
     *
     * @generated from enum value: EXERCISE_STYLE_AMERICAN = 2;
     */
    ExerciseStyle[ExerciseStyle["AMERICAN"] = 2] = "AMERICAN";
    /**
     * On set dates before expiry, and at expiry.
     *
     * @generated from enum value: EXERCISE_STYLE_BERMUDAN = 3;
     */
    ExerciseStyle[ExerciseStyle["BERMUDAN"] = 3] = "BERMUDAN";
})(ExerciseStyle || (ExerciseStyle = {}));
/**
 * Describes the enum cq.assets.v1.ExerciseStyle.
 */
export const ExerciseStyleSchema = /*@__PURE__*/ enumDesc(file_cq_assets_v1_instruments, 5);
/**
 * How often a coupon or a swap leg pays.
 *
 * @generated from enum cq.assets.v1.PaymentFrequency
 */
export var PaymentFrequency;
(function (PaymentFrequency) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: PAYMENT_FREQUENCY_UNSPECIFIED = 0;
     */
    PaymentFrequency[PaymentFrequency["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * Once, at maturity (a zero-coupon bond, or a leg that pays only at the end).
     *
     * @generated from enum value: PAYMENT_FREQUENCY_AT_MATURITY = 1;
     */
    PaymentFrequency[PaymentFrequency["AT_MATURITY"] = 1] = "AT_MATURITY";
    /**
     * Once a year.
     *
     * @generated from enum value: PAYMENT_FREQUENCY_ANNUAL = 2;
     */
    PaymentFrequency[PaymentFrequency["ANNUAL"] = 2] = "ANNUAL";
    /**
     * Twice a year.
     *
     * @generated from enum value: PAYMENT_FREQUENCY_SEMI_ANNUAL = 3;
     */
    PaymentFrequency[PaymentFrequency["SEMI_ANNUAL"] = 3] = "SEMI_ANNUAL";
    /**
     * Four times a year.
     *
     * @generated from enum value: PAYMENT_FREQUENCY_QUARTERLY = 4;
     */
    PaymentFrequency[PaymentFrequency["QUARTERLY"] = 4] = "QUARTERLY";
    /**
     * Twelve times a year.
     *
     * @generated from enum value: PAYMENT_FREQUENCY_MONTHLY = 5;
     */
    PaymentFrequency[PaymentFrequency["MONTHLY"] = 5] = "MONTHLY";
})(PaymentFrequency || (PaymentFrequency = {}));
/**
 * Describes the enum cq.assets.v1.PaymentFrequency.
 */
export const PaymentFrequencySchema = /*@__PURE__*/ enumDesc(file_cq_assets_v1_instruments, 6);
/**
 * How interest accrues between two dates (ISDA 2006 day count fractions).
 *
 * @generated from enum cq.assets.v1.DayCountConvention
 */
export var DayCountConvention;
(function (DayCountConvention) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: DAY_COUNT_CONVENTION_UNSPECIFIED = 0;
     */
    DayCountConvention[DayCountConvention["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * Actual days over 360 (money markets, SOFR legs).
     *
     * @generated from enum value: DAY_COUNT_CONVENTION_ACT_360 = 1;
     */
    DayCountConvention[DayCountConvention["ACT_360"] = 1] = "ACT_360";
    /**
     * Actual days over 365 (GBP markets).
     *
     * @generated from enum value: DAY_COUNT_CONVENTION_ACT_365_FIXED = 2;
     */
    DayCountConvention[DayCountConvention["ACT_365_FIXED"] = 2] = "ACT_365_FIXED";
    /**
     * Actual over actual, ISDA: days in leap and non-leap years counted apart.
     *
     * @generated from enum value: DAY_COUNT_CONVENTION_ACT_ACT_ISDA = 3;
     */
    DayCountConvention[DayCountConvention["ACT_ACT_ISDA"] = 3] = "ACT_ACT_ISDA";
    /**
     * Actual over actual, ICMA: actual days over the coupon period's length (US Treasuries, most
     * government bonds).
     *
     * @generated from enum value: DAY_COUNT_CONVENTION_ACT_ACT_ICMA = 4;
     */
    DayCountConvention[DayCountConvention["ACT_ACT_ICMA"] = 4] = "ACT_ACT_ICMA";
    /**
     * 30/360 US bond basis (US corporate and agency bonds, fixed swap legs in USD).
     *
     * @generated from enum value: DAY_COUNT_CONVENTION_THIRTY_360 = 5;
     */
    DayCountConvention[DayCountConvention["THIRTY_360"] = 5] = "THIRTY_360";
    /**
     * 30E/360 Eurobond basis (EUR fixed swap legs, Eurobonds).
     *
     * @generated from enum value: DAY_COUNT_CONVENTION_THIRTY_E_360 = 6;
     */
    DayCountConvention[DayCountConvention["THIRTY_E_360"] = 6] = "THIRTY_E_360";
})(DayCountConvention || (DayCountConvention = {}));
/**
 * Describes the enum cq.assets.v1.DayCountConvention.
 */
export const DayCountConventionSchema = /*@__PURE__*/ enumDesc(file_cq_assets_v1_instruments, 7);
/**
 * Whether a swap leg pays fixed or floating.
 *
 * @generated from enum cq.assets.v1.SwapLegType
 */
export var SwapLegType;
(function (SwapLegType) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: SWAP_LEG_TYPE_UNSPECIFIED = 0;
     */
    SwapLegType[SwapLegType["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * Pays a fixed rate set at trade time.
     *
     * @generated from enum value: SWAP_LEG_TYPE_FIXED = 1;
     */
    SwapLegType[SwapLegType["FIXED"] = 1] = "FIXED";
    /**
     * Pays a floating index rate, reset periodically, plus a spread.
     *
     * @generated from enum value: SWAP_LEG_TYPE_FLOATING = 2;
     */
    SwapLegType[SwapLegType["FLOATING"] = 2] = "FLOATING";
})(SwapLegType || (SwapLegType = {}));
/**
 * Describes the enum cq.assets.v1.SwapLegType.
 */
export const SwapLegTypeSchema = /*@__PURE__*/ enumDesc(file_cq_assets_v1_instruments, 8);
/**
 * Whether the holder of a long (bought) position pays or receives a swap leg.
 *
 * @generated from enum cq.assets.v1.SwapLegDirection
 */
export var SwapLegDirection;
(function (SwapLegDirection) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: SWAP_LEG_DIRECTION_UNSPECIFIED = 0;
     */
    SwapLegDirection[SwapLegDirection["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * The long holder pays the leg.
     *
     * @generated from enum value: SWAP_LEG_DIRECTION_PAY = 1;
     */
    SwapLegDirection[SwapLegDirection["PAY"] = 1] = "PAY";
    /**
     * The long holder receives the leg.
     *
     * @generated from enum value: SWAP_LEG_DIRECTION_RECEIVE = 2;
     */
    SwapLegDirection[SwapLegDirection["RECEIVE"] = 2] = "RECEIVE";
})(SwapLegDirection || (SwapLegDirection = {}));
/**
 * Describes the enum cq.assets.v1.SwapLegDirection.
 */
export const SwapLegDirectionSchema = /*@__PURE__*/ enumDesc(file_cq_assets_v1_instruments, 9);
