"""Virtual time. Every timestamp the services produce comes from here, never from the wall clock.

In stepped mode time moves only when the server says so (a fixed step per call), so the same seed and
the same calls give byte-identical answers; in realtime mode it follows the wall clock from the start.
"""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime

from google.protobuf import timestamp_pb2

NANOS_PER_SECOND = 1_000_000_000
NANOS_PER_MILLI = 1_000_000


def parse_instant(text: str) -> int:
    """Nanoseconds since the epoch of an RFC 3339 UTC instant such as 2026-01-05T14:30:00Z."""
    moment = datetime.fromisoformat(text).astimezone(UTC)
    return int(moment.timestamp()) * NANOS_PER_SECOND + moment.microsecond * 1000


def to_timestamp(nanos: int) -> timestamp_pb2.Timestamp:
    return timestamp_pb2.Timestamp(seconds=nanos // NANOS_PER_SECOND, nanos=nanos % NANOS_PER_SECOND)


class Clock:
    """Stepped virtual time; ``RealtimeClock`` overrides it to follow the wall clock."""

    # Whether sleep() waits for real: a stream then times its wake-ups to the ticks it is waiting for.
    follows_wall_time = False

    def __init__(self, start_nanos: int, step_nanos: int) -> None:
        self._now = start_nanos
        self.step_nanos = step_nanos

    def now(self) -> int:
        return self._now

    def timestamp(self) -> timestamp_pb2.Timestamp:
        return to_timestamp(self.now())

    def step(self) -> None:
        """One call's worth of time passes."""
        self._now += self.step_nanos

    async def sleep(self, nanos: int) -> None:
        """Let ``nanos`` of virtual time pass; in stepped mode this is instant but yields to other tasks."""
        self._now += nanos
        await asyncio.sleep(0)


class RealtimeClock(Clock):
    follows_wall_time = True

    def __init__(self, start_nanos: int, step_nanos: int) -> None:
        super().__init__(start_nanos, step_nanos)
        self._origin = time.monotonic_ns()

    def now(self) -> int:
        return self._now + (time.monotonic_ns() - self._origin)

    def step(self) -> None:
        """Wall time passes by itself."""

    async def sleep(self, nanos: int) -> None:
        await asyncio.sleep(nanos / NANOS_PER_SECOND)
