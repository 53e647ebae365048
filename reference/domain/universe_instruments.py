"""The seeded universe, part two: the risk factors the simulation moves and the instruments priced off them.

A *factor* is one stochastic driver: an asset's USD price (GBM) or a rate (Ornstein-Uhlenbeck). Every
instrument's fair value is a function of factors at the same instant (a spot pair is base/quote, a
future carries its index, an option is Black-Scholes on its underlier, a bond discounts at a yield
factor), so spot, perpetual, future and options on BTC move together as they do in a real market.
Factors of one group share a common shock, which gives the universe realistic correlations for VaR.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from cq.assets.v1 import instruments_pb2 as i

# ---------------------------------------------------------------------------------------------- types


class Model(Enum):
    GBM = "gbm"  # geometric Brownian motion: prices (crypto, equities, indices, FX)
    OU = "ou"  # Ornstein-Uhlenbeck, mean-reverting: rates, yields, stablecoin pegs, perpetual premia


@dataclass(frozen=True)
class FactorSpec:
    factor_id: str
    model: Model
    initial: float
    volatility: float  # per year: relative for GBM, absolute (rate units) for OU
    drift: float = 0.0  # GBM: drift per year; OU: the long-run mean
    mean_reversion: float = 0.0  # OU: speed per year (half-life ln2 / speed)
    cadence_hz: float = 5.0
    group: str = ""  # factors of a group share one common shock per tick (same cadence)
    correlation: float = 0.0  # weight of the group shock: pairwise correlation is its square


@dataclass(frozen=True)
class DepthProfile:
    """How liquidity rests: ``levels`` per side spread quadratically out to ``reach_bps`` from the
    touch, ``top_notional`` (quote currency) at the best level, ``growth`` more per level further out."""

    top_notional: float
    reach_bps: float = 300.0
    levels: int = 40
    growth: float = 0.12


@dataclass(frozen=True)
class SimSpec:
    """What the simulation needs of one instrument beyond its contract terms."""

    cadence_hz: float
    spread_bps: float  # typical bid-ask spread; absolute basis points for rate-quoted swaps
    depth: DepthProfile
    trade_rate_hz: float  # expected public trades per second on the sim venue
    factor_id: str = ""  # SPOT: price factor if not the base asset's; PERP: premium; BOND: yield; SWAP: rate
    factor_scale: float = 1.0  # SPOT with factor_id: fair = factor * scale (SPY ~ SPX / 10)
    carry: float = 0.0  # FUTURE: annual cost of carry over the index
    implied_vol: float = 0.0  # OPTION
    yield_spread: float = 0.0  # BOND: spread over the yield factor
    open_interest: float = 0.0  # PERPETUAL, FUTURE: typical open interest in instrument units
    dealers: int = 0  # > 0: dealer-quoted OTC instrument (no order book), quoted by that many dealers


@dataclass(frozen=True)
class EquityTermsSpec:
    mic: str
    settlement_days: int = 1


@dataclass(frozen=True)
class FutureTermsSpec:
    expire: str  # RFC 3339
    delivery_year: int
    delivery_month: int
    settlement: i.SettlementMethod.ValueType = i.SETTLEMENT_METHOD_CASH


@dataclass(frozen=True)
class PerpetualTermsSpec:
    funding_interval_s: int = 28_800
    funding_rate_cap: str = "0.0075"
    funding_rate_floor: str = "-0.0075"


@dataclass(frozen=True)
class OptionTermsSpec:
    right: i.OptionRight.ValueType
    strike: str
    expire: str
    style: i.ExerciseStyle.ValueType = i.EXERCISE_STYLE_EUROPEAN
    settlement: i.SettlementMethod.ValueType = i.SETTLEMENT_METHOD_CASH


@dataclass(frozen=True)
class BondTermsSpec:
    face_value: str
    coupon_rate: str
    frequency: i.PaymentFrequency.ValueType
    day_count: i.DayCountConvention.ValueType
    maturity: tuple[int, int, int]
    issue: tuple[int, int, int] | None
    issuer: str
    curve: str
    settlement_days: int = 1


@dataclass(frozen=True)
class SwapLegSpec:
    leg_type: i.SwapLegType.ValueType
    direction: i.SwapLegDirection.ValueType
    currency: str
    frequency: i.PaymentFrequency.ValueType
    day_count: i.DayCountConvention.ValueType
    index: str = ""


@dataclass(frozen=True)
class SwapTermsSpec:
    tenor: str
    legs: tuple[SwapLegSpec, ...]


Terms = EquityTermsSpec | FutureTermsSpec | PerpetualTermsSpec | OptionTermsSpec | BondTermsSpec | SwapTermsSpec


@dataclass(frozen=True)
class ListingSpec:
    venue_id: str
    symbol: str


@dataclass(frozen=True)
class InstrumentSpec:
    """A seeded instrument: contract fields, extra venue listings (every seeded instrument is also
    listed on ``sim`` under its own symbol) and its simulation parameters."""

    instrument_id: str
    type: i.InstrumentType.ValueType
    display_name: str
    base: str
    quote: str
    tick: str
    lot: str
    sim: SimSpec
    multiplier: str = "1"
    listings: tuple[ListingSpec, ...] = ()
    terms: Terms | None = None
    settle: str = ""
    underlier_asset: str = ""
    underlier_instrument: str = ""
    inverse: bool = False
    convention: i.PriceQuoteConvention.ValueType = i.PRICE_QUOTE_CONVENTION_PER_UNIT
    min_notional: str = ""
    max_quantity: str = ""
    status: i.InstrumentStatus.ValueType = i.INSTRUMENT_STATUS_ACTIVE

    @property
    def symbol(self) -> str:
        return self.instrument_id.rsplit(":", 1)[1]

    @property
    def sim_symbol(self) -> str:
        """The sim venue's symbol. A perpetual's id ends like its spot's (cq:perp:BTC-USD, cq:spot:BTC-USD),
        and one venue symbol must name one instrument, so the perpetual's carries a -PERP suffix."""
        return f"{self.symbol}-PERP" if self.type == _PERP else self.symbol


