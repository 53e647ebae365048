"""VenueGatewayService over the simulator's single venue, "sim": accounts, orders, balances, reports.

Handlers translate and check ownership; Trading does the rest. An account, order or report of another
owner is NOT_FOUND, exactly like one that does not exist.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any, TypeAlias

import grpc
import grpc.aio

from cq.venues.v1 import resources_pb2 as venues
from cq.venues.v1 import service_pb2 as api
from cq.venues.v1 import service_pb2_grpc
from reference import auth
from reference.bus import Subscription
from reference.errors import DomainError, not_found
from reference.services.pages import number, page
from reference.services.streams import BusFeed

if TYPE_CHECKING:
    from reference.platform import Platform

Context: TypeAlias = "grpc.aio.ServicerContext[Any, Any]"
REPORT_EVENTS = ("cq.events.v1.ExecutionReported", "cq.events.v1.CancelRejected")


def _report(
    item: api.StreamExecutionReportsResponse,
) -> venues.ExecutionReport | venues.CancelReject:
    """The execution report or cancel reject an item of the report stream carries."""
    return item.execution_report if item.HasField("execution_report") else item.cancel_reject


def _unknown_order(target: str) -> DomainError:
    return DomainError(grpc.StatusCode.NOT_FOUND, "CANCEL_REJECT_REASON_UNKNOWN_ORDER", f"order {target!r} not found")


class VenueGatewayServicer(service_pb2_grpc.VenueGatewayServiceServicer):
    def __init__(self, platform: Platform) -> None:
        self._platform = platform
        self._trading = platform.trading

    def _now(self) -> int:
        return self._platform.clock.now()

    def _own_order_account(self, account_id: str, target: str) -> None:
        """Cancel and replace name an unknown order, not an unknown account, as the contract asks."""
        if account_id not in auth.current().account_ids:
            raise _unknown_order(target)
        self._trading.account(account_id)

    async def ListVenues(self, request: api.ListVenuesRequest, context: Context) -> api.ListVenuesResponse:
        found = [v for v in self._trading.all_venues() if not request.type or v.type == request.type]
        items, token = page(found, lambda v: [v.venue_id], request, self._now())
        return api.ListVenuesResponse(venues=items, next_page_token=token)

    async def GetVenue(self, request: api.GetVenueRequest, context: Context) -> api.GetVenueResponse:
        return api.GetVenueResponse(venue=self._trading.venue_spec(request.venue_id).venue)

    async def ListVenueAccounts(
        self, request: api.ListVenueAccountsRequest, context: Context
    ) -> api.ListVenueAccountsResponse:
        if request.venue_id:
            self._trading.venue_spec(request.venue_id)
        mine = auth.current().account_ids
        found = [
            self._trading.account(a) for a in self._trading.account_ids()
            if a in mine and (not request.venue_id or self._trading.account(a).venue_id == request.venue_id)
        ]
        items, token = page(found, lambda a: [a.account_id], request, self._now())
        return api.ListVenueAccountsResponse(venue_accounts=items, next_page_token=token)

    async def GetVenueAccount(
        self, request: api.GetVenueAccountRequest, context: Context
    ) -> api.GetVenueAccountResponse:
        auth.require_account(request.account_id)
        return api.GetVenueAccountResponse(venue_account=self._trading.account(request.account_id))

    async def PlaceOrder(self, request: api.PlaceOrderRequest, context: Context) -> api.PlaceOrderResponse:
        auth.require_account(request.order.account_id)
        principal = auth.current()
        order = self._trading.place_order(request.order, request.request_id, f"user:{principal.owner}")
        return api.PlaceOrderResponse(order=order)

    async def CancelOrder(self, request: api.CancelOrderRequest, context: Context) -> api.CancelOrderResponse:
        target = request.order_id or request.client_order_id
        self._own_order_account(request.account_id, target)
        order = self._trading.cancel_order(
            request.account_id, request.order_id, request.client_order_id, request.request_id,
            f"user:{auth.current().owner}",
        )
        return api.CancelOrderResponse(order=order)

    async def ReplaceOrder(
        self, request: api.ReplaceOrderRequest, context: Context
    ) -> api.ReplaceOrderResponse:
        self._own_order_account(request.account_id, request.orig_client_order_id)
        order = self._trading.replace_order(request, f"user:{auth.current().owner}")
        return api.ReplaceOrderResponse(order=order)

    async def GetOrder(self, request: api.GetOrderRequest, context: Context) -> api.GetOrderResponse:
        try:
            order = self._trading.order(request.order_id)
        except DomainError:
            order = None
        if order is None or order.account_id not in auth.current().account_ids:
            raise not_found("order", request.order_id)
        return api.GetOrderResponse(order=order)

    async def ListOrders(self, request: api.ListOrdersRequest, context: Context) -> api.ListOrdersResponse:
        auth.require_account(request.account_id)
        statuses = set(request.statuses)
        window = request.create_time_range if request.HasField("create_time_range") else None

        def wanted(order: venues.Order) -> bool:
            created = order.create_time.ToNanoseconds()
            return (
                (not request.instrument_id or order.instrument_id == request.instrument_id)
                and (not statuses or order.status in statuses)
                and (not request.client_order_id
                     or request.client_order_id in self._trading.client_order_ids(order.order_id))
                and (not request.strategy_id or order.strategy_id == request.strategy_id)
                and (window is None or (window.start_time.ToNanoseconds() <= created
                                        and (not window.HasField("end_time")
                                             or created < window.end_time.ToNanoseconds())))
            )

        found = [o for o in self._trading.orders(request.account_id) if wanted(o)]
        items, token = page(found, lambda o: [-o.create_time.ToNanoseconds(), -number(o.order_id)], request,
                            self._now())
        return api.ListOrdersResponse(orders=items, next_page_token=token)

    async def ListBalances(self, request: api.ListBalancesRequest, context: Context) -> api.ListBalancesResponse:
        auth.require_account(request.account_id)
        assets = set(request.asset_ids)
        found = [
            b for b in self._trading.balances(request.account_id)
            if (not assets or b.asset_id in assets)
            and (request.include_zero or any(x.value not in ("", "0") for x in (b.total, b.borrowed, b.interest)))
        ]
        items, token = page(found, lambda b: [b.asset_id], request, self._now())
        return api.ListBalancesResponse(balances=items, next_page_token=token)

    async def StreamExecutionReports(
        self, request: api.StreamExecutionReportsRequest, context: Context
    ) -> AsyncIterator[api.StreamExecutionReportsResponse]:
        account_id = request.account_id
        platform = self._platform
        async with platform.lock:
            auth.require_account(account_id)
            self._trading.account(account_id)
            latest = self._trading.last_sequence(account_id)
        if request.after_sequence > latest:
            raise DomainError(grpc.StatusCode.OUT_OF_RANGE, "SEQUENCE_OUT_OF_RANGE",
                              f"after_sequence {request.after_sequence} is beyond the latest sequence {latest}",
                              {"latest_sequence": str(latest)})
        subscription = Subscription(REPORT_EVENTS, (account_id,))
        async with BusFeed(platform.bus, subscription) as feed:
            async with platform.lock:
                stored = self._trading.reports(account_id)
            if request.after_sequence:
                sent = request.after_sequence
            elif request.HasField("start_time"):
                start = request.start_time.ToNanoseconds()
                reports = map(_report, stored)
                later = (e.sequence - 1 for e in reports if e.receive_time.ToNanoseconds() >= start)
                sent = next(later, len(stored))
            else:
                sent = len(stored)
            while True:
                for item in stored[sent:]:
                    yield item
                    sent = _report(item).sequence
                await feed.get()
                feed.drain()  # the store has every report in order; the events only say there are new ones
                async with platform.lock:
                    stored = self._trading.reports(account_id)
