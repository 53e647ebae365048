"""What an order needs from a cash account, and what working orders hold back (Balance.locked).

A cash account pays in full and never sells what it does not hold, so an order is refused unless the
account's free balance (balance minus what its other working orders hold back) covers the order's fills
and what its remainder will hold back while it rests. Margin accounts are checked on leverage instead
(see Trading), and hold nothing back.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from cq.assets.v1 import instruments_pb2 as inst
from cq.types.v1 import side_pb2
from reference.domain import instruments
from reference.domain.ledger import ZERO
from reference.domain.matching import Fill
from reference.domain.orders import OrderRecord


def position_key(instrument_id: str) -> str:
    """The pseudo-asset under which a cash account's held options are reserved (they have no balance)."""
    return f"@{instrument_id}"


def _sell_asset(instrument: inst.Instrument) -> str:
    if instruments.delivers_base_asset(instrument):
        return instrument.base_asset_id
    return position_key(instrument.instrument_id)


def _sell_units(instrument: inst.Instrument, multiplier: Decimal, quantity: Decimal) -> Decimal:
    return quantity * multiplier if instruments.delivers_base_asset(instrument) else quantity


def hold(
    record: OrderRecord,
    instrument: inst.Instrument,
    fee_rate: Decimal,
    leaves: Decimal | None = None,
    price: Decimal | None = None,
) -> tuple[str, Decimal] | None:
    """What a working order holds back: the cost of its remainder at its price plus the fee for a buy,
    the units it would deliver for a sell. A buy without a price (a stop market order) holds at its stop.
    ``leaves`` and ``price`` override the order's own (a replace's new terms)."""
    quantity = record.leaves_quantity if leaves is None else leaves
    if quantity <= 0:
        return None
    if record.side == side_pb2.SIDE_SELL:
        return _sell_asset(instrument), _sell_units(instrument, record.multiplier, quantity)
    price = price or record.limit_price or record.stop_price
    if price is None:
        return None
    cost = instruments.cash_value(instrument, record.multiplier, quantity, price)
    return instrument.quote_asset_id, cost * (1 + fee_rate)


def fills_need(
    instrument: inst.Instrument,
    multiplier: Decimal,
    side: side_pb2.Side.ValueType,
    fills: Iterable[tuple[Fill, Decimal]],
) -> dict[str, Decimal]:
    """Net outflow per asset of ``fills`` (each with its fee): what must be free before they are booked."""
    need: dict[str, Decimal] = {}

    def add(asset: str, value: Decimal) -> None:
        need[asset] = need.get(asset, ZERO) + value

    quote = instrument.quote_asset_id
    for fill, fee in fills:
        paid = instruments.cash_value(instrument, multiplier, fill.quantity, fill.price)
        if side == side_pb2.SIDE_BUY:
            add(quote, paid + fee)
        else:
            add(_sell_asset(instrument), _sell_units(instrument, multiplier, fill.quantity))
            add(quote, fee - paid)
    return need


def shortfall(need: dict[str, Decimal], free: dict[str, Decimal]) -> str | None:
    """The first asset (by id) whose need exceeds what is free, or None when everything is covered."""
    for asset in sorted(need):
        if need[asset] > 0 and need[asset] > free.get(asset, ZERO):
            return asset
    return None
