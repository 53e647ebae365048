import type { GenFile, GenMessage, GenService } from "@bufbuild/protobuf/codegenv2";
import type { Candle, CandleInterval, DerivativesMetrics, LiquidityMetrics, MarketDepth, OrderBook, OrderBookDelta, Price, Trade, Vwap } from "./resources_pb.js";
import type { Decimal } from "../../types/v1/decimal_pb.js";
import type { Side } from "../../types/v1/side_pb.js";
import type { TimeRange } from "../../types/v1/time_range_pb.js";
import type { Duration } from "@bufbuild/protobuf/wkt";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file cq/markets/v1/service.proto.
 */
export declare const file_cq_markets_v1_service: GenFile;
/**
 * The request of GetLatestPrice.
 *
 * @generated from message cq.markets.v1.GetLatestPriceRequest
 */
export type GetLatestPriceRequest = Message<"cq.markets.v1.GetLatestPriceRequest"> & {
    /**
     * Required. The CQ instrument id. Example: "cq:spot:BTC-USD".
     *
     * @generated from field: string instrument_id = 1;
     */
    instrumentId: string;
    /**
     * Required. The CQ venue id. Example: "kraken".
     *
     * @generated from field: string venue_id = 2;
     */
    venueId: string;
    /**
     * Optional. For dealer-quoted OTC instruments, the dealer whose latest quote to return. Empty
     * returns the best bid and ask across dealers. Example: "dealer_a".
     *
     * @generated from field: string dealer_id = 3;
     */
    dealerId: string;
};
/**
 * Describes the message cq.markets.v1.GetLatestPriceRequest.
 * Use `create(GetLatestPriceRequestSchema)` to create a new message.
 */
export declare const GetLatestPriceRequestSchema: GenMessage<GetLatestPriceRequest>;
/**
 * The response of GetLatestPrice.
 *
 * @generated from message cq.markets.v1.GetLatestPriceResponse
 */
export type GetLatestPriceResponse = Message<"cq.markets.v1.GetLatestPriceResponse"> & {
    /**
     * Output only. The latest price: the venue's top of book, the chosen dealer's quote, or, for a
     * dealer-quoted instrument without dealer_id, the best bid and best ask across dealer_quotes (each
     * possibly from a different dealer, dealer_id empty). Example: {instrument_id: "cq:spot:BTC-USD",
     * venue_id: "kraken", bid_price: "64250.1", ask_price: "64250.2", ...}.
     *
     * @generated from field: cq.markets.v1.Price price = 1;
     */
    price?: Price | undefined;
    /**
     * Output only. For a dealer-quoted instrument requested without dealer_id, the latest unexpired
     * quote of every dealer, best bid first; empty otherwise.
     * Example: [{dealer_id: "dealer_a", quote_id: "q_7f3a91c2", bid_price: "99.12", ...}].
     *
     * @generated from field: repeated cq.markets.v1.Price dealer_quotes = 2;
     */
    dealerQuotes: Price[];
};
/**
 * Describes the message cq.markets.v1.GetLatestPriceResponse.
 * Use `create(GetLatestPriceResponseSchema)` to create a new message.
 */
export declare const GetLatestPriceResponseSchema: GenMessage<GetLatestPriceResponse>;
/**
 * The request of GetOrderBook.
 *
 * @generated from message cq.markets.v1.GetOrderBookRequest
 */
export type GetOrderBookRequest = Message<"cq.markets.v1.GetOrderBookRequest"> & {
    /**
     * Required. The CQ instrument id. Example: "cq:perp:BTC-USD".
     *
     * @generated from field: string instrument_id = 1;
     */
    instrumentId: string;
    /**
     * Required. The CQ venue id. Example: "binance".
     *
     * @generated from field: string venue_id = 2;
     */
    venueId: string;
    /**
     * Optional. The maximum number of levels per side. Unset or 0 means 20; values above 1000 are
     * treated as 1000. Example: 50.
     *
     * @generated from field: int64 depth = 3;
     */
    depth: bigint;
};
/**
 * Describes the message cq.markets.v1.GetOrderBookRequest.
 * Use `create(GetOrderBookRequestSchema)` to create a new message.
 */
export declare const GetOrderBookRequestSchema: GenMessage<GetOrderBookRequest>;
/**
 * The response of GetOrderBook.
 *
 * @generated from message cq.markets.v1.GetOrderBookResponse
 */
export type GetOrderBookResponse = Message<"cq.markets.v1.GetOrderBookResponse"> & {
    /**
     * Output only. The order book snapshot.
     * Example: {instrument_id: "cq:perp:BTC-USD", depth: 50, sequence_number: 88123004, ...}.
     *
     * @generated from field: cq.markets.v1.OrderBook order_book = 1;
     */
    orderBook?: OrderBook | undefined;
};
/**
 * Describes the message cq.markets.v1.GetOrderBookResponse.
 * Use `create(GetOrderBookResponseSchema)` to create a new message.
 */
export declare const GetOrderBookResponseSchema: GenMessage<GetOrderBookResponse>;
/**
 * The request of ListCandles.
 *
 * @generated from message cq.markets.v1.ListCandlesRequest
 */
