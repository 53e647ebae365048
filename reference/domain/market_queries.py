"""What MarketDataService reads from one market: latest price, books, history and analytics.

Functions of a Market and the current instant, returning contract messages; paging cursors are sort
keys of the last item returned, so a page never repeats or skips an item even while the market ticks.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from decimal import Decimal
from typing import cast

import grpc

from cq.decimals import format_decimal
from cq.markets.v1 import resources_pb2 as mpb
from cq.types.v1 import side_pb2
from reference.clock import to_timestamp
from reference.domain import book as books
from reference.domain import feed_messages as messages
from reference.domain.feed import Market
from reference.domain.feed_messages import M_TIME, P_DEALER, P_TIME, T_ID, T_LOTS, T_PRICE, T_TIME
from reference.domain.paging import Cursor
from reference.domain.series import (
    MINUTE,
    Element,
    build_candles,
    first_open_at_or_after,
    following,
    trade_elements,
)
from reference.domain.universe_instruments import DEALER_IDS
from reference.domain.views import BookOverlay, Level
from reference.errors import DomainError, not_found

DEFAULT_BANDS = (Decimal("0.5"), Decimal(1), Decimal(2))
VADR_BAND = Decimal(2)


def latest_dealer_rows(market: Market) -> list[tuple[int, ...]]:
    """The latest quote row of each dealer (they all quote on every tick of the market)."""
    rows = market.prices
    return [rows.row(len(rows) - market.dealers + d) for d in range(market.dealers)] if len(rows) >= market.dealers else []


def latest_price(market: Market, dealer_id: str, now: int) -> tuple[mpb.Price, list[mpb.Price]]:
    """The contract's GetLatestPrice: a book's top, one dealer's quote, or the best bid and ask across
    the live dealer quotes plus each of them, best bid first."""
    if not market.dealers:
        if dealer_id:
            raise not_found("dealer_quote", dealer_id)
        if not len(market.prices):  # listed but not trading yet (pre-open): the contract's NOT_FOUND
            raise DomainError(grpc.StatusCode.NOT_FOUND, "PRICE_NOT_FOUND",
                              f"no price has been received for {market.instrument_id} on {market.venue_id}",
                              {"instrument_id": market.instrument_id, "venue_id": market.venue_id})
        return messages.price(market, market.prices.row(-1)), []
    quotes = [messages.price(market, row) for row in latest_dealer_rows(market)]
    if dealer_id:
        chosen = [q for q in quotes if q.dealer_id == dealer_id]
        if not chosen:
            raise not_found("dealer_quote", dealer_id)
        return chosen[0], []
    live = [q for q in quotes if q.expire_time.ToNanoseconds() > now]
    live.sort(key=lambda q: (-Decimal(q.bid_price.value or "0"), q.dealer_id))
    composite = mpb.Price(instrument_id=market.instrument_id, venue_id=market.venue_id,
                          sequence_number=market.top.tick + 1, market_status=market.status)
    bids = [q for q in live if q.HasField("bid_price")]
    asks = sorted((q for q in live if q.HasField("ask_price")), key=lambda q: Decimal(q.ask_price.value))
    # The best price on each side with every dealer's size at it, as the composite book shows it.
    for side, best, price_of, size_of in ((bids, composite.bid_price, "bid_price", "bid_size"),
                                          (asks, composite.ask_price, "ask_price", "ask_size")):
        if side:
            best.CopyFrom(getattr(side[0], price_of))
            size = sum((Decimal(getattr(q, size_of).value) for q in side if getattr(q, price_of) == best), Decimal(0))
            getattr(composite, size_of).value = format_decimal(size)
    if bids and asks:
        mid = (Decimal(bids[0].bid_price.value) + Decimal(asks[0].ask_price.value)) / 2
        composite.mid_price.value = format_decimal(mid)
    if market.last is not None:
        composite.last_price.value = format_decimal(market.price_of(market.last[1]))
        composite.last_size.value = format_decimal(market.quantity_of(market.last[2]))
    composite.event_time.CopyFrom(to_timestamp(market.top.time))
    composite.receive_time.CopyFrom(composite.event_time)
    return composite, live


def dealer_quotes(market: Market, side: int, lots: int | None, now: int) -> list[mpb.Price]:
    """Live quotes, best first for ``side``. With a size, each dealer able to take it re-quotes for
    that size, wider by half the square root of the size in standard clips (a size-dependent spread)."""
    if not market.dealers:
        raise DomainError(grpc.StatusCode.FAILED_PRECONDITION, "NOT_DEALER_QUOTED",
                          f"{market.instrument_id} trades on an order book on {market.venue_id}: use GetOrderBook",
                          {"instrument": market.instrument_id, "venue": market.venue_id})
    quotes = []
    for row in latest_dealer_rows(market):
        if row[P_TIME] + messages.QUOTE_TTL <= now:
            continue
        if lots is None:
            quotes.append(messages.price(market, row))
            continue
        if lots > 10 * market.standard_lots:
            continue  # beyond what this dealer makes firm
        mid, half = (row[3] + row[4]) / 2, (row[4] - row[3]) / 2 * (1 + 0.5 * math.sqrt(lots / market.standard_lots))
        sized = (row[0], row[1], row[2], max(math.floor(mid - half), 0), math.ceil(mid + half), lots, lots, 0, 0)
        quote = messages.price(market, sized)
        quote.quote_id = messages.quote_id(market, row[P_DEALER], row[1], lots)
        quotes.append(quote)
    if side == side_pb2.SIDE_BUY:
        return sorted((q for q in quotes if q.HasField("ask_price")),
                      key=lambda q: (Decimal(q.ask_price.value), q.dealer_id))
    if side == side_pb2.SIDE_SELL:
        return sorted((q for q in quotes if q.HasField("bid_price")),
                      key=lambda q: (-Decimal(q.bid_price.value), q.dealer_id))
    return sorted(quotes, key=lambda q: q.dealer_id)


def _levels(market: Market, overlay: BookOverlay | None) -> tuple[tuple[Level, ...], tuple[Level, ...]]:
    """The whole published book (with the users' orders of ``overlay``), as plain levels."""
    depth = market.sim.depth.levels
    if overlay is not None and overlay.changes_levels:
        bids, asks = messages.book_levels(market, depth + len(overlay.bids) + len(overlay.asks), overlay)
        return (tuple(Level(lv.price, lv.quantity) for lv in bids), tuple(Level(lv.price, lv.quantity) for lv in asks))
    raw_bids, raw_asks = market.raw_book(depth)
    return (books.to_levels(raw_bids, market.tick_size, market.lot_size),
            books.to_levels(raw_asks, market.tick_size, market.lot_size))


def market_depth(market: Market, percents: Sequence[Decimal], overlay: BookOverlay | None = None) -> mpb.MarketDepth:
    """Depth bands of the published book; ``overlay``: the users' orders on it (sim venue)."""
    bids, asks = _levels(market, overlay)
    if not bids or not asks:
        raise DomainError(grpc.StatusCode.FAILED_PRECONDITION, "BOOK_SIDE_EMPTY",
                          f"one side of the {market.instrument_id} book on {market.venue_id} is empty: no mid",
                          {"instrument": market.instrument_id, "venue": market.venue_id})
    best_bid, best_ask = bids[0].price, asks[0].price
    mid, spread = (best_bid + best_ask) / 2, best_ask - best_bid
    depth = mpb.MarketDepth(instrument_id=market.instrument_id, venue_id=market.venue_id,
                            spread_bps=float(spread / mid * 10_000),
                            book_sequence_number=messages.book_sequence(market, overlay))
    for field, value in ((depth.best_bid_price, best_bid), (depth.best_ask_price, best_ask),
                         (depth.mid_price, mid), (depth.spread, spread)):
        field.value = format_decimal(value)
    for band in books.depth_bands(bids, asks, mid, market.multiplier, percents or DEFAULT_BANDS):
        added = depth.bands.add()
        added.distance_percent.value = format_decimal(band.percent)
        added.bid_quantity.value = format_decimal(band.bid_quantity)
        added.ask_quantity.value = format_decimal(band.ask_quantity)
        added.bid_notional.value.value = format_decimal(band.bid_notional)
        added.ask_notional.value.value = format_decimal(band.ask_notional)
        added.bid_notional.asset_id = added.ask_notional.asset_id = market.quote_asset_id
    depth.event_time.CopyFrom(to_timestamp(messages.book_time(market, overlay)))
    return depth


def traded(market: Market, start: int, end: int) -> tuple[int, int, int]:
    """(lots, sum of price ticks * lots, trade count) in [start, end): trades where they are kept,
    whole one-minute candles before that."""
    trades, lots, quote, count = market.trades, 0, 0, 0
    boundary = start
    if trades.evicted and len(trades) and start < trades.columns[T_TIME][0]:
        boundary = -(-trades.columns[T_TIME][0] // MINUTE) * MINUTE
        minutes = market.minutes
        for index in range(minutes.index_at(-(-start // MINUTE) * MINUTE), minutes.index_at(boundary)):
            row = minutes.row(index)
            lots, quote, count = lots + row[5], quote + row[6], count + row[7]
    for index in range(trades.index_at(boundary), trades.index_at(end)):
        price, size = trades.columns[T_PRICE][index], trades.columns[T_LOTS][index]
        lots, quote, count = lots + size, quote + price * size, count + 1
    return lots, quote, count


def vwap(market: Market, start: int, end: int) -> mpb.Vwap:
    """The VWAP of the trades in [start, end); quote_volume is price times quantity (no multiplier),
    so that price = quote_volume / volume holds exactly as the contract states."""
    market.trades.check_kept(start, "trade")
    lots, quote, count = traded(market, start, end)
    result = mpb.Vwap(instrument_id=market.instrument_id, venue_id=market.venue_id, trade_count=count)
    result.window.start_time.CopyFrom(to_timestamp(start))
    result.window.end_time.CopyFrom(to_timestamp(end))
    result.volume.value = format_decimal(market.quantity_of(lots))
    result.quote_volume.value = format_decimal(Decimal(quote) * market.tick_size * market.lot_size)
    if lots:
        result.price.value = format_decimal(messages.vwap(market, quote, lots))
    return result


def liquidity(market: Market, percents: Sequence[Decimal], window: int, sizes: Sequence[Decimal],
              now: int, overlay: BookOverlay | None = None) -> mpb.LiquidityMetrics:
    depth = market_depth(market, sorted({*(percents or DEFAULT_BANDS), VADR_BAND}), overlay)
    lots, quote, _ = traded(market, now - window, now + 1)
    quote_volume = Decimal(quote) * market.tick_size * market.lot_size * market.multiplier
    result = mpb.LiquidityMetrics(instrument_id=market.instrument_id, venue_id=market.venue_id)
    result.depth.CopyFrom(depth)
    result.volume_window.FromNanoseconds(window)
    result.volume.value = format_decimal(market.quantity_of(lots))
    result.quote_volume.value.value = format_decimal(quote_volume)
    result.quote_volume.asset_id = market.quote_asset_id
    band = next(b for b in depth.bands if Decimal(b.distance_percent.value) == VADR_BAND)
    resting = Decimal(band.bid_notional.value.value) + Decimal(band.ask_notional.value.value)
    result.vadr = float(resting / quote_volume) if quote_volume else 0.0
    bids, asks = _levels(market, overlay)
    mid = Decimal(depth.mid_price.value)
    exponent = market.tick_size.as_tuple().exponent
    places = (exponent if isinstance(exponent, int) else 0) - 4
    for size in sizes:
        for side, levels in ((side_pb2.SIDE_BUY, asks), (side_pb2.SIDE_SELL, bids)):
            estimate = books.slippage(levels, size, mid, places)
            added = result.slippage_estimates.add(side=side, slippage_bps=estimate.bps)
            added.quantity.value = format_decimal(estimate.quantity)
            added.filled_quantity.value = format_decimal(estimate.filled)
            if estimate.average is not None and estimate.worst is not None:
                added.average_price.value = format_decimal(estimate.average)
                added.worst_price.value = format_decimal(estimate.worst)
    result.compute_time.CopyFrom(to_timestamp(now))
    return result


def candles(market: Market, interval: mpb.CandleInterval.ValueType, start: int, end: int, now: int, after: int | None,
            limit: int) -> tuple[list[mpb.Candle], bool]:
    """Candles opening in [start, end): one-second ones from trades, longer ones from one-minute
    candles (exact: OHLCV of OHLCV), gaps filled with the previous close."""
    if after is not None:
        start = max(start, following(after, interval))
    first_open = first_open_at_or_after(start, interval)
    elements: list[Element]
    if interval == mpb.CANDLE_INTERVAL_1_SECOND:
        trades = market.trades
        begin, finish = trades.index_at(first_open), trades.index_at(end)
        cols = trades.columns
        elements = trade_elements(cols[T_TIME][begin:finish], cols[T_PRICE][begin:finish], cols[T_LOTS][begin:finish])
        prior = cols[T_PRICE][begin - 1] if begin > 0 else None
    else:
        minutes = market.minutes
        begin, finish = minutes.index_at(first_open), minutes.index_at(end)
        elements = [cast(Element, minutes.row(i)) for i in range(begin, finish)]
        if market.minute is not None and first_open <= market.minute[0] < end:
            elements.append(cast(Element, tuple(market.minute)))
        prior = minutes.columns[4][begin - 1] if begin > 0 else None
    bars = build_candles(elements, prior, start, end, interval, now, limit + 1)
    return [messages.candle(market, bar, interval) for bar in bars[:limit]], len(bars) > limit


def trades(market: Market, start: int, end: int, after: Cursor | None, limit: int) -> tuple[list[mpb.Trade], bool]:
    """Trades in [start, end) in tape order (event time, then trade id); cursor [time, raw id]."""
    tape = market.trades
    tape.check_kept(start, "trade")
    index = tape.index_at(start)
    if after is not None:
        index = max(index, tape.index_at(int(after[0])))
        while index < len(tape) and tape.columns[T_TIME][index] == after[0]:
            index += 1
            if tape.columns[T_ID][index - 1] == after[1]:
                break
    rows: list[tuple[int, ...]] = []
    while index < len(tape) and tape.columns[T_TIME][index] < end and len(rows) <= limit:
        rows.append(tape.row(index))
        index += 1
    return [messages.trade(market, row) for row in rows[:limit]], len(rows) > limit


def trade_cursor(trade: mpb.Trade) -> Cursor:
    raw = -int(trade.trade_id[1:]) if trade.trade_id.startswith("p") else int(trade.trade_id)
    return [trade.event_time.ToNanoseconds(), raw]


def prices(market: Market, start: int, end: int, dealer: str, after: Cursor | None,
           limit: int) -> tuple[list[mpb.Price], bool]:
    """Price updates in [start, end) by event time then sequence (and dealer); cursor [time, dealer index]."""
    history = market.prices
    history.check_kept(start, "price")
    dealer_index = DEALER_IDS.index(dealer) if dealer in DEALER_IDS[:market.dealers] else None
    if dealer and dealer_index is None:
        return [], False
    index = history.index_at(start)
    if after is not None:
        index = max(index, history.index_at(int(after[0])))
        while (index < len(history) and history.columns[P_TIME][index] == after[0]
               and history.columns[P_DEALER][index] <= int(after[1])):
            index += 1
    rows: list[tuple[int, ...]] = []
    while index < len(history) and history.columns[P_TIME][index] < end and len(rows) <= limit:
        if dealer_index is None or history.columns[P_DEALER][index] == dealer_index:
            rows.append(history.row(index))
        index += 1
    return [messages.price(market, row) for row in rows[:limit]], len(rows) > limit


def price_cursor(price: mpb.Price) -> Cursor:
    dealer = DEALER_IDS.index(price.dealer_id) if price.dealer_id else messages.NO_DEALER
    return [price.event_time.ToNanoseconds(), dealer]


def price_rows_after(market: Market, instant: int) -> list[tuple[int, ...]]:
    """Price rows with event time after ``instant``, for streams."""
    history = market.prices
    first = bisect.bisect_right(history.columns[P_TIME], instant)
    return [history.row(i) for i in range(first, len(history))]


def latest_metrics(market: Market) -> mpb.DerivativesMetrics:
    if not len(market.metrics):
        raise not_found("derivatives_metrics", f"{market.instrument_id}@{market.venue_id}")
    return messages.metrics(market, market.metrics.row(-1))


def metrics_history(market: Market, interval: mpb.CandleInterval.ValueType, start: int, end: int, now: int, after: int | None,
                    limit: int) -> tuple[list[tuple[int, mpb.DerivativesMetrics]], bool]:
    """(interval close, sample) for each interval closing in [start, end): the latest metrics at or
    before the close, so a series never looks ahead; intervals before the first metrics get none."""
    history = market.metrics
    history.check_kept(start, "derivatives metrics")
    if not len(history):
        return [], False
    close = first_open_at_or_after(start if after is None else max(start, after + 1), interval)
    close = max(close, first_open_at_or_after(history.columns[M_TIME][0], interval))
    samples: list[tuple[int, mpb.DerivativesMetrics]] = []
    while close < end and close <= now and len(samples) <= limit:
        index = bisect.bisect_right(history.columns[M_TIME], close) - 1
        samples.append((close, messages.metrics(market, history.row(index))))
        close = following(close, interval)
    return samples[:limit], len(samples) > limit
