"""VenueGateway, Portfolio and RiskEngine through real gRPC: the interceptor's auth, validation, lock and
error mapping in front of the servicers, over the hand-priced fakes (tests/reference/harness.py)."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from decimal import Decimal
from typing import Any, TypeVar

import grpc
import grpc.aio
import pytest
from google.protobuf import duration_pb2, field_mask_pb2, timestamp_pb2
from google.rpc import error_details_pb2, status_pb2  # type: ignore[import-untyped]

from cq.decimals import from_decimal, to_decimal
from cq.portfolio.v1 import resources_pb2 as pf
from cq.portfolio.v1 import service_pb2 as portfolio_api
from cq.portfolio.v1 import service_pb2_grpc as portfolio_grpc
from cq.risk.v1 import resources_pb2 as rk
from cq.risk.v1 import service_pb2 as risk_api
from cq.risk.v1 import service_pb2_grpc as risk_grpc
from cq.types.v1 import time_range_pb2
from cq.venues.v1 import resources_pb2 as venues
from cq.venues.v1 import service_pb2 as venue_api
from cq.venues.v1 import service_pb2_grpc as venues_grpc
from reference.interceptor import PlatformInterceptor
from reference.services.portfolio import PortfolioServicer
from reference.services.risk import RiskEngineServicer
from reference.services.venues import VenueGatewayServicer
from tests.reference.harness import ALICE, BOB, Sim, make_order

AAPL = "cq:equity:AAPL"
D = Decimal
EPOCH = timestamp_pb2.Timestamp(seconds=0)
BOND = "cq:bond:US0000000002"
BTC = "cq:spot:BTC-USD"
T = TypeVar("T")


@asynccontextmanager
async def served(sim: Sim) -> AsyncIterator[grpc.aio.Channel]:
    """The sim's venue, portfolio and risk services on a free port, and a channel to them."""
    interceptor = PlatformInterceptor(sim.config.token_accounts(), sim.lock, sim.clock, sim.sync)
    server = grpc.aio.server(interceptors=[interceptor])
    # Sim has the attributes of reference.platform.Platform that the servicers use.
    venues_grpc.add_VenueGatewayServiceServicer_to_server(VenueGatewayServicer(sim), server)  # type: ignore[arg-type]
    portfolio_grpc.add_PortfolioServiceServicer_to_server(PortfolioServicer(sim), server)  # type: ignore[arg-type]
    risk_grpc.add_RiskEngineServiceServicer_to_server(RiskEngineServicer(sim), server)  # type: ignore[arg-type]
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
            yield channel
    finally:
        await server.stop(None)


class Clients:
    def __init__(self, channel: grpc.aio.Channel) -> None:
        self.venues = venues_grpc.VenueGatewayServiceStub(channel)
        self.portfolio = portfolio_grpc.PortfolioServiceStub(channel)
        self.risk = risk_grpc.RiskEngineServiceStub(channel)


def run(test: Callable[[Sim, Clients], Awaitable[None]], sim: Sim | None = None) -> None:
    async def main() -> None:
        platform = sim or Sim()
        async with served(platform) as channel:
            await test(platform, Clients(channel))

    asyncio.run(main())


async def until(condition: Callable[[], bool]) -> None:
    while not condition():
        await asyncio.sleep(0.01)


async def read(stream: Any, kind: type[T]) -> T:
    """The next message of a server stream, checked to be a ``kind``."""
    item = await stream.read()
    assert isinstance(item, kind), item
    return item


async def failure(call: Awaitable[Any]) -> tuple[grpc.StatusCode, error_details_pb2.ErrorInfo]:
    """The status code and ErrorInfo of a call that must fail."""
    with pytest.raises(grpc.aio.AioRpcError) as raised:
        await call
    error = raised.value
    trailers = dict(error.trailing_metadata() or ())
    info = error_details_pb2.ErrorInfo()
    for detail in status_pb2.Status.FromString(trailers["grpc-status-details-bin"]).details:
        if detail.Is(error_details_pb2.ErrorInfo.DESCRIPTOR):
            detail.Unpack(info)
    return error.code(), info


