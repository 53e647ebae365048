import type { GenEnum, GenFile, GenMessage } from "@bufbuild/protobuf/codegenv2";
import type { Amount } from "../../types/v1/amount_pb.js";
import type { Decimal } from "../../types/v1/decimal_pb.js";
import type { Side } from "../../types/v1/side_pb.js";
import type { TimeRange } from "../../types/v1/time_range_pb.js";
import type { Duration, Timestamp } from "@bufbuild/protobuf/wkt";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file cq/markets/v1/resources.proto.
 */
export declare const file_cq_markets_v1_resources: GenFile;
/**
 * The top of the market for one instrument on one venue at one instant: a venue's best bid and offer
 * with its last trade, or one dealer's two-way quote for an OTC instrument.
 *
 * A market is keyed by (instrument_id, venue_id); dealer quotes add dealer_id to the key.
 *
 * @generated from message cq.markets.v1.Price
 */
export type Price = Message<"cq.markets.v1.Price"> & {
    /**
     * Required. The CQ instrument id, `<market>:<type>:<symbol>`. Example: "cq:spot:BTC-USD".
     *
     * @generated from field: string instrument_id = 1;
     */
    instrumentId: string;
    /**
     * Required. The CQ venue id the price comes from, lower snake case. Example: "kraken".
     *
     * @generated from field: string venue_id = 2;
     */
    venueId: string;
    /**
     * Optional. The best bid, in quote currency per unit of the instrument. Unset when the bid side is
     * empty. Example: "64250.1".
     *
     * @generated from field: cq.types.v1.Decimal bid_price = 3;
     */
    bidPrice?: Decimal | undefined;
    /**
     * Optional. The best offer, in quote currency per unit of the instrument. Unset when the ask side
     * is empty. Example: "64250.2".
     *
     * @generated from field: cq.types.v1.Decimal ask_price = 4;
     */
    askPrice?: Decimal | undefined;
    /**
     * Output only. (bid_price + ask_price) / 2, exact; unset unless both sides are present.
     * Example: "64250.15".
     *
     * @generated from field: cq.types.v1.Decimal mid_price = 5;
     */
    midPrice?: Decimal | undefined;
    /**
     * Optional. The price of the last trade on this market, in quote currency. Unset before the first
     * trade or for quote-only OTC instruments. Example: "64249.9".
     *
     * @generated from field: cq.types.v1.Decimal last_price = 6;
     */
    lastPrice?: Decimal | undefined;
    /**
     * Optional. The quantity resting at bid_price, in instrument units (base asset for spot, contracts
     * for derivatives). Example: "1.25".
     *
     * @generated from field: cq.types.v1.Decimal bid_size = 7;
     */
    bidSize?: Decimal | undefined;
    /**
     * Optional. The quantity resting at ask_price, in instrument units. Example: "0.8".
     *
     * @generated from field: cq.types.v1.Decimal ask_size = 8;
     */
    askSize?: Decimal | undefined;
    /**
     * Optional. The quantity of the last trade, in instrument units. Example: "0.015".
     *
     * @generated from field: cq.types.v1.Decimal last_size = 9;
     */
    lastSize?: Decimal | undefined;
    /**
     * Optional. The venue's mark price, used for margin and unrealised PnL of derivatives; unset for
     * spot. Example: "64251.03".
     *
     * @generated from field: cq.types.v1.Decimal mark_price = 10;
     */
    markPrice?: Decimal | undefined;
    /**
     * Optional. The venue's index (reference spot) price of a derivative's underlier; unset for spot.
     * Example: "64248.77".
     *
     * @generated from field: cq.types.v1.Decimal index_price = 11;
     */
    indexPrice?: Decimal | undefined;
    /**
     * Optional. The trading phase of the market when the price was taken. Unset when the source does
     * not say. Example: MARKET_STATUS_TRADING.
     *
     * @generated from field: cq.markets.v1.MarketStatus market_status = 12;
     */
    marketStatus: MarketStatus;
    /**
     * Optional. The dealer quoting, for OTC instruments quoted by several dealers; empty for a venue's
     * order book quote. Opaque string of at most 64 characters. Example: "dealer_a".
     *
     * @generated from field: string dealer_id = 13;
     */
    dealerId: string;
    /**
     * Optional. The dealer's id for this quote, which an order hitting or lifting it refers to; empty for
     * order book quotes. Opaque string of at most 64 characters. Example: "q_7f3a91c2".
     *
     * @generated from field: string quote_id = 14;
     */
    quoteId: string;
    /**
     * Optional. When a dealer quote stops being firm; orders against it after that are rejected.
     * Unset for order book quotes. Example: 2026-03-02T14:05:17Z.
     *
     * @generated from field: google.protobuf.Timestamp expire_time = 15;
     */
    expireTime?: Timestamp | undefined;
    /**
     * Output only. CQ's sequence number of this update within its market (and dealer), strictly
     * increasing, so consumers can drop stale or reordered updates. Example: 1048213.
     *
     * @generated from field: uint64 sequence_number = 16;
     */
    sequenceNumber: bigint;
    /**
     * Required. When the venue or dealer produced the price, by its clock, in UTC.
     * Example: 2026-03-02T14:05:12.345Z.
     *
     * @generated from field: google.protobuf.Timestamp event_time = 17;
     */
    eventTime?: Timestamp | undefined;
    /**
     * Output only. When CQ received the price, by CQ's clock; receive_time - event_time is the feed
     * latency. Example: 2026-03-02T14:05:12.351Z.
     *
     * @generated from field: google.protobuf.Timestamp receive_time = 18;
     */
    receiveTime?: Timestamp | undefined;
    /**
     * Optional. Producer-specific annotations CQ does not normalise, keyed by the producer's own field
     * names, values raw: a venue's flags, or a simulator's regime and volatility for replay. Never
     * needed to read the price. Example: {"liquidity_regime": "thin", "sim_vol": "0.42"}.
     *
     * @generated from field: map<string, string> venue_attributes = 19;
     */
    venueAttributes: {
        [key: string]: string;
    };
};
/**
 * Describes the message cq.markets.v1.Price.
 * Use `create(PriceSchema)` to create a new message.
 */
