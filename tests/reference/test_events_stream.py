"""EventStreamService exposes the bus: a subscriber gets its own account's events and never another's."""

from __future__ import annotations

import asyncio
import time

import grpc
import grpc.aio
import pytest
from google.protobuf import field_mask_pb2

from cq.assets.v1 import resources_pb2 as assets
from cq.assets.v1 import service_pb2 as assets_api
from cq.assets.v1 import service_pb2_grpc as assets_grpc
from cq.client import connect
from cq.decimals import from_decimal
from cq.events.v1 import envelope_pb2
from cq.events.v1 import service_pb2 as events
from cq.events.v1 import service_pb2_grpc as events_grpc
from cq.markets.v1 import service_pb2 as markets
from cq.risk.v1 import resources_pb2 as rk
from cq.risk.v1 import service_pb2 as risk_api
from cq.risk.v1 import service_pb2_grpc as risk_grpc
from cq.types.v1 import identifiers_pb2
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


UPDATE_EVENTS = ["cq.events.v1.AssetUpdated", "cq.events.v1.AssetMappingCreated", "cq.events.v1.LimitUpdated"]


async def drain(stream: grpc.aio.UnaryStreamCall[events.StreamEventsRequest, events.StreamEventsResponse]
                ) -> list[envelope_pb2.EventEnvelope]:
    """Every event a stream with a deadline sends before the deadline ends it."""
    seen = []
    with pytest.raises(grpc.aio.AioRpcError) as ended:
        async for response in stream:
            seen.append(response.envelope)
    assert ended.value.code() == grpc.StatusCode.DEADLINE_EXCEEDED
    return seen


async def replayed_updates() -> tuple[list[envelope_pb2.EventEnvelope], list[envelope_pb2.EventEnvelope]]:
    """UpdateAsset, CreateAssetMapping and UpdateLimit calls (retries, a no-op and a failure among them),
    then the replay of their event types to alice and to bob."""
    server, port, platform = await create_server(ServeConfig(port=0))
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
            start = platform.clock.timestamp()
            registry = assets_grpc.AssetRegistryServiceStub(channel)
            tags = assets_api.UpdateAssetRequest(
                asset=assets.Asset(asset_id="DOGE", metadata=assets.AssetMetadata(tags=["meme", "cq-test"])),
                update_mask=field_mask_pb2.FieldMask(paths=["metadata.tags"]),
                request_id="2b9c4d1e-7f3a-4e8b-9c5d-6a1f0e2b3c4d")
            await registry.UpdateAsset(tags, metadata=ALICE)
            await registry.UpdateAsset(tags, metadata=ALICE)  # a retry
            missing = assets_api.UpdateAssetRequest(asset=assets.Asset(asset_id="NOPE", name="x"),
                                                    update_mask=field_mask_pb2.FieldMask(paths=["name"]),
                                                    request_id="5e8f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b")
            with pytest.raises(grpc.aio.AioRpcError):
                await registry.UpdateAsset(missing, metadata=ALICE)
            await registry.CreateAssetMapping(assets_api.CreateAssetMappingRequest(
                asset_mapping=assets.AssetMapping(
                    venue_symbol=identifiers_pb2.VenueSymbol(venue_id="coinbase", symbol="LTC"), asset_id="LTC"),
                request_id="c3d8f0a1-6b2e-4a97-b5d4-1e0f9a7c2b36"), metadata=ALICE)
            risk = risk_grpc.RiskEngineServiceStub(channel)
            dv01 = (await risk.ListLimits(risk_api.ListLimitsRequest(
                account_id="acc_alice_spot", types=[rk.LIMIT_TYPE_DV01]), metadata=ALICE)).limits[0]
            for request_id in ("0c6f1e2a-4c1b-4f3e-9a57-2d1c8e0b7f41", "8d2e5f7a-1b3c-4d6e-9f0a-2b4c6d8e0f13"):
                await risk.UpdateLimit(risk_api.UpdateLimitRequest(  # the second sets the same value again
                    limit=rk.Limit(limit_id=dv01.limit_id, threshold=from_decimal("20000")),
                    update_mask=field_mask_pb2.FieldMask(paths=["threshold"]), request_id=request_id),
                    metadata=ALICE)
            stub = events_grpc.EventStreamServiceStub(channel)
            request = events.StreamEventsRequest(type_prefixes=UPDATE_EVENTS, start_time=start)
            alices = await drain(stub.StreamEvents(request, metadata=ALICE, timeout=2))
            bobs = await drain(stub.StreamEvents(request, metadata=BOB, timeout=2))
    finally:
        await server.stop(None)
    return alices, bobs


def test_updates_and_new_mappings_are_replayed_once_each() -> None:
    alices, bobs = asyncio.run(asyncio.wait_for(replayed_updates(), timeout=30))

    assert [(e.type, e.partition_key) for e in alices] == [
        ("cq.events.v1.AssetUpdated", "DOGE"), ("cq.events.v1.AssetMappingCreated", "LTC"),
        ("cq.events.v1.LimitUpdated", "acc_alice_spot")]
    updated, mapped, limit = alices
    assert list(updated.asset_updated.asset.metadata.tags) == ["meme", "cq-test"]
    assert list(updated.asset_updated.changed_fields.paths) == ["metadata.tags"]
    assert mapped.asset_mapping_created.asset_mapping.venue_symbol.symbol == "LTC"
    assert mapped.subject == mapped.asset_mapping_created.asset_mapping.asset_mapping_id
    assert limit.limit_updated.limit.threshold.value == "20000"
    assert list(limit.limit_updated.changed_fields.paths) == ["threshold"]
    assert bobs == [updated, mapped]  # registry events are public; alice's limit is hers


def test_realtime_clock_moves_without_calls() -> None:
    request = markets.GetLatestPriceRequest(instrument_id="cq:spot:BTC-USD", venue_id="sim")
    with serve("--clock", "realtime") as served, connect(served.address, token="dev-alice") as client:
        first = client.market_data.GetLatestPrice(request).price.event_time.ToNanoseconds()
        time.sleep(1.0)
        second = client.market_data.GetLatestPrice(request).price.event_time.ToNanoseconds()

    assert second - first >= 500_000_000  # at least half of the wall second passed in market time
