// Copyright 2026 CQC authors. Licensed under the Apache License, Version 2.0.
import { enumDesc, fileDesc, messageDesc } from "@bufbuild/protobuf/codegenv2";
import { file_buf_validate_validate } from "../../../buf/validate/validate_pb.js";
import { file_cq_types_v1_decimal } from "../../types/v1/decimal_pb.js";
import { file_cq_types_v1_identifiers } from "../../types/v1/identifiers_pb.js";
import { file_cq_types_v1_time_range } from "../../types/v1/time_range_pb.js";
import { file_google_protobuf_duration, file_google_protobuf_timestamp } from "@bufbuild/protobuf/wkt";
/**
 * Describes the file cq/assets/v1/resources.proto.
 */
export const file_cq_assets_v1_resources = /*@__PURE__*/ fileDesc("ChxjcS9hc3NldHMvdjEvcmVzb3VyY2VzLnByb3RvEgxjcS5hc3NldHMudjEimQcKBUFzc2V0EjYKCGFzc2V0X2lkGAEgASgJQiS6SCHIAQFyHDIaXltBLVowLTldW0EtWjAtOS5fXXswLDMxfSQSFgoGc3ltYm9sGAIgASgJQga6SAPIAQESFAoEbmFtZRgDIAEoCUIGukgDyAEBEjkKC2Fzc2V0X2NsYXNzGAQgASgOMhguY3EuYXNzZXRzLnYxLkFzc2V0Q2xhc3NCCrpIB4IBBBABIAASGwoIZGVjaW1hbHMYBSABKAVCCbpIBhoEGB4oABI1CgZzdGF0dXMYBiABKA4yGS5jcS5hc3NldHMudjEuQXNzZXRTdGF0dXNCCrpIB4IBBBABIAASLQoIbWV0YWRhdGEYByABKAsyGy5jcS5hc3NldHMudjEuQXNzZXRNZXRhZGF0YRIiCgNpZHMYCCABKAsyFS5jcS5hc3NldHMudjEuQXNzZXRJZBIjCgZ0b2tlbnMYCSADKAsyEy5jcS5hc3NldHMudjEuVG9rZW4SLgoJcmVsYXRpb25zGAogAygLMhsuY3EuYXNzZXRzLnYxLkFzc2V0UmVsYXRpb24SLwoLY3JlYXRlX3RpbWUYCyABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wEi8KC3VwZGF0ZV90aW1lGAwgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcDqQA7pIjAMaegoWYXNzZXQubm9fc2VsZl9yZWxhdGlvbhIkYW4gYXNzZXQgY2Fubm90IGJlIHJlbGF0ZWQgdG8gaXRzZWxmGjp0aGlzLnJlbGF0aW9ucy5hbGwociwgci5yZWxhdGVkX2Fzc2V0X2lkICE9IHRoaXMuYXNzZXRfaWQpGpABChlhc3NldC5vbmVfdG9rZW5fcGVyX2NoYWluEiJ0b2tlbnMgbXVzdCBiZSBvbiBkaWZmZXJlbnQgY2hhaW5zGk90aGlzLnRva2Vucy5hbGwodCwgdGhpcy50b2tlbnMuZmlsdGVyKHUsIHUuY2hhaW5faWQgPT0gdC5jaGFpbl9pZCkuc2l6ZSgpID09IDEpGnsKHGFzc2V0LnRva2Vuc19iZWxvbmdfdG9fYXNzZXQSKmV2ZXJ5IHRva2VuJ3MgYXNzZXRfaWQgbXVzdCBlcXVhbCBhc3NldF9pZBovdGhpcy50b2tlbnMuYWxsKHQsIHQuYXNzZXRfaWQgPT0gdGhpcy5hc3NldF9pZCkiwgMKB0Fzc2V0SWQSNgoIYXNzZXRfaWQYASABKAlCJLpIIdgBAXIcMhpeW0EtWjAtOV1bQS1aMC05Ll9dezAsMzF9JBJ+CgljYWlwMTlfaWQYAiABKAlCa7pIaNgBAXJjMmFeWy1hLXowLTldezMsOH06Wy1fYS16QS1aMC05XXsxLDMyfS9bLWEtejAtOV17Myw4fTpbLS4lYS16QS1aMC05XXsxLDEyOH0oL1stLiVhLXpBLVowLTldezEsNzh9KT8kEjIKBGlzaW4YAyABKAlCJLpIIdgBAXIcMhpeW0EtWl17Mn1bQS1aMC05XXs5fVswLTldJBImCgRmaWdpGAQgASgJQhi6SBXYAQFyEDIOXltBLVowLTldezEyfSQSLgoFY3VzaXAYBSABKAlCH7pIHNgBAXIXMhVeW0EtWjAtOSpAI117OH1bMC05XSQSKgoMaXNvNDIxN19jb2RlGAYgASgJQhS6SBHYAQFyDDIKXltBLVpdezN9JBIUCgxjb2luZ2Vja29faWQYByABKAkSMQoQY29pbm1hcmtldGNhcF9pZBgIIAEoCUIXukgU2AEBcg8yDV5bMS05XVswLTldKiQi7AEKDUFzc2V0TWV0YWRhdGESHQoLZGVzY3JpcHRpb24YASABKAlCCLpIBXIDGKAfEioKC3dlYnNpdGVfdXJpGAIgASgJQhW6SBLYAQFyDToIaHR0cHM6Ly+IAQESMgoEdGFncxgDIAMoCUIkukghkgEeIhxyGjIYXlthLXowLTldKygtW2EtejAtOV0rKSokEg4KBnNlY3RvchgEIAEoCRIQCghpbmR1c3RyeRgFIAEoCRIOCgZpc3N1ZXIYBiABKAkSKgoMY291bnRyeV9jb2RlGAcgASgJQhS6SBHYAQFyDDIKXltBLVpdezJ9JCKcAwoNQXNzZXRSZWxhdGlvbhI5CgR0eXBlGAEgASgOMh8uY3EuYXNzZXRzLnYxLkFzc2V0UmVsYXRpb25UeXBlQgq6SAeCAQQQASAAEj4KEHJlbGF0ZWRfYXNzZXRfaWQYAiABKAlCJLpIIcgBAXIcMhpeW0EtWjAtOV1bQS1aMC05Ll9dezAsMzF9JBIQCghwcm92aWRlchgDIAEoCRL9AQoQY29udmVyc2lvbl9yYXRpbxgEIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWxCzAG6SMgBugHEAQoQZGVjaW1hbC5wb3NpdGl2ZRIWbXVzdCBiZSBncmVhdGVyIHRoYW4gMBqXAXRoaXMudmFsdWUubWF0Y2hlcygnXlsrXT9bMC05XSpbMS05XVswLTldKihcXC5bMC05XSspPyhbZUVdWystXT9bMC05XSspPyQnKSB8fCB0aGlzLnZhbHVlLm1hdGNoZXMoJ15bK10/WzAtOV0rXFwuWzAtOV0qWzEtOV1bMC05XSooW2VFXVsrLV0/WzAtOV0rKT8kJyki5gMKBVRva2VuEjYKCGFzc2V0X2lkGAEgASgJQiS6SCHIAQFyHDIaXltBLVowLTldW0EtWjAtOS5fXXswLDMxfSQSQAoIY2hhaW5faWQYAiABKAlCLrpIK8gBAXImMiReWy1hLXowLTldezMsOH06Wy1fYS16QS1aMC05XXsxLDMyfSQSOQoIc3RhbmRhcmQYAyABKA4yGy5jcS5hc3NldHMudjEuVG9rZW5TdGFuZGFyZEIKukgHggEEEAEgABIYChBjb250cmFjdF9hZGRyZXNzGAQgASgJEhwKCGRlY2ltYWxzGAUgASgFQgq6SAcaBRj/ASgAEhEKCWNhaXAxOV9pZBgGIAEoCTrcAbpI2AEa1QEKJ3Rva2VuLmNvbnRyYWN0X2FkZHJlc3NfbWF0Y2hlc19zdGFuZGFyZBJdY29udHJhY3RfYWRkcmVzcyBpcyByZXF1aXJlZCB1bmxlc3Mgc3RhbmRhcmQgaXMgVE9LRU5fU1RBTkRBUkRfTkFUSVZFLCB3aGVyZSBpdCBtdXN0IGJlIGVtcHR5Gkt0aGlzLnN0YW5kYXJkID09IDAgfHwgKHRoaXMuc3RhbmRhcmQgPT0gMSkgPT0gKHRoaXMuY29udHJhY3RfYWRkcmVzcyA9PSAnJyki5AMKBUNoYWluEkAKCGNoYWluX2lkGAEgASgJQi66SCvIAQFyJjIkXlstYS16MC05XXszLDh9OlstX2EtekEtWjAtOV17MSwzMn0kEhQKBG5hbWUYAiABKAlCBrpIA8gBARI9Cg9uYXRpdmVfYXNzZXRfaWQYAyABKAlCJLpIIcgBAXIcMhpeW0EtWjAtOV1bQS1aMC05Ll9dezAsMzF9JBIcCghkZWNpbWFscxgEIAEoBUIKukgHGgUY/wEoABI/Cg5maW5hbGl0eV9tb2RlbBgFIAEoDjIbLmNxLmFzc2V0cy52MS5GaW5hbGl0eU1vZGVsQgq6SAeCAQQQASAAEicKFnJlcXVpcmVkX2NvbmZpcm1hdGlvbnMYBiABKANCB7pIBCICKAASPwoSYXZlcmFnZV9ibG9ja190aW1lGAcgASgLMhkuZ29vZ2xlLnByb3RvYnVmLkR1cmF0aW9uQgi6SAWqAQIqABJHChpleHBlY3RlZF9maW5hbGl0eV9kdXJhdGlvbhgIIAEoCzIZLmdvb2dsZS5wcm90b2J1Zi5EdXJhdGlvbkIIukgFqgECKgASDwoHdGVzdG5ldBgJIAEoCBIhCgxleHBsb3Jlcl91cmkYCiABKAlCC7pICNgBAXIDiAEBIsgECgxBc3NldE1hcHBpbmcSGAoQYXNzZXRfbWFwcGluZ19pZBgBIAEoCRI2Cgx2ZW51ZV9zeW1ib2wYAiABKAsyGC5jcS50eXBlcy52MS5WZW51ZVN5bWJvbEIGukgDyAEBEjYKCGFzc2V0X2lkGAMgASgJQiS6SCHIAQFyHDIaXltBLVowLTldW0EtWjAtOS5fXXswLDMxfSQSGAoQdmVudWVfYXNzZXRfY29kZRgEIAEoCRIPCgdhbGlhc2VzGAUgAygJEkAKCGNoYWluX2lkGAYgASgJQi66SCvYAQFyJjIkXlstYS16MC05XXszLDh9OlstX2EtekEtWjAtOV17MSwzMn0kEigKCHZhbGlkaXR5GAcgASgLMhYuY3EudHlwZXMudjEuVGltZVJhbmdlEi8KC2NyZWF0ZV90aW1lGAggASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcBIvCgt1cGRhdGVfdGltZRgJIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXA6tAG6SLABGq0BCiFhc3NldF9tYXBwaW5nLm5ldHdvcmtfbmVlZHNfY2hhaW4SNWNoYWluX2lkIGlzIHJlcXVpcmVkIHdoZW4gdmVudWVfc3ltYm9sLm5ldHdvcmsgaXMgc2V0GlEhaGFzKHRoaXMudmVudWVfc3ltYm9sKSB8fCB0aGlzLnZlbnVlX3N5bWJvbC5uZXR3b3JrID09ICcnIHx8IHRoaXMuY2hhaW5faWQgIT0gJycq6QEKCkFzc2V0Q2xhc3MSGwoXQVNTRVRfQ0xBU1NfVU5TUEVDSUZJRUQQABIWChJBU1NFVF9DTEFTU19DUllQVE8QARIUChBBU1NFVF9DTEFTU19GSUFUEAISFgoSQVNTRVRfQ0xBU1NfRVFVSVRZEAMSFAoQQVNTRVRfQ0xBU1NfQk9ORBAEEhkKFUFTU0VUX0NMQVNTX0NPTU1PRElUWRAFEhUKEUFTU0VUX0NMQVNTX0lOREVYEAYSGgoWQVNTRVRfQ0xBU1NfREVSSVZBVElWRRAHEhQKEEFTU0VUX0NMQVNTX0ZVTkQQCCqVAQoLQXNzZXRTdGF0dXMSHAoYQVNTRVRfU1RBVFVTX1VOU1BFQ0lGSUVEEAASGAoUQVNTRVRfU1RBVFVTX1BFTkRJTkcQARIXChNBU1NFVF9TVEFUVVNfQUNUSVZFEAISGgoWQVNTRVRfU1RBVFVTX1NVU1BFTkRFRBADEhkKFUFTU0VUX1NUQVRVU19ERUxJU1RFRBAEKuMBChFBc3NldFJlbGF0aW9uVHlwZRIjCh9BU1NFVF9SRUxBVElPTl9UWVBFX1VOU1BFQ0lGSUVEEAASHwobQVNTRVRfUkVMQVRJT05fVFlQRV9XUkFQUEVEEAESHwobQVNTRVRfUkVMQVRJT05fVFlQRV9CUklER0VEEAISHgoaQVNTRVRfUkVMQVRJT05fVFlQRV9QRUdHRUQQAxIlCiFBU1NFVF9SRUxBVElPTl9UWVBFX0xJUVVJRF9TVEFLRUQQBBIgChxBU1NFVF9SRUxBVElPTl9UWVBFX01JR1JBVEVEEAUqlgEKDVRva2VuU3RhbmRhcmQSHgoaVE9LRU5fU1RBTkRBUkRfVU5TUEVDSUZJRUQQABIZChVUT0tFTl9TVEFOREFSRF9OQVRJVkUQARIYChRUT0tFTl9TVEFOREFSRF9FUkMyMBACEhYKElRPS0VOX1NUQU5EQVJEX1NQTBADEhgKFFRPS0VOX1NUQU5EQVJEX1RSQzIwEAQqcwoNRmluYWxpdHlNb2RlbBIeChpGSU5BTElUWV9NT0RFTF9VTlNQRUNJRklFRBAAEiAKHEZJTkFMSVRZX01PREVMX1BST0JBQklMSVNUSUMQARIgChxGSU5BTElUWV9NT0RFTF9ERVRFUk1JTklTVElDEAJCrQEKEGNvbS5jcS5hc3NldHMudjFCDlJlc291cmNlc1Byb3RvUAFaN2dpdGh1Yi5jb20vY3EtcGxhdGZvcm0vY3FjL2dlbi9nby9jcS9hc3NldHMvdjE7YXNzZXRzdjGiAgNDQViqAgxDcS5Bc3NldHMuVjHKAgxDcVxBc3NldHNcVjHiAhhDcVxBc3NldHNcVjFcR1BCTWV0YWRhdGHqAg5DcTo6QXNzZXRzOjpWMWIGcHJvdG8z", [file_buf_validate_validate, file_cq_types_v1_decimal, file_cq_types_v1_identifiers, file_cq_types_v1_time_range, file_google_protobuf_duration, file_google_protobuf_timestamp]);
/**
 * Describes the message cq.assets.v1.Asset.
 * Use `create(AssetSchema)` to create a new message.
 */
