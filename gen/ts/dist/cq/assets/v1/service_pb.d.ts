import type { GenFile, GenMessage, GenService } from "@bufbuild/protobuf/codegenv2";
import type { Instrument, InstrumentListing, InstrumentStatus, InstrumentType } from "./instruments_pb.js";
import type { Asset, AssetClass, AssetMapping, AssetStatus, Chain } from "./resources_pb.js";
import type { VenueSymbol } from "../../types/v1/identifiers_pb.js";
import type { TimeRange } from "../../types/v1/time_range_pb.js";
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
     * 100; negative values and values above 1000 return INVALID_ARGUMENT.
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
     * Required. The asset with asset_id naming the asset to change and the new values of the fields
     * in update_mask; other fields are ignored. Only asset_id is validated here (it must be set,
     * upper case); the Asset rules apply to the asset as it would be after the update, which the
     * server validates before storing it. Example: {asset_id: "LUNA", status:
     * ASSET_STATUS_SUSPENDED}.
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
     * Optional. The maximum number of mappings to return in one page; fewer may come back even when
     * more remain. Unset or 0 means 100; negative or above 1000 returns INVALID_ARGUMENT. Example:
     * 500.
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
     * Optional. The maximum number of chains to return in one page; fewer may come back even when
     * more remain. Unset or 0 means 100; negative or above 1000 returns INVALID_ARGUMENT. Example:
     * 50.
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
 * The request of GetInstrument.
 *
 * @generated from message cq.assets.v1.GetInstrumentRequest
 */
export type GetInstrumentRequest = Message<"cq.assets.v1.GetInstrumentRequest"> & {
    /**
     * Required. The canonical id of the instrument to return. Example: "cq:perp:BTC-USD".
     *
     * @generated from field: string instrument_id = 1;
     */
    instrumentId: string;
};
/**
 * Describes the message cq.assets.v1.GetInstrumentRequest.
 * Use `create(GetInstrumentRequestSchema)` to create a new message.
 */
export declare const GetInstrumentRequestSchema: GenMessage<GetInstrumentRequest>;
/**
 * The response of GetInstrument.
 *
 * @generated from message cq.assets.v1.GetInstrumentResponse
 */
export type GetInstrumentResponse = Message<"cq.assets.v1.GetInstrumentResponse"> & {
    /**
     * Output only. The instrument. Example: {instrument_id: "cq:perp:BTC-USD", type:
     * INSTRUMENT_TYPE_PERPETUAL, tick_size: "0.5", lot_size: "0.0001", multiplier: "1", ...}.
     *
     * @generated from field: cq.assets.v1.Instrument instrument = 1;
     */
    instrument?: Instrument | undefined;
};
/**
 * Describes the message cq.assets.v1.GetInstrumentResponse.
 * Use `create(GetInstrumentResponseSchema)` to create a new message.
 */
export declare const GetInstrumentResponseSchema: GenMessage<GetInstrumentResponse>;
/**
 * The request of ListInstruments.
 *
 * @generated from message cq.assets.v1.ListInstrumentsRequest
 */
