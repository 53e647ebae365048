"""The seeded catalogue and its AssetRegistry behaviour, without gRPC."""

from __future__ import annotations

import grpc
import pytest
from google.protobuf import field_mask_pb2

from cq.assets.v1 import instruments_pb2 as ipb
from cq.assets.v1 import resources_pb2 as rpb
from cq.decimals import from_decimal
from cq.events.v1 import events_pb2
from cq.types.v1 import identifiers_pb2
from reference import validation
from reference.bus import EventBus
from reference.clock import Clock, parse_instant
from reference.domain import paging
from reference.domain.catalogue import AssetFilter, Catalogue, InstrumentFilter
from reference.errors import DomainError, InvalidRequest
from reference.services.pages import page

START = parse_instant("2026-01-05T14:30:00Z")
RID = "4f1c9a52-8e0b-4d3e-9f57-2b7d1c6a9e10"
RID2 = "9b2e4c71-0d3a-4f65-8a1e-6c5f7d2b3a84"


def seeded() -> tuple[Catalogue, EventBus, Clock]:
    clock = Clock(START, 100_000_000)
    bus = EventBus(clock)
    return Catalogue.seeded(bus, clock), bus, clock


def reason(error: pytest.ExceptionInfo[DomainError]) -> tuple[grpc.StatusCode, str]:
    return error.value.code, error.value.reason


def usdx(asset_id: str = "USDX") -> rpb.Asset:
    return rpb.Asset(
        asset_id=asset_id, symbol=asset_id, name="Example Dollar", asset_class=rpb.ASSET_CLASS_CRYPTO, decimals=6,
        status=rpb.ASSET_STATUS_ACTIVE,
        tokens=[rpb.Token(asset_id=asset_id, chain_id="eip155:1", standard=rpb.TOKEN_STANDARD_ERC20, decimals=6,
                          contract_address="0x00000000000000000000000000000000000000AB")],
    )


def equity_instrument(instrument_id: str = "cq:equity:USDX", listing: str = "USDX") -> ipb.Instrument:
    return ipb.Instrument(
        instrument_id=instrument_id, type=ipb.INSTRUMENT_TYPE_EQUITY, symbol=instrument_id.rsplit(":", 1)[1],
        status=ipb.INSTRUMENT_STATUS_ACTIVE, base_asset_id="AAPL", quote_asset_id="USD",
        tick_size=from_decimal("0.01"), lot_size=from_decimal("1"), multiplier=from_decimal("1"),
        price_quote_convention=ipb.PRICE_QUOTE_CONVENTION_PER_UNIT,
        listings=[ipb.InstrumentListing(venue_symbol=identifiers_pb2.VenueSymbol(venue_id="sim", symbol=listing),
                                        status=ipb.INSTRUMENT_STATUS_ACTIVE)],
    )


# ------------------------------------------------------------------------------------------ the seed


def test_seed_holds_the_universe_the_issue_asks_for() -> None:
    catalogue, _, _ = seeded()
    assets = catalogue.list_assets(AssetFilter())
    instruments = catalogue.instruments()
    types = {i.type for i in instruments}

    assert len(assets) >= 50 and len(instruments) >= 50
    assert {"BTC", "ETH", "USDC"} <= {a.asset_id for a in assets}
    assert len(catalogue.asset("USDC").tokens) >= 5 and len(catalogue.asset("ETH").tokens) >= 3
    btc_chains = {t.chain_id for a in assets if a.asset_id == "BTC" or any(r.related_asset_id == "BTC" for r in a.relations)
                  for t in a.tokens}
    assert len(btc_chains) >= 3  # native on Bitcoin, wrapped on Ethereum and Base
    assert {ipb.INSTRUMENT_TYPE_EQUITY, ipb.INSTRUMENT_TYPE_BOND, ipb.INSTRUMENT_TYPE_FUTURE,
            ipb.INSTRUMENT_TYPE_OPTION, ipb.INSTRUMENT_TYPE_PERPETUAL, ipb.INSTRUMENT_TYPE_SWAP} <= types
    assert catalogue.instrument("cq:future:ES-202603").base_asset_id == "SPX"  # an index future
    venues = {li.venue_symbol.venue_id for i in instruments for li in i.listings}
    assert {"sim", "kraken", "binance", "coinbase"} <= venues


