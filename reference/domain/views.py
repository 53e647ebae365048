"""What the trading and risk side reads from the catalogue and the market simulation, and what the
market simulation reads back from trading: the users' orders on the sim venue's book (BookOverlay).

Kept as protocols so that matching, ledger and risk depend on these few reads, not on how instruments
are seeded or prices simulated, and can be unit tested against small fakes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from cq.assets.v1 import instruments_pb2, resources_pb2


@dataclass(frozen=True)
class Level:
    """One price level of a book: price in quote currency per unit, quantity in instrument units."""

    price: Decimal
    quantity: Decimal


@dataclass(frozen=True)
class BookView:
    """The simulated (venue) liquidity of an instrument at one instant, best level first."""

    instrument_id: str
    venue_id: str
    sequence: int
    time_nanos: int
    bids: tuple[Level, ...]
    asks: tuple[Level, ...]


@dataclass(frozen=True)
class OrderLevel:
    """One price level of resting user orders: their total remaining quantity and how many they are."""

    price: Decimal
    quantity: Decimal
    orders: int


@dataclass(frozen=True)
class BookOverlay:
    """What users' orders do to the sim venue's published book of one instrument, at one venue tick.

    The venue's simulated levels (BookView) and the users' resting orders stay apart for matching;
    market data publishes their sum: each venue level less what orders took from it during the tick,
    plus the resting orders at each price. ``revision`` counts every change so far (an order resting,
    filling, moving or leaving, venue quantity taken), so the published book's sequence number, ticks
    plus revisions, moves with each of them; ``time`` is when the latest one happened (0: never).
    """

    revision: int = 0
    time: int = 0
    bids: tuple[OrderLevel, ...] = ()  # best (highest) first
    asks: tuple[OrderLevel, ...] = ()  # best (lowest) first
    taken_bids: tuple[Level, ...] = ()  # venue bid quantity taken during the tick, by price
    taken_asks: tuple[Level, ...] = ()

    @property
    def changes_levels(self) -> bool:
        """Whether the published levels differ from the venue's own."""
        return bool(self.bids or self.asks or self.taken_bids or self.taken_asks)


# The overlay of an instrument's sim book, given the venue book's sequence (its tick + 1): what was taken
# counts only during that tick.
OverlaySource = Callable[[str, int], BookOverlay]


class CatalogueView(Protocol):
    def instrument(self, instrument_id: str) -> instruments_pb2.Instrument:
        """The instrument; raises reference.errors.DomainError (NOT_FOUND, INSTRUMENT_NOT_FOUND) if unknown."""
        ...

    def instruments(self) -> Sequence[instruments_pb2.Instrument]: ...

    def asset(self, asset_id: str) -> resources_pb2.Asset:
        """The asset; raises DomainError (NOT_FOUND, ASSET_NOT_FOUND) if unknown."""
        ...


class MarketView(Protocol):
    def advance_to(self, nanos: int) -> None:
        """Run the simulation up to virtual time ``nanos`` (idempotent; never goes back)."""
        ...

    def book(self, instrument_id: str, depth: int = 20) -> BookView:
        """The current simulated book; raises DomainError for an unknown instrument."""
        ...

    def last_price(self, instrument_id: str) -> Decimal: ...

    def mark_price(self, instrument_id: str) -> Decimal:
        """The price positions are valued at (mid of the simulated book, or the model price)."""
        ...

    def mark_history(self, instrument_id: str, count: int) -> Sequence[Decimal]:
        """Up to ``count`` past mark prices, oldest first, one per simulated day; for historical VaR."""
        ...

    def is_halted(self, instrument_id: str) -> bool: ...