# -------------------------------------------------------------------------------------------- factors


def _crypto(factor_id: str, price: float, vol: float, hz: float = 10.0) -> FactorSpec:
    return FactorSpec(factor_id, Model.GBM, price, vol, cadence_hz=hz, group="crypto", correlation=0.8)


def _stock(factor_id: str, price: float, vol: float, correlation: float = 0.75) -> FactorSpec:
    return FactorSpec(factor_id, Model.GBM, price, vol, drift=0.07, cadence_hz=5, group="equity",
                      correlation=correlation)


def _rate(factor_id: str, level: float, mean: float, vol: float, group: str = "usd-rates") -> FactorSpec:
    return FactorSpec(factor_id, Model.OU, level, vol, drift=mean, mean_reversion=0.3, cadence_hz=1,
                      group=group, correlation=0.95)


def _premium(factor_id: str, hz: float) -> FactorSpec:
    # A perpetual's premium over its index: mean-reverting within hours around one basis point.
    return FactorSpec(factor_id, Model.OU, 0.0001, 0.03, drift=0.0001, mean_reversion=700, cadence_hz=hz)


FACTORS: tuple[FactorSpec, ...] = (
    _crypto("BTC", 94_000, 0.55), _crypto("ETH", 3_300, 0.70), _crypto("SOL", 140, 0.85),
    _crypto("XRP", 2.1, 0.90), _crypto("ADA", 0.62, 0.90), _crypto("DOGE", 0.21, 1.00),
    _crypto("AVAX", 22, 0.95), _crypto("LINK", 14, 0.90), _crypto("DOT", 4.2, 0.90),
    _crypto("LTC", 105, 0.80), _crypto("UNI", 9.5, 0.95), _crypto("AAVE", 270, 0.95),
    _crypto("BNB", 700, 0.60),
    # Stablecoins hold their peg: tight mean reversion around one dollar.
    FactorSpec("USDT", Model.OU, 1.0002, 0.004, drift=1.0, mean_reversion=200, cadence_hz=1),
    FactorSpec("USDC", Model.OU, 0.9999, 0.003, drift=1.0, mean_reversion=200, cadence_hz=1),
    FactorSpec("EUR", Model.GBM, 1.0400, 0.08, cadence_hz=5, group="fx", correlation=0.6),
    FactorSpec("GBP", Model.GBM, 1.2500, 0.09, cadence_hz=5, group="fx", correlation=0.6),
    _stock("AAPL", 245, 0.27), _stock("MSFT", 430, 0.25), _stock("NVDA", 140, 0.50),
    _stock("AMZN", 225, 0.32), _stock("GOOGL", 195, 0.30), _stock("META", 610, 0.38),
    _stock("TSLA", 420, 0.60, 0.5), _stock("JPM", 245, 0.22, 0.6), _stock("XOM", 108, 0.24, 0.4),
    _stock("V", 320, 0.20, 0.6), _stock("JNJ", 148, 0.16, 0.4),
    _stock("SPX", 5_900, 0.16, 0.97), _stock("NDX", 21_000, 0.20, 0.93),
    FactorSpec("TLT", Model.GBM, 88, 0.15, cadence_hz=5),
    FactorSpec("GLD", Model.GBM, 245, 0.14, drift=0.04, cadence_hz=5),
    _rate("UST10Y", 0.0435, 0.0420, 0.008),
    _rate("SOFR5Y", 0.0385, 0.0370, 0.009),
    _rate("SOFR10Y", 0.0395, 0.0380, 0.008),
    _rate("BUND6Y", 0.0240, 0.0250, 0.007, group="eur-rates"),
    _premium("PREMIUM-BTC-USD", 10), _premium("PREMIUM-ETH-USD", 10), _premium("PREMIUM-SOL-USD", 5),
    _premium("PREMIUM-BTC-USDT", 10), _premium("PREMIUM-ETH-USDT", 10), _premium("PREMIUM-BTC-USD-INV", 10),
)

