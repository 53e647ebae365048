"""Every request is checked against its protovalidate rules before any state changes."""

from __future__ import annotations

import protovalidate
from buf.validate import validate_pb2
from google.protobuf.message import Message

from cq.types.v1 import time_range_pb2
from reference.errors import FieldViolation, InvalidRequest

_VALIDATOR = protovalidate.Validator()  # type: ignore[no-untyped-call]
# TimeRange's one rule, end_time >= start_time, as time_range.proto states it (its id and message).
_TIME_RANGE = time_range_pb2.TimeRange.DESCRIPTOR
(_TIME_RANGE_RULE,) = _TIME_RANGE.GetOptions().Extensions[validate_pb2.message].cel


def _quote(text: str) -> str:
    """A double-quoted map key: backslash and quote escaped, control characters as \\u00XX."""
    escaped = []
    for char in text:
        if char in ('"', "\\"):
            escaped.append("\\" + char)
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            escaped.append(f"\\u{ord(char):04x}")
        else:
            escaped.append(char)
    return '"' + "".join(escaped) + '"'


def render_path(path: validate_pb2.FieldPath) -> str:
    """``order.legs[0].rate`` and ``attributes["key"]``: the notation the validation suite uses. Its
    Python runner (conformance/validation/runner.py) renders the same way; it runs in a venv holding only
    gen/python, so it keeps a copy rather than importing this."""
    parts: list[str] = []
    for element in path.elements:
        text = element.field_name
        subscript = element.WhichOneof("subscript")
        if subscript == "index":
            text += f"[{element.index}]"
        elif subscript == "string_key":
            text += f"[{_quote(element.string_key)}]"
        elif subscript is not None:
            text += f"[{str(getattr(element, subscript)).lower()}]"
        parts.append(text)
    return ".".join(parts)


def _library_gaps(message: Message, path: str) -> list[FieldViolation]:
    """Violations of two rules protovalidate-python 1.2.0 leaves unchecked (listed with their causes in
    conformance/validation/known_failures/python.json): enum.defined_only under repeated.items, and the
    TimeRange rule at nanosecond rather than microsecond resolution. The service must still refuse them."""
    found: list[FieldViolation] = []
    if message.DESCRIPTOR.full_name == _TIME_RANGE.full_name and message.HasField("end_time") \
            and message.end_time.ToNanoseconds() < message.start_time.ToNanoseconds():  # type: ignore[attr-defined]
        found.append(FieldViolation(path, _TIME_RANGE_RULE.id, _TIME_RANGE_RULE.message))
    for field, value in message.ListFields():
        where = f"{path}.{field.name}" if path else field.name
        if field.message_type is not None and field.message_type.GetOptions().map_entry:
            continue
        if field.is_repeated and field.enum_type is not None:
            rules = field.GetOptions().Extensions[validate_pb2.field]
            if rules.repeated.items.enum.defined_only:
                found.extend(FieldViolation(f"{where}[{index}]", "enum.defined_only",
                                            "value must be one of the defined enum values")
                             for index, number in enumerate(value) if number not in field.enum_type.values_by_number)
        elif field.message_type is not None:
            items = list(value) if field.is_repeated else [value]
            for index, item in enumerate(items):
                found.extend(_library_gaps(item, f"{where}[{index}]" if field.is_repeated else where))
    return found


def validate(request: Message) -> None:
    """Raise InvalidRequest with every violation of ``request``'s rules."""
    violations: list[FieldViolation] = []
    try:
        _VALIDATOR.validate(request)
    except protovalidate.ValidationError as error:
        violations = [FieldViolation(render_path(v.proto.field), v.proto.rule_id, v.proto.message)
                      for v in error.violations]
    seen = {(v.field, v.rule) for v in violations}
    violations += [v for v in _library_gaps(request, "") if (v.field, v.rule) not in seen]
    if violations:
        raise InvalidRequest(violations)