export const AssetSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_resources, 0);
/**
 * Describes the message cq.assets.v1.AssetId.
 * Use `create(AssetIdSchema)` to create a new message.
 */
export const AssetIdSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_resources, 1);
/**
 * Describes the message cq.assets.v1.AssetMetadata.
 * Use `create(AssetMetadataSchema)` to create a new message.
 */
export const AssetMetadataSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_resources, 2);
/**
 * Describes the message cq.assets.v1.AssetRelation.
 * Use `create(AssetRelationSchema)` to create a new message.
 */
export const AssetRelationSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_resources, 3);
/**
 * Describes the message cq.assets.v1.Token.
 * Use `create(TokenSchema)` to create a new message.
 */
export const TokenSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_resources, 4);
/**
 * Describes the message cq.assets.v1.Chain.
 * Use `create(ChainSchema)` to create a new message.
 */
export const ChainSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_resources, 5);
/**
 * Describes the message cq.assets.v1.AssetMapping.
 * Use `create(AssetMappingSchema)` to create a new message.
 */
export const AssetMappingSchema = /*@__PURE__*/ messageDesc(file_cq_assets_v1_resources, 6);
/**
 * The broad class of an asset. Risk and portfolio reports group exposure by it.
 *
 * @generated from enum cq.assets.v1.AssetClass
 */
