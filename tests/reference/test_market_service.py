"""MarketDataService through a real grpc.aio server: prices, books, history, analytics and streams."""

from __future__ import annotations

import itertools
import types
from decimal import Decimal

import grpc
import grpc.aio
from google.protobuf import duration_pb2

from cq.decimals import from_decimal
from cq.markets.v1 import resources_pb2 as mpb
from cq.markets.v1 import service_pb2 as pb
from cq.markets.v1 import service_pb2_grpc
from cq.types.v1 import side_pb2, time_range_pb2
from reference.clock import NANOS_PER_SECOND, to_timestamp
from reference.domain import market_queries as queries
from reference.domain.feed import Market
from tests.reference.test_assets_service import ALICE, START, failure, run

SECOND = NANOS_PER_SECOND
BTC, BOND, PERP = "cq:spot:BTC-USD", "cq:bond:US91282CJL54", "cq:perp:BTC-USD"


def stub_of(channel: grpc.aio.Channel) -> service_pb2_grpc.MarketDataServiceAsyncStub:
    return service_pb2_grpc.MarketDataServiceStub(channel)


async def let_time_pass(platform: types.SimpleNamespace, seconds: int) -> None:
    """Virtual time passes without calls (the stepped clock's sleep is instant)."""
    await platform.clock.sleep(seconds * SECOND)


def window(start_s: int = 0, end_s: int | None = None) -> time_range_pb2.TimeRange:
    """[START + start_s, START + end_s) in seconds; an unset end means up to now."""
    result = time_range_pb2.TimeRange(start_time=to_timestamp(START + start_s * SECOND))
    if end_s is not None:
        result.end_time.CopyFrom(to_timestamp(START + end_s * SECOND))
    return result


# ---------------------------------------------------------------------------------------- latest


def test_latest_price_per_venue_and_per_dealer() -> None:
    async def scenario(channel: grpc.aio.Channel, _: types.SimpleNamespace) -> None:
        stub = stub_of(channel)
        kraken = (await stub.GetLatestPrice(pb.GetLatestPriceRequest(instrument_id=BTC, venue_id="kraken"),
                                            metadata=ALICE)).price
        sim = (await stub.GetLatestPrice(pb.GetLatestPriceRequest(instrument_id=BTC, venue_id="sim"),
                                         metadata=ALICE)).price
        for price in (kraken, sim):
            assert Decimal(price.bid_price.value) < Decimal(price.mid_price.value) < Decimal(price.ask_price.value)
            assert price.sequence_number > 0 and price.market_status == mpb.MARKET_STATUS_TRADING
        assert kraken.bid_price != sim.bid_price  # per venue, never blended

        composite = await stub.GetLatestPrice(pb.GetLatestPriceRequest(instrument_id=BOND, venue_id="sim"),
                                              metadata=ALICE)
        bids = [Decimal(q.bid_price.value) for q in composite.dealer_quotes]
        assert len(composite.dealer_quotes) == 4 and bids == sorted(bids, reverse=True)
        assert composite.price.bid_price.value == composite.dealer_quotes[0].bid_price.value
        assert Decimal(composite.price.ask_price.value) == min(Decimal(q.ask_price.value)
                                                               for q in composite.dealer_quotes)
        one = await stub.GetLatestPrice(pb.GetLatestPriceRequest(instrument_id=BOND, venue_id="sim",
                                                                 dealer_id="dealer_b"), metadata=ALICE)
        assert one.price.dealer_id == "dealer_b" and one.price.quote_id and not one.dealer_quotes

        for request, reason in (
            (pb.GetLatestPriceRequest(instrument_id=BTC, venue_id="binance"), "MARKET_NOT_FOUND"),
            (pb.GetLatestPriceRequest(instrument_id=BTC, venue_id="nasdaq"), "VENUE_NOT_FOUND"),
            (pb.GetLatestPriceRequest(instrument_id="cq:spot:NOPE-USD", venue_id="sim"), "INSTRUMENT_NOT_FOUND"),
            (pb.GetLatestPriceRequest(instrument_id=BOND, venue_id="sim", dealer_id="dealer_z"),
             "DEALER_QUOTE_NOT_FOUND"),
        ):
            assert (await failure(stub.GetLatestPrice(request, metadata=ALICE)))[:2] == (
                grpc.StatusCode.NOT_FOUND, reason)

    run(scenario)