export type ListCandlesRequest = Message<"cq.markets.v1.ListCandlesRequest"> & {
    /**
     * Required. The CQ instrument id. Example: "cq:spot:BTC-USD".
     *
     * @generated from field: string instrument_id = 1;
     */
    instrumentId: string;
    /**
     * Required. The CQ venue id. Example: "kraken".
     *
     * @generated from field: string venue_id = 2;
     */
    venueId: string;
    /**
     * Required. The candle length. Example: CANDLE_INTERVAL_4_HOURS.
     *
     * @generated from field: cq.markets.v1.CandleInterval interval = 3;
     */
    interval: CandleInterval;
    /**
     * Required. The candles returned are those whose open_time is in this range; end_time unset means
     * up to now, including the open candle. Example: {start_time: 2026-03-01T00:00:00Z, end_time:
     * 2026-03-02T00:00:00Z}.
     *
     * @generated from field: cq.types.v1.TimeRange time_range = 4;
     */
    timeRange?: TimeRange | undefined;
    /**
     * Optional. The maximum number of candles to return in one page; fewer may come back even when
     * more remain, so only an empty next_page_token ends the list. Unset or 0 means 500; negative or
     * above 5000 returns INVALID_ARGUMENT. Example: 1000.
     *
     * @generated from field: int32 page_size = 5;
     */
    pageSize: number;
    /**
     * Optional. The next_page_token of the previous ListCandles response, for the following page; empty
     * fetches the first page. The other fields must repeat the earlier call's, else INVALID_ARGUMENT.
     * Opaque, valid for 24 hours. Example: "CgoxNzQwODcwNDAw".
     *
     * @generated from field: string page_token = 6;
     */
    pageToken: string;
};
/**
 * Describes the message cq.markets.v1.ListCandlesRequest.
 * Use `create(ListCandlesRequestSchema)` to create a new message.
 */
export declare const ListCandlesRequestSchema: GenMessage<ListCandlesRequest>;
/**
 * The response of ListCandles.
 *
 * @generated from message cq.markets.v1.ListCandlesResponse
 */
export type ListCandlesResponse = Message<"cq.markets.v1.ListCandlesResponse"> & {
    /**
     * Output only. The candles of this page, by open_time ascending.
     * Example: [{open_time: 2026-03-01T00:00:00Z, open_price: "63010", ...}].
     *
     * @generated from field: repeated cq.markets.v1.Candle candles = 1;
     */
    candles: Candle[];
    /**
     * Output only. The page_token for the next page of candles; empty after the last page.
     * Example: "CgoxNzQwOTI4MDAw".
     *
     * @generated from field: string next_page_token = 2;
     */
    nextPageToken: string;
};
/**
 * Describes the message cq.markets.v1.ListCandlesResponse.
 * Use `create(ListCandlesResponseSchema)` to create a new message.
 */
export declare const ListCandlesResponseSchema: GenMessage<ListCandlesResponse>;
/**
 * The request of ListTrades.
 *
 * @generated from message cq.markets.v1.ListTradesRequest
 */
export type ListTradesRequest = Message<"cq.markets.v1.ListTradesRequest"> & {
    /**
     * Required. The CQ instrument id. Example: "cq:spot:ETH-USD".
     *
     * @generated from field: string instrument_id = 1;
     */
    instrumentId: string;
    /**
     * Required. The CQ venue id. Example: "kraken".
     *
     * @generated from field: string venue_id = 2;
     */
    venueId: string;
    /**
     * Optional. The trades returned are those whose event_time is in this range. Unset means the last
     * hour; end_time unset means up to now. Example: {start_time: 2026-03-02T14:00:00Z}.
     *
     * @generated from field: cq.types.v1.TimeRange time_range = 3;
     */
    timeRange?: TimeRange | undefined;
    /**
     * Optional. The maximum number of trades to return in one page; fewer may come back even when
     * more remain, so only an empty next_page_token ends the list. Unset or 0 means 500; negative or
     * above 5000 returns INVALID_ARGUMENT. Example: 1000.
     *
     * @generated from field: int32 page_size = 4;
     */
    pageSize: number;
    /**
     * Optional. The next_page_token of the previous ListTrades response, for the following page; empty
     * fetches the first page. The other fields must repeat the earlier call's, else INVALID_ARGUMENT.
     * Opaque, valid for 24 hours. Example: "Cgo1MjgzMDQxMTk3".
     *
     * @generated from field: string page_token = 5;
     */
    pageToken: string;
};
/**
 * Describes the message cq.markets.v1.ListTradesRequest.
 * Use `create(ListTradesRequestSchema)` to create a new message.
 */
export declare const ListTradesRequestSchema: GenMessage<ListTradesRequest>;
/**
 * The response of ListTrades.
 *
 * @generated from message cq.markets.v1.ListTradesResponse
 */
export type ListTradesResponse = Message<"cq.markets.v1.ListTradesResponse"> & {
    /**
     * Output only. The trades of this page, by event_time then trade_id ascending.
     * Example: [{trade_id: "5283041197", price: "3120.55", quantity: "0.42", ...}].
     *
     * @generated from field: repeated cq.markets.v1.Trade trades = 1;
     */
    trades: Trade[];
    /**
     * Output only. The page_token for the next page of trades; empty after the last page.
     * Example: "Cgo1MjgzMDQyMTk4".
     *
     * @generated from field: string next_page_token = 2;
     */
    nextPageToken: string;
};
/**
 * Describes the message cq.markets.v1.ListTradesResponse.
 * Use `create(ListTradesResponseSchema)` to create a new message.
 */
export declare const ListTradesResponseSchema: GenMessage<ListTradesResponse>;
/**
 * The request of GetVwap.
 *
 * @generated from message cq.markets.v1.GetVwapRequest
 */
export type GetVwapRequest = Message<"cq.markets.v1.GetVwapRequest"> & {
    /**
     * Required. The CQ instrument id. Example: "cq:spot:BTC-USD".
     *
     * @generated from field: string instrument_id = 1;
     */
    instrumentId: string;
    /**
     * Required. The CQ venue id. Example: "kraken".
     *
     * @generated from field: string venue_id = 2;
     */
    venueId: string;
    /**
     * Required. The window of trades to average, fixed or trailing; exactly one is set.
     *
     * @generated from oneof cq.markets.v1.GetVwapRequest.window
     */
    window: {
        /**
         * Optional. A fixed window; set this or lookback. end_time unset means up to now.
         * Example: {start_time: 2026-03-02T13:00:00Z, end_time: 2026-03-02T14:00:00Z}.
         *
         * @generated from field: cq.types.v1.TimeRange time_range = 3;
         */
        value: TimeRange;
        case: "timeRange";
    } | {
        /**
         * Optional. A trailing window ending now, positive and at most 31 days; set this or time_range.
         * Example: 3600s.
         *
         * @generated from field: google.protobuf.Duration lookback = 4;
         */
        value: Duration;
        case: "lookback";
    } | {
        case: undefined;
        value?: undefined;
    };
};
/**
 * Describes the message cq.markets.v1.GetVwapRequest.
 * Use `create(GetVwapRequestSchema)` to create a new message.
 */