export var AssetClass;
(function (AssetClass) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: ASSET_CLASS_UNSPECIFIED = 0;
     */
    AssetClass[AssetClass["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * A crypto asset: a native coin or a token, stablecoins included (a stablecoin carries an
     * ASSET_RELATION_TYPE_PEGGED relation to its reference currency).
     *
     * @generated from enum value: ASSET_CLASS_CRYPTO = 1;
     */
    AssetClass[AssetClass["CRYPTO"] = 1] = "CRYPTO";
    /**
     * A government-issued currency such as USD or EUR.
     *
     * @generated from enum value: ASSET_CLASS_FIAT = 2;
     */
    AssetClass[AssetClass["FIAT"] = 2] = "FIAT";
    /**
     * A share in a company, including depositary receipts.
     *
     * @generated from enum value: ASSET_CLASS_EQUITY = 3;
     */
    AssetClass[AssetClass["EQUITY"] = 3] = "EQUITY";
    /**
     * A debt security: government, agency or corporate bond, bill or note.
     *
     * @generated from enum value: ASSET_CLASS_BOND = 4;
     */
    AssetClass[AssetClass["BOND"] = 4] = "BOND";
    /**
     * A physical commodity such as gold, oil or wheat.
     *
     * @generated from enum value: ASSET_CLASS_COMMODITY = 5;
     */
    AssetClass[AssetClass["COMMODITY"] = 5] = "COMMODITY";
    /**
     * A published index level, tradable only through derivatives or funds. Example: SPX.
     *
     * @generated from enum value: ASSET_CLASS_INDEX = 6;
     */
    AssetClass[AssetClass["INDEX"] = 6] = "INDEX";
    /**
     * A derivative held as an asset in its own right, such as a warrant or a tokenised option.
     *
     * @generated from enum value: ASSET_CLASS_DERIVATIVE = 7;
     */
    AssetClass[AssetClass["DERIVATIVE"] = 7] = "DERIVATIVE";
    /**
     * A share in a pooled fund: an ETF, a mutual fund or an exchange-traded product.
     *
     * @generated from enum value: ASSET_CLASS_FUND = 8;
     */
    AssetClass[AssetClass["FUND"] = 8] = "FUND";
})(AssetClass || (AssetClass = {}));
/**
 * Describes the enum cq.assets.v1.AssetClass.
 */
