"""When a price stream looks for new ticks: on the wall clock, when the next one is due."""

from __future__ import annotations

from reference.config import ServeConfig
from reference.platform import Platform
from reference.services.markets import MIN_REALTIME_WAIT, MarketDataServicer

SECOND = 1_000_000_000


def test_a_realtime_stream_wakes_when_its_next_tick_is_due() -> None:
    platform = Platform(ServeConfig(clock="realtime"))
    servicer = MarketDataServicer(platform)
    markets = platform.market.markets_of("cq:spot:BTC-USD")
    due = min(m.origin + m.next_tick * m.period for m in markets)
    before = platform.clock.now()

    wait = servicer._until_next_tick(markets, SECOND)

    # Never past the tick (the clock only moves on after `before`), never busier than the floor.
    assert MIN_REALTIME_WAIT <= wait <= max(due - before, MIN_REALTIME_WAIT)
    assert wait < min(m.period for m in markets)


def test_a_realtime_stream_over_halted_markets_waits_its_longest_period() -> None:
    platform = Platform(ServeConfig(clock="realtime"))
    servicer = MarketDataServicer(platform)
    platform.market.halt("cq:spot:BTC-USD", "test")

    assert servicer._until_next_tick(platform.market.markets_of("cq:spot:BTC-USD"), SECOND) == SECOND


def test_a_stepped_stream_keeps_its_fixed_step() -> None:
    platform = Platform(ServeConfig())
    servicer = MarketDataServicer(platform)

    assert servicer._until_next_tick(platform.market.markets_of("cq:spot:BTC-USD"), 123) == 123
