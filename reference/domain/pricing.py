"""Factor paths (GBM, Ornstein-Uhlenbeck) and the fair value of every instrument type on them.

Floats are fine here: these are model values, and every price that leaves the simulation is
quantised to the instrument's tick as an exact Decimal first. A factor's value at tick j depends only
on (seed, factor, j) and the value at j-1, so the path is the same however the clock is stepped.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import Enum

from cq.assets.v1 import instruments_pb2 as ipb
from reference.clock import NANOS_PER_SECOND
from reference.domain import noise
from reference.domain.universe_instruments import DepthProfile, FactorSpec, Model, SimSpec

YEAR_NANOS = 365 * 86_400 * NANOS_PER_SECOND


class FactorPath:
    """One factor on its tick grid (tick j at origin + j * period), keeping only recent ticks."""

    def __init__(self, spec: FactorSpec, seed: int, origin: int) -> None:
        self.spec = spec
        self.origin = origin
        self.period = round(NANOS_PER_SECOND / spec.cadence_hz)
        self._key = noise.key(seed, "prices", spec.factor_id)
        self._group_key = noise.key(seed, "prices", "group", spec.group) if spec.group else 0
        self._rho = spec.correlation if spec.group else 0.0
        self._idiosyncratic = math.sqrt(1.0 - self._rho * self._rho)
        self._a, self._b, self._c = _step_coefficients(spec, self.period / YEAR_NANOS)
        self._first = 0  # tick index of _values[0]
        self._values = [spec.initial]

    def _shock(self, tick: int) -> float:
        z = noise.normal(self._key, tick)
        if self._rho:
            z = self._rho * noise.normal(self._group_key, tick) + self._idiosyncratic * z
        return z

    def advance(self, until: int) -> None:
        last = (until - self.origin) // self.period
        tick = self._first + len(self._values) - 1
        value = self._values[-1]
        gbm = self.spec.model is Model.GBM
        while tick < last:
            tick += 1
            z = self._shock(tick)
            value = value * math.exp(self._a + self._b * z) if gbm else self._a * value + self._b + self._c * z
            self._values.append(value)

    def at(self, instant: int) -> float:
        """The value of the latest tick at or before ``instant`` (clamped to the kept window)."""
        index = (instant - self.origin) // self.period - self._first
        return self._values[min(max(index, 0), len(self._values) - 1)]

    def forget_before(self, instant: int) -> None:
        drop = (instant - self.origin) // self.period - self._first
        if 0 < drop < len(self._values):
            del self._values[:drop]
            self._first += drop


def _step_coefficients(spec: FactorSpec, dt: float) -> tuple[float, float, float]:
    """GBM: log step a + b z. OU (exact discretisation): x' = a x + b + c z."""
    if spec.model is Model.GBM:
        return (spec.drift - 0.5 * spec.volatility ** 2) * dt, spec.volatility * math.sqrt(dt), 0.0
    decay = math.exp(-spec.mean_reversion * dt)
    spread = spec.volatility * math.sqrt((1.0 - decay * decay) / (2.0 * spec.mean_reversion))
    return decay, spec.drift * (1.0 - decay), spread


def daily_values(spec: FactorSpec, seed: int, days: int) -> list[float]:
    """``days`` daily closes before the start, oldest first, generated backwards from the initial
    value so that history ends where the live path begins; same group shocks as the live path."""
    key = noise.key(seed, "daily", spec.factor_id)
    group_key = noise.key(seed, "daily", "group", spec.group) if spec.group else 0
    rho = spec.correlation if spec.group else 0.0
    a, b, c = _step_coefficients(spec, 1 / 365)
    value, values = spec.initial, []
    for day in range(days):
        z = rho * noise.normal(group_key, day) + math.sqrt(1 - rho * rho) * noise.normal(key, day)
        value = value / math.exp(a + b * z) if spec.model is Model.GBM else (value - b - c * z) / a
        values.append(value)
    values.reverse()
    return values


