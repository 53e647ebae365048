"""Servers that announce their address in a JSON log line, ``{"message": "serving", "address": "HOST:PORT"}``
(``cqc serve``, the benchmark echo server), written to a file: the conformance runner and the benchmarks
send a server's output to a file, not a pipe, since nobody reads it during a run and a full pipe would
stall the server."""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

POLL_SECONDS = 0.05


class NotServingError(Exception):
    """The server exited, or the time ran out, before it announced its address."""


def announced_address(log: Path) -> str | None:
    """The ``address`` of the first JSON log line whose message is "serving"; None when there is none yet."""
    try:
        text = log.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    for line in text.splitlines():
        line = line.strip()
        if not line.startswith("{"):
            continue
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(entry, dict) and entry.get("message") == "serving" and entry.get("address"):
            return str(entry["address"])
    return None


def wait_for_address(log: Path, process: subprocess.Popen[bytes], timeout: float) -> str:
    """The address ``process`` announces in ``log``; NotServingError when it exits or ``timeout`` seconds
    pass first. The caller stops the process and quotes the log."""
    deadline = time.monotonic() + timeout
    while (address := announced_address(log)) is None:
        if process.poll() is not None:
            raise NotServingError(f"exited with status {process.returncode} before serving")
        if time.monotonic() > deadline:
            raise NotServingError(f"did not announce its address within {timeout:.0f} s")
        time.sleep(POLL_SECONDS)
    return address


def stop(process: subprocess.Popen[bytes], grace: float) -> None:
    """SIGTERM, then SIGKILL if it has not exited after ``grace`` seconds; only this process, by its pid."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
