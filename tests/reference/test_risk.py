"""Risk by hand: DV01 of a two-year bond, historical VaR of a short history, stress, limits and alerts.

The test bond (tests/reference/fakes.bond) pays a 5% annual coupon and matures exactly two years after
the test clock's date, so at a price of 100 its yield is 5% and its price for a yield y is
5 / (1 + y) + 105 / (1 + y) ** 2 per 100 of face; a position of 10 bonds of 1000 face is 100 such units.
"""

from __future__ import annotations

import itertools
from datetime import date
from decimal import Decimal

import grpc
import pytest
from google.protobuf import field_mask_pb2

from cq.assets.v1 import instruments_pb2 as inst
from cq.decimals import from_decimal, to_decimal
from cq.events.v1 import envelope_pb2
from cq.events.v1 import events_pb2 as ev
from cq.risk.v1 import resources_pb2 as rk
from cq.venues.v1 import resources_pb2 as venues
from reference import validation
from reference.config import ServeConfig
from reference.domain import rates, riskmath
from reference.errors import DomainError
from reference.platform import Platform
from tests.reference.fakes import FakeCatalogue, bond, equity, perp, spot
from tests.reference.harness import Sim, make_order

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


def test_bond_var_replays_the_yield_moves_its_daily_closes_imply_on_dv01() -> None:
    # A zero-coupon bond maturing 2027-01-05 (1000 face, multiplier 10): on a day t years before maturity
    # (ACT/365) a yield y prices it at 100 / (1 + y) ** t per 100 face. The closes below are those prices,
    # to 10 decimals, of y = 5.00%, 5.10%, 4.95%, 5.15% at t = 368/365, 367/365, 366/365 and 1 (the last
    # close is today's, 2026-01-05): daily yield moves of +10, -15 and +20 bp.
    sim = Sim(catalogue=FakeCatalogue([spot(), equity(), perp(), bond(coupon="0", maturity=(2027, 1, 5))]))
    assert sim.place(sim.order("c1", BOND, "buy", "100", "100")).status == venues.ORDER_STATUS_FILLED
    closes = [D("95.1999109855"), D("95.1215487853"), D("95.2708567908"), D("95.1022349025")]
    sim.market.histories[BOND] = closes
    sim.market.set_mark(BOND, str(closes[-1]))
    # DV01 of the position at the 5.15% mark, 100 bonds * multiplier 10 = 1000 units of 100 face:
    # 1000 * (100 / 1.0516 - 100 / 1.0515) = -1000 * 0.01 / (1.0515 * 1.0516) = -9.043575 per bp.
    dv01 = -1000 * 0.01 / (1.0515 * 1.0516)
    risk = sim.risk
    assert risk is not None
    snapshot = risk.snapshot("acc_alice_spot")
    assert snapshot.total_dv01 == pytest.approx(dv01, rel=1e-9)
    # Scenario PnLs = DV01 * move: -90.44 (+10 bp), +135.65 (-15 bp), -180.87 (+20 bp); a yield rise loses.
    # (Read as rate moves, the price changes -0.078, +0.149, -0.169 were -784, +1493, -1686 "bp": a 15,249
    # gain in the last scenario and a VaR of 13,503 on a 95,102 position.)
    pnls = risk.measure("acc_alice_spot", with_var=True).pnls
    assert [float(p) for p in pnls] == pytest.approx([10 * dv01, -15 * dv01, 20 * dv01], abs=1e-6)
    var95, var99 = snapshot.value_at_risk
    assert var95.scenario_count == 3
    # k = ceil(3 * 0.05) = 1 at both levels: VaR and ES are the worst loss, 20 * 9.043575 = 180.8715.
    for var in (var95, var99):
        assert to_decimal(var.value_at_risk.value) == D("180.87")
        assert to_decimal(var.expected_shortfall.value) == D("180.87")


def test_the_seeded_treasurys_var_is_a_small_fraction_of_its_value_and_agrees_with_its_price_moves() -> None:
    platform = Platform(ServeConfig())
    platform.clock.step()
    platform.sync()
    treasury = "cq:bond:US91282CJL54"  # 4.25% 15-Nov-2034, semi-annual, quoted in percent of par
    order = make_order("c1", treasury, "buy", "100", account_id="acc_alice_margin")
    assert platform.trading.place_order(order, "", "user:alice").status == venues.ORDER_STATUS_FILLED
    snapshot = platform.risk.snapshot("acc_alice_margin")
    measures = platform.risk.measure("acc_alice_margin")
    (position,) = measures.valuation.positions
    value = float(position.exposure)  # ~99,270: 100 bonds of 1000 face near par
    assert 95_000 < value < 105_000 and -80 < snapshot.total_dv01 < -65  # ~ -72.6 per bp: 10 years' duration
    var95 = next(v for v in snapshot.value_at_risk if v.confidence == 0.95)
    var = float(to_decimal(var95.value_at_risk.value))
    assert var95.scenario_count == 250
    # UST10Y's daily yield moves are a few bp, so the 95% one-day loss is a few hundred dollars, some 0.5% of
    # the value (it was 431,000, 4.3 times the value, when the price moves were read as rate moves).
    assert 0.001 * value < var < 0.02 * value
    assert 0 < var < float(to_decimal(var95.expected_shortfall.value)) < 0.03 * value
    # To first order a yield move times DV01 is the price move times the position's size, so revaluing at
    # the historical closes (quantity * multiplier * price change) gives nearly the same VaR.
    closes = platform.market.mark_history(treasury, 251)
    size = position.state.quantity * position.multiplier
    revalued = riskmath.historical_var([size * (b - a) for a, b in itertools.pairwise(closes)], 0.95)
    assert var == pytest.approx(float(revalued.value_at_risk), rel=0.15)


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


