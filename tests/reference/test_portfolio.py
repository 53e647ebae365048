"""Portfolios over time: hourly snapshots, PnL between them and a performance report, by hand.

Alice's spot account buys 1000 AAPL at 100 (fee 50), leaving 899,950 USD, so its NAV is
899,950 + 1000 * mark; the mark is then moved to 110, 99 and 105 at 15:00, 16:00 and 17:00.
"""

from __future__ import annotations

import asyncio
from decimal import Decimal

import pytest

from cq.decimals import to_decimal
from cq.types.v1 import time_range_pb2
from reference.clock import NANOS_PER_SECOND, parse_instant, to_timestamp
from reference.domain import performance
from tests.reference.harness import Sim

D = Decimal
AAPL = "cq:equity:AAPL"
HOUR = 3600 * NANOS_PER_SECOND


def at(sim: Sim, instant: str) -> None:
    """Let virtual time pass up to ``instant`` and bring the simulation there."""
    asyncio.run(sim.clock.sleep(parse_instant(instant) - sim.clock.now()))
    sim.sync()


def hourly() -> Sim:
    sim = Sim(with_risk=False)
    sim.place(sim.order("c1", AAPL, "buy", "1000", "100"))
    for instant, mark in (("2026-01-05T15:00:00Z", "110"), ("2026-01-05T16:00:00Z", "99"),
                          ("2026-01-05T17:00:00Z", "105")):
        sim.market.set_mark(AAPL, mark)
        at(sim, instant)
    return sim


def test_a_snapshot_is_taken_at_start_and_at_every_whole_hour_with_its_period_pnl() -> None:
    sim = hourly()
    portfolios = sim.trading.portfolios
    stored = portfolios.snapshots(portfolios.get("pf_acc_alice_spot", "alice"))
    assert [to_timestamp(s.time).ToJsonString() for s in stored] == [
        "2026-01-05T14:30:00Z", "2026-01-05T15:00:00Z", "2026-01-05T16:00:00Z", "2026-01-05T17:00:00Z"]
    assert [to_decimal(s.snapshot.nav.value) for s in stored] == [D(1_000_000), D(1_009_950), D(998_950),
                                                                 D(1_004_950)]
    first_hour = stored[1].snapshot.period_pnl  # the purchase: fee -50, then +10 on 1000 shares
    assert (to_decimal(first_hour.fees.value), to_decimal(first_hour.unrealized_pnl.value)) == (D(-50), D(10_000))
    assert to_decimal(stored[2].snapshot.period_pnl.total_pnl.value) == -11_000
    assert stored[2].snapshot.period_return == pytest.approx(-11_000 / 1_009_950)
    assert to_decimal(stored[3].snapshot.inception_pnl.total_pnl.value) == 4_950  # 5 * 1000 - 50


def test_a_past_portfolio_is_the_latest_snapshot_before_it() -> None:
    sim = hourly()
    portfolios = sim.trading.portfolios
    portfolio = portfolios.get("pf_alice", "alice")
    stored = portfolios.snapshot_at(portfolio, parse_instant("2026-01-05T16:30:00Z"))
    assert stored is not None
    past = portfolios.portfolio_at(portfolio, stored)
    assert to_decimal(past.nav.value) == 998_950 + 1_000_000  # the spot account at 16:00 and the margin one
    assert portfolios.snapshot_at(portfolio, parse_instant("2026-01-05T14:00:00Z")) is None


def test_pnl_between_two_snapshots_is_realized_plus_the_change_of_unrealized_plus_fees() -> None:
    sim = hourly()
    portfolios = sim.trading.portfolios
    portfolio = portfolios.get("pf_acc_alice_spot", "alice")
    period = time_range_pb2.TimeRange(start_time=to_timestamp(parse_instant("2026-01-05T15:00:00Z")),
                                      end_time=to_timestamp(parse_instant("2026-01-05T16:00:00Z")))
    pnl = portfolios.pnl(portfolio, period).total
    assert (to_decimal(pnl.unrealized_pnl.value), to_decimal(pnl.fees.value)) == (D(-11_000), D(0))


def test_a_performance_report_samples_nav_once_per_interval() -> None:
    sim = hourly()
    portfolios = sim.trading.portfolios
    portfolio = portfolios.get("pf_acc_alice_spot", "alice")
    period = time_range_pb2.TimeRange(start_time=to_timestamp(parse_instant("2026-01-05T15:00:00Z")))
    report = performance.report(portfolios, portfolio, period, "", HOUR, D(0))
    assert (to_decimal(report.start_nav.value), to_decimal(report.end_nav.value)) == (D(1_009_950), D(1_004_950))
    assert report.total_return == pytest.approx(1_004_950 / 1_009_950 - 1)
    assert report.max_drawdown == pytest.approx(11_000 / 1_009_950)
    assert report.max_drawdown_duration.seconds == 2 * 3600
    returns = [998_950 / 1_009_950 - 1, 1_004_950 / 998_950 - 1]
    mean = sum(returns) / 2
    volatility = (sum((r - mean) ** 2 for r in returns) * 365 * 24) ** 0.5  # sample variance of two
    assert report.annualized_volatility == pytest.approx(volatility)
