import type { GenEnum, GenFile, GenMessage } from "@bufbuild/protobuf/codegenv2";
import type { Decimal } from "../../types/v1/decimal_pb.js";
import type { VenueSymbol } from "../../types/v1/identifiers_pb.js";
import type { TimeRange } from "../../types/v1/time_range_pb.js";
import type { Duration, Timestamp } from "@bufbuild/protobuf/wkt";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file cq/assets/v1/resources.proto.
 */
export declare const file_cq_assets_v1_resources: GenFile;
/**
 * An asset CQ knows: a crypto coin or token, a fiat currency, a security, a commodity or an index.
 * Instruments, balances, positions and amounts refer to it by asset_id.
 *
 * @generated from message cq.assets.v1.Asset
 */
export type Asset = Message<"cq.assets.v1.Asset"> & {
    /**
     * Required. The canonical CQ asset id, an upper case code unique within CQ, chosen at creation and
     * never changed. Example: "BTC", "USDC", "AAPL".
     *
     * @generated from field: string asset_id = 1;
     */
    assetId: string;
    /**
     * Required. The ticker most venues and people use. Not unique: unrelated assets may share a ticker,
     * which is why asset_id exists. Example: "BTC".
     *
     * @generated from field: string symbol = 2;
     */
    symbol: string;
    /**
     * Required. The full name. Example: "Bitcoin".
     *
     * @generated from field: string name = 3;
     */
    name: string;
    /**
     * Required. The asset class. Example: ASSET_CLASS_CRYPTO.
     *
     * @generated from field: cq.assets.v1.AssetClass asset_class = 4;
     */
    assetClass: AssetClass;
    /**
     * Required. The number of fractional digits CQ keeps for amounts of this asset in ledgers and
     * balances; amounts are rounded to it. Independent of on-chain decimals (see Token.decimals).
     * From 0 to 30, the most fractional digits a Decimal carries. Immutable once the asset is ACTIVE.
     * Example: 8 for BTC, 2 for USD, 0 for a share count.
     *
     * @generated from field: int32 decimals = 5;
     */
    decimals: number;
    /**
     * Required. The lifecycle status; only ACTIVE assets trade. Example: ASSET_STATUS_ACTIVE.
     *
     * @generated from field: cq.assets.v1.AssetStatus status = 6;
     */
    status: AssetStatus;
    /**
     * Optional. Descriptive reference data for screens and universe selection.
     * Example: {website_uri: "https://bitcoin.org", tags: ["layer-1"]}.
     *
     * @generated from field: cq.assets.v1.AssetMetadata metadata = 7;
     */
    metadata?: AssetMetadata | undefined;
    /**
     * Optional. The asset's identifiers in external schemes (CAIP-19, ISIN, FIGI, CUSIP, vendor ids).
     * Example: {asset_id: "AAPL", isin: "US0378331005", figi: "BBG001S5N8V8", cusip: "037833100"}.
     *
     * @generated from field: cq.assets.v1.AssetId ids = 8;
     */
    ids?: AssetId | undefined;
    /**
     * Optional. The asset's deployments on chains, at most one per chain; empty for off-chain assets.
     * Example: [{chain_id: "eip155:1", standard: TOKEN_STANDARD_ERC20, decimals: 6, ...}].
     *
     * @generated from field: repeated cq.assets.v1.Token tokens = 9;
     */
    tokens: Token[];
    /**
     * Optional. Relations to the assets this one is derived from (wrapped, bridged, pegged...).
     * Example: [{type: ASSET_RELATION_TYPE_WRAPPED, related_asset_id: "BTC", provider: "BitGo"}].
     *
     * @generated from field: repeated cq.assets.v1.AssetRelation relations = 10;
     */
    relations: AssetRelation[];
    /**
     * Output only. When the asset was registered. Example: 2026-01-15T09:30:00Z.
     *
     * @generated from field: google.protobuf.Timestamp create_time = 11;
     */
    createTime?: Timestamp | undefined;
    /**
     * Output only. When any field last changed. Example: 2026-03-02T14:05:12Z.
     *
     * @generated from field: google.protobuf.Timestamp update_time = 12;
     */
    updateTime?: Timestamp | undefined;
};
/**
 * Describes the message cq.assets.v1.Asset.
 * Use `create(AssetSchema)` to create a new message.
 */
