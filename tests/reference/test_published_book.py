"""The sim venue's published book holds the users' resting orders: the merge itself, then the full platform
through gRPC (GetOrderBook, GetMarketDepth, StreamOrderBook) with real orders resting, filling and leaving.

Matching keeps reading the venue's levels (MarketSimulator.book) and the user book apart; only market
data publishes their sum, whose sequence number moves with every change of the users' orders."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from decimal import Decimal

import grpc.aio

from cq.decimals import from_decimal
from cq.markets.v1 import resources_pb2 as mpb
from cq.markets.v1 import service_pb2 as markets
from cq.markets.v1 import service_pb2_grpc as markets_grpc
from cq.venues.v1 import resources_pb2 as venues
from cq.venues.v1 import service_pb2 as venue_api
from cq.venues.v1 import service_pb2_grpc as venues_grpc
from reference import validation
from reference.config import ServeConfig
from reference.domain import book as books
from reference.domain import feed_messages as messages
from reference.domain import market_queries as queries
from reference.domain.matching import BUY, SELL, RestingOrder, UserBook, VenueLiquidity
from reference.domain.views import BookOverlay, BookView, Level, OrderLevel
from reference.platform import Platform
from reference.server import create_server
from tests.reference.harness import ALICE, BOB, make_order

D = Decimal
XOM = "cq:equity:XOM"
TICK = D("0.01")


# ------------------------------------------------------------------------------------ the merge


def test_user_book_counts_each_change_of_what_rests_and_aggregates_by_price() -> None:
    book = UserBook()
    book.add(RestingOrder("ord_1", "acc_a", SELL, D("108.01"), D("10"), 1), now=5)
    book.add(RestingOrder("ord_2", "acc_b", SELL, D("108.010"), D("2.5"), 2), now=6)
    book.add(RestingOrder("ord_3", "acc_b", BUY, D("107.5"), D("1"), 3), now=7)
    assert (book.revision, book.changed_at) == (3, 7)
    assert book.levels(SELL) == (OrderLevel(D("108.01"), D("12.5"), 2),)
    assert book.levels(BUY) == (OrderLevel(D("107.5"), D("1"), 1),)

    book.update("ord_1", D("10"), priority=9, now=8)  # priority alone: the published book does not change
    assert book.revision == 3
    book.update("ord_1", D("4"), now=9)
    book.remove("ord_3", now=10)
    book.remove("ord_3", now=11)  # already gone: no change
    assert (book.revision, book.changed_at) == (5, 10)
    assert book.levels(SELL) == (OrderLevel(D("108.01"), D("6.5"), 2),) and book.levels(BUY) == ()


def test_venue_liquidity_reports_what_was_taken_during_the_tick_only() -> None:
    liquidity = VenueLiquidity()
    tick = BookView(XOM, "sim", 7, 0, bids=(Level(D("107.98"), D("5")),),
                    asks=(Level(D("108.02"), D("5")), Level(D("108.03"), D("5"))))
    liquidity.take(tick, BUY, [Level(D("108.02"), D("5")), Level(D("108.03"), D("1"))], now=42)
    liquidity.take(tick, BUY, [Level(D("108.03"), D("0"))], now=43)  # nothing taken: no change
    assert liquidity.changes(XOM) == (1, 42)
    assert liquidity.taken(XOM, 7, SELL) == (Level(D("108.02"), D("5")), Level(D("108.03"), D("1")))
    assert liquidity.taken(XOM, 7, BUY) == ()
    assert liquidity.taken(XOM, 8, SELL) == ()  # the next tick's book is whole again


def test_overlay_adds_resting_orders_and_removes_what_was_taken_exactly() -> None:
    raw_bids = [(10798, 1845, 7), (10797, 2246, 3)]
    raw_asks = [(10802, 1825, 3), (10803, 720, 3), (10804, 1737, 1)]
    overlay = BookOverlay(
        revision=4, time=1,
        bids=(OrderLevel(D("107.97"), D("0.5"), 1), OrderLevel(D("50"), D("10"), 2)),
        asks=(OrderLevel(D("108.01"), D("10"), 1), OrderLevel(D("108.04"), D("3"), 1)),
        taken_asks=(Level(D("108.02"), D("1825")), Level(D("108.03"), D("20"))),
    )
    bids, asks = books.overlaid(raw_bids, raw_asks, TICK, D(1), overlay, depth=3)
    assert bids == [OrderLevel(D("107.98"), D("1845"), 7), OrderLevel(D("107.97"), D("2246.5"), 4),
                    OrderLevel(D("50"), D("10"), 2)]
    # 108.02 was emptied, so it is gone; 108.03 lost what was taken; 108.04 gained a user order.
    assert asks == [OrderLevel(D("108.01"), D("10"), 1), OrderLevel(D("108.03"), D("700"), 3),
                    OrderLevel(D("108.04"), D("1740"), 2)]
    assert books.overlay_depth(3, overlay) == 5  # enough venue levels for the emptied ones


# --------------------------------------------------------------------------------- the platform


def inside_ask(platform: Platform) -> tuple[Decimal, Decimal, Decimal]:
    """XOM's venue touch on sim, and a price strictly inside the spread one tick below the ask."""
    venue = platform.market.book(XOM)
    bid, ask = venue.bids[0].price, venue.asks[0].price
    assert ask - bid >= 2 * TICK, (bid, ask)  # seed 42 opens 107.98 / 108.02
    return bid, ask, ask - TICK