export declare const PriceSchema: GenMessage<Price>;
/**
 * A full (or top-N) level-2 order book of one instrument on one venue: the quantity resting at each
 * price.
 *
 * @generated from message cq.markets.v1.OrderBook
 */
export type OrderBook = Message<"cq.markets.v1.OrderBook"> & {
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
     * Optional. The bid levels, best (highest price) first, one per price; empty when no bid rests.
     * Example: [{price: "64250.1", quantity: "1.25", order_count: 3}].
     *
     * @generated from field: repeated cq.markets.v1.OrderBookLevel bids = 3;
     */
    bids: OrderBookLevel[];
    /**
     * Optional. The ask levels, best (lowest price) first, one per price; empty when no ask rests.
     * Example: [{price: "64250.2", quantity: "0.8", order_count: 2}].
     *
     * @generated from field: repeated cq.markets.v1.OrderBookLevel asks = 4;
     */
    asks: OrderBookLevel[];
    /**
     * Output only. The maximum number of levels per side this book holds; a side has fewer when the book
     * is thinner. 0 means the full book. Example: 20.
     *
     * @generated from field: int64 depth = 5;
     */
    depth: bigint;
    /**
     * Output only. CQ's sequence number of the book state, per (instrument_id, venue_id). An
     * OrderBookDelta applies to this book only if its previous_sequence_number equals this value.
     * Example: 88123004.
     *
     * @generated from field: uint64 sequence_number = 6;
     */
    sequenceNumber: bigint;
    /**
     * Required. When the venue produced this book state, by its clock, in UTC.
     * Example: 2026-03-02T14:05:12.345Z.
     *
     * @generated from field: google.protobuf.Timestamp event_time = 7;
     */
    eventTime?: Timestamp | undefined;
    /**
     * Output only. When CQ received the update that produced this state. Example: 2026-03-02T14:05:12.349Z.
     *
     * @generated from field: google.protobuf.Timestamp receive_time = 8;
     */
    receiveTime?: Timestamp | undefined;
};
/**
 * Describes the message cq.markets.v1.OrderBook.
 * Use `create(OrderBookSchema)` to create a new message.
 */
export declare const OrderBookSchema: GenMessage<OrderBook>;
/**
 * The aggregate quantity resting at one price on one side of a book.
 *
 * @generated from message cq.markets.v1.OrderBookLevel
 */
export type OrderBookLevel = Message<"cq.markets.v1.OrderBookLevel"> & {
    /**
     * Required. The price of the level, in quote currency per unit. Example: "64250.1".
     *
     * @generated from field: cq.types.v1.Decimal price = 1;
     */
    price?: Decimal | undefined;
    /**
     * Required. The total quantity resting at the price, in instrument units; "0" only in a DELETE
     * change. Example: "1.25".
     *
     * @generated from field: cq.types.v1.Decimal quantity = 2;
     */
    quantity?: Decimal | undefined;
    /**
     * Optional. The number of orders making up the level; 0 when the venue does not publish it.
     * Example: 3.
     *
     * @generated from field: int64 order_count = 3;
     */
    orderCount: bigint;
};
/**
 * Describes the message cq.markets.v1.OrderBookLevel.
 * Use `create(OrderBookLevelSchema)` to create a new message.
 */
export declare const OrderBookLevelSchema: GenMessage<OrderBookLevel>;
/**
 * A change to an order book: the level changes of one venue update, in the order received, with the
 * sequence numbers a consumer needs to apply it safely.
 *
 * A consumer holding a book at sequence S applies a delta only when previous_sequence_number == S,
 * then sets S = sequence_number. A delta with previous_sequence_number > S means updates were lost:
 * the consumer discards its book and resyncs from a snapshot. A delta with sequence_number <= S is a
 * duplicate and is dropped. Sequence numbers are strictly increasing but not contiguous.
 *
 * @generated from message cq.markets.v1.OrderBookDelta
 */
