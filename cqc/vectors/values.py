"""What goes into every field of a golden vector: fixed edge values per type, so output is deterministic.

Each kind of value comes in two variants: variant 0 fills the first element of a repeated field or
map, variant 1 the second, and the singular fields of a message take the variant of that message
(variant 0 at the root), so the two elements of a repeated field differ all the way down. Both are chosen to catch lossy codecs: 64-bit integers
beyond 2^53, negative zig-zag integers, non-BMP unicode and escapes, bytes that are not UTF-8,
timestamps and durations with nanoseconds (one before 1970), and decimals at the contract's limits.
Floating-point values are exactly representable, so a float32 round trip cannot blur them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, cast

from google.protobuf import json_format
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.descriptor_pool import DescriptorPool
from google.protobuf.message import Message

Variant = int  # 0 or 1

DECIMAL_TYPE = "cq.types.v1.Decimal"
# The exactness bar (30 significant digits, 18 places), then the contract's supported maximum
# (40 digits before and 30 after the point, see proto/cq/types/v1/decimal.proto); both in normal form.
DECIMAL_VALUES = (
    "123456789012.123456789012345678",
    "-9999999999999999999999999999999999999999.999999999999999999999999999999",
)

_T = FieldDescriptor
INTEGERS: Mapping[int, tuple[int, int]] = {
    _T.TYPE_INT32: (2147483647, -2147483648),
    _T.TYPE_SINT32: (-2147483648, 2147483647),
    _T.TYPE_SFIXED32: (-2147483648, 2147483647),
    _T.TYPE_UINT32: (4294967295, 1),
    _T.TYPE_FIXED32: (4294967295, 1),
    _T.TYPE_INT64: (9223372036854775807, -9007199254740993),
    _T.TYPE_SINT64: (-9223372036854775808, 9007199254740993),
    _T.TYPE_SFIXED64: (-9223372036854775808, 9007199254740993),
    _T.TYPE_UINT64: (18446744073709551615, 9007199254740993),
    _T.TYPE_FIXED64: (18446744073709551615, 9007199254740993),
}
FLOATS: Mapping[int, tuple[float, float]] = {
    _T.TYPE_DOUBLE: (0.1, -1.5e300),  # 0.1 is a double, printed the same shortest way everywhere
    _T.TYPE_FLOAT: (0.5, -3.25),  # exact in 32 bits
}
BYTES = (b"\x00\x01\x7f\x80\xfe\xff cq", b"\xf0\x9f\x9a\x80")

# The JSON forms of the well-known types and of Decimal: timestamps with nanoseconds, one before 1970;
# durations with nanoseconds, one negative; an Any packing a Decimal; structs with every kind of value.
WELL_KNOWN_JSON: Mapping[str, tuple[Any, Any]] = {
    DECIMAL_TYPE: ({"value": DECIMAL_VALUES[0]}, {"value": DECIMAL_VALUES[1]}),
    "google.protobuf.Timestamp": ("2026-03-14T15:09:26.535897932Z", "1969-07-20T20:17:40.000000001Z"),
    "google.protobuf.Duration": ("3723.000004567s", "-1.500s"),
    "google.protobuf.Any": (
        {"@type": f"type.googleapis.com/{DECIMAL_TYPE}", "value": DECIMAL_VALUES[0]},
        {"@type": f"type.googleapis.com/{DECIMAL_TYPE}", "value": DECIMAL_VALUES[1]},
    ),
    "google.protobuf.Struct": (
        {"name": "Grüße 🚀", "list": [1.5, False, None], "nested": {"日本": "𝄞"}},
        {"amount": -2.5},
    ),
    "google.protobuf.Value": (["Grüße 🚀", 0.5, True, None, {"nested": "日本"}], "𝄞 text"),
    "google.protobuf.ListValue": (["a 🚀", 2.5, True, None], [False]),
}
# FieldMask paths must survive the snake_case -> lowerCamel -> snake_case JSON round trip.
_MASKABLE = re.compile(r"[a-z]+(_[a-z]+)*")
FALLBACK_MASK_PATHS = ("display_name", "update_time")

# A message type appears at most this many times on one path from the root: bounds recursion.
MAX_TYPE_OCCURRENCES = 2
WELL_KNOWN_PREFIX = "google.protobuf."


def text(field: FieldDescriptor, variant: Variant) -> str:
    """A string naming its field, with accents, CJK, non-BMP characters and JSON escapes."""
    return f"{field.name} #{variant}: Grüße 日本 🚀𝄞 \"q\" \\ \t"


def map_key(field: FieldDescriptor, variant: Variant) -> object:
    """Map keys whose sorted order is the same as text and as numbers, so every codec agrees on it."""
    if field.type == _T.TYPE_STRING:
        return f"key {variant} ✓ 𝄞"
    if field.type == _T.TYPE_BOOL:
        return bool(variant)
    return 1 if variant == 0 else max(INTEGERS[field.type])


def scalar(field: FieldDescriptor, variant: Variant) -> object:
    """The value of a non-message field (enums by number: the highest, then the lowest non-zero)."""
    if field.type in INTEGERS:
        return INTEGERS[field.type][variant]
    if field.type in FLOATS:
        return FLOATS[field.type][variant]
    if field.type == _T.TYPE_BOOL:
        return variant == 0
    if field.type == _T.TYPE_STRING:
        return text(field, variant)
    if field.type == _T.TYPE_BYTES:
        return BYTES[variant]
    if field.type == _T.TYPE_ENUM:
        values = field.enum_type.values if field.enum_type is not None else []
        numbers = sorted({value.number for value in values})
        non_zero = [number for number in numbers if number != 0] or numbers
        return non_zero[-1] if variant == 0 else non_zero[0]
    raise ValueError(f"unsupported field type {field.type} of {field.full_name}")


def mask_paths(parent: Descriptor) -> list[str]:
    """Paths into the resource an update request carries beside its mask, else a generic pair."""
    for sibling in parent.fields:
        target = sibling.message_type
        if target is None or sibling.is_repeated or target.full_name.startswith(WELL_KNOWN_PREFIX):
            continue
        paths = [f.name for f in target.fields if _MASKABLE.fullmatch(f.name)][:2]
        if paths:
            return paths
    return list(FALLBACK_MASK_PATHS)


def _lower_camel(path: str) -> str:
    head, *rest = path.split("_")
    return head + "".join(word.capitalize() for word in rest)


def descriptor_of(message: Message) -> Descriptor:
    # The stubs type DESCRIPTOR as the pure-Python or the upb class; both have the same interface.
    return cast(Descriptor, message.DESCRIPTOR)


@dataclass(frozen=True)
class Populator:
    """Fills messages built from one descriptor pool.

    ``pool`` resolves the Decimal packed into an Any.
    ``synthetic_oneofs`` holds the full names of the oneofs protoc makes for proto3 ``optional``
    fields; those fields are set like any other, and only real oneofs choose a member.
    """

    synthetic_oneofs: frozenset[str]
    pool: DescriptorPool

    def fill(self, message: Message, variant: Variant = 0, choices: Mapping[str, str] | None = None,
             stack: tuple[str, ...] = (), parent: Descriptor | None = None) -> None:
        """Set every field of ``message``; ``choices`` picks a member (by field name) per oneof."""
        descriptor = descriptor_of(message)
        name = descriptor.full_name
        if self._fill_well_known(message, name, variant, parent):
            return
        stack = (*stack, name)
        for field in descriptor.fields:
            if self._wanted(field, stack, choices or {}):
                self._set(message, field, variant, stack)

    def _fill_well_known(self, message: Message, name: str, variant: Variant, parent: Descriptor | None) -> bool:
        if name == "google.protobuf.FieldMask":
            paths = mask_paths(parent) if parent else FALLBACK_MASK_PATHS
            json_format.Parse(json.dumps(",".join(_lower_camel(path) for path in paths)), message)
        elif name in WELL_KNOWN_JSON:
            json_format.ParseDict(WELL_KNOWN_JSON[name][variant], message, descriptor_pool=self.pool)
        else:
            return False
        return True

    def _wanted(self, field: FieldDescriptor, stack: tuple[str, ...], choices: Mapping[str, str]) -> bool:
        if field.message_type is not None and not self._may_nest(field, stack):
            return False
        oneof = field.containing_oneof
        if oneof is None or oneof.full_name in self.synthetic_oneofs:
            return True
        chosen = choices.get(oneof.full_name)
        if chosen is not None:
            return field.name == chosen
        # Otherwise the first member that recursion allows.
        first = next((f for f in oneof.fields if f.message_type is None or self._may_nest(f, stack)), None)
        return first is not None and first.name == field.name

    @staticmethod
    def _may_nest(field: FieldDescriptor, stack: tuple[str, ...]) -> bool:
        target = field.message_type
        if target is None:
            return True
        if target.GetOptions().map_entry:
            value = target.fields_by_name["value"]
            return value.message_type is None or Populator._may_nest(value, stack)
        return stack.count(target.full_name) < MAX_TYPE_OCCURRENCES

    def _set(self, message: Message, field: FieldDescriptor, variant: Variant, stack: tuple[str, ...]) -> None:
        """Singular fields take the message's variant; repeated fields and maps get one of each."""
        parent = descriptor_of(message)
        container = getattr(message, field.name)
        entry = field.message_type
        if entry is not None and entry.GetOptions().map_entry:
            key_field = entry.fields_by_name["key"]
            value_field = entry.fields_by_name["value"]
            for element in (0, 1):
                key = map_key(key_field, element)
                if value_field.message_type is None:
                    container[key] = scalar(value_field, element)
                else:
                    self.fill(container[key], element, stack=stack, parent=parent)
        elif field.is_repeated:
            for element in (0, 1):
                if field.message_type is None:
                    container.append(scalar(field, element))
                else:
                    self.fill(container.add(), element, stack=stack, parent=parent)
        elif field.message_type is not None:
            self.fill(container, variant, stack=stack, parent=parent)
            container.SetInParent()  # an empty message (google.protobuf.Empty) is still set
        elif field.type == _T.TYPE_BOOL:
            setattr(message, field.name, True)  # false is the default, which JSON would leave out
        else:
            setattr(message, field.name, scalar(field, variant))