export declare const GetVwapRequestSchema: GenMessage<GetVwapRequest>;
/**
 * The response of GetVwap.
 *
 * @generated from message cq.markets.v1.GetVwapResponse
 */
export type GetVwapResponse = Message<"cq.markets.v1.GetVwapResponse"> & {
    /**
     * Output only. The VWAP with the window resolved to fixed times.
     * Example: {price: "64188.42", volume: "152.3321", trade_count: 4213, ...}.
     *
     * @generated from field: cq.markets.v1.Vwap vwap = 1;
     */
    vwap?: Vwap | undefined;
};
/**
 * Describes the message cq.markets.v1.GetVwapResponse.
 * Use `create(GetVwapResponseSchema)` to create a new message.
 */
export declare const GetVwapResponseSchema: GenMessage<GetVwapResponse>;
/**
 * The request of GetMarketDepth.
 *
 * @generated from message cq.markets.v1.GetMarketDepthRequest
 */
export type GetMarketDepthRequest = Message<"cq.markets.v1.GetMarketDepthRequest"> & {
    /**
     * Required. The CQ instrument id. Example: "cq:spot:SOL-USD".
     *
     * @generated from field: string instrument_id = 1;
     */
    instrumentId: string;
    /**
     * Required. The CQ venue id. Example: "kraken".
     *
     * @generated from field: string venue_id = 2;
     */
    venueId: string;
    /**
     * Optional. The distances from mid to measure, in percent, each in (0, 50], at most 10. Empty means
     * ["0.5", "1", "2"]. Example: ["1", "2"].
     *
     * @generated from field: repeated cq.types.v1.Decimal band_percents = 3;
     */
    bandPercents: Decimal[];
};
/**
 * Describes the message cq.markets.v1.GetMarketDepthRequest.
 * Use `create(GetMarketDepthRequestSchema)` to create a new message.
 */
export declare const GetMarketDepthRequestSchema: GenMessage<GetMarketDepthRequest>;
/**
 * The response of GetMarketDepth.
 *
 * @generated from message cq.markets.v1.GetMarketDepthResponse
 */
export type GetMarketDepthResponse = Message<"cq.markets.v1.GetMarketDepthResponse"> & {
    /**
     * Output only. The spread and depth bands.
     * Example: {spread_bps: 2.81, bands: [{distance_percent: "2", ...}], ...}.
     *
     * @generated from field: cq.markets.v1.MarketDepth market_depth = 1;
     */
    marketDepth?: MarketDepth | undefined;
};
/**
 * Describes the message cq.markets.v1.GetMarketDepthResponse.
 * Use `create(GetMarketDepthResponseSchema)` to create a new message.
 */
export declare const GetMarketDepthResponseSchema: GenMessage<GetMarketDepthResponse>;
/**
 * The request of GetLiquidityMetrics.
 *
 * @generated from message cq.markets.v1.GetLiquidityMetricsRequest
 */
export type GetLiquidityMetricsRequest = Message<"cq.markets.v1.GetLiquidityMetricsRequest"> & {
    /**
     * Required. The CQ instrument id. Example: "cq:spot:SOL-USD".
     *
     * @generated from field: string instrument_id = 1;
     */
    instrumentId: string;
    /**
     * Required. The CQ venue id. Example: "kraken".
     *
     * @generated from field: string venue_id = 2;
     */
    venueId: string;
    /**
     * Optional. The depth band distances from mid, in percent, each in (0, 50], at most 10. Empty means
     * ["0.5", "1", "2"]; the 2% band is always measured because VADR uses it. Example: ["2"].
     *
     * @generated from field: repeated cq.types.v1.Decimal band_percents = 3;
     */
    bandPercents: Decimal[];
    /**
     * Optional. The trailing window for volume and VADR, positive and at most 30 days. Unset means 24
     * hours.
     * Example: 86400s.
     *
     * @generated from field: google.protobuf.Duration volume_window = 4;
     */
    volumeWindow?: Duration | undefined;
    /**
     * Optional. The order sizes to estimate slippage for, in instrument units, each positive, at most
     * 10; each gets a buy and a sell estimate. Empty means no estimates. Example: ["100", "500"].
     *
     * @generated from field: repeated cq.types.v1.Decimal slippage_quantities = 5;
     */
    slippageQuantities: Decimal[];
};
/**
 * Describes the message cq.markets.v1.GetLiquidityMetricsRequest.
 * Use `create(GetLiquidityMetricsRequestSchema)` to create a new message.
 */
export declare const GetLiquidityMetricsRequestSchema: GenMessage<GetLiquidityMetricsRequest>;
/**
 * The response of GetLiquidityMetrics.
 *
 * @generated from message cq.markets.v1.GetLiquidityMetricsResponse
 */
export type GetLiquidityMetricsResponse = Message<"cq.markets.v1.GetLiquidityMetricsResponse"> & {
    /**
     * Output only. The liquidity metrics.
     * Example: {vadr: 0.00087, slippage_estimates: [{side: SIDE_BUY, quantity: "500", ...}], ...}.
     *
     * @generated from field: cq.markets.v1.LiquidityMetrics liquidity_metrics = 1;
     */
    liquidityMetrics?: LiquidityMetrics | undefined;
};
/**
 * Describes the message cq.markets.v1.GetLiquidityMetricsResponse.
 * Use `create(GetLiquidityMetricsResponseSchema)` to create a new message.
 */
export declare const GetLiquidityMetricsResponseSchema: GenMessage<GetLiquidityMetricsResponse>;
/**
 * The request of StreamPrices.
 *
 * @generated from message cq.markets.v1.StreamPricesRequest
 */
