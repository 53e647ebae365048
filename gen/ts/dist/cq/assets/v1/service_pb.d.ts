import type { GenFile, GenMessage, GenService } from "@bufbuild/protobuf/codegenv2";
import type { Asset, AssetClass, AssetMapping, AssetStatus, Chain } from "./resources_pb.js";
import type { VenueSymbol } from "../../types/v1/identifiers_pb.js";
import type { FieldMask, Timestamp } from "@bufbuild/protobuf/wkt";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file cq/assets/v1/service.proto.
 */
export declare const file_cq_assets_v1_service: GenFile;
/**
 * The request of GetAsset.
 *
 * @generated from message cq.assets.v1.GetAssetRequest
 */
export type GetAssetRequest = Message<"cq.assets.v1.GetAssetRequest"> & {
    /**
     * Required. The canonical id of the asset to return. Example: "BTC".
     *
     * @generated from field: string asset_id = 1;
     */
    assetId: string;
};
/**
 * Describes the message cq.assets.v1.GetAssetRequest.
 * Use `create(GetAssetRequestSchema)` to create a new message.
 */
export declare const GetAssetRequestSchema: GenMessage<GetAssetRequest>;
/**
 * The response of GetAsset.
 *
 * @generated from message cq.assets.v1.GetAssetResponse
 */
export type GetAssetResponse = Message<"cq.assets.v1.GetAssetResponse"> & {
    /**
     * Output only. The asset. Example: {asset_id: "BTC", symbol: "BTC", name: "Bitcoin", ...}.
     *
     * @generated from field: cq.assets.v1.Asset asset = 1;
     */
    asset?: Asset | undefined;
};
/**
 * Describes the message cq.assets.v1.GetAssetResponse.
 * Use `create(GetAssetResponseSchema)` to create a new message.
 */
export declare const GetAssetResponseSchema: GenMessage<GetAssetResponse>;
/**
 * The request of ListAssets.
 *
 * @generated from message cq.assets.v1.ListAssetsRequest
 */
export type ListAssetsRequest = Message<"cq.assets.v1.ListAssetsRequest"> & {
    /**
     * Optional. The maximum number of assets to return in one page. The server may return fewer, even
     * when more remain, so only an empty next_page_token marks the end of the list. Unset or 0 means
     * 100; values above 1000 are treated as 1000; negative values return INVALID_ARGUMENT.
     * Example: 100.
     *
     * @generated from field: int32 page_size = 1;
     */
    pageSize: number;
    /**
     * Optional. The next_page_token of a previous ListAssets response, to fetch the page after it.
     * Empty fetches the first page. Every other request field must equal the one of the call that
     * returned the token, or the call returns INVALID_ARGUMENT. Tokens are opaque, expire after 24
     * hours, and are never built by clients. Example: "CgNCVEMQZA".
     *
     * @generated from field: string page_token = 2;
     */
    pageToken: string;
    /**
     * Optional. Only assets of these classes. Empty means every class.
     * Example: [ASSET_CLASS_CRYPTO, ASSET_CLASS_FIAT].
     *
     * @generated from field: repeated cq.assets.v1.AssetClass asset_classes = 3;
     */
    assetClasses: AssetClass[];
    /**
     * Optional. Only assets in these statuses. Empty means every status, DELISTED included.
     * Example: [ASSET_STATUS_ACTIVE].
     *
     * @generated from field: repeated cq.assets.v1.AssetStatus statuses = 4;
     */
    statuses: AssetStatus[];
    /**
     * Optional. Only assets with a Token on this chain, as a CAIP-2 id. Empty means any chain or none.
     * Example: "eip155:42161".
     *
     * @generated from field: string chain_id = 5;
     */
    chainId: string;
    /**
     * Optional. Only assets with exactly this ticker (case-sensitive); useful because tickers are not
     * unique. Empty means any. Example: "UNI".
     *
     * @generated from field: string symbol = 6;
     */
    symbol: string;
    /**
     * Optional. Only assets carrying this tag in metadata.tags. Empty means any. Example: "layer-1".
     *
     * @generated from field: string tag = 7;
     */
    tag: string;
};
/**
 * Describes the message cq.assets.v1.ListAssetsRequest.
 * Use `create(ListAssetsRequestSchema)` to create a new message.
 */