def place(client_order_id: str, instrument_id: str, side: str, quantity: str, limit: str | None = None,
          account_id: str = "acc_alice_spot", request_id: str = "") -> venue_api.PlaceOrderRequest:
    order = make_order(client_order_id, instrument_id, side, quantity, limit,
                       account_id=account_id, tif=venues.TIME_IN_FORCE_GTC if limit else venues.TIME_IN_FORCE_IOC)
    return venue_api.PlaceOrderRequest(request_id=request_id or str(uuid.uuid4()), order=order)


# the seed's scenarios


def test_a_buy_fills_cash_goes_down_the_position_goes_up_and_an_execution_is_streamed() -> None:
    async def scenario(sim: Sim, api: Clients) -> None:
        stream = api.venues.StreamExecutionReports(
            venue_api.StreamExecutionReportsRequest(account_id="acc_alice_spot"), metadata=ALICE)
        first = asyncio.ensure_future(read(stream, venue_api.StreamExecutionReportsResponse))
        # A live stream starts after the reports stored when it subscribed: wait for the subscription
        # rather than for a guessed delay, which a loaded machine can outrun.
        await asyncio.wait_for(until(sim.bus.has_subscribers), timeout=10)
        placed = await api.venues.PlaceOrder(place("c1", AAPL, "buy", "100", "100"), metadata=ALICE)
        assert placed.order.status == venues.ORDER_STATUS_FILLED
        reports = [await first] + [await read(stream, venue_api.StreamExecutionReportsResponse) for _ in range(2)]
        stream.cancel()
        assert [r.execution_report.exec_type for r in reports] == [
            venues.EXEC_TYPE_PENDING_NEW, venues.EXEC_TYPE_NEW, venues.EXEC_TYPE_TRADE]
        trade = reports[-1].execution_report
        assert (to_decimal(trade.last_quantity), to_decimal(trade.last_price)) == (D(100), D(100))
        assert (to_decimal(trade.fee.value), trade.fee.asset_id) == (D(5), "USD")
        balances = await api.venues.ListBalances(
            venue_api.ListBalancesRequest(account_id="acc_alice_spot"), metadata=ALICE)
        assert {b.asset_id: to_decimal(b.total) for b in balances.balances} == {"AAPL": D(100), "USD": D(989_995)}
        positions = await api.portfolio.ListPositions(
            portfolio_api.ListPositionsRequest(portfolio_id="pf_acc_alice_spot"), metadata=ALICE)
        assert [(p.instrument_id, to_decimal(p.quantity)) for p in positions.positions] == [(AAPL, D(100))]
        assert any(e.HasField("execution_reported") for e in sim.bus.history)

    run(scenario)


def test_long_100_at_100_marked_at_105_shows_unrealized_pnl_500() -> None:
    async def scenario(sim: Sim, api: Clients) -> None:
        await api.venues.PlaceOrder(place("c1", AAPL, "buy", "100", "100"), metadata=ALICE)
        sim.market.set_mark(AAPL, "105")
        got = await api.portfolio.GetPortfolio(
            portfolio_api.GetPortfolioRequest(portfolio_id="pf_acc_alice_spot"), metadata=ALICE)
        (position,) = got.portfolio.positions
        assert to_decimal(position.unrealized_pnl.value) == 500
        assert to_decimal(position.average_cost) == 100 and to_decimal(position.mark_price) == 105
        assert to_decimal(got.portfolio.nav.value) == 989_995 + 10_500
        since_start = await api.portfolio.GetPnl(portfolio_api.GetPnlRequest(
            portfolio_id="pf_alice", period=time_range_pb2.TimeRange(start_time=EPOCH)), metadata=ALICE)
        figures = since_start.pnl.total
        assert (to_decimal(figures.unrealized_pnl.value), to_decimal(figures.fees.value)) == (D(500), D(-5))
        assert to_decimal(figures.total_pnl.value) == 495
        assert [(i.instrument_id, to_decimal(i.figures.total_pnl.value)) for i in since_start.pnl.by_instrument] == [
            (AAPL, D(495))]

    run(scenario)


