"""Cancel and cancel/replace with FIX semantics: the checks the gateway answers at once as errors, the
pending and confirmed reports, and the cancel rejects a venue sends later on the report stream."""

from __future__ import annotations

import grpc

from cq.decimals import from_decimal, to_decimal
from cq.events.v1 import events_pb2 as ev
from cq.venues.v1 import resources_pb2 as venues
from cq.venues.v1 import service_pb2 as venue_api
from reference.clock import to_timestamp
from reference.domain.execution import ACCEPTING, WORKING, OrderEngine, Plan, copy_order, refused
from reference.domain.orders import OrderRecord
from reference.errors import FieldViolation, InvalidRequest


class Amending(OrderEngine):
    """Cancels and replaces; the simulated venue confirms or rejects each within the call."""

    def find_order(self, account_id: str, order_id: str = "", client_order_id: str = "") -> OrderRecord:
        """An order of the account by id or by any client id it has had (a client id names one order ever:
        placing and replacing refuse one already used on the account)."""
        record = self._orders.get(order_id or self._client_ids.get((account_id, client_order_id), ""))
        if record is None or record.account_id != account_id:
            raise refused(grpc.StatusCode.NOT_FOUND, "CANCEL_REJECT_REASON_UNKNOWN_ORDER",
                           f"no order {order_id or client_order_id!r} on account {account_id}")
        return record

    def cancel_order(
        self, account_id: str, order_id: str = "", client_order_id: str = "", request_id: str = "",
        requested_by: str = "",
    ) -> venues.Order:
        """Cancel a working order; see VenueGatewayService.CancelOrder for the contract."""
        self.account(account_id)
        now = self.clock.now()
        method, target = f"CancelOrder/{account_id}", f"{order_id}/{client_order_id}"
        if request_id and (first := self._requests.replay(method, request_id, venues.Order, now, target)):
            return first
        record = self.find_order(account_id, order_id, client_order_id)
        status = record.order.status
        if status in (venues.ORDER_STATUS_PENDING_CANCEL, venues.ORDER_STATUS_CANCELED):
            return copy_order(record.order)
        if record.terminal:
            raise refused(grpc.StatusCode.FAILED_PRECONDITION, "CANCEL_REJECT_REASON_TOO_LATE",
                           f"order {record.order_id} is already {venues.OrderStatus.Name(status)}",
                           order_id=record.order_id)
        if status == venues.ORDER_STATUS_PENDING_REPLACE:
            raise refused(grpc.StatusCode.FAILED_PRECONDITION, "CANCEL_REJECT_REASON_ALREADY_PENDING",
                           f"a replace of order {record.order_id} is pending", order_id=record.order_id)
        if self.venue.venue.status == venues.VENUE_STATUS_MAINTENANCE:
            raise refused(grpc.StatusCode.FAILED_PRECONDITION, "VENUE_IN_MAINTENANCE", "the venue is in maintenance")
        self._cancel(record, requested_by)
        if request_id:
            self._requests.remember(method, request_id, record.order, now, target)
        return copy_order(record.order)

    def _cancel(self, record: OrderRecord, requested_by: str, message: str = "") -> None:
        self._emit(record, venues.EXEC_TYPE_PENDING_CANCEL, venues.ORDER_STATUS_PENDING_CANCEL,
                   record.order.client_order_id)
        self._venue_events(record.account_id, ev.OrderCancelRequested(order=record.order, requested_by=requested_by),
                           record.order_id)
        self._end(record, venues.EXEC_TYPE_CANCELED, venues.ORDER_STATUS_CANCELED, message)

    def cancel_all(self, account_id: str, requested_by: str, message: str) -> int:
        """Cancel every working order of the account (a HALT limit's action); returns how many."""
        working = [r for r in self._working_records() if r.account_id == account_id]
        for record in sorted(working, key=lambda r: r.order_id):
            self._cancel(record, requested_by, message)
        return len(working)

    def replace_order(self, request: venue_api.ReplaceOrderRequest, requested_by: str = "") -> venues.Order:
        """Cancel/replace a working order; see VenueGatewayService.ReplaceOrder for the contract."""
        account_id = request.account_id
        self.account(account_id)
        now = self.clock.now()
        method = f"ReplaceOrder/{account_id}"
        if first := self._requests.replay(method, request.request_id, venues.Order, now, request):
            return first
        terms = _replace_terms(request)
        key = (account_id, request.client_order_id)
        prior = self._replaces.get(key)
        if prior is not None and prior[1:] == (request.orig_client_order_id, terms):
            return copy_order(self._orders[prior[0]].order)
        if prior is not None or key in self._client_ids:
            used_by = prior[0] if prior is not None else self._client_ids[key]
            raise refused(grpc.StatusCode.ALREADY_EXISTS, "CANCEL_REJECT_REASON_DUPLICATE_CLIENT_ORDER_ID",
                           f"client_order_id {request.client_order_id!r} is already used", order_id=used_by)
        record = self._orders.get(self._client_ids.get((account_id, request.orig_client_order_id), ""))
        if record is None or record.order.client_order_id != request.orig_client_order_id:
            raise refused(grpc.StatusCode.NOT_FOUND, "CANCEL_REJECT_REASON_UNKNOWN_ORDER",
                           f"no working order with client_order_id {request.orig_client_order_id!r}")
        if record.terminal:
            raise refused(grpc.StatusCode.FAILED_PRECONDITION, "CANCEL_REJECT_REASON_TOO_LATE",
                           f"order {record.order_id} is already {venues.OrderStatus.Name(record.order.status)}",
                           order_id=record.order_id)
        if record.order.status not in WORKING:
            raise refused(grpc.StatusCode.FAILED_PRECONDITION, "CANCEL_REJECT_REASON_ALREADY_PENDING",
                           f"a cancel or replace of order {record.order_id} is pending", order_id=record.order_id)
        venue = self.venue.venue
        if venue.status not in ACCEPTING or not venue.supports_replace:
            raise refused(grpc.StatusCode.FAILED_PRECONDITION, "VENUE_NOT_ACCEPTING_ORDERS",
                           f"venue {venue.venue_id} does not accept replaces now")
        _check_replace_terms(request, record)
        self._replaces[key] = (record.order_id, request.orig_client_order_id, terms)
        self._replace(record, request, requested_by)
        self._notify()
        self._requests.remember(method, request.request_id, record.order, now, request)
        return copy_order(record.order)

    def _replace(self, record: OrderRecord, request: venue_api.ReplaceOrderRequest, requested_by: str) -> None:
        instrument = self.catalogue.instrument(record.order.instrument_id)
        working_status = record.order.status
        old_id = record.order.client_order_id
        self._emit(record, venues.EXEC_TYPE_PENDING_REPLACE, venues.ORDER_STATUS_PENDING_REPLACE, old_id,
                   request.client_order_id)
        requested = ev.OrderReplaceRequested(order=record.order, orig_client_order_id=old_id,
                                             client_order_id=request.client_order_id, requested_by=requested_by)
        for name in ("quantity", "limit_price", "stop_price", "expire_time"):
            if request.HasField(name):
                getattr(requested, name).CopyFrom(getattr(request, name))
        self._venue_events(record.account_id, requested, record.order_id)
        quantity = to_decimal(request.quantity) if request.HasField("quantity") else record.quantity
        limit = to_decimal(request.limit_price) if request.HasField("limit_price") else record.limit_price
        stop = to_decimal(request.stop_price) if request.HasField("stop_price") else record.stop_price
        leaves = quantity - record.cum_quantity
        refusal = self._rule_refusal(record, instrument, quantity, limit, stop)
        reason = _CANCEL_REASONS.get(refusal[0], venues.CANCEL_REJECT_REASON_OTHER) if refusal else None
        book = self._book(instrument.instrument_id)
        if reason is None and book is None:
            refusal = venues.ORDER_REJECT_REASON_MARKET_CLOSED, f"no market data for {instrument.instrument_id}"
            reason = venues.CANCEL_REJECT_REASON_OTHER
        plan = None
        if reason is None and book is not None:
            active_limit = limit if record.is_limit else None
            plan = (Plan((), rest=True) if record.waiting_trigger
                    else self._plan(record, instrument, book, leaves, active_limit))
            refusal = plan.refusal or self._funds_refusal(record, instrument, plan, leaves, limit or stop)
            reason = _CANCEL_REASONS.get(refusal[0], venues.CANCEL_REJECT_REASON_OTHER) if refusal else None
        if reason is not None and refusal is not None:
            record.set_status(working_status, self.clock.now())
            self._cancel_reject(record, request.client_order_id, reason, refusal[1])
            return
        moves_price = limit != record.limit_price or stop != record.stop_price
        grows = quantity > record.quantity
        order = record.order
        order.quantity.CopyFrom(from_decimal(quantity))
        order.leaves_quantity.CopyFrom(from_decimal(leaves))
        for name, value in (("limit_price", limit), ("stop_price", stop)):
            if value is not None:
                getattr(order, name).CopyFrom(from_decimal(value))
        if request.HasField("expire_time"):
            order.expire_time.CopyFrom(request.expire_time)
            record.expire_nanos = request.expire_time.ToNanoseconds()
        order.orig_client_order_id = old_id
        order.client_order_id = request.client_order_id
        record.client_ids.append(request.client_order_id)
        self._client_ids[(record.account_id, request.client_order_id)] = record.order_id
        if moves_price or grows:
            record.priority = self._priorities.next_number()  # FIX: a price change or an increase loses priority
        self._emit(record, venues.EXEC_TYPE_REPLACED, working_status, old_id)
        if record.waiting_trigger:
            self._trigger(record, instrument)
        elif plan is not None and book is not None:
            self._apply(record, instrument, book, Plan(plan.fills, rest=True))

    def _cancel_reject(self, record: OrderRecord, client_order_id: str,
                       reason: venues.CancelRejectReason.ValueType, message: str) -> None:
        now = self.clock.now()
        rejected = venues.CancelReject(
            cancel_reject_id=self._reject_ids.next(),
            sequence=self.last_sequence(record.account_id) + 1,
            account_id=record.account_id,
            order_id=record.order_id,
            client_order_id=client_order_id,
            orig_client_order_id=record.order.client_order_id,
            venue_order_id=record.order.venue_order_id,
            response_to=venues.CANCEL_REJECT_RESPONSE_TO_REPLACE,
            order_status=record.order.status,
            reason=reason,
            venue_message=message,
            transact_time=to_timestamp(now),
            receive_time=to_timestamp(now),
        )
        self._reports[record.account_id].append(venue_api.StreamExecutionReportsResponse(cancel_reject=rejected))
        self._venue_events(record.account_id, ev.CancelRejected(cancel_reject=rejected), record.order_id)