# ---------------------------------------------------------------------------------------- instruments

_SPOT, _PERP, _FUT, _OPT = i.INSTRUMENT_TYPE_SPOT, i.INSTRUMENT_TYPE_PERPETUAL, i.INSTRUMENT_TYPE_FUTURE, i.INSTRUMENT_TYPE_OPTION
_EQ, _FUND, _BOND, _SWAP = i.INSTRUMENT_TYPE_EQUITY, i.INSTRUMENT_TYPE_FUND, i.INSTRUMENT_TYPE_BOND, i.INSTRUMENT_TYPE_SWAP
_CALL, _PUT = i.OPTION_RIGHT_CALL, i.OPTION_RIGHT_PUT


def _listings(*pairs: str) -> tuple[ListingSpec, ...]:
    """("kraken:XBTUSD", ...) -> listings; symbols keep the venue's case."""
    return tuple(ListingSpec(*pair.split(":", 1)) for pair in pairs)


def _spot(base: str, quote: str, tick: str, lot: str, hz: float, spread: float, top: float, trades: float,
          *venues: str, reach: float = 300.0, min_notional: str = "5") -> InstrumentSpec:
    return InstrumentSpec(
        f"cq:spot:{base}-{quote}", _SPOT, f"{base} / {quote}", base, quote, tick, lot,
        SimSpec(hz, spread, DepthProfile(top, reach), trades), listings=_listings(*venues),
        min_notional=min_notional,
    )


def _perp(base: str, quote: str, tick: str, lot: str, hz: float, open_interest: float, *venues: str,
          suffix: str = "", multiplier: str = "1", inverse: bool = False) -> InstrumentSpec:
    symbol = f"{base}-{quote}{suffix}"
    return InstrumentSpec(
        f"cq:perp:{symbol}", _PERP, f"{base} / {quote} perpetual{' (inverse)' if inverse else ''}", base, quote,
        tick, lot, SimSpec(hz, 1.0, DepthProfile(400_000, 200), 3.0, factor_id=f"PREMIUM-{symbol}",
                           open_interest=open_interest),
        multiplier=multiplier, listings=_listings(*venues), terms=PerpetualTermsSpec(),
        settle=base if inverse else quote, underlier_instrument=f"cq:spot:{base}-{quote}", inverse=inverse,
    )


def _future(symbol: str, underlier: str, quote: str, expire: str, tick: str, lot: str, multiplier: str,
            carry: float, open_interest: float, top: float, display: str) -> InstrumentSpec:
    year, month = int(expire[:4]), int(expire[5:7])
    return InstrumentSpec(
        f"cq:future:{symbol}", _FUT, display, underlier, quote, tick, lot,
        SimSpec(5, 0.6, DepthProfile(top, 100), 0.5, carry=carry, open_interest=open_interest),
        multiplier=multiplier, terms=FutureTermsSpec(expire, year, month),
    )


