// Copyright 2026 CQC authors. Licensed under the Apache License, Version 2.0.
import { fileDesc, messageDesc, serviceDesc } from "@bufbuild/protobuf/codegenv2";
import { file_cq_assets_v1_resources } from "./resources_pb.js";
import { file_cq_types_v1_identifiers } from "../../types/v1/identifiers_pb.js";
import { file_google_api_annotations } from "../../../google/api/annotations_pb.js";
import { file_google_protobuf_field_mask, file_google_protobuf_timestamp } from "@bufbuild/protobuf/wkt";
/**
 * Describes the file cq/assets/v1/service.proto.
 */
export const file_cq_assets_v1_service = /*@__PURE__*/ fileDesc("ChpjcS9hc3NldHMvdjEvc2VydmljZS5wcm90bxIMY3EuYXNzZXRzLnYxIiMKD0dldEFzc2V0UmVxdWVzdBIQCghhc3NldF9pZBgBIAEoCSI2ChBHZXRBc3NldFJlc3BvbnNlEiIKBWFzc2V0GAEgASgLMhMuY3EuYXNzZXRzLnYxLkFzc2V0IscBChFMaXN0QXNzZXRzUmVxdWVzdBIRCglwYWdlX3NpemUYASABKAUSEgoKcGFnZV90b2tlbhgCIAEoCRIvCg1hc3NldF9jbGFzc2VzGAMgAygOMhguY3EuYXNzZXRzLnYxLkFzc2V0Q2xhc3MSKwoIc3RhdHVzZXMYBCADKA4yGS5jcS5hc3NldHMudjEuQXNzZXRTdGF0dXMSEAoIY2hhaW5faWQYBSABKAkSDgoGc3ltYm9sGAYgASgJEgsKA3RhZxgHIAEoCSJSChJMaXN0QXNzZXRzUmVzcG9uc2USIwoGYXNzZXRzGAEgAygLMhMuY3EuYXNzZXRzLnYxLkFzc2V0EhcKD25leHRfcGFnZV90b2tlbhgCIAEoCSJMChJDcmVhdGVBc3NldFJlcXVlc3QSIgoFYXNzZXQYASABKAsyEy5jcS5hc3NldHMudjEuQXNzZXQSEgoKcmVxdWVzdF9pZBgCIAEoCSI5ChNDcmVhdGVBc3NldFJlc3BvbnNlEiIKBWFzc2V0GAEgASgLMhMuY3EuYXNzZXRzLnYxLkFzc2V0In0KElVwZGF0ZUFzc2V0UmVxdWVzdBIiCgVhc3NldBgBIAEoCzITLmNxLmFzc2V0cy52MS5Bc3NldBIvCgt1cGRhdGVfbWFzaxgCIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5GaWVsZE1hc2sSEgoKcmVxdWVzdF9pZBgDIAEoCSI5ChNVcGRhdGVBc3NldFJlc3BvbnNlEiIKBWFzc2V0GAEgASgLMhMuY3EuYXNzZXRzLnYxLkFzc2V0InsKGVJlc29sdmVWZW51ZVN5bWJvbFJlcXVlc3QSLgoMdmVudWVfc3ltYm9sGAEgASgLMhguY3EudHlwZXMudjEuVmVudWVTeW1ib2wSLgoKYXNfb2ZfdGltZRgCIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXAibQoaUmVzb2x2ZVZlbnVlU3ltYm9sUmVzcG9uc2USIgoFYXNzZXQYASABKAsyEy5jcS5hc3NldHMudjEuQXNzZXQSKwoHbWFwcGluZxgCIAEoCzIaLmNxLmFzc2V0cy52MS5Bc3NldE1hcHBpbmcilQEKGExpc3RBc3NldE1hcHBpbmdzUmVxdWVzdBIRCglwYWdlX3NpemUYASABKAUSEgoKcGFnZV90b2tlbhgCIAEoCRIQCgh2ZW51ZV9pZBgDIAEoCRIQCghhc3NldF9pZBgEIAEoCRIuCgphc19vZl90aW1lGAUgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcCJoChlMaXN0QXNzZXRNYXBwaW5nc1Jlc3BvbnNlEjIKDmFzc2V0X21hcHBpbmdzGAEgAygLMhouY3EuYXNzZXRzLnYxLkFzc2V0TWFwcGluZxIXCg9uZXh0X3BhZ2VfdG9rZW4YAiABKAkiYgoZQ3JlYXRlQXNzZXRNYXBwaW5nUmVxdWVzdBIxCg1hc3NldF9tYXBwaW5nGAEgASgLMhouY3EuYXNzZXRzLnYxLkFzc2V0TWFwcGluZxISCgpyZXF1ZXN0X2lkGAIgASgJIk8KGkNyZWF0ZUFzc2V0TWFwcGluZ1Jlc3BvbnNlEjEKDWFzc2V0X21hcHBpbmcYASABKAsyGi5jcS5hc3NldHMudjEuQXNzZXRNYXBwaW5nIiMKD0dldENoYWluUmVxdWVzdBIQCghjaGFpbl9pZBgBIAEoCSI2ChBHZXRDaGFpblJlc3BvbnNlEiIKBWNoYWluGAEgASgLMhMuY3EuYXNzZXRzLnYxLkNoYWluIlQKEUxpc3RDaGFpbnNSZXF1ZXN0EhEKCXBhZ2Vfc2l6ZRgBIAEoBRISCgpwYWdlX3Rva2VuGAIgASgJEhgKEGluY2x1ZGVfdGVzdG5ldHMYAyABKAgiUgoSTGlzdENoYWluc1Jlc3BvbnNlEiMKBmNoYWlucxgBIAMoCzITLmNxLmFzc2V0cy52MS5DaGFpbhIXCg9uZXh0X3BhZ2VfdG9rZW4YAiABKAkyuQgKFEFzc2V0UmVnaXN0cnlTZXJ2aWNlEmgKCEdldEFzc2V0Eh0uY3EuYXNzZXRzLnYxLkdldEFzc2V0UmVxdWVzdBoeLmNxLmFzc2V0cy52MS5HZXRBc3NldFJlc3BvbnNlIh2C0+STAhcSFS92MS9hc3NldHMve2Fzc2V0X2lkfRJjCgpMaXN0QXNzZXRzEh8uY3EuYXNzZXRzLnYxLkxpc3RBc3NldHNSZXF1ZXN0GiAuY3EuYXNzZXRzLnYxLkxpc3RBc3NldHNSZXNwb25zZSISgtPkkwIMEgovdjEvYXNzZXRzEmkKC0NyZWF0ZUFzc2V0EiAuY3EuYXNzZXRzLnYxLkNyZWF0ZUFzc2V0UmVxdWVzdBohLmNxLmFzc2V0cy52MS5DcmVhdGVBc3NldFJlc3BvbnNlIhWC0+STAg86ASoiCi92MS9hc3NldHMSfgoLVXBkYXRlQXNzZXQSIC5jcS5hc3NldHMudjEuVXBkYXRlQXNzZXRSZXF1ZXN0GiEuY3EuYXNzZXRzLnYxLlVwZGF0ZUFzc2V0UmVzcG9uc2UiKoLT5JMCJDoFYXNzZXQyGy92MS9hc3NldHMve2Fzc2V0LmFzc2V0X2lkfRKOAQoSUmVzb2x2ZVZlbnVlU3ltYm9sEicuY3EuYXNzZXRzLnYxLlJlc29sdmVWZW51ZVN5bWJvbFJlcXVlc3QaKC5jcS5hc3NldHMudjEuUmVzb2x2ZVZlbnVlU3ltYm9sUmVzcG9uc2UiJYLT5JMCHxIdL3YxL2Fzc2V0czpyZXNvbHZlVmVudWVTeW1ib2wSfwoRTGlzdEFzc2V0TWFwcGluZ3MSJi5jcS5hc3NldHMudjEuTGlzdEFzc2V0TWFwcGluZ3NSZXF1ZXN0GicuY3EuYXNzZXRzLnYxLkxpc3RBc3NldE1hcHBpbmdzUmVzcG9uc2UiGYLT5JMCExIRL3YxL2Fzc2V0TWFwcGluZ3MShQEKEkNyZWF0ZUFzc2V0TWFwcGluZxInLmNxLmFzc2V0cy52MS5DcmVhdGVBc3NldE1hcHBpbmdSZXF1ZXN0GiguY3EuYXNzZXRzLnYxLkNyZWF0ZUFzc2V0TWFwcGluZ1Jlc3BvbnNlIhyC0+STAhY6ASoiES92MS9hc3NldE1hcHBpbmdzEmgKCEdldENoYWluEh0uY3EuYXNzZXRzLnYxLkdldENoYWluUmVxdWVzdBoeLmNxLmFzc2V0cy52MS5HZXRDaGFpblJlc3BvbnNlIh2C0+STAhcSFS92MS9jaGFpbnMve2NoYWluX2lkfRJjCgpMaXN0Q2hhaW5zEh8uY3EuYXNzZXRzLnYxLkxpc3RDaGFpbnNSZXF1ZXN0GiAuY3EuYXNzZXRzLnYxLkxpc3RDaGFpbnNSZXNwb25zZSISgtPkkwIMEgovdjEvY2hhaW5zQqsBChBjb20uY3EuYXNzZXRzLnYxQgxTZXJ2aWNlUHJvdG9QAVo3Z2l0aHViLmNvbS9jcS1wbGF0Zm9ybS9jcWMvZ2VuL2dvL2NxL2Fzc2V0cy92MTthc3NldHN2MaICA0NBWKoCDENxLkFzc2V0cy5WMcoCDENxXEFzc2V0c1xWMeICGENxXEFzc2V0c1xWMVxHUEJNZXRhZGF0YeoCDkNxOjpBc3NldHM6OlYxYgZwcm90bzM", [file_cq_assets_v1_resources, file_cq_types_v1_identifiers, file_google_api_annotations, file_google_protobuf_field_mask, file_google_protobuf_timestamp]);
/**
 * Describes the message cq.assets.v1.GetAssetRequest.
 * Use `create(GetAssetRequestSchema)` to create a new message.
 */