export declare const AssetSchema: GenMessage<Asset>;
/**
 * An asset's identity in every identifier scheme CQ knows, so that data keyed by any of them can be
 * joined to the canonical asset.
 *
 * Only asset_id is an identifier CQ issues; the others are issued by standards bodies, chains or data
 * vendors and are unset when they do not apply.
 *
 * @generated from message cq.assets.v1.AssetId
 */
export type AssetId = Message<"cq.assets.v1.AssetId"> & {
    /**
     * Optional. The canonical CQ asset id: an upper case code unique within CQ. Inside Asset.ids the
     * server fills it from Asset.asset_id and ignores the value sent, so requests may leave it empty;
     * responses always carry it. Example: "BTC".
     *
     * @generated from field: string asset_id = 1;
     */
    assetId: string;
    /**
     * Optional. The CAIP-19 id of the asset's home deployment: where a native coin lives, or the chain
     * its issuer treats as canonical. Deployments on other chains are listed in Asset.tokens. Unset for
     * off-chain assets. Example: "eip155:1/erc20:0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48" for USDC.
     *
     * @generated from field: string caip19_id = 2;
     */
    caip19Id: string;
    /**
     * Optional. The ISO 6166 International Securities Identification Number, 12 characters, for
     * securities. Example: "US0378331005" for Apple Inc. common stock.
     *
     * @generated from field: string isin = 3;
     */
    isin: string;
    /**
     * Optional. The OpenFIGI Financial Instrument Global Identifier, 12 characters, at share-class
     * level. Example: "BBG001S5N8V8" for Apple Inc. common stock.
     *
     * @generated from field: string figi = 4;
     */
    figi: string;
    /**
     * Optional. The CUSIP, 9 characters, for securities issued in the US and Canada.
     * Example: "037833100".
     *
     * @generated from field: string cusip = 5;
     */
    cusip: string;
    /**
     * Optional. The ISO 4217 alphabetic currency code, for fiat currencies and ISO-coded metals.
     * Example: "USD", "XAU".
     *
     * @generated from field: string iso4217_code = 6;
     */
    iso4217Code: string;
    /**
     * Optional. The CoinGecko coin id, used to join crypto reference and market-cap data.
     * Example: "bitcoin".
     *
     * @generated from field: string coingecko_id = 7;
     */
    coingeckoId: string;
    /**
     * Optional. The CoinMarketCap numeric id, as a decimal string. Example: "1" for Bitcoin.
     *
     * @generated from field: string coinmarketcap_id = 8;
     */
    coinmarketcapId: string;
};
/**
 * Describes the message cq.assets.v1.AssetId.
 * Use `create(AssetIdSchema)` to create a new message.
 */
export declare const AssetIdSchema: GenMessage<AssetId>;
/**
 * Descriptive reference data about an asset. None of it changes how the asset is traded or valued;
 * it feeds screens, universe selection and reports.
 *
 * @generated from message cq.assets.v1.AssetMetadata
 */
export type AssetMetadata = Message<"cq.assets.v1.AssetMetadata"> & {
    /**
     * Optional. A plain-text description of the asset, at most 4,000 characters.
     * Example: "Bitcoin is a decentralised digital currency secured by proof of work."
     *
     * @generated from field: string description = 1;
     */
    description: string;
    /**
     * Optional. The official website of the asset, project or issuer, as an absolute https URI.
     * Example: "https://bitcoin.org".
     *
     * @generated from field: string website_uri = 2;
     */
    websiteUri: string;
    /**
     * Optional. Free-form lower-kebab-case labels for grouping and universe filters; order is not
     * significant. Example: ["layer-1", "store-of-value"].
     *
     * @generated from field: repeated string tags = 3;
     */
    tags: string[];
    /**
     * Optional. The sector the asset belongs to: GICS sector names for equities, CQ's own sector names
     * for crypto. Example: "Information Technology", "Decentralized Finance".
     *
     * @generated from field: string sector = 4;
     */
    sector: string;
    /**
     * Optional. The industry within the sector, in the same naming scheme as sector.
     * Example: "Technology Hardware, Storage & Peripherals".
     *
     * @generated from field: string industry = 5;
     */
    industry: string;
    /**
     * Optional. The legal name of the issuer, for assets that have one (stablecoins, securities,
     * wrapped tokens). Example: "Circle Internet Financial".
     *
     * @generated from field: string issuer = 6;
     */
    issuer: string;
    /**
     * Optional. The issuer's country of domicile, as an ISO 3166-1 alpha-2 code. Example: "US".
     *
     * @generated from field: string country_code = 7;
     */
    countryCode: string;
};
/**
 * Describes the message cq.assets.v1.AssetMetadata.
 * Use `create(AssetMetadataSchema)` to create a new message.
 */
