"""What an instrument's terms mean for trading and valuation: how it settles, its trading rules on a venue,
and the notional and PnL of a quantity at a price.

Four settlement kinds cover every instrument type the contracts define:
- CASH (spot, equity, fund, bond): the buyer pays the notional and receives the base asset; a position
  is worth its market value.
- PREMIUM (option): the buyer pays the premium; the position is worth its market value, but no asset is
  delivered until exercise (not simulated).
- MARGINED (perpetual, future): nothing is paid up front; PnL settles into the settle asset as the
  position is reduced, and the open position counts in NAV by its unrealized PnL.
- SWAP: traded at par like MARGINED, priced as a rate; its value is notional * rate move * annuity.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from decimal import Decimal

from google.protobuf.message import Message

from cq.assets.v1 import instruments_pb2 as inst
from cq.decimals import to_decimal
from reference.domain import rates

ZERO = Decimal(0)


class Kind(enum.Enum):
    CASH = "cash"
    PREMIUM = "premium"
    MARGINED = "margined"
    SWAP = "swap"


_KINDS = {
    inst.INSTRUMENT_TYPE_SPOT: Kind.CASH,
    inst.INSTRUMENT_TYPE_EQUITY: Kind.CASH,
    inst.INSTRUMENT_TYPE_FUND: Kind.CASH,
    inst.INSTRUMENT_TYPE_BOND: Kind.CASH,
    inst.INSTRUMENT_TYPE_OPTION: Kind.PREMIUM,
    inst.INSTRUMENT_TYPE_PERPETUAL: Kind.MARGINED,
    inst.INSTRUMENT_TYPE_FUTURE: Kind.MARGINED,
    inst.INSTRUMENT_TYPE_SWAP: Kind.SWAP,
}


def kind(instrument: inst.Instrument) -> Kind:
    return _KINDS.get(instrument.type, Kind.CASH)


def delivers_base_asset(instrument: inst.Instrument) -> bool:
    """Whether a fill moves the base asset into or out of the account (a spot trade, a share, a bond)."""
    return kind(instrument) is Kind.CASH


def unmargined(instrument: inst.Instrument) -> bool:
    """Positions whose whole market value counts in NAV (the Portfolio contract's definition)."""
    return kind(instrument) in (Kind.CASH, Kind.PREMIUM)


def settle_asset(instrument: inst.Instrument) -> str:
    return instrument.settle_asset_id or instrument.quote_asset_id


def underlier(instrument: inst.Instrument) -> str:
    return instrument.underlier_asset_id or instrument.base_asset_id


def optional_decimal(message: Message, name: str) -> Decimal | None:
    """The value of the cq.types.v1.Decimal field ``name``, or None when it is unset."""
    return to_decimal(getattr(message, name)) if message.HasField(name) else None


@dataclass(frozen=True)
class Rules:
    """The trading rules an order is checked against on one venue: the instrument's, unless the venue's
    listing overrides them."""

    tick_size: Decimal
    lot_size: Decimal
    multiplier: Decimal
    min_quantity: Decimal
    max_quantity: Decimal | None
    min_notional: Decimal | None
    max_notional: Decimal | None


def listing(instrument: inst.Instrument, venue_id: str) -> inst.InstrumentListing | None:
    """The instrument's listing on ``venue_id``: its symbol there and the rules it overrides."""
    return next((x for x in instrument.listings if x.venue_symbol.venue_id == venue_id), None)


def rules(instrument: inst.Instrument, venue_id: str) -> Rules:
    listed = listing(instrument, venue_id)

    def pick(name: str) -> Decimal | None:
        override = optional_decimal(listed, name) if listed is not None else None
        return override if override is not None else optional_decimal(instrument, name)

    lot = pick("lot_size") or Decimal(1)
    return Rules(
        tick_size=pick("tick_size") or Decimal(0),
        lot_size=lot,
        multiplier=pick("multiplier") or Decimal(1),
        min_quantity=pick("min_quantity") or lot,
        max_quantity=pick("max_quantity"),
        min_notional=pick("min_notional"),
        max_notional=pick("max_notional"),
    )


def is_multiple(value: Decimal, step: Decimal) -> bool:
    return step == 0 or value % step == 0


def notional(instrument: inst.Instrument, multiplier: Decimal, quantity: Decimal, price: Decimal) -> Decimal:
    """The notional of ``quantity`` at ``price`` in the settle asset: quantity * price * multiplier; the
    quantity itself for a swap, whose price is a rate and whose quantity is its notional; and
    quantity * multiplier / price for an inverse contract, each worth multiplier units of the quote asset."""
    if kind(instrument) is Kind.SWAP:
        return quantity * multiplier
    if instrument.inverse:
        return quantity * multiplier / price
    return quantity * price * multiplier


def cash_value(instrument: inst.Instrument, multiplier: Decimal, quantity: Decimal, price: Decimal) -> Decimal:
    """What changes hands for ``quantity`` at ``price`` (premium or purchase price); zero for margined kinds."""
    return notional(instrument, multiplier, quantity, price) if unmargined(instrument) else Decimal(0)


def pnl(
    instrument: inst.Instrument,
    multiplier: Decimal,
    quantity: Decimal,
    entry: Decimal,
    exit_price: Decimal,
    now_nanos: int,
) -> Decimal:
    """PnL in the settle asset of a signed ``quantity`` opened at ``entry`` and valued or closed at
    ``exit_price``: (exit - entry) * quantity * multiplier; for an inverse contract
    quantity * multiplier * (1 / entry - 1 / exit), in its base asset; for a swap the value of the rate move."""
    if kind(instrument) is Kind.SWAP and instrument.HasField("swap"):
        value = rates.swap_value(
            instrument.swap, rates.nanos_to_date(now_nanos), float(quantity * multiplier), float(entry),
            float(exit_price),
        )
        return Decimal(repr(round(value, 2)))
    if instrument.inverse:
        return quantity * multiplier * (1 / entry - 1 / exit_price) if entry and exit_price else ZERO
    return (exit_price - entry) * quantity * multiplier