export const GetAssetRequestSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 0);
/**
 * Describes the message cq.assets.v1.GetAssetResponse.
 * Use `create(GetAssetResponseSchema)` to create a new message.
 */
export const GetAssetResponseSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 1);
/**
 * Describes the message cq.assets.v1.ListAssetsRequest.
 * Use `create(ListAssetsRequestSchema)` to create a new message.
 */
export const ListAssetsRequestSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 2);
/**
 * Describes the message cq.assets.v1.ListAssetsResponse.
 * Use `create(ListAssetsResponseSchema)` to create a new message.
 */
export const ListAssetsResponseSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 3);
/**
 * Describes the message cq.assets.v1.CreateAssetRequest.
 * Use `create(CreateAssetRequestSchema)` to create a new message.
 */
export const CreateAssetRequestSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 4);
/**
 * Describes the message cq.assets.v1.CreateAssetResponse.
 * Use `create(CreateAssetResponseSchema)` to create a new message.
 */
export const CreateAssetResponseSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 5);
/**
 * Describes the message cq.assets.v1.UpdateAssetRequest.
 * Use `create(UpdateAssetRequestSchema)` to create a new message.
 */
export const UpdateAssetRequestSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 6);
/**
 * Describes the message cq.assets.v1.UpdateAssetResponse.
 * Use `create(UpdateAssetResponseSchema)` to create a new message.
 */
