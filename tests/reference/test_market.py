"""The market simulation, without gRPC: model statistics, determinism, books, candles, VWAP, events."""

from __future__ import annotations

import itertools
import math
import statistics
from decimal import Decimal

import grpc
import pytest

from cq.assets.v1 import instruments_pb2 as ipb
from cq.decimals import from_decimal
from cq.markets.v1 import resources_pb2 as mpb
from cq.types.v1 import identifiers_pb2, side_pb2
from reference import validation
from reference.bus import EventBus
from reference.clock import NANOS_PER_SECOND, Clock, parse_instant
from reference.domain import feed_messages as messages
from reference.domain import market_queries as queries
from reference.domain import pricing
from reference.domain.catalogue import Catalogue
from reference.domain.market import MarketSimulator
from reference.domain.series import MINUTE, Series
from reference.domain.universe_instruments import FACTORS, FactorSpec, Model
from reference.errors import DomainError

START = parse_instant("2026-01-05T14:30:00Z")
STEP = 100_000_000
SECOND = NANOS_PER_SECOND
CONTRACT_CHECKED = {"cq:spot:BTC-USD", "cq:perp:ETH-USD", "cq:option:ETH-20260130-3000-P", "cq:bond:US91282CJL54"}


def simulator(seed: int = 42) -> tuple[MarketSimulator, EventBus, Clock]:
    clock = Clock(START, STEP)
    bus = EventBus(clock)
    return MarketSimulator(Catalogue.seeded(bus, clock), seed, clock, bus), bus, clock


def run(sim: MarketSimulator, clock: Clock, nanos: int, step: int = STEP) -> None:
    end = clock.now() + nanos
    while clock.now() < end:
        clock._now = min(end, clock.now() + step)
        sim.advance_to(clock.now())


def payloads(bus: EventBus) -> list[tuple[str, int, bytes]]:
    return [(e.source, e.sequence, getattr(e, str(e.WhichOneof("payload"))).SerializeToString(deterministic=True))
            for e in bus.history]


# --------------------------------------------------------------------------------------- the models


def factor(factor_id: str) -> FactorSpec:
    return next(f for f in FACTORS if f.factor_id == factor_id)


def test_gbm_log_returns_have_the_configured_volatility() -> None:
    spec = factor("BTC")
    path = pricing.FactorPath(spec, 7, 0)
    period = path.period
    ticks = 20_000
    values = []
    for tick in range(ticks + 1):
        path.advance(tick * period)
        values.append(path.at(tick * period))
    returns = [math.log(b / a) for a, b in itertools.pairwise(values)]
    per_tick = spec.volatility * math.sqrt(period / pricing.YEAR_NANOS)

    assert statistics.pstdev(returns) == pytest.approx(per_tick, rel=0.05)
    assert abs(statistics.fmean(returns)) < 4 * per_tick / math.sqrt(ticks)


def test_ou_reverts_to_its_mean_with_the_stationary_spread() -> None:
    spec = FactorSpec("X", Model.OU, 0.10, 0.04, drift=0.04, mean_reversion=2_000.0, cadence_hz=0.1)
    path = pricing.FactorPath(spec, 3, 0)
    day = 86_400 * SECOND
    path.advance(60 * day)  # the half-life is ~3 hours: the start is forgotten within a day
    samples = [path.at(t) for t in range(day, 60 * day, 3_600 * SECOND)]

    assert statistics.fmean(samples) == pytest.approx(0.04, abs=0.0005)  # from 0.10 to the mean
    stationary = spec.volatility / math.sqrt(2 * spec.mean_reversion)
    assert statistics.pstdev(samples) == pytest.approx(stationary, rel=0.15)


