"""Identifiers as counters: the same calls give the same ids, so runs can be compared byte for byte."""

from __future__ import annotations


class Counter:
    """``ord_000001``, ``ord_000002``...: one counter per kind of id, owned by the object that issues it."""

    def __init__(self, prefix: str, width: int = 6) -> None:
        self._prefix = prefix
        self._width = width
        self._last = 0

    def next(self) -> str:
        self._last += 1
        return f"{self._prefix}_{self._last:0{self._width}d}"

    def next_number(self) -> int:
        """The next number, for sequences that are numbers rather than ids."""
        self._last += 1
        return self._last