class Kind(Enum):
    SPOT = "spot"  # spot pairs, equities, funds: price factor / quote factor
    PERPETUAL = "perpetual"
    FUTURE = "future"
    OPTION = "option"
    BOND = "bond"
    RATE = "rate"


FactorLookup = Callable[[str, int], float]  # (factor id, instant) -> value; "" is the numeraire, 1


@dataclass
class InstrumentModel:
    """What fair value needs of one instrument, read once from its contract terms and SimSpec."""

    instrument_id: str
    kind: Kind
    sim: SimSpec
    price_factor: str = ""
    quote_factor: str = ""
    premium_factor: str = ""
    scale: float = 1.0
    expire: int = 0
    strike: float = 0.0
    call: bool = True
    underlier: InstrumentModel | None = None
    coupon: float = 0.0
    frequency: int = 1
    coupon_dates: list[int] = field(default_factory=list)

    def index(self, factors: FactorLookup, instant: int) -> float:
        """The underlier's reference price: the spot index of a perpetual or future, an option's underlier."""
        if self.underlier is not None:
            return self.underlier.fair(factors, instant)
        return factors(self.price_factor, instant) / factors(self.quote_factor, instant) * self.scale

    def fair(self, factors: FactorLookup, instant: int) -> float:
        years = max(self.expire - instant, 0) / YEAR_NANOS
        match self.kind:
            case Kind.SPOT:
                return self.index(factors, instant)
            case Kind.PERPETUAL:
                return self.index(factors, instant) * (1.0 + factors(self.premium_factor, instant))
            case Kind.FUTURE:
                return self.index(factors, instant) * (1.0 + self.sim.carry * years)
            case Kind.OPTION:
                return black_scholes(self.index(factors, instant), self.strike, years, self.sim.implied_vol, self.call)
            case Kind.BOND:
                bond_yield = factors(self.price_factor, instant) + self.sim.yield_spread
                return bond_clean_price(bond_yield, self.coupon, self.frequency, self.coupon_dates, instant)
            case Kind.RATE:
                return factors(self.price_factor, instant)


def black_scholes(spot: float, strike: float, years: float, vol: float, call: bool) -> float:
    if years <= 0 or vol <= 0 or spot <= 0:
        return max(spot - strike, 0.0) if call else max(strike - spot, 0.0)
    deviation = vol * math.sqrt(years)
    d1 = (math.log(spot / strike) + 0.5 * deviation * deviation) / deviation
    d2 = d1 - deviation
    if call:
        return spot * _cdf(d1) - strike * _cdf(d2)
    return strike * _cdf(-d2) - spot * _cdf(-d1)


def _cdf(x: float) -> float:
    return 0.5 * (1.0 + math.erf(x / math.sqrt(2.0)))


def bond_clean_price(bond_yield: float, coupon: float, frequency: int, coupon_dates: list[int], instant: int) -> float:
    """Clean price in percent of par: cash flows discounted at the yield compounded ``frequency`` times
    a year (street convention), less interest accrued linearly since the previous coupon date."""
    remaining = [d for d in coupon_dates if d > instant]
    if not remaining:
        return 100.0
    following = remaining[0]
    earlier = [d for d in coupon_dates if d <= instant]
    previous = earlier[-1] if earlier else following - YEAR_NANOS // frequency
    accrued_fraction = (instant - previous) / (following - previous)
    per_period = 1.0 + bond_yield / frequency
    payment = 100.0 * coupon / frequency
    dirty = sum(payment / math.pow(per_period, k + 1 - accrued_fraction) for k in range(len(remaining)))
    dirty += 100.0 / math.pow(per_period, len(remaining) - accrued_fraction)
    return dirty - payment * accrued_fraction


_FREQUENCY = {ipb.PAYMENT_FREQUENCY_ANNUAL: 1, ipb.PAYMENT_FREQUENCY_SEMI_ANNUAL: 2,
              ipb.PAYMENT_FREQUENCY_QUARTERLY: 4, ipb.PAYMENT_FREQUENCY_MONTHLY: 12}