def test_a_bond_and_an_equity_nav_is_cash_plus_mark_to_market_and_dv01_comes_from_the_bond_only() -> None:
    async def scenario(sim: Sim, api: Clients) -> None:
        await api.venues.PlaceOrder(place("c1", BOND, "buy", "10", "100"), metadata=ALICE)
        await api.venues.PlaceOrder(place("c2", AAPL, "buy", "100", "100"), metadata=ALICE)
        got = await api.portfolio.GetPortfolio(
            portfolio_api.GetPortfolioRequest(portfolio_id="pf_acc_alice_spot"), metadata=ALICE)
        cash = sum(to_decimal(a.value) for a in got.portfolio.cash_balances)
        market = sum(to_decimal(p.market_value.value) for p in got.portfolio.positions)
        assert to_decimal(got.portfolio.nav.value) == cash + market
        assert (cash, market) == (1_000_000 - 20_010, 10_000 + 10_000)
        risk = await api.risk.GetRiskSnapshot(
            risk_api.GetRiskSnapshotRequest(account_id="acc_alice_spot"), metadata=ALICE)
        dv01 = [s for s in risk.snapshot.sensitivities if s.HasField("dv01")]
        assert [s.factor.name for s in dv01] == ["INTEREST_RATE:USD-TREASURY:2Y"]
        assert risk.snapshot.total_dv01 == pytest.approx(-1.8591469937, abs=1e-6)
        assert [s.factor.name for s in risk.snapshot.sensitivities if s.HasField("delta")] == ["EQUITY_PRICE:AAPL"]

    run(scenario)


# isolation and errors


def test_another_owners_accounts_orders_and_portfolios_are_not_found() -> None:
    async def scenario(sim: Sim, api: Clients) -> None:
        placed = await api.venues.PlaceOrder(place("c1", BTC, "buy", "1", "40000"), metadata=ALICE)
        order_id = placed.order.order_id
        calls: list[Awaitable[Any]] = [
            api.venues.GetOrder(venue_api.GetOrderRequest(order_id=order_id), metadata=BOB),
            api.venues.GetVenueAccount(venue_api.GetVenueAccountRequest(account_id="acc_alice_spot"), metadata=BOB),
            api.venues.ListBalances(venue_api.ListBalancesRequest(account_id="acc_alice_spot"), metadata=BOB),
            api.venues.ListOrders(venue_api.ListOrdersRequest(account_id="acc_alice_spot"), metadata=BOB),
            api.venues.PlaceOrder(place("b1", BTC, "buy", "1", "40000", account_id="acc_alice_spot"), metadata=BOB),
            api.portfolio.GetPortfolio(portfolio_api.GetPortfolioRequest(portfolio_id="pf_alice"), metadata=BOB),
            api.portfolio.ListTransactions(
                portfolio_api.ListTransactionsRequest(portfolio_id="pf_acc_alice_spot"), metadata=BOB),
        ]
        for call in calls:
            code, _ = await failure(call)
            assert code == grpc.StatusCode.NOT_FOUND
        code, info = await failure(api.venues.CancelOrder(venue_api.CancelOrderRequest(
            request_id=str(uuid.uuid4()), account_id="acc_alice_spot", order_id=order_id), metadata=BOB))
        assert (code, info.reason) == (grpc.StatusCode.NOT_FOUND, "CANCEL_REJECT_REASON_UNKNOWN_ORDER")
        code, _ = await failure(api.risk.GetRiskSnapshot(
            risk_api.GetRiskSnapshotRequest(account_id="acc_alice_spot"), metadata=BOB))
        assert code == grpc.StatusCode.PERMISSION_DENIED  # the risk contract's answer
        mine = await api.venues.ListVenueAccounts(venue_api.ListVenueAccountsRequest(), metadata=BOB)
        assert [a.account_id for a in mine.venue_accounts] == ["acc_bob_spot"]
        assert sim.trading.order(order_id).status == venues.ORDER_STATUS_NEW  # bob changed nothing

    run(scenario)


