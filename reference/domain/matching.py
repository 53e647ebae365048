"""Matching: which liquidity an order meets, at which prices, in which order. Pure planning, no state
changes: the caller checks funds on the plan and only then applies it, so a refused order leaves nothing.

Two kinds of liquidity meet an incoming order:
- resting user orders of the same instrument (users cross each other), in price-time priority; a
  resting order of the same account is skipped (self-trade prevention);
- the simulated venue book (BookView levels). Its synthetic liquidity is there once per simulated tick:
  ``VenueLiquidity`` remembers what was taken at each level for the book's sequence, so two orders in
  the same tick cannot both take the same quantity.
At one price, resting user orders fill before the venue's levels.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from cq.types.v1 import side_pb2
from reference.domain.views import BookView, Level

BUY = side_pb2.SIDE_BUY
SELL = side_pb2.SIDE_SELL


@dataclass
class RestingOrder:
    """A user limit order working in the book: the part of it matching needs."""

    order_id: str
    account_id: str
    side: side_pb2.Side.ValueType
    price: Decimal
    leaves: Decimal
    priority: int  # arrival order; a replace that raises quantity or moves the price takes a new one


@dataclass(frozen=True)
class Fill:
    """One execution planned for the incoming order: against a resting user order, or the venue when
    ``maker_order_id`` is empty."""

    price: Decimal
    quantity: Decimal
    maker_order_id: str = ""


def crosses(side: side_pb2.Side.ValueType, limit: Decimal | None, price: Decimal) -> bool:
    """Whether an order on ``side`` with ``limit`` (None: market) may trade at ``price``."""
    if limit is None:
        return True
    return price <= limit if side == BUY else price >= limit


class UserBook:
    """The resting user orders of one instrument."""

    def __init__(self) -> None:
        self._orders: dict[str, RestingOrder] = {}

    def add(self, order: RestingOrder) -> None:
        self._orders[order.order_id] = order

    def remove(self, order_id: str) -> None:
        self._orders.pop(order_id, None)

    def get(self, order_id: str) -> RestingOrder | None:
        return self._orders.get(order_id)

    def side(self, side: side_pb2.Side.ValueType) -> list[RestingOrder]:
        """One side in priority order: best price first, then earliest arrival."""
        orders = [o for o in self._orders.values() if o.side == side and o.leaves > 0]
        if side == BUY:
            return sorted(orders, key=lambda o: (-o.price, o.priority))
        return sorted(orders, key=lambda o: (o.price, o.priority))

    def opposite(self, side: side_pb2.Side.ValueType) -> list[RestingOrder]:
        return self.side(SELL if side == BUY else BUY)


class VenueLiquidity:
    """What incoming orders have taken from the simulated book, per instrument, for the current tick."""

    def __init__(self) -> None:
        # instrument -> (book sequence, {(taken side, price): quantity taken})
        self._taken: dict[str, tuple[int, dict[tuple[int, Decimal], Decimal]]] = {}

    def _for(self, book: BookView) -> dict[tuple[int, Decimal], Decimal]:
        sequence, taken = self._taken.get(book.instrument_id, (None, {}))
        if sequence != book.sequence:
            taken = {}
            self._taken[book.instrument_id] = (book.sequence, taken)
        return taken

    def available(self, book: BookView, taker_side: side_pb2.Side.ValueType) -> list[Level]:
        """The levels an order on ``taker_side`` meets (asks for a buy), best first, net of what was taken."""
        taken = self._for(book)
        levels = book.asks if taker_side == BUY else book.bids
        book_side = SELL if taker_side == BUY else BUY
        result = []
        for level in levels:
            left = level.quantity - taken.get((book_side, level.price), Decimal(0))
            if left > 0:
                result.append(Level(level.price, left))
        return result

    def take(self, book: BookView, taker_side: side_pb2.Side.ValueType, levels: Iterable[Level]) -> None:
        taken = self._for(book)
        book_side = SELL if taker_side == BUY else BUY
        for level in levels:
            key = (book_side, level.price)
            taken[key] = taken.get(key, Decimal(0)) + level.quantity


def plan_taker(
    side: side_pb2.Side.ValueType,
    quantity: Decimal,
    limit: Decimal | None,
    makers: Sequence[RestingOrder],
    levels: Sequence[Level],
    account_id: str,
) -> list[Fill]:
    """The fills of an incoming order: best price first across resting orders and venue levels, at the
    resting price (the maker's), never through ``limit``, until ``quantity`` is done or liquidity ends.

    ``makers`` and ``levels`` are the opposite side in priority order, as UserBook.opposite and
    VenueLiquidity.available return them.
    """
    queue = [m for m in makers if m.account_id != account_id and crosses(side, limit, m.price)]
    venue = [lv for lv in levels if crosses(side, limit, lv.price)]
    fills: list[Fill] = []
    remaining = quantity
    maker_index = level_index = 0
    level_left = venue[0].quantity if venue else Decimal(0)
    while remaining > 0 and (maker_index < len(queue) or level_index < len(venue)):
        maker = queue[maker_index] if maker_index < len(queue) else None
        level = venue[level_index] if level_index < len(venue) else None
        maker_first = maker is not None and (
            level is None or (maker.price <= level.price if side == BUY else maker.price >= level.price)
        )
        if maker_first and maker is not None:
            size = min(remaining, maker.leaves)
            fills.append(Fill(maker.price, size, maker.order_id))
            maker_index += 1
        elif level is not None:
            size = min(remaining, level_left)
            fills.append(Fill(level.price, size))
            level_left -= size
            if level_left == 0:
                level_index += 1
                level_left = venue[level_index].quantity if level_index < len(venue) else Decimal(0)
        remaining -= size
    return fills


def plan_resting(order: RestingOrder, levels: Sequence[Level]) -> tuple[list[Fill], list[Level]]:
    """The fills of a resting order that the venue's book has moved through: as the maker, at its own
    price, up to the quantity of the levels that cross it. Also returns the level quantities taken."""
    fills: list[Fill] = []
    taken: list[Level] = []
    remaining = order.leaves
    for level in levels:
        if remaining == 0 or not crosses(order.side, order.price, level.price):
            break
        size = min(remaining, level.quantity)
        taken.append(Level(level.price, size))
        remaining -= size
    filled = order.leaves - remaining
    if filled > 0:
        fills.append(Fill(order.price, filled))
    return fills, taken


def venue_levels_taken(fills: Iterable[Fill]) -> list[Level]:
    """The venue quantity each price level gave to ``fills`` (the ones without a maker order)."""
    return [Level(f.price, f.quantity) for f in fills if not f.maker_order_id]


def would_take(
    side: side_pb2.Side.ValueType,
    limit: Decimal,
    makers: Sequence[RestingOrder],
    levels: Sequence[Level],
    account_id: str,
) -> bool:
    """Whether an order at ``limit`` would execute at once: what a post-only order must not do."""
    return any(m.account_id != account_id and crosses(side, limit, m.price) for m in makers) or any(
        crosses(side, limit, lv.price) for lv in levels
    )
