"""One page of a List call (AIP-158) with the shared page tokens of reference.domain.paging."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from google.protobuf.message import Message

from reference.domain import paging

DEFAULT_PAGE_SIZE = 100
T = TypeVar("T")


def page(items: Sequence[T], key: Callable[[T], paging.Cursor], request: Message, now: int) -> tuple[list[T], str]:
    """The items after the request's page_token (``items`` sorted by ``key``) and the next page token."""
    fields = {field.name: value for field, value in request.ListFields()}
    after = paging.decode(str(fields.get("page_token", "")), request, now)
    found, more = paging.take(items, key, after, int(fields.get("page_size", 0)) or DEFAULT_PAGE_SIZE)
    return found, paging.respond(found, more, key, request, now)


def number(identifier: str) -> int:
    """The counter of an id such as ``ord_000042`` (42), for cursors that sort newest first."""
    digits = identifier.rsplit("_", 1)[-1]
    return int(digits) if digits.isdigit() else 0