def test_order_book_depth_and_consistency() -> None:
    async def scenario(channel: grpc.aio.Channel, _: types.SimpleNamespace) -> None:
        stub = stub_of(channel)
        book = (await stub.GetOrderBook(pb.GetOrderBookRequest(instrument_id="cq:perp:ETH-USD", venue_id="kraken"),
                                        metadata=ALICE)).order_book
        assert (book.depth, len(book.bids), len(book.asks)) == (20, 20, 20)
        assert Decimal(book.bids[0].price.value) < Decimal(book.asks[0].price.value)
        deep = (await stub.GetOrderBook(pb.GetOrderBookRequest(instrument_id=BTC, venue_id="sim", depth=5000),
                                        metadata=ALICE)).order_book
        assert deep.depth == 1000 and len(deep.bids) == 40  # the whole simulated ladder
        assert (await failure(stub.GetOrderBook(pb.GetOrderBookRequest(instrument_id=BTC, venue_id="sim", depth=-1),
                                                metadata=ALICE)))[0] == grpc.StatusCode.INVALID_ARGUMENT

    run(scenario)


# --------------------------------------------------------------------------------------- history


def test_candles_and_trades_page_and_agree() -> None:
    async def scenario(channel: grpc.aio.Channel, platform: types.SimpleNamespace) -> None:
        stub = stub_of(channel)
        await let_time_pass(platform, 180)
        request = pb.ListCandlesRequest(instrument_id=BTC, venue_id="sim", interval=mpb.CANDLE_INTERVAL_1_MINUTE,
                                        time_range=window(), page_size=2)
        three_minutes = window(0, 180)
        candles: list[mpb.Candle] = []
        while True:
            page = await stub.ListCandles(request, metadata=ALICE)
            candles += page.candles
            if not page.next_page_token:
                break
            request.page_token = page.next_page_token
        assert [c.open_time.seconds - START // SECOND for c in candles] == [0, 60, 120, 180]
        assert [c.closed for c in candles] == [True] * 3 + [False]  # the last one is still open
        candles = candles[:3]

        trades: list[mpb.Trade] = []
        trade_request = pb.ListTradesRequest(instrument_id=BTC, venue_id="sim", time_range=three_minutes,
                                             page_size=400)
        while True:
            trade_page = await stub.ListTrades(trade_request, metadata=ALICE)
            trades += trade_page.trades
            if not trade_page.next_page_token:
                break
            trade_request.page_token = trade_page.next_page_token
        assert len({t.trade_id for t in trades}) == len(trades) > 400  # several pages
        times = [t.event_time.ToNanoseconds() for t in trades]
        assert times == sorted(times)
        assert sum(c.trade_count for c in candles) == len(trades)
        assert sum(Decimal(c.volume.value) for c in candles) == sum(Decimal(t.quantity.value) for t in trades)

        vwap = (await stub.GetVwap(pb.GetVwapRequest(instrument_id=BTC, venue_id="sim", time_range=window(60, 180)),
                                   metadata=ALICE)).vwap
        inside = [t for t in trades if START + 60 * SECOND <= t.event_time.ToNanoseconds() < START + 180 * SECOND]
        notional = sum((Decimal(t.price.value) * Decimal(t.quantity.value) for t in inside), Decimal(0))
        volume = sum((Decimal(t.quantity.value) for t in inside), Decimal(0))
        assert (vwap.trade_count, Decimal(vwap.volume.value), Decimal(vwap.quote_volume.value)) == (
            len(inside), volume, notional)
        assert abs(Decimal(vwap.price.value) - notional / volume) <= Decimal("0.000005")  # 4 digits past the tick

    run(scenario)


def test_price_history_has_increasing_sequences_and_dealer_filter() -> None:
    async def scenario(channel: grpc.aio.Channel, platform: types.SimpleNamespace) -> None:
        stub = stub_of(channel)
        await let_time_pass(platform, 20)
        twenty_seconds = window(0, 20)
        request = pb.ListPricesRequest(instrument_id=BTC, venue_id="coinbase", time_range=twenty_seconds,
                                       page_size=50)
        prices: list[mpb.Price] = []
        while True:
            page = await stub.ListPrices(request, metadata=ALICE)
            prices += page.prices
            if not page.next_page_token:
                break
            request.page_token = page.next_page_token
        sequences = [p.sequence_number for p in prices]
        assert sequences == list(range(1, 201))  # 20 s at 10 Hz from tick 0
        quotes = await stub.ListPrices(pb.ListPricesRequest(instrument_id=BOND, venue_id="sim",
                                                            time_range=twenty_seconds, dealer_id="dealer_c"),
                                       metadata=ALICE)
        assert len(quotes.prices) == 10 and {q.dealer_id for q in quotes.prices} == {"dealer_c"}
        assert all(q.expire_time.ToNanoseconds() > q.event_time.ToNanoseconds() for q in quotes.prices)

    run(scenario)


# ------------------------------------------------------------------------------------- analytics


def test_depth_liquidity_and_dealer_quotes() -> None:
    async def scenario(channel: grpc.aio.Channel, platform: types.SimpleNamespace) -> None:
        stub = stub_of(channel)
        await let_time_pass(platform, 60)
        depth = (await stub.GetMarketDepth(pb.GetMarketDepthRequest(
            instrument_id="cq:spot:SOL-USD", venue_id="kraken", band_percents=[from_decimal("1"), from_decimal("0.25")]),
            metadata=ALICE)).market_depth
        assert [b.distance_percent.value for b in depth.bands] == ["0.25", "1"] and depth.spread_bps > 0
        metrics = (await stub.GetLiquidityMetrics(pb.GetLiquidityMetricsRequest(
            instrument_id="cq:spot:SOL-USD", venue_id="kraken", slippage_quantities=[from_decimal("10")],
            volume_window=duration_pb2.Duration(seconds=3600)), metadata=ALICE)).liquidity_metrics
        assert metrics.vadr > 0 and Decimal(metrics.volume.value) > 0 and len(metrics.slippage_estimates) == 2
        assert {e.side for e in metrics.slippage_estimates} == {side_pb2.SIDE_BUY, side_pb2.SIDE_SELL}

        quotes = (await stub.ListDealerQuotes(pb.ListDealerQuotesRequest(
            instrument_id=BOND, venue_id="sim", side=side_pb2.SIDE_BUY, quantity=from_decimal("5000"), page_size=3),
            metadata=ALICE))
        asks = [Decimal(q.ask_price.value) for q in quotes.dealer_quotes]
        assert len(asks) == 3 and asks == sorted(asks) and quotes.next_page_token
        assert all(q.ask_size.value == "5000" and q.quote_id.endswith("_5000") for q in quotes.dealer_quotes)
        assert platform.market.quote(quotes.dealer_quotes[0].quote_id) == quotes.dealer_quotes[0]
        assert (await failure(stub.ListDealerQuotes(pb.ListDealerQuotesRequest(instrument_id=BTC, venue_id="sim"),
                                                    metadata=ALICE)))[:2] == (grpc.StatusCode.FAILED_PRECONDITION,
                                                                              "NOT_DEALER_QUOTED")

    run(scenario)


def test_derivatives_metrics_latest_and_history() -> None:
    async def scenario(channel: grpc.aio.Channel, platform: types.SimpleNamespace) -> None:
        stub = stub_of(channel)
        await let_time_pass(platform, 150)
        latest = (await stub.GetDerivativesMetrics(pb.GetDerivativesMetricsRequest(instrument_id=PERP,
                                                                                   venue_id="sim"),
                                                   metadata=ALICE)).derivatives_metrics
        assert latest.funding_interval.seconds == 28_800 and latest.open_interest_notional.asset_id == "USD"
        history = await stub.ListDerivativesMetrics(pb.ListDerivativesMetricsRequest(
            instrument_id=PERP, venue_id="sim", interval=mpb.CANDLE_INTERVAL_1_MINUTE, time_range=window()),
            metadata=ALICE)
        closes = [START // SECOND + 60 * k for k in range(3)]
        assert [m.event_time.seconds for m in history.derivatives_metrics] == closes  # at or before each close
        inverse = (await stub.GetDerivativesMetrics(pb.GetDerivativesMetricsRequest(
            instrument_id="cq:perp:BTC-USD-INV", venue_id="binance"), metadata=ALICE)).derivatives_metrics
        assert inverse.open_interest_notional.asset_id == "BTC"
        assert (await failure(stub.GetDerivativesMetrics(pb.GetDerivativesMetricsRequest(
            instrument_id=BTC, venue_id="sim"), metadata=ALICE)))[:2] == (grpc.StatusCode.FAILED_PRECONDITION,
                                                                        "NOT_PERPETUAL_OR_FUTURE")

    run(scenario)


# --------------------------------------------------------------------------------------- streams


def test_price_stream_opens_with_latest_then_strictly_increasing_sequences() -> None:
    async def scenario(channel: grpc.aio.Channel, _: types.SimpleNamespace) -> None:
        stub = stub_of(channel)
        call = stub.StreamPrices(pb.StreamPricesRequest(instrument_ids=[BTC, BOND], venue_ids=["sim", "kraken"]),
                                 metadata=ALICE)
        received: list[mpb.Price] = []
        async for message in call:
            received.append(message.price)
            if len(received) == 200:
                break
        call.cancel()
        opening = {(p.instrument_id, p.venue_id, p.dealer_id) for p in received[:6]}
        assert opening == {(BTC, "sim", ""), (BTC, "kraken", "")} | {(BOND, "sim", f"dealer_{d}") for d in "abcd"}
        last: dict[tuple[str, str, str], int] = {}
        for price in received:
            key = (price.instrument_id, price.venue_id, price.dealer_id)
            assert price.sequence_number > last.get(key, 0)
            last[key] = price.sequence_number

        conflated = stub.StreamPrices(pb.StreamPricesRequest(instrument_ids=[BTC], venue_ids=["sim"],
                                                             conflation_interval=duration_pb2.Duration(seconds=1)), metadata=ALICE)
        times = []
        async for message in conflated:
            times.append(message.price.event_time.ToNanoseconds())
            if len(times) == 5:
                break
        conflated.cancel()
        # After the opening price, at most one update a second.
        assert all(b - a >= SECOND - 100_000_000 for a, b in itertools.pairwise(times[1:]))

        missing = stub.StreamPrices(pb.StreamPricesRequest(instrument_ids=["cq:spot:NOPE-USD"]), metadata=ALICE)
        assert (await failure(missing.read()))[:2] == (grpc.StatusCode.NOT_FOUND, "INSTRUMENT_NOT_FOUND")

    run(scenario)


def test_book_stream_snapshot_then_chained_deltas_rebuild_the_published_top() -> None:
    async def scenario(channel: grpc.aio.Channel, platform: types.SimpleNamespace) -> None:
        stub = stub_of(channel)
        call = stub.StreamOrderBook(pb.StreamOrderBookRequest(instrument_id=BTC, venue_id="sim", depth=10),
                                    metadata=ALICE)
        bids: dict[str, str] = {}
        asks: dict[str, str] = {}
        sequence, tops = 0, {}
        async for message in call:
            if message.HasField("snapshot"):
                assert sequence == 0  # a snapshot first (and only after a resync)
                bids = {lv.price.value: lv.quantity.value for lv in message.snapshot.bids}
                asks = {lv.price.value: lv.quantity.value for lv in message.snapshot.asks}
                sequence = message.snapshot.sequence_number
            else:
                delta = message.delta
                assert delta.previous_sequence_number == sequence and delta.last_in_batch
                for side, changes in ((bids, delta.bids), (asks, delta.asks)):
                    for change in changes:
                        if change.action == mpb.ORDER_BOOK_ACTION_DELETE:
                            del side[change.level.price.value]
                        else:
                            side[change.level.price.value] = change.level.quantity.value
                sequence = delta.sequence_number
            assert len(bids) == len(asks) == 10
            best_bid = max(bids, key=Decimal)
            best_ask = min(asks, key=Decimal)
            assert Decimal(best_bid) < Decimal(best_ask)
            tops[sequence] = (best_bid, bids[best_bid], best_ask, asks[best_ask])
            if len(tops) == 30:
                break
        call.cancel()
        market: Market = platform.market.market(BTC, "sim")
        history = {}
        prices, _ = queries.prices(market, START, platform.clock.now() + 1, "", None, 10_000)
        for price in prices:
            history[price.sequence_number] = (price.bid_price.value, price.bid_size.value, price.ask_price.value,
                                              price.ask_size.value)
        assert all(history[seq] == top for seq, top in tops.items())

    run(scenario)


def test_derivatives_stream_and_refusal_of_spot() -> None:
    async def scenario(channel: grpc.aio.Channel, _: types.SimpleNamespace) -> None:
        stub = stub_of(channel)
        call = stub.StreamDerivativesMetrics(pb.StreamDerivativesMetricsRequest(
            instrument_ids=[PERP, "cq:future:ES-202603"]), metadata=ALICE)
        received = []
        async for message in call:
            received.append(message.derivatives_metrics)
            if len(received) == 12:
                break
        call.cancel()
        assert {m.venue_id for m in received if m.instrument_id == PERP} == {"sim", "kraken"}
        assert any(m.HasField("annualized_basis_rate") for m in received if m.instrument_id != PERP)
        spot = stub.StreamDerivativesMetrics(pb.StreamDerivativesMetricsRequest(instrument_ids=[BTC]), metadata=ALICE)
        assert (await failure(spot.read()))[:2] == (grpc.StatusCode.FAILED_PRECONDITION, "NOT_PERPETUAL_OR_FUTURE")

    run(scenario)


# ---------------------------------------------------------------------------------- determinism


def test_same_seed_and_calls_give_identical_responses() -> None:
    async def calls(channel: grpc.aio.Channel, platform: types.SimpleNamespace) -> list[bytes]:
        stub = stub_of(channel)
        await let_time_pass(platform, 30)
        answers = [
            await stub.GetLatestPrice(pb.GetLatestPriceRequest(instrument_id=BOND, venue_id="sim"), metadata=ALICE),
            await stub.GetOrderBook(pb.GetOrderBookRequest(instrument_id=PERP, venue_id="kraken"), metadata=ALICE),
            await stub.ListTrades(pb.ListTradesRequest(instrument_id="cq:equity:NVDA", venue_id="sim"),
                                  metadata=ALICE),
            await stub.GetLiquidityMetrics(pb.GetLiquidityMetricsRequest(
                instrument_id="cq:spot:ETH-USD", venue_id="coinbase", slippage_quantities=[from_decimal("25")]),
                metadata=ALICE),
        ]
        return [answer.SerializeToString(deterministic=True) for answer in answers]

    first, second, other = run(calls), run(calls), run(calls, seed=7)
    assert first == second and first != other