export type StreamPricesRequest = Message<"cq.markets.v1.StreamPricesRequest"> & {
    /**
     * Required. The CQ instrument ids to stream, 1 to 500, without duplicates.
     * Example: ["cq:spot:BTC-USD", "cq:perp:ETH-USD"].
     *
     * @generated from field: repeated string instrument_ids = 1;
     */
    instrumentIds: string[];
    /**
     * Optional. Only prices from these venues. Empty means every venue listing the instruments.
     * Example: ["kraken", "binance"].
     *
     * @generated from field: repeated string venue_ids = 2;
     */
    venueIds: string[];
    /**
     * Optional. The minimum time between two updates of one market: within it only the newest price is
     * sent. Unset or zero sends every update. Example: 0.25s for a screen refreshing at 4 Hz.
     *
     * @generated from field: google.protobuf.Duration conflation_interval = 3;
     */
    conflationInterval?: Duration | undefined;
};
/**
 * Describes the message cq.markets.v1.StreamPricesRequest.
 * Use `create(StreamPricesRequestSchema)` to create a new message.
 */
export declare const StreamPricesRequestSchema: GenMessage<StreamPricesRequest>;
/**
 * One message of StreamPrices.
 *
 * @generated from message cq.markets.v1.StreamPricesResponse
 */
export type StreamPricesResponse = Message<"cq.markets.v1.StreamPricesResponse"> & {
    /**
     * Output only. A price update for one market (or dealer); newer than any earlier one of the same
     * market by sequence_number. Example: {instrument_id: "cq:spot:BTC-USD", venue_id: "kraken",
     * bid_price: "64250.1", ask_price: "64250.2", sequence_number: 1048214, ...}.
     *
     * @generated from field: cq.markets.v1.Price price = 1;
     */
    price?: Price | undefined;
};
/**
 * Describes the message cq.markets.v1.StreamPricesResponse.
 * Use `create(StreamPricesResponseSchema)` to create a new message.
 */
export declare const StreamPricesResponseSchema: GenMessage<StreamPricesResponse>;
/**
 * The request of StreamOrderBook.
 *
 * @generated from message cq.markets.v1.StreamOrderBookRequest
 */
export type StreamOrderBookRequest = Message<"cq.markets.v1.StreamOrderBookRequest"> & {
    /**
     * Required. The CQ instrument id. Example: "cq:perp:BTC-USD".
     *
     * @generated from field: string instrument_id = 1;
     */
    instrumentId: string;
    /**
     * Required. The CQ venue id. Example: "binance".
     *
     * @generated from field: string venue_id = 2;
     */
    venueId: string;
    /**
     * Optional. The maximum number of levels per side kept in the snapshot and the deltas. Unset or 0
     * means 20; values above 1000 are treated as 1000. Example: 50.
     *
     * @generated from field: int64 depth = 3;
     */
    depth: bigint;
};
/**
 * Describes the message cq.markets.v1.StreamOrderBookRequest.
 * Use `create(StreamOrderBookRequestSchema)` to create a new message.
 */
export declare const StreamOrderBookRequestSchema: GenMessage<StreamOrderBookRequest>;
/**
 * One message of StreamOrderBook: a full snapshot or a delta.
 *
 * @generated from message cq.markets.v1.StreamOrderBookResponse
 */
export type StreamOrderBookResponse = Message<"cq.markets.v1.StreamOrderBookResponse"> & {
    /**
     * Output only. Exactly one is set: a snapshot first and after every resync, deltas otherwise.
     *
     * @generated from oneof cq.markets.v1.StreamOrderBookResponse.update
     */
    update: {
        /**
         * Output only. A full book replacing whatever the client holds; later deltas chain from its
         * sequence_number.
         * Example: {sequence_number: 88123004, bids: [...], asks: [...], ...}.
         *
         * @generated from field: cq.markets.v1.OrderBook snapshot = 1;
         */
        value: OrderBook;
        case: "snapshot";
    } | {
        /**
         * Output only. Level changes to apply on top of the book at previous_sequence_number.
         * Example: {sequence_number: 88123005, previous_sequence_number: 88123004, last_in_batch: true}.
         *
         * @generated from field: cq.markets.v1.OrderBookDelta delta = 2;
         */
        value: OrderBookDelta;
        case: "delta";
    } | {
        case: undefined;
        value?: undefined;
    };
};
/**
 * Describes the message cq.markets.v1.StreamOrderBookResponse.
 * Use `create(StreamOrderBookResponseSchema)` to create a new message.
 */
export declare const StreamOrderBookResponseSchema: GenMessage<StreamOrderBookResponse>;
/**
 * The request of ListPrices.
 *
 * @generated from message cq.markets.v1.ListPricesRequest
 */
export type ListPricesRequest = Message<"cq.markets.v1.ListPricesRequest"> & {
    /**
     * Required. The CQ instrument id. Example: "cq:equity:AAPL".
     *
     * @generated from field: string instrument_id = 1;
     */
    instrumentId: string;
    /**
     * Required. The CQ venue id. Example: "sim".
     *
     * @generated from field: string venue_id = 2;
     */
    venueId: string;
    /**
     * Required. The prices returned are those whose event_time is in this range, at most 7 days long;
     * end_time unset means up to now. Example: {start_time: 2026-03-02T14:00:00Z, end_time:
     * 2026-03-02T15:00:00Z}.
     *
     * @generated from field: cq.types.v1.TimeRange time_range = 3;
     */
    timeRange?: TimeRange | undefined;
    /**
     * Optional. For a dealer-quoted instrument, only this dealer's quotes. Empty means every dealer's.
     * Example: "dealer_a".
     *
     * @generated from field: string dealer_id = 4;
     */
    dealerId: string;
    /**
     * Optional. The maximum number of prices to return in one page; fewer may come back even when
     * more remain, so only an empty next_page_token ends the list. Unset or 0 means 500; negative or
     * above 5000 returns INVALID_ARGUMENT. Example: 1000.
     *
     * @generated from field: int32 page_size = 5;
     */
    pageSize: number;
    /**
     * Optional. The next_page_token of the previous ListPrices response, for the following page; empty
     * fetches the first page. The other fields must repeat the earlier call's, else INVALID_ARGUMENT.
     * Opaque, valid for 24 hours. Example: "CgcxMDQ4MjEz".
     *
     * @generated from field: string page_token = 6;
     */
    pageToken: string;
};
/**
 * Describes the message cq.markets.v1.ListPricesRequest.
 * Use `create(ListPricesRequestSchema)` to create a new message.
 */