export declare const AssetMetadataSchema: GenMessage<AssetMetadata>;
/**
 * A relation from an asset to the asset it is derived from (wrapping, bridging, pegging, staking,
 * migration). Held on the derived asset: WBTC carries {WRAPPED, BTC}.
 *
 * @generated from message cq.assets.v1.AssetRelation
 */
export type AssetRelation = Message<"cq.assets.v1.AssetRelation"> & {
    /**
     * Required. The kind of relation. Example: ASSET_RELATION_TYPE_WRAPPED.
     *
     * @generated from field: cq.assets.v1.AssetRelationType type = 1;
     */
    type: AssetRelationType;
    /**
     * Required. The canonical asset id of the underlying, reference or predecessor asset.
     * Example: "BTC".
     *
     * @generated from field: string related_asset_id = 2;
     */
    relatedAssetId: string;
    /**
     * Optional. Who maintains the relation: the custodian of a wrapped asset, the bridge of a bridged
     * one, the protocol of a staked one. Example: "BitGo", "Wormhole", "Lido".
     *
     * @generated from field: string provider = 3;
     */
    provider: string;
    /**
     * Optional. The nominal units of the related asset one unit of this asset stands for, as the
     * provider defines it; not a market rate; positive. Unset means 1. Example: "1" for WBTC, "100"
     * for a 1:100 redenomination.
     *
     * @generated from field: cq.types.v1.Decimal conversion_ratio = 4;
     */
    conversionRatio?: Decimal | undefined;
};
/**
 * Describes the message cq.assets.v1.AssetRelation.
 * Use `create(AssetRelationSchema)` to create a new message.
 */
export declare const AssetRelationSchema: GenMessage<AssetRelation>;
/**
 * An asset deployed on one chain: where it lives, how to address it and how its amounts are scaled.
 * A multi-chain asset such as USDC has one Token per chain.
 *
 * @generated from message cq.assets.v1.Token
 */
export type Token = Message<"cq.assets.v1.Token"> & {
    /**
     * Required. The canonical asset this deployment belongs to. Example: "USDC".
     *
     * @generated from field: string asset_id = 1;
     */
    assetId: string;
    /**
     * Required. The CAIP-2 id of the chain. Example: "eip155:1".
     *
     * @generated from field: string chain_id = 2;
     */
    chainId: string;
    /**
     * Required. The interface the token implements. TOKEN_STANDARD_NATIVE marks the chain's native asset,
     * which has no contract. Example: TOKEN_STANDARD_ERC20.
     *
     * @generated from field: cq.assets.v1.TokenStandard standard = 3;
     */
    standard: TokenStandard;
    /**
     * Optional. The contract (or mint) address as the chain spells it: EIP-55 checksummed hex on EVM
     * chains, base58 on Solana and Tron. Required unless standard is TOKEN_STANDARD_NATIVE, where it
     * must be empty. Example: "0xA0b86991c6218b36c1D19D4a2e9Eb0cE3606eB48".
     *
     * @generated from field: string contract_address = 4;
     */
    contractAddress: string;
    /**
     * Required. The number of decimals of the token's smallest on-chain unit: raw on-chain integers
     * are divided by 10^decimals to get whole units. May differ between chains for the same asset and
     * from Asset.decimals. From 0 to 255, the range of ERC-20's uint8 decimals. Example: 6 for USDC
     * on Ethereum, 18 for USDC on BNB Chain.
     *
     * @generated from field: int32 decimals = 5;
     */
    decimals: number;
    /**
     * Output only. The CAIP-19 id, derived from chain_id, standard and contract_address.
     * Example: "eip155:1/erc20:0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48".
     *
     * @generated from field: string caip19_id = 6;
     */
    caip19Id: string;
};
/**
 * Describes the message cq.assets.v1.Token.
 * Use `create(TokenSchema)` to create a new message.
 */
export declare const TokenSchema: GenMessage<Token>;
/**
 * A blockchain network CQ moves assets on.
 *
 * @generated from message cq.assets.v1.Chain
 */
