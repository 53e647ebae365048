"""Marking accounts to market: prices, currency conversion, and the NAV and exposure of a set of accounts.

NAV follows the Portfolio contract: cash + the market value of unmargined positions (spot, equities,
bonds, options) + the unrealized PnL of margined ones (perpetuals, futures, swaps), all converted to the
valuation currency. Cash is what the balances hold beyond the base assets that positions account for,
so a BTC balance bought through cq:spot:BTC-USD counts once, as the position.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from cq.assets.v1 import instruments_pb2 as inst
from cq.assets.v1 import resources_pb2 as assets
from cq.decimals import from_decimal
from cq.portfolio.v1 import resources_pb2 as pf
from reference.clock import to_timestamp
from reference.domain import instruments
from reference.domain.ledger import ZERO, Ledger, PositionState, amount
from reference.domain.views import CatalogueView, MarketView
from reference.errors import DomainError

DAYS_PER_YEAR = 365
DEFAULT_VOLATILITY = 0.6  # when an underlier has too little history for one


class Pricer:
    """Marks and exchange rates from the market simulation, or None when there is none (unpriced)."""

    def __init__(self, catalogue: CatalogueView, market: MarketView) -> None:
        self.catalogue = catalogue
        self.market = market
        self._spot: dict[tuple[str, str], str] | None = None

    def instrument(self, instrument_id: str) -> inst.Instrument:
        return self.catalogue.instrument(instrument_id)

    def mark(self, instrument_id: str) -> Decimal | None:
        try:
            price = self.market.mark_price(instrument_id)
        except DomainError:
            return None
        return price if price > 0 else None

    def _spot_pairs(self) -> dict[tuple[str, str], str]:
        if self._spot is None:
            self._spot = {}
            for instrument in self.catalogue.instruments():
                if instrument.type == inst.INSTRUMENT_TYPE_SPOT:
                    key = (instrument.base_asset_id, instrument.quote_asset_id)
                    self._spot.setdefault(key, instrument.instrument_id)
        return self._spot

    def spot_instrument(self, base: str, quote: str) -> str | None:
        return self._spot_pairs().get((base, quote))

    def _pegged(self, asset_id: str, currency: str) -> bool:
        try:
            asset = self.catalogue.asset(asset_id)
        except DomainError:
            return False
        return any(
            r.type == assets.ASSET_RELATION_TYPE_PEGGED and r.related_asset_id == currency for r in asset.relations
        )

    def fx(self, asset_id: str, currency: str, _depth: int = 0) -> Decimal | None:
        """How many ``currency`` one unit of ``asset_id`` is worth: directly through a spot pair either
        way, a peg, or through USD."""
        if asset_id == currency:
            return Decimal(1)
        direct = self.spot_instrument(asset_id, currency)
        if direct and (price := self.mark(direct)) is not None:
            return price
        inverse = self.spot_instrument(currency, asset_id)
        if inverse and (price := self.mark(inverse)) is not None:
            return Decimal(1) / price
        if self._pegged(asset_id, currency):
            return Decimal(1)
        if _depth == 0 and "USD" not in (asset_id, currency):
            to_usd, from_usd = self.fx(asset_id, "USD", 1), self.fx("USD", currency, 1)
            if to_usd is not None and from_usd is not None:
                return to_usd * from_usd
        return None

    def underlier_price(self, instrument: inst.Instrument) -> Decimal | None:
        """The price of what a derivative is written on, in its quote asset."""
        if instrument.underlier_instrument_id:
            return self.mark(instrument.underlier_instrument_id)
        spot = self.spot_instrument(instruments.underlier(instrument), instrument.quote_asset_id)
        return self.mark(spot) if spot else None

    def volatility(self, instrument: inst.Instrument) -> float:
        """Annualised volatility of the underlier from its daily mark history (for option deltas)."""
        source = instrument.underlier_instrument_id or self.spot_instrument(
            instruments.underlier(instrument), instrument.quote_asset_id
        )
        if not source:
            return DEFAULT_VOLATILITY
        try:
            history = [float(p) for p in self.market.mark_history(source, 90) if p > 0]
        except DomainError:
            return DEFAULT_VOLATILITY
        returns = [math.log(b / a) for a, b in itertools.pairwise(history)]
        if len(returns) < 2:
            return DEFAULT_VOLATILITY
        mean = sum(returns) / len(returns)
        variance = sum((r - mean) ** 2 for r in returns) / (len(returns) - 1)
        return math.sqrt(variance * DAYS_PER_YEAR) or DEFAULT_VOLATILITY

    def option_delta(self, instrument: inst.Instrument, now_nanos: int) -> float:
        """Black-Scholes delta (no rates, no dividends) of one option on one unit of the underlier."""
        spot = self.underlier_price(instrument)
        terms = instrument.option
        if spot is None or not terms.HasField("strike_price"):
            return 0.0
        strike = float(terms.strike_price.value)
        years = max((terms.expire_time.seconds - now_nanos / 1e9) / (DAYS_PER_YEAR * 86400), 0.0)
        call = terms.right != inst.OPTION_RIGHT_PUT
        if years == 0:
            itm = float(spot) > strike if call else float(spot) < strike
            return (1.0 if call else -1.0) if itm else 0.0
        vol = self.volatility(instrument)
        d1 = (math.log(float(spot) / strike) + vol * vol * years / 2) / (vol * math.sqrt(years))
        normal = 0.5 * (1 + math.erf(d1 / math.sqrt(2)))
        return normal if call else normal - 1


@dataclass(frozen=True)
class ValuedPosition:
    state: PositionState
    instrument: inst.Instrument
    venue_id: str
    multiplier: Decimal
    mark: Decimal
    mark_time: int
    settle_asset: str
    fx: Decimal  # settle asset -> valuation currency
    market_value: Decimal  # signed notional in the settle asset
    unrealized: Decimal  # in the settle asset
    nav_value: Decimal  # what the position adds to NAV, valuation currency
    exposure: Decimal  # signed delta-adjusted notional, valuation currency
    delta: Decimal  # underlier units (signed); for options quantity * multiplier * option delta


@dataclass(frozen=True)
class Valuation:
    currency: str
    time: int
    cash: dict[str, Decimal]  # asset -> units, beyond what positions hold
    cash_value: Decimal
    positions: tuple[ValuedPosition, ...]
    unpriced_instruments: tuple[str, ...]
    unpriced_assets: tuple[str, ...]
    nav: Decimal
    long_exposure: Decimal
    short_exposure: Decimal

    @property
    def gross_exposure(self) -> Decimal:
        return self.long_exposure + self.short_exposure

    @property
    def net_exposure(self) -> Decimal:
        return self.long_exposure - self.short_exposure

    @property
    def leverage(self) -> float:
        return float(self.gross_exposure / self.nav) if self.nav > 0 else 0.0


def value_position(
    pricer: Pricer, state: PositionState, venue_id: str, currency: str, now: int,
    mark_override: Decimal | None = None,
) -> ValuedPosition | None:
    """One position marked to market, or None when its mark or its currency's rate is unknown."""
    instrument = pricer.instrument(state.instrument_id)
    mark = mark_override if mark_override is not None else pricer.mark(state.instrument_id)
    settle = instruments.settle_asset(instrument)
    fx = pricer.fx(settle, currency)
    if mark is None or fx is None:
        return None
    rules = instruments.rules(instrument, venue_id)
    multiplier = rules.multiplier
    quantity = state.quantity
    market_value = instruments.notional(instrument, multiplier, quantity, mark)
    unrealized = (
        instruments.pnl(instrument, multiplier, quantity, state.average_cost, mark, now) if quantity else ZERO
    )
    nav_value = (market_value if instruments.unmargined(instrument) else unrealized) * fx
    # Underlier units: contracts times contract size; an inverse contract is worth multiplier quote units.
    delta = quantity * multiplier / mark if instrument.inverse else quantity * multiplier
    exposure = market_value * fx
    if instrument.type == inst.INSTRUMENT_TYPE_OPTION:
        option_delta = Decimal(repr(round(pricer.option_delta(instrument, now), 6)))
        delta = quantity * multiplier * option_delta
        spot = pricer.underlier_price(instrument) or ZERO
        exposure = delta * spot * fx
    return ValuedPosition(
        state=state, instrument=instrument, venue_id=venue_id, multiplier=multiplier, mark=mark, mark_time=now,
        settle_asset=settle, fx=fx, market_value=market_value, unrealized=unrealized, nav_value=nav_value,
        exposure=exposure, delta=delta,
    )


