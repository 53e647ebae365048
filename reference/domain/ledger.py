"""The books of every account: balances per asset, positions per instrument, the transaction ledger and
the fill records PnL reports are computed from.

A fill is booked in one step (``book_fill``): its ledger entries, balance moves and position change are
all computed first and then applied together, so cash and positions never disagree. Balances are net
amounts: a negative balance is a margin loan (Balance.borrowed), never a shortfall of a cash account,
which the trading side refuses before booking.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from cq.assets.v1 import instruments_pb2 as inst
from cq.decimals import from_decimal
from cq.portfolio.v1 import resources_pb2 as pf
from cq.types.v1 import amount_pb2, side_pb2
from reference.clock import to_timestamp
from reference.domain import instruments
from reference.domain.ids import Counter

ZERO = Decimal(0)


def amount(value: Decimal, asset_id: str) -> amount_pb2.Amount:
    return amount_pb2.Amount(value=from_decimal(value), asset_id=asset_id)


def sign(value: Decimal) -> int:
    return (value > 0) - (value < 0)


@dataclass(frozen=True)
class PositionState:
    """One account's holding of one instrument: signed quantity, average entry price of the open part,
    and the PnL realized since it was last opened from flat."""

    account_id: str
    instrument_id: str
    quantity: Decimal = ZERO
    average_cost: Decimal = ZERO
    realized_pnl: Decimal = ZERO
    open_time: int = 0
    update_time: int = 0


@dataclass(frozen=True)
class FillRecord:
    """A booked fill, kept for PnL over periods and performance statistics."""

    time: int
    account_id: str
    instrument_id: str
    order_id: str
    exec_id: str
    strategy_id: str
    side: side_pb2.Side.ValueType
    quantity: Decimal
    price: Decimal
    fee: Decimal
    fee_asset: str
    realized: Decimal  # in realized_asset; non-zero only when the fill reduced the position
    realized_asset: str
    closed_quantity: Decimal
    slippage: Decimal  # in the settle asset, positive is a cost (ExecutionQuality.slippage)


@dataclass(frozen=True)
class BalanceMove:
    account_id: str
    asset_id: str
    before: Decimal | None  # None: the account did not hold the asset
    after: Decimal
    transaction: pf.Transaction


@dataclass(frozen=True)
class BookedFill:
    moves: tuple[BalanceMove, ...]
    position_before: PositionState | None
    position_after: PositionState
    record: FillRecord


def roll_position(
    state: PositionState,
    instrument: inst.Instrument,
    multiplier: Decimal,
    signed_quantity: Decimal,
    price: Decimal,
    now: int,
) -> tuple[PositionState, Decimal, Decimal]:
    """The position after trading ``signed_quantity`` at ``price``, the PnL realized and the quantity
    closed. Average cost moves only when the position grows; reducing realizes (price - cost) on the
    closed part; flipping through zero opens the rest at ``price``."""
    held = state.quantity
    after = held + signed_quantity
    if held == 0 or sign(held) == sign(signed_quantity):
        cost = (abs(held) * state.average_cost + abs(signed_quantity) * price) / abs(after)
        realized_before = ZERO if held == 0 else state.realized_pnl
        opened = now if held == 0 else state.open_time
        return replace(state, quantity=after, average_cost=cost, realized_pnl=realized_before,
                       open_time=opened, update_time=now), ZERO, ZERO
    closed = min(abs(signed_quantity), abs(held))
    realized = instruments.pnl(instrument, multiplier, sign(held) * closed, state.average_cost, price, now)
    if after == 0:
        cost = ZERO
    elif sign(after) == sign(held):
        cost = state.average_cost
    else:
        cost = price
    opened = now if after != 0 and sign(after) != sign(held) else state.open_time
    new = replace(state, quantity=after, average_cost=cost, realized_pnl=state.realized_pnl + realized,
                  open_time=opened, update_time=now)
    return new, realized, closed


class Ledger:
    def __init__(self) -> None:
        self._transaction_ids = Counter("txn")
        self._balances: dict[str, dict[str, Decimal]] = {}
        self._positions: dict[tuple[str, str], PositionState] = {}
        self.transactions: list[pf.Transaction] = []
        self.fills: list[FillRecord] = []

    # reads

    def balances(self, account_id: str) -> dict[str, Decimal]:
        return dict(self._balances.get(account_id, {}))

    def balance(self, account_id: str, asset_id: str) -> Decimal:
        return self._balances.get(account_id, {}).get(asset_id, ZERO)

    def position(self, account_id: str, instrument_id: str) -> PositionState | None:
        return self._positions.get((account_id, instrument_id))

    def positions(self, account_id: str, include_flat: bool = False) -> list[PositionState]:
        return sorted(
            (p for (a, _), p in self._positions.items() if a == account_id and (include_flat or p.quantity != 0)),
            key=lambda p: p.instrument_id,
        )

    # writes

    def _move(
        self,
        account_id: str,
        asset_id: str,
        change: Decimal,
        kind: pf.TransactionType.ValueType,
        now: int,
        instrument_id: str = "",
        order_id: str = "",
        exec_id: str = "",
    ) -> BalanceMove:
        held = self._balances.setdefault(account_id, {})
        before = held.get(asset_id)
        after = (before or ZERO) + change
        held[asset_id] = after
        transaction = pf.Transaction(
            transaction_id=self._transaction_ids.next(),
            account_id=account_id,
            type=kind,
            amount=amount(change, asset_id),
            balance_after=amount(after, asset_id),
            instrument_id=instrument_id,
            order_id=order_id,
            exec_id=exec_id,
            transact_time=to_timestamp(now),
        )
        self.transactions.append(transaction)
        return BalanceMove(account_id, asset_id, before, after, transaction)

    def deposit(self, account_id: str, asset_id: str, value: Decimal, now: int) -> BalanceMove:
        return self._move(account_id, asset_id, value, pf.TRANSACTION_TYPE_DEPOSIT, now)

    def open_position(self, account_id: str, instrument_id: str, quantity: Decimal, cost: Decimal, now: int) -> None:
        """Record a holding that arrived without a trade (a seeded balance), at ``cost`` per unit."""
        self._positions[(account_id, instrument_id)] = PositionState(
            account_id, instrument_id, quantity, cost, ZERO, now, now
        )

    def book_fill(
        self,
        *,
        account_id: str,
        instrument: inst.Instrument,
        multiplier: Decimal,
        side: side_pb2.Side.ValueType,
        quantity: Decimal,
        price: Decimal,
        fee: Decimal,
        fee_asset: str,
        order_id: str,
        exec_id: str,
        strategy_id: str,
        slippage: Decimal,
        now: int,
    ) -> BookedFill:
        """Book one fill: the asset legs, the fee, realized PnL of margined kinds, and the position."""
        key = (account_id, instrument.instrument_id)
        before = self._positions.get(key)
        state = before or PositionState(account_id, instrument.instrument_id)
        direction = Decimal(1) if side == side_pb2.SIDE_BUY else Decimal(-1)
        after, realized, closed = roll_position(state, instrument, multiplier, direction * quantity, price, now)
        ids = {"instrument_id": instrument.instrument_id, "order_id": order_id, "exec_id": exec_id}
        moves: list[BalanceMove] = []
        kind = instruments.kind(instrument)
        if instruments.delivers_base_asset(instrument):
            moves.append(self._move(account_id, instrument.base_asset_id, direction * quantity * multiplier,
                                    pf.TRANSACTION_TYPE_TRADE, now, **ids))
        paid = instruments.cash_value(instrument, multiplier, quantity, price)
        if paid:
            moves.append(self._move(account_id, instrument.quote_asset_id, -direction * paid,
                                    pf.TRANSACTION_TYPE_TRADE, now, **ids))
        if realized and kind in (instruments.Kind.MARGINED, instruments.Kind.SWAP):
            moves.append(self._move(account_id, instruments.settle_asset(instrument), realized,
                                    pf.TRANSACTION_TYPE_SETTLEMENT, now, **ids))
        if fee:
            fee_type = pf.TRANSACTION_TYPE_FEE if fee > 0 else pf.TRANSACTION_TYPE_REBATE
            moves.append(self._move(account_id, fee_asset, -fee, fee_type, now, **ids))
        self._positions[key] = after
        record = FillRecord(
            time=now, account_id=account_id, instrument_id=instrument.instrument_id, order_id=order_id,
            exec_id=exec_id, strategy_id=strategy_id, side=side, quantity=quantity, price=price, fee=fee,
            fee_asset=fee_asset, realized=realized, realized_asset=instruments.settle_asset(instrument),
            closed_quantity=closed, slippage=slippage,
        )
        self.fills.append(record)
        return BookedFill(tuple(moves), before, after, record)
