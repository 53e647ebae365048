"""The risk engine: risk snapshots, limits with a pre-trade check, stress tests and alerts.

Every account starts with default limits (``DEFAULT_LIMITS``) so that the pre-trade check can refuse
orders out of the box: a maximum order notional, a gross exposure cap and a leverage cap that reject,
and a DV01 limit that only warns. Limits are measured after every clock step and every order; a status
change publishes LimitStatusChanged with an alert. An UpdateLimit that changes a field publishes
LimitUpdated first (one that changes nothing keeps the etag and publishes nothing). A breached HALT limit
cancels the account's working orders and refuses new ones until UpdateLimit brings it back within its
threshold or disables it.

Owners manage the limits of their own accounts (the simulator has no separate risk-manager role), so an
integration test can lower a threshold and watch orders being refused.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

import grpc
from google.protobuf import duration_pb2

from cq.assets.v1 import instruments_pb2 as inst
from cq.assets.v1 import resources_pb2 as assets
from cq.decimals import from_decimal, to_decimal
from cq.events.v1 import events_pb2 as ev
from cq.risk.v1 import resources_pb2 as rk
from cq.venues.v1 import resources_pb2 as venues
from reference.bus import EventBus
from reference.clock import Clock, to_timestamp
from reference.domain import fieldmask, instruments, precheck, riskmath, stress
from reference.domain.accounts import VALUATION_CURRENCY
from reference.domain.idempotency import IdempotencyStore
from reference.domain.ids import Counter
from reference.domain.ledger import ZERO, amount
from reference.domain.limits import (
    DEFAULT_LIMITS,
    UPDATABLE,
    LimitState,
    apply_update,
    covers_position,
    limit_label,
    limit_threshold,
    status_of,
)
from reference.domain.publishing import RISK_SOURCE, Publisher
from reference.domain.trading import Trading
from reference.domain.valuation import Pricer, Valuation, value_accounts
from reference.domain.views import CatalogueView, MarketView
from reference.errors import DomainError, not_found

NANOS_PER_DAY = 86_400 * 1_000_000_000
VAR_LOOKBACK_DAYS = 250
VAR_CONFIDENCES = (0.95, 0.99)  # the last one is the primary, which VALUE_AT_RISK limits use
ALERT_RETENTION = NANOS_PER_DAY
RISK_ENGINE = "service:risk-engine"


@dataclass
class Measures:
    """What the engine computes for one account at one instant, in one currency."""

    valuation: Valuation
    exposed: list[riskmath.Exposed]
    pnls: list[Decimal] = field(default_factory=list)


class RiskEngine:
    def __init__(
        self, catalogue: CatalogueView, market: MarketView, trading: Trading, clock: Clock, bus: EventBus
    ) -> None:
        self.catalogue = catalogue
        self.market = market
        self.trading = trading
        self.clock = clock
        self._events = Publisher(bus, RISK_SOURCE)
        self._check_ids = Counter("chk")
        self._alert_ids = Counter("alr")
        self._limit_ids = Counter("lim")
        self._requests = IdempotencyStore()
        self.alerts: list[rk.Alert] = []
        self.scenarios = {s.scenario_id: s for s in riskmath.PRESET_SCENARIOS}
        self._day_open: dict[str, tuple[int, Decimal]] = {}
        self.limits: dict[str, LimitState] = {}
        now = clock.now()
        for account_id in trading.account_ids():
            for template in DEFAULT_LIMITS:
                limit = rk.Limit()
                limit.CopyFrom(template)
                limit.limit_id = self._limit_ids.next()
                limit.scope.account_id = account_id
                limit.create_time.CopyFrom(to_timestamp(now))
                limit.update_time.CopyFrom(to_timestamp(now))
                limit.updater = RISK_ENGINE
                limit.etag = 'W/"1"'
                self.limits[limit.limit_id] = LimitState(limit)
        # Wired here as well as by the platform, so that a RiskEngine is never silently bypassed.
        trading.set_pre_trade_check(self.check_order)
        trading.on_fill(self.refresh_account)
        trading.on_sync(self.refresh)
        trading.portfolios.set_risk_provider(lambda account_id, _time: self.snapshot(account_id))

    # measuring

    def pricer(self) -> Pricer:
        return self.trading.pricer()

    def measure(self, account_id: str, currency: str = VALUATION_CURRENCY,
                quantities: dict[tuple[str, str], Decimal] | None = None, with_var: bool = False) -> Measures:
        pricer = self.pricer()
        now = self.clock.now()
        venue_id = self.trading.account(account_id).venue_id
        valuation = value_accounts(pricer, self.trading.ledger, [(account_id, venue_id)], currency, now, quantities)
        exposed = riskmath.exposures(pricer, valuation, now)
        measures = Measures(valuation, exposed)
        if with_var:
            histories = {}
            for item in exposed:
                if item.history_source and item.history_source not in histories:
                    try:
                        histories[item.history_source] = self.market.mark_history(item.history_source,
                                                                                   VAR_LOOKBACK_DAYS + 1)
                    except DomainError:
                        histories[item.history_source] = ()
            measures.pnls = riskmath.scenario_pnls(exposed, histories, now)
        return measures

    def _currency_check(self, currency: str) -> None:
        try:
            self.catalogue.asset(currency)
        except DomainError as error:
            raise DomainError(grpc.StatusCode.INVALID_ARGUMENT, "UNKNOWN_CURRENCY",
                              f"currency_asset_id {currency!r} is not a known asset") from error
        if self.pricer().fx(VALUATION_CURRENCY, currency) is None:
            raise DomainError(grpc.StatusCode.UNAVAILABLE, "FX_RATE_UNAVAILABLE",
                              f"no exchange rate from {VALUATION_CURRENCY} to {currency}")

    def day_pnl(self, account_id: str, nav_usd: Decimal) -> Decimal:
        """NAV now minus NAV at the first valuation of the current UTC day (no deposits after seeding)."""
        day = self.clock.now() // NANOS_PER_DAY
        opened = self._day_open.get(account_id)
        if opened is None or opened[0] != day:
            opened = (day, nav_usd)
            self._day_open[account_id] = opened
        return nav_usd - opened[1]

    def snapshot(self, account_id: str, currency: str = "") -> rk.RiskSnapshot:
        """The account's risk now, in ``currency`` (default: the account's base currency)."""
        currency = currency or self.trading.account(account_id).base_currency
        if currency != VALUATION_CURRENCY:
            self._currency_check(currency)
        now = self.clock.now()
        pricer = self.pricer()
        measures = self.measure(account_id, currency, with_var=True)
        valuation = measures.valuation
        nav = valuation.nav
        usd_nav = nav if currency == VALUATION_CURRENCY else self.measure(account_id).valuation.nav
        to_currency = pricer.fx(VALUATION_CURRENCY, currency) or Decimal(1)
        decimals = self.decimals(currency)
        sensitivities = riskmath.sensitivities(pricer, measures.exposed, currency)
        result = rk.RiskSnapshot(
            account_id=account_id,
            currency_asset_id=currency,
            nav=amount(nav, currency),
            exposure=self._exposure_metrics(pricer, valuation),
            sensitivities=sensitivities,
            net_delta_notional=sum(s.delta_notional for s in sensitivities if s.HasField("delta_notional")),
            total_dv01=sum(s.dv01 for s in sensitivities if s.HasField("dv01")),
            concentrations=self._concentrations(pricer, valuation),
            day_pnl=amount(self.day_pnl(account_id, usd_nav) * to_currency, currency),
            unpriced_instrument_ids=valuation.unpriced_instruments,
            valuation_time=to_timestamp(now),
            compute_time=to_timestamp(now),
        )
        for confidence in VAR_CONFIDENCES:
            var = riskmath.historical_var(measures.pnls, confidence)
            result.value_at_risk.append(rk.ValueAtRisk(
                method=rk.VAR_METHOD_HISTORICAL, confidence=confidence,
                horizon=duration_pb2.Duration(seconds=86_400),
                lookback=duration_pb2.Duration(seconds=86_400 * var.scenarios),
                scenario_count=var.scenarios,
                value_at_risk=amount(_round(var.value_at_risk, decimals), currency),
                expected_shortfall=amount(_round(var.expected_shortfall, decimals), currency),
                value_at_risk_share_of_nav=float(var.value_at_risk / nav) if nav > 0 else 0.0,
            ))
        return result

    def decimals(self, asset_id: str) -> int:
        try:
            return self.catalogue.asset(asset_id).decimals
        except DomainError:
            return 2

    def _exposure_metrics(self, pricer: Pricer, valuation: Valuation) -> rk.ExposureMetrics:
        currency = valuation.currency
        nav = valuation.nav
        result = rk.ExposureMetrics(
            gross=amount(valuation.gross_exposure, currency),
            net=amount(valuation.net_exposure, currency),
            long=amount(valuation.long_exposure, currency),
            short=amount(valuation.short_exposure, currency),
            leverage=float(valuation.gross_exposure / nav) if nav > 0 else 0.0,
            net_leverage=float(valuation.net_exposure / nav) if nav > 0 else 0.0,
        )
        classes: dict[assets.AssetClass.ValueType, list[Decimal]] = {}
        for position in valuation.positions:
            classes.setdefault(riskmath.position_asset_class(pricer, position.instrument), []).append(position.exposure)
        entries = []
        for asset_class, values in classes.items():
            long = sum((v for v in values if v > 0), ZERO)
            short = -sum((v for v in values if v < 0), ZERO)
            entries.append(rk.AssetClassExposure(
                asset_class=asset_class,
                gross=amount(long + short, currency), net=amount(long - short, currency),
                long=amount(long, currency), short=amount(short, currency),
            ))
        entries.sort(key=lambda e: (-to_decimal(e.gross.value), e.asset_class))
        result.by_asset_class.extend(entries)
        return result

    def _concentrations(self, pricer: Pricer, valuation: Valuation) -> list[rk.ConcentrationEntry]:
        currency = valuation.currency
        groups: dict[tuple[rk.ConcentrationDimension.ValueType, str], Decimal] = {}
        for position in valuation.positions:
            instrument = position.instrument
            keys: list[tuple[rk.ConcentrationDimension.ValueType, str]] = [
                (rk.CONCENTRATION_DIMENSION_ASSET, instruments.underlier(instrument)),
                (rk.CONCENTRATION_DIMENSION_INSTRUMENT, instrument.instrument_id),
                (rk.CONCENTRATION_DIMENSION_VENUE, position.venue_id),
            ]
            # Issuers: a bond's or swap's curve (the treasury, the index), an equity's company.
            if instrument.type in riskmath.RATE_TYPES:
                keys.append((rk.CONCENTRATION_DIMENSION_ISSUER, riskmath.curve_of(instrument)))
            elif instrument.type == inst.INSTRUMENT_TYPE_EQUITY:
                keys.append((rk.CONCENTRATION_DIMENSION_ISSUER, instrument.base_asset_id))
            for key in keys:
                groups[key] = groups.get(key, ZERO) + abs(position.exposure)
        nav = valuation.nav
        entries = [
            rk.ConcentrationEntry(
                dimension=dimension,
                key=key, gross_exposure=amount(gross, currency),
                share_of_nav=float(gross / nav) if nav > 0 else 0.0,
            )
            for (dimension, key), gross in groups.items()
        ]
        entries.sort(key=lambda e: (-e.share_of_nav, e.dimension, e.key))
        return entries

    # limits

    def limit_value(self, state: LimitState, account_id: str, measures: Measures) -> Decimal:
        """The limit's measure for the account, in the limit's unit (its currency for amounts)."""
        limit = state.limit
        kind = limit.type
        valuation = measures.valuation
        pricer = self.pricer()
        scoped = [p for p in valuation.positions if covers_position(limit, p, pricer)]
        rate = self.limit_fx(limit)
        if kind in (rk.LIMIT_TYPE_GROSS_EXPOSURE, rk.LIMIT_TYPE_POSITION_NOTIONAL):
            return sum((abs(p.exposure) for p in scoped), ZERO) * rate
        if kind == rk.LIMIT_TYPE_NET_EXPOSURE:
            return abs(sum((p.exposure for p in scoped), ZERO)) * rate
        if kind == rk.LIMIT_TYPE_POSITION_QUANTITY:
            return abs(sum((p.state.quantity for p in scoped), ZERO))
        if kind == rk.LIMIT_TYPE_DELTA:
            items = [e for e in measures.exposed if e.position in scoped and e.dv01 == 0]
            return abs(sum((e.value for e in items), ZERO)) * rate
        if kind == rk.LIMIT_TYPE_DV01:
            items = [e for e in measures.exposed if e.position in scoped]
            return _round(abs(Decimal(repr(sum(e.dv01 for e in items)))) * rate, 2)
        if kind == rk.LIMIT_TYPE_LEVERAGE:
            gross = sum((abs(p.exposure) for p in scoped), ZERO)
            return _round(gross / valuation.nav, 6) if valuation.nav > 0 else ZERO
        if kind == rk.LIMIT_TYPE_LOSS:
            return max(-self.day_pnl(account_id, valuation.nav), ZERO) * rate
        if kind == rk.LIMIT_TYPE_VALUE_AT_RISK:
            return riskmath.historical_var(measures.pnls, VAR_CONFIDENCES[-1]).value_at_risk * rate
        if kind == rk.LIMIT_TYPE_CONCENTRATION:
            shares: dict[str, Decimal] = {}
            for p in scoped:
                key = instruments.underlier(p.instrument)
                shares[key] = shares.get(key, ZERO) + abs(p.exposure)
            return _round(max(shares.values(), default=ZERO) / valuation.nav, 6) if valuation.nav > 0 else ZERO
        if kind == rk.LIMIT_TYPE_ORDER_RATE and limit.HasField("window"):
            since = self.clock.now() - limit.window.ToNanoseconds()
            return Decimal(self.trading.orders_submitted(account_id, since))
        return ZERO  # per-order types measure nothing between orders

    def limit_fx(self, limit: rk.Limit) -> Decimal:
        if not limit.currency_asset_id or limit.currency_asset_id == VALUATION_CURRENCY:
            return Decimal(1)
        return self.pricer().fx(VALUATION_CURRENCY, limit.currency_asset_id) or Decimal(1)

    def account_limits(self, account_id: str, include_disabled: bool = False) -> list[LimitState]:
        return [
            s for s in self.limits.values()
            if s.limit.scope.account_id == account_id and (include_disabled or s.limit.enabled)
        ]

    def measured(self, state: LimitState) -> rk.Limit:
        """The limit with its current value, utilisation and status as of now."""
        account_id = state.limit.scope.account_id
        measures = self.measure(account_id, with_var=state.limit.type == rk.LIMIT_TYPE_VALUE_AT_RISK)
        value = self.limit_value(state, account_id, measures)
        return state.with_measure(value, self.clock.now())

    def refresh_account(self, account_id: str) -> None:
        """Re-measure the account's limits and publish every status change with its alert."""
        states = self.account_limits(account_id)
        if not states:
            return
        needs_var = any(s.limit.type == rk.LIMIT_TYPE_VALUE_AT_RISK for s in states)
        measures = self.measure(account_id, with_var=needs_var)
        self.day_pnl(account_id, measures.valuation.nav)
        for state in states:
            self._observe(state, self.limit_value(state, account_id, measures))

    def refresh(self) -> None:
        """Re-measure after a clock step. An account without positions whose limits are all OK cannot have
        changed (every measure is then zero), so it is skipped: most accounts of a deployment are idle."""
        for account_id in self.trading.account_ids():
            idle = not self.trading.ledger.positions(account_id) and all(
                s.status == rk.LIMIT_STATUS_OK and not s.halted for s in self.account_limits(account_id))
            if not idle:
                self.refresh_account(account_id)

    def _observe(self, state: LimitState, value: Decimal) -> None:
        limit = state.limit
        now = self.clock.now()
        account_id = limit.scope.account_id
        previous = state.status
        status = status_of(limit, value) if limit.enabled else rk.LIMIT_STATUS_OK
        state.status = status
        if limit.action == rk.LIMIT_ACTION_HALT and (status != rk.LIMIT_STATUS_BREACHED or not limit.enabled):
            state.halted = False
        if status == previous:
            return
        measured = state.with_measure(value, now)
        alert = None
        if status == rk.LIMIT_STATUS_BREACHED:
            alert = self._alert(rk.ALERT_TYPE_LIMIT_BREACHED, rk.ALERT_SEVERITY_CRITICAL, measured, value,
                                f"{limit_label(limit)} {value:f} breached limit {limit_threshold(limit):f}")
        elif status == rk.LIMIT_STATUS_WARNING and previous == rk.LIMIT_STATUS_OK:
            alert = self._alert(rk.ALERT_TYPE_LIMIT_WARNING, rk.ALERT_SEVERITY_WARNING, measured, value,
                                f"{limit_label(limit)} {value:f} crossed a warning level of "
                                f"{limit_threshold(limit):f}")
        elif status == rk.LIMIT_STATUS_OK:
            alert = self._alert(rk.ALERT_TYPE_LIMIT_RESTORED, rk.ALERT_SEVERITY_INFO, measured, value,
                                f"{limit_label(limit)} {value:f} is back within its warning levels")
        self._events(account_id, ev.LimitStatusChanged(
            limit=measured, previous_status=previous, account_id=account_id,
            alert_id=alert.alert_id if alert else "",
        ), limit.limit_id)
        if status == rk.LIMIT_STATUS_BREACHED and limit.action == rk.LIMIT_ACTION_HALT and not state.halted:
            state.halted = True
            canceled = self.trading.cancel_all(account_id, RISK_ENGINE, f"trading halted by {limit.limit_id}")
            self._alert(rk.ALERT_TYPE_TRADING_HALTED, rk.ALERT_SEVERITY_CRITICAL, measured, value,
                        f"trading halted by {limit.limit_id}; {canceled} working orders canceled")

    def _alert(
        self, kind: rk.AlertType.ValueType, severity: rk.AlertSeverity.ValueType, limit: rk.Limit, value: Decimal,
        message: str, order_id: str = "", check_id: str = "",
    ) -> rk.Alert:
        now = self.clock.now()
        threshold = limit_threshold(limit)
        alert = rk.Alert(
            alert_id=self._alert_ids.next(), type=kind, severity=severity, account_id=limit.scope.account_id,
            limit_id=limit.limit_id, limit_type=limit.type, observed_value=from_decimal(value),
            threshold=from_decimal(threshold), currency_asset_id=limit.currency_asset_id,
            utilisation=float(value / threshold) if threshold else 0.0, action=limit.action, message=message,
            order_id=order_id, check_id=check_id, valuation_time=to_timestamp(now), create_time=to_timestamp(now),
        )
        self.alerts.append(alert)
        self.alerts = [a for a in self.alerts if now - a.create_time.ToNanoseconds() <= ALERT_RETENTION]
        self._events(alert.account_id, ev.RiskAlert(alert=alert), alert.limit_id or alert.account_id)
        return alert

    # the pre-trade check

    def check_order(self, order: venues.Order, reference_price: Decimal | None = None) -> rk.PreTradeCheckResult:
        """Check ``order`` against every enabled limit covering it; see RiskEngineService.CheckOrder."""
        return precheck.check(self, order, reference_price)

    def next_check_id(self) -> str:
        return self._check_ids.next()

    def record_check(self, order: venues.Order, result: rk.PreTradeCheckResult,
                     failure: tuple[LimitState, Decimal] | None) -> rk.PreTradeCheckResult:
        """Publish the check for the audit trail; a refused order (one with an id) also raises an alert."""
        self._events(order.account_id, ev.OrderChecked(order=order, result=result), result.check_id)
        if result.decision == rk.CHECK_DECISION_REJECT and order.order_id:
            if failure is not None:
                state, value = failure
                measured = state.with_measure(value, self.clock.now())
            else:
                measured = rk.Limit(scope=rk.LimitScope(account_id=order.account_id))
                value = ZERO
            self._alert(rk.ALERT_TYPE_ORDER_REJECTED, rk.ALERT_SEVERITY_WARNING, measured, value,
                        f"order {order.order_id} {result.message}", order.order_id, result.check_id)
        return result

    # stress tests

    def stress(self, account_id: str, scenario: rk.StressScenario, currency: str = "") -> rk.StressTestResult:
        currency = currency or self.trading.account(account_id).base_currency
        if currency != VALUATION_CURRENCY:
            self._currency_check(currency)
        return stress.run(self, account_id, scenario, currency)

    # updating limits

    def update_limit(self, patch: rk.Limit, paths: Sequence[str], request_id: str, owner: str,
                     account_ids: frozenset[str]) -> rk.Limit:
        now = self.clock.now()
        method = f"UpdateLimit/{owner}"
        if first := self._requests.replay(method, request_id, rk.Limit, now, patch, ",".join(paths)):
            return first
        state = self.limits.get(patch.limit_id)
        if state is None:
            raise not_found("limit", patch.limit_id)
        if state.limit.scope.account_id not in account_ids:
            raise DomainError(grpc.StatusCode.PERMISSION_DENIED, "NOT_RISK_MANAGER",
                              f"the caller does not manage limit {patch.limit_id}", {"limit_id": patch.limit_id})
        if patch.etag and patch.etag != state.limit.etag:
            raise DomainError(grpc.StatusCode.ABORTED, "ETAG_MISMATCH",
                              f"limit {patch.limit_id} changed since etag {patch.etag}", {"etag": state.limit.etag})
        updated = apply_update(state.limit, patch, paths, f"user:{owner}", now)
        changed = fieldmask.changed_paths(state.limit, updated, UPDATABLE if "*" in paths else paths)
        if changed:  # an update that changes nothing keeps the etag, update_time and updater, and is no event
            state.limit = updated
        account_id = state.limit.scope.account_id
        measures = self.measure(account_id, with_var=state.limit.type == rk.LIMIT_TYPE_VALUE_AT_RISK)
        value = self.limit_value(state, account_id, measures)
        if changed:  # published before the status change it may cause
            event = ev.LimitUpdated(limit=state.with_measure(value, now))
            event.changed_fields.paths.extend(changed)
            self._events(account_id or state.limit.limit_id, event, state.limit.limit_id)
        # Observed even when just disabled, so that the change (and a lifted halt) is published.
        self._observe(state, value)
        result = self.measured(state)
        self._requests.remember(method, request_id, result, now, patch, ",".join(paths))
        return result


def _round(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places)) if value.is_finite() else value
