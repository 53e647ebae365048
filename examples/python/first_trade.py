"""A first CQ client: resolve an asset, stream prices, buy BTC and watch it fill, read portfolio and risk.

    python first_trade.py [--target HOST:PORT] [--token TOKEN] [--account ID]
                          (defaults: $CQ_TARGET, $CQ_TOKEN, $CQ_ACCOUNT)

Prints a summary line starting "OK:", or exits 1 with a line starting "FAIL:".
"""

from __future__ import annotations

import argparse
import os
import sys
import uuid
from decimal import ROUND_CEILING, Decimal
from typing import NoReturn

import grpc

from cq.assets.v1 import service_pb2 as assets
from cq.client import CqClient, connect
from cq.decimals import from_decimal, to_decimal
from cq.markets.v1 import resources_pb2 as market_types
from cq.markets.v1 import service_pb2 as markets
from cq.portfolio.v1 import service_pb2 as portfolio
from cq.risk.v1 import service_pb2 as risk
from cq.types.v1 import identifiers_pb2, side_pb2
from cq.venues.v1 import resources_pb2 as orders
from cq.venues.v1 import service_pb2 as venues

INSTRUMENT, VENUE = "cq:spot:BTC-USD", "sim"
QUANTITY = Decimal("0.01")
TERMINAL = {orders.ORDER_STATUS_FILLED, orders.ORDER_STATUS_CANCELED,
            orders.ORDER_STATUS_REJECTED, orders.ORDER_STATUS_EXPIRED}
STREAM_TIMEOUT_SECONDS = 30.0  # streams get no default deadline: bound them so that nothing can hang


def fail(message: str) -> NoReturn:
    sys.exit(f"FAIL: {message}")


def exec_type(value: orders.ExecType.ValueType) -> str:
    return orders.ExecType.Name(value).removeprefix("EXEC_TYPE_")


def status(value: orders.OrderStatus.ValueType) -> str:
    return orders.OrderStatus.Name(value).removeprefix("ORDER_STATUS_")


def stream_prices(client: CqClient, count: int) -> list[market_types.Price]:
    """The first ``count`` price updates of BTC-USD on the sim venue; then the stream is cancelled."""
    request = markets.StreamPricesRequest(instrument_ids=[INSTRUMENT], venue_ids=[VENUE])
    stream = client.market_data.StreamPrices(request, timeout=STREAM_TIMEOUT_SECONDS)
    prices: list[market_types.Price] = []
    for update in stream:
        p = update.price
        prices.append(p)
        print(f"price {len(prices)}: {p.venue_id} {p.instrument_id} bid {to_decimal(p.bid_price)} "
              f"ask {to_decimal(p.ask_price)} (seq {p.sequence_number})")
        if len(prices) == count:
            break
    stream.cancel()
    return prices


def watch_order(client: CqClient, account: str, placed: orders.Order) -> list[orders.ExecutionReport]:
    """The order's execution reports, in sequence order, up to the one that makes it terminal.

    The stream replays from start_time = the order's create_time (the server's clock, not ours: the
    reference services run on virtual time), so the reports sent before the stream opened come
    first, and none can be missed however late this call is made.
    """
    request = venues.StreamExecutionReportsRequest(account_id=account, start_time=placed.create_time)
    stream = client.venue_gateway.StreamExecutionReports(request, timeout=STREAM_TIMEOUT_SECONDS)
    reports: list[orders.ExecutionReport] = []
    for event in stream:
        report = event.execution_report
        if not event.HasField("execution_report") or report.order_id != placed.order_id:
            continue  # another order of the account, or a cancel reject
        reports.append(report)
        print(f"report seq {report.sequence}: {exec_type(report.exec_type)} {status(report.order_status)} "
              f"cum {to_decimal(report.cum_quantity)}")
        if report.order_status in TERMINAL:
            break
    stream.cancel()
    return reports


def in_fix_order(reports: list[orders.ExecutionReport]) -> bool:
    """[PENDING_NEW] NEW TRADE..., sequences rising, the last one FILLED with the whole quantity."""
    rank = {orders.EXEC_TYPE_PENDING_NEW: 0, orders.EXEC_TYPE_NEW: 1, orders.EXEC_TYPE_TRADE: 2}
    ranks = [rank.get(r.exec_type, -1) for r in reports]
    sequences = [r.sequence for r in reports]
    return (bool(reports) and -1 not in ranks and ranks == sorted(ranks) and {1, 2} <= set(ranks)
            and sequences == sorted(set(sequences))
            and reports[-1].order_status == orders.ORDER_STATUS_FILLED
            and to_decimal(reports[-1].cum_quantity) == QUANTITY)


