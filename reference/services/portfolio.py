"""PortfolioService: positions, cash, valuation, PnL, exposure, ledger, snapshots, performance, allocations.

Portfolio ids: every venue account is a portfolio of its own, ``pf_<account_id>`` (``pf_acc_alice_spot``),
and every owner has one aggregating all their accounts, ``pf_<owner>`` (``pf_alice``). All are valued in
USD. A portfolio of another owner is NOT_FOUND, like one that does not exist; an account filter naming
an account outside the portfolio is NOT_FOUND too.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeAlias

import grpc
import grpc.aio

from cq.decimals import to_decimal
from cq.portfolio.v1 import resources_pb2 as pf
from cq.portfolio.v1 import service_pb2 as api
from cq.portfolio.v1 import service_pb2_grpc
from reference import auth
from reference.bus import Subscription
from reference.clock import NANOS_PER_SECOND
from reference.domain import performance
from reference.domain.portfolio import PortfolioDef, StoredSnapshot
from reference.errors import DomainError, FieldViolation, InvalidRequest
from reference.services.pages import number, page
from reference.services.streams import BusFeed

if TYPE_CHECKING:
    from reference.platform import Platform

Context: TypeAlias = "grpc.aio.ServicerContext[Any, Any]"
NANOS_PER_DAY = 86_400 * NANOS_PER_SECOND
DEFAULT_VALUATION_INTERVAL = NANOS_PER_SECOND
UPDATE_EVENTS = ("cq.events.v1.TransactionBooked", "cq.events.v1.PositionChanged")


def _in_range(nanos: int, start: int, end: int | None) -> bool:
    return start <= nanos and (end is None or nanos < end)


class PortfolioServicer(service_pb2_grpc.PortfolioServiceServicer):
    def __init__(self, platform: Platform) -> None:
        self._platform = platform
        self._portfolios = platform.trading.portfolios

    def _now(self) -> int:
        return self._platform.clock.now()

    def _get(self, portfolio_id: str) -> PortfolioDef:
        return self._portfolios.get(portfolio_id, auth.current().owner)

    async def GetPortfolio(self, request: api.GetPortfolioRequest, context: Context) -> api.GetPortfolioResponse:
        portfolio = self._get(request.portfolio_id)
        if not request.HasField("as_of_time"):
            return api.GetPortfolioResponse(portfolio=self._portfolios.portfolio(portfolio))
        as_of = request.as_of_time.ToNanoseconds()
        if as_of > self._now():
            raise InvalidRequest([FieldViolation("as_of_time", "as_of_time.not_future",
                                                 "must not be after the simulation's now")])
        stored = self._portfolios.snapshot_at(portfolio, as_of)
        if stored is None:
            raise DomainError(grpc.StatusCode.OUT_OF_RANGE, "BEFORE_FIRST_SNAPSHOT",
                              f"portfolio {portfolio.portfolio_id} has no snapshot at or before as_of_time")
        return api.GetPortfolioResponse(portfolio=self._portfolios.portfolio_at(portfolio, stored))

    async def ListPositions(self, request: api.ListPositionsRequest, context: Context) -> api.ListPositionsResponse:
        portfolio = self._get(request.portfolio_id)
        accounts = self._portfolios.accounts(portfolio, request.account_id)
        found = [
            p for p in self._portfolios.positions(accounts, request.include_flat)
            if not request.instrument_id or p.instrument_id == request.instrument_id
        ]
        items, token = page(found, lambda p: [p.account_id, p.instrument_id], request, self._now())
        return api.ListPositionsResponse(positions=items, next_page_token=token)

    async def GetPnl(self, request: api.GetPnlRequest, context: Context) -> api.GetPnlResponse:
        portfolio = self._get(request.portfolio_id)
        return api.GetPnlResponse(pnl=self._portfolios.pnl(portfolio, request.period))

    async def ListTransactions(
        self, request: api.ListTransactionsRequest, context: Context
    ) -> api.ListTransactionsResponse:
        portfolio = self._get(request.portfolio_id)
        accounts = self._portfolios.accounts(portfolio, request.account_id)
        types = set(request.types)
        window = request.time_range if request.HasField("time_range") else None
        start = window.start_time.ToNanoseconds() if window else 0
        end = window.end_time.ToNanoseconds() if window and window.HasField("end_time") else None
        found = [
            t for t in self._portfolios.transactions(accounts)
            if (not types or t.type in types)
            and (not request.asset_id or t.amount.asset_id == request.asset_id)
            and _in_range(t.transact_time.ToNanoseconds(), start, end)
        ]
        items, token = page(found, lambda t: [-t.transact_time.ToNanoseconds(), -number(t.transaction_id)],
                            request, self._now())
        return api.ListTransactionsResponse(transactions=items, next_page_token=token)

    async def GetExposure(self, request: api.GetExposureRequest, context: Context) -> api.GetExposureResponse:
        portfolio = self._get(request.portfolio_id)
        return api.GetExposureResponse(exposure=self._portfolios.exposure(portfolio))

    async def StreamPortfolioUpdates(
        self, request: api.StreamPortfolioUpdatesRequest, context: Context
    ) -> AsyncIterator[api.StreamPortfolioUpdatesResponse]:
        platform = self._platform
        async with platform.lock:
            portfolio = self._get(request.portfolio_id)
        interval = request.valuation_interval.ToNanoseconds() or DEFAULT_VALUATION_INTERVAL
        subscription = Subscription(UPDATE_EVENTS, portfolio.account_ids)
        sequence = 0
        async with BusFeed(platform.bus, subscription) as feed:
            async with platform.lock:
                current = self._portfolios.portfolio(portfolio)
            sequence += 1
            yield api.StreamPortfolioUpdatesResponse(sequence=sequence, portfolio=current)
            valued_at, last = self._now(), _figures(current)
            while True:
                first = await feed.get(interval / NANOS_PER_SECOND)
                # Everything queued goes out together, so a fill's ledger entries and position change are
                # never split by a valuation.
                for envelope in ([first] if first is not None else []) + feed.drain():
                    sequence += 1
                    if envelope.HasField("position_changed"):
                        yield api.StreamPortfolioUpdatesResponse(sequence=sequence,
                                                                 position=envelope.position_changed.after)
                    else:
                        yield api.StreamPortfolioUpdatesResponse(sequence=sequence,
                                                                 transaction=envelope.transaction_booked.transaction)
                if self._now() - valued_at < interval:
                    continue
                async with platform.lock:
                    current = self._portfolios.portfolio(portfolio)
                if _figures(current) != last:
                    sequence += 1
                    yield api.StreamPortfolioUpdatesResponse(sequence=sequence, portfolio=current)
                    valued_at, last = self._now(), _figures(current)

    async def ListPortfolioSnapshots(
        self, request: api.ListPortfolioSnapshotsRequest, context: Context
    ) -> api.ListPortfolioSnapshotsResponse:
        portfolio = self._get(request.portfolio_id)
        start = request.time_range.start_time.ToNanoseconds()
        end = request.time_range.end_time.ToNanoseconds() if request.time_range.HasField("end_time") else None
        found = [s for s in self._portfolios.snapshots(portfolio) if _in_range(s.time, start, end)]
        interval = request.interval.ToNanoseconds()
        if interval:
            # The last snapshot of each interval, intervals aligned to 00:00 UTC.
            last: dict[int, StoredSnapshot] = {}
            for stored in found:
                last[stored.time // interval] = stored
            found = [last[k] for k in sorted(last)]
        items, token = page(found, lambda s: [s.time, number(s.snapshot.snapshot_id)], request, self._now())
        snapshots = []
        for stored in items:
            snapshot = pf.PortfolioSnapshot()
            snapshot.CopyFrom(stored.snapshot)
            if not request.include_positions:
                snapshot.ClearField("positions")
            snapshots.append(snapshot)
        return api.ListPortfolioSnapshotsResponse(portfolio_snapshots=snapshots, next_page_token=token)

    async def GetPerformanceReport(
        self, request: api.GetPerformanceReportRequest, context: Context
    ) -> api.GetPerformanceReportResponse:
        portfolio = self._get(request.portfolio_id)
        interval = request.return_interval.ToNanoseconds() or NANOS_PER_DAY
        rate = to_decimal(request.risk_free_rate) if request.HasField("risk_free_rate") else Decimal(0)
        result = performance.report(self._portfolios, portfolio, request.period, request.strategy_id, interval, rate)
        return api.GetPerformanceReportResponse(performance_report=result)

    async def CreateAllocation(
        self, request: api.CreateAllocationRequest, context: Context
    ) -> api.CreateAllocationResponse:
        portfolio = self._get(request.allocation.portfolio_id)
        allocation = self._portfolios.create_allocation(portfolio, request.allocation, request.request_id)
        return api.CreateAllocationResponse(allocation=allocation)

    async def ListAllocations(
        self, request: api.ListAllocationsRequest, context: Context
    ) -> api.ListAllocationsResponse:
        portfolio = self._get(request.portfolio_id)
        window = request.as_of_time_range if request.HasField("as_of_time_range") else None
        start = window.start_time.ToNanoseconds() if window else 0
        end = window.end_time.ToNanoseconds() if window and window.HasField("end_time") else None
        found = [
            a for a in self._portfolios.list_allocations(portfolio)
            if (not request.strategy_id or a.strategy_id == request.strategy_id)
            and _in_range(a.as_of_time.ToNanoseconds(), start, end)
        ]
        items, token = page(found, lambda a: [-a.as_of_time.ToNanoseconds(), -number(a.allocation_id)], request,
                            self._now())
        return api.ListAllocationsResponse(allocations=items, next_page_token=token)


def _figures(portfolio: pf.Portfolio) -> bytes:
    """What a fresh valuation is compared on: everything but the valuation time."""
    copy = pf.Portfolio()
    copy.CopyFrom(portfolio)
    copy.ClearField("valuation_time")
    for position in copy.positions:
        position.ClearField("mark_time")
    return copy.SerializeToString(deterministic=True)
