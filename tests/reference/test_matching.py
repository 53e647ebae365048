"""Matching: the pure planner, then the venue's order handling on the domain (no gRPC).

Books are set by hand (tests/reference/fakes.py), so every expectation is worked out from the levels:
BTC-USD asks 1 @ 50001 and 5 @ 50010, bids 2 @ 49999 and 5 @ 49990; AAPL asks 1000 @ 100.
"""

from __future__ import annotations

import asyncio
import zlib
from decimal import Decimal

import grpc
import pytest

from cq.decimals import to_decimal
from cq.types.v1 import side_pb2
from cq.venues.v1 import resources_pb2 as venues
from cq.venues.v1 import service_pb2 as venue_api
from reference.domain.matching import (
    BUY,
    SELL,
    Fill,
    RestingOrder,
    UserBook,
    VenueLiquidity,
    plan_resting,
    plan_taker,
    would_take,
)
from reference.domain.views import BookView, Level
from reference.errors import DomainError, InvalidRequest
from tests.reference.harness import Sim

D = Decimal
BTC = "cq:spot:BTC-USD"
AAPL = "cq:equity:AAPL"


def levels(*pairs: tuple[str, str]) -> tuple[Level, ...]:
    return tuple(Level(D(p), D(q)) for p, q in pairs)


def resting(order_id: str, side: int, price: str, leaves: str, priority: int, account: str = "acc_x") -> RestingOrder:
    return RestingOrder(order_id, account, side, D(price), D(leaves), priority)  # type: ignore[arg-type]


def statuses(sim: Sim, account: str = "acc_alice_spot") -> list[tuple[str, str]]:
    return [
        (venues.ExecType.Name(r.execution_report.exec_type).removeprefix("EXEC_TYPE_"),
         venues.OrderStatus.Name(r.execution_report.order_status).removeprefix("ORDER_STATUS_"))
        for r in sim.trading.reports(account) if r.HasField("execution_report")
    ]


# the planner


def test_a_market_buy_walks_the_asks_best_first_and_stops_when_done() -> None:
    fills = plan_taker(BUY, D("3"), None, [], levels(("101", "1"), ("102", "5")), "acc_a")
    assert fills == [Fill(D("101"), D("1")), Fill(D("102"), D("2"))]


def test_a_limit_never_trades_through_its_price() -> None:
    fills = plan_taker(BUY, D("10"), D("101"), [], levels(("101", "1"), ("102", "5")), "acc_a")
    assert fills == [Fill(D("101"), D("1"))]
    assert plan_taker(SELL, D("1"), D("100"), [], levels(("99", "5")), "acc_a") == []


def test_resting_user_orders_fill_first_at_a_price_then_by_time_and_never_against_their_own_account() -> None:
    makers = [
        resting("ord_b", SELL, "101", "2", priority=2),
        resting("ord_a", SELL, "101", "1", priority=1),
        resting("ord_self", SELL, "100", "9", priority=0, account="acc_a"),
    ]
    book = UserBook()
    for maker in makers:
        book.add(maker)
    fills = plan_taker(BUY, D("5"), None, book.opposite(BUY), levels(("100.5", "1"), ("101", "10")), "acc_a")
    assert fills == [
        Fill(D("100.5"), D("1")),  # the venue's better price first
        Fill(D("101"), D("1"), "ord_a"),  # then the earlier resting order,
        Fill(D("101"), D("2"), "ord_b"),  # the later one,
        Fill(D("101"), D("1")),  # and the venue's level at the same price last
    ]


def test_venue_liquidity_is_there_once_per_tick() -> None:
    liquidity = VenueLiquidity()
    book = BookView(BTC, "sim", 7, 0, bids=(), asks=levels(("101", "2"), ("102", "5")))
    liquidity.take(book, BUY, levels(("101", "2"), ("102", "1")))
    assert liquidity.available(book, BUY) == list(levels(("102", "4")))
    next_tick = BookView(BTC, "sim", 8, 0, bids=(), asks=book.asks)
    assert liquidity.available(next_tick, BUY) == list(book.asks)


def test_a_resting_order_the_book_crosses_fills_at_its_own_price_up_to_the_crossing_quantity() -> None:
    order = resting("ord_1", BUY, "100", "5", priority=1)
    fills, taken = plan_resting(order, levels(("99", "2"), ("100", "1"), ("100.5", "9")))
    assert fills == [Fill(D("100"), D("3"))]
    assert taken == list(levels(("99", "2"), ("100", "1")))