export type OrderBookDelta = Message<"cq.markets.v1.OrderBookDelta"> & {
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
     * Optional. Changes to bid levels, applied in order. Example: [{action: ORDER_BOOK_ACTION_UPDATE,
     * level: {price: "64250.1", quantity: "1.4"}}].
     *
     * @generated from field: repeated cq.markets.v1.OrderBookLevelChange bids = 3;
     */
    bids: OrderBookLevelChange[];
    /**
     * Optional. Changes to ask levels, applied in order. Example: [{action: ORDER_BOOK_ACTION_DELETE,
     * level: {price: "64250.2", quantity: "0"}}].
     *
     * @generated from field: repeated cq.markets.v1.OrderBookLevelChange asks = 4;
     */
    asks: OrderBookLevelChange[];
    /**
     * Required. The book's sequence number after this delta is applied. Example: 88123005.
     *
     * @generated from field: uint64 sequence_number = 5;
     */
    sequenceNumber: bigint;
    /**
     * Required. The sequence number the book must have for this delta to apply: that of the previous
     * delta or of the snapshot. Example: 88123004.
     *
     * @generated from field: uint64 previous_sequence_number = 6;
     */
    previousSequenceNumber: bigint;
    /**
     * Required. True on the last delta of a venue update that CQ split into several deltas. Until it
     * arrives the book may be transiently crossed or partial, so consumers defer derived calculations
     * (mid, depth, signals) until then. Example: true.
     *
     * @generated from field: bool last_in_batch = 7;
     */
    lastInBatch: boolean;
    /**
     * Required. When the venue produced the update, by its clock, in UTC.
     * Example: 2026-03-02T14:05:12.412Z.
     *
     * @generated from field: google.protobuf.Timestamp event_time = 8;
     */
    eventTime?: Timestamp | undefined;
    /**
     * Output only. When CQ received the update. Example: 2026-03-02T14:05:12.415Z.
     *
     * @generated from field: google.protobuf.Timestamp receive_time = 9;
     */
    receiveTime?: Timestamp | undefined;
};
/**
 * Describes the message cq.markets.v1.OrderBookDelta.
 * Use `create(OrderBookDeltaSchema)` to create a new message.
 */
export declare const OrderBookDeltaSchema: GenMessage<OrderBookDelta>;
/**
 * One change to one price level.
 *
 * @generated from message cq.markets.v1.OrderBookLevelChange
 */
export type OrderBookLevelChange = Message<"cq.markets.v1.OrderBookLevelChange"> & {
    /**
     * Required. What happens to the level. Example: ORDER_BOOK_ACTION_UPDATE.
     *
     * @generated from field: cq.markets.v1.OrderBookAction action = 1;
     */
    action: OrderBookAction;
    /**
     * Required. The level's price and its new quantity and order count; for DELETE only the price is
     * read. Example: {price: "64250.1", quantity: "1.4", order_count: 4}.
     *
     * @generated from field: cq.markets.v1.OrderBookLevel level = 2;
     */
    level?: OrderBookLevel | undefined;
};
/**
 * Describes the message cq.markets.v1.OrderBookLevelChange.
 * Use `create(OrderBookLevelChangeSchema)` to create a new message.
 */
export declare const OrderBookLevelChangeSchema: GenMessage<OrderBookLevelChange>;
/**
 * A public trade (print) on a venue.
 *
 * @generated from message cq.markets.v1.Trade
 */
export type Trade = Message<"cq.markets.v1.Trade"> & {
    /**
     * Required. The venue's id of the trade, unique per (venue_id, instrument_id); with those it
     * de-duplicates trades. Example: "5283041197".
     *
     * @generated from field: string trade_id = 1;
     */
    tradeId: string;
    /**
     * Required. The CQ instrument id. Example: "cq:spot:ETH-USD".
     *
     * @generated from field: string instrument_id = 2;
     */
    instrumentId: string;
    /**
     * Required. The CQ venue id. Example: "kraken".
     *
     * @generated from field: string venue_id = 3;
     */
    venueId: string;
    /**
     * Required. The trade price, in quote currency per unit. Example: "3120.55".
     *
     * @generated from field: cq.types.v1.Decimal price = 4;
     */
    price?: Decimal | undefined;
    /**
     * Required. The traded quantity, in instrument units; always positive. Example: "0.42".
     *
     * @generated from field: cq.types.v1.Decimal quantity = 5;
     */
    quantity?: Decimal | undefined;
    /**
     * Optional. The side of the taker whose order crossed the spread: SIDE_BUY when a buyer lifted the
     * offer. Unset when the venue does not say (auction crosses, some OTC prints). Example: SIDE_SELL.
     *
     * @generated from field: cq.types.v1.Side aggressor_side = 6;
     */
    aggressorSide: Side;
    /**
     * Required. When the trade happened, by the venue's clock, in UTC.
     * Example: 2026-03-02T14:05:12.101Z.
     *
     * @generated from field: google.protobuf.Timestamp event_time = 7;
     */
    eventTime?: Timestamp | undefined;
    /**
     * Output only. When CQ received the trade. Example: 2026-03-02T14:05:12.130Z.
     *
     * @generated from field: google.protobuf.Timestamp receive_time = 8;
     */
    receiveTime?: Timestamp | undefined;
    /**
     * Optional. Venue-specific trade flags CQ does not normalise (order type of the taker, block or
     * liquidation markers), keyed by the venue's own field names, values raw.
     * Example: {"ord_type": "market", "misc": ""}.
     *
     * @generated from field: map<string, string> venue_attributes = 9;
     */
    venueAttributes: {
        [key: string]: string;
    };
};
/**
 * Describes the message cq.markets.v1.Trade.
 * Use `create(TradeSchema)` to create a new message.
 */
