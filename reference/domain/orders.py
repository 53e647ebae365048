"""Orders and their FIX life: the state an order is in (OrderStatus), the event that moved it there
(ExecType), and the cumulative figures (cum, leaves, average price, fees) every report restates.

The order's contract message is its state; the record keeps beside it what the contract does not carry
(the terms it was placed with, for idempotency, and the matching priority).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from cq.decimals import from_decimal, to_decimal
from cq.types.v1 import side_pb2
from cq.venues.v1 import resources_pb2 as venues
from reference.clock import to_timestamp
from reference.domain.instruments import optional_decimal
from reference.domain.ledger import ZERO, amount

TERMINAL = frozenset(
    {venues.ORDER_STATUS_FILLED, venues.ORDER_STATUS_CANCELED, venues.ORDER_STATUS_REJECTED,
     venues.ORDER_STATUS_EXPIRED}
)
LIMIT_TYPES = frozenset({venues.ORDER_TYPE_LIMIT, venues.ORDER_TYPE_STOP_LIMIT, venues.ORDER_TYPE_TAKE_PROFIT_LIMIT})
TRIGGERED_TYPES = frozenset(
    {venues.ORDER_TYPE_STOP, venues.ORDER_TYPE_STOP_LIMIT, venues.ORDER_TYPE_TAKE_PROFIT,
     venues.ORDER_TYPE_TAKE_PROFIT_LIMIT}
)
# Terms the PlaceOrder idempotency rule compares ("same instrument, side, type, time in force, prices,
# quantity, flags and expire time"); decimals compare by value, so "1.0" repeats "1".
_SAME_FIELDS = ("instrument_id", "side", "type", "time_in_force", "post_only", "reduce_only")
_SAME_DECIMALS = ("limit_price", "stop_price", "quantity")


def same_terms(first: venues.Order, repeat: venues.Order) -> bool:
    return (
        all(getattr(first, name) == getattr(repeat, name) for name in _SAME_FIELDS)
        and all(optional_decimal(first, name) == optional_decimal(repeat, name) for name in _SAME_DECIMALS)
        and first.HasField("expire_time") == repeat.HasField("expire_time")
        and first.expire_time == repeat.expire_time
    )


@dataclass
class OrderRecord:
    order: venues.Order
    terms: venues.Order  # as placed: what a repeated client_order_id is compared with
    multiplier: Decimal
    client_ids: list[str] = field(default_factory=list)
    arrival_price: Decimal | None = None
    priority: int = 0
    triggered: bool = False
    expire_nanos: int | None = None

    @property
    def order_id(self) -> str:
        return self.order.order_id

    @property
    def account_id(self) -> str:
        return self.order.account_id

    @property
    def side(self) -> side_pb2.Side.ValueType:
        return self.order.side

    @property
    def quantity(self) -> Decimal:
        return to_decimal(self.order.quantity)

    @property
    def cum_quantity(self) -> Decimal:
        return to_decimal(self.order.cum_quantity)

    @property
    def leaves_quantity(self) -> Decimal:
        return to_decimal(self.order.leaves_quantity)

    @property
    def limit_price(self) -> Decimal | None:
        return optional_decimal(self.order, "limit_price")

    @property
    def stop_price(self) -> Decimal | None:
        return optional_decimal(self.order, "stop_price")

    @property
    def terminal(self) -> bool:
        return self.order.status in TERMINAL

    @property
    def waiting_trigger(self) -> bool:
        return self.order.type in TRIGGERED_TYPES and not self.triggered

    @property
    def is_limit(self) -> bool:
        """Whether the order, once active, has a limit price (a stop-limit after its trigger included)."""
        return self.order.type in LIMIT_TYPES

    def set_status(self, status: venues.OrderStatus.ValueType, now: int) -> venues.OrderStatus.ValueType:
        """Move to ``status``; a terminal status zeroes leaves. Returns the previous status."""
        previous = self.order.status
        self.order.status = status
        if status in TERMINAL:
            self.order.leaves_quantity.CopyFrom(from_decimal(ZERO))
        self.order.update_time.CopyFrom(to_timestamp(now))
        return previous

    def add_fill(self, quantity: Decimal, price: Decimal, fee: Decimal, fee_asset: str, now: int) -> None:
        """Cumulative figures after a fill: cum, leaves, average price and fees; status follows."""
        cum = self.cum_quantity
        average = optional_decimal(self.order, "average_price") or ZERO
        new_cum = cum + quantity
        self.order.average_price.CopyFrom(from_decimal((cum * average + quantity * price) / new_cum))
        self.order.cum_quantity.CopyFrom(from_decimal(new_cum))
        self.order.leaves_quantity.CopyFrom(from_decimal(self.quantity - new_cum))
        if fee:
            for entry in self.order.cum_fees:
                if entry.asset_id == fee_asset:
                    entry.value.CopyFrom(from_decimal(to_decimal(entry.value) + fee))
                    break
            else:
                self.order.cum_fees.append(amount(fee, fee_asset))
        self.set_status(
            venues.ORDER_STATUS_FILLED if new_cum >= self.quantity else venues.ORDER_STATUS_PARTIALLY_FILLED, now
        )


def report(
    record: OrderRecord,
    exec_type: venues.ExecType.ValueType,
    exec_id: str,
    sequence: int,
    now: int,
) -> venues.ExecutionReport:
    """An execution report restating the order after the event; fill fields are added by the caller."""
    order = record.order
    result = venues.ExecutionReport(
        exec_id=exec_id,
        sequence=sequence,
        account_id=order.account_id,
        order_id=order.order_id,
        client_order_id=order.client_order_id,
        venue_order_id=order.venue_order_id,
        instrument_id=order.instrument_id,
        side=order.side,
        exec_type=exec_type,
        order_status=order.status,
        quantity=order.quantity,
        cum_quantity=order.cum_quantity,
        leaves_quantity=order.leaves_quantity,
        transact_time=to_timestamp(now),
        receive_time=to_timestamp(now),
    )
    for name in ("limit_price", "stop_price", "average_price"):
        if order.HasField(name):
            getattr(result, name).CopyFrom(getattr(order, name))
    if exec_type == venues.EXEC_TYPE_REJECTED:
        result.reject_reason = order.reject_reason
        result.venue_message = order.venue_message
    return result
