"""The CQC benchmark suite (issue #6): `cqc bench` / `python -m cqc.bench`.

One module per family: ``generation``, ``unary``, ``orders``, ``streaming``, ``serialisation``,
``client`` and ``conformance``; ``runner`` runs them and writes bench/results.json, ``report`` renders
the Markdown table, ``model`` holds the figures and their math. bench/README.md explains every figure.

This module holds only the command line, so that building `cqc`'s parser does not import the harness.
"""

from __future__ import annotations

import argparse
from pathlib import Path

# The families (modules of this package, each with ``run(ctx) -> list[Figure]``), in the order they run:
# the cheap ones first, generation (the longest) last. Imported when they run, so that `cqc` itself
# starts without loading grpc and the reference services.
FAMILIES = ("serialisation", "client", "unary", "orders", "streaming", "conformance", "generation")
DEFAULT_OUT = Path("bench") / "results.json"
SMOKE_OUT = Path(".build") / "bench" / "smoke-results.json"


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