export declare const TradeSchema: GenMessage<Trade>;
/**
 * An OHLCV bar: the trades of one market over one interval.
 *
 * @generated from message cq.markets.v1.Candle
 */
export type Candle = Message<"cq.markets.v1.Candle"> & {
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
     * Required. The bar length. Example: CANDLE_INTERVAL_1_HOUR.
     *
     * @generated from field: cq.markets.v1.CandleInterval interval = 3;
     */
    interval: CandleInterval;
    /**
     * Required. The start of the bar, inclusive, aligned to the interval in UTC.
     * Example: 2026-03-02T14:00:00Z.
     *
     * @generated from field: google.protobuf.Timestamp open_time = 4;
     */
    openTime?: Timestamp | undefined;
    /**
     * Output only. The end of the bar, exclusive: open_time plus the interval (calendar-aware for
     * months). Example: 2026-03-02T15:00:00Z.
     *
     * @generated from field: google.protobuf.Timestamp close_time = 5;
     */
    closeTime?: Timestamp | undefined;
    /**
     * Required. The first trade price of the bar, in quote currency; the previous close when the bar
     * has no trades. Example: "64100".
     *
     * @generated from field: cq.types.v1.Decimal open_price = 6;
     */
    openPrice?: Decimal | undefined;
    /**
     * Required. The highest trade price of the bar. Example: "64480.5".
     *
     * @generated from field: cq.types.v1.Decimal high_price = 7;
     */
    highPrice?: Decimal | undefined;
    /**
     * Required. The lowest trade price of the bar. Example: "63990.1".
     *
     * @generated from field: cq.types.v1.Decimal low_price = 8;
     */
    lowPrice?: Decimal | undefined;
    /**
     * Required. The last trade price of the bar so far (final once closed is true). Example: "64250.1".
     *
     * @generated from field: cq.types.v1.Decimal close_price = 9;
     */
    closePrice?: Decimal | undefined;
    /**
     * Required. The traded quantity, in instrument units (base asset for spot). Example: "152.3321".
     *
     * @generated from field: cq.types.v1.Decimal volume = 10;
     */
    volume?: Decimal | undefined;
    /**
     * Optional. The traded value, sum of price times quantity (times the contract multiplier), in quote
     * currency. Unset when the venue does not provide it. Example: "9781203.55".
     *
     * @generated from field: cq.types.v1.Decimal quote_volume = 11;
     */
    quoteVolume?: Decimal | undefined;
    /**
     * Optional. The volume-weighted average trade price of the bar; unset when volume is zero or the
     * venue does not provide it. Example: "64221.8".
     *
     * @generated from field: cq.types.v1.Decimal vwap_price = 12;
     */
    vwapPrice?: Decimal | undefined;
    /**
     * Optional. The number of trades in the bar; 0 when there were none or the venue does not say.
     * Example: 4213.
     *
     * @generated from field: int64 trade_count = 13;
     */
    tradeCount: bigint;
    /**
     * Required. True once the interval has ended and the bar is final; false for the bar in progress,
     * whose fields keep changing. Example: true.
     *
     * @generated from field: bool closed = 14;
     */
    closed: boolean;
};
/**
 * Describes the message cq.markets.v1.Candle.
 * Use `create(CandleSchema)` to create a new message.
 */
export declare const CandleSchema: GenMessage<Candle>;
/**
 * The volume-weighted average price of one market's trades over a window.
 *
 * @generated from message cq.markets.v1.Vwap
 */
export type Vwap = Message<"cq.markets.v1.Vwap"> & {
    /**
     * Required. The CQ instrument id. Example: "cq:spot:BTC-USD".
     *
     * @generated from field: string instrument_id = 1;
     */
    instrumentId: string;
    /**
     * Required. The CQ venue id; VWAPs are per venue, never blended across venues. Example: "kraken".
     *
     * @generated from field: string venue_id = 2;
     */
    venueId: string;
    /**
     * Required. The window the trades were taken from, both ends set. Example: {start_time:
     * 2026-03-02T13:00:00Z, end_time: 2026-03-02T14:00:00Z}.
     *
     * @generated from field: cq.types.v1.TimeRange window = 3;
     */
    window?: TimeRange | undefined;
    /**
     * Optional. The VWAP, quote_volume / volume, in quote currency per unit; unset when volume is zero.
     * Example: "64188.42".
     *
     * @generated from field: cq.types.v1.Decimal price = 4;
     */
    price?: Decimal | undefined;
    /**
     * Required. The traded quantity in the window, in instrument units. Example: "152.3321".
     *
     * @generated from field: cq.types.v1.Decimal volume = 5;
     */
    volume?: Decimal | undefined;
    /**
     * Required. The traded value in the window, sum of price times quantity, in quote currency.
     * Example: "9777935.1".
     *
     * @generated from field: cq.types.v1.Decimal quote_volume = 6;
     */
    quoteVolume?: Decimal | undefined;
    /**
     * Required. The number of trades in the window. Example: 4213.
     *
     * @generated from field: int64 trade_count = 7;
     */
    tradeCount: bigint;
};
/**
 * Describes the message cq.markets.v1.Vwap.
 * Use `create(VwapSchema)` to create a new message.
 */