def test_every_seeded_message_satisfies_its_contract_rules() -> None:
    catalogue, _, _ = seeded()
    messages = [*catalogue.list_assets(AssetFilter()), *catalogue.list_chains(True),
                *catalogue.list_mappings("", "", None), *catalogue.instruments()]

    for message in messages:
        validation.validate(message)  # raises InvalidRequest naming the rule


def test_server_derives_caip19_ids_and_expiry() -> None:
    catalogue, _, _ = seeded()

    assert catalogue.asset("USDC").tokens[0].caip19_id == "eip155:1/erc20:0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48"
    assert catalogue.asset("BTC").ids.caip19_id == "bip122:000000000019d6689c085ae165831e93/slip44:0"
    future = catalogue.instrument("cq:future:BTC-20260327")
    assert future.expire_time == future.future.expire_time
    assert catalogue.instrument("cq:bond:US91282CJL54").expire_time.ToJsonString() == "2034-11-15T00:00:00Z"


# ---------------------------------------------------------------------------------------- mappings


def test_kraken_xbt_resolves_to_btc_by_symbol_code_and_alias() -> None:
    catalogue, _, _ = seeded()

    for spelling in ("XBT", "XXBT", "XBT.M"):
        asset, mapping = catalogue.resolve_venue_symbol("kraken", spelling, "", None)
        assert (asset.asset_id, mapping.venue_symbol.symbol, mapping.venue_asset_code) == ("BTC", "XBT", "XXBT")
    assert catalogue.resolve_venue_symbol("kraken", "XDG", "", None)[0].asset_id == "DOGE"
    with pytest.raises(DomainError) as missing:
        catalogue.resolve_venue_symbol("kraken", "xbt", "", None)  # case-sensitive
    assert reason(missing) == (grpc.StatusCode.NOT_FOUND, "ASSET_MAPPING_NOT_FOUND")


def test_network_mappings_win_then_fall_back_and_ambiguity_is_refused() -> None:
    catalogue, _, _ = seeded()

    assert catalogue.resolve_venue_symbol("binance", "USDC", "ETH", None)[1].chain_id == "eip155:1"
    assert catalogue.resolve_venue_symbol("binance", "USDC", "TRX", None)[1].venue_symbol.network == ""
    assert catalogue.resolve_venue_symbol("binance", "USDC", "", None)[1].venue_symbol.network == ""
    # Network-only mappings agreeing on the asset resolve; disagreeing ones are ambiguous.
    assert catalogue.resolve_venue_symbol("binance", "USDC.E", "", None)[0].asset_id == "USDC.E"
    clash = rpb.AssetMapping(venue_symbol=identifiers_pb2.VenueSymbol(venue_id="binance", symbol="USDC.E",
                                                                     network="ETH"),
                             asset_id="USDC", chain_id="eip155:1")
    catalogue.create_mapping(clash, RID)
    with pytest.raises(DomainError) as ambiguous:
        catalogue.resolve_venue_symbol("binance", "USDC.E", "", None)
    assert reason(ambiguous) == (grpc.StatusCode.FAILED_PRECONDITION, "AMBIGUOUS_VENUE_SYMBOL")


def test_mappings_resolve_point_in_time() -> None:
    catalogue, _, _ = seeded()
    before, after = parse_instant("2024-06-30T00:00:00Z"), parse_instant("2024-10-01T00:00:00Z")

    assert catalogue.resolve_venue_symbol("kraken", "MATIC", "", before)[0].asset_id == "MATIC"
    with pytest.raises(DomainError):
        catalogue.resolve_venue_symbol("kraken", "MATIC", "", after)
    assert catalogue.resolve_venue_symbol("kraken", "POL", "", after)[0].asset_id == "POL"
    assert [m.venue_symbol.symbol for m in catalogue.list_mappings("kraken", "", before)].count("POL") == 0


def test_overlapping_mapping_is_refused_and_stores_nothing() -> None:
    catalogue, _, _ = seeded()
    count = len(catalogue.list_mappings("", "", None))
    duplicate = rpb.AssetMapping(venue_symbol=identifiers_pb2.VenueSymbol(venue_id="kraken", symbol="XBT.M"),
                                 asset_id="WBTC")

    with pytest.raises(DomainError) as taken:
        catalogue.create_mapping(duplicate, RID)

    assert reason(taken) == (grpc.StatusCode.ALREADY_EXISTS, "ASSET_MAPPING_ALREADY_EXISTS")
    assert len(catalogue.list_mappings("", "", None)) == count


# ------------------------------------------------------------------------------------------ assets


