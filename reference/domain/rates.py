"""Bond and swap arithmetic on a flat yield: prices, yields, DV01 and tenor buckets.

Deliberately simple so that a test can check it by hand: cash flows on a regular schedule counted back
from maturity, times in ACT/365 years from the valuation date, discounting at the yield compounded at the
coupon frequency, and DV01 as a full revaluation for a one basis point rise. Sensitivities are doubles
(the contract's analytics type); no money is ever computed here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Protocol

from cq.assets.v1 import instruments_pb2 as inst

BASIS_POINT = 0.0001
DAYS_PER_YEAR = 365.0
_MONTHS_PER_PERIOD = {
    inst.PAYMENT_FREQUENCY_ANNUAL: 12,
    inst.PAYMENT_FREQUENCY_SEMI_ANNUAL: 6,
    inst.PAYMENT_FREQUENCY_QUARTERLY: 3,
    inst.PAYMENT_FREQUENCY_MONTHLY: 1,
}
# The buckets DV01 is reported in: a bond's whole sensitivity goes to the bucket nearest its maturity.
TENOR_BUCKETS: tuple[tuple[str, float], ...] = (
    ("3M", 0.25), ("6M", 0.5), ("1Y", 1), ("2Y", 2), ("3Y", 3), ("5Y", 5),
    ("7Y", 7), ("10Y", 10), ("20Y", 20), ("30Y", 30),
)


class DateLike(Protocol):
    """google.type.Date, whose package ships no type stubs."""

    year: int
    month: int
    day: int


def to_date(value: DateLike) -> date:
    return date(value.year, value.month, value.day)


def nanos_to_date(nanos: int) -> date:
    return datetime.fromtimestamp(nanos // 1_000_000_000, tz=UTC).date()


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, the day of month clamped to the target month's length."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month + 1, min(day.day, candidate))
        except ValueError:
            continue
    raise ValueError(f"cannot move {day} by {months} months")


def years_between(start: date, end: date) -> float:
    return (end - start).days / DAYS_PER_YEAR


def periods_per_year(frequency: inst.PaymentFrequency.ValueType) -> int:
    months = _MONTHS_PER_PERIOD.get(frequency)
    return 12 // months if months else 1


@dataclass(frozen=True)
class CashFlow:
    time: float  # years from the valuation date
    amount: float  # per 100 of face value


def bond_schedule(terms: inst.BondTerms, today: date) -> tuple[list[CashFlow], float]:
    """The bond's remaining cash flows per 100 face and its accrued interest per 100 face today."""
    maturity = to_date(terms.maturity_date)
    coupon = float(terms.coupon_rate.value or "0") * 100
    if maturity <= today:
        return [], 0.0
    months = _MONTHS_PER_PERIOD.get(terms.coupon_frequency)
    if months is None or coupon == 0:
        # Zero coupon, or everything at maturity: the coupons accrued over the life are paid with par.
        issue = to_date(terms.issue_date) if terms.HasField("issue_date") else today
        total = coupon * max(years_between(issue, maturity), 0.0)
        return [CashFlow(years_between(today, maturity), 100 + total)], 0.0
    per_period = coupon * months / 12
    dates = [maturity]
    while (previous := add_months(maturity, -months * len(dates))) > today:
        dates.append(previous)
    last_coupon = add_months(maturity, -months * len(dates))
    dates.reverse()
    flows = [CashFlow(years_between(today, d), per_period) for d in dates]
    flows[-1] = CashFlow(flows[-1].time, per_period + 100)
    period_days = (dates[0] - last_coupon).days
    accrued = per_period * (today - last_coupon).days / period_days if period_days else 0.0
    return flows, accrued


def dirty_price(flows: list[CashFlow], yield_rate: float, frequency: int) -> float:
    """Present value per 100 face of ``flows`` at ``yield_rate`` compounded ``frequency`` times a year."""
    return sum(f.amount * float((1 + yield_rate / frequency) ** -(frequency * f.time)) for f in flows)