_CANCEL_REASONS = {
    venues.ORDER_REJECT_REASON_INVALID_QUANTITY: venues.CANCEL_REJECT_REASON_INVALID_QUANTITY,
    venues.ORDER_REJECT_REASON_INVALID_PRICE_INCREMENT: venues.CANCEL_REJECT_REASON_INVALID_PRICE_INCREMENT,
    venues.ORDER_REJECT_REASON_INSUFFICIENT_FUNDS: venues.CANCEL_REJECT_REASON_INSUFFICIENT_FUNDS,
    venues.ORDER_REJECT_REASON_INSUFFICIENT_MARGIN: venues.CANCEL_REJECT_REASON_INSUFFICIENT_FUNDS,
    venues.ORDER_REJECT_REASON_POST_ONLY_WOULD_TAKE: venues.CANCEL_REJECT_REASON_POST_ONLY_WOULD_TAKE,
    venues.ORDER_REJECT_REASON_PRICE_OUTSIDE_BAND: venues.CANCEL_REJECT_REASON_PRICE_OUTSIDE_BAND,
}


def _replace_terms(request: venue_api.ReplaceOrderRequest) -> bytes:
    """The new terms of a replace, in a form two requests compare by (decimals by value)."""
    parts = []
    for name in ("quantity", "limit_price", "stop_price"):
        parts.append(f"{to_decimal(getattr(request, name)).normalize()}" if request.HasField(name) else "-")
    parts.append(str(request.expire_time.ToNanoseconds()) if request.HasField("expire_time") else "-")
    return "|".join(parts).encode()


def _check_replace_terms(request: venue_api.ReplaceOrderRequest, record: OrderRecord) -> None:
    """Terms that do not fit the order are INVALID_ARGUMENT, as the contract says."""
    violations = []
    order = record.order
    if request.HasField("limit_price") and not order.HasField("limit_price"):
        violations.append(FieldViolation("limit_price", "replace.limit_price_not_allowed",
                                         "the order has no limit price"))
    if request.HasField("stop_price") and not order.HasField("stop_price"):
        violations.append(FieldViolation("stop_price", "replace.stop_price_not_allowed",
                                         "the order has no stop price"))
    if request.HasField("expire_time") and order.time_in_force != venues.TIME_IN_FORCE_GTD:
        violations.append(FieldViolation("expire_time", "replace.expire_time_not_allowed",
                                         "only a GTD order has an expire time"))
    if request.HasField("quantity") and to_decimal(request.quantity) <= record.cum_quantity:
        violations.append(FieldViolation("quantity", "replace.quantity_above_cum",
                                         f"must exceed cum_quantity {record.cum_quantity}"))
    if violations:
        raise InvalidRequest(violations)
