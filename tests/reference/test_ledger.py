"""The ledger and valuation: average cost, realized and unrealized PnL, cash legs, NAV, by hand."""

from __future__ import annotations

from decimal import Decimal

from cq.decimals import to_decimal
from cq.portfolio.v1 import resources_pb2 as pf
from cq.types.v1 import side_pb2
from reference.domain.ledger import Ledger, PositionState, roll_position
from reference.domain.valuation import Pricer, value_accounts
from tests.reference.fakes import FakeCatalogue, FakeMarket, equity, perp
from tests.reference.harness import Sim

D = Decimal
AAPL = "cq:equity:AAPL"


def roll(state: PositionState, quantity: str, price: str) -> tuple[PositionState, Decimal, Decimal]:
    return roll_position(state, equity(), D(1), D(quantity), D(price), now=1)


def test_average_cost_moves_only_when_the_position_grows() -> None:
    state, realized, _ = roll(PositionState("a", AAPL), "100", "100")
    state, realized, _ = roll(state, "100", "110")
    assert (state.quantity, state.average_cost, realized) == (D(200), D(105), D(0))
    state, realized, closed = roll(state, "-50", "120")
    assert (state.quantity, state.average_cost, realized, closed) == (D(150), D(105), D(750), D(50))  # 50 * (120 - 105)
    assert state.realized_pnl == 750


def test_flipping_through_zero_realizes_the_closed_part_and_opens_the_rest_at_the_trade_price() -> None:
    state, _, _ = roll(PositionState("a", AAPL), "10", "100")
    state, realized, closed = roll(state, "-15", "90")
    assert (state.quantity, state.average_cost, realized, closed) == (D(-5), D(90), D(-100), D(10))
    state, realized, _ = roll(state, "5", "80")  # covering the short at 80 gains 5 * 10
    assert (state.quantity, state.average_cost, realized) == (D(0), D(0), D(50))


def test_a_fill_books_both_asset_legs_and_the_fee_under_one_exec_id() -> None:
    ledger = Ledger()
    ledger.deposit("a", "USD", D(20_000), now=0)
    booked = ledger.book_fill(
        account_id="a", instrument=equity(), multiplier=D(1), side=side_pb2.SIDE_BUY, quantity=D(100),
        price=D(100), fee=D("5"), fee_asset="USD", order_id="ord_1", exec_id="exe_1", strategy_id="",
        slippage=D(0), now=1,
    )
    assert [(m.asset_id, m.before, m.after, m.transaction.type) for m in booked.moves] == [
        ("AAPL", None, D(100), pf.TRANSACTION_TYPE_TRADE),
        ("USD", D(20_000), D(10_000), pf.TRANSACTION_TYPE_TRADE),
        ("USD", D(10_000), D(9_995), pf.TRANSACTION_TYPE_FEE),
    ]
    assert {m.transaction.exec_id for m in booked.moves} == {"exe_1"}
    assert [to_decimal(m.transaction.balance_after.value) for m in booked.moves] == [100, 10_000, 9_995]
    assert booked.position_before is None and booked.position_after.quantity == 100


def test_a_perpetual_moves_no_cash_on_entry_and_settles_realized_pnl_on_exit() -> None:
    ledger = Ledger()
    contract = perp()
    common = {"account_id": "a", "instrument": contract, "multiplier": D(1), "fee": D(0), "fee_asset": "USD",
              "order_id": "o", "strategy_id": "", "slippage": D(0)}
    opened = ledger.book_fill(side=side_pb2.SIDE_BUY, quantity=D(2), price=D(50_000), exec_id="e1", now=1,
                              **common)  # type: ignore[arg-type]
    assert opened.moves == ()
    closed = ledger.book_fill(side=side_pb2.SIDE_SELL, quantity=D(2), price=D(51_000), exec_id="e2", now=2,
                              **common)  # type: ignore[arg-type]
    assert [(m.asset_id, m.after, m.transaction.type) for m in closed.moves] == [
        ("USD", D(2_000), pf.TRANSACTION_TYPE_SETTLEMENT)
    ]
    assert closed.record.realized == 2_000 and closed.position_after.quantity == 0


def test_long_100_at_100_marked_at_105_has_unrealized_pnl_500_and_nav_is_cash_plus_market_value() -> None:
    market = FakeMarket()
    market.set_mark(AAPL, "105")
    ledger = Ledger()
    ledger.deposit("a", "USD", D(90_000), now=0)
    ledger.book_fill(account_id="a", instrument=equity(), multiplier=D(1), side=side_pb2.SIDE_BUY,
                     quantity=D(100), price=D(100), fee=D(0), fee_asset="USD", order_id="o", exec_id="e",
                     strategy_id="", slippage=D(0), now=1)
    valuation = value_accounts(Pricer(FakeCatalogue(), market), ledger, [("a", "sim")], "USD", now=2)
    (position,) = valuation.positions
    assert position.unrealized == 500
    assert position.market_value == 10_500
    assert valuation.cash == {"USD": D(80_000)}  # the AAPL balance is the position, not cash
    assert valuation.nav == 90_500  # 80,000 cash + 10,500 market value


def test_a_margined_position_adds_its_unrealized_pnl_to_nav_not_its_notional() -> None:
    market = FakeMarket()
    market.set_mark("cq:perp:BTC-USD", "49000")
    ledger = Ledger()
    ledger.deposit("a", "USD", D(100_000), now=0)
    ledger.book_fill(account_id="a", instrument=perp(), multiplier=D(1), side=side_pb2.SIDE_SELL, quantity=D(1),
                     price=D(50_000), fee=D(0), fee_asset="USD", order_id="o", exec_id="e", strategy_id="",
                     slippage=D(0), now=1)
    valuation = value_accounts(Pricer(FakeCatalogue(), market), ledger, [("a", "sim")], "USD", now=2)
    assert valuation.nav == 101_000  # short 1 from 50,000 to 49,000
    assert (valuation.short_exposure, valuation.gross_exposure, valuation.net_exposure) == (D(49_000), D(49_000), D(-49_000))


def test_a_buy_moves_cash_and_position_together_and_publishes_every_change() -> None:
    sim = Sim()
    sim.place(sim.order("c1", AAPL, "buy", "100", "100"))
    assert sim.trading.ledger.balance("acc_alice_spot", "USD") == D("989995")  # 10,000 + 5 fee
    assert sim.trading.ledger.position("acc_alice_spot", AAPL).quantity == 100  # type: ignore[union-attr]
    published = [e.type.rsplit(".", 1)[1] for e in sim.bus.history if e.partition_key == "acc_alice_spot"]
    after_fill = published[published.index("OrderPlaced"):]
    assert after_fill == [
        "OrderPlaced", "ExecutionReported",  # PENDING_NEW
        "ExecutionReported", "OrderStatusChanged",  # NEW
        "ExecutionReported", "OrderStatusChanged",  # TRADE, FILLED
        "TransactionBooked", "BalanceChanged",  # AAPL leg
        "TransactionBooked", "BalanceChanged",  # USD leg
        "TransactionBooked", "BalanceChanged",  # fee
        "PositionChanged",
    ]
    change = next(e.position_changed for e in sim.bus.history if e.HasField("position_changed"))
    assert to_decimal(change.quantity_change) == 100 and not change.HasField("before")
