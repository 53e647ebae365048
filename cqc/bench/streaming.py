"""Streaming: StreamPrices updates per second delivered to 1 and to 10 Go subscribers (bench/go
`cqbench subscribe`, one connection each, every instrument that has a market), and the latency from a
simulated tick to its receipt.

Two servers. With the default stepped clock a stream lets virtual time pass as fast as the server can
simulate, so the delivered rate is the server's capacity: the targets apply there. With
``--clock realtime`` the simulated feed ticks at its real cadence (a few hundred updates a second over
all markets), so the delivered rate is the feed's; the latency, the tick's event_time against the wall
clock at receipt, is measured there. The server's virtual clock runs at an offset from the wall clock,
measured NTP-style from GetPortfolio's valuation_time (the server's now) around the calls with the
shortest round trip, and taken off.

Side by side, as anchors: a bare grpc.aio server and a bare Go server whose StreamPrices sends one
canned price over and over (bench/go, cqc/bench/echo_server.py): the most a server stream of this
machine delivers in each runtime, simulation and bookkeeping aside.
"""

from __future__ import annotations

import time
from typing import Any

from cq.client import connect
from cq.portfolio.v1 import service_pb2 as portfolio
from cqc.bench import procs
from cqc.bench.context import TOKEN, Context
from cqc.bench.model import Figure, Target
from cqc.bench.unary import bare_servers
from reference.config import ServeConfig
from reference.platform import Platform

FAMILY = "streaming"
SUBSCRIBERS = (1, 10)
CALIBRATION_CALLS = 30


def streamed_instruments() -> list[str]:
    """Every instrument that has at least one market in the reference simulation (default seed)."""
    platform = Platform(ServeConfig())
    return sorted(i.instrument_id for i in platform.catalogue.instruments()
                  if platform.market.markets_of(i.instrument_id))


def clock_offset_ms(address: str) -> tuple[float, float]:
    """(server virtual now - wall clock, half the round trip it was measured in), in ms."""
    best: tuple[float, float] | None = None
    with connect(address, token=TOKEN) as client:
        for _ in range(CALIBRATION_CALLS):
            sent = time.time_ns()
            response = client.portfolio.GetPortfolio(portfolio.GetPortfolioRequest(portfolio_id="pf_alice"))
            received = time.time_ns()
            virtual = response.portfolio.valuation_time.ToNanoseconds()
            half_trip = (received - sent) / 2
            offset = virtual - (sent + half_trip)
            if best is None or half_trip / 1e6 < best[1]:
                best = (offset / 1e6, half_trip / 1e6)
    assert best is not None
    return best


def subscribe(ctx: Context, address: str, subscribers: int, instruments: list[str]) -> dict[str, Any]:
    return procs.last_json(procs.run(
        [str(ctx.cqbench), "subscribe", "--target", address, "--subscribers", str(subscribers),
         "--duration", f"{ctx.duration:g}s", "--warmup", "0.2s" if ctx.smoke else "2s",
         "--instruments", ",".join(instruments), "--token", TOKEN],
        cwd=ctx.root, timeout=ctx.duration + 120).stdout)


def rate_id(server: str, subscribers: int) -> str:
    """The id of a server's delivered-rate figure: the rate to one subscriber, or the slowest one's."""
    return f"streaming.{server}.s{subscribers}.{'rate' if subscribers == 1 else 'rate_per_subscriber'}"


def _notes(result: dict[str, Any], repetition: int) -> list[str]:
    failures = result.get("failures") or []
    return [f"repetition {repetition + 1}: {failures}"] if failures else []


def run(ctx: Context) -> list[Figure]:
    ctx.cqbench  # noqa: B018 - build before the servers start
    instruments = streamed_instruments()
    stepped = {
        1: Figure(rate_id("stepped", 1), FAMILY, "price updates/s to 1 subscriber (stepped clock: capacity)",
                  "updates/s", anchor_id=rate_id("python_bare", 1), target=Target(">=", 100_000)),
        10: Figure(rate_id("stepped", 10), FAMILY,
                   "price updates/s to each of 10 subscribers, the slowest (stepped clock: capacity)",
                   "updates/s", anchor_id=rate_id("python_bare", 10), target=Target(">=", 20_000)),
    }
    stepped_total = Figure("streaming.stepped.s10.total", FAMILY, "price updates/s to 10 subscribers, summed",
                           "updates/s", anchor_id="streaming.stepped.s1.rate")
    realtime = {n: Figure(f"streaming.realtime.s{n}.rate_per_subscriber", FAMILY,
                          f"price updates/s to each of {n} subscriber(s), the slowest (realtime clock: the feed)",
                          "updates/s") for n in SUBSCRIBERS}
    latency = {(n, q): Figure(f"streaming.realtime.s{n}.latency_{q}", FAMILY,
                              f"tick to receipt {q}, {n} subscriber(s) (realtime clock)", "ms")
               for n in SUBSCRIBERS for q in ("p50", "p99")}
    bare = {(server, n): Figure(
        rate_id(server, n), FAMILY,
        f"canned price updates/s to {'1 subscriber' if n == 1 else f'each of {n} subscribers, the slowest'}, "
        f"{server.replace('_', ' ')}", "updates/s",
        anchor_id=rate_id("go_bare", n) if server == "python_bare" else None)
        for server in ("python_bare", "go_bare") for n in SUBSCRIBERS}
    ctx.log(f"streaming: {len(instruments)} instruments")
    with procs.server("reference_stream_stepped", procs.reference_argv(), ctx.root, ctx.logs) as server, \
            bare_servers(ctx, server.address, ctx.scratch / "streaming", "_stream") as bare_addresses:
        addresses = {"reference": server.address, **bare_addresses}
        for repetition in range(ctx.repetitions):
            for n in SUBSCRIBERS:
                for name, address in addresses.items():
                    ctx.log(f"streaming: {name}, {n} subscriber(s), repetition {repetition + 1}/{ctx.repetitions}")
                    result = subscribe(ctx, address, n, instruments)
                    figure = stepped[n] if name == "reference" else bare[name, n]
                    figure.runs.append(float(result["min_rate_per_subscriber"]))
                    figure.notes += _notes(result, repetition)
                    if name == "reference" and n == 10:
                        stepped_total.runs.append(float(result["total_rate"]))
    with procs.server("reference_stream_realtime", procs.reference_argv("--clock", "realtime"),
                      ctx.root, ctx.logs) as server:
        for repetition in range(ctx.repetitions):
            for n in SUBSCRIBERS:
                ctx.log(f"streaming: realtime, {n} subscriber(s), repetition {repetition + 1}/{ctx.repetitions}")
                offset, uncertainty = clock_offset_ms(server.address)
                result = subscribe(ctx, server.address, n, instruments)
                realtime[n].runs.append(float(result["min_rate_per_subscriber"]))
                realtime[n].notes += _notes(result, repetition)
                raw = result["raw_latency"]
                assert isinstance(raw, dict)
                if raw.get("count"):
                    for q in ("p50", "p99"):
                        latency[n, q].runs.append(float(raw[f"{q}_ms"]) + offset)
                    latency[n, "p50"].notes.append(
                        f"repetition {repetition + 1}: clock offset {offset:.1f} ms +- {uncertainty:.2f} ms")
    return [stepped[1], stepped[10], stepped_total, *bare.values(), *realtime.values(), *latency.values()]