export type Chain = Message<"cq.assets.v1.Chain"> & {
    /**
     * Required. The CAIP-2 chain id: namespace and reference. Example: "eip155:1" for Ethereum mainnet,
     * "bip122:000000000019d6689c085ae165831e93" for Bitcoin.
     *
     * @generated from field: string chain_id = 1;
     */
    chainId: string;
    /**
     * Required. The human-readable name. Example: "Ethereum Mainnet".
     *
     * @generated from field: string name = 2;
     */
    name: string;
    /**
     * Required. The canonical asset id of the asset that pays fees on the chain. Example: "ETH".
     *
     * @generated from field: string native_asset_id = 3;
     */
    nativeAssetId: string;
    /**
     * Required. The decimals of the native asset's smallest unit: raw on-chain amounts are divided by
     * 10^decimals. From 0 to 255. Example: 18 (wei) on Ethereum, 8 (satoshi) on Bitcoin.
     *
     * @generated from field: int32 decimals = 4;
     */
    decimals: number;
    /**
     * Required. How the chain reaches finality; says how to read required_confirmations.
     * Example: FINALITY_MODEL_PROBABILISTIC.
     *
     * @generated from field: cq.assets.v1.FinalityModel finality_model = 5;
     */
    finalityModel: FinalityModel;
    /**
     * Required. The number of blocks on top of a transaction's block after which CQ credits a deposit
     * or treats a transfer as settled; 0 or more. Example: 3 on Bitcoin, 64 on Ethereum.
     *
     * @generated from field: int64 required_confirmations = 6;
     */
    requiredConfirmations: bigint;
    /**
     * Optional. The average time between blocks, a hint for timeouts and polling intervals; positive
     * when set. Example: 12s on Ethereum, 600s on Bitcoin.
     *
     * @generated from field: google.protobuf.Duration average_block_time = 7;
     */
    averageBlockTime?: Duration | undefined;
    /**
     * Optional. The typical time from inclusion to finality (or to required_confirmations), a hint
     * for settlement estimates; positive when set. Example: 780s on Ethereum.
     *
     * @generated from field: google.protobuf.Duration expected_finality_duration = 8;
     */
    expectedFinalityDuration?: Duration | undefined;
    /**
     * Optional. True for test networks, whose assets have no value; keeps test funds out of NAV.
     * Default false. Example: true for "eip155:11155111" (Sepolia).
     *
     * @generated from field: bool testnet = 9;
     */
    testnet: boolean;
    /**
     * Optional. The base URI of a block explorer; a transaction is at <explorer_uri>/tx/<hash>.
     * Example: "https://etherscan.io".
     *
     * @generated from field: string explorer_uri = 10;
     */
    explorerUri: string;
};
/**
 * Describes the message cq.assets.v1.Chain.
 * Use `create(ChainSchema)` to create a new message.
 */
export declare const ChainSchema: GenMessage<Chain>;
/**
 * How a venue names an asset, mapped to the canonical asset: the registry's answer to "what is XBT
 * on Kraken?". One mapping per (venue, symbol, network) at any instant.
 *
 * @generated from message cq.assets.v1.AssetMapping
 */
