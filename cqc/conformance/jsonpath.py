"""Dotted paths into proto JSON data ("order.limitPrice.value", "levels.0.price"), where a segment may be
spelled as the proto field name or as its lowerCamelCase JSON name."""

from __future__ import annotations

from typing import Any

MISSING = object()


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def lookup(data: Any, path: str) -> Any:
    """The value at ``path``, or MISSING when some segment is absent."""
    value = data
    for segment in path.split("."):
        if isinstance(value, dict):
            if segment in value:
                value = value[segment]
            elif camel(segment) in value:
                value = value[camel(segment)]
            else:
                return MISSING
        elif isinstance(value, list) and segment.isdigit() and int(segment) < len(value):
            value = value[int(segment)]
        else:
            return MISSING
    return value


def assign(data: dict[str, Any], path: str, value: Any) -> None:
    """Set ``path`` in ``data`` to ``value``, creating the objects on the way."""
    *parents, last = path.split(".")
    target = data
    for segment in parents:
        key = segment if segment in target or camel(segment) not in target else camel(segment)
        child = target.setdefault(key, {})
        if not isinstance(child, dict):
            raise TypeError(f"{segment!r} in {path!r} is not an object")
        target = child
    key = camel(last) if last not in target and camel(last) in target else last
    target[key] = value
