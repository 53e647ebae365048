"""The reference services as the server under test: one fresh `cqc serve` per language, so that each
language's run starts from the seeded state and runs in parallel with the others."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import Self

READY_TIMEOUT_SECONDS = 30.0


class ServerError(Exception):
    """The reference services did not start; the message quotes their log."""


class ReferenceServer:
    """``cqc serve --port 0`` with its log in a file; ``address`` is set once it is serving."""

    def __init__(self, log: Path, seed: int | None = None) -> None:
        self._log = log
        self._argv = [sys.executable, "-m", "cqc", "serve", "--host", "127.0.0.1", "--port", "0"]
        if seed is not None:
            self._argv += ["--seed", str(seed)]
        self._process: subprocess.Popen[bytes] | None = None
        self.address = ""

    def __enter__(self) -> Self:
        with self._log.open("wb") as log:
            # The log goes to a file, not a pipe: nobody reads it during the run, and a full pipe would stall the server.
            self._process = subprocess.Popen(self._argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                             stderr=log)
        deadline = time.monotonic() + READY_TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            for line in self._log.read_text(encoding="utf-8", errors="replace").splitlines():
                try:
                    entry = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if isinstance(entry, dict) and entry.get("message") == "serving":
                    self.address = str(entry["address"])
                    return self
            if self._process.poll() is not None:
                break
            time.sleep(0.05)
        self._stop()
        raise ServerError(f"cqc serve did not start (log {self._log}):\n{self._log.read_text(errors='replace')[-2000:]}")

    def _stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._stop()