export type AssetMapping = Message<"cq.assets.v1.AssetMapping"> & {
    /**
     * Output only. The id the server gives the mapping, an opaque string of at most 64 characters.
     * Example: "am_01HZX3K6Q2V5".
     *
     * @generated from field: string asset_mapping_id = 1;
     */
    assetMappingId: string;
    /**
     * Required. The venue, the venue's symbol for the asset and, when the mapping is specific to one
     * network, the venue's raw network name. Example: {venue_id: "kraken", symbol: "XBT"}.
     *
     * @generated from field: cq.types.v1.VenueSymbol venue_symbol = 2;
     */
    venueSymbol?: VenueSymbol | undefined;
    /**
     * Required. The canonical asset the venue symbol stands for. Example: "BTC".
     *
     * @generated from field: string asset_id = 3;
     */
    assetId: string;
    /**
     * Optional. The venue's raw asset code as its balance, ledger and funding APIs return it, when it
     * differs from the symbol used in market names. Example: "XXBT" on Kraken.
     *
     * @generated from field: string venue_asset_code = 4;
     */
    venueAssetCode: string;
    /**
     * Optional. Other spellings the venue uses for the same asset (legacy codes, suffixed variants);
     * ResolveVenueSymbol matches them too. Example: ["XBT.M"].
     *
     * @generated from field: repeated string aliases = 5;
     */
    aliases: string[];
    /**
     * Optional. The CAIP-2 id of the chain the venue's network name stands for. Required when
     * venue_symbol.network is set, so that deposits and withdrawals resolve to a Token.
     * Example: "eip155:1" for Binance network "ETH".
     *
     * @generated from field: string chain_id = 6;
     */
    chainId: string;
    /**
     * Optional. When the mapping holds, for venues that rename or reuse tickers (point-in-time
     * resolution of history). Unset means always. Example: {start_time: 2024-09-04T00:00:00Z}.
     *
     * @generated from field: cq.types.v1.TimeRange validity = 7;
     */
    validity?: TimeRange | undefined;
    /**
     * Output only. When the mapping was created. Example: 2026-01-15T09:30:00Z.
     *
     * @generated from field: google.protobuf.Timestamp create_time = 8;
     */
    createTime?: Timestamp | undefined;
    /**
     * Output only. When the mapping last changed. Example: 2026-01-15T09:30:00Z.
     *
     * @generated from field: google.protobuf.Timestamp update_time = 9;
     */
    updateTime?: Timestamp | undefined;
};
/**
 * Describes the message cq.assets.v1.AssetMapping.
 * Use `create(AssetMappingSchema)` to create a new message.
 */
export declare const AssetMappingSchema: GenMessage<AssetMapping>;
/**
 * The broad class of an asset. Risk and portfolio reports group exposure by it.
 *
 * @generated from enum cq.assets.v1.AssetClass
 */
export declare enum AssetClass {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: ASSET_CLASS_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * A crypto asset: a native coin or a token, stablecoins included (a stablecoin carries an
     * ASSET_RELATION_TYPE_PEGGED relation to its reference currency).
     *
     * @generated from enum value: ASSET_CLASS_CRYPTO = 1;
     */
    CRYPTO = 1,
    /**
     * A government-issued currency such as USD or EUR.
     *
     * @generated from enum value: ASSET_CLASS_FIAT = 2;
     */
    FIAT = 2,
    /**
     * A share in a company, including depositary receipts.
     *
     * @generated from enum value: ASSET_CLASS_EQUITY = 3;
     */
    EQUITY = 3,
    /**
     * A debt security: government, agency or corporate bond, bill or note.
     *
     * @generated from enum value: ASSET_CLASS_BOND = 4;
     */
    BOND = 4,
    /**
     * A physical commodity such as gold, oil or wheat.
     *
     * @generated from enum value: ASSET_CLASS_COMMODITY = 5;
     */
    COMMODITY = 5,
    /**
     * A published index level, tradable only through derivatives or funds. Example: SPX.
     *
     * @generated from enum value: ASSET_CLASS_INDEX = 6;
     */
    INDEX = 6,
    /**
     * A derivative held as an asset in its own right, such as a warrant or a tokenised option.
     *
     * @generated from enum value: ASSET_CLASS_DERIVATIVE = 7;
     */
    DERIVATIVE = 7,
    /**
     * A share in a pooled fund: an ETF, a mutual fund or an exchange-traded product.
     *
     * @generated from enum value: ASSET_CLASS_FUND = 8;
     */
    FUND = 8
}
/**
 * Describes the enum cq.assets.v1.AssetClass.
 */
export declare const AssetClassSchema: GenEnum<AssetClass>;
/**
 * Where an asset is in its life in CQ. Only ACTIVE assets may be traded or transferred.
 *
 * @generated from enum cq.assets.v1.AssetStatus
 */
export declare enum AssetStatus {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: ASSET_STATUS_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * Registered but not yet approved for trading; used while reference data is being checked.
     *
     * @generated from enum value: ASSET_STATUS_PENDING = 1;
     */
    PENDING = 1,
    /**
     * Tradable and transferable.
     *
     * @generated from enum value: ASSET_STATUS_ACTIVE = 2;
     */
    ACTIVE = 2,
    /**
     * Temporarily not tradable, for example during a chain halt, an exploit or a depeg review.
     * Existing balances are kept and valued.
     *
     * @generated from enum value: ASSET_STATUS_SUSPENDED = 3;
     */
    SUSPENDED = 3,
    /**
     * Retired for good (delisted, redeemed, matured or migrated). Kept so that history still resolves.
     *
     * @generated from enum value: ASSET_STATUS_DELISTED = 4;
     */
    DELISTED = 4
}
/**
 * Describes the enum cq.assets.v1.AssetStatus.
 */