def test_post_only_sees_whether_an_order_would_take() -> None:
    asks = levels(("101", "1"))
    assert would_take(BUY, D("101"), [], asks, "acc_a")
    assert not would_take(BUY, D("100.9"), [], asks, "acc_a")
    assert not would_take(BUY, D("102"), [resting("ord_self", SELL, "100", "1", 1, "acc_a")], (), "acc_a")


# the venue


def test_a_market_buy_fills_level_by_level_with_taker_fees_and_fix_reports() -> None:
    sim = Sim()
    order = sim.place(sim.order("c1", BTC, "buy", "2"))
    assert order.status == venues.ORDER_STATUS_FILLED
    assert to_decimal(order.average_price) == D("50005.5")  # (50001 + 50010) / 2
    # 5 bps of each fill, rounded to cents: 25.0005 -> 25.00, 25.005 -> 25.00 (half even)
    assert [(f.asset_id, to_decimal(f.value)) for f in order.cum_fees] == [("USD", D("50.00"))]
    assert statuses(sim) == [("PENDING_NEW", "PENDING_NEW"), ("NEW", "NEW"), ("TRADE", "PARTIALLY_FILLED"),
                             ("TRADE", "FILLED")]
    reports = [r.execution_report for r in sim.trading.reports("acc_alice_spot")]
    assert [r.sequence for r in reports] == [1, 2, 3, 4]
    assert [to_decimal(r.last_price) for r in reports[2:]] == [D("50001"), D("50010")]
    assert all(r.liquidity == venues.LIQUIDITY_TAKER for r in reports[2:])
    assert to_decimal(reports[3].leaves_quantity) == 0 and to_decimal(reports[3].cum_quantity) == 2


def test_two_orders_in_one_tick_cannot_take_the_same_liquidity() -> None:
    sim = Sim()
    sim.step()
    first = sim.trading.place_order(sim.order("c1", BTC, "buy", "1"), "", "")
    second = sim.trading.place_order(sim.order("c2", BTC, "buy", "1"), "", "")
    assert to_decimal(first.average_price) == D("50001")
    assert to_decimal(second.average_price) == D("50010")  # 50001 was taken this tick
    third = sim.place(sim.order("c3", BTC, "buy", "1"))  # the next tick brings the level back
    assert to_decimal(third.average_price) == D("50001")


def test_ioc_fills_what_it_can_and_the_rest_expires() -> None:
    sim = Sim()
    order = sim.place(sim.order("c1", BTC, "buy", "3", "50001", tif=venues.TIME_IN_FORCE_IOC))
    assert order.status == venues.ORDER_STATUS_EXPIRED
    assert (to_decimal(order.cum_quantity), to_decimal(order.leaves_quantity)) == (D(1), D(0))


def test_fok_that_cannot_fill_completely_expires_without_a_fill() -> None:
    sim = Sim()
    order = sim.place(sim.order("c1", BTC, "buy", "7", "50010", tif=venues.TIME_IN_FORCE_FOK))
    assert order.status == venues.ORDER_STATUS_EXPIRED
    assert to_decimal(order.cum_quantity) == 0
    assert sim.trading.ledger.balance("acc_alice_spot", "USD") == 1_000_000
    filled = sim.place(sim.order("c2", BTC, "buy", "6", "50010", tif=venues.TIME_IN_FORCE_FOK))
    assert filled.status == venues.ORDER_STATUS_FILLED


def test_post_only_is_rejected_when_it_would_take_and_rests_when_it_would_not() -> None:
    sim = Sim()
    taking = sim.place(sim.order("c1", BTC, "buy", "1", "50001", post_only=True))
    assert taking.status == venues.ORDER_STATUS_REJECTED
    assert taking.reject_reason == venues.ORDER_REJECT_REASON_POST_ONLY_WOULD_TAKE
    making = sim.place(sim.order("c2", BTC, "buy", "1", "50000", post_only=True))
    assert making.status == venues.ORDER_STATUS_NEW