export declare const VwapSchema: GenMessage<Vwap>;
/**
 * How much quantity rests near the mid of one market's book, and how wide its spread is: the inputs
 * of liquidity gates and of order sizing.
 *
 * @generated from message cq.markets.v1.MarketDepth
 */
export type MarketDepth = Message<"cq.markets.v1.MarketDepth"> & {
    /**
     * Required. The CQ instrument id. Example: "cq:spot:SOL-USD".
     *
     * @generated from field: string instrument_id = 1;
     */
    instrumentId: string;
    /**
     * Required. The CQ venue id; depth is per venue, never aggregated. Example: "kraken".
     *
     * @generated from field: string venue_id = 2;
     */
    venueId: string;
    /**
     * Required. The best bid of the book used. Example: "142.31".
     *
     * @generated from field: cq.types.v1.Decimal best_bid_price = 3;
     */
    bestBidPrice?: Decimal | undefined;
    /**
     * Required. The best ask of the book used. Example: "142.35".
     *
     * @generated from field: cq.types.v1.Decimal best_ask_price = 4;
     */
    bestAskPrice?: Decimal | undefined;
    /**
     * Required. (best_bid_price + best_ask_price) / 2; the bands are measured from it.
     * Example: "142.33".
     *
     * @generated from field: cq.types.v1.Decimal mid_price = 5;
     */
    midPrice?: Decimal | undefined;
    /**
     * Required. best_ask_price - best_bid_price, in quote currency. Example: "0.04".
     *
     * @generated from field: cq.types.v1.Decimal spread = 6;
     */
    spread?: Decimal | undefined;
    /**
     * Required. The spread in basis points of mid_price, spread / mid_price * 10000. A double because it
     * is an analytics ratio; the exact prices are in the fields above. Example: 2.81.
     *
     * @generated from field: double spread_bps = 7;
     */
    spreadBps: number;
    /**
     * Required. The depth within each requested distance of mid, narrowest first.
     * Example: [{distance_percent: "2", bid_quantity: "812.5", ask_quantity: "790.1", ...}].
     *
     * @generated from field: repeated cq.markets.v1.DepthBand bands = 8;
     */
    bands: DepthBand[];
    /**
     * Required. The sequence number of the order book state measured. Example: 88123005.
     *
     * @generated from field: uint64 book_sequence_number = 9;
     */
    bookSequenceNumber: bigint;
    /**
     * Required. The event time of the order book state measured. Example: 2026-03-02T14:05:12.412Z.
     *
     * @generated from field: google.protobuf.Timestamp event_time = 10;
     */
    eventTime?: Timestamp | undefined;
};
/**
 * Describes the message cq.markets.v1.MarketDepth.
 * Use `create(MarketDepthSchema)` to create a new message.
 */
export declare const MarketDepthSchema: GenMessage<MarketDepth>;
/**
 * The quantity resting on each side of a book within a distance of the mid.
 *
 * @generated from message cq.markets.v1.DepthBand
 */
export type DepthBand = Message<"cq.markets.v1.DepthBand"> & {
    /**
     * Required. The distance from mid, in percent of mid_price: bids priced at or above
     * mid * (1 - d/100) and asks at or below mid * (1 + d/100) count. Example: "2" for +/-2%.
     *
     * @generated from field: cq.types.v1.Decimal distance_percent = 1;
     */
    distancePercent?: Decimal | undefined;
    /**
     * Required. The total bid quantity within the band, in instrument units. Example: "812.5".
     *
     * @generated from field: cq.types.v1.Decimal bid_quantity = 2;
     */
    bidQuantity?: Decimal | undefined;
    /**
     * Required. The total ask quantity within the band, in instrument units. Example: "790.1".
     *
     * @generated from field: cq.types.v1.Decimal ask_quantity = 3;
     */
    askQuantity?: Decimal | undefined;
    /**
     * Required. The value of bid_quantity at each level's price (times the contract multiplier for
     * derivatives), in the quote asset.
     * Example: {value: "115402.3", asset_id: "USD"}.
     *
     * @generated from field: cq.types.v1.Amount bid_notional = 4;
     */
    bidNotional?: Amount | undefined;
    /**
     * Required. The value of ask_quantity at each level's price (times the contract multiplier for
     * derivatives), in the quote asset.
     * Example: {value: "112541.9", asset_id: "USD"}.
     *
     * @generated from field: cq.types.v1.Amount ask_notional = 5;
     */
    askNotional?: Amount | undefined;
};
/**
 * Describes the message cq.markets.v1.DepthBand.
 * Use `create(DepthBandSchema)` to create a new message.
 */
export declare const DepthBandSchema: GenMessage<DepthBand>;
/**
 * Liquidity of one market on one venue: spread and depth, depth relative to traded volume, and what
 * it would cost to trade given sizes now. Used by entry gates and pre-trade sizing.
 *
 * @generated from message cq.markets.v1.LiquidityMetrics
 */
