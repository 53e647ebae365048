"""The placeholders of case requests and expectations: "${unique}", "${uuid:<name>}" and
"${<label>.<path>}", plus "${UNIQUE}" for ids that must be upper case (see cq.conformance.v1.Step.request)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from cqc.conformance import jsonpath

PLACEHOLDER = re.compile(r"\$\{([^}]*)\}")
# UUIDs are derived, not random, so that a run is repeatable: the same case in the same language sends
# the same request ids every time (uuid5 of a namespace fixed for the suite).
NAMESPACE = uuid.UUID("6c1f3e0a-5b8d-4c2e-9a47-3d9e8b1f0c25")


class PlaceholderError(Exception):
    """A placeholder names no earlier step, or a path its response lacks."""


@dataclass(frozen=True)
class Scope:
    """What placeholders resolve against: the run's unique token, the case, and earlier responses."""

    unique: str
    case: str
    captures: Mapping[str, Any]


def _resolve(expression: str, scope: Scope) -> Any:
    if expression == "unique":
        return scope.unique
    if expression == "UNIQUE":
        return scope.unique.upper()
    if expression.startswith("uuid:"):
        return str(uuid.uuid5(NAMESPACE, f"{scope.unique}/{scope.case}/{expression[5:]}"))
    label, _, path = expression.partition(".")
    if label not in scope.captures:
        raise PlaceholderError(f"${{{expression}}}: no earlier step is labelled {label!r}")
    value = jsonpath.lookup(scope.captures[label], path) if path else scope.captures[label]
    if value is jsonpath.MISSING:
        raise PlaceholderError(f"${{{expression}}}: the response of step {label!r} has no {path!r}")
    return value


def substitute(value: Any, scope: Scope) -> Any:
    """``value`` with every placeholder replaced. A string that is exactly one placeholder takes the
    resolved value as it is (a number stays a number); elsewhere the value is written into the text."""
    if isinstance(value, dict):
        return {key: substitute(item, scope) for key, item in value.items()}
    if isinstance(value, list):
        return [substitute(item, scope) for item in value]
    if isinstance(value, str):
        whole = PLACEHOLDER.fullmatch(value)
        if whole:
            return _resolve(whole.group(1), scope)
        return PLACEHOLDER.sub(lambda match: str(_resolve(match.group(1), scope)), value)
    return value


def expressions(value: Any) -> Iterator[str]:
    """Every placeholder expression in ``value``."""
    if isinstance(value, dict):
        for item in value.values():
            yield from expressions(item)
    elif isinstance(value, list):
        for item in value:
            yield from expressions(item)
    elif isinstance(value, str):
        yield from (match.group(1) for match in PLACEHOLDER.finditer(value))


def labels_used(value: Any) -> set[str]:
    """The step labels ``value``'s placeholders refer to."""
    return {e.partition(".")[0] for e in expressions(value)
            if e not in ("unique", "UNIQUE") and not e.startswith("uuid:")}


def with_stand_ins(value: Any) -> Any:
    """``value`` with placeholders replaced by inert stand-ins ("0"), to check its shape at load time."""
    if isinstance(value, dict):
        return {key: with_stand_ins(item) for key, item in value.items()}
    if isinstance(value, list):
        return [with_stand_ins(item) for item in value]
    if isinstance(value, str):
        return "0" if PLACEHOLDER.fullmatch(value) else PLACEHOLDER.sub("0", value)
    return value
