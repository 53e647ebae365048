"""AssetRegistryService on the catalogue. Authentication, validation, the lock and error mapping happen
in the interceptor; each handler turns a request into one catalogue call and wraps the result."""

from __future__ import annotations

from typing import Any, Protocol

import grpc.aio
from google.protobuf import timestamp_pb2

from cq.assets.v1 import service_pb2 as pb
from cq.assets.v1 import service_pb2_grpc
from reference.clock import Clock
from reference.domain.catalogue import AssetFilter, Catalogue, InstrumentFilter, mapping_key
from reference.services.pages import page

Context = grpc.aio.ServicerContext[Any, Any]


class AssetsPlatform(Protocol):
    @property
    def catalogue(self) -> Catalogue: ...

    @property
    def clock(self) -> Clock: ...


def _instant(timestamp: timestamp_pb2.Timestamp, present: bool) -> int | None:
    return timestamp.ToNanoseconds() if present else None


class AssetRegistryServicer(service_pb2_grpc.AssetRegistryServiceServicer):
    def __init__(self, platform: AssetsPlatform) -> None:
        self._platform = platform

    @property
    def _catalogue(self) -> Catalogue:
        return self._platform.catalogue

    def _now(self) -> int:
        return self._platform.clock.now()

    async def GetAsset(self, request: pb.GetAssetRequest, context: Context) -> pb.GetAssetResponse:
        return pb.GetAssetResponse(asset=self._catalogue.asset(request.asset_id))

    async def ListAssets(self, request: pb.ListAssetsRequest, context: Context) -> pb.ListAssetsResponse:
        where = AssetFilter(frozenset(request.asset_classes), frozenset(request.statuses), request.chain_id,
                            request.symbol, request.tag)
        items, token = page(self._catalogue.list_assets(where), lambda a: [a.asset_id], request, self._now())
        return pb.ListAssetsResponse(assets=items, next_page_token=token)

    async def CreateAsset(self, request: pb.CreateAssetRequest, context: Context) -> pb.CreateAssetResponse:
        return pb.CreateAssetResponse(asset=self._catalogue.create_asset(request.asset, request.request_id))

    async def UpdateAsset(self, request: pb.UpdateAssetRequest, context: Context) -> pb.UpdateAssetResponse:
        asset = self._catalogue.update_asset(request.asset, list(request.update_mask.paths), request.request_id)
        return pb.UpdateAssetResponse(asset=asset)

    async def ResolveVenueSymbol(self, request: pb.ResolveVenueSymbolRequest,
                                 context: Context) -> pb.ResolveVenueSymbolResponse:
        symbol = request.venue_symbol
        asset, mapping = self._catalogue.resolve_venue_symbol(
            symbol.venue_id, symbol.symbol, symbol.network, _instant(request.as_of_time, request.HasField("as_of_time")))
        return pb.ResolveVenueSymbolResponse(asset=asset, mapping=mapping)

    async def ListAssetMappings(self, request: pb.ListAssetMappingsRequest,
                                context: Context) -> pb.ListAssetMappingsResponse:
        found = self._catalogue.list_mappings(request.venue_id, request.asset_id,
                                              _instant(request.as_of_time, request.HasField("as_of_time")))
        items, token = page(found, mapping_key, request, self._now())
        return pb.ListAssetMappingsResponse(asset_mappings=items, next_page_token=token)

    async def CreateAssetMapping(self, request: pb.CreateAssetMappingRequest,
                                 context: Context) -> pb.CreateAssetMappingResponse:
        mapping = self._catalogue.create_mapping(request.asset_mapping, request.request_id)
        return pb.CreateAssetMappingResponse(asset_mapping=mapping)

    async def GetChain(self, request: pb.GetChainRequest, context: Context) -> pb.GetChainResponse:
        return pb.GetChainResponse(chain=self._catalogue.chain(request.chain_id))

    async def ListChains(self, request: pb.ListChainsRequest, context: Context) -> pb.ListChainsResponse:
        found = self._catalogue.list_chains(request.include_testnets)
        items, token = page(found, lambda c: [c.chain_id], request, self._now())
        return pb.ListChainsResponse(chains=items, next_page_token=token)

    async def GetInstrument(self, request: pb.GetInstrumentRequest, context: Context) -> pb.GetInstrumentResponse:
        return pb.GetInstrumentResponse(instrument=self._catalogue.instrument(request.instrument_id))

    async def ListInstruments(self, request: pb.ListInstrumentsRequest,
                              context: Context) -> pb.ListInstrumentsResponse:
        now = self._now()
        window = None
        if request.HasField("expire_time_range"):
            expiry = request.expire_time_range
            # TimeRange: an unset end_time means "up to now".
            end = expiry.end_time.ToNanoseconds() if expiry.HasField("end_time") else now
            window = (expiry.start_time.ToNanoseconds(), end)
        where = InstrumentFilter(
            frozenset(request.types), frozenset(request.statuses), request.base_asset_id, request.quote_asset_id,
            request.underlier_asset_id, request.underlier_instrument_id, request.venue_id, window,
        )
        found = self._catalogue.list_instruments(where)
        items, token = page(found, lambda i: [i.instrument_id], request, now)
        return pb.ListInstrumentsResponse(instruments=items, next_page_token=token)

    async def CreateInstrument(self, request: pb.CreateInstrumentRequest,
                               context: Context) -> pb.CreateInstrumentResponse:
        instrument = self._catalogue.create_instrument(request.instrument, request.request_id)
        return pb.CreateInstrumentResponse(instrument=instrument)

    async def UpdateInstrument(self, request: pb.UpdateInstrumentRequest,
                               context: Context) -> pb.UpdateInstrumentResponse:
        instrument = self._catalogue.update_instrument(request.instrument, list(request.update_mask.paths),
                                                       request.request_id)
        return pb.UpdateInstrumentResponse(instrument=instrument)

    async def ResolveVenueInstrument(self, request: pb.ResolveVenueInstrumentRequest,
                                     context: Context) -> pb.ResolveVenueInstrumentResponse:
        symbol = request.venue_symbol
        instrument, listing = self._catalogue.resolve_venue_instrument(
            symbol.venue_id, symbol.symbol, _instant(request.as_of_time, request.HasField("as_of_time")))
        return pb.ResolveVenueInstrumentResponse(instrument=instrument, listing=listing)