def test_place_order_is_idempotent_by_client_order_id_and_by_request_id() -> None:
    async def scenario(sim: Sim, api: Clients) -> None:
        first = await api.venues.PlaceOrder(place("c1", BTC, "buy", "1", "40000"), metadata=ALICE)
        repeat = await api.venues.PlaceOrder(place("c1", BTC, "buy", "1", "40000"), metadata=ALICE)
        assert repeat.order.order_id == first.order.order_id
        code, info = await failure(api.venues.PlaceOrder(place("c1", BTC, "buy", "2", "40000"), metadata=ALICE))
        assert (code, info.reason) == (grpc.StatusCode.ALREADY_EXISTS, "DUPLICATE_CLIENT_ORDER_ID")
        assert info.metadata["order_id"] == first.order.order_id
        request = place("c2", BTC, "buy", "1", "40000")
        once = await api.venues.PlaceOrder(request, metadata=ALICE)
        twice = await api.venues.PlaceOrder(request, metadata=ALICE)
        assert once == twice
        listed = await api.venues.ListOrders(venue_api.ListOrdersRequest(account_id="acc_alice_spot"), metadata=ALICE)
        assert len(listed.orders) == 2

    run(scenario)


def test_cancel_too_late_and_unknown_orders_fail_with_the_fix_reasons() -> None:
    async def scenario(sim: Sim, api: Clients) -> None:
        filled = await api.venues.PlaceOrder(place("c1", BTC, "buy", "1"), metadata=ALICE)
        assert filled.order.status == venues.ORDER_STATUS_FILLED
        code, info = await failure(api.venues.CancelOrder(venue_api.CancelOrderRequest(
            request_id=str(uuid.uuid4()), account_id="acc_alice_spot", client_order_id="c1"), metadata=ALICE))
        assert (code, info.reason) == (grpc.StatusCode.FAILED_PRECONDITION, "CANCEL_REJECT_REASON_TOO_LATE")
        code, info = await failure(api.venues.CancelOrder(venue_api.CancelOrderRequest(
            request_id=str(uuid.uuid4()), account_id="acc_alice_spot", order_id="ord_424242"), metadata=ALICE))
        assert (code, info.reason) == (grpc.StatusCode.NOT_FOUND, "CANCEL_REJECT_REASON_UNKNOWN_ORDER")
        working = await api.venues.PlaceOrder(place("c2", BTC, "buy", "1", "40000"), metadata=ALICE)
        canceled = await api.venues.CancelOrder(venue_api.CancelOrderRequest(
            request_id=str(uuid.uuid4()), account_id="acc_alice_spot", order_id=working.order.order_id),
            metadata=ALICE)
        assert canceled.order.status == venues.ORDER_STATUS_CANCELED

    run(scenario)


def test_contradicting_fields_are_invalid_and_a_risk_refusal_is_an_ok_rejected_order() -> None:
    async def scenario(sim: Sim, api: Clients) -> None:
        market_with_price = place("c1", BTC, "buy", "1")
        market_with_price.order.limit_price.CopyFrom(from_decimal("1"))
        code, info = await failure(api.venues.PlaceOrder(market_with_price, metadata=ALICE))
        assert (code, info.reason) == (grpc.StatusCode.INVALID_ARGUMENT, "VALIDATION_FAILED")
        code, info = await failure(api.venues.PlaceOrder(place("c2", "cq:spot:NOPE-USD", "buy", "1"), metadata=ALICE))
        assert (code, info.reason) == (grpc.StatusCode.NOT_FOUND, "INSTRUMENT_NOT_FOUND")
        refused = await api.venues.PlaceOrder(place("c3", BTC, "buy", "20", "50010"), metadata=ALICE)
        assert refused.order.status == venues.ORDER_STATUS_REJECTED
        assert refused.order.reject_reason == venues.ORDER_REJECT_REASON_RISK_CHECK_FAILED

    run(scenario)


