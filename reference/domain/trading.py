"""The trading side of the simulator: venue accounts, orders and their FIX life, matching, and fills that
move cash and positions together.

Every mutation follows one rule: decide everything first (validation, the risk check, the matching plan,
the funds check), then apply it. A refused order is recorded as REJECTED with its reason (the contract's
"OK with status REJECTED"), and an RPC error leaves no trace at all.

The simulator acknowledges and matches an order within the call that places it, so the response already
shows the outcome; the execution report stream still carries every step (PENDING_NEW, NEW, TRADE...),
as a real venue's would. Resting orders fill later, in ``sync``, when the simulated book moves through
them; stop orders trigger there too, and GTD and DAY orders expire.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import grpc

from cq.assets.v1 import instruments_pb2 as inst
from cq.decimals import from_decimal
from cq.events.v1 import events_pb2 as ev
from cq.risk.v1 import resources_pb2 as risk
from cq.venues.v1 import resources_pb2 as venues
from cq.venues.v1 import service_pb2 as venue_api
from reference.bus import EventBus
from reference.clock import NANOS_PER_SECOND, Clock, to_timestamp
from reference.domain import instruments
from reference.domain.accounts import AccountSeed, VenueSpec, default_account_seeds
from reference.domain.amending import Amending
from reference.domain.execution import ACCEPTING, Plan, PreTradeCheck, book_mid, copy_order, refused
from reference.domain.ledger import ZERO
from reference.domain.orders import OrderRecord, same_terms
from reference.domain.portfolio import Portfolios
from reference.domain.views import CatalogueView, MarketView
from reference.errors import DomainError, not_found

__all__ = ["AccountSeed", "PreTradeCheck", "Trading", "default_account_seeds"]


class Trading(Amending):
    """The venue gateway's domain: accounts and their balances, and every order operation."""

    def __init__(
        self,
        catalogue: CatalogueView,
        market: MarketView,
        clock: Clock,
        bus: EventBus,
        accounts: Sequence[AccountSeed],
    ) -> None:
        super().__init__(catalogue, market, clock, bus, accounts)
        self._check: PreTradeCheck | None = None
        self._sync_listeners: list[Callable[[], None]] = []
        self._unseeded: list[tuple[str, str, Decimal]] = []
        for seed in accounts:
            for asset_id, value in sorted(seed.initial_cash.items()):
                self._publish_moves([self.ledger.deposit(seed.account_id, asset_id, value, clock.now())])
                self._unseeded.append((seed.account_id, asset_id, value))
        self._open_seed_positions()
        self.portfolios = Portfolios(self)

    # wiring

    def set_pre_trade_check(self, check: PreTradeCheck) -> None:
        """The risk engine's check; every order passes it before it reaches the venue."""
        self._check = check

    def on_fill(self, listener: Callable[[str], None]) -> None:
        """Call ``listener(account_id)`` for each account that had fills, once the operation that booked
        them is complete; never in the middle of one, so a listener may place or cancel orders itself."""
        self._fill_listeners.append(listener)

    def on_sync(self, listener: Callable[[], None]) -> None:
        self._sync_listeners.append(listener)

    # accounts and venues

    def all_venues(self) -> list[venues.Venue]:
        return [self.venue.venue]

    def venue_spec(self, venue_id: str) -> VenueSpec:
        if venue_id != self.venue.venue.venue_id:
            raise not_found("venue", venue_id)
        return self.venue

    def account_ids(self) -> list[str]:
        return sorted(self._accounts)

    # reads

    def order(self, order_id: str) -> venues.Order:
        return copy_order(self._record(order_id).order)

    def orders(self, account_id: str) -> list[venues.Order]:
        """The account's orders, newest create_time first."""
        records = [r for r in self._orders.values() if r.account_id == account_id]
        records.sort(key=lambda r: (r.order.create_time.ToNanoseconds(), r.order_id), reverse=True)
        return [copy_order(r.order) for r in records]

    def client_order_ids(self, order_id: str) -> list[str]:
        return list(self._record(order_id).client_ids)

    def working_orders(self, account_id: str) -> list[venues.Order]:
        return [copy_order(r.order) for r in self._working_records() if r.account_id == account_id]

    def orders_submitted(self, account_id: str, since_nanos: int) -> int:
        return sum(
            1 for r in self._orders.values()
            if r.account_id == account_id and r.order.create_time.ToNanoseconds() >= since_nanos
        )

    def reports(self, account_id: str) -> list[venue_api.StreamExecutionReportsResponse]:
        return list(self._reports.get(account_id, ()))

    def balances(self, account_id: str) -> list[venues.Balance]:
        """One balance per asset the account ever held, ordered by asset id."""
        held = self.ledger.balances(account_id)
        locked = self._locked(account_id)
        return [self._balance(account_id, asset, held[asset], locked.get(asset, ZERO)) for asset in sorted(held)]

    # placing

    def place_order(self, order: venues.Order, request_id: str = "", requested_by: str = "") -> venues.Order:
        """Record and execute a new order; see VenueGatewayService.PlaceOrder for the contract."""
        account = self.account(order.account_id)
        now = self.clock.now()
        method = f"PlaceOrder/{order.account_id}"
        if request_id and (first := self._requests.replay(method, request_id, venues.Order, now, order)):
            return first
        existing = self._client_ids.get((order.account_id, order.client_order_id))
        if existing is not None:
            record = self._orders[existing]
            if record.terms.client_order_id == order.client_order_id and same_terms(record.terms, order):
                return copy_order(record.order)
            raise refused(
                grpc.StatusCode.ALREADY_EXISTS, "DUPLICATE_CLIENT_ORDER_ID",
                f"client_order_id {order.client_order_id!r} was already used for order {existing}",
                order_id=existing,
            )
        self._check_accepting(account)
        instrument = self.catalogue.instrument(order.instrument_id)
        self._check_supported(order)
        record = self._new_record(order, instrument)
        result = self._admit(record, instrument)
        self._notify()
        if request_id:
            self._requests.remember(method, request_id, result, now, order)
        return copy_order(result)

    def _check_accepting(self, account: venues.VenueAccount) -> None:
        if account.status != venues.VENUE_ACCOUNT_STATUS_ACTIVE:
            raise refused(grpc.StatusCode.FAILED_PRECONDITION, "ACCOUNT_NOT_ACTIVE",
                           f"account {account.account_id} is not active")
        if self.venue.venue.status not in ACCEPTING:
            raise refused(grpc.StatusCode.FAILED_PRECONDITION, "VENUE_NOT_ACCEPTING_ORDERS",
                           f"venue {self.venue.venue.venue_id} is not accepting orders")

    def _check_supported(self, order: venues.Order) -> None:
        venue = self.venue.venue
        unsupported = (
            ("type", order.type not in venue.supported_order_types),
            ("time_in_force", order.time_in_force not in venue.supported_time_in_force),
            ("post_only", order.post_only and not venue.supports_post_only),
            ("reduce_only", order.reduce_only and not venue.supports_reduce_only),
        )
        for name, missing in unsupported:
            if missing:
                raise refused(grpc.StatusCode.FAILED_PRECONDITION, "UNSUPPORTED_ORDER_CHARACTERISTIC",
                              f"venue {venue.venue_id} does not support this order's {name}", field=f"order.{name}")

    def _new_record(self, order: venues.Order, instrument: inst.Instrument) -> OrderRecord:
        now = self.clock.now()
        state = venues.Order()
        state.CopyFrom(order)
        for name in ("order_id", "orig_client_order_id", "venue_order_id", "venue_symbol", "venue_id", "status",
                     "cum_quantity", "leaves_quantity", "average_price", "cum_fees", "reject_reason",
                     "venue_message", "create_time", "update_time"):
            state.ClearField(name)  # output-only fields of the request are ignored
        state.order_id = self._order_ids.next()
        state.venue_id = self.venue.venue.venue_id
        state.venue_symbol.venue_id = state.venue_id
        listing = instruments.listing(instrument, state.venue_id)
        state.venue_symbol.symbol = listing.venue_symbol.symbol if listing is not None else instrument.symbol
        state.status = venues.ORDER_STATUS_PENDING_NEW
        state.cum_quantity.CopyFrom(from_decimal(ZERO))
        state.leaves_quantity.CopyFrom(state.quantity)
        state.create_time.CopyFrom(to_timestamp(now))
        state.update_time.CopyFrom(to_timestamp(now))
        terms = venues.Order()
        terms.CopyFrom(order)
        record = OrderRecord(
            order=state, terms=terms, multiplier=instruments.rules(instrument, state.venue_id).multiplier,
            client_ids=[order.client_order_id], expire_nanos=self._expiry(order, now),
        )
        self._add(record)
        self._client_ids[(record.account_id, order.client_order_id)] = record.order_id
        return record

    @staticmethod
    def _expiry(order: venues.Order, now: int) -> int | None:
        if order.time_in_force == venues.TIME_IN_FORCE_GTD:
            return order.expire_time.ToNanoseconds()
        if order.time_in_force == venues.TIME_IN_FORCE_DAY:
            # The simulator's trading day ends at 00:00 UTC.
            today = datetime.fromtimestamp(now // NANOS_PER_SECOND, tz=UTC).date()
            midnight = datetime.combine(today + timedelta(days=1), datetime.min.time(), tzinfo=UTC)
            return int(midnight.timestamp()) * NANOS_PER_SECOND
        return None

    def _admit(self, record: OrderRecord, instrument: inst.Instrument) -> venues.Order:
        """The risk check, the venue's checks and the order's first execution."""
        check_id = ""
        if self._check is not None:
            try:
                result = self._check(copy_order(record.order))
            except DomainError as error:  # the check failed: fail closed, as the risk contract asks
                self._reject(record, venues.ORDER_REJECT_REASON_RISK_CHECK_FAILED, f"risk check failed: {error}")
                return record.order
            check_id = result.check_id
            if result.decision == risk.CHECK_DECISION_REJECT:
                self._reject(record, venues.ORDER_REJECT_REASON_RISK_CHECK_FAILED, result.message)
                return record.order
        self._venue_events(record.account_id, ev.OrderPlaced(order=record.order, risk_check_id=check_id),
                           record.order_id)
        self._emit(record, venues.EXEC_TYPE_PENDING_NEW, venues.ORDER_STATUS_PENDING_NEW)
        refusal = self._venue_refusal(record, instrument)
        book = None if refusal else self._book(instrument.instrument_id)
        if refusal is None and book is None:
            refusal = venues.ORDER_REJECT_REASON_MARKET_CLOSED, f"no market data for {instrument.instrument_id}"
        if book is not None:
            record.arrival_price = book_mid(book) or self.pricer().mark(instrument.instrument_id)
        plan = None
        if book is not None and not record.waiting_trigger:
            plan = self._plan(record, instrument, book)
            refusal = plan.refusal or self._funds_refusal(record, instrument, plan)
        elif refusal is None:
            # A stop order waits for its trigger; a cash account must be able to pay for it meanwhile.
            refusal = self._funds_refusal(record, instrument, Plan((), rest=True))
        if refusal is not None:
            self._reject(record, *refusal)
            return record.order
        record.order.venue_order_id = f"SIM-{record.order_id}"
        self._emit(record, venues.EXEC_TYPE_NEW, venues.ORDER_STATUS_NEW)
        if plan is not None and book is not None:
            self._apply(record, instrument, book, plan)
        else:
            self._trigger(record, instrument)
        return record.order

    # the clock moved

    def sync(self) -> None:
        """Bring orders up to the clock: expire what is due, trigger stops, fill what the book crossed."""
        now = self.clock.now()
        self._open_seed_positions()
        # Snapshots first: they show the books as the new prices find them, before this step's fills.
        self.portfolios.sync()
        for record in sorted(self._working_records(), key=lambda r: r.order_id):
            if not record.terminal and record.expire_nanos is not None and record.expire_nanos <= now:
                self._end(record, venues.EXEC_TYPE_EXPIRED, venues.ORDER_STATUS_EXPIRED, "expired by time in force")
        active = sorted({r.order.instrument_id for r in self._working_records()})
        for instrument_id in active:
            if self.market.is_halted(instrument_id):
                continue
            instrument = self.catalogue.instrument(instrument_id)
            for record in sorted(self._working_records(), key=lambda r: r.order_id):
                if record.order.instrument_id == instrument_id and not record.terminal and record.waiting_trigger:
                    self._trigger(record, instrument)
            book = self._book(instrument_id)
            if book is not None:
                self._fill_resting(instrument, book)
        self._notify()
        for listener in self._sync_listeners:
            listener()

    def _open_seed_positions(self) -> None:
        """Seeded balances of risk assets become positions in their spot instrument at the first mark."""
        pending = []
        pricer = self.pricer()
        for account_id, asset_id, quantity in self._unseeded:
            base = self._seeds[account_id].base_currency
            spot = pricer.spot_instrument(asset_id, base) if asset_id != base else None
            if spot is None:
                continue  # cash in its own right (USD), or no instrument to hold it through
            mark = pricer.mark(spot)
            if mark is None:
                pending.append((account_id, asset_id, quantity))
                continue
            multiplier = instruments.rules(pricer.instrument(spot), self.venue.venue.venue_id).multiplier
            self.ledger.open_position(account_id, spot, quantity / multiplier, mark, self.clock.now())
        self._unseeded = pending
