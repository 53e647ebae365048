"""Portfolios: sets of venue accounts valued together in USD, with their snapshots, PnL and allocations.

Every account is a portfolio of its own (``pf_<account_id>``), and every owner has one portfolio
aggregating all their accounts (``pf_<owner>``), so a user can look at one account or at everything
they hold. Snapshots are taken when the portfolio is first synced and then at every whole hour of
virtual time (aligned to 00:00 UTC, so the daily 00:00 snapshot the contract promises is among them).

PnL over a period is realized PnL and fees of the fills in the period, plus the change of unrealized
PnL between its ends; the unrealized PnL at a past instant is taken from the latest snapshot at or
before it, so it is exact at snapshot instants and the nearest earlier valuation in between.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

import grpc

from cq.assets.v1 import instruments_pb2 as inst
from cq.assets.v1 import resources_pb2 as assets
from cq.events.v1 import events_pb2 as ev
from cq.portfolio.v1 import resources_pb2 as pf
from cq.risk.v1 import resources_pb2 as risk
from cq.types.v1 import time_range_pb2
from reference.clock import to_timestamp
from reference.domain import instruments
from reference.domain.accounts import DEFAULT_MAX_LEVERAGE, VALUATION_CURRENCY
from reference.domain.ids import Counter
from reference.domain.ledger import ZERO, FillRecord, amount
from reference.domain.publishing import PORTFOLIO_SOURCE, Publisher
from reference.domain.valuation import Pricer, Valuation, ValuedPosition, position_message, value_accounts
from reference.errors import DomainError, not_found

if TYPE_CHECKING:
    from collections.abc import Callable

    from reference.domain.trading import Trading

NANOS_PER_HOUR = 3600 * 1_000_000_000
SNAPSHOT_INTERVAL = NANOS_PER_HOUR
INITIAL_MARGIN_RATE = Decimal(1) / DEFAULT_MAX_LEVERAGE


@dataclass(frozen=True)
class PortfolioDef:
    portfolio_id: str
    owner: str
    display_name: str
    account_ids: tuple[str, ...]
    create_time: int


@dataclass(frozen=True)
class StoredSnapshot:
    snapshot: pf.PortfolioSnapshot  # positions always included; stripped on request
    unrealized: dict[str, Decimal]  # instrument -> unrealized PnL in the valuation currency
    time: int

    @property
    def total_unrealized(self) -> Decimal:
        return sum(self.unrealized.values(), ZERO)


@dataclass
class PnlParts:
    realized: Decimal = ZERO
    unrealized: Decimal = ZERO
    fees: Decimal = ZERO

    @property
    def total(self) -> Decimal:
        return self.realized + self.unrealized + self.fees

    def message(self, currency: str) -> pf.PnlFigures:
        return pf.PnlFigures(
            realized_pnl=amount(self.realized, currency),
            unrealized_pnl=amount(self.unrealized, currency),
            fees=amount(self.fees, currency),
            funding=amount(ZERO, currency),
            interest=amount(ZERO, currency),
            total_pnl=amount(self.total, currency),
        )


@dataclass
class AllocationBook:
    allocations: list[pf.Allocation] = field(default_factory=list)
    requests: dict[tuple[str, str], pf.Allocation] = field(default_factory=dict)  # (owner, request_id)


def asset_class_key(pricer: Pricer, instrument: inst.Instrument) -> str:
    """The lower-case asset class of the instrument's underlier ("crypto", "equity", "bond"...)."""
    try:
        asset_class = pricer.catalogue.asset(instruments.underlier(instrument)).asset_class
    except DomainError:
        asset_class = {
            inst.INSTRUMENT_TYPE_EQUITY: assets.ASSET_CLASS_EQUITY,
            inst.INSTRUMENT_TYPE_FUND: assets.ASSET_CLASS_FUND,
            inst.INSTRUMENT_TYPE_BOND: assets.ASSET_CLASS_BOND,
        }.get(instrument.type, assets.ASSET_CLASS_CRYPTO)
    return assets.AssetClass.Name(asset_class).removeprefix("ASSET_CLASS_").lower()


