"""AssetRegistryService through a real grpc.aio server on a free port, behind the platform interceptor."""

from __future__ import annotations

import asyncio
import types
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any, TypeVar

import grpc
import grpc.aio
import pytest
from google.protobuf import field_mask_pb2
from google.rpc import error_details_pb2, status_pb2  # type: ignore[import-untyped]

from cq.assets.v1 import instruments_pb2 as ipb
from cq.assets.v1 import resources_pb2 as rpb
from cq.assets.v1 import service_pb2 as pb
from cq.assets.v1 import service_pb2_grpc
from cq.markets.v1 import service_pb2_grpc as markets_grpc
from cq.types.v1 import identifiers_pb2
from reference.bus import EventBus
from reference.clock import Clock, parse_instant
from reference.config import DEFAULT_USERS, ServeConfig
from reference.domain.catalogue import Catalogue
from reference.domain.market import MarketSimulator
from reference.interceptor import STATUS_DETAILS_KEY, PlatformInterceptor
from reference.services.assets import AssetRegistryServicer
from reference.services.markets import MarketDataServicer

START = parse_instant("2026-01-05T14:30:00Z")
STEP = 100_000_000
ALICE = (("authorization", "Bearer dev-alice"),)
RID = "4f1c9a52-8e0b-4d3e-9f57-2b7d1c6a9e10"
RID2 = "9b2e4c71-0d3a-4f65-8a1e-6c5f7d2b3a84"
T = TypeVar("T")


@asynccontextmanager
async def serving(seed: int = 42) -> AsyncIterator[tuple[grpc.aio.Channel, types.SimpleNamespace]]:
    """Both of this engineer's services on one server, over a platform like `cqc serve` builds."""
    clock = Clock(START, STEP)
    bus = EventBus(clock)
    catalogue = Catalogue.seeded(bus, clock)
    market = MarketSimulator(catalogue, seed, clock, bus)
    # No trading here: syncing the platform is advancing its market.
    platform = types.SimpleNamespace(catalogue=catalogue, market=market, clock=clock, bus=bus,
                                     config=ServeConfig(seed=seed), lock=asyncio.Lock(),
                                     sync=lambda: market.advance_to(clock.now()))
    interceptor = PlatformInterceptor(ServeConfig(users=DEFAULT_USERS).token_accounts(), platform.lock, clock,
                                      on_step=platform.sync)
    server = grpc.aio.server(interceptors=[interceptor])
    service_pb2_grpc.add_AssetRegistryServiceServicer_to_server(AssetRegistryServicer(platform), server)
    markets_grpc.add_MarketDataServiceServicer_to_server(MarketDataServicer(platform), server)
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
            yield channel, platform
    finally:
        await server.stop(None)


def run(scenario: Callable[[grpc.aio.Channel, types.SimpleNamespace], Awaitable[T]], seed: int = 42) -> T:
    async def main() -> T:
        async with serving(seed) as (channel, platform):
            return await scenario(channel, platform)

    return asyncio.run(main())


def details(error: grpc.aio.AioRpcError) -> tuple[grpc.StatusCode, str, list[str]]:
    """The status code, the ErrorInfo reason and the BadRequest violation fields of a failed call."""
    raw = dict(error.trailing_metadata() or ()).get(STATUS_DETAILS_KEY)
    status = status_pb2.Status.FromString(raw) if isinstance(raw, bytes) else status_pb2.Status()
    reason, fields = "", []
    for detail in status.details:
        info, bad = error_details_pb2.ErrorInfo(), error_details_pb2.BadRequest()
        if detail.Unpack(info):
            reason = info.reason
        elif detail.Unpack(bad):
            fields = [v.field for v in bad.field_violations]
    return error.code(), reason, fields


async def failure(call: Awaitable[Any]) -> tuple[grpc.StatusCode, str, list[str]]:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call
    return details(caught.value)


# ------------------------------------------------------------------------------------------- reads


