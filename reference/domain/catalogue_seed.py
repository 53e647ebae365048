"""Turns the universe's plain data into contract messages, and derives the output-only fields
(CAIP-19 ids, expire_time) that the catalogue also computes for created resources."""

from __future__ import annotations

from datetime import UTC, datetime

from google.protobuf import duration_pb2
from google.type import date_pb2  # type: ignore[import-untyped]

from cq.assets.v1 import instruments_pb2, resources_pb2
from cq.decimals import from_decimal
from cq.types.v1 import identifiers_pb2, time_range_pb2
from reference.clock import NANOS_PER_SECOND, parse_instant, to_timestamp
from reference.domain import universe as u
from reference.domain import universe_instruments as ui

_NAMESPACES = {
    resources_pb2.TOKEN_STANDARD_ERC20: "erc20",
    resources_pb2.TOKEN_STANDARD_SPL: "spl",
    resources_pb2.TOKEN_STANDARD_TRC20: "trc20",
}


def token_caip19(token: resources_pb2.Token, native_asset_id: str) -> str:
    """The CAIP-19 id of a deployment: slip44 for a chain's native coin, the contract for a token
    (lower case on EVM chains, whose addresses are case-insensitive; as spelled elsewhere)."""
    if token.standard == resources_pb2.TOKEN_STANDARD_NATIVE:
        coin_type = u.SLIP44.get(native_asset_id)
        return "" if coin_type is None else f"{token.chain_id}/slip44:{coin_type}"
    namespace = _NAMESPACES.get(token.standard)
    if namespace is None or not token.contract_address:
        return ""
    address = token.contract_address.lower() if token.chain_id.startswith("eip155:") else token.contract_address
    return f"{token.chain_id}/{namespace}:{address}"


def chain(spec: u.ChainSpec) -> resources_pb2.Chain:
    message = resources_pb2.Chain(
        chain_id=spec.chain_id, name=spec.name, native_asset_id=spec.native_asset_id, decimals=spec.decimals,
        finality_model=spec.finality, required_confirmations=spec.confirmations, testnet=spec.testnet,
        explorer_uri=spec.explorer_uri,
    )
    message.average_block_time.CopyFrom(_seconds(spec.block_time_s))
    message.expected_finality_duration.CopyFrom(_seconds(spec.finality_s))
    return message


def asset(spec: u.AssetSpec, natives: dict[str, str], now: int) -> resources_pb2.Asset:
    message = resources_pb2.Asset(
        asset_id=spec.asset_id, symbol=spec.symbol or spec.asset_id, name=spec.name,
        asset_class=spec.asset_class, decimals=spec.decimals, status=spec.status,
        metadata=resources_pb2.AssetMetadata(
            tags=spec.tags, sector=spec.sector, industry=spec.industry, issuer=spec.issuer,
            country_code=spec.country_code, website_uri=spec.website_uri,
        ),
        ids=resources_pb2.AssetId(
            caip19_id=spec.caip19_id, isin=spec.isin, figi=spec.figi, cusip=spec.cusip,
            iso4217_code=spec.iso4217_code, coingecko_id=spec.coingecko_id,
            coinmarketcap_id=spec.coinmarketcap_id,
        ),
        tokens=[
            resources_pb2.Token(asset_id=spec.asset_id, chain_id=t.chain_id, standard=t.standard,
                                contract_address=t.contract_address, decimals=t.decimals)
            for t in spec.tokens
        ],
        relations=[
            resources_pb2.AssetRelation(type=rel.type, related_asset_id=rel.related_asset_id, provider=rel.provider)
            for rel in spec.relations
        ],
    )
    derive_asset_fields(message, natives)
    if not message.ids.caip19_id and message.tokens:
        message.ids.caip19_id = message.tokens[0].caip19_id  # the first deployment listed is the home one
    message.create_time.CopyFrom(to_timestamp(now))
    message.update_time.CopyFrom(to_timestamp(now))
    return message


def derive_asset_fields(message: resources_pb2.Asset, natives: dict[str, str]) -> None:
    """The fields the server owns: ids.asset_id and each token's CAIP-19 id."""
    message.ids.asset_id = message.asset_id
    for token in message.tokens:
        token.caip19_id = token_caip19(token, natives.get(token.chain_id, ""))


def validity(valid_from: str, valid_until: str) -> time_range_pb2.TimeRange | None:
    if not valid_from and not valid_until:
        return None
    window = time_range_pb2.TimeRange(start_time=to_timestamp(parse_instant(valid_from) if valid_from else 0))
    if valid_until:
        window.end_time.CopyFrom(to_timestamp(parse_instant(valid_until)))
    return window


def mapping(spec: u.MappingSpec, mapping_id: str, now: int) -> resources_pb2.AssetMapping:
    message = resources_pb2.AssetMapping(
        asset_mapping_id=mapping_id,
        venue_symbol=identifiers_pb2.VenueSymbol(venue_id=spec.venue_id, symbol=spec.symbol, network=spec.network),
        asset_id=spec.asset_id, venue_asset_code=spec.venue_asset_code, aliases=spec.aliases,
        chain_id=spec.chain_id,
    )
    window = validity(spec.valid_from, spec.valid_until)
    if window is not None:
        message.validity.CopyFrom(window)
    message.create_time.CopyFrom(to_timestamp(now))
    message.update_time.CopyFrom(to_timestamp(now))
    return message