class Portfolios:
    def __init__(self, trading: Trading) -> None:
        self._trading = trading
        self._events = Publisher(trading.bus, PORTFOLIO_SOURCE)
        self._snapshot_ids = Counter("pfs")
        self._allocation_ids = Counter("alloc")
        now = trading.clock.now()
        by_owner: dict[str, list[str]] = {}
        self._defs: dict[str, PortfolioDef] = {}
        for account_id in trading.account_ids():
            account = trading.account(account_id)
            by_owner.setdefault(account.owner_id, []).append(account_id)
            self._defs[f"pf_{account_id}"] = PortfolioDef(
                f"pf_{account_id}", account.owner_id, account.display_name, (account_id,), now
            )
        for owner, account_ids in by_owner.items():
            self._defs[f"pf_{owner}"] = PortfolioDef(f"pf_{owner}", owner, f"{owner} (all accounts)",
                                                     tuple(account_ids), now)
        self._snapshots: dict[str, list[StoredSnapshot]] = {pid: [] for pid in self._defs}
        self.allocations = AllocationBook()
        self._risk: Callable[[str, int], risk.RiskSnapshot | None] | None = None

    def set_risk_provider(self, provider: Callable[[str, int], risk.RiskSnapshot | None]) -> None:
        """Who computes an account's risk snapshot to publish with each portfolio snapshot."""
        self._risk = provider

    # lookup

    def get(self, portfolio_id: str, owner: str) -> PortfolioDef:
        """The portfolio if ``owner`` owns it; another owner's portfolio is NOT_FOUND, like a missing one."""
        found = self._defs.get(portfolio_id)
        if found is None or found.owner != owner:
            raise not_found("portfolio", portfolio_id)
        return found

    def owner_of(self, portfolio_id: str) -> str | None:
        found = self._defs.get(portfolio_id)
        return found.owner if found else None

    def accounts(self, portfolio: PortfolioDef, account_id: str = "") -> tuple[str, ...]:
        """The portfolio's accounts, or the one named, NOT_FOUND if it is not one of them."""
        if not account_id:
            return portfolio.account_ids
        if account_id not in portfolio.account_ids:
            raise not_found("account", account_id)
        return (account_id,)

    # valuation

    def value(self, account_ids: tuple[str, ...], currency: str = VALUATION_CURRENCY) -> Valuation:
        trading = self._trading
        pairs = [(a, trading.account(a).venue_id) for a in account_ids]
        return value_accounts(trading.pricer(), trading.ledger, pairs, currency, trading.clock.now())

    def portfolio(self, portfolio: PortfolioDef) -> pf.Portfolio:
        valuation = self.value(portfolio.account_ids)
        message = self._frame(portfolio, valuation.time)
        message.cash_balances.extend(amount(v, a) for a, v in valuation.cash.items())
        message.positions.extend(self.positions(portfolio.account_ids))
        _fill_figures(message, valuation.nav, valuation.gross_exposure, valuation.net_exposure, valuation.leverage)
        return message

    def _frame(self, portfolio: PortfolioDef, time: int) -> pf.Portfolio:
        return pf.Portfolio(
            portfolio_id=portfolio.portfolio_id,
            display_name=portfolio.display_name,
            owner_id=portfolio.owner,
            account_ids=portfolio.account_ids,
            valuation_currency=VALUATION_CURRENCY,
            valuation_time=to_timestamp(time),
        )

    def positions(self, account_ids: tuple[str, ...], include_flat: bool = False) -> list[pf.Position]:
        trading = self._trading
        pricer = trading.pricer()
        now = trading.clock.now()
        result = []
        for account_id in sorted(account_ids):
            venue_id = trading.account(account_id).venue_id
            for state in trading.ledger.positions(account_id, include_flat):
                result.append(position_message(pricer, state, venue_id, now, INITIAL_MARGIN_RATE))
        return result

    def exposure(self, portfolio: PortfolioDef) -> pf.Exposure:
        valuation = self.value(portfolio.account_ids)
        if valuation.unpriced_instruments:
            raise DomainError(grpc.StatusCode.UNAVAILABLE, "MARK_PRICE_UNAVAILABLE",
                              f"no mark price for {', '.join(valuation.unpriced_instruments)}")
        pricer = self._trading.pricer()
        result = pf.Exposure(portfolio_id=portfolio.portfolio_id, valuation_time=to_timestamp(valuation.time),
                             total=_figures(valuation.positions))
        breakdowns: tuple[tuple[str, Callable[[ValuedPosition], str]], ...] = (
            ("by_asset_class", lambda p: asset_class_key(pricer, p.instrument)),
            ("by_underlier", lambda p: instruments.underlier(p.instrument)),
            ("by_venue", lambda p: p.venue_id),
            ("by_currency", lambda p: p.settle_asset),
        )
        for name, key in breakdowns:
            groups: dict[str, list[ValuedPosition]] = {}
            for position in valuation.positions:
                groups.setdefault(key(position), []).append(position)
            getattr(result, name).extend(
                pf.ExposureBucket(key=k, figures=_figures(v)) for k, v in sorted(groups.items())
            )
        return result

    def transactions(self, account_ids: tuple[str, ...]) -> list[pf.Transaction]:
        """The ledger entries of the accounts, newest first (ties: the later booked first)."""
        entries = [t for t in self._trading.ledger.transactions if t.account_id in account_ids]
        return entries[::-1]

    # snapshots

    def sync(self) -> None:
        """Take the snapshots that are due: a portfolio's first, then one per whole hour."""
        now = self._trading.clock.now()
        for portfolio_id in sorted(self._defs):
            stored = self._snapshots[portfolio_id]
            if not stored or now // SNAPSHOT_INTERVAL > stored[-1].time // SNAPSHOT_INTERVAL:
                self._take(self._defs[portfolio_id])

    def _take(self, portfolio: PortfolioDef) -> None:
        valuation = self.value(portfolio.account_ids)
        now = valuation.time
        stored = self._snapshots[portfolio.portfolio_id]
        currency = VALUATION_CURRENCY
        unrealized = _unrealized(valuation)
        previous = stored[-1] if stored else None
        inception = self._pnl_parts(portfolio, portfolio.create_time, now, ZERO, sum(unrealized.values(), ZERO))
        period_start = previous.time if previous else portfolio.create_time
        period = self._pnl_parts(portfolio, period_start, now,
                                 previous.total_unrealized if previous else ZERO, sum(unrealized.values(), ZERO))
        previous_nav = _decimal(previous.snapshot.nav.value.value) if previous else ZERO
        snapshot = pf.PortfolioSnapshot(
            snapshot_id=self._snapshot_ids.next(),
            portfolio_id=portfolio.portfolio_id,
            valuation_time=to_timestamp(now),
            nav=amount(valuation.nav, currency),
            cash=amount(valuation.cash_value, currency),
            cash_balances=[amount(v, a) for a, v in valuation.cash.items()],
            positions_value=amount(valuation.nav - valuation.cash_value, currency),
            gross_exposure=amount(valuation.gross_exposure, currency),
            net_exposure=amount(valuation.net_exposure, currency),
            inception_pnl=inception.message(currency),
            period_pnl=period.message(currency),
            net_deposits=amount(ZERO, currency),
            period_return=float(period.total / previous_nav) if previous and previous_nav > 0 else 0.0,
            positions=self.positions(portfolio.account_ids),
        )
        stored.append(StoredSnapshot(snapshot, unrealized, now))
        taken = ev.PortfolioSnapshotTaken(snapshot=snapshot)
        if self._risk is not None:
            for account_id in portfolio.account_ids:
                measured = self._risk(account_id, now)
                if measured is not None:
                    taken.risk_snapshots.append(measured)
        self._events(portfolio.portfolio_id, taken, portfolio.portfolio_id)

    def snapshots(self, portfolio: PortfolioDef) -> list[StoredSnapshot]:
        return list(self._snapshots[portfolio.portfolio_id])

    def snapshot_at(self, portfolio: PortfolioDef, time: int) -> StoredSnapshot | None:
        """The latest snapshot at or before ``time``."""
        found = None
        for stored in self._snapshots[portfolio.portfolio_id]:
            if stored.time > time:
                break
            found = stored
        return found

    def portfolio_at(self, portfolio: PortfolioDef, stored: StoredSnapshot) -> pf.Portfolio:
        snapshot = stored.snapshot
        message = self._frame(portfolio, stored.time)
        message.cash_balances.extend(snapshot.cash_balances)
        message.positions.extend(snapshot.positions)
        nav = _decimal(snapshot.nav.value.value)
        gross = _decimal(snapshot.gross_exposure.value.value)
        _fill_figures(message, nav, gross, _decimal(snapshot.net_exposure.value.value),
                      float(gross / nav) if nav > 0 else 0.0)
        return message

    # PnL

    def fills(self, portfolio: PortfolioDef, start: int, end: int, strategy_id: str = "") -> list[FillRecord]:
        """Fills of the portfolio's accounts in [start, end), optionally of one strategy only; a period
        ending now includes the fills booked now. A snapshot at T is taken before T's fills, so the
        periods between snapshots are [T0, T1) too."""
        last = end if end < self.now() else end + 1
        return [
            f for f in self._trading.ledger.fills
            if f.account_id in portfolio.account_ids and start <= f.time < last
            and (not strategy_id or f.strategy_id == strategy_id)
        ]

    def now(self) -> int:
        return self._trading.clock.now()

    def fx(self, asset_id: str) -> Decimal:
        return self._trading.pricer().fx(asset_id, VALUATION_CURRENCY) or ZERO

    def _pnl_parts(self, portfolio: PortfolioDef, start: int, end: int, unrealized_start: Decimal,
                   unrealized_end: Decimal, instrument_id: str = "") -> PnlParts:
        parts = PnlParts(unrealized=unrealized_end - unrealized_start)
        for fill in self.fills(portfolio, start, end):
            if instrument_id and fill.instrument_id != instrument_id:
                continue
            parts.realized += fill.realized * self.fx(fill.realized_asset)
            parts.fees -= fill.fee * self.fx(fill.fee_asset)
        return parts

    def unrealized_at(self, portfolio: PortfolioDef, time: int) -> dict[str, Decimal]:
        """Unrealized PnL by instrument at ``time``: live at or after now, else from the snapshot before."""
        if time >= self._trading.clock.now():
            return _unrealized(self.value(portfolio.account_ids))
        stored = self.snapshot_at(portfolio, time)
        return dict(stored.unrealized) if stored else {}

    def clamp(self, portfolio: PortfolioDef, period: time_range_pb2.TimeRange) -> tuple[int, int]:
        now = self._trading.clock.now()
        start = max(period.start_time.ToNanoseconds(), portfolio.create_time)
        end = period.end_time.ToNanoseconds() if period.HasField("end_time") else now
        return min(start, now), max(min(end, now), min(start, now))

    def pnl(self, portfolio: PortfolioDef, period: time_range_pb2.TimeRange) -> pf.Pnl:
        start, end = self.clamp(portfolio, period)
        before, after = self.unrealized_at(portfolio, start), self.unrealized_at(portfolio, end)
        currency = VALUATION_CURRENCY
        traded = {f.instrument_id for f in self.fills(portfolio, start, end)}
        total = self._pnl_parts(portfolio, start, end, sum(before.values(), ZERO), sum(after.values(), ZERO))
        result = pf.Pnl(
            portfolio_id=portfolio.portfolio_id,
            period=time_range_pb2.TimeRange(start_time=to_timestamp(start), end_time=to_timestamp(end)),
            total=total.message(currency),
            valuation_time=to_timestamp(end),
        )
        for instrument_id in sorted(traded | set(before) | set(after)):
            parts = self._pnl_parts(portfolio, start, end, before.get(instrument_id, ZERO),
                                    after.get(instrument_id, ZERO), instrument_id)
            result.by_instrument.append(pf.InstrumentPnl(instrument_id=instrument_id,
                                                         figures=parts.message(currency)))
        return result

    # allocations

    def create_allocation(self, portfolio: PortfolioDef, allocation: pf.Allocation, request_id: str) -> pf.Allocation:
        """Record research's target weights; a repeated request_id returns the first allocation."""
        key = (portfolio.owner, request_id)
        incoming = pf.Allocation()
        incoming.CopyFrom(allocation)
        incoming.ClearField("allocation_id")
        incoming.ClearField("create_time")
        first = self.allocations.requests.get(key)
        if first is not None:
            comparable = pf.Allocation()
            comparable.CopyFrom(first)
            comparable.ClearField("allocation_id")
            comparable.ClearField("create_time")
            if comparable.SerializeToString(deterministic=True) != incoming.SerializeToString(deterministic=True):
                raise DomainError(grpc.StatusCode.INVALID_ARGUMENT, "REQUEST_ID_REUSED",
                                  f"request_id {request_id} was used for a different allocation")
            return first
        for target in incoming.targets:
            if target.HasField("instrument_id"):
                self._trading.catalogue.instrument(target.instrument_id)
            else:
                self._trading.catalogue.asset(target.asset_id)
        incoming.allocation_id = self._allocation_ids.next()
        incoming.create_time.CopyFrom(self._trading.clock.timestamp())
        self.allocations.allocations.append(incoming)
        self.allocations.requests[key] = incoming
        self._events(portfolio.portfolio_id, ev.AllocationCreated(allocation=incoming), incoming.allocation_id)
        return incoming

    def list_allocations(self, portfolio: PortfolioDef) -> list[pf.Allocation]:
        """Newest as_of_time first; equal ones newest recorded first."""
        found = [a for a in self.allocations.allocations if a.portfolio_id == portfolio.portfolio_id]
        return sorted(found, key=lambda a: (a.as_of_time.ToNanoseconds(), a.allocation_id), reverse=True)


