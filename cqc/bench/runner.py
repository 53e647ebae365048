"""The orchestrator behind `cqc bench` / `python -m cqc.bench`: run the chosen families one after the
other, write results.json and print the Markdown report."""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cqc.bench import machine, report
from cqc.bench.context import Context
from cqc.bench.model import Figure, to_json
from cqc.bench.procs import BenchError

# The families (modules of this package, each with ``run(ctx) -> list[Figure]``), in the order they run:
# the cheap ones first, generation (the longest) last. Imported when they run, so that `cqc` itself
# starts without loading grpc and the reference services.
FAMILIES = ("serialisation", "client", "unary", "orders", "streaming", "conformance", "generation")
DEFAULT_OUT = Path("bench") / "results.json"
SMOKE_OUT = Path(".build") / "bench" / "smoke-results.json"
EXIT_OK = 0
EXIT_FAILED = 1


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--smoke", action="store_true",
                        help="every benchmark once for ~1 s, to prove they run (figures mean little)")
    parser.add_argument("--only", nargs="+", choices=sorted(FAMILIES), metavar="NAME",
                        help=f"run only these families: {', '.join(FAMILIES)}")
    parser.add_argument("--out", type=Path,
                        help=f"results file (default {DEFAULT_OUT}; {SMOKE_OUT} with --smoke)")
    parser.add_argument("--repeat", type=int, help="repetitions of each measurement (default 3; 1 with --smoke)")
    parser.add_argument("--duration", type=float,
                        help="seconds of each load measurement (default 10; 1 with --smoke)")
    parser.add_argument("--scale", type=int,
                        help="proto tree copies in the generation scale-up (default 10; left out with --smoke)")


def context(args: argparse.Namespace, root: Path) -> Context:
    smoke = bool(args.smoke)
    return Context(
        root=root,
        smoke=smoke,
        repetitions=args.repeat or (1 if smoke else 3),
        duration=args.duration or (1.0 if smoke else 10.0),
        scale=args.scale,
    )


def execute(ctx: Context, families: list[str]) -> dict[str, Any]:
    """Run ``families``; the results document (a family that fails is an error, the others still run)."""
    started = datetime.now(UTC).isoformat(timespec="seconds")
    figures: list[Figure] = []
    seconds: dict[str, float] = {}
    for name in families:
        ctx.log(f"{name}: start")
        begun = time.monotonic()
        try:
            family: Callable[[Context], list[Figure]] = importlib.import_module(f"cqc.bench.{name}").run
            figures += family(ctx)
        except (BenchError, OSError, ValueError, KeyError, AssertionError) as error:
            ctx.errors.append(f"{name}: {error}")
            ctx.log(f"{name}: FAILED: {error}")
            traceback.print_exc(file=sys.stderr)
        seconds[name] = round(time.monotonic() - begun, 1)
        ctx.log(f"{name}: done in {seconds[name]:.1f} s")
    return {
        "machine": machine.describe(),
        "started": started,
        "smoke": ctx.smoke,
        "repetitions": ctx.repetitions,
        "duration_s": ctx.duration,
        "families": families,
        # Wall time of each family, builds and server start-ups included.
        "family_seconds": seconds,
        "figures": to_json(figures),
        "errors": ctx.errors,
    }


def run(args: argparse.Namespace) -> int:
    """`cqc bench`: exit 0 when every chosen family ran (targets met or not), 1 otherwise."""
    from generators.toolchain import REPO_ROOT

    root: Path = Path(getattr(args, "root", None) or REPO_ROOT).resolve()
    ctx = context(args, root)
    families = [name for name in FAMILIES if not args.only or name in args.only]
    results = execute(ctx, families)
    out: Path = args.out or root / (SMOKE_OUT if ctx.smoke else DEFAULT_OUT)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(report.markdown(results))
    ctx.log(f"wrote {out}")
    return EXIT_FAILED if results["errors"] else EXIT_OK
