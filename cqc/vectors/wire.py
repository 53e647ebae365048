"""Field order on the wire, for the one known binary difference between the three languages.

Python (upb) and protobuf-es write fields in field-number order; protobuf-go writes the members of
real oneofs after every other field, oneof by oneof in declaration order ("to preserve compatibility
with historic wire output", google.golang.org/protobuf/internal/impl/codec_message.go, using
internal/order.LegacyFieldOrder), even with Deterministic set. ``go_field_order`` rewrites bytes in
field-number order into the order protobuf-go writes, so the tests can expect exactly that difference
(see conformance/vectors/KNOWN_DIFFERENCES.md).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from google.protobuf.descriptor import Descriptor, FieldDescriptor

WIRE_VARINT, WIRE_I64, WIRE_LEN, WIRE_I32 = 0, 1, 2, 5


class WireError(ValueError):
    """Bytes that are not a well-formed protobuf message."""


def read_varint(data: bytes, position: int) -> tuple[int, int]:
    """The varint at ``position`` and the position after it."""
    value = shift = 0
    while position < len(data) and shift < 70:
        byte = data[position]
        position += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, position
        shift += 7
    raise WireError(f"bad varint before byte {position}")


def write_varint(value: int) -> bytes:
    out = bytearray()
    while value > 0x7F:
        out.append(value & 0x7F | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


@dataclass(frozen=True)
class Record:
    """One field occurrence: its number, wire type, tag bytes and value bytes (length prefix excluded)."""

    number: int
    wire_type: int
    tag: bytes
    value: bytes

    def encode(self) -> bytes:
        prefix = write_varint(len(self.value)) if self.wire_type == WIRE_LEN else b""
        return self.tag + prefix + self.value


def records(data: bytes) -> Iterator[Record]:
    position = 0
    while position < len(data):
        start = position
        tag, position = read_varint(data, position)
        number, wire_type = tag >> 3, tag & 7
        tag_bytes = data[start:position]
        if wire_type == WIRE_VARINT:
            end = read_varint(data, position)[1]
        elif wire_type in (WIRE_I64, WIRE_I32):
            end = position + (8 if wire_type == WIRE_I64 else 4)
        elif wire_type == WIRE_LEN:
            length, position = read_varint(data, position)
            end = position + length
        else:
            raise WireError(f"unsupported wire type {wire_type} at byte {start}")
        if end > len(data):
            raise WireError(f"field {number} runs past the end")
        yield Record(number, wire_type, tag_bytes, data[position:end])
        position = end


SortKey = Callable[[FieldDescriptor | None, int], tuple[int, ...]]


def reorder(descriptor: Descriptor, data: bytes, key: SortKey) -> bytes:
    """``data`` with the fields of every message, nested ones too, stably sorted by ``key``."""
    rewritten: list[tuple[tuple[int, ...], bytes]] = []
    for record in records(data):
        field = descriptor.fields_by_number.get(record.number)
        if field is not None and field.message_type is not None and record.wire_type == WIRE_LEN:
            record = Record(record.number, WIRE_LEN, record.tag, reorder(field.message_type, record.value, key))
        rewritten.append((key(field, record.number), record.encode()))
    rewritten.sort(key=lambda item: item[0])
    return b"".join(encoded for _, encoded in rewritten)


def go_field_order(descriptor: Descriptor, data: bytes, synthetic_oneofs: frozenset[str]) -> bytes:
    """``data`` (field-number order) in the order protobuf-go marshals: real oneof members last."""

    def key(field: FieldDescriptor | None, number: int) -> tuple[int, ...]:
        oneof = field.containing_oneof if field is not None else None
        if oneof is None or oneof.full_name in synthetic_oneofs:
            return (0, 0, number)
        return (1, oneof.index, number)

    return reorder(descriptor, data, key)
