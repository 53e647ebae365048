"""Risk limits: the defaults every account starts with, scopes, statuses, and updates by field mask."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from cq.assets.v1 import instruments_pb2 as inst
from cq.decimals import from_decimal, to_decimal
from cq.risk.v1 import resources_pb2 as rk
from cq.venues.v1 import resources_pb2 as venues
from reference.clock import to_timestamp
from reference.domain import instruments, riskmath
from reference.domain.valuation import Pricer, ValuedPosition
from reference.errors import FieldViolation, InvalidRequest

UPDATABLE = ("display_name", "description", "threshold", "currency_asset_id", "warning_levels", "action",
             "enabled", "window")
AMOUNT_TYPES = frozenset({rk.LIMIT_TYPE_GROSS_EXPOSURE, rk.LIMIT_TYPE_NET_EXPOSURE, rk.LIMIT_TYPE_ORDER_NOTIONAL,
                          rk.LIMIT_TYPE_POSITION_NOTIONAL, rk.LIMIT_TYPE_DELTA, rk.LIMIT_TYPE_DV01,
                          rk.LIMIT_TYPE_LOSS, rk.LIMIT_TYPE_VALUE_AT_RISK})
PER_ORDER_TYPES = frozenset({rk.LIMIT_TYPE_ORDER_NOTIONAL, rk.LIMIT_TYPE_ORDER_QUANTITY, rk.LIMIT_TYPE_ORDER_RATE,
                             rk.LIMIT_TYPE_PRICE_DEVIATION})


def _template(name: str, kind: rk.LimitType.ValueType, threshold: str, currency: str, levels: Sequence[float],
              action: rk.LimitAction.ValueType, description: str) -> rk.Limit:
    return rk.Limit(display_name=name, description=description, type=kind, threshold=from_decimal(threshold),
                    currency_asset_id=currency, warning_levels=levels, action=action, enabled=True)


DEFAULT_LIMITS: tuple[rk.Limit, ...] = (
    _template("Max order notional", rk.LIMIT_TYPE_ORDER_NOTIONAL, "500000", "USD", [0.8], rk.LIMIT_ACTION_REJECT,
              "Fat-finger guard: no single order above 500,000 USD of notional."),
    _template("Gross exposure", rk.LIMIT_TYPE_GROSS_EXPOSURE, "5000000", "USD", [0.8, 0.9], rk.LIMIT_ACTION_REJECT,
              "Gross exposure of the account's positions, working orders included pre-trade."),
    _template("Leverage", rk.LIMIT_TYPE_LEVERAGE, "3", "", [0.8], rk.LIMIT_ACTION_REJECT,
              "Gross exposure over NAV."),
    _template("DV01", rk.LIMIT_TYPE_DV01, "10000", "USD", [0.8], rk.LIMIT_ACTION_WARN,
              "Absolute total DV01 in USD per basis point; warns only."),
)


def limit_threshold(limit: rk.Limit) -> Decimal:
    return to_decimal(limit.threshold) if limit.HasField("threshold") else Decimal(0)


def limit_label(limit: rk.Limit) -> str:
    """``gross exposure``: the limit's type as alerts and check reasons name it."""
    return rk.LimitType.Name(limit.type).removeprefix("LIMIT_TYPE_").lower().replace("_", " ")


@dataclass
class LimitState:
    limit: rk.Limit  # configuration; measures are added on output by with_measure
    status: rk.LimitStatus.ValueType = rk.LIMIT_STATUS_OK
    halted: bool = False  # a breached HALT limit: new orders in scope are refused until it is lifted

    def with_measure(self, value: Decimal, now: int) -> rk.Limit:
        result = rk.Limit()
        result.CopyFrom(self.limit)
        threshold = limit_threshold(result)
        result.current_value.CopyFrom(from_decimal(value))
        result.utilisation = float(value / threshold) if threshold else 0.0
        result.status = status_of(result, value)
        result.measure_time.CopyFrom(to_timestamp(now))
        return result