def instrument(spec: ui.InstrumentSpec, now: int) -> instruments_pb2.Instrument:
    listings = [ui.ListingSpec(u.SIM_VENUE, spec.sim_symbol), *spec.listings]
    message = instruments_pb2.Instrument(
        instrument_id=spec.instrument_id, type=spec.type, symbol=spec.symbol, display_name=spec.display_name,
        status=spec.status, base_asset_id=spec.base, quote_asset_id=spec.quote, settle_asset_id=spec.settle,
        underlier_asset_id=spec.underlier_asset, underlier_instrument_id=spec.underlier_instrument,
        tick_size=from_decimal(spec.tick), lot_size=from_decimal(spec.lot), multiplier=from_decimal(spec.multiplier),
        inverse=spec.inverse, price_quote_convention=spec.convention, min_quantity=from_decimal(spec.lot),
        listings=[
            instruments_pb2.InstrumentListing(
                venue_symbol=identifiers_pb2.VenueSymbol(venue_id=listing.venue_id, symbol=listing.symbol),
                status=instruments_pb2.INSTRUMENT_STATUS_ACTIVE,
            )
            for listing in listings
        ],
    )
    if spec.min_notional:
        message.min_notional.CopyFrom(from_decimal(spec.min_notional))
    if spec.max_quantity:
        message.max_quantity.CopyFrom(from_decimal(spec.max_quantity))
    _terms(message, spec.terms)
    derive_instrument_fields(message)
    message.create_time.CopyFrom(to_timestamp(now))
    message.update_time.CopyFrom(to_timestamp(now))
    return message


def _terms(message: instruments_pb2.Instrument, terms: ui.Terms | None) -> None:
    match terms:
        case ui.EquityTermsSpec(mic, days):
            message.equity.CopyFrom(instruments_pb2.EquityTerms(primary_mic=mic, settlement_days=days))
        case ui.FutureTermsSpec(expire, year, month, settlement):
            message.future.CopyFrom(instruments_pb2.FutureTerms(
                expire_time=to_timestamp(parse_instant(expire)), settlement_method=settlement,
                delivery_month=date_pb2.Date(year=year, month=month)))
        case ui.PerpetualTermsSpec(interval, cap, floor):
            message.perpetual.CopyFrom(instruments_pb2.PerpetualTerms(
                funding_interval=duration_pb2.Duration(seconds=interval), funding_rate_cap=from_decimal(cap),
                funding_rate_floor=from_decimal(floor)))
        case ui.OptionTermsSpec(right, strike, expire, style, settlement):
            message.option.CopyFrom(instruments_pb2.OptionTerms(
                right=right, strike_price=from_decimal(strike), expire_time=to_timestamp(parse_instant(expire)),
                exercise_style=style, settlement_method=settlement))
        case ui.BondTermsSpec():
            bond = instruments_pb2.BondTerms(
                face_value=from_decimal(terms.face_value), coupon_rate=from_decimal(terms.coupon_rate),
                coupon_frequency=terms.frequency, day_count_convention=terms.day_count,
                maturity_date=date_pb2.Date(year=terms.maturity[0], month=terms.maturity[1], day=terms.maturity[2]),
                issuer=terms.issuer, settlement_days=terms.settlement_days, discount_curve_id=terms.curve)
            if terms.issue is not None:
                bond.issue_date.CopyFrom(date_pb2.Date(year=terms.issue[0], month=terms.issue[1], day=terms.issue[2]))
            message.bond.CopyFrom(bond)
        case ui.SwapTermsSpec(tenor, legs):
            message.swap.CopyFrom(instruments_pb2.SwapTerms(tenor=tenor, legs=[
                instruments_pb2.SwapLeg(leg_type=leg.leg_type, direction=leg.direction,
                                        currency_asset_id=leg.currency, payment_frequency=leg.frequency,
                                        day_count_convention=leg.day_count, floating_rate_index=leg.index)
                for leg in legs]))
        case None:
            pass


def date_nanos(date: date_pb2.Date) -> int:
    """The start (00:00 UTC) of a calendar date, in nanoseconds since the epoch."""
    moment = datetime(date.year, date.month, date.day, tzinfo=UTC)
    return int(moment.timestamp()) * NANOS_PER_SECOND


def derive_instrument_fields(message: instruments_pb2.Instrument) -> None:
    """expire_time, copied from the terms so consumers can filter without switching on type."""
    message.ClearField("expire_time")
    terms = message.WhichOneof("terms")
    if terms == "future":
        message.expire_time.CopyFrom(message.future.expire_time)
    elif terms == "option":
        message.expire_time.CopyFrom(message.option.expire_time)
    elif terms == "bond" and message.bond.HasField("maturity_date"):
        message.expire_time.CopyFrom(to_timestamp(date_nanos(message.bond.maturity_date)))
    elif terms == "swap" and message.swap.HasField("maturity_date"):
        message.expire_time.CopyFrom(to_timestamp(date_nanos(message.swap.maturity_date)))


def _seconds(value: float) -> duration_pb2.Duration:
    nanos = round(value * NANOS_PER_SECOND)
    return duration_pb2.Duration(seconds=nanos // NANOS_PER_SECOND, nanos=nanos % NANOS_PER_SECOND)