def _coupon_dates(maturity: datetime, frequency: int) -> list[int]:
    """Coupon dates back from maturity, 40 years' worth at most: enough for any history we price."""
    dates = []
    for k in range(40 * frequency + 1):
        months = maturity.year * 12 + maturity.month - 1 - k * (12 // frequency)
        year, month = divmod(months, 12)
        day = min(maturity.day, 28)  # month ends vary; a day's shift in a coupon date is immaterial here
        dates.append(int(datetime(year, month + 1, day, tzinfo=UTC).timestamp()) * NANOS_PER_SECOND)
    return sorted(dates)


def build_model(instrument: ipb.Instrument, sim: SimSpec, factor_ids: frozenset[str],
                models: dict[str, InstrumentModel]) -> InstrumentModel:
    """The model of ``instrument``; factors it needs but that do not exist are named after the
    instrument (``<instrument_id>``, ``<instrument_id>/premium``) for the simulator to create."""
    own = instrument.instrument_id
    base, quote = instrument.base_asset_id, instrument.quote_asset_id
    price = sim.factor_id or (base if base in factor_ids else own)
    quote_factor = quote if quote in factor_ids else ""
    model = InstrumentModel(own, Kind.SPOT, sim, price_factor=price, quote_factor=quote_factor,
                            scale=sim.factor_scale)
    terms = instrument.WhichOneof("terms")
    if instrument.type == ipb.INSTRUMENT_TYPE_PERPETUAL:
        model.kind, model.price_factor = Kind.PERPETUAL, base if base in factor_ids else own
        model.premium_factor = sim.factor_id or f"{own}/premium"
        model.scale = 1.0
    elif terms == "future":
        model.kind, model.expire = Kind.FUTURE, instrument.future.expire_time.ToNanoseconds()
    elif terms == "option":
        model.kind, model.expire = Kind.OPTION, instrument.option.expire_time.ToNanoseconds()
        model.strike = float(instrument.option.strike_price.value)
        model.call = instrument.option.right != ipb.OPTION_RIGHT_PUT
        model.underlier = models.get(instrument.underlier_instrument_id)
    elif terms == "bond":
        bond = instrument.bond
        model.kind, model.frequency = Kind.BOND, _FREQUENCY.get(bond.coupon_frequency, 1)
        model.coupon = float(bond.coupon_rate.value)
        maturity = datetime(bond.maturity_date.year, bond.maturity_date.month, bond.maturity_date.day,
                            tzinfo=UTC)
        model.coupon_dates, model.expire = _coupon_dates(maturity, model.frequency), instrument.expire_time.ToNanoseconds()
    elif instrument.type == ipb.INSTRUMENT_TYPE_SWAP:
        model.kind = Kind.RATE
    return model


def default_factor(model: InstrumentModel, factor_id: str, cadence_hz: float) -> FactorSpec:
    """A factor for an instrument created at run time that the universe does not price."""
    if factor_id.endswith("/premium"):
        return FactorSpec(factor_id, Model.OU, 0.0001, 0.03, drift=0.0001, mean_reversion=700, cadence_hz=cadence_hz)
    if model.kind in (Kind.BOND, Kind.RATE):
        return FactorSpec(factor_id, Model.OU, 0.04, 0.008, drift=0.04, mean_reversion=0.3, cadence_hz=cadence_hz)
    return FactorSpec(factor_id, Model.GBM, 100.0, 0.3, cadence_hz=cadence_hz)


def default_sim(instrument: ipb.Instrument) -> SimSpec:
    """Simulation parameters of an instrument created at run time: a modest 1 Hz market."""
    dealers = 3 if instrument.type in (ipb.INSTRUMENT_TYPE_BOND, ipb.INSTRUMENT_TYPE_SWAP) else 0
    return SimSpec(1.0, 10.0, DepthProfile(10_000, 300, levels=20), 0.2, dealers=dealers,
                   implied_vol=0.5, open_interest=10_000)
