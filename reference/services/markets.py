"""MarketDataService on the market simulation.

Unary handlers run under the platform lock with the market already advanced to now (the interceptor
and platform see to it). Streams run outside the lock: each iteration lets the stream's interval of
virtual time pass, then briefly takes the lock to advance the market and collect what changed, and
yields outside it, so a slow reader never blocks the platform.

Books of the sim venue are published with the users' resting orders in them (MarketSimulator.overlay):
GetOrderBook, StreamOrderBook, GetMarketDepth and GetLiquidityMetrics all read the same sum.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from typing import Any, Protocol

import grpc
import grpc.aio
from google.protobuf import duration_pb2

from cq.decimals import to_decimal
from cq.markets.v1 import resources_pb2 as mpb
from cq.markets.v1 import service_pb2 as pb
from cq.markets.v1 import service_pb2_grpc
from cq.types.v1 import decimal_pb2, time_range_pb2
from reference import auth
from reference.clock import NANOS_PER_MILLI, NANOS_PER_SECOND, Clock
from reference.domain import feed_messages as messages
from reference.domain import market_queries as queries
from reference.domain import paging
from reference.domain.book import level_changes
from reference.domain.catalogue import Catalogue
from reference.domain.feed import Market
from reference.domain.market import MarketSimulator, require_derivative
from reference.domain.universe import VENUES
from reference.errors import DomainError, FieldViolation, InvalidRequest, not_found

Context = grpc.aio.ServicerContext[Any, Any]
HOUR = 3600 * NANOS_PER_SECOND
DEFAULT_HISTORY_PAGE = 500
DEFAULT_QUOTE_PAGE = 100
MAX_BOOK_DEPTH = 1000
MAX_STREAMS_PER_CALLER = 64
# A venue resyncing its book (here: every this many deltas) sends a fresh snapshot to subscribers.
RESYNC_EVERY = 3000
# A realtime price stream wakes no more often than this: over many markets ticking out of phase, one
# wake-up per tick would cost more than the few milliseconds of latency it saves.
MIN_REALTIME_WAIT = 10 * NANOS_PER_MILLI
_KNOWN_VENUES = frozenset(v.venue_id for v in VENUES)


class MarketsPlatform(Protocol):
    @property
    def catalogue(self) -> Catalogue: ...

    @property
    def market(self) -> MarketSimulator: ...

    @property
    def clock(self) -> Clock: ...

    @property
    def lock(self) -> asyncio.Lock: ...

    # Brings the simulation to the clock's now, as before every unary call: market ticks, then the users'
    # orders they expire, trigger or fill (Platform.sync).
    def sync(self) -> None: ...


def _decimals(values: Sequence[decimal_pb2.Decimal], field: str) -> list[Decimal]:
    """Request decimals as Decimals; a value the grammar allows but no Decimal can hold is INVALID_ARGUMENT."""
    result = []
    for index, value in enumerate(values):
        try:
            result.append(to_decimal(value))
        except ValueError as error:
            raise InvalidRequest([FieldViolation(f"{field}[{index}]", "decimal.range", str(error))]) from None
    return result


def _range(window: time_range_pb2.TimeRange, now: int) -> tuple[int, int]:
    """[start, end) of a TimeRange; an unset end means up to now, now included."""
    end = window.end_time.ToNanoseconds() if window.HasField("end_time") else now + 1
    return window.start_time.ToNanoseconds(), end


def _interval(duration: duration_pb2.Duration, default: int) -> int:
    nanos = duration.ToNanoseconds()
    return nanos if nanos > 0 else default


class MarketDataServicer(service_pb2_grpc.MarketDataServiceServicer):
    def __init__(self, platform: MarketsPlatform) -> None:
        self._platform = platform
        self._open_streams: dict[str, int] = {}

    @property
    def _sim(self) -> MarketSimulator:
        return self._platform.market

    def _now(self) -> int:
        return self._platform.clock.now()

    def _market(self, instrument_id: str, venue_id: str) -> Market:
        # The platform advances the market before each call; doing it here too (it is idempotent) keeps
        # the servicer correct however it is wired.
        self._sim.advance_to(self._now())
        return self._sim.market(instrument_id, venue_id)

    # ------------------------------------------------------------------------------ unary

    async def GetLatestPrice(self, request: pb.GetLatestPriceRequest, context: Context) -> pb.GetLatestPriceResponse:
        market = self._market(request.instrument_id, request.venue_id)
        price, quotes = queries.latest_price(market, request.dealer_id, self._now())
        return pb.GetLatestPriceResponse(price=price, dealer_quotes=quotes)

    async def GetOrderBook(self, request: pb.GetOrderBookRequest, context: Context) -> pb.GetOrderBookResponse:
        market = self._market(request.instrument_id, request.venue_id)
        depth = min(request.depth or 20, MAX_BOOK_DEPTH)
        return pb.GetOrderBookResponse(order_book=messages.order_book(market, depth, self._sim.overlay(market)))

    async def ListCandles(self, request: pb.ListCandlesRequest, context: Context) -> pb.ListCandlesResponse:
        market = self._market(request.instrument_id, request.venue_id)
        now = self._now()
        start, end = _range(request.time_range, now)
        after = paging.decode(request.page_token, request, now)
        page, more = queries.candles(market, request.interval, start, end, now, int(after[0]) if after else None,
                                     request.page_size or DEFAULT_HISTORY_PAGE)
        token = paging.respond(page, more, lambda c: [c.open_time.ToNanoseconds()], request, now)
        return pb.ListCandlesResponse(candles=page, next_page_token=token)

    async def ListTrades(self, request: pb.ListTradesRequest, context: Context) -> pb.ListTradesResponse:
        market = self._market(request.instrument_id, request.venue_id)
        now = self._now()
        start, end = _range(request.time_range, now) if request.HasField("time_range") else (now - HOUR, now + 1)
        page, more = queries.trades(market, start, end, paging.decode(request.page_token, request, now),
                                    request.page_size or DEFAULT_HISTORY_PAGE)
        token = paging.respond(page, more, queries.trade_cursor, request, now)
        return pb.ListTradesResponse(trades=page, next_page_token=token)

    async def GetVwap(self, request: pb.GetVwapRequest, context: Context) -> pb.GetVwapResponse:
        market = self._market(request.instrument_id, request.venue_id)
        now = self._now()
        if request.WhichOneof("window") == "lookback":
            start, end = now - request.lookback.ToNanoseconds(), now
        else:
            window = request.time_range
            start = window.start_time.ToNanoseconds()
            end = window.end_time.ToNanoseconds() if window.HasField("end_time") else now
            if end <= start:  # an unset end ("now") before the start leaves an empty window
                raise InvalidRequest([FieldViolation("time_range", "get_vwap_request.time_range_not_empty",
                                                     "the window ends before it starts")])
        return pb.GetVwapResponse(vwap=queries.vwap(market, start, end))

    async def GetMarketDepth(self, request: pb.GetMarketDepthRequest, context: Context) -> pb.GetMarketDepthResponse:
        market = self._market(request.instrument_id, request.venue_id)
        bands = _decimals(request.band_percents, "band_percents")
        return pb.GetMarketDepthResponse(market_depth=queries.market_depth(market, bands, self._sim.overlay(market)))

    async def GetLiquidityMetrics(self, request: pb.GetLiquidityMetricsRequest,
                                  context: Context) -> pb.GetLiquidityMetricsResponse:
        market = self._market(request.instrument_id, request.venue_id)
        bands = _decimals(request.band_percents, "band_percents")
        sizes = _decimals(request.slippage_quantities, "slippage_quantities")
        window = _interval(request.volume_window, 24 * HOUR)
        metrics = queries.liquidity(market, bands, window, sizes, self._now(), self._sim.overlay(market))
        return pb.GetLiquidityMetricsResponse(liquidity_metrics=metrics)

    async def ListPrices(self, request: pb.ListPricesRequest, context: Context) -> pb.ListPricesResponse:
        market = self._market(request.instrument_id, request.venue_id)
        now = self._now()
        start, end = _range(request.time_range, now)
        page, more = queries.prices(market, start, end, request.dealer_id,
                                    paging.decode(request.page_token, request, now),
                                    request.page_size or DEFAULT_HISTORY_PAGE)
        token = paging.respond(page, more, queries.price_cursor, request, now)
        return pb.ListPricesResponse(prices=page, next_page_token=token)

    async def ListDealerQuotes(self, request: pb.ListDealerQuotesRequest,
                               context: Context) -> pb.ListDealerQuotesResponse:
        market = self._market(request.instrument_id, request.venue_id)
        now = self._now()
        lots = None
        if request.HasField("quantity"):
            quantity = _decimals([request.quantity], "quantity")[0]
            lots = max(1, math.ceil(quantity / market.lot_size))
        quotes = queries.dealer_quotes(market, request.side, lots, now)
        after = paging.decode(request.page_token, request, now)
        offset = int(after[0]) if after else 0
        size = request.page_size or DEFAULT_QUOTE_PAGE
        page = quotes[offset:offset + size]
        for quote in page:  # a size-specific quote must be findable when an order refers to it
            if lots is not None:
                self._sim.register_quote(quote)
        more = offset + size < len(quotes)
        token = paging.encode([offset + size], request, now) if more else ""
        return pb.ListDealerQuotesResponse(dealer_quotes=page, next_page_token=token)

    async def GetDerivativesMetrics(self, request: pb.GetDerivativesMetricsRequest,
                                    context: Context) -> pb.GetDerivativesMetricsResponse:
        market = self._market(request.instrument_id, request.venue_id)
        require_derivative(market)
        return pb.GetDerivativesMetricsResponse(derivatives_metrics=queries.latest_metrics(market))

    async def ListDerivativesMetrics(self, request: pb.ListDerivativesMetricsRequest,
                                     context: Context) -> pb.ListDerivativesMetricsResponse:
        market = self._market(request.instrument_id, request.venue_id)
        require_derivative(market)
        now = self._now()
        start, end = _range(request.time_range, now)
        after = paging.decode(request.page_token, request, now)
        samples, more = queries.metrics_history(market, request.interval, start, end, now,
                                                int(after[0]) if after else None,
                                                request.page_size or DEFAULT_HISTORY_PAGE)
        token = paging.respond(samples, more, lambda s: [s[0]], request, now)
        return pb.ListDerivativesMetricsResponse(derivatives_metrics=[s[1] for s in samples], next_page_token=token)

    # ---------------------------------------------------------------------------- streams

    @contextmanager
    def _stream_slot(self) -> Iterator[None]:
        """RESOURCE_EXHAUSTED beyond a caller's quota of concurrently open streams."""
        owner = auth.current().owner
        if self._open_streams.get(owner, 0) >= MAX_STREAMS_PER_CALLER:
            raise DomainError(grpc.StatusCode.RESOURCE_EXHAUSTED, "TOO_MANY_STREAMS",
                              f"at most {MAX_STREAMS_PER_CALLER} open streams per caller", {"owner": owner})
        self._open_streams[owner] = self._open_streams.get(owner, 0) + 1
        try:
            yield
        finally:
            self._open_streams[owner] -= 1

    def _stream_markets(self, instrument_ids: Sequence[str], venue_ids: Sequence[str],
                        derivatives: bool) -> list[Market]:
        for venue_id in venue_ids:
            if venue_id not in _KNOWN_VENUES:
                raise not_found("venue", venue_id)
        markets = []
        for instrument_id in instrument_ids:
            self._platform.catalogue.instrument(instrument_id)
            found = self._sim.markets_of(instrument_id, venue_ids)
            if not found:
                raise not_found("market", f"{instrument_id}@{','.join(venue_ids) or '*'}")
            if derivatives:
                for market in found:
                    require_derivative(market)
            markets.extend(found)
        return markets

    def _until_next_tick(self, markets: Sequence[Market], longest: int) -> int:
        """How long a price stream waits before it looks again: on a clock that follows the wall, until
        the next tick of its markets is due (at least MIN_REALTIME_WAIT, at most ``longest``), so that a
        tick is sent as soon as it happens rather than up to a period later; in stepped time, ``longest``
        (waiting is instant there, and a fixed step keeps its batches as they were)."""
        if not self._platform.clock.follows_wall_time:
            return longest
        due = [m.origin + m.next_tick * m.period for m in markets if m.status == mpb.MARKET_STATUS_TRADING]
        if not due:
            return longest
        return int(min(longest, max(min(due) - self._now(), MIN_REALTIME_WAIT)))

    async def StreamPrices(self, request: pb.StreamPricesRequest,
                           context: Context) -> AsyncIterator[pb.StreamPricesResponse]:
        with self._stream_slot():
            async with self._platform.lock:
                self._sim.advance_to(self._now())
                markets = self._stream_markets(request.instrument_ids, request.venue_ids, derivatives=False)
                opening = [row for m in markets for row in _latest_rows(m)]
                sent = {m.key: m.prices.columns[0][-1] for m in markets if len(m.prices)}
                batch = [messages.price(m, row) for m, row in opening]
            conflation = request.conflation_interval.ToNanoseconds()
            interval = max(conflation, min(m.period for m in markets))
            while True:
                for price in batch:
                    yield pb.StreamPricesResponse(price=price)
                await self._platform.clock.sleep(interval if conflation else self._until_next_tick(markets, interval))
                async with self._platform.lock:
                    self._sim.advance_to(self._now())
                    batch = []
                    for market in markets:
                        rows = queries.price_rows_after(market, sent.get(market.key, -1))
                        if rows:
                            sent[market.key] = rows[-1][0]
                        if conflation:  # only the newest update of each market (and dealer)
                            rows = list({row[messages.P_DEALER]: row for row in rows}.values())
                        batch.extend(messages.price(market, row) for row in rows)
                    batch.sort(key=lambda p: p.event_time.ToNanoseconds())

    async def StreamOrderBook(self, request: pb.StreamOrderBookRequest,
                              context: Context) -> AsyncIterator[pb.StreamOrderBookResponse]:
        """A snapshot, then one delta per wake-up (every tick of the market) whenever the published book's
        sequence number moved: a tick, or on the sim venue a change of the users' orders in it (an order
        placed, filled, replaced or canceled since shows in the next delta). Each delta chains on the
        message before it, whatever numbers the changes in between used."""
        with self._stream_slot():
            depth = min(request.depth or 20, MAX_BOOK_DEPTH)
            async with self._platform.lock:
                market = self._market(request.instrument_id, request.venue_id)  # advanced to now
                book = messages.order_book(market, depth, self._sim.overlay(market))
            status, deltas = market.status, 0
            response = pb.StreamOrderBookResponse(snapshot=book)
            while True:
                if response.WhichOneof("update") is not None:
                    yield response
                await self._platform.clock.sleep(market.period)
                async with self._platform.lock:
                    # What every call does before it runs (the interceptor's step): resting orders the new
                    # ticks crossed fill first, so the book never shows a user order the venue has met.
                    self._platform.sync()
                    response = pb.StreamOrderBookResponse()
                    overlay = self._sim.overlay(market)
                    if messages.book_sequence(market, overlay) == book.sequence_number:
                        continue  # no new tick (halted or closed) and no change of users' orders: nothing to send
                    current = messages.order_book(market, depth, overlay)
                    deltas += 1
                    if market.status != status or deltas % RESYNC_EVERY == 0:
                        response.snapshot.CopyFrom(current)
                    else:
                        delta = response.delta
                        delta.instrument_id, delta.venue_id = market.instrument_id, market.venue_id
                        delta.bids.extend(level_changes(book.bids, current.bids))
                        delta.asks.extend(level_changes(book.asks, current.asks))
                        delta.sequence_number, delta.previous_sequence_number = current.sequence_number, book.sequence_number
                        delta.last_in_batch = True
                        delta.event_time.CopyFrom(current.event_time)
                        delta.receive_time.CopyFrom(current.receive_time)
                    book, status = current, market.status

    async def StreamDerivativesMetrics(self, request: pb.StreamDerivativesMetricsRequest,
                                       context: Context) -> AsyncIterator[pb.StreamDerivativesMetricsResponse]:
        with self._stream_slot():
            async with self._platform.lock:
                self._sim.advance_to(self._now())
                markets = self._stream_markets(request.instrument_ids, request.venue_ids, derivatives=True)
                batch = [messages.metrics(m, m.metrics.row(-1)) for m in markets if len(m.metrics)]
                sent = {m.key: m.metrics.columns[0][-1] for m in markets if len(m.metrics)}
            conflation = request.conflation_interval.ToNanoseconds()
            interval = max(conflation, NANOS_PER_SECOND)  # metrics are sampled once a second
            while True:
                for metrics in batch:
                    yield pb.StreamDerivativesMetricsResponse(derivatives_metrics=metrics)
                await self._platform.clock.sleep(interval)
                async with self._platform.lock:
                    self._sim.advance_to(self._now())
                    batch = []
                    for market in markets:
                        history = market.metrics
                        first = history.index_at(sent.get(market.key, -1) + 1)
                        indices = range(first, len(history))
                        if conflation and indices:
                            indices = range(len(history) - 1, len(history))
                        batch.extend(messages.metrics(market, history.row(i)) for i in indices)
                        if len(history):
                            sent[market.key] = history.columns[0][-1]
                    batch.sort(key=lambda d: d.event_time.ToNanoseconds())


def _latest_rows(market: Market) -> list[tuple[Market, tuple[int, ...]]]:
    """The opening message(s) of a market on StreamPrices: its top, or each dealer's latest quote."""
    if market.dealers:
        return [(market, row) for row in queries.latest_dealer_rows(market)]
    return [(market, market.prices.row(-1))] if len(market.prices) else []