def test_pages_cover_the_list_once_and_tokens_are_bound_to_their_request() -> None:
    catalogue, _, clock = seeded()
    from cq.assets.v1 import service_pb2 as pb

    request = pb.ListAssetsRequest(page_size=7, asset_classes=[rpb.ASSET_CLASS_CRYPTO])
    seen, token = [], ""
    while True:
        request.page_token = token
        found = catalogue.list_assets(AssetFilter(frozenset(request.asset_classes)))
        items, token = page(found, lambda a: [a.asset_id], request, clock.now())
        seen += [a.asset_id for a in items]
        if not token:
            break
        last_token = token

    expected = [a.asset_id for a in catalogue.list_assets(AssetFilter(frozenset({rpb.ASSET_CLASS_CRYPTO})))]
    assert seen == expected == sorted(expected)
    other = pb.ListAssetsRequest(page_size=7, page_token=last_token)
    with pytest.raises(InvalidRequest) as wrong_filters:
        paging.decode(last_token, other, clock.now())
    assert wrong_filters.value.violations[0].field == "page_token"
    with pytest.raises(InvalidRequest):
        paging.decode(last_token, request, clock.now() + paging.TOKEN_TTL_NANOS + 1)
    with pytest.raises(InvalidRequest):
        paging.decode("not-a-token", request, clock.now())


def test_create_asset_is_idempotent_publishes_once_and_checks_references() -> None:
    catalogue, bus, _ = seeded()

    created = catalogue.create_asset(usdx(), RID)
    again = catalogue.create_asset(usdx(), RID)

    assert created == again and created.create_time.seconds > 0
    assert created.ids.asset_id == "USDX" and created.tokens[0].caip19_id.startswith("eip155:1/erc20:0x00")
    assert [e.WhichOneof("payload") for e in bus.history] == ["asset_created"]
    assert bus.history[0].partition_key == "USDX" and bus.history[0].asset_created == events_pb2.AssetCreated(asset=created)
    with pytest.raises(DomainError) as reused:
        catalogue.create_asset(usdx("USDY"), RID)
    assert reason(reused) == (grpc.StatusCode.INVALID_ARGUMENT, "REQUEST_ID_REUSED")
    with pytest.raises(DomainError) as exists:
        catalogue.create_asset(usdx(), RID2)
    assert reason(exists) == (grpc.StatusCode.ALREADY_EXISTS, "ASSET_ALREADY_EXISTS")


def test_refused_create_leaves_no_trace() -> None:
    catalogue, bus, _ = seeded()
    unknown_chain = usdx("USDZ")
    unknown_chain.tokens[0].chain_id = "eip155:999999"
    taken_isin = usdx("USDW")
    taken_isin.ids.isin = "US0378331005"

    with pytest.raises(DomainError) as chain:
        catalogue.create_asset(unknown_chain, RID)
    with pytest.raises(DomainError) as isin:
        catalogue.create_asset(taken_isin, RID2)

    assert reason(chain) == (grpc.StatusCode.NOT_FOUND, "CHAIN_NOT_FOUND")
    assert reason(isin) == (grpc.StatusCode.ALREADY_EXISTS, "ASSET_IDENTIFIER_TAKEN")
    assert not bus.history
    for asset_id in ("USDZ", "USDW"):
        with pytest.raises(DomainError):
            catalogue.asset(asset_id)


def test_update_asset_changes_only_masked_fields_and_guards_decimals() -> None:
    catalogue, _, clock = seeded()
    before = rpb.Asset()
    before.CopyFrom(catalogue.asset("SOL"))
    patch = rpb.Asset(asset_id="SOL", name="ignored", metadata=rpb.AssetMetadata(tags=["layer-1", "fast"]))

    clock.step()
    updated = catalogue.update_asset(patch, ["metadata.tags"], RID)

    assert list(updated.metadata.tags) == ["layer-1", "fast"] and updated.name == before.name
    assert updated.metadata.sector == before.metadata.sector and updated.update_time != before.update_time
    with pytest.raises(DomainError) as decimals:
        catalogue.update_asset(rpb.Asset(asset_id="SOL", decimals=2), ["decimals"], RID2)
    assert reason(decimals) == (grpc.StatusCode.FAILED_PRECONDITION, "ASSET_DECIMALS_IMMUTABLE")
    with pytest.raises(InvalidRequest) as unknown:
        catalogue.update_asset(rpb.Asset(asset_id="SOL"), ["colour"], RID2)
    assert unknown.value.violations[0].field == "update_mask"
    with pytest.raises(InvalidRequest) as invalid:
        catalogue.update_asset(rpb.Asset(asset_id="SOL"), ["status"], RID2)  # status 0 is not allowed
    assert invalid.value.violations[0].field == "asset.status"
    assert catalogue.asset("SOL").status == rpb.ASSET_STATUS_ACTIVE