def _decimal(text: str) -> Decimal:
    return Decimal(text) if text else ZERO


def _unrealized(valuation: Valuation) -> dict[str, Decimal]:
    result: dict[str, Decimal] = {}
    for position in valuation.positions:
        key = position.instrument.instrument_id
        result[key] = result.get(key, ZERO) + position.unrealized * position.fx
    return result


def _figures(positions: tuple[ValuedPosition, ...] | list[ValuedPosition]) -> pf.ExposureFigures:
    long = sum((p.exposure for p in positions if p.exposure > 0), ZERO)
    short = -sum((p.exposure for p in positions if p.exposure < 0), ZERO)
    return pf.ExposureFigures(
        long_exposure=amount(long, VALUATION_CURRENCY),
        short_exposure=amount(short, VALUATION_CURRENCY),
        gross_exposure=amount(long + short, VALUATION_CURRENCY),
        net_exposure=amount(long - short, VALUATION_CURRENCY),
    )


def _fill_figures(message: pf.Portfolio, nav: Decimal, gross: Decimal, net: Decimal, leverage: float) -> None:
    message.nav.CopyFrom(amount(nav, VALUATION_CURRENCY))
    message.gross_exposure.CopyFrom(amount(gross, VALUATION_CURRENCY))
    message.net_exposure.CopyFrom(amount(net, VALUATION_CURRENCY))
    message.leverage = leverage

