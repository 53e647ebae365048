"""The in-process event bus: every state change is published here, in a CloudEvents-style envelope.

Envelope ids and sequences are counters per source, not random, so a replay of the same calls yields
the same events; the checksum is BLAKE3 of the payload's deterministic bytes, as envelope.proto says.

Most events are read by nobody (the market simulation publishes some 500 a second with the seeded
universe at its built-in cadences), so the bus keeps a light ``Published`` record per event and builds
its envelope, payload and checksum on first read. A payload given as a ``LazyPayload`` is built then
too, from arguments taken when it was published, so the envelope is the same whenever it is built.
"""

from __future__ import annotations

import asyncio
import collections
import re
from collections.abc import AsyncGenerator, Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, TypeVarTuple, overload

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

M_co = TypeVar("M_co", bound=Message, covariant=True)
Ts = TypeVarTuple("Ts")


@dataclass(frozen=True, slots=True)
class LazyPayload(Generic[M_co, *Ts]):
    """A payload of type ``type`` that ``build(*args)`` makes only if the event is read; ``args`` must
    hold every value the payload depends on that may change after publishing.

    A function and its arguments rather than a closure: arguments that are plain values (ints, strings,
    tuples of them) drop out of the cyclic garbage collector's view, where a closure would add a
    function, its cells and their tuple to every retained event for it to scan.
    """

    type: type[M_co]
    build: Callable[[*Ts], M_co]
    args: tuple[*Ts]


AnyLazyPayload = LazyPayload[Message, *tuple[Any, ...]]
Payload = Message | AnyLazyPayload


@dataclass(slots=True, eq=False)
class Published:
    """One published event: what subscriptions filter on, and its envelope, built on first read."""

    source: str
    sequence: int
    type: str
    field: str  # the envelope's payload field
    partition_key: str
    subject: str
    event_time: int | None
    publish_time: int
    correlation_id: str
    causation_id: str
    # A lazy payload's function and arguments, until the envelope is built (flat here, for the same
    # reason LazyPayload is not a closure).
    build: Callable[..., Message] | None = None
    args: tuple[Any, ...] = ()
    _envelope: envelope_pb2.EventEnvelope | None = None

    @property
    def envelope(self) -> envelope_pb2.EventEnvelope:
        if self._envelope is not None:
            return self._envelope
        assert self.build is not None  # an event has a builder until it has an envelope
        return self.wrap(self.build(*self.args))

    def wrap(self, payload: Message) -> envelope_pb2.EventEnvelope:
        """Build the envelope around ``payload`` and keep it; the envelope holds a copy of the payload."""
        published = to_timestamp(self.publish_time)
        envelope = envelope_pb2.EventEnvelope(
            id=f"{self.source.rsplit('/', 1)[-1]}-{self.sequence}",
            source=self.source,
            spec_version=SPEC_VERSION,
            type=self.type,
            subject=self.subject,
            time=to_timestamp(self.event_time) if self.event_time is not None else published,
            data_content_type=CONTENT_TYPE,
            sequence=self.sequence,
            partition_key=self.partition_key,
            correlation_id=self.correlation_id,
            causation_id=self.causation_id,
            schema_version=SCHEMA_VERSION,
            publish_time=published,
            receive_time=published,
        )
        if self.event_time is not None:
            envelope.event_time.CopyFrom(envelope.time)
        getattr(envelope, self.field).CopyFrom(payload)
        envelope.checksum.algorithm = envelope_pb2.CHECKSUM_ALGORITHM_BLAKE3
        envelope.checksum.digest = blake3.blake3(payload.SerializeToString(deterministic=True)).digest()
        self._envelope, self.build, self.args = envelope, None, ()
        return envelope


