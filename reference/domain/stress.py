"""Stress tests: an account's positions revalued under a scenario's shocks (riskmath has the pricing)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from cq.decimals import from_decimal
from cq.risk.v1 import resources_pb2 as rk
from reference.clock import to_timestamp
from reference.domain import riskmath
from reference.domain.ledger import ZERO, amount

if TYPE_CHECKING:
    from reference.domain.risk import RiskEngine


def run(engine: RiskEngine, account_id: str, scenario: rk.StressScenario, currency: str) -> rk.StressTestResult:
    """Each exposure takes the shock of its factor (the last matching one); exposures of one factor sum
    to its impact, and each position's impact is its exposures' sum, so impacts add up to the total."""
    now = engine.clock.now()
    measures = engine.measure(account_id, currency)
    valuation = measures.valuation
    places = engine.decimals(currency)
    by_factor: dict[riskmath.Factor, Decimal] = {}
    by_instrument: dict[str, Decimal] = {p.instrument.instrument_id: ZERO for p in valuation.positions}
    for item in measures.exposed:
        shock = riskmath.shock_for(scenario.shocks, item.factor)
        if shock is None:
            continue
        pnl = riskmath.shocked_pnl(item, shock, now)
        by_factor[item.factor] = by_factor.get(item.factor, ZERO) + pnl
        if item.position is not None:
            key = item.position.instrument.instrument_id
            by_instrument[key] = by_instrument.get(key, ZERO) + pnl
    total = sum(by_factor.values(), ZERO)
    nav = valuation.nav
    result = rk.StressTestResult(
        scenario_id=scenario.scenario_id,
        scenario_display_name=scenario.display_name,
        account_id=account_id,
        nav=amount(nav, currency),
        total_pnl=amount(_round(total, places), currency),
        pnl_share_of_nav=float(total / nav) if nav > 0 else 0.0,
        unpriced_instrument_ids=valuation.unpriced_instruments,
        valuation_time=to_timestamp(now),
        compute_time=to_timestamp(now),
    )
    for factor, pnl in sorted(by_factor.items(), key=lambda item: (item[1], item[0].name)):
        result.factor_impacts.append(rk.StressFactorImpact(factor=factor.message(),
                                                           pnl=amount(_round(pnl, places), currency)))
    positions = {p.instrument.instrument_id: p for p in valuation.positions}
    for instrument_id, pnl in sorted(by_instrument.items(), key=lambda item: (item[1], item[0])):
        position = positions[instrument_id]
        result.instrument_impacts.append(rk.StressInstrumentImpact(
            instrument_id=instrument_id,
            quantity=from_decimal(position.state.quantity),
            market_value=amount(position.market_value * position.fx, currency),
            pnl=amount(_round(pnl, places), currency),
        ))
    return result


def _round(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places))
