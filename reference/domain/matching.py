"""Matching: which liquidity an order meets, at which prices, in which order. Pure planning, no state
changes: the caller checks funds on the plan and only then applies it, so a refused order leaves nothing.

Two kinds of liquidity meet an incoming order:
- resting user orders of the same instrument (users cross each other), in price-time priority; a
  resting order of the same account is skipped (self-trade prevention);
- the simulated venue book (BookView levels). Its synthetic liquidity is there once per simulated tick:
  ``VenueLiquidity`` remembers what was taken at each level for the book's sequence, so two orders in
  the same tick cannot both take the same quantity.
At one price, resting user orders fill before the venue's levels.

Both also count their changes (``revision``, with the time of the latest): market data publishes the
sim venue's book as the venue's levels less what was taken plus the resting orders (views.BookOverlay),
and its sequence number moves with each change. Matching itself never reads that sum.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from cq.types.v1 import side_pb2
from reference.domain.views import BookView, Level, OrderLevel

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
    """The resting user orders of one instrument.

    Change them through ``add``, ``update`` and ``remove`` only: each change of what rests (an order
    added or removed, its price or remaining quantity changed) counts in ``revision``, and
    ``changed_at`` is the time of the latest.
    """

    def __init__(self) -> None:
        self._orders: dict[str, RestingOrder] = {}
        self.revision = 0
        self.changed_at = 0

    def _changed(self, now: int) -> None:
        self.revision += 1
        self.changed_at = now

    def add(self, order: RestingOrder, now: int = 0) -> None:
        self._orders[order.order_id] = order
        self._changed(now)

    def update(self, order_id: str, leaves: Decimal, price: Decimal | None = None, priority: int | None = None,
               now: int = 0) -> None:
        """A resting order's new remaining quantity, and a replace's price and priority."""
        order = self._orders.get(order_id)
        if order is None:
            return
        if order.leaves != leaves or (price is not None and order.price != price):
            self._changed(now)
        order.leaves = leaves
        if price is not None:
            order.price = price
        if priority is not None:
            order.priority = priority

    def remove(self, order_id: str, now: int = 0) -> None:
        if self._orders.pop(order_id, None) is not None:
            self._changed(now)

    def get(self, order_id: str) -> RestingOrder | None:
        return self._orders.get(order_id)

    def levels(self, side: side_pb2.Side.ValueType) -> tuple[OrderLevel, ...]:
        """One side aggregated by price, best first: total remaining quantity and number of orders."""
        totals: dict[Decimal, tuple[Decimal, int]] = {}
        for order in self.side(side):
            quantity, count = totals.get(order.price, (Decimal(0), 0))
            totals[order.price] = (quantity + order.leaves, count + 1)
        return tuple(OrderLevel(price, quantity, count) for price, (quantity, count) in totals.items())

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
        self._changes: dict[str, tuple[int, int]] = {}  # instrument -> (times quantity was taken, latest time)

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

    def take(self, book: BookView, taker_side: side_pb2.Side.ValueType, levels: Iterable[Level],
             now: int = 0) -> None:
        taken = self._for(book)
        book_side = SELL if taker_side == BUY else BUY
        took = False
        for level in levels:
            if level.quantity <= 0:
                continue
            key = (book_side, level.price)
            taken[key] = taken.get(key, Decimal(0)) + level.quantity
            took = True
        if took:
            count, _ = self._changes.get(book.instrument_id, (0, 0))
            self._changes[book.instrument_id] = (count + 1, now)

    def changes(self, instrument_id: str) -> tuple[int, int]:
        """(how many times quantity was taken from the instrument's book, the time of the latest)."""
        return self._changes.get(instrument_id, (0, 0))

    def taken(self, instrument_id: str, sequence: int, book_side: side_pb2.Side.ValueType) -> tuple[Level, ...]:
        """What was taken from one side of the book at ``sequence`` (bids for BUY), best price first;
        nothing once the book has moved on to another sequence."""
        current, taken = self._taken.get(instrument_id, (None, {}))
        if current != sequence:
            return ()
        prices = sorted((price for side, price in taken if side == book_side), reverse=book_side == BUY)
        return tuple(Level(price, taken[(book_side, price)]) for price in prices)


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
