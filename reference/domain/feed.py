"""One market, an instrument on one venue, ticking on its own grid (tick k at origin + k / cadence).

Each tick quotes the market around the instrument's fair value (a book's touch, or each dealer's
two-way quote), prints the public trades of the tick at the touch, rolls the one-minute candle and,
for perpetuals and futures, samples derivatives metrics once a second. Every random draw is keyed by
(seed, market, tick), so the k-th tick is the same whenever and however it is reached.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from decimal import Decimal

from cq.assets.v1 import instruments_pb2 as ipb
from cq.decimals import to_decimal
from cq.events.v1 import events_pb2
from cq.markets.v1 import resources_pb2 as mpb
from cq.types.v1 import side_pb2
from reference.bus import LazyPayload, Payload
from reference.clock import NANOS_PER_SECOND
from reference.domain import feed_messages as messages
from reference.domain import noise
from reference.domain.book import Ladder, RawLevel
from reference.domain.feed_messages import FUNDING_EXPONENT, M_TIME, NO_DEALER, Row
from reference.domain.pricing import FactorLookup, InstrumentModel, Kind
from reference.domain.series import MINUTE, Series
from reference.domain.universe import SIM_VENUE, VenueSpec

PRICE_ROWS = 10_000  # per market (and dealer): ~33 minutes at 5 Hz, ~5.5 hours for a bond's dealers
TRADE_ROWS = 10_000
MINUTE_ROWS = 3 * 1440  # three days of one-minute candles
METRIC_ROWS = 10_000  # ~2.7 hours at one sample a second

Event = tuple[int, Payload]  # (event time, events.v1 payload)


@dataclass
class Top:
    """The market at its latest tick: the touch (ticks, lots) and the fair value it was quoted around."""

    tick: int = -1
    time: int = 0
    fair: float = 0.0
    bid: int = 0
    ask: int = 0
    bid_lots: int = 0
    ask_lots: int = 0


class Market:
    def __init__(self, instrument: ipb.Instrument, venue: VenueSpec, model: InstrumentModel, seed: int,
                 origin: int, initial_fair: float) -> None:
        self.instrument_id, self.venue_id = instrument.instrument_id, venue.venue_id
        self.source = f"/cq/market-data/{venue.venue_id}/{instrument.instrument_id}"
        self.model, self.sim = model, model.sim
        self.tick_size, self.lot_size = to_decimal(instrument.tick_size), to_decimal(instrument.lot_size)
        self.multiplier = to_decimal(instrument.multiplier)
        self.inverse = instrument.inverse
        self.quote_asset_id = instrument.quote_asset_id
        self.settle_asset_id = instrument.settle_asset_id or instrument.quote_asset_id
        self.perpetual = instrument.perpetual if instrument.WhichOneof("terms") == "perpetual" else None
        self.tick = float(self.tick_size)
        self._tick_units, self._tick_scale = _units(self.tick_size)
        self._lot_units, self._lot_scale = _units(self.lot_size)
        self.origin, self.period = origin, round(NANOS_PER_SECOND / self.sim.cadence_hz)
        self.dealers = self.sim.dealers
        self.derivative = model.kind in (Kind.PERPETUAL, Kind.FUTURE)
        self.status: mpb.MarketStatus.ValueType = mpb.MARKET_STATUS_TRADING
        self.next_tick = 0  # the first tick not yet processed (or skipped while not trading)
        self._keys = {purpose: noise.key(seed, purpose, self.instrument_id, self.venue_id)
                      for purpose in ("book", "trades", "dealers", "venue", "open_interest")}
        bound = venue.max_premium_bps / 10_000
        self._premium = 1.0 + (2 * noise.uniform(self._keys["venue"], 0) - 1) * bound
        self._spread_scale = venue.spread_multiplier
        unit_value = self._unit_value(initial_fair)
        top_lots = self.sim.depth.top_notional * venue.depth_multiplier / unit_value / float(self.lot_size)
        self.ladder = Ladder(self._keys["book"], self.tick, self.sim.depth.levels, self.sim.depth.reach_bps,
                             max(top_lots, 1.0), self.sim.depth.growth)
        self.standard_lots = max(1, round(top_lots))  # a dealer's firm size
        self._trade_lots = max(1.0, top_lots * 0.2)
        self._trade_rate = self.sim.trade_rate_hz * (1.0 if venue.venue_id == SIM_VENUE else venue.depth_multiplier)
        self._metrics_every = max(1, round(self.sim.cadence_hz))
        self._open_interest_state = 0.0
        self.top = Top()
        self.dealer_quotes: list[tuple[int, int, int, int]] = []  # per dealer: bid, ask, bid lots, ask lots
        self.last: tuple[int, int, int] | None = None  # last trade: time, price, lots
        self.prices = Series(9, PRICE_ROWS * max(1, self.dealers))
        self.trades = Series(5, TRADE_ROWS)
        self.minutes = Series(8, MINUTE_ROWS)
        self.minute: list[int] | None = None  # the open one-minute candle: same columns as minutes
        self.metrics = Series(7, METRIC_ROWS)
        self.last_metrics: Row | None = None  # the latest metrics row, which prices carry mark and index of
        self._last_funding = (0, 0)  # (rate, settlement time); time 0: none settled yet
        self._prints = 0
        self.quote_prefix = hashlib.sha256(self.source.encode()).hexdigest()[:6]
        self.payloads = messages.EventPayloads(self)

    def _unit_value(self, fair: float) -> float:
        """Quote-currency value of one instrument unit: a swap's quantity is its notional, an inverse
        contract is worth its multiplier."""
        if self.model.kind is Kind.RATE:
            return 1.0
        if self.inverse:
            return float(self.multiplier)
        return max(fair, self.tick) * float(self.multiplier)

    @property
    def key(self) -> tuple[str, str]:
        return self.instrument_id, self.venue_id

    def tick_at(self, instant: int) -> int:
        """The index of the latest tick at or before ``instant``."""
        return (instant - self.origin) // self.period

    # ------------------------------------------------------------------------------------ ticking

    def step(self, tick: int, factors: FactorLookup) -> list[Event]:
        """Process tick ``tick``; the events it produced, in order (the trades of a tick, then its quote)."""
        instant = self.origin + tick * self.period
        fair = max(self.model.fair(factors, instant) * self._premium, self.tick / 4)
        events: list[Event] = []
        self._roll_minute(instant, events)
        half = self._half_spread(tick, fair)
        previous_fair = self.top.fair or fair
        if self.dealers:
            self._quote_dealers(tick, instant, fair, half, events)
        else:
            self._quote_book(tick, instant, fair, half)
        events.extend(self._print_tick_trades(tick, instant, (fair - previous_fair) / half))
        if not self.dealers:
            row = (instant, tick + 1, NO_DEALER, self.top.bid, self.top.ask, self.top.bid_lots, self.top.ask_lots,
                   *(self.last[1:] if self.last else (0, 0)))
            self.prices.append(*row)
            events.append((instant, self.payloads.price_updated(row)))
        if self.derivative and tick % self._metrics_every == 0:
            events.append((instant, self._sample_metrics(tick, instant, factors)))
        return events

    def _half_spread(self, tick: int, fair: float) -> float:
        jitter = 0.75 + 0.5 * noise.uniform(self._keys["book"], tick * 256 + 250)
        spread = self.sim.spread_bps / 10_000 * (1.0 if self.model.kind is Kind.RATE else fair)
        return max(spread * self._spread_scale * jitter / 2, self.tick / 2)

    def _touch(self, mid: float, half: float) -> tuple[int, int]:
        bid, ask = math.floor((mid - half) / self.tick), math.ceil((mid + half) / self.tick)
        return bid, max(ask, bid + 1)

    def _quote_book(self, tick: int, instant: int, fair: float, half: float) -> None:
        bid, ask = self._touch(fair, half)
        bid_lots = self.ladder.lots(tick, 0, 0) if bid > 0 else 0
        self.top = Top(tick, instant, fair, max(bid, 0), ask, bid_lots, self.ladder.lots(tick, 1, 0))

    def _quote_dealers(self, tick: int, instant: int, fair: float, half: float, events: list[Event]) -> None:
        """Each dealer skews around fair by less than its half spread, so the composite never crosses."""
        self.dealer_quotes = []
        for dealer in range(self.dealers):
            u_skew, u_width, u_size = (noise.uniform(self._keys["dealers"], tick * 16 + dealer * 3 + j) for j in range(3))
            dealer_half = half * (0.8 + 0.25 * dealer) * (0.9 + 0.2 * u_width)
            bid, ask = self._touch(fair + (u_skew - 0.5) * 0.5 * half, dealer_half)
            lots = max(1, round(self.standard_lots * (0.5 + u_size)))
            self.dealer_quotes.append((max(bid, 0), ask, lots, lots))
            row = (instant, tick + 1, dealer, max(bid, 0), ask, lots, lots, 0, 0)
            self.prices.append(*row)
            events.append((instant, self.payloads.price_updated(row)))
        best_bid = max(q[0] for q in self.dealer_quotes)
        best_ask = min(q[1] for q in self.dealer_quotes)
        self.top = Top(tick, instant, fair, best_bid, best_ask,
                       sum(q[2] for q in self.dealer_quotes if q[0] == best_bid),
                       sum(q[3] for q in self.dealer_quotes if q[1] == best_ask))

    def _print_tick_trades(self, tick: int, instant: int, move: float) -> list[Event]:
        """Poisson-like arrivals at the touch, all at the tick's instant (ordered by trade id); buyers
        dominate after an up-move (momentum)."""
        key, events = self._keys["trades"], []
        expected = self._trade_rate / self.sim.cadence_hz
        count = min(int(expected) + (noise.uniform(key, tick * 32 + 31) < expected % 1), 8)
        buy_probability = 0.5 + max(-0.3, min(0.3, move * 0.25))
        for j in range(count):
            buy = noise.uniform(key, tick * 32 + 2 * j) < buy_probability
            price, resting = (self.top.ask, self.top.ask_lots) if buy else (self.top.bid, self.top.bid_lots)
            if price <= 0 or resting <= 0:
                continue
            lots = round(self._trade_lots * math.exp(0.9 * noise.normal(key, tick * 32 + 2 * j + 1)))
            side = side_pb2.SIDE_BUY if buy else side_pb2.SIDE_SELL
            events.append(self._record_trade(instant, tick * 16 + j, price, min(max(lots, 1), resting), side))
        return events

    def print_trade(self, instant: int, price: int, lots: int, side: int) -> list[Event]:
        """A trade of an order matched on this venue, printed on the public tape like any other."""
        events: list[Event] = []
        self._roll_minute(instant, events)
        self._prints += 1
        events.append(self._record_trade(instant, -self._prints, price, lots, side))
        return events

    def _record_trade(self, instant: int, trade_id: int, price: int, lots: int, side: int) -> Event:
        row = (instant, trade_id, price, lots, side)
        self.trades.append(*row)
        self.last = (instant, price, lots)
        if self.minute is None:
            self.minute = [instant // MINUTE * MINUTE, price, price, price, price, 0, 0, 0]
        candle = self.minute
        candle[2], candle[3], candle[4] = max(candle[2], price), min(candle[3], price), price
        candle[5], candle[6], candle[7] = candle[5] + lots, candle[6] + price * lots, candle[7] + 1
        return instant, self.payloads.trade_printed(row)

    def _roll_minute(self, instant: int, events: list[Event]) -> None:
        """Close the open minute once time has left it; empty minutes are filled in when read."""
        if self.minute is not None and instant >= self.minute[0] + MINUTE:
            self.minutes.append(*self.minute)
            events.append((self.minute[0] + MINUTE, self.payloads.candle_closed(tuple(self.minute))))
            self.minute = None

    def _sample_metrics(self, tick: int, instant: int, factors: FactorLookup
                        ) -> LazyPayload[events_pb2.DerivativesMetricsUpdated, Row]:
        mark = round(self.top.fair / self.tick)
        index = max(1, round(self.model.index(factors, instant) / self.tick))
        funding = 0
        if self.perpetual is not None:
            premium = (mark - index) / index
            rate = premium + max(-0.0005, min(0.0005, 0.0001 - premium))  # interest 0.01% per interval
            cap, floor = float(self.perpetual.funding_rate_cap.value or 1), float(self.perpetual.funding_rate_floor.value or -1)
            funding = round(max(floor, min(cap, rate)) * 10 ** -FUNDING_EXPONENT)
            interval = self.perpetual.funding_interval.ToNanoseconds()
            boundary = instant // interval * interval
            previous = self.metrics.columns[M_TIME][-1] if len(self.metrics) else instant
            if previous < boundary <= instant:
                self._last_funding = (funding, boundary)
        sample = tick // self._metrics_every
        decay = math.exp(-1 / 3600)  # open interest wanders with an hour's memory
        z = noise.normal(self._keys["open_interest"], sample)
        self._open_interest_state = self._open_interest_state * decay + math.sqrt(1 - decay * decay) * z
        open_interest = self.sim.open_interest * math.exp(0.1 * self._open_interest_state) / float(self.lot_size)
        row = (instant, mark, index, funding, max(0, round(open_interest)), *self._last_funding)
        self.metrics.append(*row)
        self.last_metrics = row
        return self.payloads.metrics_updated(row)

    # ----------------------------------------------------------------------------------- reading

    def raw_book(self, depth: int) -> tuple[list[RawLevel], list[RawLevel]]:
        """The book at the latest tick: the ladder, or the dealers' quotes aggregated by price."""
        top = self.top
        if not self.dealers:
            return self.ladder.build(top.tick, top.bid, top.ask, top.fair, depth)
        bids: dict[int, tuple[int, int]] = {}
        asks: dict[int, tuple[int, int]] = {}
        for bid, ask, bid_lots, ask_lots in self.dealer_quotes:
            if bid > 0:
                lots, count = bids.get(bid, (0, 0))
                bids[bid] = (lots + bid_lots, count + 1)
            lots, count = asks.get(ask, (0, 0))
            asks[ask] = (lots + ask_lots, count + 1)
        return ([(p, *bids[p]) for p in sorted(bids, reverse=True)][:depth],
                [(p, *asks[p]) for p in sorted(asks)][:depth])

    def price_text(self, ticks: int) -> str:
        """The contract's normal form of ``ticks`` ticks, with integer arithmetic only (the hot path)."""
        return _units_text(ticks * self._tick_units, self._tick_scale)

    def mid_text(self, bid: int, ask: int) -> str:
        return _units_text((bid + ask) * self._tick_units * 5, self._tick_scale + 1)  # (bid + ask) / 2

    def quantity_text(self, lots: int) -> str:
        return _units_text(lots * self._lot_units, self._lot_scale)

    def price_of(self, ticks: int) -> Decimal:
        return Decimal(ticks) * self.tick_size

    def quantity_of(self, lots: int) -> Decimal:
        return Decimal(lots) * self.lot_size


def _units(step: Decimal) -> tuple[int, int]:
    """``step`` as (integer units, decimal places): 0.0078125 -> (78125, 7)."""
    _sign, digits, exponent = step.as_tuple()
    units = int("".join(map(str, digits)))
    places = -exponent if isinstance(exponent, int) else 0
    return (units * 10 ** -places, 0) if places < 0 else (units, places)


def _units_text(units: int, places: int) -> str:
    """units / 10**places in normal form: no exponent, no trailing zeros, "0" for zero."""
    if places == 0:
        return str(units)
    whole, fraction = divmod(abs(units), 10 ** places)
    sign = "-" if units < 0 else ""
    if not fraction:
        return f"{sign}{whole}"
    return f"{sign}{whole}." + str(fraction).rjust(places, "0").rstrip("0")
