"""Risk measures of a valued account: risk factors, sensitivities, historical VaR and stress revaluation.

Each position is exposed to one factor: the price of its underlier (spot, equities, funds, perpetuals,
futures, options), or for bonds and swaps one interest rate bucket on their curve; cash in another
currency than the reporting one is exposed to that currency's rate. Price positions carry delta, rate
positions DV01, nothing carries both, so a bond adds DV01 only and an equity delta only.

Options are treated by their Black-Scholes delta (gamma, vega and theta are left unset): the simulator's
options are few and the linear view keeps VaR and stress hand-checkable.

Historical VaR replays each factor's daily moves on today's sensitivities: a price factor's relative move
times the exposure, a rate factor's move in basis points times DV01. A swap's daily marks are already its
rate; a bond's are clean prices, which ``factor_history`` first turns into the yields they imply.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from cq.assets.v1 import instruments_pb2 as inst
from cq.assets.v1 import resources_pb2 as assets
from cq.decimals import from_decimal, to_decimal
from cq.risk.v1 import resources_pb2 as rk
from reference.domain import instruments, rates
from reference.domain.ledger import ZERO
from reference.domain.valuation import Pricer, Valuation, ValuedPosition
from reference.errors import DomainError

_PRICE_FACTORS = {
    assets.ASSET_CLASS_CRYPTO: rk.RISK_FACTOR_TYPE_CRYPTO_PRICE,
    assets.ASSET_CLASS_EQUITY: rk.RISK_FACTOR_TYPE_EQUITY_PRICE,
    assets.ASSET_CLASS_FUND: rk.RISK_FACTOR_TYPE_EQUITY_PRICE,
    assets.ASSET_CLASS_INDEX: rk.RISK_FACTOR_TYPE_EQUITY_PRICE,
    assets.ASSET_CLASS_COMMODITY: rk.RISK_FACTOR_TYPE_COMMODITY_PRICE,
    assets.ASSET_CLASS_FIAT: rk.RISK_FACTOR_TYPE_FX_RATE,
}
RATE_TYPES = (inst.INSTRUMENT_TYPE_BOND, inst.INSTRUMENT_TYPE_SWAP)
DERIVATIVE_TYPES = (inst.INSTRUMENT_TYPE_OPTION, inst.INSTRUMENT_TYPE_PERPETUAL, inst.INSTRUMENT_TYPE_FUTURE)


@dataclass(frozen=True)
class Factor:
    type: rk.RiskFactorType.ValueType
    underlier_id: str = ""
    quote_asset_id: str = ""
    curve_id: str = ""
    tenor: str = ""

    @property
    def name(self) -> str:
        """``CRYPTO_PRICE:BTC``, ``FX_RATE:EUR/USD``, ``INTEREST_RATE:USD-SOFR:5Y`` (RiskFactor.name)."""
        text = f"{rk.RiskFactorType.Name(self.type).removeprefix('RISK_FACTOR_TYPE_')}:"
        text += self.underlier_id or self.curve_id
        if self.quote_asset_id:
            text += f"/{self.quote_asset_id}"
        return f"{text}:{self.tenor}" if self.tenor else text

    def message(self) -> rk.RiskFactor:
        return rk.RiskFactor(type=self.type, name=self.name, underlier_id=self.underlier_id,
                             quote_asset_id=self.quote_asset_id, curve_id=self.curve_id, tenor=self.tenor)


def asset_class(pricer: Pricer, asset_id: str) -> assets.AssetClass.ValueType:
    try:
        return pricer.catalogue.asset(asset_id).asset_class
    except DomainError:
        return assets.ASSET_CLASS_CRYPTO


def position_asset_class(pricer: Pricer, instrument: inst.Instrument) -> assets.AssetClass.ValueType:
    if instrument.type == inst.INSTRUMENT_TYPE_BOND:
        return assets.ASSET_CLASS_BOND
    if instrument.type == inst.INSTRUMENT_TYPE_SWAP:
        return assets.ASSET_CLASS_FIAT  # a rates product on its currency
    return asset_class(pricer, instruments.underlier(instrument))


def curve_of(instrument: inst.Instrument) -> str:
    if instrument.type == inst.INSTRUMENT_TYPE_BOND:
        return instrument.bond.discount_curve_id or f"{instrument.quote_asset_id}-GOVT"
    floating = next((leg for leg in instrument.swap.legs if leg.floating_rate_index), None)
    return floating.floating_rate_index if floating else f"{instrument.quote_asset_id}-SWAP"


def years_to_maturity(instrument: inst.Instrument, now: int) -> float:
    today = rates.nanos_to_date(now)
    if instrument.type == inst.INSTRUMENT_TYPE_BOND:
        return rates.years_between(today, rates.to_date(instrument.bond.maturity_date))
    return rates.swap_years(instrument.swap, today)


def factor_of(pricer: Pricer, instrument: inst.Instrument, currency: str, now: int) -> Factor:
    if instrument.type in RATE_TYPES:
        return Factor(rk.RISK_FACTOR_TYPE_INTEREST_RATE, curve_id=curve_of(instrument),
                      tenor=rates.tenor_bucket(years_to_maturity(instrument, now)))
    underlier = instruments.underlier(instrument)
    kind = _PRICE_FACTORS.get(asset_class(pricer, underlier), rk.RISK_FACTOR_TYPE_CRYPTO_PRICE)
    return Factor(kind, underlier_id=underlier, quote_asset_id=currency if kind == rk.RISK_FACTOR_TYPE_FX_RATE else "")


def cash_factor(pricer: Pricer, asset_id: str, currency: str) -> Factor:
    kind = _PRICE_FACTORS.get(asset_class(pricer, asset_id), rk.RISK_FACTOR_TYPE_CRYPTO_PRICE)
    return Factor(kind, underlier_id=asset_id, quote_asset_id=currency if kind == rk.RISK_FACTOR_TYPE_FX_RATE else "")


def rate_value_change(position: ValuedPosition, shift: float, now: int) -> float:
    """The change in value (reporting currency) of a bond or swap position when its rate moves by
    ``shift`` (a decimal rate: 0.0001 is one basis point)."""
    instrument = position.instrument
    quantity = position.state.quantity
    if instrument.type == inst.INSTRUMENT_TYPE_BOND:
        change = rates.bond_price_change(float(position.mark), instrument.bond, rates.nanos_to_date(now), shift)
        return float(quantity * position.multiplier) * change * float(position.fx)
    entry = position.state.average_cost
    shifted = instruments.pnl(instrument, position.multiplier, quantity, entry,
                              position.mark + Decimal(repr(shift)), now)
    return float(shifted - position.unrealized) * float(position.fx)


@dataclass(frozen=True)
class Exposed:
    """One thing exposed to one factor: a position, or a cash balance (position None)."""

    factor: Factor
    position: ValuedPosition | None
    value: Decimal  # reporting currency: exposure of a price position, the value of cash
    delta: Decimal  # underlier units (price factors), the cash amount (cash)
    dv01: float  # reporting currency per basis point (rate factors)
    history_source: str  # the instrument whose daily marks drive the factor in VaR


def exposures(pricer: Pricer, valuation: Valuation, now: int) -> list[Exposed]:
    currency = valuation.currency
    result = []
    for position in valuation.positions:
        instrument = position.instrument
        factor = factor_of(pricer, instrument, currency, now)
        if instrument.type in RATE_TYPES:
            dv01 = rate_value_change(position, rates.BASIS_POINT, now)
            result.append(Exposed(factor, position, ZERO, ZERO, dv01, instrument.instrument_id))
            continue
        source = instrument.instrument_id
        if instrument.type in DERIVATIVE_TYPES:
            # A derivative moves with its factor, the underlier's price: VaR replays the underlier's history.
            source = instrument.underlier_instrument_id or pricer.spot_instrument(
                instruments.underlier(instrument), instrument.quote_asset_id) or source
        result.append(Exposed(factor, position, position.exposure, position.delta, 0.0, source))
    for asset_id, units in valuation.cash.items():
        rate = pricer.fx(asset_id, currency)
        if asset_id == currency or rate is None:
            continue
        source = pricer.spot_instrument(asset_id, currency) or pricer.spot_instrument(currency, asset_id) or ""
        result.append(Exposed(cash_factor(pricer, asset_id, currency), None, units * rate, units, 0.0, source))
    return result


def sensitivities(pricer: Pricer, exposed: Sequence[Exposed], currency: str) -> list[rk.Sensitivity]:
    """One Sensitivity per factor, sorted by factor name: delta for prices, DV01 for rate buckets."""
    by_factor: dict[Factor, list[Exposed]] = {}
    for item in exposed:
        by_factor.setdefault(item.factor, []).append(item)
    result = []
    for factor in sorted(by_factor, key=lambda f: f.name):
        items = by_factor[factor]
        sensitivity = rk.Sensitivity(factor=factor.message(), currency_asset_id=currency)
        if factor.type == rk.RISK_FACTOR_TYPE_INTEREST_RATE:
            sensitivity.dv01 = sum(i.dv01 for i in items)
        else:
            sensitivity.delta = float(sum((i.delta for i in items), ZERO))
            sensitivity.delta_notional = float(sum((i.value for i in items), ZERO))
        result.append(sensitivity)
    return result


@dataclass(frozen=True)
class VarResult:
    value_at_risk: Decimal
    expected_shortfall: Decimal
    scenarios: int


@functools.lru_cache(maxsize=8192)
def _close_yield(terms: bytes, clean: Decimal, day: date) -> Decimal:
    """The yield of one daily close, cached: every snapshot of the day converts the same closes again."""
    return Decimal(repr(rates.bond_yield(float(clean), inst.BondTerms.FromString(terms), day)))


def factor_history(item: Exposed, history: Sequence[Decimal], now: int) -> list[Decimal]:
    """The daily levels of ``item``'s factor from its instrument's daily marks (oldest first, the last one
    today's): the marks themselves, except for a bond, whose marks are clean prices (percent of par) and
    whose factor is its yield.

    A bond's closes become yields rather than its position being revalued at the historical prices
    (quantity * price change * multiplier) so that it is handled like every other exposure here: the
    factor's move is replayed on today's sensitivity, DV01 for a rate factor as for swaps, whose marks are
    already rates; its stress shocks move the same yield; and, like an equity's return, a yield move is a
    move of the market, where a price move also carries the pull to par and a duration that is no longer
    today's. Each close is converted on its own date (the last one today, one day earlier per close back),
    since the price of a given yield drifts as maturity nears.
    """
    if item.position is None or item.position.instrument.type != inst.INSTRUMENT_TYPE_BOND:
        return list(history)
    terms = item.position.instrument.bond.SerializeToString(deterministic=True)
    today = rates.nanos_to_date(now)
    last = len(history) - 1
    return [_close_yield(terms, close, today - timedelta(days=last - index)) for index, close in enumerate(history)]


def scenario_pnls(exposed: Sequence[Exposed], histories: dict[str, Sequence[Decimal]], now: int) -> list[Decimal]:
    """Today's exposures revalued under each day-on-day move of their factor's history: price factors by
    their relative move (exposure * return), rate factors by the move of their rate in bp (a swap's mark,
    a bond's yield: ``factor_history``) times DV01, so a rise in yield loses on a long bond. Histories are
    aligned on their last days; the shortest one sets the scenario count."""
    used = [h for h in (histories.get(e.history_source, ()) for e in exposed) if h]
    days = min((len(h) for h in used), default=0)
    if days < 2:
        return []
    pnls = [ZERO] * (days - 1)
    for item in exposed:
        closes = list(histories.get(item.history_source, ()))[-days:]
        if len(closes) < days:
            continue
        history = factor_history(item, closes, now)
        for day in range(days - 1):
            before, after = history[day], history[day + 1]
            if item.factor.type == rk.RISK_FACTOR_TYPE_INTEREST_RATE:
                move_bp = (after - before) / Decimal(repr(rates.BASIS_POINT))
                pnls[day] += Decimal(repr(item.dv01)) * move_bp
            elif before > 0:
                pnls[day] += item.value * (after / before - 1)
    return pnls


def historical_var(pnls: Sequence[Decimal], confidence: float) -> VarResult:
    """VaR: the k-th worst scenario loss, k = ceil(n * (1 - confidence)); expected shortfall: the mean
    loss of those k worst scenarios. Both are reported as non-negative losses."""
    if not pnls:
        return VarResult(ZERO, ZERO, 0)
    ordered = sorted(pnls)
    k = max(1, math.ceil(len(ordered) * (1 - confidence) - 1e-9))
    tail = ordered[:k]
    return VarResult(max(-ordered[k - 1], ZERO), max(-sum(tail, ZERO) / k, ZERO), len(ordered))


def _matches(shock: rk.Shock, factor: Factor) -> bool:
    wanted = shock.factor
    return (
        wanted.type == factor.type
        and wanted.underlier_id in ("", factor.underlier_id)
        and wanted.quote_asset_id in ("", factor.quote_asset_id)
        and wanted.curve_id in ("", factor.curve_id)
        and (not shock.tenors or factor.tenor in shock.tenors)
    )


def shock_for(shocks: Iterable[rk.Shock], factor: Factor) -> rk.Shock | None:
    """The shock applying to ``factor``: the last matching one wins ("everything, except")."""
    found = None
    for shock in shocks:
        if _matches(shock, factor):
            found = shock
    return found


def shocked_pnl(item: Exposed, shock: rk.Shock, now: int) -> Decimal:
    """The PnL of one exposure under one shock, in the reporting currency."""
    size = to_decimal(shock.size)
    relative = shock.type == rk.SHOCK_TYPE_RELATIVE
    if item.factor.type == rk.RISK_FACTOR_TYPE_INTEREST_RATE and item.position is not None:
        position = item.position
        if position.instrument.type == inst.INSTRUMENT_TYPE_BOND:
            base_rate = rates.bond_yield(float(position.mark), position.instrument.bond, rates.nanos_to_date(now))
        else:
            base_rate = float(position.mark)
        shift = base_rate * float(size) if relative else float(size)
        return Decimal(repr(round(rate_value_change(position, shift, now), 2)))
    if relative:
        return item.value * size
    return item.delta * size  # an absolute move of the factor's price, in reporting currency per unit


PRESET_SCENARIOS: tuple[rk.StressScenario, ...] = (
    rk.StressScenario(
        scenario_id="crypto_down_30", display_name="Crypto -30%",
        description="Every crypto price falls 30%.",
        shocks=[rk.Shock(factor=rk.RiskFactor(type=rk.RISK_FACTOR_TYPE_CRYPTO_PRICE), type=rk.SHOCK_TYPE_RELATIVE,
                         size=from_decimal("-0.3"))],
    ),
    rk.StressScenario(
        scenario_id="equities_down_20", display_name="Equities -20%",
        description="Every equity and equity index price falls 20%.",
        shocks=[rk.Shock(factor=rk.RiskFactor(type=rk.RISK_FACTOR_TYPE_EQUITY_PRICE), type=rk.SHOCK_TYPE_RELATIVE,
                         size=from_decimal("-0.2"))],
    ),
    rk.StressScenario(
        scenario_id="rates_up_100bp", display_name="Rates +100 bp",
        description="A parallel rise of 100 basis points on every rate curve.",
        shocks=[rk.Shock(factor=rk.RiskFactor(type=rk.RISK_FACTOR_TYPE_INTEREST_RATE),
                         type=rk.SHOCK_TYPE_ABSOLUTE, size=from_decimal("0.01"))],
    ),
    rk.StressScenario(
        scenario_id="rates_down_100bp", display_name="Rates -100 bp",
        description="A parallel fall of 100 basis points on every rate curve.",
        shocks=[rk.Shock(factor=rk.RiskFactor(type=rk.RISK_FACTOR_TYPE_INTEREST_RATE),
                         type=rk.SHOCK_TYPE_ABSOLUTE, size=from_decimal("-0.01"))],
    ),
    rk.StressScenario(
        scenario_id="risk_off", display_name="Risk off",
        description="Crypto -30%, equities -20%, rates -50 bp: a flight to quality.",
        shocks=[
            rk.Shock(factor=rk.RiskFactor(type=rk.RISK_FACTOR_TYPE_CRYPTO_PRICE), type=rk.SHOCK_TYPE_RELATIVE,
                     size=from_decimal("-0.3")),
            rk.Shock(factor=rk.RiskFactor(type=rk.RISK_FACTOR_TYPE_EQUITY_PRICE), type=rk.SHOCK_TYPE_RELATIVE,
                     size=from_decimal("-0.2")),
            rk.Shock(factor=rk.RiskFactor(type=rk.RISK_FACTOR_TYPE_INTEREST_RATE), type=rk.SHOCK_TYPE_ABSOLUTE,
                     size=from_decimal("-0.005")),
        ],
    ),
)