export type LiquidityMetrics = Message<"cq.markets.v1.LiquidityMetrics"> & {
    /**
     * Required. The CQ instrument id. Example: "cq:spot:SOL-USD".
     *
     * @generated from field: string instrument_id = 1;
     */
    instrumentId: string;
    /**
     * Required. The CQ venue id; every metric is per venue, never blended. Example: "kraken".
     *
     * @generated from field: string venue_id = 2;
     */
    venueId: string;
    /**
     * Required. The spread and depth bands of the book the metrics were computed from.
     * Example: {spread_bps: 2.81, bands: [{distance_percent: "2", ...}], ...}.
     *
     * @generated from field: cq.markets.v1.MarketDepth depth = 3;
     */
    depth?: MarketDepth | undefined;
    /**
     * Required. The trailing window volume and vadr are measured over. Example: 86400s.
     *
     * @generated from field: google.protobuf.Duration volume_window = 4;
     */
    volumeWindow?: Duration | undefined;
    /**
     * Required. The traded quantity over volume_window, in instrument units. Example: "1840233.7".
     *
     * @generated from field: cq.types.v1.Decimal volume = 5;
     */
    volume?: Decimal | undefined;
    /**
     * Required. The traded value over volume_window, in the quote asset.
     * Example: {value: "262011904.2", asset_id: "USD"}.
     *
     * @generated from field: cq.types.v1.Amount quote_volume = 6;
     */
    quoteVolume?: Amount | undefined;
    /**
     * Required. Volume-adjusted depth ratio (VADR), an analytics estimate: the two-sided notional depth
     * within +/-2% of mid (bid_notional + ask_notional of that band) divided by quote_volume. Higher
     * means the resting book absorbs more of the window's flow; 0 when quote_volume is zero.
     * Example: 0.00087.
     *
     * @generated from field: double vadr = 7;
     */
    vadr: number;
    /**
     * Optional. The cost of trading each requested size now against the visible book, one estimate
     * per size and side; empty when the request named no sizes. Example: [{side: SIDE_BUY, quantity:
     * "500", slippage_bps: 4.2, ...}].
     *
     * @generated from field: repeated cq.markets.v1.SlippageEstimate slippage_estimates = 8;
     */
    slippageEstimates: SlippageEstimate[];
    /**
     * Output only. When CQ computed the metrics. Example: 2026-03-02T14:05:12.500Z.
     *
     * @generated from field: google.protobuf.Timestamp compute_time = 9;
     */
    computeTime?: Timestamp | undefined;
};
/**
 * Describes the message cq.markets.v1.LiquidityMetrics.
 * Use `create(LiquidityMetricsSchema)` to create a new message.
 */
export declare const LiquidityMetricsSchema: GenMessage<LiquidityMetrics>;
/**
 * The estimated cost of executing one market order of a given size against the visible book now,
 * ignoring hidden liquidity, queue changes and the trader's own impact on later prices.
 *
 * @generated from message cq.markets.v1.SlippageEstimate
 */
export type SlippageEstimate = Message<"cq.markets.v1.SlippageEstimate"> & {
    /**
     * Required. The direction of the hypothetical order: SIDE_BUY walks the asks, SIDE_SELL the bids.
     * Example: SIDE_BUY.
     *
     * @generated from field: cq.types.v1.Side side = 1;
     */
    side: Side;
    /**
     * Required. The size of the hypothetical order, in instrument units. Example: "500".
     *
     * @generated from field: cq.types.v1.Decimal quantity = 2;
     */
    quantity?: Decimal | undefined;
    /**
     * Required. The part of quantity the visible book can fill; less than quantity when the book is too
     * thin. Example: "500".
     *
     * @generated from field: cq.types.v1.Decimal filled_quantity = 3;
     */
    filledQuantity?: Decimal | undefined;
    /**
     * Optional. The average fill price of filled_quantity, in quote currency; unset when nothing fills.
     * Example: "142.39".
     *
     * @generated from field: cq.types.v1.Decimal average_price = 4;
     */
    averagePrice?: Decimal | undefined;
    /**
     * Optional. The price of the last level the order would reach, a natural limit price for it; unset
     * when nothing fills. Example: "142.47".
     *
     * @generated from field: cq.types.v1.Decimal worst_price = 5;
     */
    worstPrice?: Decimal | undefined;
    /**
     * Required. The estimated cost against mid_price in basis points, |average_price - mid| / mid *
     * 10000. A double because it is an estimate. Example: 4.22.
     *
     * @generated from field: double slippage_bps = 6;
     */
    slippageBps: number;
};
/**
 * Describes the message cq.markets.v1.SlippageEstimate.
 * Use `create(SlippageEstimateSchema)` to create a new message.
 */
export declare const SlippageEstimateSchema: GenMessage<SlippageEstimate>;
/**
 * Derivatives metrics of one perpetual or dated future on one venue at one instant: mark and index
 * price, funding, open interest and basis. Per venue, never blended across venues.
 *
 * Rates (funding, basis) are exact decimal fractions, not percent: "0.0001" is 0.01% (one basis
 * point). Annualised figures scale linearly (no compounding) to a 365-day year.
 *
 * @generated from message cq.markets.v1.DerivativesMetrics
 */
