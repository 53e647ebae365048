"""Order flow: PlaceOrder with matching on the reference services, orders/s and latency, with one and
with eight concurrent clients (bench/go `cqbench orders`: one connection per client, market IOC orders
alternating buy and sell on the simulated venue, so each order matches against the book)."""

from __future__ import annotations

from cqc.bench import procs
from cqc.bench.context import Context
from cqc.bench.model import Figure, Target

FAMILY = "orders"
CLIENTS = (1, 8)


def run(ctx: Context) -> list[Figure]:
    figures: list[Figure] = []
    ctx.cqbench  # noqa: B018 - build before the server starts
    for clients in CLIENTS:
        rate = Figure(f"orders.c{clients}.rate", FAMILY, f"PlaceOrder (matched) with {clients} client(s)",
                      "orders/s", anchor_id="orders.c1.rate" if clients != 1 else None,
                      target=Target(">=", 2000))
        p50 = Figure(f"orders.c{clients}.p50", FAMILY, f"PlaceOrder p50 with {clients} client(s)", "ms")
        p99 = Figure(f"orders.c{clients}.p99", FAMILY, f"PlaceOrder p99 with {clients} client(s)", "ms")
        for repetition in range(ctx.repetitions):
            # A fresh reference for every run, so that each repetition starts from the same seeded state.
            with procs.server(f"reference_orders_c{clients}", procs.reference_argv(), ctx.root,
                              ctx.logs) as server:
                ctx.log(f"orders: {clients} client(s), repetition {repetition + 1}/{ctx.repetitions}")
                result = procs.last_json(procs.run(
                    [str(ctx.cqbench), "orders", "--target", server.address, "--clients", str(clients),
                     "--duration", f"{ctx.duration:g}s", "--warmup", "0.2s" if ctx.smoke else "1s"],
                    cwd=ctx.root, timeout=ctx.duration + 120).stdout)
                rate.runs.append(float(result["rate"]))
                if result["orders"]:
                    p50.runs.append(float(result["latency"]["p50_ms"]))
                    p99.runs.append(float(result["latency"]["p99_ms"]))
                statuses = result.get("statuses") or {}
                failures = result.get("failures") or {}
                rate.notes.append(f"repetition {repetition + 1}: statuses {statuses}"
                                  + (f", failed calls {failures}" if failures else ""))
        figures += [rate, p50, p99]
    return figures