export declare const ListPricesRequestSchema: GenMessage<ListPricesRequest>;
/**
 * The response of ListPrices.
 *
 * @generated from message cq.markets.v1.ListPricesResponse
 */
export type ListPricesResponse = Message<"cq.markets.v1.ListPricesResponse"> & {
    /**
     * Output only. The prices of this page, by event_time then sequence_number ascending.
     * Example: [{instrument_id: "cq:equity:AAPL", bid_price: "189.51", ask_price: "189.53", ...}].
     *
     * @generated from field: repeated cq.markets.v1.Price prices = 1;
     */
    prices: Price[];
    /**
     * Output only. The page_token for the next page of prices; empty after the last page.
     * Example: "CgcxMDQ5MDAx".
     *
     * @generated from field: string next_page_token = 2;
     */
    nextPageToken: string;
};
/**
 * Describes the message cq.markets.v1.ListPricesResponse.
 * Use `create(ListPricesResponseSchema)` to create a new message.
 */
export declare const ListPricesResponseSchema: GenMessage<ListPricesResponse>;
/**
 * The request of ListDealerQuotes.
 *
 * @generated from message cq.markets.v1.ListDealerQuotesRequest
 */
export type ListDealerQuotesRequest = Message<"cq.markets.v1.ListDealerQuotesRequest"> & {
    /**
     * Required. The CQ instrument id of a dealer-quoted instrument. Example: "cq:bond:US91282CJL54".
     *
     * @generated from field: string instrument_id = 1;
     */
    instrumentId: string;
    /**
     * Required. The CQ venue id the dealers quote on. Example: "sim".
     *
     * @generated from field: string venue_id = 2;
     */
    venueId: string;
    /**
     * Optional. The side the caller wants to trade: SIDE_BUY orders quotes by ask_price ascending,
     * SIDE_SELL by bid_price descending; quotes without that side are left out. Unset returns every
     * quote ordered by dealer_id. Example: SIDE_BUY.
     *
     * @generated from field: cq.types.v1.Side side = 3;
     */
    side: Side;
    /**
     * Optional. Only quotes firm for at least this quantity on the side asked (ask_size for SIDE_BUY,
     * bid_size for SIDE_SELL), in instrument units; requires side. Unset means any size.
     * Example: "250".
     *
     * @generated from field: cq.types.v1.Decimal quantity = 4;
     */
    quantity?: Decimal | undefined;
    /**
     * Optional. The maximum number of quotes to return in one page; fewer may come back even when
     * more remain. Unset or 0 means 100; negative or above 1000 returns INVALID_ARGUMENT. Example:
     * 20.
     *
     * @generated from field: int32 page_size = 5;
     */
    pageSize: number;
    /**
     * Optional. The next_page_token of the previous ListDealerQuotes response, for the following page;
     * empty fetches the first page. The other fields must repeat the earlier call's, else
     * INVALID_ARGUMENT. Opaque, valid for 24 hours. Example: "CghkZWFsZXJfYg".
     *
     * @generated from field: string page_token = 6;
     */
    pageToken: string;
};
/**
 * Describes the message cq.markets.v1.ListDealerQuotesRequest.
 * Use `create(ListDealerQuotesRequestSchema)` to create a new message.
 */
export declare const ListDealerQuotesRequestSchema: GenMessage<ListDealerQuotesRequest>;
/**
 * The response of ListDealerQuotes.
 *
 * @generated from message cq.markets.v1.ListDealerQuotesResponse
 */
export type ListDealerQuotesResponse = Message<"cq.markets.v1.ListDealerQuotesResponse"> & {
    /**
     * Output only. The live dealer quotes of this page, one per dealer, each with dealer_id, quote_id
     * and expire_time set, in the order the request asked for. Example: [{dealer_id: "dealer_a",
     * quote_id: "q_7f3a91c2", bid_price: "99.12", ask_price: "99.18", ask_size: "500", ...}].
     *
     * @generated from field: repeated cq.markets.v1.Price dealer_quotes = 1;
     */
    dealerQuotes: Price[];
    /**
     * Output only. The page_token for the next page of quotes; empty after the last page.
     * Example: "CghkZWFsZXJfYw".
     *
     * @generated from field: string next_page_token = 2;
     */
    nextPageToken: string;
};
/**
 * Describes the message cq.markets.v1.ListDealerQuotesResponse.
 * Use `create(ListDealerQuotesResponseSchema)` to create a new message.
 */
export declare const ListDealerQuotesResponseSchema: GenMessage<ListDealerQuotesResponse>;
/**
 * The request of GetDerivativesMetrics.
 *
 * @generated from message cq.markets.v1.GetDerivativesMetricsRequest
 */
export type GetDerivativesMetricsRequest = Message<"cq.markets.v1.GetDerivativesMetricsRequest"> & {
    /**
     * Required. The CQ instrument id of a perpetual or future. Example: "cq:perp:BTC-USD".
     *
     * @generated from field: string instrument_id = 1;
     */
    instrumentId: string;
    /**
     * Required. The CQ venue id. Example: "binance".
     *
     * @generated from field: string venue_id = 2;
     */
    venueId: string;
};
/**
 * Describes the message cq.markets.v1.GetDerivativesMetricsRequest.
 * Use `create(GetDerivativesMetricsRequestSchema)` to create a new message.
 */
export declare const GetDerivativesMetricsRequestSchema: GenMessage<GetDerivativesMetricsRequest>;
/**
 * The response of GetDerivativesMetrics.
 *
 * @generated from message cq.markets.v1.GetDerivativesMetricsResponse
 */