# venue gateway


def test_replace_and_the_execution_report_stream_replays_by_sequence() -> None:
    async def scenario(sim: Sim, api: Clients) -> None:
        await api.venues.PlaceOrder(place("c1", BTC, "buy", "1", "40000"), metadata=ALICE)
        replaced = await api.venues.ReplaceOrder(venue_api.ReplaceOrderRequest(
            request_id=str(uuid.uuid4()), account_id="acc_alice_spot", orig_client_order_id="c1",
            client_order_id="c1-b", limit_price=from_decimal("41000")), metadata=ALICE)
        assert replaced.order.client_order_id == "c1-b" and to_decimal(replaced.order.limit_price) == 41000
        stream = api.venues.StreamExecutionReports(venue_api.StreamExecutionReportsRequest(
            account_id="acc_alice_spot", after_sequence=2), metadata=ALICE)
        replayed = [await read(stream, venue_api.StreamExecutionReportsResponse) for _ in range(2)]
        stream.cancel()
        assert [r.execution_report.sequence for r in replayed] == [3, 4]
        assert [r.execution_report.exec_type for r in replayed] == [venues.EXEC_TYPE_PENDING_REPLACE,
                                                                    venues.EXEC_TYPE_REPLACED]
        code, _ = await failure(_first(api.venues.StreamExecutionReports(venue_api.StreamExecutionReportsRequest(
            account_id="acc_alice_spot", after_sequence=99), metadata=ALICE)))
        assert code == grpc.StatusCode.OUT_OF_RANGE
        from_start = api.venues.StreamExecutionReports(venue_api.StreamExecutionReportsRequest(
            account_id="acc_alice_spot", start_time=EPOCH), metadata=ALICE)
        assert (await read(from_start, venue_api.StreamExecutionReportsResponse)).execution_report.sequence == 1
        from_start.cancel()
        code, _ = await failure(_first(api.venues.StreamExecutionReports(venue_api.StreamExecutionReportsRequest(
            account_id="acc_alice_spot"), metadata=BOB)))
        assert code == grpc.StatusCode.NOT_FOUND

    run(scenario)


async def _first(stream: Any) -> Any:
    async for item in stream:
        return item
    return None


def test_venues_accounts_and_order_listing_pages() -> None:
    async def scenario(sim: Sim, api: Clients) -> None:
        venues_list = await api.venues.ListVenues(venue_api.ListVenuesRequest(), metadata=ALICE)
        assert [v.venue_id for v in venues_list.venues] == ["sim"]
        assert (await api.venues.GetVenue(venue_api.GetVenueRequest(venue_id="sim"), metadata=ALICE)).venue.testnet
        code, _ = await failure(api.venues.GetVenue(venue_api.GetVenueRequest(venue_id="kraken"), metadata=ALICE))
        assert code == grpc.StatusCode.NOT_FOUND
        account = await api.venues.GetVenueAccount(
            venue_api.GetVenueAccountRequest(account_id="acc_alice_margin"), metadata=ALICE)
        assert account.venue_account.type == venues.ACCOUNT_TYPE_MARGIN and account.venue_account.margin_allowed
        for index in range(5):
            await api.venues.PlaceOrder(place(f"c{index}", BTC, "buy", "0.1", "40000"), metadata=ALICE)
        seen, token = [], ""
        while True:
            listed = await api.venues.ListOrders(venue_api.ListOrdersRequest(
                account_id="acc_alice_spot", page_size=2, page_token=token), metadata=ALICE)
            seen += [o.client_order_id for o in listed.orders]
            token = listed.next_page_token
            if not token:
                break
        assert seen == ["c4", "c3", "c2", "c1", "c0"]  # newest first, each once
        filtered = await api.venues.ListOrders(venue_api.ListOrdersRequest(
            account_id="acc_alice_spot", client_order_id="c2"), metadata=ALICE)
        assert [o.client_order_id for o in filtered.orders] == ["c2"]

    run(scenario)


