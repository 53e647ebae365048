"""Page tokens (AIP-158): opaque to clients, bound to the request that issued them, valid for 24 hours.

A token carries the cursor (the sort key of the last item returned), a fingerprint of every request
field except page_token and page_size, and when it was issued in virtual time; so a token replayed
with other filters, tampered with, or older than a day is INVALID_ARGUMENT on ``page_token``, never a
silently wrong page.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from google.protobuf.message import Message

from reference.errors import FieldViolation, InvalidRequest

TOKEN_TTL_NANOS = 24 * 3600 * 1_000_000_000

Cursor = list[int | str]
T = TypeVar("T")


def fingerprint(request: Message, *ignored: str) -> str:
    """A digest of ``request`` without its paging fields (and any ``ignored`` ones)."""
    copy = type(request)()
    copy.CopyFrom(request)
    for name in ("page_token", "page_size", *ignored):
        if name in copy.DESCRIPTOR.fields_by_name:
            copy.ClearField(name)
    return hashlib.sha256(copy.SerializeToString(deterministic=True)).hexdigest()[:16]


def encode(cursor: Sequence[int | str], request: Message, now: int) -> str:
    payload = json.dumps({"c": list(cursor), "f": fingerprint(request), "t": now}, separators=(",", ":"))
    return base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")


def _invalid(message: str) -> InvalidRequest:
    return InvalidRequest([FieldViolation("page_token", "page_token.valid", message)])


def decode(token: str, request: Message, now: int) -> Cursor | None:
    """The cursor of ``token``; None for the first page (empty token)."""
    if not token:
        return None
    try:
        raw = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
        cursor, issued_for, issued_at = raw["c"], raw["f"], raw["t"]
        valid = isinstance(cursor, list) and all(isinstance(c, int | str) for c in cursor)
        valid = valid and isinstance(issued_for, str) and isinstance(issued_at, int)
    except (ValueError, KeyError, TypeError, binascii.Error):
        valid = False
    if not valid:
        raise _invalid("page_token is malformed; send back a next_page_token unchanged")
    if issued_for != fingerprint(request):
        raise _invalid("page_token was issued for a request with different fields")
    if not 0 <= now - issued_at <= TOKEN_TTL_NANOS:
        raise _invalid("page_token has expired; start again from the first page")
    return list(cursor)


def take(items: Iterable[T], key: Callable[[T], Cursor], after: Cursor | None, limit: int) -> tuple[list[T], bool]:
    """Up to ``limit`` items (sorted by ``key``) after the cursor, and whether more remain."""
    page: list[T] = []
    for item in items:
        if after is not None and key(item) <= after:
            continue
        if len(page) == limit:
            return page, True
        page.append(item)
    return page, False


def respond(page: Sequence[T], more: bool, key: Callable[[T], Cursor], request: Message, now: int) -> str:
    """The next_page_token for ``page``: empty when it is the last."""
    return encode(key(page[-1]), request, now) if more and page else ""