def value_accounts(
    pricer: Pricer,
    ledger: Ledger,
    accounts: Iterable[tuple[str, str]],
    currency: str,
    now: int,
    quantities: dict[tuple[str, str], Decimal] | None = None,
) -> Valuation:
    """Value ``accounts`` ((account_id, venue_id) pairs) in ``currency`` at ``now``.

    ``quantities`` overrides position quantities by (account_id, instrument_id), for what-if valuations
    (the pre-trade check's projected positions); an override keeps the position's average cost.
    """
    cash: dict[str, Decimal] = {}
    positions: list[ValuedPosition] = []
    unpriced: list[str] = []
    overrides = dict(quantities or {})
    for account_id, venue_id in accounts:
        for asset_id, value in ledger.balances(account_id).items():
            cash[asset_id] = cash.get(asset_id, ZERO) + value
        states = {p.instrument_id: p for p in ledger.positions(account_id)}
        for (owner, instrument_id), quantity in overrides.items():
            if owner == account_id:
                held = states.get(instrument_id) or PositionState(account_id, instrument_id)
                states[instrument_id] = PositionState(
                    account_id, instrument_id, quantity, held.average_cost, held.realized_pnl,
                    held.open_time, held.update_time,
                )
        for state in sorted(states.values(), key=lambda s: s.instrument_id):
            instrument = pricer.instrument(state.instrument_id)
            if instruments.delivers_base_asset(instrument):
                held_units = ledger.position(account_id, state.instrument_id)
                units = (held_units.quantity if held_units else ZERO) * instruments.rules(instrument, venue_id).multiplier
                cash[instrument.base_asset_id] = cash.get(instrument.base_asset_id, ZERO) - units
            if state.quantity == 0:
                continue
            valued = value_position(pricer, state, venue_id, currency, now)
            if valued is None:
                unpriced.append(state.instrument_id)
            else:
                positions.append(valued)
    cash = {asset: value for asset, value in sorted(cash.items()) if value != 0}
    cash_value = ZERO
    unpriced_assets: list[str] = []
    for asset_id, value in cash.items():
        rate = pricer.fx(asset_id, currency)
        if rate is None:
            unpriced_assets.append(asset_id)
        else:
            cash_value += value * rate
    long_exposure = sum((p.exposure for p in positions if p.exposure > 0), ZERO)
    short_exposure = -sum((p.exposure for p in positions if p.exposure < 0), ZERO)
    nav = cash_value + sum((p.nav_value for p in positions), ZERO)
    return Valuation(
        currency=currency, time=now, cash=cash, cash_value=cash_value, positions=tuple(positions),
        unpriced_instruments=tuple(unpriced), unpriced_assets=tuple(unpriced_assets), nav=nav,
        long_exposure=long_exposure, short_exposure=short_exposure,
    )


