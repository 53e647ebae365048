"""The simulated venue and the accounts users trade on: what a deployment seeds, and their contract form."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from cq.types.v1 import decimal_pb2
from cq.venues.v1 import resources_pb2 as venues
from reference.clock import to_timestamp
from reference.config import User

SIM_VENUE_ID = "sim"
VALUATION_CURRENCY = "USD"
# Leverage a margin account may run (gross exposure over equity); the margin check and the venue
# account's max_leverage both read it.
DEFAULT_MAX_LEVERAGE = Decimal(5)
SPOT_ACCOUNT_CASH: Mapping[str, Decimal] = {"USD": Decimal(1_000_000), "BTC": Decimal(10)}
MARGIN_ACCOUNT_CASH: Mapping[str, Decimal] = {"USD": Decimal(1_000_000)}


@dataclass(frozen=True)
class AccountSeed:
    """One venue account as a deployment starts it: who owns it, how it funds trades and what it holds.

    ``initial_cash`` holds every starting balance by asset id; a balance in an asset that a spot
    instrument quotes against the base currency (BTC with cq:spot:BTC-USD) also opens a position in
    that instrument at the first mark, so that NAV counts it once, as the Portfolio contract asks.
    """

    account_id: str
    owner: str
    venue_id: str = SIM_VENUE_ID
    account_type: venues.AccountType.ValueType = venues.ACCOUNT_TYPE_CASH
    initial_cash: Mapping[str, Decimal] = field(default_factory=dict)
    display_name: str = ""
    base_currency: str = VALUATION_CURRENCY
    status: venues.VenueAccountStatus.ValueType = venues.VENUE_ACCOUNT_STATUS_ACTIVE

    @property
    def margin_allowed(self) -> bool:
        return self.account_type in (venues.ACCOUNT_TYPE_MARGIN, venues.ACCOUNT_TYPE_DERIVATIVES)


def default_account_seeds(users: Sequence[User]) -> list[AccountSeed]:
    """One seed per configured account: a margin account when its id says "margin", a cash one otherwise.

    Cash accounts start with 1,000,000 USD and 10 BTC, margin accounts with 1,000,000 USD, so a new user
    can buy, sell what they hold, and trade derivatives on margin without any setup call.
    """
    seeds = []
    for user in users:
        for account_id in user.account_ids:
            margin = "margin" in account_id
            seeds.append(
                AccountSeed(
                    account_id=account_id,
                    owner=user.owner,
                    account_type=venues.ACCOUNT_TYPE_MARGIN if margin else venues.ACCOUNT_TYPE_CASH,
                    initial_cash=MARGIN_ACCOUNT_CASH if margin else SPOT_ACCOUNT_CASH,
                    display_name=f"{user.owner} {'margin' if margin else 'spot'}",
                )
            )
    return seeds


@dataclass(frozen=True)
class VenueSpec:
    """A venue with the fee schedule the simulator charges: maker and taker rates in basis points of
    notional, in the asset the instrument settles in."""

    venue: venues.Venue
    maker_fee_bps: Decimal
    taker_fee_bps: Decimal

    def fee_rate(self, maker: bool) -> Decimal:
        return (self.maker_fee_bps if maker else self.taker_fee_bps) / Decimal(10_000)


def sim_venue(create_nanos: int) -> VenueSpec:
    venue = venues.Venue(
        venue_id=SIM_VENUE_ID,
        display_name="CQ trading simulator",
        type=venues.VENUE_TYPE_SIMULATOR,
        status=venues.VENUE_STATUS_OPERATIONAL,
        supported_order_types=[
            venues.ORDER_TYPE_MARKET,
            venues.ORDER_TYPE_LIMIT,
            venues.ORDER_TYPE_STOP,
            venues.ORDER_TYPE_STOP_LIMIT,
            venues.ORDER_TYPE_TAKE_PROFIT,
            venues.ORDER_TYPE_TAKE_PROFIT_LIMIT,
        ],
        supported_time_in_force=[
            venues.TIME_IN_FORCE_GTC,
            venues.TIME_IN_FORCE_IOC,
            venues.TIME_IN_FORCE_FOK,
            venues.TIME_IN_FORCE_GTD,
            venues.TIME_IN_FORCE_DAY,
        ],
        supports_post_only=True,
        supports_reduce_only=True,
        supports_replace=True,
        # No real money moves on the simulator, which is what the testnet flag tells clients.
        testnet=True,
        create_time=to_timestamp(create_nanos),
        update_time=to_timestamp(create_nanos),
    )
    return VenueSpec(venue, maker_fee_bps=Decimal(2), taker_fee_bps=Decimal(5))


def venue_account(seed: AccountSeed, create_nanos: int) -> venues.VenueAccount:
    account = venues.VenueAccount(
        account_id=seed.account_id,
        venue_id=seed.venue_id,
        owner_id=seed.owner,
        display_name=seed.display_name or seed.account_id,
        type=seed.account_type,
        status=seed.status,
        base_currency=seed.base_currency,
        margin_allowed=seed.margin_allowed,
        venue_account_id=f"SIM-{seed.account_id}",
        create_time=to_timestamp(create_nanos),
        update_time=to_timestamp(create_nanos),
    )
    if seed.margin_allowed:
        account.max_leverage.CopyFrom(decimal_pb2.Decimal(value=str(DEFAULT_MAX_LEVERAGE)))
    return account
