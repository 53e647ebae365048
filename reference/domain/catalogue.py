"""The AssetRegistry's state: assets, chains, venue mappings and instruments, seeded from the universe.

Every mutation checks everything first (existence, conflicts, the resource rules on the result) and
only then stores and publishes, so a refused call leaves no trace. Mutations are idempotent by
request_id. Stored messages are handed out as they are: callers copy before changing them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import grpc

from cq.assets.v1 import instruments_pb2, resources_pb2
from cq.events.v1 import events_pb2
from cq.types.v1 import time_range_pb2
from reference.bus import EventBus
from reference.clock import Clock, parse_instant, to_timestamp
from reference.domain import catalogue_seed as seed
from reference.domain import fieldmask, paging
from reference.domain import universe as u
from reference.domain import universe_instruments as ui
from reference.domain.idempotency import IdempotencyStore
from reference.errors import DomainError, FieldViolation, InvalidRequest, not_found

# Registration time of the seeded resources when no clock is given (unit tests of the catalogue alone).
SEED_TIME = parse_instant("2026-01-01T00:00:00Z")
_FOREVER = 1 << 62
_TERMS = frozenset({"equity", "future", "perpetual", "option", "bond", "swap"})
_Asset, _Instrument, _Mapping = resources_pb2.Asset, instruments_pb2.Instrument, resources_pb2.AssetMapping


@dataclass(frozen=True)
class AssetFilter:
    asset_classes: frozenset[int] = frozenset()
    statuses: frozenset[int] = frozenset()
    chain_id: str = ""
    symbol: str = ""
    tag: str = ""

    def matches(self, asset: resources_pb2.Asset) -> bool:
        return ((not self.asset_classes or asset.asset_class in self.asset_classes)
                and (not self.statuses or asset.status in self.statuses)
                and (not self.chain_id or any(t.chain_id == self.chain_id for t in asset.tokens))
                and (not self.symbol or asset.symbol == self.symbol)
                and (not self.tag or self.tag in asset.metadata.tags))


@dataclass(frozen=True)
class InstrumentFilter:
    types: frozenset[int] = frozenset()
    statuses: frozenset[int] = frozenset()
    base_asset_id: str = ""
    quote_asset_id: str = ""
    underlier_asset_id: str = ""
    underlier_instrument_id: str = ""
    venue_id: str = ""
    expire_window: tuple[int, int] | None = None  # [start, end) in nanoseconds

    def matches(self, inst: instruments_pb2.Instrument) -> bool:
        underlier = inst.underlier_asset_id or inst.base_asset_id
        expiry = inst.expire_time.ToNanoseconds() if inst.HasField("expire_time") else None
        return ((not self.types or inst.type in self.types)
                and (not self.statuses or inst.status in self.statuses)
                and (not self.base_asset_id or inst.base_asset_id == self.base_asset_id)
                and (not self.quote_asset_id or inst.quote_asset_id == self.quote_asset_id)
                and (not self.underlier_asset_id or underlier == self.underlier_asset_id)
                and (not self.underlier_instrument_id or inst.underlier_instrument_id == self.underlier_instrument_id)
                and (not self.venue_id or any(li.venue_symbol.venue_id == self.venue_id for li in inst.listings))
                and (self.expire_window is None
                     or (expiry is not None and self.expire_window[0] <= expiry < self.expire_window[1])))


def _window(validity: time_range_pb2.TimeRange, present: bool) -> tuple[int, int]:
    if not present:
        return (-_FOREVER, _FOREVER)
    end = validity.end_time.ToNanoseconds() if validity.HasField("end_time") else _FOREVER
    return (validity.start_time.ToNanoseconds(), end)


def _valid_at(validity: time_range_pb2.TimeRange, present: bool, instant: int) -> bool:
    start, end = _window(validity, present)
    return start <= instant < end


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def mapping_key(mapping: resources_pb2.AssetMapping) -> paging.Cursor:
    symbol = mapping.venue_symbol
    start = _window(mapping.validity, mapping.HasField("validity"))[0]
    return [symbol.venue_id, symbol.symbol, symbol.network, start, mapping.asset_mapping_id]


def _exists(code: grpc.StatusCode, reason: str, message: str, **metadata: str) -> DomainError:
    return DomainError(code, reason, message, metadata)


@dataclass
class Catalogue:
    bus: EventBus | None = None
    clock: Clock | None = None
    _assets: dict[str, resources_pb2.Asset] = field(default_factory=dict)
    _chains: dict[str, resources_pb2.Chain] = field(default_factory=dict)
    _mappings: dict[str, resources_pb2.AssetMapping] = field(default_factory=dict)
    _instruments: dict[str, instruments_pb2.Instrument] = field(default_factory=dict)
    _ever_active: set[str] = field(default_factory=set)  # asset and instrument ids once ACTIVE
    _venues: tuple[str, ...] = tuple(v.venue_id for v in u.VENUES)
    _requests: IdempotencyStore = field(default_factory=IdempotencyStore)
    # Bumped by every instrument change, so the market simulator knows when to re-read the catalogue.
    version: int = 0

    @classmethod
    def seeded(cls, bus: EventBus | None = None, clock: Clock | None = None) -> Catalogue:
        """The reference universe; seeding publishes no events (it is the initial state, not a change)."""
        catalogue = cls(bus, clock)
        now = catalogue.now()
        catalogue._chains = {c.chain_id: seed.chain(c) for c in u.CHAINS}
        natives = catalogue._natives()
        for asset_spec in u.ASSETS:
            catalogue._store_asset(seed.asset(asset_spec, natives, now))
        for mapping_spec in u.MAPPINGS:
            catalogue._store_mapping(seed.mapping(mapping_spec, catalogue._next_mapping_id(), now))
        for instrument_spec in ui.INSTRUMENTS:
            catalogue._store_instrument(seed.instrument(instrument_spec, now))
        for instrument in catalogue._instruments.values():  # what the default start finds already expired
            if instrument.HasField("expire_time") and instrument.expire_time.ToNanoseconds() <= now:
                instrument.status = instruments_pb2.INSTRUMENT_STATUS_EXPIRED
        return catalogue

    def now(self) -> int:
        return self.clock.now() if self.clock is not None else SEED_TIME

    # ----------------------------------------------------------------------------- CatalogueView

    def asset(self, asset_id: str) -> resources_pb2.Asset:
        found = self._assets.get(asset_id)
        if found is None:
            raise not_found("asset", asset_id)
        return found

    def instrument(self, instrument_id: str) -> instruments_pb2.Instrument:
        found = self._instruments.get(instrument_id)
        if found is None:
            raise not_found("instrument", instrument_id)
        return found

    def instruments(self) -> Sequence[instruments_pb2.Instrument]:
        return [self._instruments[key] for key in sorted(self._instruments)]

    # ---------------------------------------------------------------------------------- assets

    def list_assets(self, where: AssetFilter) -> list[resources_pb2.Asset]:
        """The assets ``where`` matches, by id."""
        return [self._assets[k] for k in sorted(self._assets) if where.matches(self._assets[k])]

    def create_asset(self, asset: resources_pb2.Asset, request_id: str) -> resources_pb2.Asset:
        now = self.now()
        replayed = self._requests.replay("CreateAsset", request_id, _Asset, now, asset)
        if replayed is not None:
            return replayed
        stored = _Asset()
        stored.CopyFrom(asset)
        seed.derive_asset_fields(stored, self._natives())
        if stored.asset_id in self._assets:
            raise _exists(grpc.StatusCode.ALREADY_EXISTS, "ASSET_ALREADY_EXISTS",
                          f"asset {stored.asset_id!r} already exists", asset=stored.asset_id)
        self._check_asset_references(stored)
        stored.create_time.CopyFrom(to_timestamp(now))
        stored.update_time.CopyFrom(to_timestamp(now))
        self._store_asset(stored)
        self._requests.remember("CreateAsset", request_id, stored, now, asset)
        self._publish_asset(events_pb2.AssetCreated(asset=stored), stored.asset_id, stored.asset_id)
        return stored

    def update_asset(self, patch: resources_pb2.Asset, paths: Sequence[str],
                     request_id: str) -> resources_pb2.Asset:
        now = self.now()
        request = (patch, ",".join(paths))
        replayed = self._requests.replay("UpdateAsset", request_id, _Asset, now, *request)
        if replayed is not None:
            return replayed
        current = self.asset(patch.asset_id)
        updated = fieldmask.apply(current, patch, paths)
        seed.derive_asset_fields(updated, self._natives())
        if updated.decimals != current.decimals and current.asset_id in self._ever_active:
            raise _exists(grpc.StatusCode.FAILED_PRECONDITION, "ASSET_DECIMALS_IMMUTABLE",
                          f"decimals of {current.asset_id!r} cannot change once the asset has been ACTIVE",
                          asset=current.asset_id)
        fieldmask.validate_as(updated, "asset")
        self._check_asset_references(updated)
        changed = fieldmask.changed_paths(current, updated, paths)
        if changed:
            updated.update_time.CopyFrom(to_timestamp(now))
        self._store_asset(updated)
        self._requests.remember("UpdateAsset", request_id, updated, now, *request)
        if changed:  # an update that changes nothing is no event
            message = events_pb2.AssetUpdated(asset=updated)
            message.changed_fields.paths.extend(changed)
            self._publish_asset(message, updated.asset_id, updated.asset_id)
        return updated

    def _check_asset_references(self, asset: resources_pb2.Asset) -> None:
        for token in asset.tokens:
            if token.chain_id not in self._chains:
                raise not_found("chain", token.chain_id)
        for relation in asset.relations:
            if relation.related_asset_id not in self._assets:
                raise not_found("asset", relation.related_asset_id)
        claimed = {"isin": asset.ids.isin, "figi": asset.ids.figi, "cusip": asset.ids.cusip,
                   "caip19_id": asset.ids.caip19_id}
        for other in self._assets.values():
            if other.asset_id == asset.asset_id:
                continue
            for scheme, value in claimed.items():
                if value and getattr(other.ids, scheme) == value:
                    raise _exists(grpc.StatusCode.ALREADY_EXISTS, "ASSET_IDENTIFIER_TAKEN",
                                  f"{scheme} {value!r} already belongs to asset {other.asset_id!r}",
                                  identifier=scheme, value=value, asset=other.asset_id)

    def _store_asset(self, asset: resources_pb2.Asset) -> None:
        self._assets[asset.asset_id] = asset
        if asset.status == resources_pb2.ASSET_STATUS_ACTIVE:
            self._ever_active.add(asset.asset_id)

    def _publish_asset(self, payload: events_pb2.AssetCreated | events_pb2.AssetUpdated
                       | events_pb2.AssetMappingCreated, asset_id: str, subject: str) -> None:
        """Publish on the asset's stream: its creation, its updates and the mappings naming it, in order."""
        if self.bus is not None:
            self.bus.publish(f"/cq/asset-registry/assets/{asset_id}", payload, partition_key=asset_id,
                             subject=subject)

    def _natives(self) -> dict[str, str]:
        return {chain.chain_id: chain.native_asset_id for chain in self._chains.values()}

    # ---------------------------------------------------------------------------------- chains

    def chain(self, chain_id: str) -> resources_pb2.Chain:
        found = self._chains.get(chain_id)
        if found is None:
            raise not_found("chain", chain_id)
        return found

    def list_chains(self, include_testnets: bool) -> list[resources_pb2.Chain]:
        """The chains by id, testnets only when asked for."""
        chains = (self._chains[k] for k in sorted(self._chains))
        return [c for c in chains if include_testnets or not c.testnet]

    # -------------------------------------------------------------------------------- mappings

    def resolve_venue_symbol(self, venue_id: str, symbol: str, network: str,
                             as_of: int | None) -> tuple[resources_pb2.Asset, resources_pb2.AssetMapping]:
        """The contract's rule: with a network, that network's mapping wins, then one without a network;
        without one, a network-free mapping, else network-specific ones if they agree on the asset."""
        instant = self.now() if as_of is None else as_of
        candidates = [
            m for m in self._sorted_mappings()
            if m.venue_symbol.venue_id == venue_id
            and symbol in (m.venue_symbol.symbol, m.venue_asset_code, *m.aliases)
            and _valid_at(m.validity, m.HasField("validity"), instant)
        ]
        plain = [m for m in candidates if not m.venue_symbol.network]
        if network:
            chosen = [m for m in candidates if m.venue_symbol.network == network] or plain
        elif plain:
            chosen = plain
        else:
            assets = sorted({m.asset_id for m in candidates})
            if len(assets) > 1:
                raise _exists(grpc.StatusCode.FAILED_PRECONDITION, "AMBIGUOUS_VENUE_SYMBOL",
                              f"{venue_id} {symbol!r} names {', '.join(assets)} on different networks; "
                              "give venue_symbol.network", venue=venue_id, symbol=symbol)
            chosen = candidates
        if not chosen:
            raise not_found("asset_mapping", f"{venue_id}:{symbol}" + (f"@{network}" if network else ""))
        return self.asset(chosen[0].asset_id), chosen[0]

    def list_mappings(self, venue_id: str, asset_id: str,
                      as_of: int | None) -> list[resources_pb2.AssetMapping]:
        """A venue's and an asset's mappings (empty: any), valid at ``as_of`` (None: ever), by mapping_key."""
        return [
            m for m in self._sorted_mappings()
            if (not venue_id or m.venue_symbol.venue_id == venue_id) and (not asset_id or m.asset_id == asset_id)
            and (as_of is None or _valid_at(m.validity, m.HasField("validity"), as_of))
        ]

    def create_mapping(self, mapping: resources_pb2.AssetMapping, request_id: str) -> resources_pb2.AssetMapping:
        now = self.now()
        replayed = self._requests.replay("CreateAssetMapping", request_id, _Mapping, now, mapping)
        if replayed is not None:
            return replayed
        stored = _Mapping()
        stored.CopyFrom(mapping)
        self.asset(stored.asset_id)
        if stored.chain_id:
            self.chain(stored.chain_id)
        names = {stored.venue_symbol.symbol, *stored.aliases}
        window = _window(stored.validity, stored.HasField("validity"))
        for other in self._mappings.values():
            if (other.venue_symbol.venue_id == stored.venue_symbol.venue_id
                    and other.venue_symbol.network == stored.venue_symbol.network
                    and names & {other.venue_symbol.symbol, *other.aliases}
                    and _overlap(window, _window(other.validity, other.HasField("validity")))):
                raise _exists(grpc.StatusCode.ALREADY_EXISTS, "ASSET_MAPPING_ALREADY_EXISTS",
                              f"mapping {other.asset_mapping_id} already maps {stored.venue_symbol.venue_id} "
                              f"{other.venue_symbol.symbol!r} over an overlapping validity",
                              asset_mapping_id=other.asset_mapping_id)
        stored.asset_mapping_id = self._next_mapping_id()
        stored.create_time.CopyFrom(to_timestamp(now))
        stored.update_time.CopyFrom(to_timestamp(now))
        self._store_mapping(stored)
        self._requests.remember("CreateAssetMapping", request_id, stored, now, mapping)
        self._publish_asset(events_pb2.AssetMappingCreated(asset_mapping=stored), stored.asset_id,
                            stored.asset_mapping_id)
        return stored

    def _sorted_mappings(self) -> list[resources_pb2.AssetMapping]:
        return sorted(self._mappings.values(), key=mapping_key)

    def _next_mapping_id(self) -> str:
        return f"am_{len(self._mappings) + 1:06d}"  # mappings are never deleted, so this never repeats

    def _store_mapping(self, mapping: resources_pb2.AssetMapping) -> None:
        self._mappings[mapping.asset_mapping_id] = mapping

    # ----------------------------------------------------------------------------- instruments

    def list_instruments(self, where: InstrumentFilter) -> list[instruments_pb2.Instrument]:
        """The instruments ``where`` matches, by id."""
        return [i for i in self.instruments() if where.matches(i)]

    def create_instrument(self, instrument: instruments_pb2.Instrument,
                          request_id: str) -> instruments_pb2.Instrument:
        now = self.now()
        replayed = self._requests.replay("CreateInstrument", request_id, _Instrument, now, instrument)
        if replayed is not None:
            return replayed
        stored = _Instrument()
        stored.CopyFrom(instrument)
        seed.derive_instrument_fields(stored)
        if stored.instrument_id in self._instruments:
            raise _exists(grpc.StatusCode.ALREADY_EXISTS, "INSTRUMENT_ALREADY_EXISTS",
                          f"instrument {stored.instrument_id!r} already exists", instrument=stored.instrument_id)
        self._check_instrument_references(stored)
        stored.create_time.CopyFrom(to_timestamp(now))
        stored.update_time.CopyFrom(to_timestamp(now))
        self._store_instrument(stored)
        self._requests.remember("CreateInstrument", request_id, stored, now, instrument)
        self._publish_instrument(events_pb2.InstrumentCreated(instrument=stored), stored.instrument_id)
        return stored

    def update_instrument(self, patch: instruments_pb2.Instrument, paths: Sequence[str],
                          request_id: str) -> instruments_pb2.Instrument:
        now = self.now()
        request = (patch, ",".join(paths))
        replayed = self._requests.replay("UpdateInstrument", request_id, _Instrument, now, *request)
        if replayed is not None:
            return replayed
        current = self.instrument(patch.instrument_id)
        if current.instrument_id in self._ever_active:
            frozen = [p for p in paths if p.split(".", 1)[0] in _TERMS]
            if frozen:
                raise InvalidRequest([FieldViolation(
                    "update_mask", "update_mask.immutable",
                    f"{p!r}: the terms of an instrument that is or has been ACTIVE cannot change") for p in frozen])
        updated = fieldmask.apply(current, patch, paths)
        seed.derive_instrument_fields(updated)
        fieldmask.validate_as(updated, "instrument")
        self._check_instrument_references(updated)
        changed = fieldmask.changed_paths(current, updated, paths)
        if changed:
            updated.update_time.CopyFrom(to_timestamp(now))
        self._store_instrument(updated)
        self._requests.remember("UpdateInstrument", request_id, updated, now, *request)
        if changed:
            message = events_pb2.InstrumentUpdated(instrument=updated)
            message.changed_fields.paths.extend(changed)
            self._publish_instrument(message, updated.instrument_id)
        return updated

    def resolve_venue_instrument(
        self, venue_id: str, symbol: str, as_of: int | None
    ) -> tuple[instruments_pb2.Instrument, instruments_pb2.InstrumentListing]:
        instant = self.now() if as_of is None else as_of
        for instrument in self.instruments():
            for listing in instrument.listings:
                if (listing.venue_symbol.venue_id == venue_id and listing.venue_symbol.symbol == symbol
                        and _valid_at(listing.validity, listing.HasField("validity"), instant)):
                    return instrument, listing
        raise not_found("listing", f"{venue_id}:{symbol}")

    def _check_instrument_references(self, inst: instruments_pb2.Instrument) -> None:
        legs = inst.swap.legs if inst.WhichOneof("terms") == "swap" else ()
        for asset_id in (inst.base_asset_id, inst.quote_asset_id, inst.settle_asset_id, inst.underlier_asset_id,
                         *(leg.currency_asset_id for leg in legs)):
            if asset_id:
                self.asset(asset_id)
        if inst.underlier_instrument_id:
            self.instrument(inst.underlier_instrument_id)
        for listing in inst.listings:
            venue_id = listing.venue_symbol.venue_id
            if venue_id not in self._venues:
                raise not_found("venue", venue_id)
            window = _window(listing.validity, listing.HasField("validity"))
            for other_id, other_listing in self._all_listings():
                if (other_id != inst.instrument_id and other_listing.venue_symbol.venue_id == venue_id
                        and other_listing.venue_symbol.symbol == listing.venue_symbol.symbol
                        and _overlap(window, _window(other_listing.validity, other_listing.HasField("validity")))):
                    raise _exists(grpc.StatusCode.ALREADY_EXISTS, "LISTING_ALREADY_EXISTS",
                                  f"{venue_id} {listing.venue_symbol.symbol!r} already stands for {other_id!r}",
                                  venue=venue_id, symbol=listing.venue_symbol.symbol, instrument=other_id)

    def _all_listings(self) -> Iterable[tuple[str, instruments_pb2.InstrumentListing]]:
        for instrument in self._instruments.values():
            for listing in instrument.listings:
                yield instrument.instrument_id, listing

    def _store_instrument(self, instrument: instruments_pb2.Instrument) -> None:
        self._instruments[instrument.instrument_id] = instrument
        if instrument.status == instruments_pb2.INSTRUMENT_STATUS_ACTIVE:
            self._ever_active.add(instrument.instrument_id)
        self.version += 1

    def _publish_instrument(self, payload: events_pb2.InstrumentCreated | events_pb2.InstrumentUpdated,
                            instrument_id: str) -> None:
        if self.bus is not None:
            self.bus.publish(f"/cq/asset-registry/instruments/{instrument_id}", payload,
                             partition_key=instrument_id, subject=instrument_id)
