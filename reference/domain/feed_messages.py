"""Contract messages built from a market's integer history rows, and the row layouts themselves.

Rows hold prices in ticks and quantities in lots; here they become exact Decimals in the contract's
normal form, so what is published equals what is listed later for the same instant.

The event payloads are ``LazyPayload``s (``EventPayloads``): most market events are never read, so each
is built only when its envelope is, from the row and whatever market state it reads, taken when the
event happens.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, cast

from cq.decimals import format_decimal
from cq.events.v1 import events_pb2
from cq.markets.v1 import resources_pb2 as mpb
from cq.types.v1 import decimal_pb2, side_pb2
from reference.bus import LazyPayload
from reference.clock import NANOS_PER_SECOND, to_timestamp
from reference.domain import book as books
from reference.domain.book import quotient
from reference.domain.pricing import YEAR_NANOS
from reference.domain.series import Bar
from reference.domain.universe_instruments import DEALER_IDS
from reference.domain.views import BookOverlay, OrderLevel

if TYPE_CHECKING:
    from reference.domain.feed import Market

QUOTE_TTL = 5 * NANOS_PER_SECOND  # how long a dealer quote stays firm
FUNDING_EXPONENT = -8  # funding rates are kept to 1e-8, as venues publish them
RATIO_EXPONENT = -10  # basis and annualised rates
NO_DEALER = -1

# Price rows: time, sequence, dealer index (NO_DEALER for a book), bid, ask, bid lots, ask lots,
# last trade price, last trade lots (prices in ticks; 0 when absent).
P_TIME, P_SEQ, P_DEALER, P_BID, P_ASK, P_BID_LOTS, P_ASK_LOTS, P_LAST, P_LAST_LOTS = range(9)
# Trade rows: time, id (negative for prints of orders matched on the venue), price, lots, aggressor side.
T_TIME, T_ID, T_PRICE, T_LOTS, T_SIDE = range(5)
# Metric rows: time, mark, index, funding rate, open interest lots, last funding rate, its settlement time.
M_TIME, M_MARK, M_INDEX, M_FUNDING, M_OPEN_INTEREST, M_LAST_FUNDING, M_LAST_FUNDING_TIME = range(7)

Row = tuple[int, ...]


def _set(field: decimal_pb2.Decimal, value: Decimal) -> None:
    field.value = format_decimal(value)


def dealer_id(index: int) -> str:
    return DEALER_IDS[index]


def quote_id(market: Market, dealer: int, sequence: int, lots: int | None = None) -> str:
    sized = f"_{lots}" if lots is not None else ""
    return f"q_{market.quote_prefix}_{DEALER_IDS[dealer]}_{sequence}{sized}"


def trade_id(raw: int) -> str:
    return str(raw) if raw >= 0 else f"p{-raw}"


def price(market: Market, row: Row) -> mpb.Price:
    """The price of ``row`` with the market's status and derivatives metrics as they are now."""
    return _price(market, row, market.status, market.last_metrics)


def _price(market: Market, row: Row, status: mpb.MarketStatus.ValueType, metrics_row: Row | None) -> mpb.Price:
    message = mpb.Price(instrument_id=market.instrument_id, venue_id=market.venue_id,
                        sequence_number=row[P_SEQ], market_status=status)
    bid, ask = row[P_BID], row[P_ASK]
    if bid > 0:
        message.bid_price.value = market.price_text(bid)
        message.bid_size.value = market.quantity_text(row[P_BID_LOTS])
    if ask > 0:
        message.ask_price.value = market.price_text(ask)
        message.ask_size.value = market.quantity_text(row[P_ASK_LOTS])
    if bid > 0 and ask > 0:
        message.mid_price.value = market.mid_text(bid, ask)
    if row[P_LAST] > 0:
        message.last_price.value = market.price_text(row[P_LAST])
        message.last_size.value = market.quantity_text(row[P_LAST_LOTS])
    if row[P_DEALER] != NO_DEALER:
        message.dealer_id = dealer_id(row[P_DEALER])
        message.quote_id = quote_id(market, row[P_DEALER], row[P_SEQ])
        message.expire_time.CopyFrom(to_timestamp(row[P_TIME] + QUOTE_TTL))
    if market.derivative and metrics_row is not None:
        message.mark_price.value = market.price_text(metrics_row[M_MARK])
        message.index_price.value = market.price_text(metrics_row[M_INDEX])
    message.event_time.CopyFrom(to_timestamp(row[P_TIME]))
    message.receive_time.CopyFrom(message.event_time)
    return message


