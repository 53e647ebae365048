"""Risk by hand: DV01 of a two-year bond, historical VaR of a short history, stress, limits and alerts.

The test bond (tests/reference/fakes.bond) pays a 5% annual coupon and matures exactly two years after
the test clock's date, so at a price of 100 its yield is 5% and its price for a yield y is
5 / (1 + y) + 105 / (1 + y) ** 2 per 100 of face; a position of 10 bonds of 1000 face is 100 such units.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import grpc
import pytest

from cq.assets.v1 import instruments_pb2 as inst
from cq.decimals import from_decimal, to_decimal
from cq.risk.v1 import resources_pb2 as rk
from cq.venues.v1 import resources_pb2 as venues
from reference.domain import rates, riskmath
from reference.errors import DomainError
from tests.reference.fakes import bond
from tests.reference.harness import Sim

D = Decimal
BOND = "cq:bond:US0000000002"
BTC = "cq:spot:BTC-USD"
AAPL = "cq:equity:AAPL"
TODAY = date(2026, 1, 5)


def price(y: float) -> float:
    return 5 / (1 + y) + 105 / (1 + y) ** 2


def test_the_bond_at_par_yields_its_coupon_and_its_dv01_is_the_price_change_for_one_basis_point() -> None:
    terms = bond().bond
    assert rates.bond_yield(100.0, terms, TODAY) == pytest.approx(0.05, abs=1e-12)
    assert rates.bond_dv01(100.0, terms, TODAY) == pytest.approx(price(0.0501) - 100, abs=1e-9)  # -0.018591
    assert rates.tenor_bucket(rates.years_between(TODAY, date(2028, 1, 5))) == "2Y"


def test_a_semi_annual_bond_between_coupons_accrues_interest() -> None:
    terms = bond(coupon="0.04", maturity=(2027, 3, 5), frequency=inst.PAYMENT_FREQUENCY_SEMI_ANNUAL).bond  # semi-annual: Mar and Sep
    flows, accrued = rates.bond_schedule(terms, TODAY)
    assert [round(f.amount, 9) for f in flows] == [2.0, 2.0, 102.0]
    assert accrued == pytest.approx(2.0 * 122 / 181)  # 2025-09-05 to 2026-01-05 of a 181-day period


def test_tenor_buckets_go_to_the_nearest_standard_point() -> None:
    assert [rates.tenor_bucket(y) for y in (0.2, 0.8, 4.0, 8.8, 9.0, 25.0, 40.0)] == [
        "3M", "1Y", "3Y", "10Y", "10Y", "20Y", "30Y"]


def test_historical_var_is_the_kth_worst_scenario_and_expected_shortfall_the_mean_of_the_k_worst() -> None:
    pnls = [D(x) for x in ("100", "-300", "50", "-100", "-50", "20", "-200", "10", "0", "30")]
    result = riskmath.historical_var(pnls, 0.8)  # k = ceil(10 * 0.2) = 2: the second worst, -200
    assert (result.value_at_risk, result.expected_shortfall, result.scenarios) == (D(200), D(250), 10)
    assert riskmath.historical_var(pnls, 0.95).value_at_risk == 300  # k = 1
    assert riskmath.historical_var([D(5), D(1)], 0.99).value_at_risk == 0  # no loss, no VaR


def test_var_revalues_todays_positions_under_the_history_of_daily_moves() -> None:
    sim = Sim()
    sim.place(sim.order("c1", AAPL, "buy", "100", "100"))
    # AAPL moved +10%, -10%, 0%, +5% day on day; the position is worth 10,000 at its mark of 100.
    sim.market.histories[AAPL] = [D(100), D(110), D(99), D(99), D("103.95")]
    snapshot = sim.risk.snapshot("acc_alice_spot")  # type: ignore[union-attr]
    var95, var99 = snapshot.value_at_risk
    assert (var95.confidence, var99.confidence) == (0.95, 0.99)
    assert var95.scenario_count == 4 and var95.lookback.seconds == 4 * 86_400
    # scenario PnLs 1000, -1000, 0, 500: the worst (k = 1 of 4 at both levels) loses 1000
    assert to_decimal(var95.value_at_risk.value) == 1000 and to_decimal(var99.expected_shortfall.value) == 1000


def test_a_bond_and_an_equity_nav_is_cash_plus_market_value_and_dv01_comes_from_the_bond_only() -> None:
    sim = Sim()
    sim.place(sim.order("c1", BOND, "buy", "10", "100"))
    sim.place(sim.order("c2", AAPL, "buy", "100", "100"))
    sim.market.set_mark(AAPL, "105")
    snapshot = sim.risk.snapshot("acc_alice_spot")  # type: ignore[union-attr]
    cash = sim.trading.ledger.balance("acc_alice_spot", "USD")
    assert cash == 1_000_000 - 10_000 - D("5") - 10_000 - D("5")  # 10 bonds of 1000 at par, 100 AAPL, fees
    assert to_decimal(snapshot.nav.value) == cash + 10_000 + 10_500
    by_name = {s.factor.name: s for s in snapshot.sensitivities}
    assert set(by_name) == {"EQUITY_PRICE:AAPL", "INTEREST_RATE:USD-TREASURY:2Y"}
    rate, equity = by_name["INTEREST_RATE:USD-TREASURY:2Y"], by_name["EQUITY_PRICE:AAPL"]
    assert rate.dv01 == pytest.approx(100 * (price(0.0501) - 100), abs=1e-7)  # -1.859147
    assert not rate.HasField("delta") and not equity.HasField("dv01")
    assert (equity.delta, equity.delta_notional) == (100.0, 10_500.0)
    assert snapshot.total_dv01 == pytest.approx(rate.dv01) and snapshot.net_delta_notional == 10_500.0


def test_stress_tests_revalue_each_exposure_under_its_factors_shock() -> None:
    sim = Sim()
    sim.place(sim.order("c1", BOND, "buy", "10", "100"))
    sim.place(sim.order("c2", BTC, "buy", "1", "50001"))
    risk = sim.risk
    assert risk is not None
    crypto = risk.stress("acc_alice_spot", risk.scenarios["crypto_down_30"])
    assert to_decimal(crypto.total_pnl.value) == D("-15000.00")  # 30% of the mark of 50,000
    rates_up = risk.stress("acc_alice_spot", risk.scenarios["rates_up_100bp"])
    expected = D(repr(round(100 * (price(0.06) - 100), 2)))  # -183.34
    assert to_decimal(rates_up.total_pnl.value) == expected
    assert [i.instrument_id for i in rates_up.instrument_impacts] == [BOND, BTC]  # largest loss first
    everything_but_btc = rk.StressScenario(shocks=[
        rk.Shock(factor=rk.RiskFactor(type=rk.RISK_FACTOR_TYPE_CRYPTO_PRICE), type=rk.SHOCK_TYPE_RELATIVE,
                 size=from_decimal("-0.5")),
        rk.Shock(factor=rk.RiskFactor(type=rk.RISK_FACTOR_TYPE_CRYPTO_PRICE, underlier_id="BTC"),
                 type=rk.SHOCK_TYPE_ABSOLUTE, size=from_decimal("1000")),
    ])
    last_wins = risk.stress("acc_alice_spot", everything_but_btc)
    assert to_decimal(last_wins.total_pnl.value) == 1000  # +1000 USD on 1 BTC: the later, specific shock


def test_the_pre_trade_check_rejects_an_order_above_the_notional_limit_and_raises_an_alert() -> None:
    sim = Sim()
    order = sim.place(sim.order("c1", BTC, "buy", "11", "50010"))  # 550,110 USD > 500,000
    assert order.status == venues.ORDER_STATUS_REJECTED
    assert order.reject_reason == venues.ORDER_REJECT_REASON_RISK_CHECK_FAILED
    assert sim.trading.ledger.position("acc_alice_spot", BTC) is None
    checked = [e.order_checked for e in sim.bus.history if e.HasField("order_checked")][-1]
    assert checked.result.decision == rk.CHECK_DECISION_REJECT
    failed = checked.result.limit_checks[0]
    assert (failed.limit_type, to_decimal(failed.projected_value)) == (rk.LIMIT_TYPE_ORDER_NOTIONAL, D(550_110))
    alert = sim.risk.alerts[-1]  # type: ignore[union-attr]
    assert (alert.type, alert.order_id, alert.check_id) == (rk.ALERT_TYPE_ORDER_REJECTED, order.order_id,
                                                            checked.result.check_id)
    placed = [e for e in sim.bus.history if e.HasField("order_placed")]
    assert placed == []  # refused before it reached the venue


def test_projected_gross_exposure_counts_the_accounts_other_working_orders() -> None:
    sim = Sim()
    risk = sim.risk
    assert risk is not None
    gross = next(s for s in risk.account_limits("acc_alice_margin") if s.limit.type == rk.LIMIT_TYPE_GROSS_EXPOSURE)
    gross.limit.threshold.CopyFrom(from_decimal("150000"))
    first = sim.place(sim.order("c1", BTC, "buy", "2", "40000", account_id="acc_alice_margin"))  # rests
    assert first.status == venues.ORDER_STATUS_NEW
    second = sim.place(sim.order("c2", BTC, "buy", "2", "40000", account_id="acc_alice_margin"))
    assert second.status == venues.ORDER_STATUS_REJECTED  # 4 BTC at a mark of 50,000 is 200,000
    result = [e.order_checked.result for e in sim.bus.history if e.HasField("order_checked")][-1]
    assert to_decimal(result.limit_checks[0].projected_value) == 200_000


def update(sim: Sim, limit_id: str, request_id: str, owner: str = "alice", **values: object) -> rk.Limit:
    patch = rk.Limit(limit_id=limit_id, **values)  # type: ignore[arg-type]
    accounts = frozenset({"acc_alice_spot", "acc_alice_margin"} if owner == "alice" else {"acc_bob_spot"})
    return sim.risk.update_limit(patch, list(values), request_id, owner, accounts)  # type: ignore[union-attr]


def test_lowering_a_threshold_breaches_the_limit_alerts_and_restoring_it_clears_the_alert() -> None:
    sim = Sim()
    sim.place(sim.order("c1", AAPL, "buy", "1000", "100"))  # 100,000 gross
    gross = next(s.limit for s in sim.risk.account_limits("acc_alice_spot")  # type: ignore[union-attr]
                 if s.limit.type == rk.LIMIT_TYPE_GROSS_EXPOSURE)
    lowered = update(sim, gross.limit_id, "r1", threshold=from_decimal("90000"))
    assert lowered.status == rk.LIMIT_STATUS_BREACHED and lowered.etag == 'W/"2"'
    assert lowered.updater == "user:alice"
    assert sim.risk.alerts[-1].type == rk.ALERT_TYPE_LIMIT_BREACHED  # type: ignore[union-attr]
    changed = [e.limit_status_changed for e in sim.bus.history if e.HasField("limit_status_changed")][-1]
    assert (changed.previous_status, changed.limit.status) == (rk.LIMIT_STATUS_OK, rk.LIMIT_STATUS_BREACHED)
    assert changed.alert_id == sim.risk.alerts[-1].alert_id  # type: ignore[union-attr]
    restored = update(sim, gross.limit_id, "r2", threshold=from_decimal("1000000"))
    assert restored.status == rk.LIMIT_STATUS_OK
    assert sim.risk.alerts[-1].type == rk.ALERT_TYPE_LIMIT_RESTORED  # type: ignore[union-attr]
    assert update(sim, gross.limit_id, "r2", threshold=from_decimal("1000000")) == restored  # a retry


def test_a_breached_halt_limit_cancels_working_orders_and_refuses_new_ones_until_lifted() -> None:
    sim = Sim()
    sim.place(sim.order("c1", AAPL, "buy", "1000", "100"))
    working = sim.place(sim.order("c2", BTC, "buy", "1", "40000"))
    gross = next(s.limit for s in sim.risk.account_limits("acc_alice_spot")  # type: ignore[union-attr]
                 if s.limit.type == rk.LIMIT_TYPE_GROSS_EXPOSURE)
    update(sim, gross.limit_id, "r1", threshold=from_decimal("90000"), action=rk.LIMIT_ACTION_HALT)
    assert sim.trading.order(working.order_id).status == venues.ORDER_STATUS_CANCELED
    assert rk.ALERT_TYPE_TRADING_HALTED in [a.type for a in sim.risk.alerts]  # type: ignore[union-attr]
    refused = sim.place(sim.order("c3", AAPL, "sell", "1", "99"))  # even one that reduces exposure
    assert refused.status == venues.ORDER_STATUS_REJECTED
    result = [e.order_checked.result for e in sim.bus.history if e.HasField("order_checked")][-1]
    assert result.reject_reason == rk.CHECK_REJECT_REASON_TRADING_HALTED
    update(sim, gross.limit_id, "r2", enabled=False)
    assert sim.place(sim.order("c4", AAPL, "sell", "1", "99")).status == venues.ORDER_STATUS_FILLED


def test_limit_updates_check_the_owner_the_etag_and_the_rules() -> None:
    sim = Sim()
    limit_id = sim.risk.account_limits("acc_alice_spot")[0].limit.limit_id  # type: ignore[union-attr]
    with pytest.raises(DomainError) as denied:
        update(sim, limit_id, "r1", owner="bob", threshold=from_decimal("1"))
    assert denied.value.code == grpc.StatusCode.PERMISSION_DENIED
    with pytest.raises(DomainError) as stale:
        update(sim, limit_id, "r2", etag='W/"7"', display_name="x")
    assert stale.value.code == grpc.StatusCode.ABORTED
    with pytest.raises(DomainError) as missing:
        update(sim, "lim_999999", "r3", display_name="x")
    assert missing.value.code == grpc.StatusCode.NOT_FOUND
    with pytest.raises(DomainError) as unordered:
        update(sim, limit_id, "r4", warning_levels=[0.9, 0.8])
    assert unordered.value.code == grpc.StatusCode.INVALID_ARGUMENT
