"""Order book ladders and the analytics measured on them (depth bands, slippage, deltas).

A simulated book is a pure function of the market's best bid and ask, its fair value and the tick
index, so it is generated when asked for instead of being stored for every tick, and the top level
always matches the Price published for the same tick. On the sim venue, where users trade, the
published book also holds their resting orders and shows what their orders took (``overlay``).
"""

from __future__ import annotations

import decimal
import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from cq.markets.v1 import resources_pb2 as mpb
from reference.domain import noise
from reference.domain.views import BookOverlay, Level, OrderLevel

# Integer levels: (price in ticks, quantity in lots, order count).
RawLevel = tuple[int, int, int]
_STRIDE = 256  # noise counters per tick: bids use [0, 100), asks [100, 200), the rest [200, 256)
ANALYTICS = decimal.Context(prec=60, rounding=decimal.ROUND_HALF_EVEN)


@dataclass(frozen=True)
class Ladder:
    """A market's resting-liquidity profile in its own units."""

    key: int
    tick: float
    levels: int
    reach_bps: float
    top_lots: float
    growth: float

    def offsets(self, fair: float) -> list[int]:
        """Tick distance of each level from the touch: quadratic out to reach_bps, at least one tick apart."""
        reach_ticks = fair * self.reach_bps / 10_000 / self.tick
        last = max(self.levels - 1, 1)
        offsets = [0]
        for level in range(1, self.levels):
            offsets.append(max(round(reach_ticks * (level / last) ** 2), offsets[-1] + 1))
        return offsets

    def lots(self, tick: int, side: int, level: int) -> int:
        """Resting lots at a level: growing with distance, +/-60% noise per tick."""
        u = noise.uniform(self.key, tick * _STRIDE + side * 100 + level)
        return max(1, round(self.top_lots * (1 + self.growth * level) * (0.4 + 1.2 * u)))

    def orders(self, tick: int, side: int, level: int, lots: int) -> int:
        u = noise.uniform(self.key, tick * _STRIDE + side * 100 + 50 + level)
        return 1 + int(u * min(12.0, 2.0 + math.sqrt(lots / max(self.top_lots, 1.0)) * 4))

    def build(self, tick: int, bid: int, ask: int, fair: float, depth: int) -> tuple[list[RawLevel], list[RawLevel]]:
        """Up to ``depth`` levels a side; a bid at or below zero is left out (a worthless option)."""
        offsets = self.offsets(fair)[:depth]
        sides: list[list[RawLevel]] = [[], []]
        for side, touch, sign in ((0, bid, -1), (1, ask, 1)):
            for level, offset in enumerate(offsets):
                price = touch + sign * offset
                if price <= 0:
                    break
                lots = self.lots(tick, side, level)
                sides[side].append((price, lots, self.orders(tick, side, level, lots)))
        return sides[0], sides[1]


def to_levels(raw: Sequence[RawLevel], tick_size: Decimal, lot_size: Decimal) -> tuple[Level, ...]:
    return tuple(Level(Decimal(price) * tick_size, Decimal(lots) * lot_size) for price, lots, _ in raw)


def overlay_depth(depth: int, overlay: BookOverlay) -> int:
    """How many venue levels a side needs so that ``depth`` remain once the levels orders emptied go."""
    return depth + max(len(overlay.taken_bids), len(overlay.taken_asks))


def overlaid(raw_bids: Sequence[RawLevel], raw_asks: Sequence[RawLevel], tick_size: Decimal, lot_size: Decimal,
            users: BookOverlay, depth: int) -> tuple[list[OrderLevel], list[OrderLevel]]:
    """The published book: each venue level less the quantity taken from it during the tick (gone once
    empty), plus the resting user orders at its price (their quantity and order count added; a price
    only users rest at is a level of its own), best first, ``depth`` levels a side at most."""
    return (_overlay_side(raw_bids, tick_size, lot_size, users.bids, users.taken_bids, True, depth),
            _overlay_side(raw_asks, tick_size, lot_size, users.asks, users.taken_asks, False, depth))


