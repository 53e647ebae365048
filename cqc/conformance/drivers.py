"""Client driver processes (built by cqc/conformance/building.py), started against a target and fed one
CallRequest at a time. A driver that crashes, hangs or answers out of turn yields a harness error for that
call and is restarted, so that a driver bug never reads as a failure of the server under test."""

from __future__ import annotations

import queue
import struct
import subprocess
import threading
from pathlib import Path
from typing import IO

from cq.conformance.v1 import driver_pb2

FRAME_HEADER = struct.Struct(">I")
# Time a driver gets beyond the call's own deadline before the runner gives up on it.
GRACE_SECONDS = 20.0


def _read_exact(stream: IO[bytes], size: int) -> bytes | None:
    data = b""
    while len(data) < size:
        chunk = stream.read(size - len(data))
        if not chunk:
            return None
        data += chunk
    return data


class DriverProcess:
    """One running driver. ``call`` sends a request and waits for its result."""

    def __init__(self, argv: list[str], target: str, log: Path) -> None:
        self._argv = [*argv, "--target", target]
        self._log_path = log
        self._process: subprocess.Popen[bytes] | None = None
        self._results: queue.Queue[bytes | None] = queue.Queue()

    def _start(self) -> subprocess.Popen[bytes]:
        log = self._log_path.open("ab")
        process = subprocess.Popen(self._argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log)
        log.close()
        self._results = queue.Queue()
        threading.Thread(target=self._pump, args=(process, self._results), daemon=True).start()
        self._process = process
        return process

    @staticmethod
    def _pump(process: subprocess.Popen[bytes], results: queue.Queue[bytes | None]) -> None:
        assert process.stdout is not None
        while (header := _read_exact(process.stdout, FRAME_HEADER.size)) is not None:
            body = _read_exact(process.stdout, FRAME_HEADER.unpack(header)[0])
            if body is None:
                break
            results.put(body)
        results.put(None)  # the driver exited or closed stdout

    def _harness_error(self, request: driver_pb2.CallRequest, text: str) -> driver_pb2.CallResult:
        return driver_pb2.CallResult(call_id=request.call_id,
                                     harness_error=f"{text} (driver log: {self._log_path})")

    def call(self, request: driver_pb2.CallRequest) -> driver_pb2.CallResult:
        process = self._process if self._process is not None and self._process.poll() is None else self._start()
        assert process.stdin is not None
        body = request.SerializeToString()
        try:
            process.stdin.write(FRAME_HEADER.pack(len(body)) + body)
            process.stdin.flush()
        except (BrokenPipeError, OSError) as error:
            self.close()
            return self._harness_error(request, f"driver did not take the request: {error}")
        try:
            answer = self._results.get(timeout=request.timeout_ms / 1000 + GRACE_SECONDS)
        except queue.Empty:
            self.close()
            return self._harness_error(request, "driver gave no result in time; restarted it")
        if answer is None:
            code = process.wait()
            self._process = None
            return self._harness_error(request, f"driver exited with status {code}")
        result = driver_pb2.CallResult.FromString(answer)
        if result.call_id != request.call_id:
            self.close()
            return self._harness_error(request, f"driver answered call {result.call_id}, not {request.call_id}")
        return result

    def close(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        if process.stdin is not None:
            try:
                process.stdin.close()
            except OSError:
                pass
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