export type GetDerivativesMetricsResponse = Message<"cq.markets.v1.GetDerivativesMetricsResponse"> & {
    /**
     * Output only. The latest metrics. Example: {instrument_id: "cq:perp:BTC-USD", venue_id:
     * "binance", funding_rate: "0.0001", open_interest: "81234.5", ...}.
     *
     * @generated from field: cq.markets.v1.DerivativesMetrics derivatives_metrics = 1;
     */
    derivativesMetrics?: DerivativesMetrics | undefined;
};
/**
 * Describes the message cq.markets.v1.GetDerivativesMetricsResponse.
 * Use `create(GetDerivativesMetricsResponseSchema)` to create a new message.
 */
export declare const GetDerivativesMetricsResponseSchema: GenMessage<GetDerivativesMetricsResponse>;
/**
 * The request of ListDerivativesMetrics.
 *
 * @generated from message cq.markets.v1.ListDerivativesMetricsRequest
 */
export type ListDerivativesMetricsRequest = Message<"cq.markets.v1.ListDerivativesMetricsRequest"> & {
    /**
     * Required. The CQ instrument id of a perpetual or future. Example: "cq:perp:BTC-USD".
     *
     * @generated from field: string instrument_id = 1;
     */
    instrumentId: string;
    /**
     * Required. The CQ venue id. Example: "binance".
     *
     * @generated from field: string venue_id = 2;
     */
    venueId: string;
    /**
     * Required. The sampling interval; samples are taken at each interval's close, aligned like
     * candles. Example: CANDLE_INTERVAL_8_HOURS for one sample per funding period.
     *
     * @generated from field: cq.markets.v1.CandleInterval interval = 3;
     */
    interval: CandleInterval;
    /**
     * Required. The samples returned are those whose interval closes in this range; end_time unset
     * means up to now. Example: {start_time: 2026-02-01T00:00:00Z, end_time: 2026-03-01T00:00:00Z}.
     *
     * @generated from field: cq.types.v1.TimeRange time_range = 4;
     */
    timeRange?: TimeRange | undefined;
    /**
     * Optional. The maximum number of samples to return in one page; fewer may come back even when
     * more remain, so only an empty next_page_token ends the list. Unset or 0 means 500; negative or
     * above 5000 returns INVALID_ARGUMENT. Example: 1000.
     *
     * @generated from field: int32 page_size = 5;
     */
    pageSize: number;
    /**
     * Optional. The next_page_token of the previous ListDerivativesMetrics response, for the following
     * page; empty fetches the first page. The other fields must repeat the earlier call's, else
     * INVALID_ARGUMENT. Opaque, valid for 24 hours. Example: "CgoxNzM4MzY4MDAw".
     *
     * @generated from field: string page_token = 6;
     */
    pageToken: string;
};
/**
 * Describes the message cq.markets.v1.ListDerivativesMetricsRequest.
 * Use `create(ListDerivativesMetricsRequestSchema)` to create a new message.
 */
export declare const ListDerivativesMetricsRequestSchema: GenMessage<ListDerivativesMetricsRequest>;
/**
 * The response of ListDerivativesMetrics.
 *
 * @generated from message cq.markets.v1.ListDerivativesMetricsResponse
 */
export type ListDerivativesMetricsResponse = Message<"cq.markets.v1.ListDerivativesMetricsResponse"> & {
    /**
     * Output only. The samples of this page, oldest first; each sample's event_time is that of the
     * metrics it holds, at or before its interval's close. Example: [{funding_rate: "0.0001",
     * open_interest: "80110", event_time: 2026-02-01T07:59:58Z, ...}].
     *
     * @generated from field: repeated cq.markets.v1.DerivativesMetrics derivatives_metrics = 1;
     */
    derivativesMetrics: DerivativesMetrics[];
    /**
     * Output only. The page_token for the next page of samples; empty after the last page.
     * Example: "CgoxNzM4NDU0NDAw".
     *
     * @generated from field: string next_page_token = 2;
     */
    nextPageToken: string;
};
/**
 * Describes the message cq.markets.v1.ListDerivativesMetricsResponse.
 * Use `create(ListDerivativesMetricsResponseSchema)` to create a new message.
 */
export declare const ListDerivativesMetricsResponseSchema: GenMessage<ListDerivativesMetricsResponse>;
/**
 * The request of StreamDerivativesMetrics.
 *
 * @generated from message cq.markets.v1.StreamDerivativesMetricsRequest
 */
export type StreamDerivativesMetricsRequest = Message<"cq.markets.v1.StreamDerivativesMetricsRequest"> & {
    /**
     * Required. The CQ instrument ids of perpetuals and futures to stream, 1 to 500, without
     * duplicates. Example: ["cq:perp:BTC-USD", "cq:perp:ETH-USD"].
     *
     * @generated from field: repeated string instrument_ids = 1;
     */
    instrumentIds: string[];
    /**
     * Optional. Only metrics from these venues. Empty means every venue listing the instruments.
     * Example: ["binance", "okx"].
     *
     * @generated from field: repeated string venue_ids = 2;
     */
    venueIds: string[];
    /**
     * Optional. The minimum time between two updates of one market: within it only the newest metrics
     * are sent. Unset or zero sends every update. Example: 1s.
     *
     * @generated from field: google.protobuf.Duration conflation_interval = 3;
     */
    conflationInterval?: Duration | undefined;
};
/**
 * Describes the message cq.markets.v1.StreamDerivativesMetricsRequest.
 * Use `create(StreamDerivativesMetricsRequestSchema)` to create a new message.
 */
export declare const StreamDerivativesMetricsRequestSchema: GenMessage<StreamDerivativesMetricsRequest>;
/**
 * One message of StreamDerivativesMetrics.
 *
 * @generated from message cq.markets.v1.StreamDerivativesMetricsResponse
 */