MAINTENANCE_SHARE = Decimal("0.5")  # maintenance margin as a share of initial margin


def position_message(
    pricer: Pricer, state: PositionState, venue_id: str, now: int, initial_margin_rate: Decimal
) -> pf.Position:
    """The contract Position of ``state``, marked at ``now`` when a mark exists."""
    instrument = pricer.instrument(state.instrument_id)
    settle = instruments.settle_asset(instrument)
    quantity = state.quantity
    side = (
        pf.POSITION_SIDE_LONG if quantity > 0 else pf.POSITION_SIDE_SHORT if quantity < 0 else pf.POSITION_SIDE_FLAT
    )
    message = pf.Position(
        account_id=state.account_id,
        venue_id=venue_id,
        instrument_id=state.instrument_id,
        side=side,
        quantity=from_decimal(quantity),
        realized_pnl=amount(state.realized_pnl, settle),
        update_time=to_timestamp(state.update_time),
    )
    if quantity != 0:
        message.average_cost.CopyFrom(from_decimal(state.average_cost))
        message.open_time.CopyFrom(to_timestamp(state.open_time))
    valued = value_position(pricer, state, venue_id, settle, now)
    if valued is not None:
        message.mark_price.CopyFrom(from_decimal(valued.mark))
        message.mark_time.CopyFrom(to_timestamp(now))
        message.market_value.CopyFrom(amount(valued.market_value, settle))
        message.unrealized_pnl.CopyFrom(amount(valued.unrealized, settle))
        if not instruments.unmargined(instrument) and quantity != 0:
            initial = abs(valued.market_value) * initial_margin_rate
            message.initial_margin.CopyFrom(amount(initial, settle))
            message.maintenance_margin.CopyFrom(amount(initial * MAINTENANCE_SHARE, settle))
    return message
