"""Decode every golden vector with the generated Python package and re-encode it.

    python decode.py <vectors-dir>

Prints a JSON array, one result per vector: ``{"vector", "binary_hex_sha256", "binary_hex", "json",
"error"}``. ``binary_hex`` is the deterministic re-encoding of the decoded ``.binpb`` and
``binary_hex_sha256`` its hash; ``json`` is the
canonical JSON re-encoding of the decoded ``.json``, parsed. Both forms must decode to equal messages.
A vector that fails gets ``error``, naming the file and the field, and the run goes on.
Uses nothing but the installed generated package (``pip install gen/python``) and its dependencies.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import pkgutil
import sys
from pathlib import Path
from typing import Any, cast

from google.protobuf import descriptor_pool, json_format, message_factory
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message

import cq

VARIANT_SEPARATOR = "__"


class DecodeFailure(Exception):
    """A vector file that does not decode; the message names the file and the field."""


def import_generated_modules() -> None:
    """Import every ``*_pb2`` module so the default pool knows every message type."""
    for module in pkgutil.walk_packages(cq.__path__, "cq."):
        if module.name.endswith("_pb2"):
            importlib.import_module(module.name)


def message_class(json_path: Path) -> type[Message]:
    full_name = json_path.stem.split(VARIANT_SEPARATOR, 1)[0]
    try:
        descriptor = descriptor_pool.Default().FindMessageTypeByName(full_name)
    except KeyError:
        raise DecodeFailure(f"{json_path.name}: no message type {full_name} in the generated package") from None
    return message_factory.GetMessageClass(descriptor)


def _varint(data: bytes, position: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        if position >= len(data):
            raise DecodeFailure("truncated varint")
        byte = data[position]
        position += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, position
        shift += 7
        if shift >= 70:
            raise DecodeFailure("varint longer than 10 bytes")


def _payload(data: bytes, position: int, wire_type: int) -> tuple[bytes, int]:
    """The bytes of one field value starting at ``position``, and the position after it."""
    if wire_type == 0:
        end = _varint(data, position)[1]
    elif wire_type in (1, 5):
        end = position + (8 if wire_type == 1 else 4)
    elif wire_type == 2:
        length, position = _varint(data, position)
        end = position + length
    else:
        raise DecodeFailure(f"unsupported wire type {wire_type}")
    if end > len(data):
        raise DecodeFailure(f"needs {end - position} bytes, {len(data) - position} left")
    return data[position:end], end


def locate(descriptor: Descriptor, data: bytes) -> str | None:
    """Walk the wire format and name the first field whose bytes cannot be decoded, with the reason."""
    position = 0
    while position < len(data):
        try:
            tag, position = _varint(data, position)
        except DecodeFailure as failure:
            return f"tag at byte {position}: {failure}"
        number, wire_type = tag >> 3, tag & 7
        field = descriptor.fields_by_number.get(number)
        name = field.name if field else f"#{number}"
        try:
            payload, position = _payload(data, position, wire_type)
        except DecodeFailure as failure:
            return f"{name}: {failure}"
        if field is None or wire_type != 2:
            continue
        if field.message_type is not None:
            inner = locate(field.message_type, payload)
            if inner is not None:
                return f"{name}.{inner}"
        elif field.type == FieldDescriptor.TYPE_STRING:
            try:
                payload.decode("utf-8")
            except UnicodeDecodeError:
                return f"{name}: invalid UTF-8"
    return None


def decode_binary(cls: type[Message], path: Path) -> Message:
    try:
        wire = path.read_bytes()
    except OSError as error:
        raise DecodeFailure(f"{path.name}: {error.strerror}") from None
    message = cls()
    try:
        message.ParseFromString(wire)
    except Exception as error:  # noqa: BLE001 - any parse failure becomes a report, never a crash
        where = locate(cast(Descriptor, cls.DESCRIPTOR), wire)
        raise DecodeFailure(f"{path.name}: field {where}" if where else f"{path.name}: {error}") from None
    return message


def _json_decodes(descriptor: Descriptor, value: dict[str, Any]) -> bool:
    """Whether the library parses ``value`` (a JSON object holding some fields) as a ``descriptor`` message."""
    try:
        json_format.ParseDict(value, message_factory.GetMessageClass(descriptor)())
    except Exception:  # noqa: BLE001 - any failure means "not this one"
        return False
    return True


def _walks_into(descriptor: Descriptor | None) -> bool:
    """Whether a message's JSON form is an object of its fields; the well-known types have forms of
    their own (a string for Timestamp, anything for Value, ...), so a bad one is reported as a whole."""
    return descriptor is not None and not descriptor.full_name.startswith("google.protobuf.")


def locate_json(descriptor: Descriptor, value: Any) -> str | None:
    """The path of the first field of ``value`` (parsed JSON of a ``descriptor`` message) that the library
    cannot decode, e.g. ``limit_price.value``, ``candles[1].close_time`` or ``attributes["k"]``: each
    field is decoded on its own, and the walk goes down into the one that fails. None when every field
    decodes by itself (the JSON is not an object, or the fault lies between fields: a key twice, two
    members of one oneof)."""
    if not isinstance(value, dict) or not _walks_into(descriptor):
        return None
    fields = {key: field for field in descriptor.fields for key in (field.json_name, field.name)}
    for key, member in value.items():
        if _json_decodes(descriptor, {key: member}):
            continue
        field = fields.get(key)
        if field is None:
            return str(key)
        name = field.name
        if field.message_type is not None and field.message_type.GetOptions().map_entry:
            if not isinstance(member, dict):
                return name
            entry = field.message_type.fields_by_name["value"].message_type
            for map_key, item in member.items():
                if not _json_decodes(descriptor, {key: {map_key: item}}):
                    where = f"{name}[{json.dumps(map_key, ensure_ascii=False)}]"
                    inner = locate_json(entry, item) if entry is not None else None
                    return f"{where}.{inner}" if inner else where
            return name
        if field.is_repeated:
            if not isinstance(member, list):
                return name
            for index, item in enumerate(member):
                if not _json_decodes(descriptor, {key: [item]}):
                    inner = locate_json(field.message_type, item) if field.message_type is not None else None
                    return f"{name}[{index}].{inner}" if inner else f"{name}[{index}]"
            return name
        inner = locate_json(field.message_type, member) if field.message_type is not None else None
        return f"{name}.{inner}" if inner else name
    return None


def locate_json_text(descriptor: Descriptor, text: str) -> str | None:
    """``locate_json`` on a vector's text; None when it is not JSON at all (the library's message says so)."""
    try:
        return locate_json(descriptor, json.loads(text))
    except Exception:  # noqa: BLE001 - a walk that cannot run must not hide the library's message
        return None


def decode_json(cls: type[Message], path: Path) -> Message:
    message = cls()
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise DecodeFailure(f"{path.name}: {error.strerror}") from None
    except UnicodeDecodeError as error:
        raise DecodeFailure(f"{path.name}: {error}") from None
    try:
        json_format.Parse(text, message)
    except Exception as error:  # noqa: BLE001 - any parse failure becomes a report, never a crash
        first_line = str(error).splitlines()[0] if str(error) else type(error).__name__
        where = locate_json_text(cast(Descriptor, cls.DESCRIPTOR), text)
        raise DecodeFailure(f"{path.name}: field {where}: {first_line}" if where else f"{path.name}: {first_line}") \
            from None
    return message


def decode(json_path: Path) -> dict[str, Any]:
    name = json_path.stem
    result: dict[str, Any] = {"vector": name, "binary_hex_sha256": None, "binary_hex": None, "json": None,
                              "error": None}
    try:
        cls = message_class(json_path)
        from_json = decode_json(cls, json_path)
        from_binary = decode_binary(cls, json_path.with_suffix(".binpb"))
        if from_json != from_binary:
            raise DecodeFailure(f"{json_path.name} and {json_path.stem}.binpb decode to different messages")
        reencoded = from_binary.SerializeToString(deterministic=True)
        result["binary_hex_sha256"] = hashlib.sha256(reencoded).hexdigest()
        result["binary_hex"] = reencoded.hex()
        result["json"] = json.loads(json_format.MessageToJson(from_json))
    except DecodeFailure as failure:
        result["error"] = str(failure)
    except Exception as error:  # noqa: BLE001 - a driver bug must read as one, not as a crash
        result["error"] = f"{json_path.name}: driver error: {type(error).__name__}: {error}"
    return result


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    import_generated_modules()
    vectors = sorted(Path(argv[1]).glob("*.json"))
    json.dump([decode(path) for path in vectors], sys.stdout, ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