export type StreamDerivativesMetricsResponse = Message<"cq.markets.v1.StreamDerivativesMetricsResponse"> & {
    /**
     * Output only. A metrics update for one market. Example: {instrument_id: "cq:perp:BTC-USD",
     * venue_id: "binance", mark_price: "64251.03", funding_rate: "0.0001", ...}.
     *
     * @generated from field: cq.markets.v1.DerivativesMetrics derivatives_metrics = 1;
     */
    derivativesMetrics?: DerivativesMetrics | undefined;
};
/**
 * Describes the message cq.markets.v1.StreamDerivativesMetricsResponse.
 * Use `create(StreamDerivativesMetricsResponseSchema)` to create a new message.
 */
export declare const StreamDerivativesMetricsResponseSchema: GenMessage<StreamDerivativesMetricsResponse>;
/**
 * MarketData: prices, order books, trades, candles and liquidity analytics, per instrument and
 * venue. Read-only; every market is addressed by (instrument_id, venue_id) and data is never blended
 * across venues.
 *
 * Every RPC returns UNAUTHENTICATED without valid credentials, INVALID_ARGUMENT if instrument_id or
 * venue_id is empty or malformed, and NOT_FOUND if the instrument is not listed on the venue. Over
 * HTTP, the colons of an instrument id in the path are percent-encoded (cq%3Aspot%3ABTC-USD).
 *
 * @generated from service cq.markets.v1.MarketDataService
 */
