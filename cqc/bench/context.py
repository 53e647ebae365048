"""What every benchmark family gets: where the checkout is, how long and how often to measure, and the
programs the suite builds once per run."""

from __future__ import annotations

import functools
import sys
from dataclasses import dataclass
from pathlib import Path

from cqc.bench import procs

# The bearer token every benchmark calls with: the reference's dev user alice (reference/config.py).
TOKEN = "dev-alice"


@dataclass
class Context:
    root: Path
    smoke: bool = False
    # Repetitions of each measurement; the report shows their median.
    repetitions: int = 3
    # Seconds of one load measurement (ghz -z, the load clients' window).
    duration: float = 10.0
    # Copies of the proto tree in the generation scale-up (None: 10, or none with --smoke).
    scale: int | None = None

    @property
    def scratch(self) -> Path:
        return procs.bench_dir(self.root)

    @property
    def logs(self) -> Path:
        return self.scratch / "logs"

    @functools.cached_property
    def cqbench(self) -> Path:
        """The Go benchmark program (bench/go), built on first use."""
        return procs.go_binary(self.root)

    @functools.cached_property
    def ghz(self) -> Path:
        return procs.ghz(self.root)

    @functools.cached_property
    def ts_serial(self) -> list[str]:
        return procs.ts_program(self.root)

    def log(self, message: str) -> None:
        """Progress on stderr, so that stdout keeps only the report."""
        print(f"bench: {message}", file=sys.stderr, flush=True)