# portfolio


def test_ledger_exposure_snapshots_and_allocations() -> None:
    async def scenario(sim: Sim, api: Clients) -> None:
        placed = await api.venues.PlaceOrder(place("c1", AAPL, "buy", "100", "100"), metadata=ALICE)
        ledger = await api.portfolio.ListTransactions(portfolio_api.ListTransactionsRequest(
            portfolio_id="pf_acc_alice_spot", types=[pf.TRANSACTION_TYPE_TRADE, pf.TRANSACTION_TYPE_FEE]),
            metadata=ALICE)
        assert [(t.type, t.amount.asset_id, to_decimal(t.amount.value)) for t in ledger.transactions] == [
            (pf.TRANSACTION_TYPE_FEE, "USD", D(-5)), (pf.TRANSACTION_TYPE_TRADE, "USD", D(-10_000)),
            (pf.TRANSACTION_TYPE_TRADE, "AAPL", D(100))]
        assert {t.order_id for t in ledger.transactions} == {placed.order.order_id}
        exposure = await api.portfolio.GetExposure(
            portfolio_api.GetExposureRequest(portfolio_id="pf_alice"), metadata=ALICE)
        assert [(b.key, to_decimal(b.figures.gross_exposure.value)) for b in exposure.exposure.by_asset_class] == [
            ("equity", D(10_000))]
        snapshots = await api.portfolio.ListPortfolioSnapshots(portfolio_api.ListPortfolioSnapshotsRequest(
            portfolio_id="pf_alice", time_range=time_range_pb2.TimeRange(start_time=EPOCH)), metadata=ALICE)
        assert len(snapshots.portfolio_snapshots) == 1
        assert to_decimal(snapshots.portfolio_snapshots[0].nav.value) == 2_000_000
        code, _ = await failure(api.portfolio.GetPerformanceReport(portfolio_api.GetPerformanceReportRequest(
            portfolio_id="pf_alice", period=time_range_pb2.TimeRange(start_time=EPOCH)), metadata=ALICE))
        assert code == grpc.StatusCode.FAILED_PRECONDITION  # less than two days of history
        await sim.clock.sleep(5 * 60 * 1_000_000_000)  # five minutes of virtual time: five return intervals
        report = await api.portfolio.GetPerformanceReport(portfolio_api.GetPerformanceReportRequest(
            portfolio_id="pf_alice", period=time_range_pb2.TimeRange(start_time=EPOCH),
            return_interval=duration_pb2.Duration(seconds=60)), metadata=ALICE)
        assert to_decimal(report.performance_report.pnl.fees.value) == -5
        assert report.performance_report.trade_count == 0  # nothing was closed
        allocation = pf.Allocation(portfolio_id="pf_alice", strategy_id="s1", source="test/run-1",
                                   as_of_time=sim.clock.timestamp(),
                                   targets=[pf.AllocationTarget(asset_id="BTC", weight=from_decimal("0.5"))])
        request_id = str(uuid.uuid4())
        created = await api.portfolio.CreateAllocation(
            portfolio_api.CreateAllocationRequest(allocation=allocation, request_id=request_id), metadata=ALICE)
        again = await api.portfolio.CreateAllocation(
            portfolio_api.CreateAllocationRequest(allocation=allocation, request_id=request_id), metadata=ALICE)
        assert created == again and created.allocation.allocation_id == "alloc_000001"
        listed = await api.portfolio.ListAllocations(
            portfolio_api.ListAllocationsRequest(portfolio_id="pf_alice"), metadata=ALICE)
        assert [a.allocation_id for a in listed.allocations] == ["alloc_000001"]

    run(scenario)