export declare const MarketDataService: GenService<{
    /**
     * Returns the latest price of a market. For instruments quoted by several dealers, returns that
     * dealer's quote when dealer_id is set, and otherwise the best bid and best ask across dealers plus
     * every dealer's quote. The price is returned however old it is; callers judge staleness by
     * event_time.
     *
     * Returns NOT_FOUND if no price has been received for the market (or from the dealer) yet.
     *
     * @generated from rpc cq.markets.v1.MarketDataService.GetLatestPrice
     */
    getLatestPrice: {
        methodKind: "unary";
        input: typeof GetLatestPriceRequestSchema;
        output: typeof GetLatestPriceResponseSchema;
    };
    /**
     * Returns a snapshot of a market's order book, up to depth levels per side. Use its sequence_number
     * to join the book to StreamOrderBook deltas.
     *
     * Returns INVALID_ARGUMENT if depth is negative; UNAVAILABLE if CQ has no synchronised book for
     * the market (feed down or resyncing), in which case the client retries with backoff.
     *
     * @generated from rpc cq.markets.v1.MarketDataService.GetOrderBook
     */
    getOrderBook: {
        methodKind: "unary";
        input: typeof GetOrderBookRequestSchema;
        output: typeof GetOrderBookResponseSchema;
    };
    /**
     * Lists a market's candles of one interval whose open_time falls in the time range, oldest first.
     * An interval without trades still gets a candle, with zero volume and all four prices at the
     * previous close, so series have no holes; intervals before the market's first trade get none. The
     * last candle may still be open (closed = false).
     *
     * Returns INVALID_ARGUMENT if interval is unspecified, time_range.start_time is missing or after
     * end_time, page_size is negative or above 5000, or page_token is malformed, expired or was
     * issued for a different request.
     *
     * @generated from rpc cq.markets.v1.MarketDataService.ListCandles
     */
    listCandles: {
        methodKind: "unary";
        input: typeof ListCandlesRequestSchema;
        output: typeof ListCandlesResponseSchema;
    };
    /**
     * Lists a market's public trades in a time range, oldest first (by event_time, then trade_id),
     * for replay and analytics.
     *
     * Returns INVALID_ARGUMENT if time_range.end_time precedes start_time, page_size is negative or
     * above 5000, or page_token is malformed, expired or was issued for a different request;
     * OUT_OF_RANGE if the range starts before the trade history CQ keeps for the market.
     *
     * @generated from rpc cq.markets.v1.MarketDataService.ListTrades
     */
    listTrades: {
        methodKind: "unary";
        input: typeof ListTradesRequestSchema;
        output: typeof ListTradesResponseSchema;
    };
    /**
     * Returns the volume-weighted average price of a market's trades over a fixed time range or a
     * trailing lookback ending now. A window without trades gives volume "0" and no price.
     *
     * Returns INVALID_ARGUMENT if no window is given, the window is empty or inverted, or it is longer
     * than 31 days; OUT_OF_RANGE if it starts before the trade history CQ keeps for the market.
     *
     * @generated from rpc cq.markets.v1.MarketDataService.GetVwap
     */
    getVwap: {
        methodKind: "unary";
        input: typeof GetVwapRequestSchema;
        output: typeof GetVwapResponseSchema;
    };
    /**
     * Returns the spread and the quantity within each requested distance of mid, measured on the
     * current order book of the market.
     *
     * Returns INVALID_ARGUMENT if more than 10 band distances are given or one is not in (0, 50];
     * FAILED_PRECONDITION if one side of the book is empty, so there is no mid; UNAVAILABLE if CQ has
     * no synchronised book for the market.
     *
     * @generated from rpc cq.markets.v1.MarketDataService.GetMarketDepth
     */
    getMarketDepth: {
        methodKind: "unary";
        input: typeof GetMarketDepthRequestSchema;
        output: typeof GetMarketDepthResponseSchema;
    };
    /**
     * Returns liquidity metrics of a market: spread and depth bands, volume and VADR over a trailing
     * window, and slippage estimates for the requested sizes on both sides.
     *
     * Returns INVALID_ARGUMENT if a band distance is not in (0, 50], volume_window is not positive or
     * longer than 30 days, more than 10 bands or slippage sizes are given, or a size is not positive;
     * FAILED_PRECONDITION if one side of the book is empty; UNAVAILABLE if CQ has no synchronised
     * book for the market.
     *
     * @generated from rpc cq.markets.v1.MarketDataService.GetLiquidityMetrics
     */
    getLiquidityMetrics: {
        methodKind: "unary";
        input: typeof GetLiquidityMetricsRequestSchema;
        output: typeof GetLiquidityMetricsResponseSchema;
    };
    /**
     * Streams price updates for a set of instruments. The stream opens with the latest known price of
     * every matching market (and dealer), then sends each update as it arrives, conflated when a
     * conflation interval is set. Each dealer quote of an OTC instrument comes as its own Price. The
     * stream stays open until the client cancels it.
     *
     * Returns INVALID_ARGUMENT if instrument_ids is empty or has more than 500 entries or
     * conflation_interval is negative; NOT_FOUND if an instrument id or venue id is unknown;
     * RESOURCE_EXHAUSTED if the caller has too many open streams; UNAVAILABLE, ending the stream, when
     * CQ loses the feed, after which the client reconnects with backoff.
     *
     * @generated from rpc cq.markets.v1.MarketDataService.StreamPrices
     */
    streamPrices: {
        methodKind: "server_streaming";
        input: typeof StreamPricesRequestSchema;
        output: typeof StreamPricesResponseSchema;
    };
    /**
     * Streams a market's order book. The first message is a full snapshot (up to depth levels per
     * side); every following message is a delta whose previous_sequence_number equals the sequence
     * number before it. When CQ resyncs with the venue it sends a new snapshot, which replaces the
     * client's book. With a depth limit, levels entering or leaving the top depth arrive as ADD and
     * DELETE changes. A client that sees a gap in sequence numbers restarts the stream.
     *
     * Returns INVALID_ARGUMENT if depth is negative; RESOURCE_EXHAUSTED if the caller has too many open
     * streams; UNAVAILABLE, ending the stream, when CQ loses the venue feed and cannot resync.
     *
     * @generated from rpc cq.markets.v1.MarketDataService.StreamOrderBook
     */
    streamOrderBook: {
        methodKind: "server_streaming";
        input: typeof StreamOrderBookRequestSchema;
        output: typeof StreamOrderBookResponseSchema;
    };
    /**
     * Lists the price updates (ticks) of a market in a time range, oldest first (by event_time, then
     * sequence_number), for history screens and deterministic replay. For a dealer-quoted instrument
     * every dealer's quotes are returned unless dealer_id narrows them.
     *
     * Returns INVALID_ARGUMENT if time_range or its start_time is unset, the range ends before it
     * starts or is longer than 7 days, page_size is negative or above 5000, or page_token is
     * malformed, expired or was issued for a different request; OUT_OF_RANGE if the range starts
     * before the price history CQ keeps for the market.
     *
     * @generated from rpc cq.markets.v1.MarketDataService.ListPrices
     */
    listPrices: {
        methodKind: "unary";
        input: typeof ListPricesRequestSchema;
        output: typeof ListPricesResponseSchema;
    };
    /**
     * Lists the current, unexpired two-way quotes of every dealer quoting an OTC instrument (a bond, a
     * swap), best first for the side asked, optionally only those firm for a quantity. The caller hits
     * or lifts one by placing an order with the quote's quote_id
     * (cq.venues.v1.ORDER_TYPE_PREVIOUSLY_QUOTED).
     *
     * Returns INVALID_ARGUMENT if quantity is set and not positive or side is unset, page_size is
     * negative or above 1000, or page_token is malformed, expired or was issued for a different
     * request; FAILED_PRECONDITION if the instrument is not dealer-quoted on the venue (it trades on
     * an order book: use GetOrderBook). No live quote gives an empty page, not an error.
     *
     * @generated from rpc cq.markets.v1.MarketDataService.ListDealerQuotes
     */
    listDealerQuotes: {
        methodKind: "unary";
        input: typeof ListDealerQuotesRequestSchema;
        output: typeof ListDealerQuotesResponseSchema;
    };
    /**
     * Returns the latest derivatives metrics of a perpetual or future: mark and index price, funding,
     * open interest and basis. The metrics are returned however old they are; callers judge staleness
     * by event_time.
     *
     * Returns FAILED_PRECONDITION if the instrument is not a perpetual or future; NOT_FOUND if no
     * metrics have been received for the market yet.
     *
     * @generated from rpc cq.markets.v1.MarketDataService.GetDerivativesMetrics
     */
    getDerivativesMetrics: {
        methodKind: "unary";
        input: typeof GetDerivativesMetricsRequestSchema;
        output: typeof GetDerivativesMetricsResponseSchema;
    };
    /**
     * Lists a market's derivatives metrics over a time range, one sample per interval, oldest first:
     * each sample is the latest metrics received at or before the interval's close, so a series never
     * looks ahead (point-in-time). Intervals before the first metrics get no sample.
     *
     * Returns INVALID_ARGUMENT if interval is unspecified, time_range or its start_time is unset, the
     * range ends before it starts, page_size is negative or above 5000, or page_token is malformed,
     * expired or was issued for a different request; FAILED_PRECONDITION if the instrument is not a
     * perpetual or future; OUT_OF_RANGE if the range starts before the history CQ keeps for the
     * market.
     *
     * @generated from rpc cq.markets.v1.MarketDataService.ListDerivativesMetrics
     */
    listDerivativesMetrics: {
        methodKind: "unary";
        input: typeof ListDerivativesMetricsRequestSchema;
        output: typeof ListDerivativesMetricsResponseSchema;
    };
    /**
     * Streams derivatives metrics for a set of perpetuals and futures. The stream opens with the
     * latest metrics of every matching market, then sends each update as it arrives, conflated when a
     * conflation interval is set, until the client cancels it.
     *
     * Returns INVALID_ARGUMENT if instrument_ids is empty or has more than 500 entries or
     * conflation_interval is negative; NOT_FOUND if an instrument id or venue id is unknown;
     * FAILED_PRECONDITION if an instrument is not a perpetual or future; RESOURCE_EXHAUSTED if the
     * caller has too many open streams; UNAVAILABLE, ending the stream, when CQ loses the feed.
     *
     * @generated from rpc cq.markets.v1.MarketDataService.StreamDerivativesMetrics
     */
    streamDerivativesMetrics: {
        methodKind: "server_streaming";
        input: typeof StreamDerivativesMetricsRequestSchema;
        output: typeof StreamDerivativesMetricsResponseSchema;
    };
}>;
