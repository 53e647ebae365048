"""gen/go's cqchecksum.CanonicalBytes writes the bytes cq.events.v1.PayloadChecksum covers: exactly what
Python's SerializeToString(deterministic=True) writes, for every golden vector (the event payloads
first), and again after the vectors' fields are scrambled and unknown fields slipped in. protobuf-go's
own deterministic marshalling does not (oneof members last), which is why the helper exists."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from google.protobuf.descriptor import Descriptor

from cqc.vectors import produce, wire
from tests.conftest import REPO_ROOT, run
from tests.test_golden_vectors import go_imports, numbered  # the same blank imports and listing

VECTORS = REPO_ROOT / produce.VECTORS_DIR
DRIVER = Path(__file__).parent / "drivers" / "canonical_bytes.go"
ENVELOPE = "cq.events.v1.EventEnvelope"
# A field number no contract uses (the largest allowed), as a varint field with value 1.
UNKNOWN_FIELD = wire.write_varint((2**29 - 1) << 3 | wire.WIRE_VARINT) + b"\x01"

GoResults = dict[str, dict[str, str]]


@pytest.fixture(scope="module")
def producer() -> produce.Producer:
    return produce.Producer(produce.build_image(REPO_ROOT))


@pytest.fixture(scope="module")
def go_encode(go_consumer: Path) -> Callable[[Path], GoResults]:
    """Build the driver; the returned function runs it on a directory of .binpb files."""
    source = go_consumer / "cmd" / "canonicalbytes"
    source.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(DRIVER, source / "main.go")
    (source / "imports.go").write_text(go_imports())
    run(["go", "mod", "tidy"], cwd=go_consumer, check=True)
    binary = go_consumer / "canonicalbytes"
    run(["go", "build", "-o", str(binary), "./cmd/canonicalbytes"], cwd=go_consumer, check=True)

    def encode(directory: Path) -> GoResults:
        completed = run([str(binary), str(directory)], cwd=go_consumer, check=True)
        return {result["vector"]: result for result in json.loads(completed.stdout)}

    return encode


@pytest.fixture(scope="module")
def go_vectors(go_encode: Callable[[Path], GoResults]) -> GoResults:
    """The driver's results on the stored vectors."""
    return go_encode(VECTORS)


def payload_types(producer: produce.Producer) -> list[str]:
    """The message types of the members of EventEnvelope's payload oneof."""
    envelope = producer.pool.FindMessageTypeByName(ENVELOPE)
    return sorted(field.message_type.full_name for field in envelope.oneofs_by_name["payload"].fields
                  if field.message_type is not None)


def python_bytes(producer: produce.Producer, vector: str, data: bytes) -> bytes:
    message = producer.new_message(produce.type_name(vector))
    message.ParseFromString(data)
    return message.SerializeToString(deterministic=True)


def mismatches(producer: produce.Producer, go: GoResults, inputs: dict[str, bytes]) -> list[str]:
    """"<vector>: ..." for each input whose Go canonical bytes are not Python's deterministic bytes."""
    lines = []
    for vector, data in sorted(inputs.items()):
        result = go.get(vector)
        if result is None or result["error"]:
            error = result["error"] if result is not None else "no result"
            lines.append(f"{vector}: go: wanted canonical bytes; got {error}")
            continue
        want, got = python_bytes(producer, vector, data), bytes.fromhex(result["canonical_hex"])
        if want != got:
            first = next((i for i, (w, g) in enumerate(zip(want, got, strict=False)) if w != g),
                         min(len(want), len(got)))
            lines.append(f"{vector}: wanted Python's {len(want)} bytes; got {len(got)} from CanonicalBytes "
                         f"(first difference at byte {first})")
    return lines


def stored(names: list[str]) -> dict[str, bytes]:
    return {name: (VECTORS / f"{name}.binpb").read_bytes() for name in names}


def all_vectors() -> list[str]:
    return sorted(path.stem for path in VECTORS.glob("*.binpb"))


def vectors_of(types: list[str]) -> list[str]:
    return [name for name in all_vectors() if produce.type_name(name) in types]


def scramble(descriptor: Descriptor, data: bytes) -> bytes:
    """``data`` with the records of every message, nested ones too, in reverse order and an unknown
    field put first (not in map entries, whose unknown fields parsers drop)."""
    out = []
    for record in wire.records(data):
        field = descriptor.fields_by_number.get(record.number)
        if field is not None and field.message_type is not None and record.wire_type == wire.WIRE_LEN:
            record = wire.Record(record.number, record.wire_type, record.tag,
                                 scramble(field.message_type, record.value))
        out.append(record.encode())
    unknown = b"" if descriptor.GetOptions().map_entry else UNKNOWN_FIELD
    return unknown + b"".join(reversed(out))


# -- the tests ---------------------------------------------------------------------------------------

def test_every_event_payload_vector_encodes_as_python_does(
        producer: produce.Producer, go_vectors: GoResults) -> None:
    types = payload_types(producer)
    names = vectors_of(types)
    without = sorted(set(types) - {produce.type_name(name) for name in names})
    assert not without, "event payload types without a golden vector:\n" + numbered(without)

    lines = mismatches(producer, go_vectors, stored(names))

    assert not lines, f"{len(lines)} of {len(names)} payload vectors differ:\n" + numbered(lines)


def test_every_vector_encodes_as_python_does(producer: produce.Producer, go_vectors: GoResults) -> None:
    names = all_vectors()

    lines = mismatches(producer, go_vectors, stored(names))

    assert not lines, f"{len(lines)} of {len(names)} vectors differ:\n" + numbered(lines)


def test_scrambled_payloads_with_unknown_fields_encode_as_python_does(
        producer: produce.Producer, go_encode: Callable[[Path], GoResults], tmp_path: Path) -> None:
    """Decoding bytes in another order (oneofs first, map entries reversed, unknown fields first) and
    encoding again gives the canonical order, with the unknown fields last, in both languages."""
    inputs = {}
    for name, data in stored(vectors_of(payload_types(producer))).items():
        inputs[name] = scramble(producer.pool.FindMessageTypeByName(produce.type_name(name)), data)
        assert inputs[name] != data
        (tmp_path / f"{name}.binpb").write_bytes(inputs[name])

    go = go_encode(tmp_path)
    lines = mismatches(producer, go, inputs)

    assert not lines, numbered(lines)
    unknown_not_last = [name for name in inputs
                        if not bytes.fromhex(go[name]["canonical_hex"]).endswith(UNKNOWN_FIELD)]
    assert not unknown_not_last, numbered(unknown_not_last)


def test_go_deterministic_marshalling_differs_for_some_payloads(
        producer: produce.Producer, go_vectors: GoResults) -> None:
    """The reason for the helper: proto.Marshal moves oneof members last (KNOWN_DIFFERENCES.md)."""
    go = go_vectors
    payloads = vectors_of(payload_types(producer))
    differing = [name for name in payloads if go[name]["canonical_hex"] != go[name]["deterministic_hex"]]
    assert differing, "no payload vector shows protobuf-go's oneof reordering any more; update the docs"
    for name in differing:
        canonical = bytes.fromhex(go[name]["canonical_hex"])
        descriptor = producer.pool.FindMessageTypeByName(produce.type_name(name))
        reordered = wire.go_field_order(descriptor, canonical, producer.populator.synthetic_oneofs)
        assert bytes.fromhex(go[name]["deterministic_hex"]) == reordered, name