export type DerivativesMetrics = Message<"cq.markets.v1.DerivativesMetrics"> & {
    /**
     * Required. The CQ instrument id of the perpetual or future. Example: "cq:perp:BTC-USD".
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
     * Required. The venue's mark price, used for margin and unrealised PnL, in quote currency per unit.
     * Example: "64251.03".
     *
     * @generated from field: cq.types.v1.Decimal mark_price = 3;
     */
    markPrice?: Decimal | undefined;
    /**
     * Optional. The venue's index price of the underlier (its reference spot price), in quote currency
     * per unit; unset when the venue publishes none. Example: "64248.77".
     *
     * @generated from field: cq.types.v1.Decimal index_price = 4;
     */
    indexPrice?: Decimal | undefined;
    /**
     * Optional. For perpetuals, the funding rate that applies at next_funding_time, as the venue
     * currently predicts it, per funding interval: positive means longs pay shorts. Unset for dated
     * futures. Example: "0.0001".
     *
     * @generated from field: cq.types.v1.Decimal funding_rate = 5;
     */
    fundingRate?: Decimal | undefined;
    /**
     * Optional. For perpetuals, the rate settled at the last funding time, per funding interval.
     * Unset for dated futures and before the first settlement. Example: "0.000085".
     *
     * @generated from field: cq.types.v1.Decimal last_funding_rate = 6;
     */
    lastFundingRate?: Decimal | undefined;
    /**
     * Optional. For perpetuals, funding_rate times the number of funding intervals in 365 days.
     * Example: "0.1095" for "0.0001" every 8 hours.
     *
     * @generated from field: cq.types.v1.Decimal annualized_funding_rate = 7;
     */
    annualizedFundingRate?: Decimal | undefined;
    /**
     * Optional. For perpetuals, the time between two funding settlements. Example: 28800s.
     *
     * @generated from field: google.protobuf.Duration funding_interval = 8;
     */
    fundingInterval?: Duration | undefined;
    /**
     * Optional. For perpetuals, when funding is next settled, in UTC. Example: 2026-03-02T16:00:00Z.
     *
     * @generated from field: google.protobuf.Timestamp next_funding_time = 9;
     */
    nextFundingTime?: Timestamp | undefined;
    /**
     * Required. The open interest: the contracts open on the venue, counted once (one side), in the
     * instrument's quantity unit on this venue. Example: "81234.5".
     *
     * @generated from field: cq.types.v1.Decimal open_interest = 10;
     */
    openInterest?: Decimal | undefined;
    /**
     * Optional. open_interest valued at mark_price times the contract multiplier, in the quote (or, for
     * inverse contracts, the settlement) asset. Example: {value: "5219400123.5", asset_id: "USD"}.
     *
     * @generated from field: cq.types.v1.Amount open_interest_notional = 11;
     */
    openInterestNotional?: Amount | undefined;
    /**
     * Optional. mark_price minus index_price, in quote currency per unit; positive in contango. Unset
     * without an index price. Example: "2.26".
     *
     * @generated from field: cq.types.v1.Decimal basis = 12;
     */
    basis?: Decimal | undefined;
    /**
     * Optional. basis divided by index_price, the relative basis (CryptoRun's "(futures - spot) /
     * spot"). Example: "0.0000352".
     *
     * @generated from field: cq.types.v1.Decimal basis_rate = 13;
     */
    basisRate?: Decimal | undefined;
    /**
     * Optional. For dated futures, basis_rate scaled to a year by the time left to expiry (times 365
     * days over the time to expire_time). Unset for perpetuals, whose annual carry is
     * annualized_funding_rate. Example: "0.0654".
     *
     * @generated from field: cq.types.v1.Decimal annualized_basis_rate = 14;
     */
    annualizedBasisRate?: Decimal | undefined;
    /**
     * Required. When the venue produced the figures, by its clock, in UTC.
     * Example: 2026-03-02T14:05:12.345Z.
     *
     * @generated from field: google.protobuf.Timestamp event_time = 15;
     */
    eventTime?: Timestamp | undefined;
    /**
     * Output only. When CQ received them, by CQ's clock. Example: 2026-03-02T14:05:12.351Z.
     *
     * @generated from field: google.protobuf.Timestamp receive_time = 16;
     */
    receiveTime?: Timestamp | undefined;
};
/**
 * Describes the message cq.markets.v1.DerivativesMetrics.
 * Use `create(DerivativesMetricsSchema)` to create a new message.
 */
export declare const DerivativesMetricsSchema: GenMessage<DerivativesMetrics>;
/**
 * The trading phase of a market. A closed set: each value changes which orders a venue accepts.
 *
 * @generated from enum cq.markets.v1.MarketStatus
 */
export declare enum MarketStatus {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: MARKET_STATUS_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * Before the open: orders may be entered or cancelled but nothing matches (pre-open or auction
     * call).
     *
     * @generated from enum value: MARKET_STATUS_PRE_OPEN = 1;
     */
    PRE_OPEN = 1,
    /**
     * Continuous trading: orders match.
     *
     * @generated from enum value: MARKET_STATUS_TRADING = 2;
     */
    TRADING = 2,
    /**
     * Only post-only (maker) limit orders are accepted; a venue state used after maintenance.
     *
     * @generated from enum value: MARKET_STATUS_POST_ONLY = 3;
     */
    POST_ONLY = 3,
    /**
     * Only cancels are accepted; new orders are rejected.
     *
     * @generated from enum value: MARKET_STATUS_CANCEL_ONLY = 4;
     */
    CANCEL_ONLY = 4,
    /**
     * Trading suspended by the venue or a regulator; resting orders stay but nothing matches.
     *
     * @generated from enum value: MARKET_STATUS_HALTED = 5;
     */
    HALTED = 5,
    /**
     * Outside trading hours, or the market is delisted.
     *
     * @generated from enum value: MARKET_STATUS_CLOSED = 6;
     */
    CLOSED = 6
}
/**
 * Describes the enum cq.markets.v1.MarketStatus.
 */