export declare const ListAssetsRequestSchema: GenMessage<ListAssetsRequest>;
/**
 * The response of ListAssets.
 *
 * @generated from message cq.assets.v1.ListAssetsResponse
 */
export type ListAssetsResponse = Message<"cq.assets.v1.ListAssetsResponse"> & {
    /**
     * Output only. The assets of this page, ordered by asset_id ascending.
     * Example: [{asset_id: "BTC", ...}, {asset_id: "ETH", ...}].
     *
     * @generated from field: repeated cq.assets.v1.Asset assets = 1;
     */
    assets: Asset[];
    /**
     * Output only. The token to send as page_token to fetch the next page. Empty when this page is the
     * last. Example: "CgNFVEgQZA".
     *
     * @generated from field: string next_page_token = 2;
     */
    nextPageToken: string;
};
/**
 * Describes the message cq.assets.v1.ListAssetsResponse.
 * Use `create(ListAssetsResponseSchema)` to create a new message.
 */
export declare const ListAssetsResponseSchema: GenMessage<ListAssetsResponse>;
/**
 * The request of CreateAsset.
 *
 * @generated from message cq.assets.v1.CreateAssetRequest
 */
export type CreateAssetRequest = Message<"cq.assets.v1.CreateAssetRequest"> & {
    /**
     * Required. The asset to register, with asset_id set by the caller. Output-only fields are ignored.
     * Example: {asset_id: "USDC", symbol: "USDC", name: "USD Coin", asset_class: ASSET_CLASS_CRYPTO,
     * decimals: 6, status: ASSET_STATUS_ACTIVE}.
     *
     * @generated from field: cq.assets.v1.Asset asset = 1;
     */
    asset?: Asset | undefined;
    /**
     * Required. A client-chosen UUID that makes the call idempotent (AIP-155): a retry with the same id
     * within 24 hours returns the first call's result and creates nothing twice; reusing the id for a
     * different asset returns INVALID_ARGUMENT. Example: "4f1c9a52-8e0b-4d3e-9f57-2b7d1c6a9e10".
     *
     * @generated from field: string request_id = 2;
     */
    requestId: string;
};
/**
 * Describes the message cq.assets.v1.CreateAssetRequest.
 * Use `create(CreateAssetRequestSchema)` to create a new message.
 */
export declare const CreateAssetRequestSchema: GenMessage<CreateAssetRequest>;
/**
 * The response of CreateAsset.
 *
 * @generated from message cq.assets.v1.CreateAssetResponse
 */
export type CreateAssetResponse = Message<"cq.assets.v1.CreateAssetResponse"> & {
    /**
     * Output only. The asset as stored, with output-only fields set.
     * Example: {asset_id: "USDC", create_time: 2026-01-15T09:30:00Z, ...}.
     *
     * @generated from field: cq.assets.v1.Asset asset = 1;
     */
    asset?: Asset | undefined;
};
/**
 * Describes the message cq.assets.v1.CreateAssetResponse.
 * Use `create(CreateAssetResponseSchema)` to create a new message.
 */
export declare const CreateAssetResponseSchema: GenMessage<CreateAssetResponse>;
/**
 * The request of UpdateAsset.
 *
 * @generated from message cq.assets.v1.UpdateAssetRequest
 */
