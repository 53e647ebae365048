"""EventStreamService: the in-process bus, streamed to authorised subscribers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

import grpc
import grpc.aio

from cq.events.v1 import envelope_pb2, service_pb2, service_pb2_grpc
from reference import auth
from reference.bus import Subscription
from reference.clock import to_timestamp
from reference.errors import DomainError

if TYPE_CHECKING:
    from reference.platform import Platform


class EventStreamServicer(service_pb2_grpc.EventStreamServiceServicer):
    def __init__(self, platform: Platform) -> None:
        self._platform = platform

    async def StreamEvents(
        self, request: service_pb2.StreamEventsRequest, context: grpc.aio.ServicerContext[service_pb2.StreamEventsRequest, service_pb2.StreamEventsResponse]
    ) -> AsyncIterator[service_pb2.StreamEventsResponse]:
        principal = auth.current()
        owner_of = self._platform.partition_owner

        def visible(envelope: envelope_pb2.EventEnvelope) -> bool:
            # Account and portfolio events only to their owner; market and catalogue events to everyone.
            owner = owner_of(envelope.partition_key)
            return owner is None or owner == principal.owner

        subscription = Subscription(tuple(request.type_prefixes), tuple(request.partition_keys), visible)
        bus = self._platform.bus
        replay_from = request.start_time.ToNanoseconds() if request.HasField("start_time") else None
        oldest = bus.oldest_publish_time()
        if replay_from is not None and bus.truncated and oldest is not None and replay_from < oldest:
            raise DomainError(grpc.StatusCode.OUT_OF_RANGE, "HISTORY_TRUNCATED",
                              "start_time is older than the oldest retained event; resync from a snapshot",
                              {"oldest_publish_time": to_timestamp(oldest).ToJsonString()})
        async for envelope in bus.subscribe(subscription, replay_from):
            yield service_pb2.StreamEventsResponse(envelope=envelope)
