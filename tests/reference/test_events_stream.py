"""EventStreamService exposes the bus: a subscriber gets its own account's events and never another's."""

from __future__ import annotations

import asyncio
import time

import grpc.aio

from cq.client import connect
from cq.events.v1 import service_pb2 as events
from cq.events.v1 import service_pb2_grpc as events_grpc
from cq.markets.v1 import service_pb2 as markets
from cq.venues.v1 import service_pb2_grpc as venues_grpc
from reference.config import ServeConfig
from reference.server import create_server
from tests.reference.conftest import serve
from tests.reference.test_determinism import market_buy

ALICE = (("authorization", "Bearer dev-alice"),)
BOB = (("authorization", "Bearer dev-bob"),)


async def alice_sees_while_both_trade() -> list[events.StreamEventsResponse]:
    server, port, platform = await create_server(ServeConfig(port=0))
    seen: list[events.StreamEventsResponse] = []
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
            stream = events_grpc.EventStreamServiceStub(channel).StreamEvents(
                events.StreamEventsRequest(type_prefixes=["cq.events.v1.Order"]), metadata=ALICE
            )

            async def read_until_alices_order() -> None:
                # Read concurrently: a server stream sends its headers with its first message, so
                # waiting for the connection before anyone trades would wait forever.
                async for response in stream:
                    seen.append(response)
                    if response.envelope.type == "cq.events.v1.OrderPlaced":
                        return

            reader = asyncio.create_task(read_until_alices_order())
            while not platform.bus.has_subscribers():
                await asyncio.sleep(0.01)
            gateway = venues_grpc.VenueGatewayServiceStub(channel)
            bobs = market_buy("7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6", "bob-1", "0.1")
            bobs.order.account_id = "acc_bob_spot"
            await gateway.PlaceOrder(bobs, metadata=BOB)
            await gateway.PlaceOrder(market_buy("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "alice-1", "0.1"),
                                     metadata=ALICE)
            await reader
            stream.cancel()
    finally:
        await server.stop(None)
    return seen


def test_subscriber_sees_own_order_events_only() -> None:
    seen = asyncio.run(asyncio.wait_for(alice_sees_while_both_trade(), timeout=20))

    assert seen[-1].envelope.order_placed.order.client_order_id == "alice-1"
    assert all(r.envelope.partition_key != "acc_bob_spot" for r in seen)
    assert all(r.envelope.type.startswith("cq.events.v1.Order") for r in seen)


def test_realtime_clock_moves_without_calls() -> None:
    request = markets.GetLatestPriceRequest(instrument_id="cq:spot:BTC-USD", venue_id="sim")
    with serve("--clock", "realtime") as served, connect(served.address, token="dev-alice") as client:
        first = client.market_data.GetLatestPrice(request).price.event_time.ToNanoseconds()
        time.sleep(1.0)
        second = client.market_data.GetLatestPrice(request).price.event_time.ToNanoseconds()

    assert second - first >= 500_000_000  # at least half of the wall second passed in market time
