"""Server streams over the event bus, without holding the platform lock while a client reads.

A stream first subscribes, then reads the stored state it replays, then follows live events; subscribing
first means nothing published in between is lost, and the streams that replay by sequence read the
domain's store, not the events, so a replay and the live part never overlap or leave a gap.
"""

from __future__ import annotations

import asyncio
import contextlib
from types import TracebackType
from typing import Self

from cq.events.v1 import envelope_pb2
from reference.bus import EventBus, Subscription


class BusFeed:
    """A bus subscription drained into a local queue by a background task, for ``async with``."""

    def __init__(self, bus: EventBus, subscription: Subscription) -> None:
        self._bus = bus
        self._subscription = subscription
        self._queue: asyncio.Queue[envelope_pb2.EventEnvelope] = asyncio.Queue()
        self._task: asyncio.Task[None] | None = None

    async def _pump(self) -> None:
        async for envelope in self._bus.subscribe(self._subscription):
            self._queue.put_nowait(envelope)

    async def __aenter__(self) -> Self:
        self._task = asyncio.create_task(self._pump())
        # One turn of the loop runs the pump up to its first wait, which registers the subscription, so
        # whatever the caller reads next cannot miss an event published after it.
        await asyncio.sleep(0)
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def get(self, timeout_seconds: float | None = None) -> envelope_pb2.EventEnvelope | None:
        """The next event, or None when ``timeout_seconds`` pass without one."""
        try:
            return await asyncio.wait_for(self._queue.get(), timeout_seconds)
        except TimeoutError:
            return None

    def drain(self) -> list[envelope_pb2.EventEnvelope]:
        """Every event already queued, without waiting."""
        events = []
        while not self._queue.empty():
            events.append(self._queue.get_nowait())
        return events