def _price_updated(market: Market, row: Row, status: mpb.MarketStatus.ValueType,
                   metrics_row: Row | None) -> events_pb2.PriceUpdated:
    return events_pb2.PriceUpdated(price=_price(market, row, status, metrics_row))


def trade(market: Market, row: Row) -> mpb.Trade:
    message = mpb.Trade(trade_id=trade_id(row[T_ID]), instrument_id=market.instrument_id,
                        venue_id=market.venue_id, aggressor_side=cast("side_pb2.Side.ValueType", row[T_SIDE]))
    message.price.value = market.price_text(row[T_PRICE])
    message.quantity.value = market.quantity_text(row[T_LOTS])
    message.event_time.CopyFrom(to_timestamp(row[T_TIME]))
    message.receive_time.CopyFrom(message.event_time)
    if row[T_ID] < 0:
        message.venue_attributes["origin"] = "matched_order"
    return message


def _trade_printed(market: Market, row: Row) -> events_pb2.TradePrinted:
    return events_pb2.TradePrinted(trade=trade(market, row))


def candle(market: Market, bar: Bar, interval: mpb.CandleInterval.ValueType) -> mpb.Candle:
    message = mpb.Candle(instrument_id=market.instrument_id, venue_id=market.venue_id, interval=interval,
                         trade_count=bar.count, closed=bar.closed)
    message.open_time.CopyFrom(to_timestamp(bar.open_time))
    message.close_time.CopyFrom(to_timestamp(bar.close_time))
    for field, ticks in ((message.open_price, bar.open), (message.high_price, bar.high),
                         (message.low_price, bar.low), (message.close_price, bar.close)):
        _set(field, market.price_of(ticks))
    _set(message.volume, market.quantity_of(bar.lots))
    quote_volume = Decimal(bar.quote) * market.tick_size * market.lot_size
    _set(message.quote_volume, quote_volume * market.multiplier)
    if bar.lots:
        _set(message.vwap_price, vwap(market, bar.quote, bar.lots))
    return message


def vwap(market: Market, quote_ticks_lots: int, lots: int) -> Decimal:
    """quote / volume in price units, four digits finer than the tick (exact when it divides)."""
    exponent = market.tick_size.as_tuple().exponent
    digits = exponent if isinstance(exponent, int) else 0
    return quotient(Decimal(quote_ticks_lots) * market.tick_size, Decimal(lots), digits - 4)


def _candle_closed(market: Market, minute: Row) -> events_pb2.CandleUpdated:
    opening, open_, high, low, close, lots, quote, count = minute
    bar = Bar(opening, opening + 60 * NANOS_PER_SECOND, open_, high, low, close, lots, quote, count, True)
    return events_pb2.CandleUpdated(candle=candle(market, bar, mpb.CANDLE_INTERVAL_1_MINUTE))