export declare const MarketStatusSchema: GenEnum<MarketStatus>;
/**
 * What a change does to a price level.
 *
 * @generated from enum cq.markets.v1.OrderBookAction
 */
export declare enum OrderBookAction {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: ORDER_BOOK_ACTION_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * A new price level appears (also a level entering a depth-limited view).
     *
     * @generated from enum value: ORDER_BOOK_ACTION_ADD = 1;
     */
    ADD = 1,
    /**
     * The quantity or order count of an existing level changes.
     *
     * @generated from enum value: ORDER_BOOK_ACTION_UPDATE = 2;
     */
    UPDATE = 2,
    /**
     * The level disappears (also a level leaving a depth-limited view).
     *
     * @generated from enum value: ORDER_BOOK_ACTION_DELETE = 3;
     */
    DELETE = 3
}
/**
 * Describes the enum cq.markets.v1.OrderBookAction.
 */
export declare const OrderBookActionSchema: GenEnum<OrderBookAction>;
/**
 * The length of a candle. Bars are aligned in UTC: days start at 00:00, weeks on Monday, months on
 * the first day.
 *
 * @generated from enum cq.markets.v1.CandleInterval
 */
export declare enum CandleInterval {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: CANDLE_INTERVAL_UNSPECIFIED = 0;
     */
    CANDLE_INTERVAL_UNSPECIFIED = 0,
    /**
     * One second.
     *
     * @generated from enum value: CANDLE_INTERVAL_1_SECOND = 1;
     */
    CANDLE_INTERVAL_1_SECOND = 1,
    /**
     * One minute.
     *
     * @generated from enum value: CANDLE_INTERVAL_1_MINUTE = 2;
     */
    CANDLE_INTERVAL_1_MINUTE = 2,
    /**
     * Three minutes.
     *
     * @generated from enum value: CANDLE_INTERVAL_3_MINUTES = 3;
     */
    CANDLE_INTERVAL_3_MINUTES = 3,
    /**
     * Five minutes.
     *
     * @generated from enum value: CANDLE_INTERVAL_5_MINUTES = 4;
     */
    CANDLE_INTERVAL_5_MINUTES = 4,
    /**
     * Fifteen minutes.
     *
     * @generated from enum value: CANDLE_INTERVAL_15_MINUTES = 5;
     */
    CANDLE_INTERVAL_15_MINUTES = 5,
    /**
     * Thirty minutes.
     *
     * @generated from enum value: CANDLE_INTERVAL_30_MINUTES = 6;
     */
    CANDLE_INTERVAL_30_MINUTES = 6,
    /**
     * One hour.
     *
     * @generated from enum value: CANDLE_INTERVAL_1_HOUR = 7;
     */
    CANDLE_INTERVAL_1_HOUR = 7,
    /**
     * Two hours.
     *
     * @generated from enum value: CANDLE_INTERVAL_2_HOURS = 8;
     */
    CANDLE_INTERVAL_2_HOURS = 8,
    /**
     * Four hours.
     *
     * @generated from enum value: CANDLE_INTERVAL_4_HOURS = 9;
     */
    CANDLE_INTERVAL_4_HOURS = 9,
    /**
     * Six hours.
     *
     * @generated from enum value: CANDLE_INTERVAL_6_HOURS = 10;
     */
    CANDLE_INTERVAL_6_HOURS = 10,
    /**
     * Eight hours, the usual perpetual funding period.
     *
     * @generated from enum value: CANDLE_INTERVAL_8_HOURS = 11;
     */
    CANDLE_INTERVAL_8_HOURS = 11,
    /**
     * Twelve hours.
     *
     * @generated from enum value: CANDLE_INTERVAL_12_HOURS = 12;
     */
    CANDLE_INTERVAL_12_HOURS = 12,
    /**
     * One UTC day.
     *
     * @generated from enum value: CANDLE_INTERVAL_1_DAY = 13;
     */
    CANDLE_INTERVAL_1_DAY = 13,
    /**
     * Three UTC days.
     *
     * @generated from enum value: CANDLE_INTERVAL_3_DAYS = 14;
     */
    CANDLE_INTERVAL_3_DAYS = 14,
    /**
     * One week, Monday 00:00 UTC to the next Monday.
     *
     * @generated from enum value: CANDLE_INTERVAL_1_WEEK = 15;
     */
    CANDLE_INTERVAL_1_WEEK = 15,
    /**
     * One calendar month in UTC; 28 to 31 days long.
     *
     * @generated from enum value: CANDLE_INTERVAL_1_MONTH = 16;
     */
    CANDLE_INTERVAL_1_MONTH = 16
}
/**
 * Describes the enum cq.markets.v1.CandleInterval.
 */
export declare const CandleIntervalSchema: GenEnum<CandleInterval>;