def _option(underlier: str, expiry: str, strike: str, right: i.OptionRight.ValueType, tick: str, lot: str, vol: float,
            multiplier: str = "1", underlier_instrument: str = "", expire_hour: str = "08:00:00",
            style: i.ExerciseStyle.ValueType = i.EXERCISE_STYLE_EUROPEAN,
            settlement: i.SettlementMethod.ValueType = i.SETTLEMENT_METHOD_CASH) -> InstrumentSpec:
    """An option on an asset (``underlier`` "ETH") or on a future (``underlier_instrument`` set)."""
    letter, word = ("C", "call") if right == _CALL else ("P", "put")
    expire = f"{expiry[:4]}-{expiry[4:6]}-{expiry[6:8]}T{expire_hour}Z"
    asset = underlier_instrument_asset(underlier) if underlier_instrument else underlier
    return InstrumentSpec(
        f"cq:option:{underlier}-{expiry}-{strike}-{letter}", _OPT, f"{underlier} {expiry} {strike} {word}",
        asset, "USD", tick, lot, SimSpec(1, 250, DepthProfile(20_000, 2_000, levels=15), 0.05, implied_vol=vol),
        multiplier=multiplier, terms=OptionTermsSpec(right, strike, expire, style, settlement),
        underlier_instrument=underlier_instrument,
    )


def underlier_instrument_asset(future_symbol: str) -> str:
    """The index a listed future's symbol stands for (ES -> SPX, NQ -> NDX)."""
    return {"ES": "SPX", "NQ": "NDX"}[future_symbol.split("-", 1)[0]]


def _equity(asset: str, mic: str, hz: float, top: float, type_: i.InstrumentType.ValueType = _EQ, factor: str = "",
            scale: float = 1.0) -> InstrumentSpec:
    kind = "equity" if type_ == _EQ else "fund"
    return InstrumentSpec(
        f"cq:{kind}:{asset}", type_, asset, asset, "USD", "0.01", "1",
        SimSpec(hz, 1.5 if hz >= 5 else 3.0, DepthProfile(top, 150), 1.0 if hz >= 5 else 0.4,
                factor_id=factor, factor_scale=scale),
        terms=EquityTermsSpec(mic),
    )


_DEALERS = 4
_SOFR_FIXED = SwapLegSpec(i.SWAP_LEG_TYPE_FIXED, i.SWAP_LEG_DIRECTION_PAY, "USD", i.PAYMENT_FREQUENCY_ANNUAL,
                          i.DAY_COUNT_CONVENTION_ACT_360)
_SOFR_FLOAT = SwapLegSpec(i.SWAP_LEG_TYPE_FLOATING, i.SWAP_LEG_DIRECTION_RECEIVE, "USD",
                          i.PAYMENT_FREQUENCY_ANNUAL, i.DAY_COUNT_CONVENTION_ACT_360, index="USD-SOFR")


def _swap(tenor: str, factor: str) -> InstrumentSpec:
    return InstrumentSpec(
        f"cq:swap:USD-SOFR-{tenor}", _SWAP, f"USD SOFR OIS {tenor} (pay fixed)", "USD", "USD", "0.00005",
        "100000", SimSpec(0.5, 0.6, DepthProfile(25_000_000, 5, levels=5), 0.01, factor_id=factor,
                          dealers=3),
        terms=SwapTermsSpec(tenor, (_SOFR_FIXED, _SOFR_FLOAT)), convention=i.PRICE_QUOTE_CONVENTION_RATE,
    )