def published(platform: Platform, depth: int = 5) -> mpb.OrderBook:
    market = platform.market.market(XOM, "sim")
    return messages.order_book(market, depth, platform.market.overlay(market))


def test_a_marketable_limit_that_rests_never_crosses_the_published_book() -> None:
    platform = Platform(ServeConfig())
    venue = platform.market.book(XOM)
    limit = venue.asks[1].price  # takes the first two ask levels whole, then rests the rest at its limit
    quantity = venue.asks[0].quantity + venue.asks[1].quantity + 100
    order = platform.trading.place_order(make_order("sweep", XOM, "buy", str(quantity), str(limit),
                                                    account_id="acc_alice_margin"))
    assert order.status == venues.ORDER_STATUS_PARTIALLY_FILLED and order.leaves_quantity.value == "100"

    book = published(platform)
    assert (book.bids[0].price.value, book.bids[0].quantity.value, book.bids[0].order_count) == (
        format(limit, "f"), "100", 1)
    assert D(book.asks[0].price.value) == venue.asks[2].price  # the two emptied levels are gone this tick
    assert platform.market.book(XOM) == venue  # matching still reads the venue's own levels

    for _ in range(30):  # ticks come and refill the book; the rest fills as the book crosses it
        platform.clock.step()
        platform.sync()
        book = published(platform)
        assert D(book.bids[0].price.value) < D(book.asks[0].price.value)
    assert platform.trading.order(order.order_id).status == venues.ORDER_STATUS_FILLED
    validation.validate(published(platform))


@asynccontextmanager
async def serving() -> AsyncIterator[tuple[markets_grpc.MarketDataServiceAsyncStub,
                                           venues_grpc.VenueGatewayServiceAsyncStub, Platform]]:
    server, port, platform = await create_server(ServeConfig(port=0))
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
            yield (markets_grpc.MarketDataServiceStub(channel), venues_grpc.VenueGatewayServiceStub(channel),
                   platform)
    finally:
        await server.stop(None)


def place(order: venues.Order) -> venue_api.PlaceOrderRequest:
    return venue_api.PlaceOrderRequest(request_id=str(uuid.uuid4()), order=order)


def cancel(account_id: str, order_id: str) -> venue_api.CancelOrderRequest:
    return venue_api.CancelOrderRequest(request_id=str(uuid.uuid4()), account_id=account_id, order_id=order_id)