export type UpdateAssetRequest = Message<"cq.assets.v1.UpdateAssetRequest"> & {
    /**
     * Required. The asset with asset_id naming the asset to change and the new values of the fields in
     * update_mask; other fields are ignored. Example: {asset_id: "LUNA", status: ASSET_STATUS_SUSPENDED}.
     *
     * @generated from field: cq.assets.v1.Asset asset = 1;
     */
    asset?: Asset | undefined;
    /**
     * Required. The fields to change, as paths relative to Asset. A repeated field or message named in
     * the mask is replaced whole. asset_id, create_time and update_time cannot be named.
     * Example: {paths: ["status", "metadata.tags"]}.
     *
     * @generated from field: google.protobuf.FieldMask update_mask = 2;
     */
    updateMask?: FieldMask | undefined;
    /**
     * Required. A client-chosen UUID that makes the update idempotent: a retry with the same id within
     * 24 hours returns the first result without applying the change again; reusing it for a different
     * update returns INVALID_ARGUMENT. Example: "9b2e4c71-0d3a-4f65-8a1e-6c5f7d2b3a84".
     *
     * @generated from field: string request_id = 3;
     */
    requestId: string;
};
/**
 * Describes the message cq.assets.v1.UpdateAssetRequest.
 * Use `create(UpdateAssetRequestSchema)` to create a new message.
 */
export declare const UpdateAssetRequestSchema: GenMessage<UpdateAssetRequest>;
/**
 * The response of UpdateAsset.
 *
 * @generated from message cq.assets.v1.UpdateAssetResponse
 */
export type UpdateAssetResponse = Message<"cq.assets.v1.UpdateAssetResponse"> & {
    /**
     * Output only. The asset after the update, every field included.
     * Example: {asset_id: "LUNA", status: ASSET_STATUS_SUSPENDED, update_time: 2026-03-02T14:05:12Z}.
     *
     * @generated from field: cq.assets.v1.Asset asset = 1;
     */
    asset?: Asset | undefined;
};
/**
 * Describes the message cq.assets.v1.UpdateAssetResponse.
 * Use `create(UpdateAssetResponseSchema)` to create a new message.
 */
export declare const UpdateAssetResponseSchema: GenMessage<UpdateAssetResponse>;
/**
 * The request of ResolveVenueSymbol.
 *
 * @generated from message cq.assets.v1.ResolveVenueSymbolRequest
 */
export type ResolveVenueSymbolRequest = Message<"cq.assets.v1.ResolveVenueSymbolRequest"> & {
    /**
     * Required. The venue's name for the asset, with the venue's network name when the caller knows it
     * (deposits and withdrawals). Example: {venue_id: "kraken", symbol: "XBT"}.
     *
     * @generated from field: cq.types.v1.VenueSymbol venue_symbol = 1;
     */
    venueSymbol?: VenueSymbol | undefined;
    /**
     * Optional. The instant the name is resolved at, for point-in-time reads of history when venues
     * rename or reuse tickers. Unset means now. Example: 2024-06-30T00:00:00Z.
     *
     * @generated from field: google.protobuf.Timestamp as_of_time = 2;
     */
    asOfTime?: Timestamp | undefined;
};
/**
 * Describes the message cq.assets.v1.ResolveVenueSymbolRequest.
 * Use `create(ResolveVenueSymbolRequestSchema)` to create a new message.
 */
export declare const ResolveVenueSymbolRequestSchema: GenMessage<ResolveVenueSymbolRequest>;
/**
 * The response of ResolveVenueSymbol.
 *
 * @generated from message cq.assets.v1.ResolveVenueSymbolResponse
 */
export type ResolveVenueSymbolResponse = Message<"cq.assets.v1.ResolveVenueSymbolResponse"> & {
    /**
     * Output only. The canonical asset the venue symbol stands for. Example: {asset_id: "BTC", ...}.
     *
     * @generated from field: cq.assets.v1.Asset asset = 1;
     */
    asset?: Asset | undefined;
    /**
     * Output only. The mapping that matched, showing whether the symbol, the raw code or an alias
     * matched and for which network. Example: {venue_symbol: {venue_id: "kraken", symbol: "XBT"},
     * asset_id: "BTC", venue_asset_code: "XXBT"}.
     *
     * @generated from field: cq.assets.v1.AssetMapping mapping = 2;
     */
    mapping?: AssetMapping | undefined;
};
/**
 * Describes the message cq.assets.v1.ResolveVenueSymbolResponse.
 * Use `create(ResolveVenueSymbolResponseSchema)` to create a new message.
 */