export type ListInstrumentsRequest = Message<"cq.assets.v1.ListInstrumentsRequest"> & {
    /**
     * Optional. The maximum number of instruments to return in one page. The server may return fewer,
     * even when more remain, so only an empty next_page_token marks the end of the list. Unset or 0
     * means 100; negative values and values above 1000 return INVALID_ARGUMENT.
     * Example: 100.
     *
     * @generated from field: int32 page_size = 1;
     */
    pageSize: number;
    /**
     * Optional. The next_page_token of a previous ListInstruments response, to fetch the page after
     * it. Empty fetches the first page. Every other request field must equal the one of the call that
     * returned the token, or the call returns INVALID_ARGUMENT. Tokens are opaque, expire after 24
     * hours, and are never built by clients. Example: "Cg9jcTpwZXJwOkJUQy1VU0QQZA".
     *
     * @generated from field: string page_token = 2;
     */
    pageToken: string;
    /**
     * Optional. Only instruments of these types. Empty means every type.
     * Example: [INSTRUMENT_TYPE_PERPETUAL, INSTRUMENT_TYPE_FUTURE].
     *
     * @generated from field: repeated cq.assets.v1.InstrumentType types = 3;
     */
    types: InstrumentType[];
    /**
     * Optional. Only instruments in these statuses. Empty means every status, EXPIRED and DELISTED
     * included. Example: [INSTRUMENT_STATUS_ACTIVE].
     *
     * @generated from field: repeated cq.assets.v1.InstrumentStatus statuses = 4;
     */
    statuses: InstrumentStatus[];
    /**
     * Optional. Only instruments with this base asset. Empty means any. Example: "BTC".
     *
     * @generated from field: string base_asset_id = 5;
     */
    baseAssetId: string;
    /**
     * Optional. Only instruments quoted in this asset. Empty means any. Example: "USD".
     *
     * @generated from field: string quote_asset_id = 6;
     */
    quoteAssetId: string;
    /**
     * Optional. Only instruments whose underlier_asset_id (or base asset when that is unset) is this
     * asset: every spot pair, perpetual, future and option on it. Empty means any. Example: "ETH".
     *
     * @generated from field: string underlier_asset_id = 7;
     */
    underlierAssetId: string;
    /**
     * Optional. Only derivatives written on this instrument, such as the option chain of a future.
     * Empty means any. Example: "cq:future:ES-202612".
     *
     * @generated from field: string underlier_instrument_id = 8;
     */
    underlierInstrumentId: string;
    /**
     * Optional. Only instruments with a listing on this venue. Empty means any venue or none.
     * Example: "kraken".
     *
     * @generated from field: string venue_id = 9;
     */
    venueId: string;
    /**
     * Optional. Only instruments whose expire_time falls in this range; instruments without an expiry
     * are then left out. Unset means no expiry filter. Example: {start_time: 2026-12-01T00:00:00Z,
     * end_time: 2027-01-01T00:00:00Z}.
     *
     * @generated from field: cq.types.v1.TimeRange expire_time_range = 10;
     */
    expireTimeRange?: TimeRange | undefined;
};
/**
 * Describes the message cq.assets.v1.ListInstrumentsRequest.
 * Use `create(ListInstrumentsRequestSchema)` to create a new message.
 */
export declare const ListInstrumentsRequestSchema: GenMessage<ListInstrumentsRequest>;
/**
 * The response of ListInstruments.
 *
 * @generated from message cq.assets.v1.ListInstrumentsResponse
 */
export type ListInstrumentsResponse = Message<"cq.assets.v1.ListInstrumentsResponse"> & {
    /**
     * Output only. The instruments of this page, ordered by instrument_id ascending.
     * Example: [{instrument_id: "cq:future:BTC-20261225", ...}, {instrument_id: "cq:perp:BTC-USD",
     * ...}].
     *
     * @generated from field: repeated cq.assets.v1.Instrument instruments = 1;
     */
    instruments: Instrument[];
    /**
     * Output only. The token to send as page_token to fetch the next page. Empty when this page is the
     * last. Example: "Cg9jcTpwZXJwOkVUSC1VU0QQZA".
     *
     * @generated from field: string next_page_token = 2;
     */
    nextPageToken: string;
};
/**
 * Describes the message cq.assets.v1.ListInstrumentsResponse.
 * Use `create(ListInstrumentsResponseSchema)` to create a new message.
 */
export declare const ListInstrumentsResponseSchema: GenMessage<ListInstrumentsResponse>;
/**
 * The request of CreateInstrument.
 *
 * @generated from message cq.assets.v1.CreateInstrumentRequest
 */