def _overlay_side(raw: Sequence[RawLevel], tick_size: Decimal, lot_size: Decimal, orders: Sequence[OrderLevel],
                  taken: Sequence[Level], bids: bool, depth: int) -> list[OrderLevel]:
    taken_at = {level.price: level.quantity for level in taken}
    levels: dict[Decimal, tuple[Decimal, int]] = {}
    for ticks, lots, count in raw:
        price = Decimal(ticks) * tick_size
        left = Decimal(lots) * lot_size - taken_at.get(price, Decimal(0))
        if left > 0:
            levels[price] = (left, count)
    for order in orders:
        quantity, count = levels.get(order.price, (Decimal(0), 0))
        levels[order.price] = (quantity + order.quantity, count + order.orders)
    best = sorted(levels, reverse=bids)[:depth]
    return [OrderLevel(price, *levels[price]) for price in best]


def quotient(numerator: Decimal, denominator: Decimal, exponent: int) -> Decimal:
    """numerator / denominator rounded half-even to 10**exponent (divisions are rarely exact)."""
    return ANALYTICS.divide(numerator, denominator).quantize(Decimal(1).scaleb(exponent), context=ANALYTICS)


@dataclass(frozen=True)
class Band:
    percent: Decimal
    bid_quantity: Decimal
    ask_quantity: Decimal
    bid_notional: Decimal
    ask_notional: Decimal


def depth_bands(bids: Sequence[Level], asks: Sequence[Level], mid: Decimal, multiplier: Decimal,
                percents: Sequence[Decimal]) -> list[Band]:
    """Quantity and notional within each distance of mid: bids at or above mid * (1 - d/100), asks at
    or below mid * (1 + d/100); narrowest band first."""
    bands = []
    for percent in sorted(set(percents)):
        floor = ANALYTICS.multiply(mid, 1 - percent / 100)
        ceiling = ANALYTICS.multiply(mid, 1 + percent / 100)
        inside_bids = [lv for lv in bids if lv.price >= floor]
        inside_asks = [lv for lv in asks if lv.price <= ceiling]
        bands.append(Band(
            percent, sum((lv.quantity for lv in inside_bids), Decimal(0)),
            sum((lv.quantity for lv in inside_asks), Decimal(0)),
            sum((lv.quantity * lv.price * multiplier for lv in inside_bids), Decimal(0)),
            sum((lv.quantity * lv.price * multiplier for lv in inside_asks), Decimal(0)),
        ))
    return bands


@dataclass(frozen=True)
class Slippage:
    quantity: Decimal
    filled: Decimal
    average: Decimal | None
    worst: Decimal | None
    bps: float


def slippage(levels: Sequence[Level], quantity: Decimal, mid: Decimal, price_exponent: int) -> Slippage:
    """Walk ``levels`` (asks for a buy, bids for a sell) with a market order of ``quantity``."""
    remaining, cost, worst = quantity, Decimal(0), None
    for level in levels:
        if remaining <= 0:
            break
        take = min(remaining, level.quantity)
        cost += take * level.price
        remaining -= take
        worst = level.price
    filled = quantity - remaining
    if not filled:
        return Slippage(quantity, filled, None, None, 0.0)
    average = quotient(cost, filled, price_exponent)
    bps = float(abs(ANALYTICS.divide(cost, filled) - mid) / mid * 10_000)
    return Slippage(quantity, filled, average, worst, bps)


def level_changes(before: Sequence[mpb.OrderBookLevel],
                  after: Sequence[mpb.OrderBookLevel]) -> list[mpb.OrderBookLevelChange]:
    """The changes turning one side of a book into another, keyed by price: deletions first (a level
    leaving the depth-limited view counts as one), then additions and updates in book order."""
    old = {level.price.value: level for level in before}
    new = {level.price.value: level for level in after}
    changes = []
    for price, level in old.items():
        if price not in new:
            deletion = mpb.OrderBookLevelChange(action=mpb.ORDER_BOOK_ACTION_DELETE)
            deletion.level.price.CopyFrom(level.price)
            deletion.level.quantity.value = "0"
            changes.append(deletion)
    for price, level in new.items():
        previous = old.get(price)
        if previous is None:
            changes.append(mpb.OrderBookLevelChange(action=mpb.ORDER_BOOK_ACTION_ADD, level=level))
        elif previous.quantity.value != level.quantity.value or previous.order_count != level.order_count:
            changes.append(mpb.OrderBookLevelChange(action=mpb.ORDER_BOOK_ACTION_UPDATE, level=level))
    return changes
