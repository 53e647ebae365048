"""The in-process event bus: every state change is published here, in a CloudEvents-style envelope.

Envelope ids and sequences are counters per source, not random, so a replay of the same calls yields
the same events; the checksum is BLAKE3 of the payload's deterministic bytes, as envelope.proto says.
"""

from __future__ import annotations

import asyncio
import collections
import re
from collections.abc import AsyncGenerator, Callable
from dataclasses import dataclass

import blake3
from google.protobuf.message import Message

from cq.events.v1 import envelope_pb2
from reference.clock import Clock, to_timestamp

SPEC_VERSION = "1.0"
CONTENT_TYPE = "application/protobuf"
SCHEMA_VERSION = "1.0.0"  # semantic version of the cq.events.v1 payloads

# envelope.proto's rule for `source`, checked at publish time so a bad source fails where it is made.
_SOURCE = re.compile(r"^/cq/[a-z0-9]+(-[a-z0-9]+)*(/[^/\s]+)*$")

# payload full name -> the envelope's oneof field carrying it
_PAYLOAD_FIELDS = {
    field.message_type.full_name: field.name
    for field in envelope_pb2.EventEnvelope.DESCRIPTOR.oneofs_by_name["payload"].fields
    if field.message_type is not None
}


@dataclass(frozen=True)
class Subscription:
    """Which events a subscriber wants: type prefixes and partition keys (empty: all), and a visibility
    check so a subscriber only ever sees events of partitions it may read."""

    type_prefixes: tuple[str, ...] = ()
    partition_keys: tuple[str, ...] = ()
    visible: Callable[[envelope_pb2.EventEnvelope], bool] = lambda _envelope: True

    def wants(self, envelope: envelope_pb2.EventEnvelope) -> bool:
        return (
            (not self.type_prefixes or envelope.type.startswith(self.type_prefixes))
            and (not self.partition_keys or envelope.partition_key in self.partition_keys)
            and self.visible(envelope)
        )


class EventBus:
    def __init__(self, clock: Clock, history_limit: int = 100_000) -> None:
        self._clock = clock
        self._sequences: dict[str, int] = {}
        self._subscribers: list[tuple[Subscription, asyncio.Queue[envelope_pb2.EventEnvelope]]] = []
        # A deque drops the oldest event in O(1) once full (a list slice moved every retained event).
        self.history: collections.deque[envelope_pb2.EventEnvelope] = collections.deque(maxlen=history_limit)
        # Whether history has dropped its oldest events: a replay from before them would have a gap.
        self.truncated = False

    def publish(
        self,
        source: str,
        payload: Message,
        *,
        partition_key: str,
        subject: str = "",
        event_time: int | None = None,
        correlation_id: str = "",
        causation_id: str = "",
    ) -> envelope_pb2.EventEnvelope:
        """Wrap ``payload`` in an envelope with the next sequence of ``source`` and deliver it.

        ``source`` names one ordered stream, ``/cq/<service>/<scope>``: e.g. ``/cq/venue-gateway/sim``.
        """
        if not _SOURCE.match(source):
            raise ValueError(f"event source {source!r} is not /cq/<service>/<scope>")
        type_name = payload.DESCRIPTOR.full_name
        field = _PAYLOAD_FIELDS.get(type_name)
        if field is None:
            raise ValueError(f"{type_name} is not an event payload of cq.events.v1.EventEnvelope")
        sequence = self._sequences.get(source, 0) + 1
        self._sequences[source] = sequence
        published = to_timestamp(self._clock.now())
        envelope = envelope_pb2.EventEnvelope(
            id=f"{source.rsplit('/', 1)[-1]}-{sequence}",
            source=source,
            spec_version=SPEC_VERSION,
            type=type_name,
            subject=subject,
            time=to_timestamp(event_time) if event_time is not None else published,
            data_content_type=CONTENT_TYPE,
            sequence=sequence,
            partition_key=partition_key,
            correlation_id=correlation_id,
            causation_id=causation_id,
            schema_version=SCHEMA_VERSION,
            publish_time=published,
            receive_time=published,
        )
        if event_time is not None:
            envelope.event_time.CopyFrom(envelope.time)
        getattr(envelope, field).CopyFrom(payload)
        envelope.checksum.algorithm = envelope_pb2.CHECKSUM_ALGORITHM_BLAKE3
        envelope.checksum.digest = blake3.blake3(payload.SerializeToString(deterministic=True)).digest()
        if len(self.history) == self.history.maxlen:
            self.truncated = True  # the append below drops the oldest event
        self.history.append(envelope)
        for subscription, queue in self._subscribers:
            if subscription.wants(envelope):
                queue.put_nowait(envelope)
        return envelope

    def has_subscribers(self) -> bool:
        return bool(self._subscribers)

    def oldest_publish_time(self) -> int | None:
        return self.history[0].publish_time.ToNanoseconds() if self.history else None

    async def subscribe(self, subscription: Subscription, replay_from: int | None = None
                        ) -> AsyncGenerator[envelope_pb2.EventEnvelope, None]:
        """Every matching event published from now on, until the caller stops iterating; with
        ``replay_from`` (nanoseconds), first the retained ones published since then."""
        queue: asyncio.Queue[envelope_pb2.EventEnvelope] = asyncio.Queue()
        entry = (subscription, queue)
        # Registering and copying the backlog in one synchronous step (publish never interleaves on the
        # event loop) leaves no gap and no repeat between the replay and the live part.
        self._subscribers.append(entry)
        backlog = [] if replay_from is None else [
            e for e in self.history if e.publish_time.ToNanoseconds() >= replay_from and subscription.wants(e)]
        try:
            for envelope in backlog:
                yield envelope
            while True:
                yield await queue.get()
        finally:
            self._subscribers.remove(entry)