export const UpdateAssetResponseSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 7);
/**
 * Describes the message cq.assets.v1.ResolveVenueSymbolRequest.
 * Use `create(ResolveVenueSymbolRequestSchema)` to create a new message.
 */
export const ResolveVenueSymbolRequestSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 8);
/**
 * Describes the message cq.assets.v1.ResolveVenueSymbolResponse.
 * Use `create(ResolveVenueSymbolResponseSchema)` to create a new message.
 */
export const ResolveVenueSymbolResponseSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 9);
/**
 * Describes the message cq.assets.v1.ListAssetMappingsRequest.
 * Use `create(ListAssetMappingsRequestSchema)` to create a new message.
 */
export const ListAssetMappingsRequestSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 10);
/**
 * Describes the message cq.assets.v1.ListAssetMappingsResponse.
 * Use `create(ListAssetMappingsResponseSchema)` to create a new message.
 */
export const ListAssetMappingsResponseSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 11);
/**
 * Describes the message cq.assets.v1.CreateAssetMappingRequest.
 * Use `create(CreateAssetMappingRequestSchema)` to create a new message.
 */
export const CreateAssetMappingRequestSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 12);
/**
 * Describes the message cq.assets.v1.CreateAssetMappingResponse.
 * Use `create(CreateAssetMappingResponseSchema)` to create a new message.
 */
export const CreateAssetMappingResponseSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 13);
/**
 * Describes the message cq.assets.v1.GetChainRequest.
 * Use `create(GetChainRequestSchema)` to create a new message.
 */
export const GetChainRequestSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 14);
/**
 * Describes the message cq.assets.v1.GetChainResponse.
 * Use `create(GetChainResponseSchema)` to create a new message.
 */
export const GetChainResponseSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 15);
/**
 * Describes the message cq.assets.v1.ListChainsRequest.
 * Use `create(ListChainsRequestSchema)` to create a new message.
 */
export const ListChainsRequestSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 16);
/**
 * Describes the message cq.assets.v1.ListChainsResponse.
 * Use `create(ListChainsResponseSchema)` to create a new message.
 */
export const ListChainsResponseSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_service, 17);
/**
 * The AssetRegistry: CQ's single source of truth for assets, the chains they live on, and how each
 * venue names them.
 *
 * Reads are open to every authenticated caller; writes need the reference-data admin role. Every RPC
 * returns UNAUTHENTICATED without valid credentials and PERMISSION_DENIED when the caller's role does
 * not allow the call.
 *
 * @generated from service cq.assets.v1.AssetRegistryService
 */
export const AssetRegistryService = /*@__PURE__*/ serviceDesc(file_cq_assets_v1_service, 0);
