"""Serialisation: decode and encode of a 50-level OrderBook and of a fully populated ExecutionReport
(the golden vector), in Python (upb, in this process), Go (bench/go `cqbench serial`) and TypeScript
(protobuf-es, bench/ts). Every language reads the same fixture bytes; decode parses them, encode
serialises the decoded message. Python and TypeScript are compared with Go."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from google.protobuf.message import Message

from cq.markets.v1 import resources_pb2 as markets
from cq.types.v1 import decimal_pb2
from cq.venues.v1 import resources_pb2 as venues
from cqc.bench import procs
from cqc.bench.context import Context
from cqc.bench.model import Figure
from cqc.vectors.produce import VECTORS_DIR
from generators.toolchain import REPO_ROOT

FAMILY = "serialisation"
LEVELS = 50
LANGUAGES = ("python", "go", "ts")


def order_book(root: Path = REPO_ROOT, levels: int = LEVELS) -> markets.OrderBook:
    """``root``'s golden OrderBook vector with ``levels`` bids and ``levels`` asks around 64250.1."""
    book = markets.OrderBook()
    book.ParseFromString((root / VECTORS_DIR / "cq.markets.v1.OrderBook.binpb").read_bytes())
    del book.bids[:]
    del book.asks[:]
    for level in range(levels):
        bid = book.bids.add()
        bid.price.CopyFrom(decimal_pb2.Decimal(value=f"{64250.1 - level * 0.1:.1f}"))
        bid.quantity.CopyFrom(decimal_pb2.Decimal(value=f"{0.5 + level * 0.137:.4f}"))
        ask = book.asks.add()
        ask.price.CopyFrom(decimal_pb2.Decimal(value=f"{64250.2 + level * 0.1:.1f}"))
        ask.quantity.CopyFrom(decimal_pb2.Decimal(value=f"{0.4 + level * 0.121:.4f}"))
    book.depth = levels
    return book


def fixtures(root: Path, directory: Path) -> dict[str, tuple[type[Message], Path]]:
    """Fixture name -> (message class, file with its bytes)."""
    directory.mkdir(parents=True, exist_ok=True)
    book = directory / "orderbook50.binpb"
    book.write_bytes(order_book(root).SerializeToString(deterministic=True))
    report = root / VECTORS_DIR / "cq.venues.v1.ExecutionReport.binpb"
    return {"orderbook50": (markets.OrderBook, book), "execution_report": (venues.ExecutionReport, report)}


def time_op(min_seconds: float, op: Callable[[], Any]) -> float:
    """ns per call of ``op``, run in growing batches for at least ``min_seconds``."""
    calls, batch = 0, 1
    started = time.perf_counter_ns()
    while True:
        for _ in range(batch):
            op()
        calls += batch
        elapsed = time.perf_counter_ns() - started
        if elapsed >= min_seconds * 1e9:
            return elapsed / calls
        batch = min(batch * 2, 1 << 20)


def python_results(items: dict[str, tuple[type[Message], Path]], runs: int,
                   min_seconds: float) -> list[dict[str, Any]]:
    results = []
    for name, (kind, path) in items.items():
        data = path.read_bytes()
        decoded = kind.FromString(data)
        def parse(kind: type[Message] = kind, data: bytes = data) -> Message:
            return kind.FromString(data)

        decode = [time_op(min_seconds, parse) for _ in range(runs)]
        encode = [time_op(min_seconds, decoded.SerializeToString) for _ in range(runs)]
        results += [{"fixture": name, "op": "decode", "bytes": len(data), "runs_ns_per_op": decode},
                    {"fixture": name, "op": "encode", "bytes": len(data), "runs_ns_per_op": encode}]
    return results


def run(ctx: Context) -> list[Figure]:
    items = fixtures(ctx.root, ctx.scratch / "serial")
    runs, min_seconds = ctx.repetitions, (0.1 if ctx.smoke else 1.0)
    specs = [f"{name}={kind.DESCRIPTOR.full_name}={path}" for name, (kind, path) in items.items()]
    by_language: dict[str, list[dict[str, Any]]] = {}
    ctx.log("serialisation: python")
    by_language["python"] = python_results(items, runs, min_seconds)
    ctx.log("serialisation: go")
    go = [str(ctx.cqbench), "serial", "--runs", str(runs), "--min-time", f"{min_seconds:g}s"]
    by_language["go"] = procs.last_json(procs.run(
        [*go, *(f"--fixture={s}" for s in specs)], cwd=ctx.root).stdout)["results"]
    ctx.log("serialisation: ts")
    ts = [*ctx.ts_serial, "--runs", str(runs), "--min-time-ms", f"{min_seconds * 1000:g}"]
    by_language["ts"] = procs.last_json(procs.run(
        [*ts, *(a for s in specs for a in ("--fixture", s))], cwd=ctx.root).stdout)["results"]
    figures = []
    for language in LANGUAGES:
        for result in by_language[language]:
            name, op = result["fixture"], result["op"]
            figures.append(Figure(
                f"serialisation.{language}.{name}.{op}", FAMILY,
                f"{op} {name} ({result['bytes']} bytes), {language}", "us",
                runs=[float(ns) / 1000 for ns in result["runs_ns_per_op"]],
                anchor_id=None if language == "go" else f"serialisation.go.{name}.{op}"))
    return figures