def test_list_assets_pages_through_everything_once() -> None:
    async def scenario(channel: grpc.aio.Channel, _: types.SimpleNamespace) -> None:
        stub = service_pb2_grpc.AssetRegistryServiceStub(channel)
        seen, token, pages = [], "", 0
        while True:
            page = await stub.ListAssets(pb.ListAssetsRequest(page_size=10, page_token=token), metadata=ALICE)
            seen += [a.asset_id for a in page.assets]
            pages, token = pages + 1, page.next_page_token
            if not token:
                break
            last = token
        assert len(seen) == len(set(seen)) >= 50 and seen == sorted(seen) and pages == -(-len(seen) // 10)
        crypto = await stub.ListAssets(pb.ListAssetsRequest(asset_classes=[rpb.ASSET_CLASS_CRYPTO], chain_id="eip155:8453"),
                                       metadata=ALICE)
        assert [a.asset_id for a in crypto.assets] == ["CBBTC", "ETH", "USDC"]
        other_filter = pb.ListAssetsRequest(page_size=10, page_token=last, tag="layer-1")
        assert await failure(stub.ListAssets(other_filter, metadata=ALICE)) == (
            grpc.StatusCode.INVALID_ARGUMENT, "VALIDATION_FAILED", ["page_token"])

    run(scenario)


def test_missing_resources_are_not_found_with_their_reason() -> None:
    async def scenario(channel: grpc.aio.Channel, _: types.SimpleNamespace) -> None:
        stub = service_pb2_grpc.AssetRegistryServiceStub(channel)
        assert (await failure(stub.GetAsset(pb.GetAssetRequest(asset_id="NOPE"), metadata=ALICE)))[:2] == (
            grpc.StatusCode.NOT_FOUND, "ASSET_NOT_FOUND")
        assert (await failure(stub.GetInstrument(pb.GetInstrumentRequest(instrument_id="cq:spot:NOPE-USD"),
                                                 metadata=ALICE)))[:2] == (grpc.StatusCode.NOT_FOUND,
                                                                           "INSTRUMENT_NOT_FOUND")
        assert (await failure(stub.GetChain(pb.GetChainRequest(chain_id="eip155:424242"), metadata=ALICE)))[:2] == (
            grpc.StatusCode.NOT_FOUND, "CHAIN_NOT_FOUND")
        assert (await failure(stub.GetAsset(pb.GetAssetRequest(asset_id="BTC"))))[:2] == (
            grpc.StatusCode.UNAUTHENTICATED, "MISSING_TOKEN")

    run(scenario)


def test_xbt_resolves_to_btc_and_kraken_perp_to_its_instrument() -> None:
    async def scenario(channel: grpc.aio.Channel, _: types.SimpleNamespace) -> None:
        stub = service_pb2_grpc.AssetRegistryServiceStub(channel)
        resolved = await stub.ResolveVenueSymbol(pb.ResolveVenueSymbolRequest(
            venue_symbol=identifiers_pb2.VenueSymbol(venue_id="kraken", symbol="XBT")), metadata=ALICE)
        assert (resolved.asset.asset_id, resolved.mapping.venue_asset_code) == ("BTC", "XXBT")
        perp = await stub.ResolveVenueInstrument(pb.ResolveVenueInstrumentRequest(
            venue_symbol=identifiers_pb2.VenueSymbol(venue_id="kraken", symbol="PF_XBTUSD")), metadata=ALICE)
        assert (perp.instrument.instrument_id, perp.listing.venue_symbol.symbol) == ("cq:perp:BTC-USD", "PF_XBTUSD")
        usdt = await stub.ResolveVenueSymbol(pb.ResolveVenueSymbolRequest(
            venue_symbol=identifiers_pb2.VenueSymbol(venue_id="binance", symbol="USDT", network="TRX")),
            metadata=ALICE)
        assert (usdt.asset.asset_id, usdt.mapping.chain_id) == ("USDT", "tron:0x2b6653dc")
        mappings = await stub.ListAssetMappings(pb.ListAssetMappingsRequest(venue_id="kraken", asset_id="BTC"),
                                                metadata=ALICE)
        assert [m.venue_symbol.symbol for m in mappings.asset_mappings] == ["XBT"]

    run(scenario)


def test_chains_and_instrument_lists() -> None:
    async def scenario(channel: grpc.aio.Channel, _: types.SimpleNamespace) -> None:
        stub = service_pb2_grpc.AssetRegistryServiceStub(channel)
        mainnets = await stub.ListChains(pb.ListChainsRequest(), metadata=ALICE)
        everything = await stub.ListChains(pb.ListChainsRequest(include_testnets=True), metadata=ALICE)
        assert "eip155:11155111" in [c.chain_id for c in everything.chains]
        assert "eip155:11155111" not in [c.chain_id for c in mainnets.chains]
        request = pb.ListInstrumentsRequest(underlier_asset_id="ETH", page_size=4)
        first = await stub.ListInstruments(request, metadata=ALICE)
        request.page_token = first.next_page_token
        second = await stub.ListInstruments(request, metadata=ALICE)
        ids = [i.instrument_id for i in (*first.instruments, *second.instruments)]
        assert len(first.instruments) == 4 and ids == sorted(ids) and len(set(ids)) == len(ids)
        assert all("ETH" in i for i in ids)

    run(scenario)


# ------------------------------------------------------------------------------------------ writes


def test_create_is_idempotent_and_update_applies_only_the_mask() -> None:
    async def scenario(channel: grpc.aio.Channel, platform: types.SimpleNamespace) -> None:
        stub = service_pb2_grpc.AssetRegistryServiceStub(channel)
        asset = rpb.Asset(asset_id="USDX", symbol="USDX", name="Example Dollar", asset_class=rpb.ASSET_CLASS_CRYPTO,
                          decimals=6, status=rpb.ASSET_STATUS_PENDING,
                          metadata=rpb.AssetMetadata(tags=["stablecoin"], sector="Stablecoins"))
        created = await stub.CreateAsset(pb.CreateAssetRequest(asset=asset, request_id=RID), metadata=ALICE)
        retried = await stub.CreateAsset(pb.CreateAssetRequest(asset=asset, request_id=RID), metadata=ALICE)
        assert created == retried and created.asset.ids.asset_id == "USDX"
        assert [e.type for e in platform.bus.history if e.partition_key == "USDX"] == ["cq.events.v1.AssetCreated"]

        patch = rpb.Asset(asset_id="USDX", name="not in the mask", decimals=2, status=rpb.ASSET_STATUS_ACTIVE,
                          metadata=rpb.AssetMetadata(tags=["stablecoin", "example"]))
        mask = field_mask_pb2.FieldMask(paths=["status", "metadata.tags", "decimals"])
        updated = (await stub.UpdateAsset(pb.UpdateAssetRequest(asset=patch, update_mask=mask, request_id=RID2),
                                          metadata=ALICE)).asset
        assert (updated.status, updated.decimals, updated.name) == (rpb.ASSET_STATUS_ACTIVE, 2, "Example Dollar")
        assert list(updated.metadata.tags) == ["stablecoin", "example"] and updated.metadata.sector == "Stablecoins"

        again = pb.UpdateAssetRequest(asset=rpb.Asset(asset_id="USDX", decimals=4),
                                      update_mask=field_mask_pb2.FieldMask(paths=["decimals"]),
                                      request_id="1d5f8b20-9c3a-4e71-b6d4-0a2c7e9f3b58")
        assert (await failure(stub.UpdateAsset(again, metadata=ALICE)))[:2] == (
            grpc.StatusCode.FAILED_PRECONDITION, "ASSET_DECIMALS_IMMUTABLE")
        unknown = pb.UpdateAssetRequest(asset=rpb.Asset(asset_id="USDX"), request_id=RID,
                                        update_mask=field_mask_pb2.FieldMask(paths=["colour"]))
        assert await failure(stub.UpdateAsset(unknown, metadata=ALICE)) == (
            grpc.StatusCode.INVALID_ARGUMENT, "VALIDATION_FAILED", ["update_mask"])
        missing = pb.UpdateAssetRequest(asset=rpb.Asset(asset_id="NOPE"), request_id=RID,
                                        update_mask=field_mask_pb2.FieldMask(paths=["name"]))
        assert (await failure(stub.UpdateAsset(missing, metadata=ALICE)))[:2] == (
            grpc.StatusCode.NOT_FOUND, "ASSET_NOT_FOUND")
        # The update is published once, with the asset after it; the refused updates are not.
        usdx = [e for e in platform.bus.history if e.partition_key == "USDX"]
        assert [e.type for e in usdx] == ["cq.events.v1.AssetCreated", "cq.events.v1.AssetUpdated"]
        assert usdx[1].asset_updated.asset == updated and usdx[1].subject == "USDX"
        assert list(usdx[1].asset_updated.changed_fields.paths) == ["status", "metadata.tags", "decimals"]

    run(scenario)


def test_invalid_requests_name_the_field_and_change_nothing() -> None:
    async def scenario(channel: grpc.aio.Channel, platform: types.SimpleNamespace) -> None:
        stub = service_pb2_grpc.AssetRegistryServiceStub(channel)
        bad = rpb.Asset(asset_id="usdx", symbol="USDX", name="x", asset_class=rpb.ASSET_CLASS_CRYPTO,
                        status=rpb.ASSET_STATUS_ACTIVE)
        code, reason, fields = await failure(stub.CreateAsset(pb.CreateAssetRequest(asset=bad, request_id=RID),
                                                              metadata=ALICE))
        assert (code, reason, "asset.asset_id" in fields) == (grpc.StatusCode.INVALID_ARGUMENT, "VALIDATION_FAILED",
                                                               True)
        assert len(platform.bus.history) == sum(1 for e in platform.bus.history if e.source.startswith("/cq/market"))

    run(scenario)


def test_instruments_are_created_updated_and_announced() -> None:
    async def scenario(channel: grpc.aio.Channel, platform: types.SimpleNamespace) -> None:
        stub = service_pb2_grpc.AssetRegistryServiceStub(channel)
        current = (await stub.GetInstrument(pb.GetInstrumentRequest(instrument_id="cq:equity:TSLA"),
                                            metadata=ALICE)).instrument
        patch = ipb.Instrument(instrument_id="cq:equity:TSLA", status=ipb.INSTRUMENT_STATUS_SUSPENDED,
                               max_quantity=current.max_quantity)
        patch.max_quantity.value = "10000"
        mask = field_mask_pb2.FieldMask(paths=["status", "max_quantity"])
        updated = (await stub.UpdateInstrument(pb.UpdateInstrumentRequest(instrument=patch, update_mask=mask,
                                                                          request_id=RID), metadata=ALICE)).instrument
        assert (updated.status, updated.max_quantity.value, updated.tick_size) == (
            ipb.INSTRUMENT_STATUS_SUSPENDED, "10000", current.tick_size)
        events = [e.instrument_updated for e in platform.bus.history if e.HasField("instrument_updated")]
        assert [list(e.changed_fields.paths) for e in events] == [["status", "max_quantity"]]
        terms = pb.UpdateInstrumentRequest(instrument=ipb.Instrument(instrument_id="cq:equity:TSLA"), request_id=RID2,
                                           update_mask=field_mask_pb2.FieldMask(paths=["equity.primary_mic"]))
        assert await failure(stub.UpdateInstrument(terms, metadata=ALICE)) == (
            grpc.StatusCode.INVALID_ARGUMENT, "VALIDATION_FAILED", ["update_mask"])
        await stub.GetAsset(pb.GetAssetRequest(asset_id="BTC"), metadata=ALICE)  # the market syncs on the next call
        assert platform.market.is_halted("cq:equity:TSLA")

    run(scenario)
