"""The reference services as the server under test: one fresh `cqc serve` per language, so that each
language's run starts from the seeded state and runs in parallel with the others."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import TracebackType
from typing import Self

from cqc import serving

READY_TIMEOUT_SECONDS = 30.0
STOP_GRACE_SECONDS = 15.0


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
            self._process = subprocess.Popen(self._argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                             stderr=log)
        try:
            self.address = serving.wait_for_address(self._log, self._process, READY_TIMEOUT_SECONDS)
        except serving.NotServingError as error:
            serving.stop(self._process, STOP_GRACE_SECONDS)
            raise ServerError(f"cqc serve did not start: {error} (log {self._log}):\n"
                              f"{self._log.read_text(errors='replace')[-2000:]}") from error
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self._process is not None:
            serving.stop(self._process, STOP_GRACE_SECONDS)
