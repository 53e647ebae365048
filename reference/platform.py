"""The simulated platform: one clock, one lock, one event bus, and the domain objects behind the services."""

from __future__ import annotations

import asyncio

from reference.bus import EventBus
from reference.clock import NANOS_PER_MILLI, Clock, RealtimeClock, parse_instant
from reference.config import ServeConfig, check_cadence
from reference.domain.catalogue import Catalogue
from reference.domain.market import MarketSimulator
from reference.domain.risk import RiskEngine
from reference.domain.trading import Trading, default_account_seeds


class Platform:
    """Everything one `cqc serve` process simulates, built deterministically from the config's seed."""

    def __init__(self, config: ServeConfig) -> None:
        self.config = config
        clock_type = RealtimeClock if config.clock == "realtime" else Clock
        self.clock: Clock = clock_type(parse_instant(config.start_time), config.step_ms * NANOS_PER_MILLI)
        self.lock = asyncio.Lock()
        self.bus = EventBus(self.clock)
        self.catalogue = Catalogue.seeded(bus=self.bus, clock=self.clock)
        self.market = MarketSimulator(self.catalogue, config.seed, self.clock, self.bus, check_cadence(config.cadence))
        self.trading = Trading(
            self.catalogue, self.market, self.clock, self.bus, default_account_seeds(config.users)
        )
        # The sim venue's published books show the users' resting orders; matching reads them apart.
        self.market.attach_user_orders(self.trading.book_overlay)
        self.risk = RiskEngine(self.catalogue, self.market, self.trading, self.clock, self.bus)
        self.trading.set_pre_trade_check(self.risk.check_order)
        self._account_owners = {a: user.owner for user in config.users for a in user.account_ids}
        # The realtime ticker the server starts (None in stepped mode, where calls move time).
        self.background: asyncio.Task[None] | None = None
        self.sync()

    def partition_owner(self, partition_key: str) -> str | None:
        """The owner of an event partition (an account or a portfolio id), or None when it is public
        (an instrument, an asset): who may see the events keyed by it."""
        if partition_key in self._account_owners:
            return self._account_owners[partition_key]
        return self.trading.portfolios.owner_of(partition_key)

    def sync(self) -> None:
        """Bring the simulation to the clock's now: market ticks first, then the orders they fill."""
        self.market.advance_to(self.clock.now())
        self.trading.sync()
