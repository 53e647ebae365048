"""Processes the benchmarks run: timed commands, servers that announce their address, and the builds
of the Go and TypeScript benchmark programs and of ghz."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cqc import serving, tsbuild

# ghz, the gRPC load generator of the unary benchmarks (v0.121.0, of December 2025; it builds with the
# Go 1.24 the project requires). Installed into the repo-local bin/.
GHZ_MODULE = "github.com/bojand/ghz/cmd/ghz"
GHZ_VERSION = "v0.121.0"
SERVER_START_SECONDS = 60.0
STOP_GRACE_SECONDS = 10.0


class BenchError(RuntimeError):
    """A benchmark could not run; the message says which step and why."""


def bench_dir(root: Path) -> Path:
    """Scratch space of the suite: builds, fixtures, server logs (``.build/bench``)."""
    path = root / ".build" / "bench"
    path.mkdir(parents=True, exist_ok=True)
    return path


def run(argv: Sequence[str], cwd: Path, env: Mapping[str, str] | None = None,
        timeout: float | None = None) -> subprocess.CompletedProcess[str]:
    """Run a command to completion; BenchError with its output when it fails."""
    try:
        completed = subprocess.run(list(argv), cwd=cwd, env=None if env is None else dict(env),
                                   capture_output=True, text=True, check=False, timeout=timeout)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise BenchError(f"`{' '.join(argv)}`: {error}") from error
    if completed.returncode != 0:
        output = (completed.stdout + completed.stderr).strip()[-3000:]
        raise BenchError(f"`{' '.join(argv)}` in {cwd} failed (exit {completed.returncode}):\n{output}")
    return completed


def timed(argv: Sequence[str], cwd: Path, env: Mapping[str, str] | None = None) -> float:
    """Seconds of wall time ``argv`` took; BenchError if it failed."""
    started = time.perf_counter()
    run(argv, cwd, env)
    return time.perf_counter() - started


def last_json(stdout: str) -> dict[str, Any]:
    """The last line of ``stdout`` that is a JSON object (the result the Go and TS programs print)."""
    for line in reversed(stdout.splitlines()):
        line = line.strip()
        if line.startswith("{"):
            value = json.loads(line)
            if isinstance(value, dict):
                return value
    raise BenchError(f"no JSON result in output: {stdout[-500:]!r}")


# ------------------------------------------------------------------------------------- servers


@dataclass
class Server:
    """A server process started by the suite, and the address it announced."""

    name: str
    process: subprocess.Popen[bytes]
    address: str
    log: Path


@contextlib.contextmanager
def server(name: str, argv: Sequence[str], cwd: Path, logs: Path) -> Iterator[Server]:
    """Start ``argv``, wait for its JSON "serving" line (on stdout or stderr; both go to a log file, see
    cqc/serving.py), yield it, and stop it on the way out."""
    logs.mkdir(parents=True, exist_ok=True)
    log = logs / f"{name}.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(list(argv), cwd=cwd, stdout=sink, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL)
    try:
        try:
            address = serving.wait_for_address(log, process, SERVER_START_SECONDS)
        except serving.NotServingError as error:
            raise BenchError(f"{name} {error}:\n{log.read_text(errors='replace')[-2000:]}") from error
        yield Server(name, process, address, log)
    finally:
        serving.stop(process, STOP_GRACE_SECONDS)


def reference_argv(*options: str) -> list[str]:
    """``cqc serve`` on a free port with this interpreter (``options`` e.g. --clock realtime)."""
    return [sys.executable, "-m", "cqc", "serve", "--port", "0", *options]


# -------------------------------------------------------------------------------------- builds


def go_binary(root: Path) -> Path:
    """Build bench/go (echo server, load clients, serialisation benchmark) into .build/bench."""
    output = bench_dir(root) / "cqbench"
    run(["go", "build", "-o", str(output), "."], cwd=root / "bench" / "go")
    return output


def ghz(root: Path) -> Path:
    """bin/ghz at the pinned version, installed with `go install` when missing or of another version."""
    binary = root / "bin" / "ghz"
    stamp = root / "bin" / f".ghz-{GHZ_VERSION}"
    if binary.is_file() and stamp.is_file():
        return binary
    (root / "bin").mkdir(exist_ok=True)
    env = dict(os.environ, GOBIN=str(root / "bin"))
    run(["go", "install", f"{GHZ_MODULE}@{GHZ_VERSION}"], cwd=root, env=env)
    for old in (root / "bin").glob(".ghz-*"):
        old.unlink()
    stamp.touch()
    return binary


def ts_program(root: Path) -> list[str]:
    """Build bench/ts the way conformance/drivers/ts is built (cqc/tsbuild.py), in .build/bench/ts.
    Returns the argv prefix that runs it."""
    contracts = root / "gen" / "ts"
    if not (contracts / "dist").is_dir():
        raise BenchError(f"{contracts / 'dist'} is missing: generate gen/ts first")
    return tsbuild.build_program(root / "bench" / "ts", contracts, bench_dir(root) / "ts", "serial",
                                 lambda argv, cwd: run(argv, cwd=cwd))
