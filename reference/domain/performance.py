"""Performance reports: a return series sampled from portfolio snapshots, and the usual statistics on it.

The series has one NAV per return_interval from the period's start (the latest snapshot at or before each
sampling instant, the live valuation for now). No deposits happen after an account is seeded, so returns
are plain NAV ratios. With a strategy_id, the PnL and trade statistics count only that strategy's fills
(realized PnL and fees; unrealized PnL is not attributed to strategies), while the NAV-based ratios stay
those of the whole portfolio.
"""

from __future__ import annotations

import itertools
import math
from decimal import Decimal

import grpc
from google.protobuf import duration_pb2

from cq.decimals import from_decimal
from cq.portfolio.v1 import performance_pb2 as perf
from cq.types.v1 import time_range_pb2
from reference.clock import to_timestamp
from reference.domain.accounts import VALUATION_CURRENCY
from reference.domain.ledger import ZERO, amount
from reference.domain.portfolio import PnlParts, PortfolioDef, Portfolios
from reference.errors import DomainError

NANOS_PER_DAY = 86_400 * 1_000_000_000
NANOS_PER_YEAR = 365 * NANOS_PER_DAY


def _series(portfolios: Portfolios, portfolio: PortfolioDef, times: list[int], now: int) -> list[tuple[Decimal, Decimal]]:
    """(NAV, gross exposure) at each instant of ``times``."""
    snapshots = portfolios.snapshots(portfolio)
    live = portfolios.value(portfolio.account_ids)
    result = []
    for time in times:
        if time >= now or not snapshots:
            result.append((live.nav, live.gross_exposure))
            continue
        stored = portfolios.snapshot_at(portfolio, time) or snapshots[0]
        result.append((Decimal(stored.snapshot.nav.value.value), Decimal(stored.snapshot.gross_exposure.value.value)))
    return result


def _drawdown(navs: list[Decimal], times: list[int]) -> tuple[float, int]:
    """The largest fall from a peak as a fraction of the peak, and the longest time spent below a peak."""
    peak, peak_time = navs[0], times[0]
    worst, longest = 0.0, 0
    for nav, time in zip(navs, times, strict=True):
        if nav >= peak:
            peak, peak_time = nav, time
        else:
            if peak > 0:
                worst = max(worst, float((peak - nav) / peak))
            longest = max(longest, time - peak_time)
    return worst, longest


def report(
    portfolios: Portfolios,
    portfolio: PortfolioDef,
    period: time_range_pb2.TimeRange,
    strategy_id: str,
    interval: int,
    risk_free_rate: Decimal,
) -> perf.PerformanceReport:
    start, end = portfolios.clamp(portfolio, period)
    count = (end - start) // interval
    if count < 2:
        raise DomainError(grpc.StatusCode.FAILED_PRECONDITION, "TOO_FEW_RETURN_INTERVALS",
                          f"the period holds {count} return intervals; at least 2 are needed for a volatility")
    times = [start + k * interval for k in range(count + 1)]
    series = _series(portfolios, portfolio, times, portfolios.now())
    navs = [nav for nav, _ in series]
    returns = [float(b / a - 1) if a > 0 else 0.0 for a, b in itertools.pairwise(navs)]
    growth = math.prod(1 + r for r in returns)
    total_return = growth - 1
    years = (times[-1] - times[0]) / NANOS_PER_YEAR
    annualized = growth ** (1 / years) - 1 if years > 0 and growth > 0 else 0.0
    per_year = NANOS_PER_YEAR / interval
    mean = sum(returns) / len(returns)
    variance = sum((r - mean) ** 2 for r in returns) / (len(returns) - 1)
    volatility = math.sqrt(variance * per_year)
    rate = float(risk_free_rate)
    downside = math.sqrt(sum(min(r - rate / per_year, 0.0) ** 2 for r in returns) / len(returns) * per_year)
    max_drawdown, drawdown_nanos = _drawdown(navs, times)

    fills = portfolios.fills(portfolio, start, end, strategy_id)
    fx = {asset: portfolios.fx(asset) for asset in {f.fee_asset for f in fills} | {f.realized_asset for f in fills}}
    if strategy_id:
        parts = PnlParts()
        for fill in fills:
            parts.realized += fill.realized * fx[fill.realized_asset]
            parts.fees -= fill.fee * fx[fill.fee_asset]
        figures = parts.message(VALUATION_CURRENCY)
        total = parts.total
        fees = parts.fees
    else:
        pnl = portfolios.pnl(portfolio, period)
        figures = pnl.total
        total = Decimal(figures.total_pnl.value.value)
        fees = Decimal(figures.fees.value.value)
    slippage = sum((f.slippage * fx.get(f.realized_asset, ZERO) for f in fills), ZERO)
    closing = [f for f in fills if f.closed_quantity > 0]
    results = [f.realized * fx[f.realized_asset] - f.fee * fx[f.fee_asset] for f in closing]
    wins = [r for r in results if r > 0]
    losses = [r for r in results if r < 0]
    average_gross = sum((gross for _, gross in series), ZERO) / len(series)
    return perf.PerformanceReport(
        portfolio_id=portfolio.portfolio_id,
        strategy_id=strategy_id,
        period=time_range_pb2.TimeRange(start_time=to_timestamp(start), end_time=to_timestamp(end)),
        return_interval=duration_pb2.Duration(seconds=interval // 1_000_000_000, nanos=interval % 1_000_000_000),
        risk_free_rate=from_decimal(risk_free_rate),
        start_nav=amount(navs[0], VALUATION_CURRENCY),
        end_nav=amount(navs[-1], VALUATION_CURRENCY),
        pnl=figures,
        slippage=amount(slippage, VALUATION_CURRENCY),
        gross_pnl=amount(total - fees + slippage, VALUATION_CURRENCY),
        total_return=total_return,
        annualized_return=annualized,
        annualized_volatility=volatility,
        sharpe_ratio=(annualized - rate) / volatility if volatility else 0.0,
        sortino_ratio=(annualized - rate) / downside if downside else 0.0,
        max_drawdown=max_drawdown,
        max_drawdown_duration=duration_pb2.Duration(seconds=drawdown_nanos // 1_000_000_000),
        trade_count=len(closing),
        winning_trade_count=len(wins),
        hit_rate=len(wins) / len(closing) if closing else 0.0,
        profit_factor=float(sum(wins, ZERO) / -sum(losses, ZERO)) if losses else 0.0,
        average_gross_exposure=amount(average_gross, VALUATION_CURRENCY),
        exposure_weighted_return=float(total / average_gross) if average_gross > 0 else 0.0,
        compute_time=to_timestamp(portfolios.now()),
    )