class History:
    """The retained events, oldest first, read as envelopes; ``events`` reads the records unbuilt."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        # A deque drops the oldest event in O(1) once full (a list slice moved every retained event).
        self._events: collections.deque[Published] = collections.deque(maxlen=limit)

    def append(self, event: Published) -> None:
        self._events.append(event)

    def events(self) -> Iterable[Published]:
        return self._events

    def oldest(self) -> Published | None:
        return self._events[0] if self._events else None

    def __len__(self) -> int:
        return len(self._events)

    def __iter__(self) -> Iterator[envelope_pb2.EventEnvelope]:
        return (event.envelope for event in self._events)

    def __getitem__(self, index: int) -> envelope_pb2.EventEnvelope:
        return self._events[index].envelope


@dataclass(frozen=True)
class Subscription:
    """Which events a subscriber wants: type prefixes and partition keys (empty: all), and a visibility
    check so a subscriber only ever sees events of partitions it may read."""

    type_prefixes: tuple[str, ...] = ()
    partition_keys: tuple[str, ...] = ()
    visible: Callable[[envelope_pb2.EventEnvelope], bool] = lambda _envelope: True

    def wants(self, event: Published) -> bool:
        # The record's fields first: only an event that passes them is built for the visibility check.
        return (
            (not self.type_prefixes or event.type.startswith(self.type_prefixes))
            and (not self.partition_keys or event.partition_key in self.partition_keys)
            and self.visible(event.envelope)
        )


class EventBus:
    def __init__(self, clock: Clock, history_limit: int = 100_000) -> None:
        self._clock = clock
        self._sequences: dict[str, int] = {}
        self._subscribers: list[tuple[Subscription, asyncio.Queue[envelope_pb2.EventEnvelope]]] = []
        self.history = History(history_limit)

    @overload
    def publish(self, source: str, payload: Message, *, partition_key: str, subject: str = "",
                event_time: int | None = None, correlation_id: str = "", causation_id: str = ""
                ) -> envelope_pb2.EventEnvelope: ...

    @overload
    def publish(self, source: str, payload: AnyLazyPayload, *, partition_key: str, subject: str = "",
                event_time: int | None = None, correlation_id: str = "", causation_id: str = "") -> None: ...

    def publish(
        self,
        source: str,
        payload: Payload,
        *,
        partition_key: str,
        subject: str = "",
        event_time: int | None = None,
        correlation_id: str = "",
        causation_id: str = "",
    ) -> envelope_pb2.EventEnvelope | None:
        """Give ``payload`` the next sequence of ``source``, keep it and deliver it to subscribers.

        ``source`` names one ordered stream, ``/cq/<service>/<scope>``: e.g. ``/cq/venue-gateway/sim``.
        A ``Message`` is wrapped at once, as the caller may change it afterwards, and its envelope
        returned; a ``LazyPayload`` is built only when the event is first read.
        """
        sequence = self._sequences.get(source)
        if sequence is None:  # a source seen before has been checked
            if not _SOURCE.match(source):
                raise ValueError(f"event source {source!r} is not /cq/<service>/<scope>")
            sequence = 0
        type_name = (payload.type if isinstance(payload, LazyPayload) else payload).DESCRIPTOR.full_name
        field = _PAYLOAD_FIELDS.get(type_name)
        if field is None:
            raise ValueError(f"{type_name} is not an event payload of cq.events.v1.EventEnvelope")
        sequence += 1
        self._sequences[source] = sequence
        event = Published(source, sequence, type_name, field, partition_key, subject, event_time,
                          self._clock.now(), correlation_id, causation_id)
        envelope = None
        if isinstance(payload, LazyPayload):
            event.build, event.args = payload.build, payload.args
        else:
            envelope = event.wrap(payload)
        self.history.append(event)
        for subscription, queue in self._subscribers:
            if subscription.wants(event):
                queue.put_nowait(event.envelope)
        return envelope

    @property
    def truncated(self) -> bool:
        """Whether history has dropped its oldest events: a replay from before them would have a gap.

        Derived rather than kept: every publish adds one to its source's sequence, so their sum counts the
        events published, and publish (the market's hot path) does no bookkeeping for a rare read."""
        return sum(self._sequences.values()) > self.history.limit

    def has_subscribers(self) -> bool:
        return bool(self._subscribers)

    def oldest_publish_time(self) -> int | None:
        oldest = self.history.oldest()
        return oldest.publish_time if oldest is not None else None

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
            e.envelope for e in self.history.events() if e.publish_time >= replay_from and subscription.wants(e)]
        try:
            for envelope in backlog:
                yield envelope
            while True:
                yield await queue.get()
        finally:
            self._subscribers.remove(entry)