def metrics(market: Market, row: Row) -> mpb.DerivativesMetrics:
    message = mpb.DerivativesMetrics(instrument_id=market.instrument_id, venue_id=market.venue_id)
    mark, index = market.price_of(row[M_MARK]), market.price_of(row[M_INDEX])
    _set(message.mark_price, mark)
    _set(message.index_price, index)
    open_interest = market.quantity_of(row[M_OPEN_INTEREST])
    _set(message.open_interest, open_interest)
    if market.inverse:  # contracts worth the multiplier in quote currency, valued in the settle asset
        notional = quotient(open_interest * market.multiplier, mark, -8)
    else:
        notional = open_interest * mark * market.multiplier
    message.open_interest_notional.asset_id = market.settle_asset_id if market.inverse else market.quote_asset_id
    _set(message.open_interest_notional.value, notional)
    basis = mark - index
    _set(message.basis, basis)
    basis_rate = quotient(basis, index, RATIO_EXPONENT)
    _set(message.basis_rate, basis_rate)
    instant = row[M_TIME]
    if market.perpetual is not None:
        funding = Decimal(row[M_FUNDING]).scaleb(FUNDING_EXPONENT)
        interval = market.perpetual.funding_interval.ToNanoseconds()
        _set(message.funding_rate, funding)
        _set(message.annualized_funding_rate, quotient(funding * YEAR_NANOS, Decimal(interval), RATIO_EXPONENT))
        message.funding_interval.CopyFrom(market.perpetual.funding_interval)
        message.next_funding_time.CopyFrom(to_timestamp((instant // interval + 1) * interval))
        if row[M_LAST_FUNDING_TIME]:
            _set(message.last_funding_rate, Decimal(row[M_LAST_FUNDING]).scaleb(FUNDING_EXPONENT))
    elif market.model.expire > instant:
        years = Decimal(market.model.expire - instant) / YEAR_NANOS
        _set(message.annualized_basis_rate, quotient(basis_rate, years, RATIO_EXPONENT))
    message.event_time.CopyFrom(to_timestamp(instant))
    message.receive_time.CopyFrom(message.event_time)
    return message


def _metrics_updated(market: Market, row: Row) -> events_pb2.DerivativesMetricsUpdated:
    return events_pb2.DerivativesMetricsUpdated(derivatives_metrics=metrics(market, row))


def book_sequence(market: Market, overlay: BookOverlay | None = None) -> int:
    """The published book's sequence number: one per tick, plus one per change of the users' orders in
    it (sim venue), so that it moves with every change of the book and only then."""
    return market.top.tick + 1 + (overlay.revision if overlay is not None else 0)


def book_time(market: Market, overlay: BookOverlay | None = None) -> int:
    """When the published book took its state: the latest tick, or a later change of the users' orders."""
    return max(market.top.time, overlay.time) if overlay is not None else market.top.time


def book_levels(market: Market, depth: int, overlay: BookOverlay) -> tuple[list[OrderLevel], list[OrderLevel]]:
    """Up to ``depth`` published levels a side: the market's own with the users' orders (book.overlaid)."""
    bids, asks = market.raw_book(books.overlay_depth(depth, overlay))
    return books.overlaid(bids, asks, market.tick_size, market.lot_size, overlay, depth)


def order_book(market: Market, depth: int, overlay: BookOverlay | None = None) -> mpb.OrderBook:
    """The published book of up to ``depth`` levels a side; ``overlay``: the users' orders on it (sim)."""
    message = mpb.OrderBook(instrument_id=market.instrument_id, venue_id=market.venue_id, depth=depth,
                            sequence_number=book_sequence(market, overlay))
    if overlay is not None and overlay.changes_levels:
        for merged, side in zip(book_levels(market, depth, overlay), (message.bids, message.asks), strict=True):
            for published in merged:
                level = side.add(order_count=published.orders)
                level.price.value = format_decimal(published.price)
                level.quantity.value = format_decimal(published.quantity)
    else:  # the venue's own levels, in integer units (the hot path of book streams)
        bids, asks = market.raw_book(depth)
        for levels, side in ((bids, message.bids), (asks, message.asks)):
            for ticks, lots, count in levels:
                level = side.add(order_count=count)
                level.price.value = market.price_text(ticks)
                level.quantity.value = market.quantity_text(lots)
    message.event_time.CopyFrom(to_timestamp(book_time(market, overlay)))
    message.receive_time.CopyFrom(message.event_time)
    return message


class EventPayloads:
    """A market's event payloads, built only if read.

    The builders are bound to the market once, so an event keeps just plain arguments (ints and tuples
    of ints): once a retained event has survived a collection, the cyclic garbage collector no longer
    tracks them, and a retained event costs it one object, as an envelope did.
    """

    def __init__(self, market: Market) -> None:
        self._market = market
        self._price: Callable[[Row, mpb.MarketStatus.ValueType, Row | None], events_pb2.PriceUpdated] = (
            functools.partial(_price_updated, market))
        self._trade: Callable[[Row], events_pb2.TradePrinted] = functools.partial(_trade_printed, market)
        self._candle: Callable[[Row], events_pb2.CandleUpdated] = functools.partial(_candle_closed, market)
        self._metrics: Callable[[Row], events_pb2.DerivativesMetricsUpdated] = (
            functools.partial(_metrics_updated, market))

    def price_updated(self, row: Row) -> LazyPayload[events_pb2.PriceUpdated, Row, mpb.MarketStatus.ValueType,
                                                     Row | None]:
        # The status and the latest metrics change with later ticks: taken now, as they are at this one.
        market = self._market
        return LazyPayload(events_pb2.PriceUpdated, self._price, (row, market.status, market.last_metrics))

    def trade_printed(self, row: Row) -> LazyPayload[events_pb2.TradePrinted, Row]:
        return LazyPayload(events_pb2.TradePrinted, self._trade, (row,))

    def candle_closed(self, minute: Row) -> LazyPayload[events_pb2.CandleUpdated, Row]:
        return LazyPayload(events_pb2.CandleUpdated, self._candle, (minute,))

    def metrics_updated(self, row: Row) -> LazyPayload[events_pb2.DerivativesMetricsUpdated, Row]:
        return LazyPayload(events_pb2.DerivativesMetricsUpdated, self._metrics, (row,))