export declare const AssetStatusSchema: GenEnum<AssetStatus>;
/**
 * How one asset relates to another it is derived from. Closed set: each value changes how risk
 * treats the pair (a wrapped asset is exposure to its underlying plus custodian risk).
 *
 * @generated from enum cq.assets.v1.AssetRelationType
 */
export declare enum AssetRelationType {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: ASSET_RELATION_TYPE_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * Backed one to one by the related asset held by a custodian. Example: WBTC wraps BTC.
     *
     * @generated from enum value: ASSET_RELATION_TYPE_WRAPPED = 1;
     */
    WRAPPED = 1,
    /**
     * A representation of the related asset moved to another chain by a bridge. Example: USDC.e on
     * Avalanche, bridged from USDC on Ethereum.
     *
     * @generated from enum value: ASSET_RELATION_TYPE_BRIDGED = 2;
     */
    BRIDGED = 2,
    /**
     * Designed to hold a fixed value in the related asset, without a one-to-one claim on it.
     * Example: USDT pegged to USD.
     *
     * @generated from enum value: ASSET_RELATION_TYPE_PEGGED = 3;
     */
    PEGGED = 3,
    /**
     * A receipt for the related asset staked through a protocol, redeemable for it.
     * Example: stETH for ETH.
     *
     * @generated from enum value: ASSET_RELATION_TYPE_LIQUID_STAKED = 4;
     */
    LIQUID_STAKED = 4,
    /**
     * The successor of the related asset after a migration or redenomination; the related asset is the
     * old one. Example: POL migrated from MATIC.
     *
     * @generated from enum value: ASSET_RELATION_TYPE_MIGRATED = 5;
     */
    MIGRATED = 5
}
/**
 * Describes the enum cq.assets.v1.AssetRelationType.
 */
export declare const AssetRelationTypeSchema: GenEnum<AssetRelationType>;
/**
 * The token standard (interface) an on-chain asset implements on one chain. It fixes how balances
 * are read and transfers are built, and it is the asset namespace of the CAIP-19 id.
 *
 * @generated from enum cq.assets.v1.TokenStandard
 */
export declare enum TokenStandard {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: TOKEN_STANDARD_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * The chain's native asset, with no contract: ETH on Ethereum, BTC on Bitcoin, SOL on Solana.
     * CAIP-19 namespace `slip44`.
     *
     * @generated from enum value: TOKEN_STANDARD_NATIVE = 1;
     */
    NATIVE = 1,
    /**
     * An ERC-20 fungible token on an EVM chain (BEP-20 on BNB Chain is the same interface).
     *
     * @generated from enum value: TOKEN_STANDARD_ERC20 = 2;
     */
    ERC20 = 2,
    /**
     * A Solana SPL token (Token or Token-2022 program).
     *
     * @generated from enum value: TOKEN_STANDARD_SPL = 3;
     */
    SPL = 3,
    /**
     * A TRC-20 fungible token on Tron.
     *
     * @generated from enum value: TOKEN_STANDARD_TRC20 = 4;
     */
    TRC20 = 4
}
/**
 * Describes the enum cq.assets.v1.TokenStandard.
 */
export declare const TokenStandardSchema: GenEnum<TokenStandard>;
/**
 * How a chain reaches finality, which says how to read Chain.required_confirmations.
 *
 * @generated from enum cq.assets.v1.FinalityModel
 */
export declare enum FinalityModel {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: FINALITY_MODEL_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * A block can always be reorganised away, with a probability that falls as blocks are added on top
     * (proof of work). Transfers are treated as final after required_confirmations blocks.
     *
     * @generated from enum value: FINALITY_MODEL_PROBABILISTIC = 1;
     */
    PROBABILISTIC = 1,
    /**
     * The protocol marks blocks final and never reverts them (BFT or a finality gadget). Transfers are
     * final once their block is finalised; required_confirmations is a fallback for nodes that do not
     * expose the finalised head.
     *
     * @generated from enum value: FINALITY_MODEL_DETERMINISTIC = 2;
     */
    DETERMINISTIC = 2
}
/**
 * Describes the enum cq.assets.v1.FinalityModel.
 */
export declare const FinalityModelSchema: GenEnum<FinalityModel>;
