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

from cqc.bench import DEFAULT_OUT, FAMILIES, SMOKE_OUT, machine, report
from cqc.bench.context import Context
from cqc.bench.model import Figure, to_json
from cqc.bench.procs import BenchError

EXIT_OK = 0
EXIT_FAILED = 1


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
    described = machine.describe()  # before the families run: its load average is the starting one
    figures: list[Figure] = []
    errors: list[str] = []
    seconds: dict[str, float] = {}
    for name in families:
        ctx.log(f"{name}: start")
        begun = time.monotonic()
        try:
            family: Callable[[Context], list[Figure]] = importlib.import_module(f"cqc.bench.{name}").run
            figures += family(ctx)
        except (BenchError, OSError, ValueError, KeyError, AssertionError) as error:
            errors.append(f"{name}: {error}")
            ctx.log(f"{name}: FAILED: {error}")
            traceback.print_exc(file=sys.stderr)
        seconds[name] = round(time.monotonic() - begun, 1)
        ctx.log(f"{name}: done in {seconds[name]:.1f} s")
    return {
        "machine": described,
        "started": started,
        "smoke": ctx.smoke,
        "repetitions": ctx.repetitions,
        "duration_s": ctx.duration,
        "families": families,
        # Wall time of each family, builds and server start-ups included.
        "family_seconds": seconds,
        "figures": to_json(figures),
        "errors": errors,
    }


def run(args: argparse.Namespace) -> int:
    """`cqc bench`: exit 0 when every chosen family ran (targets met or not), 1 otherwise."""
    root: Path = args.root.resolve()  # `cqc --root` and `python -m cqc.bench --root` both default it
    ctx = context(args, root)
    families = [name for name in FAMILIES if not args.only or name in args.only]
    results = execute(ctx, families)
    out: Path = args.out or root / (SMOKE_OUT if ctx.smoke else DEFAULT_OUT)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(report.markdown(results))
    ctx.log(f"wrote {out}")
    return EXIT_FAILED if results["errors"] else EXIT_OK