def test_user_orders_rest_and_cross_each_other_in_price_time_priority() -> None:
    sim = Sim()
    sim.market.set_book(AAPL, [("99", "1000")], [("101", "1000")], mark="100")
    sim.place(sim.order("buy", AAPL, "buy", "10", "101"))  # alice spot holds 10 AAPL
    first = sim.place(sim.order("s1", AAPL, "sell", "10", "100.5"))
    second = sim.place(sim.order("s2", AAPL, "sell", "10", "100.5", account_id="acc_alice_margin"))
    assert first.status == second.status == venues.ORDER_STATUS_NEW
    bob = sim.place(sim.order("b1", AAPL, "buy", "15", "100.5", account_id="acc_bob_spot"))
    assert bob.status == venues.ORDER_STATUS_FILLED
    assert to_decimal(bob.average_price) == D("100.5")
    assert sim.trading.order(first.order_id).status == venues.ORDER_STATUS_FILLED
    later = sim.trading.order(second.order_id)
    assert later.status == venues.ORDER_STATUS_PARTIALLY_FILLED and to_decimal(later.cum_quantity) == 5
    maker = sim.trading.reports("acc_alice_spot")[-1].execution_report
    assert maker.liquidity == venues.LIQUIDITY_MAKER
    assert to_decimal(maker.fee.value) == D("0.20")  # 2 bps of 1005
    assert sim.trading.ledger.position("acc_bob_spot", AAPL).quantity == 15  # type: ignore[union-attr]


def test_a_resting_order_fills_as_maker_when_the_market_moves_through_it() -> None:
    sim = Sim()
    order = sim.place(sim.order("c1", BTC, "buy", "1", "49995"))
    assert order.status == venues.ORDER_STATUS_NEW
    sim.market.set_book(BTC, [("49980", "1")], [("49990", "0.4"), ("49994", "5")])
    sim.step()
    filled = sim.trading.order(order.order_id)
    assert filled.status == venues.ORDER_STATUS_FILLED
    assert to_decimal(filled.average_price) == D("49995")  # its own price, as the maker
    report = sim.trading.reports("acc_alice_spot")[-1].execution_report
    assert report.liquidity == venues.LIQUIDITY_MAKER and to_decimal(report.fee.value) == D("10.00")


def test_gtd_orders_expire_and_day_orders_end_at_midnight() -> None:
    sim = Sim()
    expiry = sim.clock.timestamp()
    expiry.FromNanoseconds(sim.clock.now() + 250_000_000)
    gtd = sim.place(sim.order("c1", BTC, "buy", "1", "49000", tif=venues.TIME_IN_FORCE_GTD, expire_time=expiry))
    assert gtd.status == venues.ORDER_STATUS_NEW
    sim.step()
    sim.step()
    assert sim.trading.order(gtd.order_id).status == venues.ORDER_STATUS_EXPIRED
    day = sim.place(sim.order("c2", BTC, "buy", "1", "49000", tif=venues.TIME_IN_FORCE_DAY))
    asyncio.run(sim.clock.sleep(10 * 3600 * 1_000_000_000))  # 14:30 + 10 h is past 00:00 UTC
    sim.sync()
    assert sim.trading.order(day.order_id).status == venues.ORDER_STATUS_EXPIRED


def test_a_stop_order_triggers_on_the_last_price_and_becomes_a_market_order() -> None:
    sim = Sim()
    sim.place(sim.order("buy", AAPL, "buy", "10", "100"))
    stop = sim.order("stop", AAPL, "sell", "10", None, stop_price={"value": "95"})
    stop.type = venues.ORDER_TYPE_STOP
    placed = sim.place(stop)
    assert placed.status == venues.ORDER_STATUS_NEW
    sim.market.set_book(AAPL, [("94", "1000")], [("94.5", "1000")])
    sim.market.set_mark(AAPL, "94.2")
    sim.step()
    triggered = sim.trading.order(placed.order_id)
    assert triggered.status == venues.ORDER_STATUS_FILLED and to_decimal(triggered.average_price) == 94
    assert ("TRIGGERED", "NEW") in statuses(sim)


def test_a_cash_account_cannot_spend_what_it_does_not_have_or_sell_what_it_does_not_hold() -> None:
    sim = Sim(with_risk=False)  # no order notional limit in the way
    spent = sim.place(sim.order("c1", BTC, "buy", "6", "50010", account_id="acc_bob_spot"))
    assert spent.status == venues.ORDER_STATUS_FILLED
    # 50001 + 5 * 50010 = 300051, fees 25.00 + 125.02 (half even): 699798.98 USD left
    left = sim.trading.ledger.balance("acc_bob_spot", "USD")
    assert left == D("699798.98")
    too_much = sim.place(sim.order("c2", AAPL, "buy", "7000", "100", account_id="acc_bob_spot"))
    assert too_much.status == venues.ORDER_STATUS_REJECTED
    assert too_much.reject_reason == venues.ORDER_REJECT_REASON_INSUFFICIENT_FUNDS
    naked = sim.place(sim.order("c3", AAPL, "sell", "1", "99", account_id="acc_bob_spot"))
    assert naked.reject_reason == venues.ORDER_REJECT_REASON_INSUFFICIENT_FUNDS
    assert sim.trading.ledger.balance("acc_bob_spot", "USD") == left
    assert sim.trading.ledger.position("acc_bob_spot", AAPL) is None