def test_a_resting_user_order_is_in_the_published_book_until_it_fills() -> None:
    async def scenario() -> None:
        async with serving() as (market, gateway, platform):
            request = markets.GetOrderBookRequest(instrument_id=XOM, venue_id="sim", depth=5)
            before = (await market.GetOrderBook(request, metadata=ALICE)).order_book
            _, ask, price = inside_ask(platform)
            assert before.asks[0].price.value == format(ask, "f")
            assert all(D(level.price.value) != price for level in before.asks)

            sell = make_order("alice-inside", XOM, "sell", "10", format(price, "f"), account_id="acc_alice_margin",
                              post_only=True)
            resting = (await gateway.PlaceOrder(place(sell), metadata=ALICE)).order
            assert resting.status == venues.ORDER_STATUS_NEW

            during = (await market.GetOrderBook(request, metadata=BOB)).order_book
            top = during.asks[0]
            assert (top.price.value, top.quantity.value, top.order_count) == (format(price, "f"), "10", 1)
            assert during.asks[1].price.value == format(ask, "f")  # the venue's level follows
            assert during.sequence_number > before.sequence_number
            depth = (await market.GetMarketDepth(markets.GetMarketDepthRequest(instrument_id=XOM, venue_id="sim"),
                                                 metadata=BOB)).market_depth
            assert depth.best_ask_price.value == format(price, "f")
            assert depth.book_sequence_number >= during.sequence_number
            # Matching reads the venue's levels and the user book apart: the venue's own book is unchanged.
            assert platform.market.book(XOM).asks[0].price == ask

            buy = make_order("bob-ioc", XOM, "buy", "10", format(price, "f"), account_id="acc_bob_spot",
                             tif=venues.TIME_IN_FORCE_IOC)
            taker = (await gateway.PlaceOrder(place(buy), metadata=BOB)).order
            assert taker.status == venues.ORDER_STATUS_FILLED and taker.average_price == from_decimal(price)
            maker = (await gateway.GetOrder(venue_api.GetOrderRequest(order_id=resting.order_id),
                                            metadata=ALICE)).order
            assert maker.status == venues.ORDER_STATUS_FILLED  # bob met alice's order, not the venue

            after = (await market.GetOrderBook(request, metadata=ALICE)).order_book
            assert all(D(level.price.value) != price for level in after.asks)
            assert D(after.asks[0].price.value) > price and after.sequence_number > during.sequence_number
            validation.validate(during)

    asyncio.run(asyncio.wait_for(scenario(), timeout=60))


def test_the_book_stream_shows_a_user_order_as_deltas_with_chained_sequence_numbers() -> None:
    far = "50"  # far below XOM (~108): the level stays whatever the market does meanwhile

    async def scenario() -> None:
        async with serving() as (market, gateway, _):
            stream = market.StreamOrderBook(markets.StreamOrderBookRequest(instrument_id=XOM, venue_id="sim",
                                                                           depth=1000), metadata=ALICE)
            bids: dict[str, tuple[str, int]] = {}
            sequence = 0
            seen: list[mpb.OrderBookLevelChange] = []

            async def read_until(condition: str) -> None:
                nonlocal sequence
                for _ in range(5000):
                    message = await stream.read()
                    assert isinstance(message, markets.StreamOrderBookResponse)
                    if message.HasField("snapshot"):
                        assert sequence == 0
                        bids.clear()
                        bids.update({lv.price.value: (lv.quantity.value, lv.order_count)
                                     for lv in message.snapshot.bids})
                        sequence = message.snapshot.sequence_number
                    else:
                        delta = message.delta
                        assert delta.previous_sequence_number == sequence < delta.sequence_number
                        for change in delta.bids:
                            if change.level.price.value == far:
                                seen.append(change)
                            if change.action == mpb.ORDER_BOOK_ACTION_DELETE:
                                del bids[change.level.price.value]
                            else:
                                bids[change.level.price.value] = (change.level.quantity.value,
                                                                  change.level.order_count)
                        sequence = delta.sequence_number
                    if (far in bids) == (condition == "present"):
                        return
                raise AssertionError(f"the {far} level never became {condition}")

            await read_until("absent")  # the snapshot
            buy = make_order("bob-far", XOM, "buy", "10", far, account_id="acc_bob_spot")
            order = (await gateway.PlaceOrder(place(buy), metadata=BOB)).order
            assert order.status == venues.ORDER_STATUS_NEW
            await read_until("present")
            assert bids[far] == ("10", 1)
            await gateway.CancelOrder(cancel("acc_bob_spot", order.order_id), metadata=BOB)
            await read_until("absent")
            stream.cancel()
            assert [change.action for change in seen] == [mpb.ORDER_BOOK_ACTION_ADD, mpb.ORDER_BOOK_ACTION_DELETE]
            assert (seen[0].level.quantity.value, seen[0].level.order_count) == ("10", 1)

            # A new stream starts from a snapshot that already holds a resting order.
            again = (await gateway.PlaceOrder(place(make_order("bob-far-2", XOM, "buy", "3", far,
                                                               account_id="acc_bob_spot")), metadata=BOB)).order
            fresh = market.StreamOrderBook(markets.StreamOrderBookRequest(instrument_id=XOM, venue_id="sim",
                                                                          depth=1000), metadata=ALICE)
            snapshot = await fresh.read()
            assert isinstance(snapshot, markets.StreamOrderBookResponse)
            assert [(lv.quantity.value, lv.order_count) for lv in snapshot.snapshot.bids
                    if lv.price.value == far] == [("3", 1)]
            fresh.cancel()
            await gateway.CancelOrder(cancel("acc_bob_spot", again.order_id), metadata=BOB)

    asyncio.run(asyncio.wait_for(scenario(), timeout=120))