def test_update_asset_publishes_the_asset_after_and_the_changed_fields_once() -> None:
    catalogue, bus, clock = seeded()
    symbol = catalogue.asset("SOL").symbol
    patch = rpb.Asset(asset_id="SOL", symbol=symbol, status=rpb.ASSET_STATUS_SUSPENDED, name="not in the mask",
                      metadata=rpb.AssetMetadata(tags=["layer-1", "fast"]))

    clock.step()
    updated = catalogue.update_asset(patch, ["status", "symbol", "metadata.tags"], RID)

    assert [e.WhichOneof("payload") for e in bus.history] == ["asset_updated"]
    envelope = bus.history[0]
    assert (envelope.type, envelope.source, envelope.partition_key, envelope.subject, envelope.sequence) == (
        "cq.events.v1.AssetUpdated", "/cq/asset-registry/assets/SOL", "SOL", "SOL", 1)
    assert envelope.asset_updated == events_pb2.AssetUpdated(
        asset=updated, changed_fields=field_mask_pb2.FieldMask(paths=["status", "metadata.tags"]))  # symbol: same
    validation.validate(envelope)
    # A retry, an update that changes nothing and refused updates publish nothing.
    assert catalogue.update_asset(patch, ["status", "symbol", "metadata.tags"], RID) == updated
    clock.step()
    same = catalogue.update_asset(rpb.Asset(asset_id="SOL", status=rpb.ASSET_STATUS_SUSPENDED), ["status"], RID2)
    assert same.update_time == updated.update_time
    with pytest.raises(DomainError):
        catalogue.update_asset(rpb.Asset(asset_id="SOL", decimals=2), ["decimals"], "1d5f8b20-9c3a-4e71-b6d4-0a2c7e9f3b58")
    with pytest.raises(InvalidRequest):
        catalogue.update_asset(rpb.Asset(asset_id="SOL"), ["status"], "7a3e9c10-2f4b-4d8e-a1c6-5b0e9d2f7c43")
    with pytest.raises(DomainError):
        catalogue.update_asset(rpb.Asset(asset_id="NOPE", name="x"), ["name"], "c3d8f0a1-6b2e-4a97-b5d4-1e0f9a7c2b36")
    assert len(bus.history) == 1


def test_create_mapping_publishes_it_once_on_the_stream_of_its_asset() -> None:
    catalogue, bus, _ = seeded()
    created_asset = catalogue.create_asset(usdx(), RID)
    mapping = rpb.AssetMapping(venue_symbol=identifiers_pb2.VenueSymbol(venue_id="coinbase", symbol="USDX"),
                               asset_id="USDX")

    created = catalogue.create_mapping(mapping, RID2)
    assert catalogue.create_mapping(mapping, RID2) == created  # a retry
    updated = catalogue.update_asset(rpb.Asset(asset_id="USDX", name="Example Dollar 2"), ["name"],
                                     "1d5f8b20-9c3a-4e71-b6d4-0a2c7e9f3b58")

    # The asset's creation, its mapping and its update: one source and partition key, in order.
    assert [(e.type, e.source, e.partition_key, e.sequence) for e in bus.history] == [
        ("cq.events.v1.AssetCreated", "/cq/asset-registry/assets/USDX", "USDX", 1),
        ("cq.events.v1.AssetMappingCreated", "/cq/asset-registry/assets/USDX", "USDX", 2),
        ("cq.events.v1.AssetUpdated", "/cq/asset-registry/assets/USDX", "USDX", 3),
    ]
    assert bus.history[0].asset_created.asset == created_asset
    assert bus.history[1].subject == created.asset_mapping_id and created.asset_mapping_id
    assert bus.history[1].asset_mapping_created == events_pb2.AssetMappingCreated(asset_mapping=created)
    assert list(bus.history[2].asset_updated.changed_fields.paths) == ["name"]
    assert bus.history[2].asset_updated.asset == updated
    validation.validate(bus.history[1])
    # Refused mappings publish nothing: an overlapping one and one naming an unknown asset.
    with pytest.raises(DomainError):
        catalogue.create_mapping(rpb.AssetMapping(venue_symbol=identifiers_pb2.VenueSymbol(
            venue_id="kraken", symbol="XBT.M"), asset_id="WBTC"), "7a3e9c10-2f4b-4d8e-a1c6-5b0e9d2f7c43")
    with pytest.raises(DomainError):
        catalogue.create_mapping(rpb.AssetMapping(venue_symbol=identifiers_pb2.VenueSymbol(
            venue_id="kraken", symbol="NOPE"), asset_id="NOPE"), "c3d8f0a1-6b2e-4a97-b5d4-1e0f9a7c2b36")
    assert len(bus.history) == 3