export type CreateInstrumentRequest = Message<"cq.assets.v1.CreateInstrumentRequest"> & {
    /**
     * Required. The instrument to register, with instrument_id set by the caller. Output-only fields
     * are ignored. Example: {instrument_id: "cq:equity:AAPL", type: INSTRUMENT_TYPE_EQUITY,
     * base_asset_id: "AAPL", quote_asset_id: "USD", tick_size: "0.01", lot_size: "1", multiplier: "1",
     * price_quote_convention: PRICE_QUOTE_CONVENTION_PER_UNIT, status: INSTRUMENT_STATUS_ACTIVE}.
     *
     * @generated from field: cq.assets.v1.Instrument instrument = 1;
     */
    instrument?: Instrument | undefined;
    /**
     * Required. A client-chosen UUID that makes the call idempotent (AIP-155): a retry with the same id
     * within 24 hours returns the first call's result and creates nothing twice; reusing the id for a
     * different instrument returns INVALID_ARGUMENT. Example: "7a3e9c10-2f4b-4d8e-a1c6-5b0e9d2f7c43".
     *
     * @generated from field: string request_id = 2;
     */
    requestId: string;
};
/**
 * Describes the message cq.assets.v1.CreateInstrumentRequest.
 * Use `create(CreateInstrumentRequestSchema)` to create a new message.
 */
export declare const CreateInstrumentRequestSchema: GenMessage<CreateInstrumentRequest>;
/**
 * The response of CreateInstrument.
 *
 * @generated from message cq.assets.v1.CreateInstrumentResponse
 */
export type CreateInstrumentResponse = Message<"cq.assets.v1.CreateInstrumentResponse"> & {
    /**
     * Output only. The instrument as stored, with output-only fields set.
     * Example: {instrument_id: "cq:equity:AAPL", create_time: 2026-01-15T09:30:00Z, ...}.
     *
     * @generated from field: cq.assets.v1.Instrument instrument = 1;
     */
    instrument?: Instrument | undefined;
};
/**
 * Describes the message cq.assets.v1.CreateInstrumentResponse.
 * Use `create(CreateInstrumentResponseSchema)` to create a new message.
 */
export declare const CreateInstrumentResponseSchema: GenMessage<CreateInstrumentResponse>;
/**
 * The request of UpdateInstrument.
 *
 * @generated from message cq.assets.v1.UpdateInstrumentRequest
 */
export type UpdateInstrumentRequest = Message<"cq.assets.v1.UpdateInstrumentRequest"> & {
    /**
     * Required. The instrument with instrument_id naming the instrument to change and the new values
     * of the fields in update_mask; other fields are ignored. Only instrument_id is validated here
     * (it must be set, in `<market>:<type>:<symbol>` form); the Instrument rules apply to the
     * instrument as it would be after the update, which the server validates before storing it.
     * Example: {instrument_id: "cq:perp:LUNA-USD", status: INSTRUMENT_STATUS_DELISTED}.
     *
     * @generated from field: cq.assets.v1.Instrument instrument = 1;
     */
    instrument?: Instrument | undefined;
    /**
     * Required. The fields to change, as paths relative to Instrument. A repeated field or message
     * named in the mask is replaced whole. instrument_id, type, create_time, update_time and
     * expire_time cannot be named. Example: {paths: ["status", "listings"]}.
     *
     * @generated from field: google.protobuf.FieldMask update_mask = 2;
     */
    updateMask?: FieldMask | undefined;
    /**
     * Required. A client-chosen UUID that makes the update idempotent: a retry with the same id within
     * 24 hours returns the first result without applying the change again; reusing it for a different
     * update returns INVALID_ARGUMENT. Example: "1d5f8b20-9c3a-4e71-b6d4-0a2c7e9f3b58".
     *
     * @generated from field: string request_id = 3;
     */
    requestId: string;
};
/**
 * Describes the message cq.assets.v1.UpdateInstrumentRequest.
 * Use `create(UpdateInstrumentRequestSchema)` to create a new message.
 */
export declare const UpdateInstrumentRequestSchema: GenMessage<UpdateInstrumentRequest>;
/**
 * The response of UpdateInstrument.
 *
 * @generated from message cq.assets.v1.UpdateInstrumentResponse
 */