export declare const ResolveVenueSymbolResponseSchema: GenMessage<ResolveVenueSymbolResponse>;
/**
 * The request of ListAssetMappings.
 *
 * @generated from message cq.assets.v1.ListAssetMappingsRequest
 */
export type ListAssetMappingsRequest = Message<"cq.assets.v1.ListAssetMappingsRequest"> & {
    /**
     * Optional. The maximum number of mappings to return in one page; fewer may come back even when more
     * remain. Unset or 0 means 100; above 1000 means 1000; negative returns INVALID_ARGUMENT.
     * Example: 500.
     *
     * @generated from field: int32 page_size = 1;
     */
    pageSize: number;
    /**
     * Optional. The next_page_token of the previous ListAssetMappings response, for the following page;
     * empty fetches the first page. The other fields must repeat the ones sent with the earlier call,
     * else INVALID_ARGUMENT. Opaque, valid for 24 hours. Example: "CgZrcmFrZW4QZA".
     *
     * @generated from field: string page_token = 2;
     */
    pageToken: string;
    /**
     * Optional. Only mappings of this venue. Empty means every venue. Example: "kraken".
     *
     * @generated from field: string venue_id = 3;
     */
    venueId: string;
    /**
     * Optional. Only mappings to this canonical asset. Empty means every asset. Example: "BTC".
     *
     * @generated from field: string asset_id = 4;
     */
    assetId: string;
    /**
     * Optional. Only mappings valid at this instant. Unset lists every mapping, past, current and
     * future. Example: 2026-03-01T00:00:00Z.
     *
     * @generated from field: google.protobuf.Timestamp as_of_time = 5;
     */
    asOfTime?: Timestamp | undefined;
};
/**
 * Describes the message cq.assets.v1.ListAssetMappingsRequest.
 * Use `create(ListAssetMappingsRequestSchema)` to create a new message.
 */
export declare const ListAssetMappingsRequestSchema: GenMessage<ListAssetMappingsRequest>;
/**
 * The response of ListAssetMappings.
 *
 * @generated from message cq.assets.v1.ListAssetMappingsResponse
 */
export type ListAssetMappingsResponse = Message<"cq.assets.v1.ListAssetMappingsResponse"> & {
    /**
     * Output only. The mappings of this page, ordered by venue_id, symbol, network and validity start.
     * Example: [{venue_symbol: {venue_id: "kraken", symbol: "XBT"}, asset_id: "BTC", ...}].
     *
     * @generated from field: repeated cq.assets.v1.AssetMapping asset_mappings = 1;
     */
    assetMappings: AssetMapping[];
    /**
     * Output only. The page_token for the next page of mappings; empty after the last page.
     * Example: "CgZrcmFrZW4QyAE".
     *
     * @generated from field: string next_page_token = 2;
     */
    nextPageToken: string;
};
/**
 * Describes the message cq.assets.v1.ListAssetMappingsResponse.
 * Use `create(ListAssetMappingsResponseSchema)` to create a new message.
 */
export declare const ListAssetMappingsResponseSchema: GenMessage<ListAssetMappingsResponse>;
/**
 * The request of CreateAssetMapping.
 *
 * @generated from message cq.assets.v1.CreateAssetMappingRequest
 */
