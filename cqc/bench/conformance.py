"""Conformance: wall time of the full conformance matrix, `cqc conformance --quiet` (every case through
the Go, Python and TypeScript clients, each against fresh reference services). Its exit status is
recorded in the notes: failing cases still give a time, but say so."""

from __future__ import annotations

import subprocess
import sys
import time

from cqc.bench.context import Context
from cqc.bench.model import Figure

FAMILY = "conformance"
TIMEOUT_SECONDS = 1800


def run(ctx: Context) -> list[Figure]:
    wall = Figure("conformance.matrix", FAMILY, "cqc conformance --quiet, full matrix", "s")
    argv = [sys.executable, "-m", "cqc", "--root", str(ctx.root), "conformance", "--quiet"]
    for repetition in range(ctx.repetitions):
        ctx.log(f"conformance: repetition {repetition + 1}/{ctx.repetitions}")
        started = time.perf_counter()
        completed = subprocess.run(argv, cwd=ctx.root, capture_output=True, text=True, check=False,
                                   timeout=TIMEOUT_SECONDS)
        wall.runs.append(time.perf_counter() - started)
        if completed.returncode != 0:
            tail = (completed.stdout + completed.stderr).strip().splitlines()[-1:] or [""]
            wall.notes.append(f"repetition {repetition + 1}: exit {completed.returncode}: {tail[0][:300]}")
    return [wall]