export type UpdateInstrumentResponse = Message<"cq.assets.v1.UpdateInstrumentResponse"> & {
    /**
     * Output only. The instrument after the update, every field included. Example: {instrument_id:
     * "cq:perp:LUNA-USD", status: INSTRUMENT_STATUS_DELISTED, update_time: 2026-03-02T14:05:12Z}.
     *
     * @generated from field: cq.assets.v1.Instrument instrument = 1;
     */
    instrument?: Instrument | undefined;
};
/**
 * Describes the message cq.assets.v1.UpdateInstrumentResponse.
 * Use `create(UpdateInstrumentResponseSchema)` to create a new message.
 */
export declare const UpdateInstrumentResponseSchema: GenMessage<UpdateInstrumentResponse>;
/**
 * The request of ResolveVenueInstrument.
 *
 * @generated from message cq.assets.v1.ResolveVenueInstrumentRequest
 */
export type ResolveVenueInstrumentRequest = Message<"cq.assets.v1.ResolveVenueInstrumentRequest"> & {
    /**
     * Required. The venue and its symbol for the market. The network field is ignored.
     * Example: {venue_id: "kraken", symbol: "PF_XBTUSD"}.
     *
     * @generated from field: cq.types.v1.VenueSymbol venue_symbol = 1;
     */
    venueSymbol?: VenueSymbol | undefined;
    /**
     * Optional. The instant the symbol is resolved at, for point-in-time reads of history when venues
     * reuse symbols (rolling futures). Unset means now. Example: 2026-06-30T00:00:00Z.
     *
     * @generated from field: google.protobuf.Timestamp as_of_time = 2;
     */
    asOfTime?: Timestamp | undefined;
};
/**
 * Describes the message cq.assets.v1.ResolveVenueInstrumentRequest.
 * Use `create(ResolveVenueInstrumentRequestSchema)` to create a new message.
 */
export declare const ResolveVenueInstrumentRequestSchema: GenMessage<ResolveVenueInstrumentRequest>;
/**
 * The response of ResolveVenueInstrument.
 *
 * @generated from message cq.assets.v1.ResolveVenueInstrumentResponse
 */
export type ResolveVenueInstrumentResponse = Message<"cq.assets.v1.ResolveVenueInstrumentResponse"> & {
    /**
     * Output only. The canonical instrument the venue symbol stands for. Example: {instrument_id:
     * "cq:perp:BTC-USD", ...}.
     *
     * @generated from field: cq.assets.v1.Instrument instrument = 1;
     */
    instrument?: Instrument | undefined;
    /**
     * Output only. The listing that matched, with the venue's own trading rules. Example:
     * {venue_symbol: {venue_id: "kraken", symbol: "PF_XBTUSD"}, status: INSTRUMENT_STATUS_ACTIVE}.
     *
     * @generated from field: cq.assets.v1.InstrumentListing listing = 2;
     */
    listing?: InstrumentListing | undefined;
};
/**
 * Describes the message cq.assets.v1.ResolveVenueInstrumentResponse.
 * Use `create(ResolveVenueInstrumentResponseSchema)` to create a new message.
 */
