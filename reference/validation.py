"""Every request is checked against its protovalidate rules before any state changes."""

from __future__ import annotations

import protovalidate
from buf.validate import validate_pb2
from google.protobuf.message import Message

from reference.errors import FieldViolation, InvalidRequest

_VALIDATOR = protovalidate.Validator()  # type: ignore[no-untyped-call]


def render_path(path: validate_pb2.FieldPath) -> str:
    """``order.legs[0].rate`` and ``attributes["key"]``: the notation the validation suite uses."""
    parts: list[str] = []
    for element in path.elements:
        text = element.field_name
        subscript = element.WhichOneof("subscript")
        if subscript == "index":
            text += f"[{element.index}]"
        elif subscript == "string_key":
            text += f'["{element.string_key}"]'
        elif subscript is not None:
            text += f"[{str(getattr(element, subscript)).lower()}]"
        parts.append(text)
    return ".".join(parts)


def validate(request: Message) -> None:
    """Raise InvalidRequest with every violation of ``request``'s rules."""
    try:
        _VALIDATOR.validate(request)
    except protovalidate.ValidationError as error:
        raise InvalidRequest(
            [
                FieldViolation(render_path(v.proto.field), v.proto.rule_id, v.proto.message)
                for v in error.violations
            ]
        ) from None
