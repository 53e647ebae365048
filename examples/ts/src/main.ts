// A first CQ client: resolve an asset, stream prices, buy BTC and watch the order fill, then read the
// portfolio and the risk snapshot.
//
//   node dist/main.js [--target HOST:PORT] [--token TOKEN] [--account ID]   (defaults: $CQ_TARGET, $CQ_TOKEN, $CQ_ACCOUNT)
//
// It prints a summary line starting "OK:", or exits 1 with a line starting "FAIL:".

import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { createCqClient, Decimal, fromDecimal, toDecimal, type CqClient } from "@cq/contracts";
import type { Price } from "@cq/contracts/cq/markets/v1/resources_pb";
import type { Decimal as DecimalMessage } from "@cq/contracts/cq/types/v1/decimal_pb";
import { Side } from "@cq/contracts/cq/types/v1/side_pb";
import {
  ExecType, OrderRejectReason, OrderStatus, OrderType, TimeInForce, type ExecutionReport, type Order,
} from "@cq/contracts/cq/venues/v1/resources_pb";

const INSTRUMENT = "cq:spot:BTC-USD";
const VENUE = "sim";
const QUANTITY = new Decimal("0.01");
const TERMINAL = [OrderStatus.FILLED, OrderStatus.CANCELED, OrderStatus.REJECTED, OrderStatus.EXPIRED];
const STREAM_TIMEOUT_MS = 30_000; // streams get no default deadline: bound them so that nothing can hang

function check(ok: boolean, message: string): asserts ok {
  if (!ok) throw new Error(message);
}

/** A contract decimal, exactly; money never passes through a float. */
function dec(message: DecimalMessage | undefined): Decimal {
  check(message !== undefined, "a decimal field is missing");
  return toDecimal(message);
}

/**
 * The options of a stream that ends when `abort` is aborted or after STREAM_TIMEOUT_MS. Leaving a
 * `for await` loop does not cancel a Connect stream: abort it. (The timeout is a signal rather than
 * Connect's timeoutMs, whose timer outlives a stream aborted early and keeps Node running until it fires.)
 */
function streamOptions(abort: AbortController): { signal: AbortSignal } {
  return { signal: AbortSignal.any([abort.signal, AbortSignal.timeout(STREAM_TIMEOUT_MS)]) };
}

/** The first `count` price updates of BTC-USD on the sim venue; then the stream is cancelled. */
async function streamPrices(client: CqClient, count: number): Promise<Price[]> {
  const abort = new AbortController();
  const prices: Price[] = [];
  const stream = client.marketData.streamPrices({ instrumentIds: [INSTRUMENT], venueIds: [VENUE] }, streamOptions(abort));
  try {
    for await (const { price } of stream) {
      if (price === undefined) continue;
      prices.push(price);
      console.log(`price ${prices.length}: ${price.venueId} ${price.instrumentId} bid ${dec(price.bidPrice)} ` +
        `ask ${dec(price.askPrice)} (seq ${price.sequenceNumber})`);
      if (prices.length === count) break;
    }
  } finally {
    abort.abort();
  }
  return prices;
}

/**
 * The order's execution reports, in sequence order, up to the one that makes it terminal. The stream
 * replays from startTime = the order's createTime (the server's clock, not ours: the reference services
 * run on virtual time), so reports sent before it opened come first and none can be missed.
 */
async function watchOrder(client: CqClient, account: string, placed: Order): Promise<ExecutionReport[]> {
  const abort = new AbortController();
  const reports: ExecutionReport[] = [];
  const stream = client.venueGateway.streamExecutionReports(
    { accountId: account, startTime: placed.createTime }, streamOptions(abort));
  try {
    for await (const { event } of stream) {
      if (event.case !== "executionReport" || event.value.orderId !== placed.orderId) continue;
      const report = event.value;
      reports.push(report);
      console.log(`report seq ${report.sequence}: ${ExecType[report.execType]} ${OrderStatus[report.orderStatus]} ` +
        `cum ${dec(report.cumQuantity)}`);
      if (TERMINAL.includes(report.orderStatus)) break;
    }
  } finally {
    abort.abort();
  }
  return reports;
}

/** [PENDING_NEW] NEW TRADE..., sequences rising, the last one FILLED with the whole quantity. */
function inFixOrder(reports: ExecutionReport[]): boolean {
  const ranks = reports.map((r) => [ExecType.PENDING_NEW, ExecType.NEW, ExecType.TRADE].indexOf(r.execType));
  const last = reports.at(-1);
  return last !== undefined && !ranks.includes(-1) && ranks.includes(1) && ranks.includes(2) &&
    reports.every((r, i) => i === 0 || (ranks[i]! >= ranks[i - 1]! && r.sequence > reports[i - 1]!.sequence)) &&
    last.orderStatus === OrderStatus.FILLED && dec(last.cumQuantity).equals(QUANTITY);
}

