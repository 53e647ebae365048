"""Small, fully controlled stand-ins for the catalogue and the market simulation (reference.domain.views),
so trading, portfolio and risk tests set every price and book level by hand."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import grpc
from google.type import date_pb2  # type: ignore[import-untyped]

from cq.assets.v1 import instruments_pb2 as inst
from cq.assets.v1 import resources_pb2 as assets
from cq.decimals import from_decimal
from reference.domain.views import BookView, Level
from reference.errors import DomainError, not_found

D = Decimal


def _instrument(
    instrument_id: str, type_: inst.InstrumentType.ValueType, base: str, quote: str, tick: str, lot: str,
    multiplier: str = "1", convention: inst.PriceQuoteConvention.ValueType = inst.PRICE_QUOTE_CONVENTION_PER_UNIT,
) -> inst.Instrument:
    return inst.Instrument(
        instrument_id=instrument_id, type=type_, symbol=instrument_id.rsplit(":", 1)[1],
        status=inst.INSTRUMENT_STATUS_ACTIVE, base_asset_id=base, quote_asset_id=quote,
        tick_size=from_decimal(tick), lot_size=from_decimal(lot), multiplier=from_decimal(multiplier),
        price_quote_convention=convention,
    )


def spot(base: str = "BTC", quote: str = "USD", tick: str = "0.1", lot: str = "0.0001") -> inst.Instrument:
    return _instrument(f"cq:spot:{base}-{quote}", inst.INSTRUMENT_TYPE_SPOT, base, quote, tick, lot)


def equity(symbol: str = "AAPL") -> inst.Instrument:
    return _instrument(f"cq:equity:{symbol}", inst.INSTRUMENT_TYPE_EQUITY, symbol, "USD", "0.01", "1")


def perp(base: str = "BTC") -> inst.Instrument:
    result = _instrument(f"cq:perp:{base}-USD", inst.INSTRUMENT_TYPE_PERPETUAL, base, "USD", "0.5", "0.001")
    result.perpetual.funding_interval.seconds = 28_800
    return result


def bond(isin: str = "US0000000002", coupon: str = "0.05", maturity: tuple[int, int, int] = (2028, 1, 5),
         frequency: inst.PaymentFrequency.ValueType = inst.PAYMENT_FREQUENCY_ANNUAL) -> inst.Instrument:
    """A bond of 1000 face (multiplier 10), quoted in percent of par: 2 years to maturity from the default
    test clock (2026-01-05), annual 5% coupon, so at 100 its cash flows are 5 and 105 a year apart."""
    result = _instrument(f"cq:bond:{isin}", inst.INSTRUMENT_TYPE_BOND, isin, "USD", "0.0078125", "1", "10",
                         inst.PRICE_QUOTE_CONVENTION_PERCENT_OF_PAR)
    result.bond.face_value.CopyFrom(from_decimal("1000"))
    result.bond.coupon_rate.CopyFrom(from_decimal(coupon))
    result.bond.coupon_frequency = frequency
    result.bond.day_count_convention = inst.DAY_COUNT_CONVENTION_ACT_365_FIXED
    result.bond.maturity_date.CopyFrom(date_pb2.Date(year=maturity[0], month=maturity[1], day=maturity[2]))
    result.bond.discount_curve_id = "USD-TREASURY"
    result.bond.issuer = "United States Treasury"
    return result


def asset(asset_id: str, asset_class: assets.AssetClass.ValueType, decimals: int) -> assets.Asset:
    return assets.Asset(asset_id=asset_id, asset_class=asset_class, decimals=decimals,
                        status=assets.ASSET_STATUS_ACTIVE)


DEFAULT_ASSETS = (
    asset("USD", assets.ASSET_CLASS_FIAT, 2),
    asset("BTC", assets.ASSET_CLASS_CRYPTO, 8),
    asset("AAPL", assets.ASSET_CLASS_EQUITY, 0),
    asset("US0000000002", assets.ASSET_CLASS_BOND, 0),
)


class FakeCatalogue:
    def __init__(self, instruments: Sequence[inst.Instrument] = (), asset_list: Sequence[assets.Asset] = ()) -> None:
        self._instruments = {i.instrument_id: i for i in instruments or (spot(), equity(), perp(), bond())}
        self._assets = {a.asset_id: a for a in asset_list or DEFAULT_ASSETS}

    def instrument(self, instrument_id: str) -> inst.Instrument:
        found = self._instruments.get(instrument_id)
        if found is None:
            raise not_found("instrument", instrument_id)
        return found

    def instruments(self) -> Sequence[inst.Instrument]:
        return list(self._instruments.values())

    def asset(self, asset_id: str) -> assets.Asset:
        found = self._assets.get(asset_id)
        if found is None:
            raise not_found("asset", asset_id)
        return found


class FakeMarket:
    """Books, marks and histories set by the test; a book's sequence moves each time it is replaced."""

    def __init__(self) -> None:
        self.books: dict[str, BookView] = {}
        self.marks: dict[str, Decimal] = {}
        self.lasts: dict[str, Decimal] = {}
        self.histories: dict[str, list[Decimal]] = {}
        self.halted: set[str] = set()
        self._sequence = 0
        self.now = 0

    def set_book(self, instrument_id: str, bids: Sequence[tuple[str, str]], asks: Sequence[tuple[str, str]],
                 mark: str | None = None) -> None:
        """Replace the book (a new tick): levels as (price, quantity); the mark defaults to the mid."""
        self._sequence += 1
        self.books[instrument_id] = BookView(
            instrument_id, "sim", self._sequence, self.now,
            tuple(Level(D(p), D(q)) for p, q in bids), tuple(Level(D(p), D(q)) for p, q in asks),
        )
        if mark is not None:
            self.marks[instrument_id] = D(mark)
        elif bids and asks:
            self.marks[instrument_id] = (D(bids[0][0]) + D(asks[0][0])) / 2
        self.lasts.setdefault(instrument_id, self.marks.get(instrument_id, D(0)))

    def set_mark(self, instrument_id: str, mark: str) -> None:
        """Move the mark (and last price) without touching the book's levels."""
        self.marks[instrument_id] = D(mark)
        self.lasts[instrument_id] = D(mark)

    def advance_to(self, nanos: int) -> None:
        """Time passing is a new tick: every book keeps its levels under a new sequence number."""
        if nanos > self.now:
            for instrument_id, book in list(self.books.items()):
                self._sequence += 1
                self.books[instrument_id] = BookView(instrument_id, book.venue_id, self._sequence, nanos,
                                                     book.bids, book.asks)
        self.now = max(self.now, nanos)

    def book(self, instrument_id: str, depth: int = 20) -> BookView:
        found = self.books.get(instrument_id)
        if found is None:
            return BookView(instrument_id, "sim", 0, self.now, (), ())
        return found

    def last_price(self, instrument_id: str) -> Decimal:
        return self.lasts.get(instrument_id) or self.mark_price(instrument_id)

    def mark_price(self, instrument_id: str) -> Decimal:
        found = self.marks.get(instrument_id)
        if found is None:
            raise DomainError(grpc.StatusCode.UNAVAILABLE, "NO_PRICE", f"no price for {instrument_id}")
        return found

    def mark_history(self, instrument_id: str, count: int) -> Sequence[Decimal]:
        return self.histories.get(instrument_id, [])[-count:]

    def is_halted(self, instrument_id: str) -> bool:
        return instrument_id in self.halted
