// Copyright 2026 CQC authors. Licensed under the Apache License, Version 2.0.
import { enumDesc, fileDesc, messageDesc } from "@bufbuild/protobuf/codegenv2";
import { file_cq_types_v1_decimal } from "../../types/v1/decimal_pb.js";
import { file_cq_types_v1_identifiers } from "../../types/v1/identifiers_pb.js";
import { file_cq_types_v1_time_range } from "../../types/v1/time_range_pb.js";
import { file_google_protobuf_duration, file_google_protobuf_timestamp } from "@bufbuild/protobuf/wkt";
/**
 * Describes the file cq/assets/v1/resources.proto.
 */
export const file_cq_assets_v1_resources = /*@__PURE__*/ fileDesc("ChxjcS9hc3NldHMvdjEvcmVzb3VyY2VzLnByb3RvEgxjcS5hc3NldHMudjEirQMKBUFzc2V0EhAKCGFzc2V0X2lkGAEgASgJEg4KBnN5bWJvbBgCIAEoCRIMCgRuYW1lGAMgASgJEi0KC2Fzc2V0X2NsYXNzGAQgASgOMhguY3EuYXNzZXRzLnYxLkFzc2V0Q2xhc3MSEAoIZGVjaW1hbHMYBSABKAUSKQoGc3RhdHVzGAYgASgOMhkuY3EuYXNzZXRzLnYxLkFzc2V0U3RhdHVzEi0KCG1ldGFkYXRhGAcgASgLMhsuY3EuYXNzZXRzLnYxLkFzc2V0TWV0YWRhdGESIgoDaWRzGAggASgLMhUuY3EuYXNzZXRzLnYxLkFzc2V0SWQSIwoGdG9rZW5zGAkgAygLMhMuY3EuYXNzZXRzLnYxLlRva2VuEi4KCXJlbGF0aW9ucxgKIAMoCzIbLmNxLmFzc2V0cy52MS5Bc3NldFJlbGF0aW9uEi8KC2NyZWF0ZV90aW1lGAsgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcBIvCgt1cGRhdGVfdGltZRgMIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXAinwEKB0Fzc2V0SWQSEAoIYXNzZXRfaWQYASABKAkSEQoJY2FpcDE5X2lkGAIgASgJEgwKBGlzaW4YAyABKAkSDAoEZmlnaRgEIAEoCRINCgVjdXNpcBgFIAEoCRIUCgxpc280MjE3X2NvZGUYBiABKAkSFAoMY29pbmdlY2tvX2lkGAcgASgJEhgKEGNvaW5tYXJrZXRjYXBfaWQYCCABKAkijwEKDUFzc2V0TWV0YWRhdGESEwoLZGVzY3JpcHRpb24YASABKAkSEwoLd2Vic2l0ZV91cmkYAiABKAkSDAoEdGFncxgDIAMoCRIOCgZzZWN0b3IYBCABKAkSEAoIaW5kdXN0cnkYBSABKAkSDgoGaXNzdWVyGAYgASgJEhQKDGNvdW50cnlfY29kZRgHIAEoCSKaAQoNQXNzZXRSZWxhdGlvbhItCgR0eXBlGAEgASgOMh8uY3EuYXNzZXRzLnYxLkFzc2V0UmVsYXRpb25UeXBlEhgKEHJlbGF0ZWRfYXNzZXRfaWQYAiABKAkSEAoIcHJvdmlkZXIYAyABKAkSLgoQY29udmVyc2lvbl9yYXRpbxgEIAEoCzIULmNxLnR5cGVzLnYxLkRlY2ltYWwimQEKBVRva2VuEhAKCGFzc2V0X2lkGAEgASgJEhAKCGNoYWluX2lkGAIgASgJEi0KCHN0YW5kYXJkGAMgASgOMhsuY3EuYXNzZXRzLnYxLlRva2VuU3RhbmRhcmQSGAoQY29udHJhY3RfYWRkcmVzcxgEIAEoCRIQCghkZWNpbWFscxgFIAEoBRIRCgljYWlwMTlfaWQYBiABKAkixAIKBUNoYWluEhAKCGNoYWluX2lkGAEgASgJEgwKBG5hbWUYAiABKAkSFwoPbmF0aXZlX2Fzc2V0X2lkGAMgASgJEhAKCGRlY2ltYWxzGAQgASgFEjMKDmZpbmFsaXR5X21vZGVsGAUgASgOMhsuY3EuYXNzZXRzLnYxLkZpbmFsaXR5TW9kZWwSHgoWcmVxdWlyZWRfY29uZmlybWF0aW9ucxgGIAEoAxI1ChJhdmVyYWdlX2Jsb2NrX3RpbWUYByABKAsyGS5nb29nbGUucHJvdG9idWYuRHVyYXRpb24SPQoaZXhwZWN0ZWRfZmluYWxpdHlfZHVyYXRpb24YCCABKAsyGS5nb29nbGUucHJvdG9idWYuRHVyYXRpb24SDwoHdGVzdG5ldBgJIAEoCBIUCgxleHBsb3Jlcl91cmkYCiABKAkiswIKDEFzc2V0TWFwcGluZxIYChBhc3NldF9tYXBwaW5nX2lkGAEgASgJEi4KDHZlbnVlX3N5bWJvbBgCIAEoCzIYLmNxLnR5cGVzLnYxLlZlbnVlU3ltYm9sEhAKCGFzc2V0X2lkGAMgASgJEhgKEHZlbnVlX2Fzc2V0X2NvZGUYBCABKAkSDwoHYWxpYXNlcxgFIAMoCRIQCghjaGFpbl9pZBgGIAEoCRIoCgh2YWxpZGl0eRgHIAEoCzIWLmNxLnR5cGVzLnYxLlRpbWVSYW5nZRIvCgtjcmVhdGVfdGltZRgIIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXASLwoLdXBkYXRlX3RpbWUYCSABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wKukBCgpBc3NldENsYXNzEhsKF0FTU0VUX0NMQVNTX1VOU1BFQ0lGSUVEEAASFgoSQVNTRVRfQ0xBU1NfQ1JZUFRPEAESFAoQQVNTRVRfQ0xBU1NfRklBVBACEhYKEkFTU0VUX0NMQVNTX0VRVUlUWRADEhQKEEFTU0VUX0NMQVNTX0JPTkQQBBIZChVBU1NFVF9DTEFTU19DT01NT0RJVFkQBRIVChFBU1NFVF9DTEFTU19JTkRFWBAGEhoKFkFTU0VUX0NMQVNTX0RFUklWQVRJVkUQBxIUChBBU1NFVF9DTEFTU19GVU5EEAgqlQEKC0Fzc2V0U3RhdHVzEhwKGEFTU0VUX1NUQVRVU19VTlNQRUNJRklFRBAAEhgKFEFTU0VUX1NUQVRVU19QRU5ESU5HEAESFwoTQVNTRVRfU1RBVFVTX0FDVElWRRACEhoKFkFTU0VUX1NUQVRVU19TVVNQRU5ERUQQAxIZChVBU1NFVF9TVEFUVVNfREVMSVNURUQQBCrjAQoRQXNzZXRSZWxhdGlvblR5cGUSIwofQVNTRVRfUkVMQVRJT05fVFlQRV9VTlNQRUNJRklFRBAAEh8KG0FTU0VUX1JFTEFUSU9OX1RZUEVfV1JBUFBFRBABEh8KG0FTU0VUX1JFTEFUSU9OX1RZUEVfQlJJREdFRBACEh4KGkFTU0VUX1JFTEFUSU9OX1RZUEVfUEVHR0VEEAMSJQohQVNTRVRfUkVMQVRJT05fVFlQRV9MSVFVSURfU1RBS0VEEAQSIAocQVNTRVRfUkVMQVRJT05fVFlQRV9NSUdSQVRFRBAFKpYBCg1Ub2tlblN0YW5kYXJkEh4KGlRPS0VOX1NUQU5EQVJEX1VOU1BFQ0lGSUVEEAASGQoVVE9LRU5fU1RBTkRBUkRfTkFUSVZFEAESGAoUVE9LRU5fU1RBTkRBUkRfRVJDMjAQAhIWChJUT0tFTl9TVEFOREFSRF9TUEwQAxIYChRUT0tFTl9TVEFOREFSRF9UUkMyMBAEKnMKDUZpbmFsaXR5TW9kZWwSHgoaRklOQUxJVFlfTU9ERUxfVU5TUEVDSUZJRUQQABIgChxGSU5BTElUWV9NT0RFTF9QUk9CQUJJTElTVElDEAESIAocRklOQUxJVFlfTU9ERUxfREVURVJNSU5JU1RJQxACQq0BChBjb20uY3EuYXNzZXRzLnYxQg5SZXNvdXJjZXNQcm90b1ABWjdnaXRodWIuY29tL2NxLXBsYXRmb3JtL2NxYy9nZW4vZ28vY3EvYXNzZXRzL3YxO2Fzc2V0c3YxogIDQ0FYqgIMQ3EuQXNzZXRzLlYxygIMQ3FcQXNzZXRzXFYx4gIYQ3FcQXNzZXRzXFYxXEdQQk1ldGFkYXRh6gIOQ3E6OkFzc2V0czo6VjFiBnByb3RvMw", [file_cq_types_v1_decimal, file_cq_types_v1_identifiers, file_cq_types_v1_time_range, file_google_protobuf_duration, file_google_protobuf_timestamp]);
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