export type CreateAssetMappingRequest = Message<"cq.assets.v1.CreateAssetMappingRequest"> & {
    /**
     * Required. The mapping to add. Output-only fields are ignored. Example: {venue_symbol: {venue_id:
     * "binance", symbol: "USDC", network: "ETH"}, asset_id: "USDC", chain_id: "eip155:1"}.
     *
     * @generated from field: cq.assets.v1.AssetMapping asset_mapping = 1;
     */
    assetMapping?: AssetMapping | undefined;
    /**
     * Required. A client-chosen UUID making the call idempotent: a retry with the same id within 24 hours
     * returns the mapping created first instead of a second one; reusing it for a different mapping
     * returns INVALID_ARGUMENT. Example: "c3d8f0a1-6b2e-4a97-b5d4-1e0f9a7c2b36".
     *
     * @generated from field: string request_id = 2;
     */
    requestId: string;
};
/**
 * Describes the message cq.assets.v1.CreateAssetMappingRequest.
 * Use `create(CreateAssetMappingRequestSchema)` to create a new message.
 */
export declare const CreateAssetMappingRequestSchema: GenMessage<CreateAssetMappingRequest>;
/**
 * The response of CreateAssetMapping.
 *
 * @generated from message cq.assets.v1.CreateAssetMappingResponse
 */
export type CreateAssetMappingResponse = Message<"cq.assets.v1.CreateAssetMappingResponse"> & {
    /**
     * Output only. The mapping as stored, with asset_mapping_id and times set.
     * Example: {asset_mapping_id: "am_01HZX3K6Q2V5", asset_id: "USDC", ...}.
     *
     * @generated from field: cq.assets.v1.AssetMapping asset_mapping = 1;
     */
    assetMapping?: AssetMapping | undefined;
};
/**
 * Describes the message cq.assets.v1.CreateAssetMappingResponse.
 * Use `create(CreateAssetMappingResponseSchema)` to create a new message.
 */
export declare const CreateAssetMappingResponseSchema: GenMessage<CreateAssetMappingResponse>;
/**
 * The request of GetChain.
 *
 * @generated from message cq.assets.v1.GetChainRequest
 */
export type GetChainRequest = Message<"cq.assets.v1.GetChainRequest"> & {
    /**
     * Required. The CAIP-2 id of the chain. Example: "eip155:1".
     *
     * @generated from field: string chain_id = 1;
     */
    chainId: string;
};
/**
 * Describes the message cq.assets.v1.GetChainRequest.
 * Use `create(GetChainRequestSchema)` to create a new message.
 */
export declare const GetChainRequestSchema: GenMessage<GetChainRequest>;
/**
 * The response of GetChain.
 *
 * @generated from message cq.assets.v1.GetChainResponse
 */
export type GetChainResponse = Message<"cq.assets.v1.GetChainResponse"> & {
    /**
     * Output only. The chain. Example: {chain_id: "eip155:1", name: "Ethereum Mainnet", ...}.
     *
     * @generated from field: cq.assets.v1.Chain chain = 1;
     */
    chain?: Chain | undefined;
};
/**
 * Describes the message cq.assets.v1.GetChainResponse.
 * Use `create(GetChainResponseSchema)` to create a new message.
 */
export declare const GetChainResponseSchema: GenMessage<GetChainResponse>;
/**
 * The request of ListChains.
 *
 * @generated from message cq.assets.v1.ListChainsRequest
 */
export type ListChainsRequest = Message<"cq.assets.v1.ListChainsRequest"> & {
    /**
     * Optional. The maximum number of chains to return in one page; fewer may come back even when more
     * remain. Unset or 0 means 100; above 1000 means 1000; negative returns INVALID_ARGUMENT.
     * Example: 50.
     *
     * @generated from field: int32 page_size = 1;
     */
    pageSize: number;
    /**
     * Optional. The next_page_token of the previous ListChains response, for the following page; empty
     * fetches the first page. include_testnets must match the earlier call, else INVALID_ARGUMENT.
     * Opaque, valid for 24 hours. Example: "CghlaXAxNTU6MQ".
     *
     * @generated from field: string page_token = 2;
     */
    pageToken: string;
    /**
     * Optional. Whether test networks are listed too. Default false: main networks only.
     * Example: true.
     *
     * @generated from field: bool include_testnets = 3;
     */
    includeTestnets: boolean;
};
/**
 * Describes the message cq.assets.v1.ListChainsRequest.
 * Use `create(ListChainsRequestSchema)` to create a new message.
 */