export const AssetClassSchema = /*@__PURE__*/ enumDesc(file_cq_assets_v1_resources, 0);
/**
 * Where an asset is in its life in CQ. Only ACTIVE assets may be traded or transferred.
 *
 * @generated from enum cq.assets.v1.AssetStatus
 */
export var AssetStatus;
(function (AssetStatus) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: ASSET_STATUS_UNSPECIFIED = 0;
     */
    AssetStatus[AssetStatus["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * Registered but not yet approved for trading; used while reference data is being checked.
     *
     * @generated from enum value: ASSET_STATUS_PENDING = 1;
     */
    AssetStatus[AssetStatus["PENDING"] = 1] = "PENDING";
    /**
     * Tradable and transferable.
     *
     * @generated from enum value: ASSET_STATUS_ACTIVE = 2;
     */
    AssetStatus[AssetStatus["ACTIVE"] = 2] = "ACTIVE";
    /**
     * Temporarily not tradable, for example during a chain halt, an exploit or a depeg review.
     * Existing balances are kept and valued.
     *
     * @generated from enum value: ASSET_STATUS_SUSPENDED = 3;
     */
    AssetStatus[AssetStatus["SUSPENDED"] = 3] = "SUSPENDED";
    /**
     * Retired for good (delisted, redeemed, matured or migrated). Kept so that history still resolves.
     *
     * @generated from enum value: ASSET_STATUS_DELISTED = 4;
     */
    AssetStatus[AssetStatus["DELISTED"] = 4] = "DELISTED";
})(AssetStatus || (AssetStatus = {}));
/**
 * Describes the enum cq.assets.v1.AssetStatus.
 */
export const AssetStatusSchema = /*@__PURE__*/ enumDesc(file_cq_assets_v1_resources, 1);
/**
 * How one asset relates to another it is derived from. Closed set: each value changes how risk
 * treats the pair (a wrapped asset is exposure to its underlying plus custodian risk).
 *
 * @generated from enum cq.assets.v1.AssetRelationType
 */
export var AssetRelationType;
(function (AssetRelationType) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: ASSET_RELATION_TYPE_UNSPECIFIED = 0;
     */
    AssetRelationType[AssetRelationType["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * Backed one to one by the related asset held by a custodian. Example: WBTC wraps BTC.
     *
     * @generated from enum value: ASSET_RELATION_TYPE_WRAPPED = 1;
     */
    AssetRelationType[AssetRelationType["WRAPPED"] = 1] = "WRAPPED";
    /**
     * A representation of the related asset moved to another chain by a bridge. Example: USDC.e on
     * Avalanche, bridged from USDC on Ethereum.
     *
     * @generated from enum value: ASSET_RELATION_TYPE_BRIDGED = 2;
     */
    AssetRelationType[AssetRelationType["BRIDGED"] = 2] = "BRIDGED";
    /**
     * Designed to hold a fixed value in the related asset, without a one-to-one claim on it.
     * Example: USDT pegged to USD.
     *
     * @generated from enum value: ASSET_RELATION_TYPE_PEGGED = 3;
     */
    AssetRelationType[AssetRelationType["PEGGED"] = 3] = "PEGGED";
    /**
     * A receipt for the related asset staked through a protocol, redeemable for it.
     * Example: stETH for ETH.
     *
     * @generated from enum value: ASSET_RELATION_TYPE_LIQUID_STAKED = 4;
     */
    AssetRelationType[AssetRelationType["LIQUID_STAKED"] = 4] = "LIQUID_STAKED";
    /**
     * The successor of the related asset after a migration or redenomination; the related asset is the
     * old one. Example: POL migrated from MATIC.
     *
     * @generated from enum value: ASSET_RELATION_TYPE_MIGRATED = 5;
     */
    AssetRelationType[AssetRelationType["MIGRATED"] = 5] = "MIGRATED";
})(AssetRelationType || (AssetRelationType = {}));
/**
 * Describes the enum cq.assets.v1.AssetRelationType.
 */
export const AssetRelationTypeSchema = /*@__PURE__*/ enumDesc(file_cq_assets_v1_resources, 2);
/**
 * The token standard (interface) an on-chain asset implements on one chain. It fixes how balances
 * are read and transfers are built, and it is the asset namespace of the CAIP-19 id.
 *
 * @generated from enum cq.assets.v1.TokenStandard
 */
export var TokenStandard;
(function (TokenStandard) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: TOKEN_STANDARD_UNSPECIFIED = 0;
     */
    TokenStandard[TokenStandard["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * The chain's native asset, with no contract: ETH on Ethereum, BTC on Bitcoin, SOL on Solana.
     * CAIP-19 namespace `slip44`.
     *
     * @generated from enum value: TOKEN_STANDARD_NATIVE = 1;
     */
    TokenStandard[TokenStandard["NATIVE"] = 1] = "NATIVE";
    /**
     * An ERC-20 fungible token on an EVM chain (BEP-20 on BNB Chain is the same interface).
     *
     * @generated from enum value: TOKEN_STANDARD_ERC20 = 2;
     */
    TokenStandard[TokenStandard["ERC20"] = 2] = "ERC20";
    /**
     * A Solana SPL token (Token or Token-2022 program).
     *
     * @generated from enum value: TOKEN_STANDARD_SPL = 3;
     */
    TokenStandard[TokenStandard["SPL"] = 3] = "SPL";
    /**
     * A TRC-20 fungible token on Tron.
     *
     * @generated from enum value: TOKEN_STANDARD_TRC20 = 4;
     */
    TokenStandard[TokenStandard["TRC20"] = 4] = "TRC20";
})(TokenStandard || (TokenStandard = {}));
/**
 * Describes the enum cq.assets.v1.TokenStandard.
 */
export const TokenStandardSchema = /*@__PURE__*/ enumDesc(file_cq_assets_v1_resources, 3);
/**
 * How a chain reaches finality, which says how to read Chain.required_confirmations.
 *
 * @generated from enum cq.assets.v1.FinalityModel
 */
export var FinalityModel;
(function (FinalityModel) {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: FINALITY_MODEL_UNSPECIFIED = 0;
     */
    FinalityModel[FinalityModel["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * A block can always be reorganised away, with a probability that falls as blocks are added on top
     * (proof of work). Transfers are treated as final after required_confirmations blocks.
     *
     * @generated from enum value: FINALITY_MODEL_PROBABILISTIC = 1;
     */
    FinalityModel[FinalityModel["PROBABILISTIC"] = 1] = "PROBABILISTIC";
    /**
     * The protocol marks blocks final and never reverts them (BFT or a finality gadget). Transfers are
     * final once their block is finalised; required_confirmations is a fallback for nodes that do not
     * expose the finalised head.
     *
     * @generated from enum value: FINALITY_MODEL_DETERMINISTIC = 2;
     */
    FinalityModel[FinalityModel["DETERMINISTIC"] = 2] = "DETERMINISTIC";
})(FinalityModel || (FinalityModel = {}));
/**
 * Describes the enum cq.assets.v1.FinalityModel.
 */
export const FinalityModelSchema = /*@__PURE__*/ enumDesc(file_cq_assets_v1_resources, 4);