def first_trade(client: CqClient, account: str) -> str:
    # 1. A venue's name for an asset -> the canonical asset.
    xbt = identifiers_pb2.VenueSymbol(venue_id="kraken", symbol="XBT")
    asset = client.asset_registry.ResolveVenueSymbol(assets.ResolveVenueSymbolRequest(venue_symbol=xbt)).asset
    print(f"resolved kraken XBT -> {asset.asset_id} ({asset.name})")
    if asset.asset_id != "BTC":
        fail(f"kraken XBT resolved to {asset.asset_id!r}, not BTC")

    # 2. A few live prices.
    prices = stream_prices(client, 5)
    if len(prices) < 5:
        fail(f"the price stream ended after {len(prices)} updates, expected 5")

    # 3. A marketable limit buy: 1% above the last ask, rounded up to the instrument's price tick.
    instrument = client.asset_registry.GetInstrument(assets.GetInstrumentRequest(instrument_id=INSTRUMENT))
    tick = to_decimal(instrument.instrument.tick_size)
    limit = (to_decimal(prices[-1].ask_price) * Decimal("1.01") / tick).to_integral_value(ROUND_CEILING) * tick
    order = orders.Order(
        client_order_id=f"first-trade-{uuid.uuid4()}", account_id=account, instrument_id=INSTRUMENT,
        side=side_pb2.SIDE_BUY, type=orders.ORDER_TYPE_LIMIT, time_in_force=orders.TIME_IN_FORCE_GTC,
        limit_price=from_decimal(limit), quantity=from_decimal(QUANTITY))
    placed = client.venue_gateway.PlaceOrder(
        venues.PlaceOrderRequest(request_id=str(uuid.uuid4()), order=order)).order
    print(f"placed {placed.order_id} ({order.client_order_id}): buy {QUANTITY} {INSTRUMENT} limit {limit}, "
          f"{status(placed.status)}")
    if placed.status == orders.ORDER_STATUS_REJECTED:
        fail(f"order rejected: {orders.OrderRejectReason.Name(placed.reject_reason)} {placed.venue_message}")
    reports = watch_order(client, account, placed)
    if not in_fix_order(reports):
        fail(f"expected reports [PENDING_NEW] NEW TRADE... ending FILLED {QUANTITY}, got "
             f"{[(exec_type(r.exec_type), status(r.order_status)) for r in reports]}")

    # 4. The portfolio and the account's risk after the fill.
    book = client.portfolio.GetPortfolio(portfolio.GetPortfolioRequest(portfolio_id=f"pf_{account}")).portfolio
    btc = next((p for p in book.positions if p.instrument_id == INSTRUMENT), None)
    if btc is None or to_decimal(btc.quantity) < QUANTITY:
        fail(f"no {INSTRUMENT} position of at least {QUANTITY} in {book.portfolio_id} after the fill")
    nav = f"{to_decimal(book.nav.value)} {book.nav.asset_id}"
    print(f"portfolio {book.portfolio_id}: NAV {nav}, BTC position {to_decimal(btc.quantity)}")
    snapshot = client.risk_engine.GetRiskSnapshot(risk.GetRiskSnapshotRequest(account_id=account)).snapshot
    gross = snapshot.exposure.gross
    var = [f", VaR {v.confidence:.0%} {to_decimal(v.value_at_risk.value)} {v.value_at_risk.asset_id}"
           for v in snapshot.value_at_risk[:1]]
    print(f"risk {snapshot.account_id}: gross exposure {to_decimal(gross.value)} {gross.asset_id}, "
          f"leverage {snapshot.exposure.leverage:.3f}{''.join(var)}")

    fill = reports[-1]
    return (f"OK: kraken XBT is BTC; {len(prices)} prices; {placed.order_id} FILLED "
            f"{to_decimal(fill.cum_quantity)} @ {to_decimal(fill.average_price)} in {len(reports)} reports; "
            f"BTC position {to_decimal(btc.quantity)}; NAV {nav}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--target", default=os.environ.get("CQ_TARGET") or "127.0.0.1:50051")
    parser.add_argument("--token", default=os.environ.get("CQ_TOKEN") or "dev-alice")
    parser.add_argument("--account", default=os.environ.get("CQ_ACCOUNT") or "acc_alice_spot")
    args = parser.parse_args()
    try:
        with connect(args.target, token=args.token) as client:
            print(first_trade(client, args.account))
    except grpc.RpcError as error:
        if isinstance(error, grpc.Call):  # what the stubs raise is both
            fail(f"{error.code().name}: {error.details()}")
        raise


if __name__ == "__main__":
    main()
