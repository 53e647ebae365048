"""The market simulation: factor paths, one Market per (instrument, venue) listing, and time.

``advance_to`` runs every market's ticks up to an instant in chunks of one second: first the
factors, then each market reads them at its own tick times, then the chunk's events are published in
time order. A market's state after tick k depends only on (seed, instrument, venue, k) and the
factors, so stepping the clock by a day or by a millisecond at a time gives the same path.

A market ticks at its instrument's cadence (SimSpec.cadence_hz), which the serve config's [cadence]
table may override per instrument. The books it publishes for the sim venue include the users'
resting orders, read from trading through ``attach_user_orders``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from decimal import Decimal

import grpc

from cq.assets.v1 import instruments_pb2 as ipb
from cq.events.v1 import events_pb2
from cq.markets.v1 import resources_pb2 as mpb
from cq.types.v1 import side_pb2
from reference.bus import EventBus, Payload
from reference.clock import NANOS_PER_SECOND, Clock
from reference.domain import book as books
from reference.domain import feed_messages as messages
from reference.domain import pricing
from reference.domain.catalogue import Catalogue
from reference.domain.feed import Event, Market
from reference.domain.series import DAY, align
from reference.domain.universe import SIM_VENUE, VENUES
from reference.domain.universe_instruments import FACTORS, INSTRUMENTS
from reference.domain.views import BookOverlay, BookView, OverlaySource
from reference.errors import DomainError, not_found

CHUNK = NANOS_PER_SECOND
MAX_DAILY_MARKS = 1000
_SIMS = {spec.instrument_id: spec.sim for spec in INSTRUMENTS}
_VENUES = {venue.venue_id: venue for venue in VENUES}
_STATUS: dict[ipb.InstrumentStatus.ValueType, mpb.MarketStatus.ValueType] = {
    ipb.INSTRUMENT_STATUS_ACTIVE: mpb.MARKET_STATUS_TRADING,
    ipb.INSTRUMENT_STATUS_PENDING: mpb.MARKET_STATUS_PRE_OPEN,
    ipb.INSTRUMENT_STATUS_SUSPENDED: mpb.MARKET_STATUS_HALTED,
    ipb.INSTRUMENT_STATUS_EXPIRED: mpb.MARKET_STATUS_CLOSED,
    ipb.INSTRUMENT_STATUS_DELISTED: mpb.MARKET_STATUS_CLOSED,
}


def _market_key(instrument_id: str, venue_id: str) -> str:
    return f"{instrument_id}@{venue_id}"


class MarketSimulator:
    """MarketView for trading and risk, and the state MarketDataService reads."""

    def __init__(self, catalogue: Catalogue, seed: int, clock: Clock, bus: EventBus,
                 cadence: Mapping[str, float] | None = None) -> None:
        """``cadence``: ticks per second of some instruments, instead of their SimSpec's (or 1 Hz)."""
        self.catalogue, self.seed, self.clock, self.bus = catalogue, seed, clock, bus
        self._cadence = dict(cadence or {})
        self._user_orders: OverlaySource | None = None
        self.start = self.now = clock.now()
        self._factors = {spec.factor_id: pricing.FactorPath(spec, seed, self.start) for spec in FACTORS}
        self._models: dict[str, pricing.InstrumentModel] = {}
        self._markets: dict[tuple[str, str], Market] = {}
        self._by_prefix: dict[str, Market] = {}
        self._halts: dict[str, str] = {}
        self._sized_quotes: dict[str, mpb.Price] = {}
        self._daily: dict[str, list[float]] = {}
        self._catalogue_version = -1
        self._sync()
        self._process(self.start)  # tick 0 of every market: prices exist from the first call on

    # --------------------------------------------------------------------------------- time

    def advance_to(self, nanos: int) -> None:
        """Run the simulation up to ``nanos`` (idempotent; never goes back)."""
        self._sync()
        while self.now < nanos:
            chunk_end = min(nanos, self.now + CHUNK)
            self._process(chunk_end)
            self.now = chunk_end

    def _factor(self, factor_id: str, instant: int) -> float:
        return self._factors[factor_id].at(instant) if factor_id else 1.0

    def _process(self, until: int) -> None:
        for factor in self._factors.values():
            factor.advance(until)
        events: list[tuple[int, int, Market, Event]] = []
        for order, market in enumerate(self._markets.values()):
            last = market.tick_at(until)
            expire = market.model.expire if market.model.kind in (pricing.Kind.FUTURE, pricing.Kind.OPTION) else 0
            if expire:
                last = min(last, market.tick_at(expire - 1))
            if market.status == mpb.MARKET_STATUS_TRADING:
                for tick in range(market.next_tick, last + 1):
                    events.extend((event[0], order, market, event) for event in market.step(tick, self._factor))
            market.next_tick = max(market.next_tick, last + 1)
            if expire and until >= expire and market.status != mpb.MARKET_STATUS_CLOSED:
                self._set_status(market, mpb.MARKET_STATUS_CLOSED, "expired", expire)
        events.sort(key=lambda e: (e[0], e[1]))  # stable: a market's events keep their order
        for _, _, market, (instant, payload) in events:
            self._publish(market, payload, instant)
        for factor in self._factors.values():
            factor.forget_before(self.now)

    def _publish(self, market: Market, payload: Payload, instant: int) -> None:
        self.bus.publish(market.source, payload, partition_key=market.instrument_id,
                         subject=market.instrument_id, event_time=instant)

    # ------------------------------------------------------------------------ catalogue sync

    def _sync(self) -> None:
        """Create the models, factors and markets of instruments and listings new to the catalogue, and
        follow status changes; a market created now starts ticking at the simulation's current time."""
        if self.catalogue.version == self._catalogue_version:
            return
        self._catalogue_version = self.catalogue.version
        instruments = self.catalogue.instruments()
        # Options on futures need their future's model first.
        for instrument in sorted(instruments, key=lambda i: i.type == ipb.INSTRUMENT_TYPE_OPTION):
            model = self._models.get(instrument.instrument_id) or self._build_model(instrument)
            for listing in instrument.listings:
                venue = _VENUES.get(listing.venue_symbol.venue_id)
                key = (instrument.instrument_id, listing.venue_symbol.venue_id)
                if venue is not None and key not in self._markets:
                    market = Market(instrument, venue, model, self.seed, self.now, model.fair(self._factor, self.now))
                    market.status = self._status_of(instrument, listing)
                    self._markets[key] = market
                    self._by_prefix[market.quote_prefix] = market
                elif key in self._markets:
                    self._set_status(self._markets[key], self._status_of(instrument, listing), "", self.now)

    def _build_model(self, instrument: ipb.Instrument) -> pricing.InstrumentModel:
        sim = _SIMS.get(instrument.instrument_id) or pricing.default_sim(instrument)
        if instrument.instrument_id in self._cadence:
            sim = dataclasses.replace(sim, cadence_hz=self._cadence[instrument.instrument_id])
        model = pricing.build_model(instrument, sim, frozenset(self._factors), self._models)
        for factor_id in (model.price_factor, model.premium_factor):
            if factor_id and factor_id not in self._factors:
                spec = pricing.default_factor(model, factor_id, sim.cadence_hz)
                self._factors[factor_id] = pricing.FactorPath(spec, self.seed, self.now)
        self._models[instrument.instrument_id] = model
        return model

    def _status_of(self, instrument: ipb.Instrument, listing: ipb.InstrumentListing) -> mpb.MarketStatus.ValueType:
        model = self._models.get(instrument.instrument_id)
        if model is not None and model.kind in (pricing.Kind.FUTURE, pricing.Kind.OPTION) and model.expire <= self.now:
            return mpb.MARKET_STATUS_CLOSED  # expired during the run: stays closed whatever the catalogue says
        status = _STATUS.get(instrument.status, mpb.MARKET_STATUS_CLOSED)
        if status == mpb.MARKET_STATUS_TRADING:
            status = _STATUS.get(listing.status, mpb.MARKET_STATUS_CLOSED)
        if status == mpb.MARKET_STATUS_TRADING and instrument.instrument_id in self._halts:
            status = mpb.MARKET_STATUS_HALTED
        return status

    def _set_status(self, market: Market, status: mpb.MarketStatus.ValueType, reason: str, instant: int) -> None:
        if market.status == status:
            return
        previous, market.status = market.status, status
        if status == mpb.MARKET_STATUS_TRADING:  # resume on the grid, never replaying the pause
            market.next_tick = max(market.next_tick, market.tick_at(instant) + 1)
        self._publish(market, events_pb2.MarketStatusChanged(
            instrument_id=market.instrument_id, venue_id=market.venue_id, status=status,
            previous_status=previous, reason=reason), instant)

    # ------------------------------------------------------------------------------ control

    def halt(self, instrument_id: str, reason: str) -> None:
        """Halt trading of an instrument on every venue (a scenario control): books and prices freeze."""
        self.catalogue.instrument(instrument_id)
        self._halts[instrument_id] = reason
        for market in self.markets_of(instrument_id):
            if market.status == mpb.MARKET_STATUS_TRADING:
                self._set_status(market, mpb.MARKET_STATUS_HALTED, reason, self.now)

    def resume(self, instrument_id: str) -> None:
        instrument = self.catalogue.instrument(instrument_id)
        self._halts.pop(instrument_id, None)
        for listing in instrument.listings:
            market = self._markets.get((instrument_id, listing.venue_symbol.venue_id))
            if market is not None:
                self._set_status(market, self._status_of(instrument, listing), "resumed", self.now)

    def print_trade(self, instrument_id: str, price: Decimal, quantity: Decimal, aggressor_side: side_pb2.Side.ValueType,
                    venue_id: str = SIM_VENUE) -> mpb.Trade:
        """Print a trade of orders matched on ``venue_id`` to its public tape, candles and last price."""
        market = self.market(instrument_id, venue_id)
        ticks = int((price / market.tick_size).to_integral_value())
        lots = int((quantity / market.lot_size).to_integral_value())
        events = market.print_trade(self.now, ticks, max(lots, 1), aggressor_side)
        for instant, payload in events:
            self._publish(market, payload, instant)
        return messages.trade(market, market.trades.row(-1))

    def quote(self, quote_id: str) -> mpb.Price | None:
        """The dealer quote ``quote_id`` if it is still firm (for orders hitting or lifting it)."""
        quote = self._sized_quotes.get(quote_id) or self._standard_quote(quote_id)
        if quote is None or quote.expire_time.ToNanoseconds() <= self.now:
            return None
        return quote

    def _standard_quote(self, quote_id: str) -> mpb.Price | None:
        parts = quote_id.split("_")
        market = self._by_prefix.get(parts[1]) if len(parts) == 5 and parts[0] == "q" else None
        if market is None or not parts[4].isdigit():
            return None
        instant = market.origin + (int(parts[4]) - 1) * market.period
        rows = market.prices
        for index in range(rows.index_at(instant), len(rows)):
            row = rows.row(index)
            if row[messages.P_TIME] != instant:
                break
            if messages.quote_id(market, row[messages.P_DEALER], row[messages.P_SEQ]) == quote_id:
                return messages.price(market, row)
        return None

    def register_quote(self, quote: mpb.Price) -> None:
        """Keep a size-specific quote a caller was given, so an order can refer to it (bounded)."""
        self._sized_quotes[quote.quote_id] = quote
        if len(self._sized_quotes) > 10_000:
            for stale in list(self._sized_quotes)[:2_000]:
                del self._sized_quotes[stale]

    # ------------------------------------------------------------------------ user orders

    def attach_user_orders(self, source: OverlaySource) -> None:
        """Where the users' orders on the sim venue come from (trading), for the books it publishes."""
        self._user_orders = source

    def overlay(self, market: Market) -> BookOverlay | None:
        """The users' orders on ``market``'s published book: on the sim venue, where they trade; None
        elsewhere, or with no trading attached. Matching reads the venue's levels alone (``book``)."""
        if self._user_orders is None or market.venue_id != SIM_VENUE:
            return None
        return self._user_orders(market.instrument_id, market.top.tick + 1)

    # ---------------------------------------------------------------------------- markets

    def market(self, instrument_id: str, venue_id: str) -> Market:
        """The market of an instrument on a venue; INSTRUMENT_, VENUE_ or MARKET_NOT_FOUND."""
        self._sync()
        self.catalogue.instrument(instrument_id)
        if venue_id not in _VENUES:
            raise not_found("venue", venue_id)
        market = self._markets.get((instrument_id, venue_id))
        if market is None:
            raise not_found("market", _market_key(instrument_id, venue_id))
        return market

    def markets_of(self, instrument_id: str, venue_ids: Sequence[str] = ()) -> list[Market]:
        self._sync()
        return [m for (iid, vid), m in self._markets.items() if iid == instrument_id and (not venue_ids or vid in venue_ids)]

    # --------------------------------------------------------------------------- MarketView

    def book(self, instrument_id: str, depth: int = 20) -> BookView:
        market = self.market(instrument_id, SIM_VENUE)
        bids, asks = market.raw_book(depth)
        return BookView(instrument_id, SIM_VENUE, market.top.tick + 1, market.top.time,
                        books.to_levels(bids, market.tick_size, market.lot_size),
                        books.to_levels(asks, market.tick_size, market.lot_size))

    def last_price(self, instrument_id: str) -> Decimal:
        market = self.market(instrument_id, SIM_VENUE)
        if market.last is not None:
            return market.price_of(market.last[1])
        return self.mark_price(instrument_id)

    def mark_price(self, instrument_id: str) -> Decimal:
        """Derivatives at their model value; cash instruments at the mid of the sim book."""
        market = self.market(instrument_id, SIM_VENUE)
        top = market.top
        if market.model.kind in (pricing.Kind.SPOT, pricing.Kind.BOND, pricing.Kind.RATE) and top.bid > 0:
            return Decimal(top.bid + top.ask) * market.tick_size / 2
        return market.price_of(max(round(top.fair / market.tick), 0))

    def mark_history(self, instrument_id: str, count: int) -> Sequence[Decimal]:
        """Simulated daily closes (00:00 UTC) of the days before the start, oldest first: the factors'
        history generated backwards from their starting values, priced like the live market."""
        market = self.market(instrument_id, SIM_VENUE)
        days = max(0, min(count, MAX_DAILY_MARKS))
        first_close = align(self.start, mpb.CANDLE_INTERVAL_1_DAY) - (MAX_DAILY_MARKS - 1) * DAY

        def daily(factor_id: str, instant: int) -> float:
            if not factor_id:
                return 1.0
            if factor_id not in self._daily:
                self._daily[factor_id] = pricing.daily_values(self._factors[factor_id].spec, self.seed, MAX_DAILY_MARKS)
            return self._daily[factor_id][(instant - first_close) // DAY]

        closes = (first_close + day * DAY for day in range(MAX_DAILY_MARKS - days, MAX_DAILY_MARKS))
        return [market.price_of(max(round(market.model.fair(daily, close) / market.tick), 1)) for close in closes]

    def is_halted(self, instrument_id: str) -> bool:
        return self.market(instrument_id, SIM_VENUE).status != mpb.MARKET_STATUS_TRADING


def require_derivative(market: Market) -> None:
    if not market.derivative:
        raise DomainError(grpc.StatusCode.FAILED_PRECONDITION, "NOT_PERPETUAL_OR_FUTURE",
                          f"{market.instrument_id} is not a perpetual or a dated future",
                          {"instrument": market.instrument_id})