INSTRUMENTS: tuple[InstrumentSpec, ...] = (
    # Crypto spot: the liquid pairs tick at 10 Hz on sim and trade on the public venues too.
    _spot("BTC", "USD", "0.1", "0.0001", 10, 1.0, 250_000, 3.0, "kraken:XBTUSD", "coinbase:BTC-USD"),
    _spot("ETH", "USD", "0.01", "0.001", 10, 1.5, 150_000, 2.0, "kraken:ETHUSD", "coinbase:ETH-USD"),
    _spot("SOL", "USD", "0.01", "0.01", 5, 3.0, 50_000, 1.0, "kraken:SOLUSD", "coinbase:SOL-USD"),
    _spot("BTC", "USDT", "0.01", "0.00001", 10, 0.8, 400_000, 3.0, "binance:BTCUSDT", "kraken:XBTUSDT"),
    _spot("ETH", "USDT", "0.01", "0.0001", 10, 1.0, 200_000, 2.0, "binance:ETHUSDT"),
    _spot("SOL", "USDT", "0.01", "0.001", 5, 2.0, 60_000, 1.0, "binance:SOLUSDT"),
    _spot("ETH", "BTC", "0.00001", "0.0001", 5, 3.0, 40_000, 0.5, "binance:ETHBTC", "kraken:ETHXBT"),
    _spot("BNB", "USDT", "0.01", "0.001", 5, 2.0, 40_000, 0.5, "binance:BNBUSDT"),
    _spot("XRP", "USD", "0.0001", "1", 5, 4.0, 30_000, 0.5, "kraken:XRPUSD"),
    _spot("DOGE", "USD", "0.00001", "1", 5, 5.0, 20_000, 0.5, "kraken:XDGUSD"),
    _spot("ADA", "USD", "0.0001", "1", 2, 6.0, 10_000, 0.3),
    _spot("AVAX", "USD", "0.01", "0.01", 2, 6.0, 10_000, 0.3),
    _spot("LINK", "USD", "0.001", "0.01", 2, 6.0, 10_000, 0.3),
    _spot("DOT", "USD", "0.001", "0.1", 2, 8.0, 8_000, 0.2),
    _spot("LTC", "USD", "0.01", "0.001", 2, 6.0, 10_000, 0.3),
    _spot("UNI", "USD", "0.001", "0.01", 2, 8.0, 8_000, 0.2),
    _spot("AAVE", "USD", "0.01", "0.001", 2, 8.0, 8_000, 0.2),
    _spot("USDC", "USD", "0.0001", "1", 1, 1.0, 500_000, 0.5, reach=30),
    _spot("USDT", "USD", "0.0001", "1", 1, 1.0, 500_000, 0.5, reach=30),
    # FX spot, quantity in units of the base currency.
    _spot("EUR", "USD", "0.00001", "1000", 5, 0.8, 2_000_000, 1.0, reach=40, min_notional="1000"),
    _spot("GBP", "USD", "0.00001", "1000", 5, 1.0, 1_500_000, 0.8, reach=40, min_notional="1000"),
    # Perpetuals, funding every 8 hours, held near the index by a mean-reverting premium.
    _perp("BTC", "USD", "0.5", "0.0001", 10, 25_000, "kraken:PF_XBTUSD"),
    _perp("ETH", "USD", "0.05", "0.001", 10, 300_000, "kraken:PF_ETHUSD"),
    _perp("SOL", "USD", "0.01", "0.01", 5, 2_000_000),
    _perp("BTC", "USDT", "0.1", "0.001", 10, 30_000),
    _perp("ETH", "USDT", "0.01", "0.01", 10, 250_000),
    _perp("BTC", "USD", "0.5", "1", 10, 5_000_000, "binance:BTCUSD_PERP", suffix="-INV", multiplier="100",
          inverse=True),
    # Dated futures: crypto quarterlies and equity index futures (E-mini S&P 500, E-mini Nasdaq-100).
    _future("BTC-20260327", "BTC", "USD", "2026-03-27T08:00:00Z", "0.5", "0.001", "1", 0.08, 6_000, 300_000,
            "Bitcoin March 2026 future"),
    _future("BTC-20260626", "BTC", "USD", "2026-06-26T08:00:00Z", "0.5", "0.001", "1", 0.08, 4_000, 200_000,
            "Bitcoin June 2026 future"),
    _future("ETH-20260327", "ETH", "USD", "2026-03-27T08:00:00Z", "0.05", "0.01", "1", 0.08, 50_000, 150_000,
            "Ether March 2026 future"),
    _future("ES-202603", "SPX", "USD", "2026-03-20T13:30:00Z", "0.25", "1", "50", 0.03, 2_000_000, 3_000_000,
            "E-mini S&P 500 March 2026"),
    _future("ES-202606", "SPX", "USD", "2026-06-18T13:30:00Z", "0.25", "1", "50", 0.03, 300_000, 1_500_000,
            "E-mini S&P 500 June 2026"),
    _future("NQ-202603", "NDX", "USD", "2026-03-20T13:30:00Z", "0.25", "1", "20", 0.035, 250_000, 1_500_000,
            "E-mini Nasdaq-100 March 2026"),
    # Options: crypto (USD-quoted, cash-settled European), on a future, and on a US equity.
    _option("ETH", "20260130", "3000", _PUT, "0.1", "1", 0.68),
    _option("ETH", "20260130", "3500", _CALL, "0.1", "1", 0.66),
    _option("ETH", "20260327", "3200", _CALL, "0.1", "1", 0.70),
    _option("ETH", "20260327", "3200", _PUT, "0.1", "1", 0.70),
    _option("ETH", "20261225", "5000", _CALL, "0.1", "1", 0.75),
    _option("BTC", "20260327", "100000", _CALL, "1", "0.1", 0.55),
    _option("BTC", "20260327", "80000", _PUT, "1", "0.1", 0.60),
    _option("ES-202603", "20260320", "6000", _CALL, "0.25", "1", 0.16, multiplier="50", expire_hour="13:30:00",
            underlier_instrument="cq:future:ES-202603", style=i.EXERCISE_STYLE_AMERICAN,
            settlement=i.SETTLEMENT_METHOD_PHYSICAL),
    _option("AAPL", "20260320", "250", _CALL, "0.01", "1", 0.28, multiplier="100", expire_hour="21:00:00",
            style=i.EXERCISE_STYLE_AMERICAN, settlement=i.SETTLEMENT_METHOD_PHYSICAL),
    _option("AAPL", "20260320", "230", _PUT, "0.01", "1", 0.30, multiplier="100", expire_hour="21:00:00",
            style=i.EXERCISE_STYLE_AMERICAN, settlement=i.SETTLEMENT_METHOD_PHYSICAL),
    # Equities and funds: the large caps tick at 5 Hz, the rest at 2 Hz.
    _equity("AAPL", "XNAS", 5, 400_000), _equity("MSFT", "XNAS", 5, 400_000), _equity("NVDA", "XNAS", 5, 500_000),
    _equity("AMZN", "XNAS", 5, 300_000), _equity("GOOGL", "XNAS", 5, 300_000), _equity("META", "XNAS", 5, 250_000),
    _equity("TSLA", "XNAS", 5, 300_000), _equity("JPM", "XNYS", 2, 150_000), _equity("XOM", "XNYS", 2, 150_000),
    _equity("V", "XNYS", 2, 120_000), _equity("JNJ", "XNYS", 2, 120_000),
    _equity("SPY", "ARCX", 5, 1_000_000, _FUND, factor="SPX", scale=0.1),
    _equity("QQQ", "XNAS", 5, 600_000, _FUND, factor="NDX", scale=0.024524),
    _equity("TLT", "XNAS", 2, 200_000, _FUND), _equity("GLD", "ARCX", 2, 200_000, _FUND),
    # Government bonds, dealer-quoted in percent of par; quantity counts bonds of 1000 face.
    InstrumentSpec(
        "cq:bond:US91282CJL54", _BOND, "US Treasury 4.25% 15-Nov-2034", "US91282CJL54", "USD", "0.0078125", "1",
        SimSpec(0.5, 3.0, DepthProfile(5_000_000, 20, levels=5), 0.02, factor_id="UST10Y", dealers=_DEALERS),
        multiplier="10", convention=i.PRICE_QUOTE_CONVENTION_PERCENT_OF_PAR,
        terms=BondTermsSpec("1000", "0.0425", i.PAYMENT_FREQUENCY_SEMI_ANNUAL, i.DAY_COUNT_CONVENTION_ACT_ACT_ICMA,
                            (2034, 11, 15), (2024, 11, 15), "United States Treasury", "USD-TREASURY"),
    ),
    InstrumentSpec(
        "cq:bond:DE0001102580", _BOND, "Bund 0% 15-Feb-2032", "DE0001102580", "EUR", "0.001", "1",
        SimSpec(0.5, 3.0, DepthProfile(3_000_000, 20, levels=5), 0.02, factor_id="BUND6Y", dealers=3),
        multiplier="10", convention=i.PRICE_QUOTE_CONVENTION_PERCENT_OF_PAR,
        terms=BondTermsSpec("1000", "0", i.PAYMENT_FREQUENCY_ANNUAL, i.DAY_COUNT_CONVENTION_ACT_ACT_ICMA,
                            (2032, 2, 15), None, "Federal Republic of Germany", "EUR-BUND", settlement_days=2),
    ),
    # Interest rate swaps, dealer-quoted as the fixed rate.
    _swap("5Y", "SOFR5Y"),
    _swap("10Y", "SOFR10Y"),
)

DEALER_IDS = ("dealer_a", "dealer_b", "dealer_c", "dealer_d")