# ------------------------------------------------------------------------------------- instruments


def test_instrument_filters() -> None:
    catalogue, _, _ = seeded()

    def ids(where: InstrumentFilter) -> list[str]:
        return [i.instrument_id for i in catalogue.list_instruments(where)]

    eth = ids(InstrumentFilter(underlier_asset_id="ETH"))
    assert {"cq:spot:ETH-USD", "cq:perp:ETH-USD", "cq:future:ETH-20260327", "cq:option:ETH-20261225-5000-C"} <= set(eth)
    assert ids(InstrumentFilter(underlier_instrument_id="cq:future:ES-202603")) == ["cq:option:ES-202603-20260320-6000-C"]
    assert "cq:perp:BTC-USD" in ids(InstrumentFilter(venue_id="kraken"))
    march = (parse_instant("2026-03-01T00:00:00Z"), parse_instant("2026-04-01T00:00:00Z"))
    assert all("202603" in i for i in ids(InstrumentFilter(expire_window=march)))
    assert ids(InstrumentFilter(types=frozenset({ipb.INSTRUMENT_TYPE_BOND}))) == [
        "cq:bond:DE0001102580", "cq:bond:US91282CJL54"]


def test_create_and_update_instrument_publish_and_guard_references() -> None:
    catalogue, bus, clock = seeded()

    created = catalogue.create_instrument(equity_instrument(), RID)
    assert catalogue.create_instrument(equity_instrument(), RID) == created
    clock.step()
    patch = ipb.Instrument(instrument_id=created.instrument_id, status=ipb.INSTRUMENT_STATUS_SUSPENDED,
                           display_name="unchanged")
    updated = catalogue.update_instrument(patch, ["status"], RID2)

    assert updated.status == ipb.INSTRUMENT_STATUS_SUSPENDED and updated.display_name == ""
    assert [e.WhichOneof("payload") for e in bus.history] == ["instrument_created", "instrument_updated"]
    assert list(bus.history[1].instrument_updated.changed_fields.paths) == ["status"]
    with pytest.raises(InvalidRequest) as frozen:
        catalogue.update_instrument(ipb.Instrument(instrument_id=created.instrument_id), ["equity"],
                                    "1d5f8b20-9c3a-4e71-b6d4-0a2c7e9f3b58")
    assert frozen.value.violations[0].rule == "update_mask.immutable"
    with pytest.raises(DomainError) as listing:
        catalogue.create_instrument(equity_instrument("cq:equity:USDY", listing="BTC-USD"),
                                    "7a3e9c10-2f4b-4d8e-a1c6-5b0e9d2f7c43")
    assert reason(listing) == (grpc.StatusCode.ALREADY_EXISTS, "LISTING_ALREADY_EXISTS")
    unknown_asset = equity_instrument("cq:equity:USDZ", listing="USDZ")
    unknown_asset.base_asset_id = "NOPE"
    with pytest.raises(DomainError) as asset:
        catalogue.create_instrument(unknown_asset, "c3d8f0a1-6b2e-4a97-b5d4-1e0f9a7c2b36")
    assert reason(asset) == (grpc.StatusCode.NOT_FOUND, "ASSET_NOT_FOUND")
    assert len(bus.history) == 2


def test_venue_symbols_resolve_to_instruments() -> None:
    catalogue, _, _ = seeded()

    instrument, listing = catalogue.resolve_venue_instrument("kraken", "PF_XBTUSD", None)
    assert (instrument.instrument_id, listing.venue_symbol.symbol) == ("cq:perp:BTC-USD", "PF_XBTUSD")
    assert catalogue.resolve_venue_instrument("binance", "BTCUSDT", None)[0].instrument_id == "cq:spot:BTC-USDT"
    with pytest.raises(DomainError) as missing:
        catalogue.resolve_venue_instrument("kraken", "BTCUSDT", None)
    assert reason(missing) == (grpc.StatusCode.NOT_FOUND, "LISTING_NOT_FOUND")
