"""The pre-trade check: an order against every enabled limit whose scope covers it.

Projected values follow the contract's conservative convention: the order fills completely and the
account's other working orders in scope fill too. Positions are projected at their mark prices; the
order's own notional (ORDER_NOTIONAL) at its valuation price. A REJECT or HALT limit refuses an order
that would breach it or deepen an existing breach; an order that lowers the measured value passes.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from cq.decimals import from_decimal, to_decimal
from cq.risk.v1 import resources_pb2 as rk
from cq.types.v1 import side_pb2
from cq.venues.v1 import resources_pb2 as venues
from reference.clock import to_timestamp
from reference.domain import instruments
from reference.domain.accounts import VALUATION_CURRENCY
from reference.domain.ledger import ZERO, amount
from reference.domain.limits import PER_ORDER_TYPES, LimitState, covers_order, limit_label, status_of

if TYPE_CHECKING:
    from reference.domain.risk import RiskEngine

REFUSING = (rk.LIMIT_ACTION_REJECT, rk.LIMIT_ACTION_HALT)


def _signed(order: venues.Order, quantity: Decimal) -> Decimal:
    return quantity if order.side == side_pb2.SIDE_BUY else -quantity


def _projected_quantities(engine: RiskEngine, order: venues.Order) -> dict[tuple[str, str], Decimal]:
    """Position quantities if the order and the account's other working orders all fill."""
    account_id = order.account_id
    result: dict[tuple[str, str], Decimal] = {}
    for state in engine.trading.ledger.positions(account_id):
        result[(account_id, state.instrument_id)] = state.quantity
    working = [o for o in engine.trading.working_orders(account_id) if o.order_id != order.order_id]
    for other in [*working, order]:
        key = (account_id, other.instrument_id)
        leaves = to_decimal(other.leaves_quantity) if other.HasField("leaves_quantity") and other.order_id else (
            to_decimal(other.quantity))
        result[key] = result.get(key, ZERO) + _signed(other, leaves)
    return result


def check(engine: RiskEngine, order: venues.Order, reference_price: Decimal | None) -> rk.PreTradeCheckResult:
    now = engine.clock.now()
    account_id = order.account_id
    instrument = engine.catalogue.instrument(order.instrument_id)
    pricer = engine.pricer()
    result = rk.PreTradeCheckResult(check_id=engine.next_check_id(), check_time=to_timestamp(now))
    limit_price = instruments.optional_decimal(order, "limit_price")
    mark = pricer.mark(instrument.instrument_id)
    price = limit_price or instruments.optional_decimal(order, "stop_price") or reference_price or mark
    fx = pricer.fx(instruments.settle_asset(instrument), VALUATION_CURRENCY)
    if price is None or fx is None:
        result.decision = rk.CHECK_DECISION_REJECT
        result.reject_reason = rk.CHECK_REJECT_REASON_PRICE_UNAVAILABLE
        result.message = f"rejected: no price to value {instrument.instrument_id}"
        return engine.record_check(order, result, None)
    quantity = to_decimal(order.quantity)
    multiplier = instruments.rules(instrument, order.venue_id or "sim").multiplier
    notional = abs(instruments.notional(instrument, multiplier, quantity, price)) * fx
    result.valuation_price.CopyFrom(from_decimal(price))
    result.order_notional.CopyFrom(amount(notional, VALUATION_CURRENCY))
    states = [s for s in engine.account_limits(account_id) if covers_order(s.limit, order, instrument, pricer)]
    needs_var = any(s.limit.type == rk.LIMIT_TYPE_VALUE_AT_RISK for s in states)
    current = engine.measure(account_id, with_var=needs_var)
    projected = engine.measure(account_id, quantities=_projected_quantities(engine, order), with_var=needs_var)
    checks: list[tuple[bool, rk.LimitCheck, LimitState, Decimal]] = []
    for state in sorted(states, key=lambda s: s.limit.limit_id):
        limit = state.limit
        before = engine.limit_value(state, account_id, current)
        if limit.type == rk.LIMIT_TYPE_ORDER_NOTIONAL:
            after = notional * engine.limit_fx(limit)
        elif limit.type == rk.LIMIT_TYPE_ORDER_QUANTITY:
            after = quantity
        elif limit.type == rk.LIMIT_TYPE_ORDER_RATE:
            after = before + 1
        elif limit.type == rk.LIMIT_TYPE_PRICE_DEVIATION:
            after = abs(limit_price - mark) / mark if limit_price is not None and mark else ZERO
        else:
            after = engine.limit_value(state, account_id, projected)
        threshold = to_decimal(limit.threshold)
        breaches = after > threshold and (after > before or limit.type in PER_ORDER_TYPES)
        fails = limit.action in REFUSING and (breaches or state.halted)
        status = status_of(limit, after)
        unit = limit.currency_asset_id
        checks.append((fails, rk.LimitCheck(
            limit_id=limit.limit_id, limit_type=limit.type, action=limit.action, status=status,
            current_value=from_decimal(before), projected_value=from_decimal(after), threshold=limit.threshold,
            currency_asset_id=unit, projected_utilisation=float(after / threshold) if threshold else 0.0,
            reason=_reason(limit, after, threshold, status, state.halted),
        ), state, after))
    checks.sort(key=lambda c: not c[0])  # failures first, each group in limit_id order
    result.limit_checks.extend(c[1] for c in checks)
    failures = [c for c in checks if c[0]]
    if failures:
        result.decision = rk.CHECK_DECISION_REJECT
        halted = any(c[2].halted for c in failures)
        result.reject_reason = (rk.CHECK_REJECT_REASON_TRADING_HALTED if halted
                                else rk.CHECK_REJECT_REASON_LIMIT_BREACHED)
        names = ", ".join(c[1].limit_id for c in failures)
        result.message = (f"rejected: trading halted ({names})" if halted
                          else f"rejected: {len(failures)} limit{'s' if len(failures) > 1 else ''} breached ({names})")
    else:
        result.decision = rk.CHECK_DECISION_APPROVE
        warned = [c[1].limit_id for c in checks if c[1].status == rk.LIMIT_STATUS_WARNING]
        result.message = f"approved with warnings ({', '.join(warned)})" if warned else "approved"
    first = failures[0] if failures else None
    return engine.record_check(order, result, (first[2], first[3]) if first else None)


def _reason(limit: rk.Limit, value: Decimal, threshold: Decimal, status: rk.LimitStatus.ValueType,
            halted: bool) -> str:
    label = limit_label(limit)
    unit = f" {limit.currency_asset_id}" if limit.currency_asset_id else ""
    if halted:
        return f"trading is halted by {limit.limit_id}"
    relation = {rk.LIMIT_STATUS_BREACHED: "above", rk.LIMIT_STATUS_WARNING: "within the warning levels of"}.get(
        status, "within")
    return f"{label} would be {value:f}{unit}, {relation} the {threshold:f}{unit} limit"