def bond_yield(clean: float, terms: inst.BondTerms, today: date) -> float:
    """The yield to maturity that prices the bond at ``clean`` (percent of par), by bisection.

    Bisection rather than Newton because it cannot diverge on odd inputs (a price far from par on a short
    bond), and 200 halvings of [-0.99, 10] reach machine precision. Once they have (the midpoint rounds to
    one of the bounds, after some 60 halvings) the loop stops: every later halving would leave the bounds
    at the same midpoint, so the result is the same to the bit, and historical VaR converts a whole year
    of daily closes to yields.
    """
    flows, accrued = bond_schedule(terms, today)
    if not flows:
        return 0.0
    frequency = periods_per_year(terms.coupon_frequency)
    target = clean + accrued
    low, high = -0.99, 10.0
    for _ in range(200):
        middle = (low + high) / 2
        if middle in (low, high):
            return middle
        if dirty_price(flows, middle, frequency) > target:
            low = middle
        else:
            high = middle
    return (low + high) / 2


def bond_clean_price(terms: inst.BondTerms, today: date, yield_rate: float) -> float:
    flows, accrued = bond_schedule(terms, today)
    return dirty_price(flows, yield_rate, periods_per_year(terms.coupon_frequency)) - accrued


def bond_price_change(clean: float, terms: inst.BondTerms, today: date, shift: float) -> float:
    """The change of the clean price (percent of par) when the bond's yield moves by ``shift``."""
    yield_rate = bond_yield(clean, terms, today)
    return bond_clean_price(terms, today, yield_rate + shift) - bond_clean_price(terms, today, yield_rate)


def bond_dv01(clean: float, terms: inst.BondTerms, today: date) -> float:
    """Price change per 100 face for a one basis point rise in yield: negative for a long bond."""
    return bond_price_change(clean, terms, today, BASIS_POINT)


def tenor_bucket(years: float) -> str:
    """The nearest standard bucket; a tie goes to the shorter one."""
    return min(TENOR_BUCKETS, key=lambda bucket: (abs(bucket[1] - years), bucket[1]))[0]


def tenor_years(tenor: str) -> float:
    """``"5Y"`` -> 5.0, ``"6M"`` -> 0.5, ``"2W"`` -> 14/365, ``"ON"`` -> 1/365."""
    if tenor == "ON":
        return 1 / DAYS_PER_YEAR
    count, unit = int(tenor[:-1]), tenor[-1]
    return {"D": count / DAYS_PER_YEAR, "W": 7 * count / DAYS_PER_YEAR, "M": count / 12, "Y": float(count)}[unit]


def swap_years(terms: inst.SwapTerms, today: date) -> float:
    """Years left to the swap's maturity: its maturity date if set, else its tenor (a rolling quote)."""
    if terms.HasField("maturity_date"):
        return max(years_between(today, to_date(terms.maturity_date)), 0.0)
    return tenor_years(terms.tenor)


def swap_annuity(terms: inst.SwapTerms, today: date, rate: float) -> float:
    """The fixed leg's annuity per unit notional: sum of accrual fraction times discount factor, on a flat
    curve at ``rate``; the value of a swap is notional * (market rate - fixed rate) * annuity."""
    years = swap_years(terms, today)
    fixed = next((leg for leg in terms.legs if leg.leg_type == inst.SWAP_LEG_TYPE_FIXED), None)
    frequency = periods_per_year(fixed.payment_frequency) if fixed is not None else 1
    periods = max(round(years * frequency), 1)
    accrual = years / periods
    return sum(accrual * float((1 + rate / frequency) ** -(k + 1)) for k in range(periods))


def swap_direction(terms: inst.SwapTerms) -> int:
    """+1 when a long position pays fixed (gains as rates rise), -1 when it receives fixed."""
    fixed = next((leg for leg in terms.legs if leg.leg_type == inst.SWAP_LEG_TYPE_FIXED), None)
    return -1 if fixed is not None and fixed.direction == inst.SWAP_LEG_DIRECTION_RECEIVE else 1


def swap_value(terms: inst.SwapTerms, today: date, notional: float, fixed_rate: float, market_rate: float) -> float:
    """Value to the long holder of ``notional`` of the swap struck at ``fixed_rate``."""
    annuity = swap_annuity(terms, today, market_rate)
    return swap_direction(terms) * notional * (market_rate - fixed_rate) * annuity