def test_pricing_functions_hold_textbook_values() -> None:
    call = pricing.black_scholes(100.0, 100.0, 1.0, 0.2, True)
    put = pricing.black_scholes(100.0, 100.0, 1.0, 0.2, False)
    assert call == pytest.approx(7.9656, abs=1e-3) and call - put == pytest.approx(0.0, abs=1e-9)  # parity, r=0
    maturity = parse_instant("2030-01-01T00:00:00Z")
    dates = [maturity - k * pricing.YEAR_NANOS // 2 for k in range(10, -1, -1)]
    assert pricing.bond_clean_price(0.05, 0.05, 2, dates, dates[0]) == pytest.approx(100.0, abs=1e-9)  # at par


# ------------------------------------------------------------------------------------ determinism


def test_same_seed_same_path_and_another_seed_another() -> None:
    first, first_bus, first_clock = simulator()
    second, second_bus, second_clock = simulator()
    other, _, other_clock = simulator(seed=43)
    for sim, clock in ((first, first_clock), (second, second_clock), (other, other_clock)):
        run(sim, clock, 5 * SECOND)

    assert payloads(first_bus) == payloads(second_bus)
    assert first.book("cq:spot:BTC-USD") == second.book("cq:spot:BTC-USD")
    assert first.book("cq:spot:BTC-USD") != other.book("cq:spot:BTC-USD")


def test_one_big_step_equals_many_small_ones() -> None:
    small, small_bus, small_clock = simulator()
    big, big_bus, big_clock = simulator()

    run(small, small_clock, 90 * SECOND, step=STEP)
    run(big, big_clock, 90 * SECOND, step=90 * SECOND)

    assert sorted(payloads(small_bus)) == sorted(payloads(big_bus))
    for instrument_id in ("cq:spot:ETH-USD", "cq:option:ETH-20260327-3200-C", "cq:bond:US91282CJL54"):
        assert small.book(instrument_id) == big.book(instrument_id)
        assert small.mark_price(instrument_id) == big.mark_price(instrument_id)


# -------------------------------------------------------------------------------- books and prices


def test_prices_are_quantised_and_books_are_consistent_with_them() -> None:
    sim, _, clock = simulator()
    run(sim, clock, 3 * SECOND)

    for (instrument_id, venue_id), market in sim._markets.items():
        price = queries.latest_price(market, "", clock.now())[0]
        book = messages.order_book(market, 50)
        bids = [Decimal(level.price.value) for level in book.bids]
        asks = [Decimal(level.price.value) for level in book.asks]
        assert bids == sorted(bids, reverse=True) and asks == sorted(asks), instrument_id
        for value in (*bids, *asks):
            assert value % market.tick_size == 0, (instrument_id, value)
        assert asks and (not bids or bids[0] < Decimal(price.mid_price.value or asks[0]) < asks[0]), instrument_id
        assert price.ask_price == book.asks[0].price and price.ask_size.value == book.asks[0].quantity.value
        if bids:
            assert price.bid_price == book.bids[0].price and price.bid_size.value == book.bids[0].quantity.value
        if venue_id == "sim" and instrument_id in CONTRACT_CHECKED:  # protovalidate is slow on big books
            validation.validate(price)
            validation.validate(messages.order_book(market, 5))


def test_view_book_mark_and_history() -> None:
    sim, _, clock = simulator()
    run(sim, clock, 2 * SECOND)

    book = sim.book("cq:spot:BTC-USD", depth=5)
    assert len(book.bids) == len(book.asks) == 5 and book.bids[0].price < book.asks[0].price
    assert book.bids[0].price < sim.mark_price("cq:spot:BTC-USD") < book.asks[0].price
    marks = sim.mark_history("cq:spot:BTC-USD", 250)
    assert len(marks) == 250 and all(m > 0 for m in marks)
    assert marks == simulator()[0].mark_history("cq:spot:BTC-USD", 250)
    assert abs(marks[-1] / Decimal(94_000) - 1) < Decimal("0.2")  # history ends near the start price
    assert len(sim.mark_history("cq:bond:US91282CJL54", 30)) == 30
    with pytest.raises(DomainError) as unknown:
        sim.book("cq:spot:NOPE-USD")
    assert unknown.value.reason == "INSTRUMENT_NOT_FOUND"


def test_market_depth_and_slippage_on_the_book() -> None:
    sim, _, clock = simulator()
    run(sim, clock, SECOND)
    market = sim.market("cq:spot:ETH-USD", "sim")

    depth = queries.market_depth(market, [Decimal(2), Decimal("0.5"), Decimal(1)])
    # Bands without 2%: the VADR band must come from liquidity itself, not from the default bands.
    liquidity = queries.liquidity(market, [Decimal(1)], 3600 * SECOND, [Decimal("0.001"), Decimal(100_000)],
                                  clock.now())

    assert [b.distance_percent.value for b in depth.bands] == ["0.5", "1", "2"]
    quantities = [Decimal(b.bid_quantity.value) for b in depth.bands]
    assert quantities == sorted(quantities) and quantities[0] > 0
    tiny_buy, _tiny_sell, huge_buy, _ = liquidity.slippage_estimates
    assert tiny_buy.side == side_pb2.SIDE_BUY and tiny_buy.average_price == depth.best_ask_price
    assert tiny_buy.slippage_bps == pytest.approx(depth.spread_bps / 2, rel=1e-6)
    assert Decimal(huge_buy.filled_quantity.value) < Decimal(100_000)  # the visible book is finite
    assert liquidity.vadr >= 0 and "2" in [b.distance_percent.value for b in liquidity.depth.bands]
    validation.validate(liquidity)


def test_dealer_quotes_widen_with_size() -> None:
    sim, _, clock = simulator()
    run(sim, clock, 4 * SECOND)
    bond = sim.market("cq:bond:US91282CJL54", "sim")

    standard = queries.dealer_quotes(bond, side_pb2.SIDE_BUY, None, clock.now())
    large = queries.dealer_quotes(bond, side_pb2.SIDE_BUY, 8 * bond.standard_lots, clock.now())

    assert len(standard) == 4 and len({q.dealer_id for q in standard}) == 4
    asks = [Decimal(q.ask_price.value) for q in standard]
    assert asks == sorted(asks)

    def width(quote: mpb.Price) -> Decimal:
        return Decimal(quote.ask_price.value) - Decimal(quote.bid_price.value)

    by_dealer = {q.dealer_id: q for q in standard}
    assert all(width(q) > width(by_dealer[q.dealer_id]) for q in large)
    assert sim.quote(standard[0].quote_id) == standard[0]
    with pytest.raises(DomainError) as book_market:
        queries.dealer_quotes(sim.market("cq:spot:BTC-USD", "sim"), 0, None, clock.now())
    assert book_market.value.reason == "NOT_DEALER_QUOTED"


def test_derivatives_metrics_are_bounded_and_consistent() -> None:
    sim, _, clock = simulator()
    run(sim, clock, 3 * SECOND)

    perp = queries.latest_metrics(sim.market("cq:perp:BTC-USD", "kraken"))
    future = queries.latest_metrics(sim.market("cq:future:BTC-20260327", "sim"))

    assert abs(Decimal(perp.funding_rate.value)) <= Decimal("0.0075")
    assert Decimal(perp.annualized_funding_rate.value) == Decimal(perp.funding_rate.value) * 1095
    assert perp.next_funding_time.ToNanoseconds() % (8 * 3600 * SECOND) == 0
    assert Decimal(future.basis.value) > 0
    assert float(future.annualized_basis_rate.value) == pytest.approx(0.08, abs=0.01)  # the future's carry
    assert Decimal(perp.basis.value) == Decimal(perp.mark_price.value) - Decimal(perp.index_price.value)
    for metrics in (perp, future):
        validation.validate(metrics)


# ------------------------------------------------------------------------------- trades and candles


def test_candles_aggregate_trades_exactly() -> None:
    sim, _, clock = simulator()
    run(sim, clock, 200 * SECOND, step=SECOND)
    market = sim.market("cq:spot:BTC-USD", "sim")
    now = clock.now()

    trades, more = queries.trades(market, START, now + 1, None, 100_000)
    minutes, _ = queries.candles(market, mpb.CANDLE_INTERVAL_1_MINUTE, START, now + 1, now, None, 1000)
    three, _ = queries.candles(market, mpb.CANDLE_INTERVAL_3_MINUTES, START, now + 1, now, None, 1000)

    assert not more and len(trades) > 100 and len(minutes) == 4 and len(three) == 2
    for candle in minutes:
        inside = [t for t in trades if candle.open_time.ToNanoseconds() <= t.event_time.ToNanoseconds()
                  < candle.close_time.ToNanoseconds()]
        prices = [Decimal(t.price.value) for t in inside]
        assert (Decimal(candle.open_price.value), Decimal(candle.close_price.value)) == (prices[0], prices[-1])
        assert (Decimal(candle.high_price.value), Decimal(candle.low_price.value)) == (max(prices), min(prices))
        assert Decimal(candle.volume.value) == sum(Decimal(t.quantity.value) for t in inside)
        assert Decimal(candle.quote_volume.value) == sum(Decimal(t.price.value) * Decimal(t.quantity.value)
                                                         for t in inside)
        assert candle.trade_count == len(inside)
    assert [c.closed for c in minutes] == [True, True, True, False]
    assert Decimal(three[0].volume.value) == sum(Decimal(c.volume.value) for c in minutes[:3])
    assert three[0].high_price.value == max((c.high_price for c in minutes[:3]), key=lambda d: Decimal(d.value)).value


def test_vwap_of_a_small_fixed_tape_is_hand_computed() -> None:
    sim, _, clock = simulator()
    sim.halt("cq:equity:AAPL", "fixed tape")  # no simulated prints: only the three below
    run(sim, clock, SECOND)
    start = clock.now()
    for price, quantity, side in (("100.00", 1, side_pb2.SIDE_BUY), ("101.00", 2, side_pb2.SIDE_BUY),
                                  ("99.50", 3, side_pb2.SIDE_SELL)):
        sim.print_trade("cq:equity:AAPL", Decimal(price), Decimal(quantity), side)
        run(sim, clock, SECOND)

    vwap = queries.vwap(sim.market("cq:equity:AAPL", "sim"), start, clock.now())

    # (100 * 1 + 101 * 2 + 99.5 * 3) / 6 = 600.5 / 6 = 100.0833...
    assert (vwap.price.value, vwap.volume.value, vwap.quote_volume.value, vwap.trade_count) == (
        "100.083333", "6", "600.5", 3)
    assert sim.last_price("cq:equity:AAPL") == Decimal("99.5")
    empty = queries.vwap(sim.market("cq:equity:AAPL", "sim"), clock.now(), clock.now() + SECOND)
    assert empty.volume.value == "0" and not empty.HasField("price")


def test_history_once_evicted_is_out_of_range() -> None:
    series = Series(2, 8)
    for index in range(20):
        series.append(index * 10, index)

    series.check_kept(series.columns[0][0], "trade")
    with pytest.raises(DomainError) as error:
        series.check_kept(0, "trade")
    assert (error.value.code, error.value.reason) == (grpc.StatusCode.OUT_OF_RANGE, "HISTORY_NOT_KEPT")


# ----------------------------------------------------------------------------- events and control


def test_price_events_once_per_tick_only_when_advanced() -> None:
    sim, bus, clock = simulator()
    source = "/cq/market-data/sim/cq:spot:BTC-USD"
    count = sum(1 for e in bus.history if e.source == source and e.HasField("price_updated"))

    sim.market("cq:spot:BTC-USD", "sim")  # reading publishes nothing
    assert len([e for e in bus.history if e.source == source]) == count == 1
    run(sim, clock, SECOND)
    updates = [e for e in bus.history if e.source == source and e.HasField("price_updated")]
    assert len(updates) == 11  # tick 0 and ten more at 10 Hz
    assert [e.price_updated.price.sequence_number for e in updates] == list(range(1, 12))
    assert [e.sequence for e in bus.history if e.source == source] == list(range(1, 1 + len(
        [e for e in bus.history if e.source == source])))
    for envelope in list(bus.history)[-50:]:
        validation.validate(envelope)


def test_events_read_late_equal_events_read_as_published() -> None:
    """Market payloads are built when first read, from state captured when they were published: a
    price carries the status and derivatives metrics of its tick, not of the time it is read."""
    def session(read_as_published: bool) -> list[bytes]:
        sim, bus, clock = simulator()
        seen: list[bytes] = []

        def advance(nanos: int) -> None:
            run(sim, clock, nanos)
            if read_as_published:
                fresh = itertools.islice(bus.history, len(seen), None)
                seen.extend(e.SerializeToString(deterministic=True) for e in fresh)

        advance(3 * SECOND)
        sim.halt("cq:perp:ETH-USD", "volatility halt")
        advance(2 * SECOND)
        sim.resume("cq:perp:ETH-USD")
        advance(61 * SECOND)  # past a minute: candles close
        sim.halt("cq:spot:BTC-USD", "volatility halt")  # BTC's prices were published while trading
        advance(0)
        return seen if read_as_published else [e.SerializeToString(deterministic=True) for e in bus.history]

    assert session(read_as_published=True) == session(read_as_published=False)


def test_halt_freezes_the_market_and_resume_restarts_it() -> None:
    sim, bus, clock = simulator()
    run(sim, clock, SECOND)
    frozen = sim.book("cq:spot:SOL-USD")

    sim.halt("cq:spot:SOL-USD", "volatility halt")
    run(sim, clock, 2 * SECOND)
    assert sim.is_halted("cq:spot:SOL-USD") and sim.book("cq:spot:SOL-USD") == frozen
    changes = [e.market_status_changed for e in bus.history if e.HasField("market_status_changed")]
    assert {(c.venue_id, c.status, c.reason) for c in changes} >= {("sim", mpb.MARKET_STATUS_HALTED, "volatility halt")}

    sim.resume("cq:spot:SOL-USD")
    run(sim, clock, SECOND)
    assert not sim.is_halted("cq:spot:SOL-USD") and sim.book("cq:spot:SOL-USD").sequence > frozen.sequence


def test_created_instrument_gets_a_market_and_suspension_halts_it() -> None:
    sim, _, clock = simulator()
    created = ipb.Instrument(
        instrument_id="cq:spot:FOO-USD", type=ipb.INSTRUMENT_TYPE_SPOT, symbol="FOO-USD",
        status=ipb.INSTRUMENT_STATUS_ACTIVE, base_asset_id="SOL", quote_asset_id="USD",
        tick_size=from_decimal("0.01"), lot_size=from_decimal("0.1"), multiplier=from_decimal("1"),
        price_quote_convention=ipb.PRICE_QUOTE_CONVENTION_PER_UNIT,
        listings=[ipb.InstrumentListing(venue_symbol=identifiers_pb2.VenueSymbol(venue_id="sim", symbol="FOOUSD"),
                                        status=ipb.INSTRUMENT_STATUS_ACTIVE)],
    )
    sim.catalogue.create_instrument(created, "7a3e9c10-2f4b-4d8e-a1c6-5b0e9d2f7c43")
    run(sim, clock, 3 * SECOND)

    book = sim.book("cq:spot:FOO-USD")
    assert book.sequence == 4 and abs(sim.mark_price("cq:spot:FOO-USD") / sim.mark_price("cq:spot:SOL-USD") - 1) < 0.01
    sim.catalogue.update_instrument(ipb.Instrument(instrument_id="cq:spot:FOO-USD",
                                                   status=ipb.INSTRUMENT_STATUS_SUSPENDED),
                                    ["status"], "1d5f8b20-9c3a-4e71-b6d4-0a2c7e9f3b58")
    run(sim, clock, SECOND)
    assert sim.is_halted("cq:spot:FOO-USD")
    with pytest.raises(DomainError) as unlisted:
        sim.market("cq:spot:FOO-USD", "kraken")
    assert unlisted.value.reason == "MARKET_NOT_FOUND"


def test_minute_candles_publish_on_close() -> None:
    sim, bus, clock = simulator()
    run(sim, clock, 61 * SECOND, step=SECOND)

    closed = [e.candle_updated.candle for e in bus.history
              if e.HasField("candle_updated") and e.candle_updated.candle.instrument_id == "cq:spot:BTC-USD"
              and e.candle_updated.candle.venue_id == "sim"]
    assert len(closed) == 1 and closed[0].closed and closed[0].open_time.ToNanoseconds() == START
    assert closed[0].close_time.ToNanoseconds() == START + MINUTE