export declare const ListChainsRequestSchema: GenMessage<ListChainsRequest>;
/**
 * The response of ListChains.
 *
 * @generated from message cq.assets.v1.ListChainsResponse
 */
export type ListChainsResponse = Message<"cq.assets.v1.ListChainsResponse"> & {
    /**
     * Output only. The chains of this page, ordered by chain_id.
     * Example: [{chain_id: "eip155:1", ...}, {chain_id: "eip155:10", ...}].
     *
     * @generated from field: repeated cq.assets.v1.Chain chains = 1;
     */
    chains: Chain[];
    /**
     * Output only. The page_token for the next page of chains; empty after the last page.
     * Example: "CgllaXAxNTU6MTA".
     *
     * @generated from field: string next_page_token = 2;
     */
    nextPageToken: string;
};
/**
 * Describes the message cq.assets.v1.ListChainsResponse.
 * Use `create(ListChainsResponseSchema)` to create a new message.
 */
export declare const ListChainsResponseSchema: GenMessage<ListChainsResponse>;
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
export declare const AssetRegistryService: GenService<{
    /**
     * Returns one asset by its canonical id, whatever its status.
     *
     * Returns INVALID_ARGUMENT if asset_id is empty, NOT_FOUND if no asset has that id.
     *
     * @generated from rpc cq.assets.v1.AssetRegistryService.GetAsset
     */
    getAsset: {
        methodKind: "unary";
        input: typeof GetAssetRequestSchema;
        output: typeof GetAssetResponseSchema;
    };
    /**
     * Lists assets ordered by asset_id, optionally filtered by class, status, chain, symbol or tag;
     * filters combine with AND.
     *
     * Returns INVALID_ARGUMENT if page_size is negative, if page_token is malformed, expired or was issued
     * for different filters, or if chain_id is not a valid CAIP-2 id. An unknown chain or tag gives an
     * empty page, not an error.
     *
     * @generated from rpc cq.assets.v1.AssetRegistryService.ListAssets
     */
    listAssets: {
        methodKind: "unary";
        input: typeof ListAssetsRequestSchema;
        output: typeof ListAssetsResponseSchema;
    };
    /**
     * Registers a new asset. The caller chooses asset_id; the server sets create_time, update_time,
     * ids.asset_id and the derived Token.caip19_id values.
     *
     * Returns INVALID_ARGUMENT if a required field is missing or malformed (asset_id not upper case,
     * negative decimals, a Token without contract_address, two Tokens on one chain, a relation to the
     * asset itself), NOT_FOUND if a token's chain_id or a relation's related_asset_id does not exist,
     * ALREADY_EXISTS if asset_id is taken or an identifier in ids (ISIN, FIGI, CUSIP, CAIP-19) already
     * belongs to another asset. A retry with the same request_id returns the asset created first.
     *
     * @generated from rpc cq.assets.v1.AssetRegistryService.CreateAsset
     */
    createAsset: {
        methodKind: "unary";
        input: typeof CreateAssetRequestSchema;
        output: typeof CreateAssetResponseSchema;
    };
    /**
     * Changes the fields of an asset named in update_mask and leaves the others as they are.
     *
     * Returns INVALID_ARGUMENT if update_mask is empty or names an unknown, output-only or immutable
     * field (asset_id), or if a new value is malformed; NOT_FOUND if the asset does not exist;
     * FAILED_PRECONDITION if the mask changes decimals of an asset that is or has been ACTIVE;
     * ALREADY_EXISTS if a new identifier already belongs to another asset. A retry with the same
     * request_id returns the result of the first call without applying the change again.
     *
     * @generated from rpc cq.assets.v1.AssetRegistryService.UpdateAsset
     */
    updateAsset: {
        methodKind: "unary";
        input: typeof UpdateAssetRequestSchema;
        output: typeof UpdateAssetResponseSchema;
    };
    /**
     * Resolves a venue's name for an asset to the canonical asset, returning the mapping used so the
     * caller can see which alias or network matched.
     *
     * The symbol is matched exactly (case-sensitive) against each mapping's symbol, venue_asset_code and
     * aliases, among the venue's mappings valid at as_of_time. With a network, the mapping for that
     * network wins, then one without a network; without a network, only a mapping without a network or
     * network-specific mappings that all name the same asset match.
     *
     * Returns INVALID_ARGUMENT if venue_id or symbol is empty; NOT_FOUND if no mapping matches;
     * FAILED_PRECONDITION (reason AMBIGUOUS_VENUE_SYMBOL) if no network was given and the venue's
     * network-specific mappings of the symbol point to different assets.
     *
     * @generated from rpc cq.assets.v1.AssetRegistryService.ResolveVenueSymbol
     */
    resolveVenueSymbol: {
        methodKind: "unary";
        input: typeof ResolveVenueSymbolRequestSchema;
        output: typeof ResolveVenueSymbolResponseSchema;
    };
    /**
     * Lists asset mappings ordered by venue_id, symbol, network and validity start, optionally filtered
     * by venue, asset and validity instant; filters combine with AND.
     *
     * Returns INVALID_ARGUMENT if page_size is negative or page_token is malformed, expired or was issued
     * for different filters. An unknown venue or asset gives an empty page, not an error.
     *
     * @generated from rpc cq.assets.v1.AssetRegistryService.ListAssetMappings
     */
    listAssetMappings: {
        methodKind: "unary";
        input: typeof ListAssetMappingsRequestSchema;
        output: typeof ListAssetMappingsResponseSchema;
    };
    /**
     * Adds a mapping from a venue symbol (and network) to a canonical asset. The server sets
     * asset_mapping_id, create_time and update_time.
     *
     * Returns INVALID_ARGUMENT if venue_symbol.venue_id, venue_symbol.symbol or asset_id is empty, or if
     * venue_symbol.network is set without chain_id; NOT_FOUND if asset_id or chain_id does not exist;
     * ALREADY_EXISTS if a mapping for the same venue, symbol or alias, and network overlaps the new
     * mapping's validity. A retry with the same request_id returns the mapping created first.
     *
     * @generated from rpc cq.assets.v1.AssetRegistryService.CreateAssetMapping
     */
    createAssetMapping: {
        methodKind: "unary";
        input: typeof CreateAssetMappingRequestSchema;
        output: typeof CreateAssetMappingResponseSchema;
    };
    /**
     * Returns one chain by its CAIP-2 id. Over HTTP the colon in the id is percent-encoded
     * (/v1/chains/eip155%3A1) so that it is not read as a custom verb.
     *
     * Returns INVALID_ARGUMENT if chain_id is empty or not a valid CAIP-2 id, NOT_FOUND if CQ does not
     * know the chain.
     *
     * @generated from rpc cq.assets.v1.AssetRegistryService.GetChain
     */
    getChain: {
        methodKind: "unary";
        input: typeof GetChainRequestSchema;
        output: typeof GetChainResponseSchema;
    };
    /**
     * Lists the chains CQ supports ordered by chain_id, main networks only unless testnets are asked
     * for.
     *
     * Returns INVALID_ARGUMENT if page_size is negative or page_token is malformed, expired or was issued
     * for different filters.
     *
     * @generated from rpc cq.assets.v1.AssetRegistryService.ListChains
     */
    listChains: {
        methodKind: "unary";
        input: typeof ListChainsRequestSchema;
        output: typeof ListChainsResponseSchema;
    };
}>;
