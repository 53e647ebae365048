"""Idempotent mutations (AIP-155): the first result of each request_id, replayed to its retries.

A retry carrying the same request_id and the same request gets the stored result and changes nothing;
the same request_id with a different request is INVALID_ARGUMENT. Entries live 24 hours of virtual
time, as the contracts promise.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TypeVar

import grpc
from google.protobuf.message import Message

from reference.errors import DomainError

TTL_NANOS = 24 * 3600 * 1_000_000_000
M = TypeVar("M", bound=Message)


@dataclass(frozen=True)
class _Entry:
    fingerprint: str
    time: int
    result: bytes  # serialised, so a caller changing what it got cannot change the stored result


def _fingerprint(parts: tuple[Message | str, ...]) -> str:
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode() if isinstance(part, str) else part.SerializeToString(deterministic=True)
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


class IdempotencyStore:
    def __init__(self) -> None:
        self._entries: dict[tuple[str, str], _Entry] = {}

    def replay(self, method: str, request_id: str, result_type: type[M], now: int,
               *request: Message | str) -> M | None:
        """The stored result of an earlier call with this request_id, or None if there was none."""
        entry = self._entries.get((method, request_id))
        if entry is None or now - entry.time > TTL_NANOS:
            return None
        if entry.fingerprint != _fingerprint(request):
            raise DomainError(
                grpc.StatusCode.INVALID_ARGUMENT, "REQUEST_ID_REUSED",
                f"request_id {request_id!r} was already used for a different {method} request",
                {"request_id": request_id},
            )
        return result_type.FromString(entry.result)

    def remember(self, method: str, request_id: str, result: Message, now: int, *request: Message | str) -> None:
        self._entries[(method, request_id)] = _Entry(_fingerprint(request), now, result.SerializeToString())
        if len(self._entries) > 10_000:  # drop expired entries now and then, keeping memory bounded
            self._entries = {k: e for k, e in self._entries.items() if now - e.time <= TTL_NANOS}
