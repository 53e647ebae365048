"""The metadata echo of the gRPC interop tests, adapted to CQ: a client sends values under these keys and
gets them back, so a conformance case can check that metadata round-trips through its client library.

``cq-echo-initial`` comes back as a response header, ``cq-echo-trailing-bin`` (binary) as a trailer,
on success and on error alike. Servers of the CQ contract need not implement it; the conformance cases
that rely on it are named ``interop/metadata-*``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

ECHO_INITIAL = "cq-echo-initial"
ECHO_TRAILING = "cq-echo-trailing-bin"

Metadata = Sequence[tuple[str, str | bytes]]


def _values(metadata: Iterable[Any], key: str) -> list[tuple[str, str | bytes]]:
    return [(item[0], item[1]) for item in metadata if item[0] == key]


def initial(metadata: Iterable[Any]) -> Metadata:
    """The response headers to echo for a call's request metadata (empty when it asks for none)."""
    return _values(metadata, ECHO_INITIAL)


def trailing(metadata: Iterable[Any]) -> Metadata:
    """The response trailers to echo for a call's request metadata (empty when it asks for none)."""
    return _values(metadata, ECHO_TRAILING)