def published_since(sim: Sim, count: int) -> list[envelope_pb2.EventEnvelope]:
    """The events the bus published after its first ``count``."""
    return list(sim.bus.history)[count:]


def test_a_limit_update_publishes_limit_updated_once_even_when_the_status_stays() -> None:
    sim = Sim()
    dv01 = next(s.limit for s in sim.risk.account_limits("acc_alice_spot")  # type: ignore[union-attr]
                if s.limit.type == rk.LIMIT_TYPE_DV01)
    count = len(sim.bus.history)

    raised = update(sim, dv01.limit_id, "r1", threshold=from_decimal("20000"), display_name=dv01.display_name)

    events = published_since(sim, count)
    assert [e.type for e in events] == ["cq.events.v1.LimitUpdated"]  # status OK before and after
    envelope = events[0]
    assert (envelope.source, envelope.partition_key, envelope.subject) == (
        "/cq/risk-engine/acc_alice_spot", "acc_alice_spot", dv01.limit_id)
    assert envelope.limit_updated == ev.LimitUpdated(  # display_name was in the mask but did not change
        limit=raised, changed_fields=field_mask_pb2.FieldMask(paths=["threshold"]))
    assert raised.status == rk.LIMIT_STATUS_OK and raised.etag == 'W/"2"'
    validation.validate(envelope)


def test_a_limit_update_that_changes_the_status_publishes_limit_updated_then_limit_status_changed() -> None:
    sim = Sim()
    sim.place(sim.order("c1", AAPL, "buy", "1000", "100"))  # 100,000 gross
    gross = next(s.limit for s in sim.risk.account_limits("acc_alice_spot")  # type: ignore[union-attr]
                 if s.limit.type == rk.LIMIT_TYPE_GROSS_EXPOSURE)
    count = len(sim.bus.history)

    lowered = update(sim, gross.limit_id, "r1", threshold=from_decimal("90000"))

    events = published_since(sim, count)
    assert [e.type.rsplit(".", 1)[1] for e in events] == ["LimitUpdated", "RiskAlert", "LimitStatusChanged"]
    assert len({e.source for e in events}) == 1 and [e.sequence for e in events] == list(
        range(events[0].sequence, events[0].sequence + 3))
    assert events[0].limit_updated == ev.LimitUpdated(
        limit=lowered, changed_fields=field_mask_pb2.FieldMask(paths=["threshold"]))
    assert events[0].limit_updated.limit.status == rk.LIMIT_STATUS_BREACHED


def test_limit_updates_that_change_nothing_or_fail_publish_nothing() -> None:
    sim = Sim()
    risk = sim.risk
    assert risk is not None
    state = risk.account_limits("acc_alice_spot")[0]
    limit_id, before = state.limit.limit_id, state.limit.etag
    accounts = frozenset({"acc_alice_spot", "acc_alice_margin"})
    count = len(sim.bus.history)

    same = update(sim, limit_id, "r1", threshold=state.limit.threshold, enabled=True)
    everything = rk.Limit()
    everything.CopyFrom(state.limit)
    assert risk.update_limit(everything, ["*"], "r2", "alice", accounts).etag == before  # nothing changed
    with pytest.raises(DomainError):
        update(sim, limit_id, "r3", owner="bob", threshold=from_decimal("1"))
    with pytest.raises(DomainError):
        update(sim, limit_id, "r4", etag='W/"7"', display_name="x")
    with pytest.raises(DomainError):
        update(sim, "lim_999999", "r5", display_name="x")
    with pytest.raises(DomainError):
        update(sim, limit_id, "r6", warning_levels=[0.9, 0.8])
    changed = update(sim, limit_id, "r7", display_name="x")
    assert update(sim, limit_id, "r7", display_name="x") == changed  # a retry

    assert same.etag == before and changed.etag != before
    assert [e.type for e in published_since(sim, count)] == ["cq.events.v1.LimitUpdated"]