def test_cancel_fix_semantics() -> None:
    sim = Sim()
    working = sim.place(sim.order("c1", BTC, "buy", "1", "49000"))
    locked = {b.asset_id: to_decimal(b.locked) for b in sim.trading.balances("acc_alice_spot")}
    assert locked["USD"] == D("49024.5")  # 49000 plus the 5 bps fee it may pay
    sim.step()
    canceled = sim.trading.cancel_order("acc_alice_spot", working.order_id, "", "", "user:alice")
    assert canceled.status == venues.ORDER_STATUS_CANCELED
    assert statuses(sim)[-2:] == [("PENDING_CANCEL", "PENDING_CANCEL"), ("CANCELED", "CANCELED")]
    assert sim.trading.reports("acc_alice_spot")[-1].execution_report.orig_client_order_id == "c1"
    assert all(to_decimal(b.locked) == 0 for b in sim.trading.balances("acc_alice_spot"))
    again = sim.trading.cancel_order("acc_alice_spot", "", "c1", "", "user:alice")
    assert again == canceled  # a retry is harmless
    filled = sim.place(sim.order("c2", BTC, "buy", "1"))
    with pytest.raises(DomainError) as late:
        sim.trading.cancel_order("acc_alice_spot", filled.order_id, "", "", "user:alice")
    assert (late.value.code, late.value.reason) == (grpc.StatusCode.FAILED_PRECONDITION, "CANCEL_REJECT_REASON_TOO_LATE")
    with pytest.raises(DomainError) as unknown:
        sim.trading.cancel_order("acc_alice_spot", "ord_999999", "", "", "user:alice")
    assert (unknown.value.code, unknown.value.reason) == (grpc.StatusCode.NOT_FOUND,
                                                          "CANCEL_REJECT_REASON_UNKNOWN_ORDER")


def replace(orig: str, new: str, retry: int = 0, **terms: str) -> venue_api.ReplaceOrderRequest:
    """A replace request; its request_id follows the new client id (and ``retry``)."""
    key = zlib.crc32(f"{new}/{retry}".encode())
    request = venue_api.ReplaceOrderRequest(request_id=f"00000000-0000-4000-8000-{key:012d}",
                                            account_id="acc_alice_spot", orig_client_order_id=orig,
                                            client_order_id=new)
    for name, value in terms.items():
        getattr(request, name).value = value
    return request


def test_replace_keeps_the_order_id_changes_terms_and_reports_both_client_ids() -> None:
    sim = Sim()
    working = sim.place(sim.order("c1", BTC, "buy", "2", "49000"))
    sim.step()
    replaced = sim.trading.replace_order(replace("c1", "c1-r1", quantity="3", limit_price="49500"), "user:alice")
    assert replaced.order_id == working.order_id
    assert (replaced.client_order_id, replaced.orig_client_order_id) == ("c1-r1", "c1")
    assert (to_decimal(replaced.quantity), to_decimal(replaced.limit_price)) == (D(3), D(49500))
    assert statuses(sim)[-2:] == [("PENDING_REPLACE", "PENDING_REPLACE"), ("REPLACED", "NEW")]
    pending = sim.trading.reports("acc_alice_spot")[-2].execution_report
    assert (pending.client_order_id, pending.orig_client_order_id) == ("c1-r1", "c1")
    # The same replace again (another request) is a harmless repeat; the new id for other terms a duplicate.
    sim.step()
    repeat = replace("c1", "c1-r1", retry=1, quantity="3", limit_price="49500")
    assert sim.trading.replace_order(repeat, "").client_order_id == "c1-r1"
    assert statuses(sim)[-1] == ("REPLACED", "NEW")  # nothing new happened
    with pytest.raises(DomainError) as duplicate:
        sim.trading.replace_order(replace("c1-r1", "c1", quantity="4"), "")
    assert duplicate.value.reason == "CANCEL_REJECT_REASON_DUPLICATE_CLIENT_ORDER_ID"
    with pytest.raises(InvalidRequest):
        sim.trading.replace_order(replace("c1-r1", "c1-r2", stop_price="1"), "")


