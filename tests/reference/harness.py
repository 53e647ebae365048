"""A small platform over the fakes: the trading, portfolio and risk domain with every price set by hand;
test_trading_services serves the same objects through real gRPC."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from decimal import Decimal

from cq.decimals import from_decimal
from cq.types.v1 import side_pb2
from cq.venues.v1 import resources_pb2 as venues
from reference.bus import EventBus
from reference.clock import Clock, parse_instant
from reference.config import ServeConfig, User
from reference.domain.accounts import AccountSeed
from reference.domain.risk import RiskEngine
from reference.domain.trading import Trading
from tests.reference.fakes import FakeCatalogue, FakeMarket

START = parse_instant("2026-01-05T14:30:00Z")
STEP = 100_000_000  # 100 ms per call, as `cqc serve` steps by default
USERS = (
    User(token="dev-alice", owner="alice", account_ids=("acc_alice_spot", "acc_alice_margin")),
    User(token="dev-bob", owner="bob", account_ids=("acc_bob_spot",)),
)
ALICE = (("authorization", "Bearer dev-alice"),)
BOB = (("authorization", "Bearer dev-bob"),)


def seeds() -> list[AccountSeed]:
    usd = {"USD": Decimal(1_000_000)}
    return [
        AccountSeed("acc_alice_spot", "alice", initial_cash=usd, display_name="alice spot"),
        AccountSeed("acc_alice_margin", "alice", account_type=venues.ACCOUNT_TYPE_MARGIN, initial_cash=usd,
                    display_name="alice margin"),
        AccountSeed("acc_bob_spot", "bob", initial_cash=usd, display_name="bob spot"),
    ]


def make_order(client_order_id: str, instrument_id: str, side: str, quantity: str, limit: str | None = None,
               account_id: str = "acc_alice_spot", tif: venues.TimeInForce.ValueType = venues.TIME_IN_FORCE_GTC,
               **fields: object) -> venues.Order:
    """A limit order when ``limit`` is given, else a market order; ``fields`` set the rest."""
    result = venues.Order(
        client_order_id=client_order_id, account_id=account_id, instrument_id=instrument_id,
        side=side_pb2.SIDE_BUY if side == "buy" else side_pb2.SIDE_SELL,
        type=venues.ORDER_TYPE_LIMIT if limit is not None else venues.ORDER_TYPE_MARKET,
        time_in_force=tif, quantity=from_decimal(quantity), **fields,  # type: ignore[arg-type]
    )
    if limit is not None:
        result.limit_price.CopyFrom(from_decimal(limit))
    return result


@dataclass
class Sim:
    """The platform the servicers expect (``reference.platform.Platform``'s attributes) over the fakes."""

    catalogue: FakeCatalogue = field(default_factory=FakeCatalogue)
    market: FakeMarket = field(default_factory=FakeMarket)
    clock: Clock = field(default_factory=lambda: Clock(START, STEP))
    config: ServeConfig = field(default_factory=lambda: ServeConfig(users=USERS))
    accounts: list[AccountSeed] = field(default_factory=seeds)
    with_risk: bool = True

    def __post_init__(self) -> None:
        self.lock = asyncio.Lock()
        self.bus = EventBus(self.clock)
        self.market.set_book("cq:spot:BTC-USD", [("49999", "2"), ("49990", "5")], [("50001", "1"), ("50010", "5")])
        self.market.set_book("cq:equity:AAPL", [("99.99", "1000")], [("100", "1000")], mark="100")
        self.market.set_book("cq:bond:US0000000002", [("99.9921875", "500")], [("100", "500")], mark="100")
        self.market.set_book("cq:perp:BTC-USD", [("50000", "10")], [("50000.5", "10")])
        self.trading = Trading(self.catalogue, self.market, self.clock, self.bus, self.accounts)
        self.risk = RiskEngine(self.catalogue, self.market, self.trading, self.clock, self.bus) if self.with_risk \
            else None
        self.sync()

    def sync(self) -> None:
        self.market.advance_to(self.clock.now())
        self.trading.sync()

    def step(self) -> None:
        """One call's worth of time, as the interceptor gives every unary call."""
        self.clock.step()
        self.sync()

    order = staticmethod(make_order)

    def place(self, order: venues.Order, request_id: str = "") -> venues.Order:
        self.step()
        return self.trading.place_order(order, request_id, "user:test")
