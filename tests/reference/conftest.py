"""A real `cqc serve` process for integration tests, and clients of it through the generated facade."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO, Any

import pytest

from tests.conftest import REPO_ROOT

READY_TIMEOUT_SECONDS = 30.0


@dataclass
class Served:
    """A running `cqc serve`: its process, address and the structured log lines read so far."""

    process: subprocess.Popen[str]
    address: str
    logs: list[dict[str, Any]]

    def read_logs_until(self, message: str, timeout: float = READY_TIMEOUT_SECONDS) -> dict[str, Any]:
        return _read_until(self.process, self.logs, message, timeout)


def _read_until(process: subprocess.Popen[str], logs: list[dict[str, Any]], message: str,
                timeout: float) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    stream: IO[str] | None = process.stderr
    assert stream is not None
    while time.monotonic() < deadline:
        line = stream.readline()
        if not line:
            raise AssertionError(f"cqc serve exited ({process.poll()}) before logging {message!r}: {logs}")
        entry: dict[str, Any] = json.loads(line)
        logs.append(entry)
        if entry.get("message") == message:
            return entry
    raise AssertionError(f"cqc serve did not log {message!r} within {timeout}s")


@contextmanager
def serve(*args: str) -> Iterator[Served]:
    """Start `cqc serve --port 0 <args>`, wait for its "serving" line, stop it on exit."""
    process = subprocess.Popen(
        [sys.executable, "-m", "cqc", "serve", "--port", "0", *args],
        cwd=REPO_ROOT, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
    )
    logs: list[dict[str, Any]] = []
    try:
        ready = _read_until(process, logs, "serving", READY_TIMEOUT_SECONDS)
        yield Served(process, ready["address"], logs)
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.fixture(scope="module")
def server() -> Iterator[Served]:
    with serve() as served:
        yield served
