"""The same seed and the same calls give identical responses and events; the seed scenario end to end."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from decimal import Decimal

import grpc.aio
from google.protobuf.message import Message

from cq.assets.v1 import service_pb2 as assets
from cq.assets.v1 import service_pb2_grpc as assets_grpc
from cq.events.v1 import envelope_pb2
from cq.markets.v1 import service_pb2 as markets
from cq.markets.v1 import service_pb2_grpc as markets_grpc
from cq.portfolio.v1 import service_pb2 as portfolio
from cq.portfolio.v1 import service_pb2_grpc as portfolio_grpc
from cq.risk.v1 import service_pb2 as risk
from cq.risk.v1 import service_pb2_grpc as risk_grpc
from cq.types.v1 import side_pb2
from cq.venues.v1 import resources_pb2 as venue_resources
from cq.venues.v1 import service_pb2 as venues
from cq.venues.v1 import service_pb2_grpc as venues_grpc
from reference.config import ServeConfig
from reference.server import create_server

ALICE = (("authorization", "Bearer dev-alice"),)


@dataclass
class Session:
    responses: list[Message]
    events: list[bytes]


def market_buy(request_id: str, client_order_id: str, quantity: str) -> venues.PlaceOrderRequest:
    request = venues.PlaceOrderRequest(request_id=request_id)
    order = request.order
    order.client_order_id = client_order_id
    order.account_id = "acc_alice_spot"
    order.instrument_id = "cq:spot:BTC-USD"
    order.side = side_pb2.SIDE_BUY
    order.type = venue_resources.ORDER_TYPE_MARKET
    order.time_in_force = venue_resources.TIME_IN_FORCE_IOC
    order.quantity.value = quantity
    return request


async def scripted_session(seed: int) -> Session:
    """A short day of trading: reference data, prices, a fill, the portfolio and risk after it."""
    server, port, platform = await create_server(ServeConfig(port=0, seed=seed))
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
            registry = assets_grpc.AssetRegistryServiceStub(channel)
            market = markets_grpc.MarketDataServiceStub(channel)
            gateway = venues_grpc.VenueGatewayServiceStub(channel)
            book = portfolio_grpc.PortfolioServiceStub(channel)
            engine = risk_grpc.RiskEngineServiceStub(channel)
            responses: list[Message] = [
                await registry.GetAsset(assets.GetAssetRequest(asset_id="BTC"), metadata=ALICE),
                await registry.ListInstruments(assets.ListInstrumentsRequest(page_size=5), metadata=ALICE),
                await market.GetLatestPrice(
                    markets.GetLatestPriceRequest(instrument_id="cq:spot:BTC-USD", venue_id="sim"), metadata=ALICE
                ),
                await gateway.PlaceOrder(
                    market_buy("0b9f3c1e-2d4a-4e6f-8a7b-1c2d3e4f5a60", "det-buy-1", "0.5"), metadata=ALICE
                ),
                await book.GetPortfolio(portfolio.GetPortfolioRequest(portfolio_id="pf_acc_alice_spot"),
                                        metadata=ALICE),
                await book.ListTransactions(
                    portfolio.ListTransactionsRequest(portfolio_id="pf_acc_alice_spot"), metadata=ALICE
                ),
                await engine.GetRiskSnapshot(risk.GetRiskSnapshotRequest(account_id="acc_alice_spot"),
                                             metadata=ALICE),
            ]
    finally:
        await server.stop(None)
    return Session(responses, [e.SerializeToString(deterministic=True) for e in platform.bus.history])


def wire(session: Session) -> list[bytes]:
    return [r.SerializeToString(deterministic=True) for r in session.responses]


def test_same_seed_and_calls_replay_identically() -> None:
    first = asyncio.run(scripted_session(seed=42))
    second = asyncio.run(scripted_session(seed=42))

    assert wire(first) == wire(second)
    assert first.events == second.events and len(first.events) > 0


def test_another_seed_gives_another_market() -> None:
    base = asyncio.run(scripted_session(seed=42))
    other = asyncio.run(scripted_session(seed=7))

    assert wire(base)[2] != wire(other)[2]  # the latest BTC price


def test_a_buy_moves_cash_and_position_and_publishes_its_execution() -> None:
    session = asyncio.run(scripted_session(seed=42))
    placed = session.responses[3]
    assert isinstance(placed, venues.PlaceOrderResponse)
    assert placed.order.status == venue_resources.ORDER_STATUS_FILLED
    assert placed.order.cum_quantity.value == "0.5"

    held = session.responses[4]
    assert isinstance(held, portfolio.GetPortfolioResponse)
    btc = [p for p in held.portfolio.positions if p.instrument_id == "cq:spot:BTC-USD"]
    assert btc and btc[0].quantity.value == "10.5"  # 10 BTC seeded, 0.5 bought
    usd = [c for c in held.portfolio.cash_balances if c.asset_id == "USD"]
    assert usd and Decimal(usd[0].value.value) < Decimal(1_000_000)  # paid for the BTC and the fee
    # NAV = cash + mark-to-market (all of this account's cash is USD, the valuation currency)
    marked = sum(Decimal(p.market_value.value.value) for p in held.portfolio.positions)
    assert Decimal(held.portfolio.nav.value.value) == Decimal(usd[0].value.value) + marked

    types = [envelope_pb2.EventEnvelope.FromString(e).type for e in session.events]
    assert "cq.events.v1.ExecutionReported" in types and "cq.events.v1.PositionChanged" in types