def test_a_replace_that_crosses_the_book_trades_and_one_the_venue_refuses_keeps_the_old_terms() -> None:
    sim = Sim()
    working = sim.place(sim.order("c1", BTC, "buy", "1", "49000", post_only=True))
    sim.step()
    refused = sim.trading.replace_order(replace("c1", "c2", limit_price="50001"), "")
    assert refused.client_order_id == "c1" and to_decimal(refused.limit_price) == 49000
    reject = sim.trading.reports("acc_alice_spot")[-1].cancel_reject
    assert reject.reason == venues.CANCEL_REJECT_REASON_POST_ONLY_WOULD_TAKE
    assert reject.sequence == sim.trading.last_sequence("acc_alice_spot")
    plain = sim.place(sim.order("c3", BTC, "buy", "1", "49000"))
    sim.step()
    crossed = sim.trading.replace_order(replace("c3", "c4", limit_price="50001"), "")
    assert crossed.status == venues.ORDER_STATUS_FILLED and crossed.order_id == plain.order_id
    assert working.order_id != plain.order_id


def test_a_repeated_client_order_id_returns_the_order_or_fails_with_already_exists() -> None:
    sim = Sim()
    first = sim.place(sim.order("c1", BTC, "buy", "1", "49000"))
    repeat = sim.order("c1", BTC, "buy", "1.0", "49000.00")  # the same terms, spelled differently
    assert sim.place(repeat, "another-request").order_id == first.order_id
    with pytest.raises(DomainError) as error:
        sim.place(sim.order("c1", BTC, "buy", "2", "49000"))
    assert (error.value.code, error.value.reason) == (grpc.StatusCode.ALREADY_EXISTS, "DUPLICATE_CLIENT_ORDER_ID")
    assert error.value.metadata == {"order_id": first.order_id}
    assert len(sim.trading.orders("acc_alice_spot")) == 1


def test_the_same_request_id_returns_the_first_response() -> None:
    sim = Sim()
    first = sim.place(sim.order("c1", BTC, "buy", "1", "49000"), "5f2b8c1e-3d4a-4e6f-9a7b-1c2d3e4f5a6b")
    sim.step()
    sim.trading.cancel_order("acc_alice_spot", first.order_id)
    again = sim.place(sim.order("c1", BTC, "buy", "1", "49000"), "5f2b8c1e-3d4a-4e6f-9a7b-1c2d3e4f5a6b")
    assert again == first  # the first response, not the now canceled order


def test_a_halted_market_refuses_orders_with_market_closed() -> None:
    sim = Sim()
    sim.market.halted.add(BTC)
    order = sim.place(sim.order("c1", BTC, "buy", "1"))
    assert order.status == venues.ORDER_STATUS_REJECTED
    assert order.reject_reason == venues.ORDER_REJECT_REASON_MARKET_CLOSED
    assert order.venue_message.startswith("MARKET_HALTED")


def test_lot_and_tick_sizes_are_enforced() -> None:
    sim = Sim()
    lot = sim.place(sim.order("c1", BTC, "buy", "0.00015", "49000"))
    tick = sim.place(sim.order("c2", BTC, "buy", "1", "49000.05"))
    assert lot.reject_reason == venues.ORDER_REJECT_REASON_INVALID_QUANTITY
    assert tick.reject_reason == venues.ORDER_REJECT_REASON_INVALID_PRICE_INCREMENT


def test_a_cash_account_cannot_trade_perpetuals_but_a_margin_account_can_go_short() -> None:
    sim = Sim()
    cash = sim.place(sim.order("c1", "cq:perp:BTC-USD", "sell", "1"))
    assert cash.reject_reason == venues.ORDER_REJECT_REASON_UNKNOWN_ACCOUNT
    margin = sim.place(sim.order("c2", "cq:perp:BTC-USD", "sell", "1", account_id="acc_alice_margin"))
    assert margin.status == venues.ORDER_STATUS_FILLED
    assert sim.trading.ledger.position("acc_alice_margin", "cq:perp:BTC-USD").quantity == -1  # type: ignore[union-attr]
    assert side_pb2.SIDE_SELL == margin.side


def test_the_same_calls_give_byte_identical_events() -> None:
    def session() -> list[bytes]:
        sim = Sim()
        sim.place(sim.order("c1", BTC, "buy", "2"))
        sim.place(sim.order("c2", BTC, "sell", "1", "50100"))  # rests, then fills when the bid passes it
        working = sim.place(sim.order("c3", BTC, "buy", "1", "40000"))
        sim.market.set_book(BTC, [("50150", "3")], [("50160", "3")])
        sim.step()
        sim.trading.cancel_order("acc_alice_spot", working.order_id)
        return [e.SerializeToString(deterministic=True) for e in sim.bus.history]

    first, second = session(), session()
    assert first == second and len(first) > 30