async function firstTrade(client: CqClient, account: string): Promise<string> {
  // 1. A venue's name for an asset -> the canonical asset.
  const { asset } = await client.assetRegistry.resolveVenueSymbol({ venueSymbol: { venueId: "kraken", symbol: "XBT" } });
  console.log(`resolved kraken XBT -> ${asset?.assetId} (${asset?.name})`);
  check(asset?.assetId === "BTC", `kraken XBT resolved to "${asset?.assetId}", not BTC`);

  // 2. A few live prices.
  const prices = await streamPrices(client, 5);
  const lastPrice = prices.at(-1);
  check(prices.length === 5 && lastPrice !== undefined, `the price stream ended after ${prices.length} updates`);

  // 3. A marketable limit buy: 1% above the last ask, rounded up to the instrument's price tick.
  const { instrument } = await client.assetRegistry.getInstrument({ instrumentId: INSTRUMENT });
  const tick = dec(instrument?.tickSize);
  const limit = dec(lastPrice.askPrice).mul("1.01").div(tick).ceil().mul(tick);
  const clientOrderId = `first-trade-${randomUUID()}`;
  const { order: placed } = await client.venueGateway.placeOrder({
    requestId: randomUUID(),
    order: {
      clientOrderId, accountId: account, instrumentId: INSTRUMENT, side: Side.BUY, type: OrderType.LIMIT,
      timeInForce: TimeInForce.GTC, limitPrice: fromDecimal(limit), quantity: fromDecimal(QUANTITY),
    },
  });
  check(placed !== undefined, "PlaceOrder returned no order");
  console.log(`placed ${placed.orderId} (${clientOrderId}): buy ${QUANTITY} ${INSTRUMENT} limit ${limit}, ` +
    `${OrderStatus[placed.status]}`);
  check(placed.status !== OrderStatus.REJECTED,
    `order rejected: ${OrderRejectReason[placed.rejectReason]} ${placed.venueMessage}`);
  const reports = await watchOrder(client, account, placed);
  const fill = reports.at(-1);
  check(inFixOrder(reports) && fill !== undefined, `expected reports [PENDING_NEW] NEW TRADE... ending FILLED ` +
    `${QUANTITY}, got ${reports.map((r) => `${ExecType[r.execType]}/${OrderStatus[r.orderStatus]}`).join(" ")}`);

  // 4. The portfolio and the account's risk after the fill.
  const { portfolio } = await client.portfolio.getPortfolio({ portfolioId: `pf_${account}` });
  const btc = portfolio?.positions.find((p) => p.instrumentId === INSTRUMENT);
  check(portfolio !== undefined && btc !== undefined && dec(btc.quantity).gte(QUANTITY),
    `no ${INSTRUMENT} position of at least ${QUANTITY} in pf_${account} after the fill`);
  const nav = `${dec(portfolio.nav?.value)} ${portfolio.nav?.assetId}`;
  console.log(`portfolio ${portfolio.portfolioId}: NAV ${nav}, BTC position ${dec(btc.quantity)}`);
  const { snapshot } = await client.riskEngine.getRiskSnapshot({ accountId: account });
  const gross = snapshot?.exposure?.gross;
  const vars = (snapshot?.valueAtRisk ?? []).slice(0, 1).map((v) =>
    `, VaR ${Math.round(v.confidence * 100)}% ${dec(v.valueAtRisk?.value)} ${v.valueAtRisk?.assetId}`);
  console.log(`risk ${snapshot?.accountId}: gross exposure ${dec(gross?.value)} ${gross?.assetId}, ` +
    `leverage ${snapshot?.exposure?.leverage.toFixed(3)}${vars.join("")}`);

  return `OK: kraken XBT is BTC; ${prices.length} prices; ${placed.orderId} FILLED ${dec(fill.cumQuantity)} @ ` +
    `${dec(fill.averagePrice)} in ${reports.length} reports; BTC position ${dec(btc.quantity)}; NAV ${nav}`;
}

const { values: args } = parseArgs({
  options: {
    target: { type: "string", default: process.env.CQ_TARGET || "127.0.0.1:50051" },
    token: { type: "string", default: process.env.CQ_TOKEN || "dev-alice" },
    account: { type: "string", default: process.env.CQ_ACCOUNT || "acc_alice_spot" },
  },
});
const client = createCqClient({ baseUrl: `http://${args.target}`, token: args.token });
try {
  console.log(await firstTrade(client, args.account));
} catch (error) {
  // A ConnectError's message starts with its code, e.g. "[unavailable] ...".
  console.error(`FAIL: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