def test_portfolio_updates_stream_a_snapshot_then_a_fills_ledger_entries_and_position_together() -> None:
    async def scenario(sim: Sim, api: Clients) -> None:
        stream = api.portfolio.StreamPortfolioUpdates(portfolio_api.StreamPortfolioUpdatesRequest(
            portfolio_id="pf_acc_alice_spot", valuation_interval=duration_pb2.Duration(seconds=3600)), metadata=ALICE)
        first = await read(stream, portfolio_api.StreamPortfolioUpdatesResponse)
        assert first.sequence == 1 and first.HasField("portfolio")
        await api.venues.PlaceOrder(place("c1", AAPL, "buy", "100", "100"), metadata=ALICE)
        updates = [await read(stream, portfolio_api.StreamPortfolioUpdatesResponse) for _ in range(4)]
        stream.cancel()
        assert [u.WhichOneof("update") for u in updates] == ["transaction", "transaction", "transaction", "position"]
        assert [u.sequence for u in updates] == [2, 3, 4, 5]

    run(scenario)


# risk


def test_check_order_limits_stress_and_alerts() -> None:
    async def scenario(sim: Sim, api: Clients) -> None:
        big = make_order("", BTC, "buy", "20", "50000")
        checked = await api.risk.CheckOrder(risk_api.CheckOrderRequest(order=big), metadata=ALICE)
        assert checked.result.decision == rk.CHECK_DECISION_REJECT
        assert checked.result.reject_reason == rk.CHECK_REJECT_REASON_LIMIT_BREACHED
        code, _ = await failure(api.risk.CheckOrder(risk_api.CheckOrderRequest(
            order=make_order("", BTC, "buy", "1", account_id="acc_bob_spot")),
            metadata=ALICE))
        assert code == grpc.StatusCode.PERMISSION_DENIED
        limits = await api.risk.ListLimits(risk_api.ListLimitsRequest(account_id="acc_alice_spot"), metadata=ALICE)
        assert [x.type for x in limits.limits] == [rk.LIMIT_TYPE_ORDER_NOTIONAL, rk.LIMIT_TYPE_GROSS_EXPOSURE,
                                                   rk.LIMIT_TYPE_LEVERAGE, rk.LIMIT_TYPE_DV01]
        start = sim.clock.timestamp()
        await api.venues.PlaceOrder(place("c1", AAPL, "buy", "1"), metadata=ALICE)  # 100 USD of exposure
        gross = limits.limits[1]
        updated = await api.risk.UpdateLimit(risk_api.UpdateLimitRequest(
            limit=rk.Limit(limit_id=gross.limit_id, threshold=from_decimal("50"), etag=gross.etag),
            update_mask=field_mask_pb2.FieldMask(paths=["threshold"]), request_id=str(uuid.uuid4())), metadata=ALICE)
        assert updated.limit.status == rk.LIMIT_STATUS_BREACHED and to_decimal(updated.limit.current_value) == 100
        refused = await api.venues.PlaceOrder(place("c2", AAPL, "buy", "1"), metadata=ALICE)  # would deepen it
        assert refused.order.status == venues.ORDER_STATUS_REJECTED
        alerts = api.risk.StreamAlerts(risk_api.StreamAlertsRequest(
            account_id="acc_alice_spot", start_time=start), metadata=ALICE)
        replayed = [(await read(alerts, risk_api.StreamAlertsResponse)).alert.type for _ in range(2)]
        alerts.cancel()
        assert replayed == [rk.ALERT_TYPE_LIMIT_BREACHED, rk.ALERT_TYPE_ORDER_REJECTED]
        stressed = await api.risk.RunStressTest(risk_api.RunStressTestRequest(
            account_id="acc_alice_spot", scenario_id="equities_down_20"), metadata=ALICE)
        assert to_decimal(stressed.result.total_pnl.value) == -20
        code, _ = await failure(api.risk.RunStressTest(risk_api.RunStressTestRequest(
            account_id="acc_alice_spot", scenario_id="no_such"), metadata=ALICE))
        assert code == grpc.StatusCode.NOT_FOUND

    run(scenario)