def status_of(limit: rk.Limit, value: Decimal) -> rk.LimitStatus.ValueType:
    """BREACHED strictly above the threshold; WARNING from the lowest warning level up to it; else OK."""
    threshold = limit_threshold(limit)
    if value > threshold:
        return rk.LIMIT_STATUS_BREACHED
    if threshold > 0 and limit.warning_levels and value / threshold >= Decimal(repr(min(limit.warning_levels))):
        return rk.LIMIT_STATUS_WARNING
    return rk.LIMIT_STATUS_OK


def _asset_class_matches(scope: rk.LimitScope, pricer: Pricer, instrument: inst.Instrument) -> bool:
    return not scope.asset_class or riskmath.position_asset_class(pricer, instrument) == scope.asset_class


def covers_position(limit: rk.Limit, position: ValuedPosition, pricer: Pricer) -> bool:
    """Whether the limit's scope takes in the position (positions are not attributed to strategies)."""
    scope = limit.scope
    instrument = position.instrument
    return (
        scope.venue_id in ("", position.venue_id)
        and _asset_class_matches(scope, pricer, instrument)
        and scope.underlier_id in ("", instruments.underlier(instrument))
        and scope.instrument_id in ("", instrument.instrument_id)
        and not scope.strategy_id
    )


def covers_order(limit: rk.Limit, order: venues.Order, instrument: inst.Instrument, pricer: Pricer) -> bool:
    scope = limit.scope
    return (
        scope.account_id in ("", order.account_id)
        and scope.venue_id in ("", order.venue_id or "sim")
        and _asset_class_matches(scope, pricer, instrument)
        and scope.underlier_id in ("", instruments.underlier(instrument))
        and scope.instrument_id in ("", instrument.instrument_id)
        and scope.strategy_id in ("", order.strategy_id)
    )


def apply_update(current: rk.Limit, patch: rk.Limit, paths: Sequence[str], updater: str, now: int) -> rk.Limit:
    """``current`` with the fields of ``patch`` named in ``paths`` ("*": every updatable field), checked
    against the rules protovalidate cannot see: ascending warning levels, the currency an amount type
    needs, the window an ORDER_RATE limit needs."""
    names = UPDATABLE if "*" in paths else tuple(paths)
    result = rk.Limit()
    result.CopyFrom(current)
    for name in names:
        if name == "warning_levels":
            del result.warning_levels[:]
            result.warning_levels.extend(patch.warning_levels)
        elif name in ("threshold", "window"):
            result.ClearField(name)  # type: ignore[arg-type]
            if patch.HasField(name):  # type: ignore[arg-type]
                getattr(result, name).CopyFrom(getattr(patch, name))
        else:
            setattr(result, name, getattr(patch, name))
    violations = []
    levels = list(result.warning_levels)
    if levels != sorted(set(levels)):
        violations.append(FieldViolation("limit.warning_levels", "limit.warning_levels_ascending",
                                         "warning levels must be distinct and ascending"))
    if result.type in AMOUNT_TYPES and not result.currency_asset_id:
        violations.append(FieldViolation("limit.currency_asset_id", "limit.currency_required",
                                         "currency_asset_id is required for amount limit types"))
    if result.type not in AMOUNT_TYPES and result.currency_asset_id:
        violations.append(FieldViolation("limit.currency_asset_id", "limit.currency_not_allowed",
                                         "currency_asset_id must be empty for quantity, ratio and count types"))
    if result.type == rk.LIMIT_TYPE_ORDER_RATE and not result.HasField("window"):
        violations.append(FieldViolation("limit.window", "limit.window_required",
                                         "window is required for ORDER_RATE limits"))
    if violations:
        raise InvalidRequest(violations)
    version = int(current.etag.strip('W/"') or "0") + 1
    result.etag = f'W/"{version}"'
    result.update_time.CopyFrom(to_timestamp(now))
    result.updater = updater
    return result