def test_the_same_calls_give_the_same_published_books() -> None:
    def session() -> list[bytes]:
        platform = Platform(ServeConfig())
        price = format(inside_ask(platform)[2], "f")
        books_seen = []
        for index, (side, account, tif) in enumerate((("sell", "acc_alice_margin", venues.TIME_IN_FORCE_GTC),
                                                     ("buy", "acc_bob_spot", venues.TIME_IN_FORCE_IOC))):
            platform.clock.step()
            platform.sync()
            platform.trading.place_order(make_order(f"o{index}", XOM, side, "10", price, account_id=account,
                                                    tif=tif, post_only=index == 0))
            books_seen.append(published(platform).SerializeToString(deterministic=True))
        return books_seen

    assert session() == session()


def test_replace_moves_the_level_and_cancel_removes_it_each_change_a_new_sequence_number() -> None:
    platform = Platform(ServeConfig())
    market = platform.market.market(XOM, "sim")

    def state() -> tuple[int, dict[str, tuple[str, int]], int]:
        book = published(platform, depth=1000)
        # GetMarketDepth's sequence number, from the depth query rather than from book_sequence (which also
        # numbers the book, so comparing the two would compare a function with itself).
        depth = queries.market_depth(market, [D(1)], platform.market.overlay(market)).book_sequence_number
        return book.sequence_number, {lv.price.value: (lv.quantity.value, lv.order_count) for lv in book.bids}, depth

    start, bids, _ = state()
    assert "60" not in bids and "61" not in bids
    order = platform.trading.place_order(make_order("bob-60", XOM, "buy", "10", "60", account_id="acc_bob_spot"))
    placed, bids, depth_sequence = state()
    assert bids["60"] == ("10", 1) and placed > start and depth_sequence == placed

    replace = venue_api.ReplaceOrderRequest(request_id=str(uuid.uuid4()), account_id="acc_bob_spot",
                                            orig_client_order_id="bob-60", client_order_id="bob-61",
                                            limit_price=from_decimal("61"), quantity=from_decimal("12"))
    platform.trading.replace_order(replace)
    replaced, bids, _ = state()
    assert "60" not in bids and bids["61"] == ("12", 1) and replaced > placed

    platform.trading.cancel_order("acc_bob_spot", order.order_id)
    canceled, bids, _ = state()
    assert "61" not in bids and canceled > replaced
    # Matching's view of the venue never held the user order.
    assert not {D(60), D(61)} & {level.price for level in platform.market.book(XOM, depth=1000).bids}