export declare const ResolveVenueInstrumentResponseSchema: GenMessage<ResolveVenueInstrumentResponse>;
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
     * Returns INVALID_ARGUMENT if page_size is negative or above 1000, if page_token is malformed,
     * expired or was issued for different filters, or if chain_id is not a valid CAIP-2 id. An
     * unknown chain or tag gives an empty page, not an error.
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
     * Returns INVALID_ARGUMENT if page_size is negative or above 1000, or page_token is malformed,
     * expired or was issued for different filters. An unknown venue or asset gives an empty page, not
     * an error.
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
     * Returns INVALID_ARGUMENT if page_size is negative or above 1000, or page_token is malformed,
     * expired or was issued for different filters.
     *
     * @generated from rpc cq.assets.v1.AssetRegistryService.ListChains
     */
    listChains: {
        methodKind: "unary";
        input: typeof ListChainsRequestSchema;
        output: typeof ListChainsResponseSchema;
    };
    /**
     * Returns one instrument by its canonical id, whatever its status. Over HTTP the colons of the id
     * are percent-encoded (/v1/instruments/cq%3Aperp%3ABTC-USD).
     *
     * Returns INVALID_ARGUMENT if instrument_id is empty, NOT_FOUND if no instrument has that id.
     *
     * @generated from rpc cq.assets.v1.AssetRegistryService.GetInstrument
     */
    getInstrument: {
        methodKind: "unary";
        input: typeof GetInstrumentRequestSchema;
        output: typeof GetInstrumentResponseSchema;
    };
    /**
     * Lists instruments ordered by instrument_id, optionally filtered by type, status, assets, venue
     * and expiry; filters combine with AND. This is the instrument map consumers size orders with
     * (tick, lot, multiplier, currency).
     *
     * Returns INVALID_ARGUMENT if page_size is negative or above 1000, if page_token is malformed,
     * expired or was issued for different filters, or if expire_time_range ends before it starts. An
     * unknown asset or venue gives an empty page, not an error.
     *
     * @generated from rpc cq.assets.v1.AssetRegistryService.ListInstruments
     */
    listInstruments: {
        methodKind: "unary";
        input: typeof ListInstrumentsRequestSchema;
        output: typeof ListInstrumentsResponseSchema;
    };
    /**
     * Registers a new instrument. The caller chooses instrument_id; the server sets create_time,
     * update_time and expire_time.
     *
     * Returns INVALID_ARGUMENT if a required field is missing or malformed (instrument_id not in
     * `<market>:<type>:<symbol>` form or its type segment disagreeing with type, a non-positive
     * tick_size, lot_size or multiplier, terms that do not match type, a bond or swap without a
     * maturity); NOT_FOUND if a referenced asset, instrument or venue does not exist; ALREADY_EXISTS if
     * instrument_id is taken or a listing's venue symbol already stands for another instrument over an
     * overlapping validity. A retry with the same request_id returns the instrument created first.
     *
     * @generated from rpc cq.assets.v1.AssetRegistryService.CreateInstrument
     */
    createInstrument: {
        methodKind: "unary";
        input: typeof CreateInstrumentRequestSchema;
        output: typeof CreateInstrumentResponseSchema;
    };
    /**
     * Changes the fields of an instrument named in update_mask and leaves the others as they are:
     * status changes (suspension, delisting, expiry), trading rule changes and new listings.
     *
     * Returns INVALID_ARGUMENT if update_mask is empty or names an unknown, output-only or immutable
     * field (instrument_id, type, and the terms of an instrument that is or has been ACTIVE), or if a
     * new value is malformed; NOT_FOUND if the instrument does not exist; ALREADY_EXISTS if a new
     * listing's venue symbol already stands for another instrument. A retry with the same request_id
     * returns the result of the first call without applying the change again.
     *
     * @generated from rpc cq.assets.v1.AssetRegistryService.UpdateInstrument
     */
    updateInstrument: {
        methodKind: "unary";
        input: typeof UpdateInstrumentRequestSchema;
        output: typeof UpdateInstrumentResponseSchema;
    };
    /**
     * Resolves a venue's symbol for a market (PF_XBTUSD on Kraken, BTCUSDT on Binance) to the
     * canonical instrument, returning the listing that matched. The symbol is matched exactly
     * (case-sensitive) among the venue's listings valid at as_of_time.
     *
     * Returns INVALID_ARGUMENT if venue_symbol.venue_id or venue_symbol.symbol is empty; NOT_FOUND if
     * no listing matches.
     *
     * @generated from rpc cq.assets.v1.AssetRegistryService.ResolveVenueInstrument
     */
    resolveVenueInstrument: {
        methodKind: "unary";
        input: typeof ResolveVenueInstrumentRequestSchema;
        output: typeof ResolveVenueInstrumentResponseSchema;
    };
}>;
