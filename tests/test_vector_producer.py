"""The golden-vector producer on a proto with every kind of field (tests/data/vectors), beyond what the
contracts use today: all scalar types, proto3 optional, enums, maps with string, integer and bool keys,
oneofs, recursion and the well-known types."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from google.protobuf import descriptor_pb2, json_format, message_factory

from cqc.vectors import produce, wire
from generators import buf

WORKSPACE = Path(__file__).parent / "data" / "vectors"
EVERYTHING = "cq.testing.v1.Everything"


@pytest.fixture(scope="module")
def producer(tmp_path_factory: pytest.TempPathFactory) -> produce.Producer:
    image = tmp_path_factory.mktemp("image") / "image.binpb"
    assert buf.build_image(image, cwd=WORKSPACE).ok
    return produce.Producer(descriptor_pb2.FileDescriptorSet.FromString(image.read_bytes()))


@pytest.fixture(scope="module")
def files(producer: produce.Producer) -> dict[str, bytes]:
    return producer.files()


def vector_json(files: dict[str, bytes], name: str) -> Any:
    return json.loads(files[f"{name}.json"])


def test_one_vector_per_message_and_per_further_oneof_member(producer: produce.Producer) -> None:
    assert [v.name for v in producer.vectors()] == [
        "cq.testing.v1.Everything", "cq.testing.v1.Everything__inner", "cq.testing.v1.Everything__nothing",
        "cq.testing.v1.Everything.Inner", "cq.testing.v1.Scalars", "cq.types.v1.Decimal",
    ]


def test_every_field_is_set_with_its_edge_value(producer: produce.Producer, files: dict[str, bytes]) -> None:
    scalars = vector_json(files, "cq.testing.v1.Scalars")
    everything = vector_json(files, EVERYTHING)

    assert len(scalars) == len(producer.pool.FindMessageTypeByName("cq.testing.v1.Scalars").fields)  # optional too
    assert scalars["anInt64"] == "9223372036854775807" and scalars["aSint64"] == "-9223372036854775808"
    assert scalars["aUint64"] == "18446744073709551615" and scalars["colour"] == "COLOUR_BLUE"
    assert "🚀𝄞" in scalars["aString"] and scalars["someBytes"] == "AAF/gP7/IGNx"
    assert everything["when"] == "2026-03-14T15:09:26.535897932Z" and everything["howLong"] == "3723.000004567s"
    assert everything["anything"]["@type"] == "type.googleapis.com/cq.types.v1.Decimal"
    assert everything["byNumber"].keys() == {"1", "9223372036854775807"}
    assert everything["byFlag"] == {"false": "COLOUR_BLUE", "true": "COLOUR_RED"}
    assert everything["mask"] == "aDouble,aFloat"  # paths into the sibling message
    assert everything["many"][0] != everything["many"][1]  # elements differ all the way down
    assert "text" in everything
    assert vector_json(files, f"{EVERYTHING}__nothing")["nothing"] == {}


def test_recursion_stops_at_the_second_occurrence_of_a_type(files: dict[str, bytes]) -> None:
    everything = vector_json(files, EVERYTHING)

    assert "child" in everything and "child" not in everything["child"]
    assert "parent" in everything["firstInner"] and "parent" not in everything["firstInner"]["parent"]["firstInner"]


def test_both_forms_decode_to_the_same_message_and_reencode_identically(
        producer: produce.Producer, files: dict[str, bytes]) -> None:
    for name, content in sorted(files.items()):
        if not name.endswith(".json"):
            continue
        vector = name.removesuffix(".json")
        cls = message_factory.GetMessageClass(producer.pool.FindMessageTypeByName(produce.type_name(vector)))
        from_json = json_format.Parse(content, cls(), descriptor_pool=producer.pool)
        from_binary = cls.FromString(files[f"{vector}.binpb"])
        assert from_json == from_binary, vector
        assert from_json.SerializeToString(deterministic=True) == files[f"{vector}.binpb"], vector


def test_output_is_byte_identical_from_a_fresh_producer(producer: produce.Producer, files: dict[str, bytes]) -> None:
    assert produce.Producer(producer.image).files() == files


def test_go_field_order_moves_oneof_members_last(producer: produce.Producer, files: dict[str, bytes]) -> None:
    descriptor = producer.pool.FindMessageTypeByName(EVERYTHING)
    canonical = files[f"{EVERYTHING}__inner.binpb"]

    reordered = wire.go_field_order(descriptor, canonical, producer.populator.synthetic_oneofs)

    numbers = [record.number for record in wire.records(reordered)]
    assert numbers[-1] == 9  # the oneof member `inner`, after field 20
    assert sorted(numbers[:-1]) == numbers[:-1]
    assert sorted(wire.records(reordered), key=lambda r: r.number) != list(wire.records(reordered))
    assert len(reordered) == len(canonical)
