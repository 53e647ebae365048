"""The venue's order engine: matching an order against the book, checking it can be paid for, booking its
fills on both sides, and reporting every step as a FIX execution report with its events.

Everything is decided before anything is applied: ``_plan`` works out the fills, ``_funds_refusal``
whether the account can carry them, and only then ``_apply`` books them, so a refused order leaves no
fill, balance or position behind.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal

import grpc

from cq.assets.v1 import instruments_pb2 as inst
from cq.decimals import from_decimal
from cq.events.v1 import events_pb2 as ev
from cq.risk.v1 import resources_pb2 as risk
from cq.types.v1 import identifiers_pb2, side_pb2
from cq.venues.v1 import resources_pb2 as venues
from cq.venues.v1 import service_pb2 as venue_api
from reference.bus import EventBus
from reference.clock import Clock
from reference.domain import funds, instruments
from reference.domain.accounts import (
    DEFAULT_MAX_LEVERAGE,
    AccountSeed,
    VenueSpec,
    sim_venue,
    venue_account,
)
from reference.domain.idempotency import IdempotencyStore
from reference.domain.ids import Counter
from reference.domain.ledger import ZERO, BalanceMove, BookedFill, Ledger, amount
from reference.domain.matching import (
    BUY,
    Fill,
    RestingOrder,
    UserBook,
    VenueLiquidity,
    plan_resting,
    plan_taker,
    venue_levels_taken,
    would_take,
)
from reference.domain.orders import OrderRecord, report
from reference.domain.publishing import PORTFOLIO_SOURCE, VENUE_SOURCE, Publisher
from reference.domain.valuation import Pricer, position_message, value_accounts
from reference.domain.views import BookOverlay, BookView, CatalogueView, MarketView
from reference.errors import DomainError, not_found

PreTradeCheck = Callable[[venues.Order], risk.PreTradeCheckResult]
Refusal = tuple["venues.OrderRejectReason.ValueType", str]
ACCEPTING = (venues.VENUE_STATUS_OPERATIONAL, venues.VENUE_STATUS_DEGRADED)
RESTING_TIME_IN_FORCE = (venues.TIME_IN_FORCE_GTC, venues.TIME_IN_FORCE_GTD, venues.TIME_IN_FORCE_DAY)
WORKING = (venues.ORDER_STATUS_NEW, venues.ORDER_STATUS_PARTIALLY_FILLED)
DEFAULT_ASSET_DECIMALS = 8


@dataclass(frozen=True)
class Plan:
    """How an order will execute now: its fills (each with its fee) and what becomes of the rest."""

    fills: tuple[tuple[Fill, Decimal], ...]
    rest: bool  # the remainder rests in the book; otherwise it expires (IOC, FOK, market)
    refusal: Refusal | None = None

    @property
    def filled(self) -> Decimal:
        return sum((fill.quantity for fill, _ in self.fills), ZERO)


def refused(code: grpc.StatusCode, reason: str, message: str, **metadata: str) -> DomainError:
    return DomainError(code, reason, message, metadata)


class OrderEngine:
    """The state every order operation shares, and the steps they are made of."""

    def __init__(self, catalogue: CatalogueView, market: MarketView, clock: Clock, bus: EventBus,
                 accounts: Sequence[AccountSeed]) -> None:
        self.catalogue = catalogue
        self.market = market
        self.clock = clock
        self.bus = bus
        self.ledger = Ledger()
        self.venue: VenueSpec = sim_venue(clock.now())
        self._venue_events = Publisher(bus, VENUE_SOURCE)
        self._portfolio_events = Publisher(bus, PORTFOLIO_SOURCE)
        self._seeds = {seed.account_id: seed for seed in accounts}
        self._accounts = {seed.account_id: venue_account(seed, clock.now()) for seed in accounts}
        self._orders: dict[str, OrderRecord] = {}
        # The orders not yet terminal, oldest first: what funds checks, the risk projection and each clock
        # step read, so their cost follows the working orders, not every order placed since the start.
        self._working: dict[str, OrderRecord] = {}
        self._client_ids: dict[tuple[str, str], str] = {}  # (account, any client id ever used) -> order
        self._replaces: dict[tuple[str, str], tuple[str, str, bytes]] = {}  # new id -> (order, orig, terms)
        self._requests = IdempotencyStore()  # request_id retries (AIP-155), per RPC and account
        self._books: dict[str, UserBook] = {}
        self._liquidity = VenueLiquidity()
        self._reports: dict[str, list[venue_api.StreamExecutionReportsResponse]] = {a: [] for a in self._accounts}
        self._order_ids = Counter("ord")
        self._exec_ids = Counter("exe")
        self._reject_ids = Counter("cxr")
        self._trade_ids = Counter("T", 8)
        self._priorities = Counter("p")
        self._fill_listeners: list[Callable[[str], None]] = []
        self._filled: set[str] = set()  # accounts with fills since listeners were last told

    # accounts and balances

    def account(self, account_id: str) -> venues.VenueAccount:
        account = self._accounts.get(account_id)
        if account is None:
            raise not_found("account", account_id)
        return account

    def seed(self, account_id: str) -> AccountSeed:
        self.account(account_id)
        return self._seeds[account_id]

    def pricer(self) -> Pricer:
        # A new pricer per use: the catalogue can grow between calls, and its spot index is per pricer.
        return Pricer(self.catalogue, self.market)

    def _add(self, record: OrderRecord) -> None:
        self._orders[record.order_id] = record
        self._working[record.order_id] = record

    def _working_records(self) -> list[OrderRecord]:
        """The orders not yet terminal, oldest first (a terminal status is final: they leave for good)."""
        for order_id in [i for i, r in self._working.items() if r.terminal]:
            del self._working[order_id]
        return list(self._working.values())

    def _record(self, order_id: str) -> OrderRecord:
        record = self._orders.get(order_id)
        if record is None:
            raise not_found("order", order_id)
        return record

    def last_sequence(self, account_id: str) -> int:
        return len(self._reports.get(account_id, ()))

    def _balance(self, account_id: str, asset_id: str, net: Decimal, locked: Decimal) -> venues.Balance:
        # A negative net balance is a margin loan: nothing held, the deficit borrowed.
        total = max(net, ZERO)
        locked = min(locked, total)
        return venues.Balance(
            account_id=account_id,
            asset_id=asset_id,
            venue_symbol=identifiers_pb2.VenueSymbol(venue_id=self.venue.venue.venue_id, symbol=asset_id),
            total=from_decimal(total),
            free=from_decimal(total - locked),
            locked=from_decimal(locked),
            borrowed=from_decimal(max(-net, ZERO)),
            interest=from_decimal(ZERO),
            update_time=self.clock.timestamp(),
        )

    def _locked(self, account_id: str, excluding: str = "") -> dict[str, Decimal]:
        """What the working orders of a cash account hold back, per asset."""
        if self.seed(account_id).margin_allowed:
            return {}
        locked: dict[str, Decimal] = {}
        for record in self._working_records():
            if record.account_id != account_id or record.order_id == excluding:
                continue
            held = funds.hold(record, self.catalogue.instrument(record.order.instrument_id), self.venue.fee_rate(False))
            if held is not None:
                locked[held[0]] = locked.get(held[0], ZERO) + held[1]
        return locked

    def _free(self, account_id: str, excluding: str = "") -> dict[str, Decimal]:
        free = self.ledger.balances(account_id)
        for state in self.ledger.positions(account_id):
            free[funds.position_key(state.instrument_id)] = state.quantity
        for asset, held in self._locked(account_id, excluding).items():
            free[asset] = free.get(asset, ZERO) - held
        return free

    def _notify(self) -> None:
        while self._filled:
            account_id = min(self._filled)
            self._filled.discard(account_id)
            for listener in self._fill_listeners:
                listener(account_id)

    # the venue's checks

    def _venue_refusal(self, record: OrderRecord, instrument: inst.Instrument) -> Refusal | None:
        """Why the venue refuses the order outright (before matching), or None."""
        order = record.order
        if instrument.status != inst.INSTRUMENT_STATUS_ACTIVE:
            return venues.ORDER_REJECT_REASON_MARKET_CLOSED, f"instrument {instrument.instrument_id} is not active"
        if self.market.is_halted(instrument.instrument_id):
            return venues.ORDER_REJECT_REASON_MARKET_CLOSED, f"MARKET_HALTED: {instrument.instrument_id} is halted"
        if record.expire_nanos is not None and record.expire_nanos <= self.clock.now():
            return venues.ORDER_REJECT_REASON_TOO_LATE, "expire_time has already passed"
        seed = self._seeds[record.account_id]
        kind = instruments.kind(instrument)
        if not seed.margin_allowed and kind in (instruments.Kind.MARGINED, instruments.Kind.SWAP):
            return venues.ORDER_REJECT_REASON_UNKNOWN_ACCOUNT, "a cash account cannot trade margined instruments"
        if order.reduce_only:
            if kind is instruments.Kind.CASH and not seed.margin_allowed:
                return (venues.ORDER_REJECT_REASON_UNSUPPORTED_ORDER_CHARACTERISTIC,
                        "reduce_only is for derivatives and margin accounts")
            held = self.ledger.position(record.account_id, instrument.instrument_id)
            quantity = held.quantity if held else ZERO
            reduces = quantity < 0 if order.side == BUY else quantity > 0
            if not reduces or record.quantity > abs(quantity):
                return venues.ORDER_REJECT_REASON_REDUCE_ONLY_WOULD_INCREASE, "reduce_only order would increase"
        return self._rule_refusal(record, instrument, record.quantity, record.limit_price, record.stop_price)

    def _rule_refusal(
        self, record: OrderRecord, instrument: inst.Instrument, quantity: Decimal,
        limit: Decimal | None, stop: Decimal | None,
    ) -> Refusal | None:
        rules = instruments.rules(instrument, record.order.venue_id)
        if not instruments.is_multiple(quantity, rules.lot_size):
            return venues.ORDER_REJECT_REASON_INVALID_QUANTITY, f"quantity is not a multiple of {rules.lot_size}"
        if quantity < rules.min_quantity or (rules.max_quantity is not None and quantity > rules.max_quantity):
            return venues.ORDER_REJECT_REASON_INVALID_QUANTITY, "quantity is outside the instrument's bounds"
        for price in (limit, stop):
            if price is not None and not instruments.is_multiple(price, rules.tick_size):
                return (venues.ORDER_REJECT_REASON_INVALID_PRICE_INCREMENT,
                        f"price {price} is not a multiple of {rules.tick_size}")
        reference = limit or stop or self.pricer().mark(instrument.instrument_id)
        if reference is not None and instruments.kind(instrument) is not instruments.Kind.SWAP:
            # In the quote asset: an inverse contract's quantity is already quote value per contract.
            value = quantity * rules.multiplier * (1 if instrument.inverse else reference)
            if (rules.min_notional is not None and value < rules.min_notional) or (
                rules.max_notional is not None and value > rules.max_notional
            ):
                return venues.ORDER_REJECT_REASON_INVALID_NOTIONAL, f"notional {value} is outside the bounds"
        return None

    # matching and funds

    def _book(self, instrument_id: str) -> BookView | None:
        """The simulated book, or None when the market simulation has none (the venue then refuses)."""
        try:
            return self.market.book(instrument_id)
        except DomainError:
            return None

    def _user_book(self, instrument_id: str) -> UserBook:
        return self._books.setdefault(instrument_id, UserBook())

    def book_overlay(self, instrument_id: str, sequence: int) -> BookOverlay:
        """What the users' orders do to the published sim book of the instrument while the venue's book
        is at ``sequence``: the resting orders by price, the venue quantity taken during that tick, and
        the count and time of the changes so far (views.BookOverlay)."""
        book = self._books.get(instrument_id) or UserBook()
        taken_count, taken_time = self._liquidity.changes(instrument_id)
        return BookOverlay(book.revision + taken_count, max(book.changed_at, taken_time),
                           book.levels(side_pb2.SIDE_BUY), book.levels(side_pb2.SIDE_SELL),
                           self._liquidity.taken(instrument_id, sequence, side_pb2.SIDE_BUY),
                           self._liquidity.taken(instrument_id, sequence, side_pb2.SIDE_SELL))

    def _active_limit(self, record: OrderRecord) -> Decimal | None:
        return record.limit_price if record.is_limit else None

    def _fee(self, instrument: inst.Instrument, multiplier: Decimal, fill: Fill, maker: bool) -> Decimal:
        value = instruments.notional(instrument, multiplier, fill.quantity, fill.price) * self.venue.fee_rate(maker)
        return value.quantize(Decimal(1).scaleb(-self._decimals(self._fee_asset(instrument))), ROUND_HALF_EVEN)

    @staticmethod
    def _fee_asset(instrument: inst.Instrument) -> str:
        return instrument.quote_asset_id if instruments.unmargined(instrument) else instruments.settle_asset(instrument)

    def _decimals(self, asset_id: str) -> int:
        try:
            return self.catalogue.asset(asset_id).decimals
        except DomainError:
            return DEFAULT_ASSET_DECIMALS

    def _plan(self, record: OrderRecord, instrument: inst.Instrument, book: BookView, leaves: Decimal | None = None,
              limit: Decimal | None = None) -> Plan:
        """What the order would execute against now, as the taker."""
        order = record.order
        quantity = record.leaves_quantity if leaves is None else leaves
        price = self._active_limit(record) if limit is None else limit
        makers = self._user_book(order.instrument_id).opposite(order.side)
        levels = self._liquidity.available(book, order.side)
        if order.post_only and price is not None and would_take(order.side, price, makers, levels, order.account_id):
            return Plan((), rest=False, refusal=(venues.ORDER_REJECT_REASON_POST_ONLY_WOULD_TAKE,
                                                 "post-only order would take liquidity"))
        fills = [] if order.post_only else plan_taker(order.side, quantity, price, makers, levels, order.account_id)
        filled = sum((f.quantity for f in fills), ZERO)
        if order.time_in_force == venues.TIME_IN_FORCE_FOK and filled < quantity:
            fills = []
        rest = price is not None and order.time_in_force in RESTING_TIME_IN_FORCE
        return Plan(tuple((f, self._fee(instrument, record.multiplier, f, False)) for f in fills), rest=rest)

    def _funds_refusal(
        self, record: OrderRecord, instrument: inst.Instrument, plan: Plan, leaves: Decimal | None = None,
        price: Decimal | None = None,
    ) -> Refusal | None:
        """Whether the account can pay for the plan (cash accounts) or carry it (margin accounts).
        ``leaves`` and ``price`` are a replace's new terms; unset, the order's own."""
        quantity = record.leaves_quantity if leaves is None else leaves
        remainder = quantity - plan.filled if plan.rest else ZERO
        if self._seeds[record.account_id].margin_allowed:
            return self._margin_refusal(record, instrument, quantity)
        need = funds.fills_need(instrument, record.multiplier, record.side, plan.fills)
        held = funds.hold(record, instrument, self.venue.fee_rate(False), remainder, price)
        if held is not None:
            need[held[0]] = need.get(held[0], ZERO) + held[1]
        short = funds.shortfall(need, self._free(record.account_id, excluding=record.order_id))
        if short is None:
            return None
        if record.side != BUY and short != instrument.quote_asset_id:
            return venues.ORDER_REJECT_REASON_INSUFFICIENT_FUNDS, f"not enough {short} to sell (no short selling)"
        return venues.ORDER_REJECT_REASON_INSUFFICIENT_FUNDS, f"not enough free {short}"

    def _margin_refusal(self, record: OrderRecord, instrument: inst.Instrument, quantity: Decimal) -> Refusal | None:
        """A margin account may carry gross exposure up to its equity times its maximum leverage."""
        pricer = self.pricer()
        now = self.clock.now()
        account = [(record.account_id, record.order.venue_id)]
        held = self.ledger.position(record.account_id, instrument.instrument_id)
        direction = Decimal(1) if record.side == BUY else Decimal(-1)
        projected = {(record.account_id, instrument.instrument_id): (held.quantity if held else ZERO)
                     + direction * quantity}
        before = value_accounts(pricer, self.ledger, account, "USD", now)
        after = value_accounts(pricer, self.ledger, account, "USD", now, projected)
        if after.gross_exposure <= before.gross_exposure:
            return None  # reducing exposure is always allowed
        if after.gross_exposure > before.nav * DEFAULT_MAX_LEVERAGE:
            return (venues.ORDER_REJECT_REASON_INSUFFICIENT_MARGIN,
                    f"gross exposure {after.gross_exposure:f} USD would exceed {DEFAULT_MAX_LEVERAGE}x equity")
        return None

    # booking fills

    def _apply(self, record: OrderRecord, instrument: inst.Instrument, book: BookView, plan: Plan) -> None:
        """Book the plan's fills on both sides, then rest or expire the remainder."""
        self._liquidity.take(book, record.side, venue_levels_taken(f for f, _ in plan.fills), self.clock.now())
        for fill, fee in plan.fills:
            if fill.maker_order_id:
                maker = self._orders[fill.maker_order_id]
                maker_fee = self._fee(instrument, maker.multiplier, fill, True)
                self._fill(maker, instrument, fill.quantity, fill.price, maker_fee, venues.LIQUIDITY_MAKER)
            self._fill(record, instrument, fill.quantity, fill.price, fee, venues.LIQUIDITY_TAKER)
        if record.terminal:
            return
        if plan.rest:
            self._rest(record)
        else:
            self._end(record, venues.EXEC_TYPE_EXPIRED, venues.ORDER_STATUS_EXPIRED)

    def _rest(self, record: OrderRecord) -> None:
        book = self._user_book(record.order.instrument_id)
        resting = book.get(record.order_id)
        limit = record.limit_price
        if limit is None:
            return
        if resting is None:
            record.priority = self._priorities.next_number()
            book.add(RestingOrder(record.order_id, record.account_id, record.side, limit,
                                  record.leaves_quantity, record.priority), self.clock.now())
        else:
            book.update(record.order_id, record.leaves_quantity, limit, record.priority, self.clock.now())

    def _fill(
        self, record: OrderRecord, instrument: inst.Instrument, quantity: Decimal, price: Decimal, fee: Decimal,
        liquidity: venues.Liquidity.ValueType,
    ) -> None:
        now = self.clock.now()
        fee_asset = self._fee_asset(instrument)
        previous = record.order.status
        record.add_fill(quantity, price, fee, fee_asset, now)
        user_book = self._user_book(record.order.instrument_id)
        if record.terminal:
            user_book.remove(record.order_id, now)
        else:
            user_book.update(record.order_id, record.leaves_quantity, now=now)
        direction = Decimal(1) if record.side == BUY else Decimal(-1)
        arrival = record.arrival_price
        slippage = (price - arrival) * quantity * record.multiplier * direction if arrival is not None else ZERO
        exec_id = self._exec_ids.next()
        booked = self.ledger.book_fill(
            account_id=record.account_id, instrument=instrument, multiplier=record.multiplier, side=record.side,
            quantity=quantity, price=price, fee=fee, fee_asset=fee_asset, order_id=record.order_id,
            exec_id=exec_id, strategy_id=record.order.strategy_id, slippage=slippage, now=now,
        )
        result = report(record, venues.EXEC_TYPE_TRADE, exec_id, self.last_sequence(record.account_id) + 1, now)
        result.last_quantity.CopyFrom(from_decimal(quantity))
        result.last_price.CopyFrom(from_decimal(price))
        result.liquidity = liquidity
        result.fee.CopyFrom(amount(fee, fee_asset))
        result.venue_trade_id = self._trade_ids.next()
        if arrival is not None:
            quality = result.execution_quality
            quality.arrival_price.CopyFrom(from_decimal(arrival))
            quality.slippage.CopyFrom(amount(slippage, instruments.settle_asset(instrument)))
            quality.slippage_bps = float((price - arrival) / arrival * 10_000 * direction) if arrival else 0.0
            quality.fill_latency.FromNanoseconds(now - record.order.create_time.ToNanoseconds())
            quality.simulated = True
        self._store(record, result, previous)
        self._publish_booked(booked, record.order.venue_id)
        self._filled.add(record.account_id)

    def _publish_moves(self, moves: Sequence[BalanceMove]) -> None:
        for move in moves:
            txn = move.transaction
            self._portfolio_events(move.account_id, ev.TransactionBooked(transaction=txn), txn.transaction_id)
            locked = self._locked(move.account_id).get(move.asset_id, ZERO)
            changed = ev.BalanceChanged(
                after=self._balance(move.account_id, move.asset_id, move.after, locked),
                transaction_id=txn.transaction_id,
            )
            if move.before is not None:
                changed.before.CopyFrom(self._balance(move.account_id, move.asset_id, move.before, locked))
            self._venue_events(move.account_id, changed, move.asset_id)

    def _publish_booked(self, booked: BookedFill, venue_id: str) -> None:
        self._publish_moves(booked.moves)
        pricer = self.pricer()
        now = self.clock.now()
        after = booked.position_after
        rate = Decimal(1) / DEFAULT_MAX_LEVERAGE
        change = ev.PositionChanged(
            after=position_message(pricer, after, venue_id, now, rate),
            quantity_change=from_decimal(after.quantity - (booked.position_before.quantity
                                                           if booked.position_before else ZERO)),
            cause=ev.POSITION_CHANGE_CAUSE_TRADE,
            exec_id=booked.record.exec_id,
            order_id=booked.record.order_id,
            transaction_id=booked.moves[0].transaction.transaction_id if booked.moves else "",
        )
        if booked.position_before is not None:
            change.before.CopyFrom(position_message(pricer, booked.position_before, venue_id, now, rate))
        self._portfolio_events(after.account_id, change, after.instrument_id)

    # execution reports

    def _emit(
        self, record: OrderRecord, exec_type: venues.ExecType.ValueType, status: venues.OrderStatus.ValueType,
        orig_client_order_id: str = "", client_order_id: str = "",
    ) -> venues.ExecutionReport:
        """Move the order to ``status`` and report it; a pending replace reports the new client id."""
        previous = record.set_status(status, self.clock.now())
        result = report(record, exec_type, self._exec_ids.next(), self.last_sequence(record.account_id) + 1,
                        self.clock.now())
        result.orig_client_order_id = orig_client_order_id
        if client_order_id:
            result.client_order_id = client_order_id
        self._store(record, result, previous)
        return result

    def _store(
        self, record: OrderRecord, result: venues.ExecutionReport, previous: venues.OrderStatus.ValueType
    ) -> None:
        self._reports[record.account_id].append(venue_api.StreamExecutionReportsResponse(execution_report=result))
        self._venue_events(record.account_id, ev.ExecutionReported(execution_report=result), record.order_id)
        if result.exec_type != venues.EXEC_TYPE_PENDING_NEW:
            # The state view changes with the status, and with every fill and replace.
            self._venue_events(
                record.account_id,
                ev.OrderStatusChanged(order=record.order, previous_status=previous or venues.ORDER_STATUS_PENDING_NEW,
                                      exec_type=result.exec_type, exec_id=result.exec_id),
                record.order_id,
            )

    def _reject(self, record: OrderRecord, reason: venues.OrderRejectReason.ValueType, message: str) -> None:
        record.order.reject_reason = reason
        record.order.venue_message = message
        self._emit(record, venues.EXEC_TYPE_REJECTED, venues.ORDER_STATUS_REJECTED)

    def _end(self, record: OrderRecord, exec_type: venues.ExecType.ValueType,
             status: venues.OrderStatus.ValueType, message: str = "") -> None:
        """Take a working order off the book with a terminal status (canceled, expired)."""
        self._user_book(record.order.instrument_id).remove(record.order_id, self.clock.now())
        if message:
            record.order.venue_message = message
        self._emit(record, exec_type, status, record.order.client_order_id if exec_type == venues.EXEC_TYPE_CANCELED
                   else "")

    # the clock moved

    def _trigger_price_hit(self, record: OrderRecord) -> bool:
        stop = record.stop_price
        if stop is None:
            return False
        order = record.order
        try:
            if order.trigger_price_type in (venues.TRIGGER_PRICE_TYPE_MARK, venues.TRIGGER_PRICE_TYPE_INDEX):
                price = self.market.mark_price(order.instrument_id)
            else:
                price = self.market.last_price(order.instrument_id)
        except DomainError:
            return False  # no price, no trigger
        loss = order.type in (venues.ORDER_TYPE_STOP, venues.ORDER_TYPE_STOP_LIMIT)
        rising = price >= stop
        falling = price <= stop
        if order.side == BUY:
            return rising if loss else falling
        return falling if loss else rising

    def _trigger(self, record: OrderRecord, instrument: inst.Instrument) -> None:
        """Turn a stop or take-profit order whose trigger price was crossed into a market or limit order."""
        if not record.waiting_trigger or not self._trigger_price_hit(record):
            return
        book = self._book(instrument.instrument_id)
        if book is None:
            return
        record.triggered = True
        self._emit(record, venues.EXEC_TYPE_TRIGGERED, record.order.status)
        if record.arrival_price is None:
            record.arrival_price = book_mid(book)
        plan = self._plan(record, instrument, book)
        refusal = plan.refusal or self._funds_refusal(record, instrument, plan)
        if refusal is not None:
            self._end(record, venues.EXEC_TYPE_CANCELED, venues.ORDER_STATUS_CANCELED, refusal[1])
            return
        self._apply(record, instrument, book, plan)

    def _fill_resting(self, instrument: inst.Instrument, book: BookView) -> None:
        """Resting orders the simulated book now crosses fill as makers, at their own price."""
        user_book = self._user_book(instrument.instrument_id)
        for side in (side_pb2.SIDE_BUY, side_pb2.SIDE_SELL):
            for resting in user_book.side(side):
                levels = self._liquidity.available(book, side)
                fills, taken = plan_resting(resting, levels)
                if not fills:
                    break  # later orders on this side are priced worse: nothing crosses them either
                record = self._orders[resting.order_id]
                self._liquidity.take(book, side, taken, self.clock.now())
                for fill in fills:
                    fee = self._fee(instrument, record.multiplier, fill, True)
                    self._fill(record, instrument, fill.quantity, fill.price, fee, venues.LIQUIDITY_MAKER)


def copy_order(order: venues.Order) -> venues.Order:
    result = venues.Order()
    result.CopyFrom(order)
    return result


def book_mid(book: BookView) -> Decimal | None:
    if book.bids and book.asks:
        return (book.bids[0].price + book.asks[0].price) / 2
    return None
