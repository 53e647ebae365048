"""``cqc vectors``: write a golden vector for every message type of the contracts.

A vector is one fully populated message (see ``values``) stored twice under ``conformance/vectors``:
``<full.Name>.json`` in canonical proto3 JSON (sorted keys, 2-space indent, trailing newline) and
``<full.Name>.binpb`` in deterministic binary. A message with a oneof also gets
``<full.Name>__<member>`` vectors, one for each member after the first (the plain vector sets the
first). Messages come from a buf image of ``proto/``, never from gen/, so the vectors cannot lag
behind the contracts: every message of a ``cq.*`` package, nested ones included, map entries excluded.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from google.protobuf import descriptor_pb2, descriptor_pool, json_format, message_factory
from google.protobuf.message import Message

from cqc.vectors.values import Populator
from generators import buf, fingerprint, protodeps, toolchain

VECTORS_DIR = Path("conformance/vectors")
PACKAGE_PREFIX = "cq."
VARIANT_SEPARATOR = "__"
SUFFIXES = (".json", ".binpb")


class FindingsError(RuntimeError):
    """The protos do not build; ``findings`` says where."""

    def __init__(self, findings: tuple[buf.Finding, ...]) -> None:
        super().__init__(f"buf build failed with {len(findings)} finding(s)")
        self.findings = findings


def build_image(root: Path) -> descriptor_pb2.FileDescriptorSet:
    """Build ``root``'s workspace (third-party protos materialised first) into a descriptor set."""
    protodeps.materialise(root / protodeps.DEFAULT_DESTINATION)
    with tempfile.TemporaryDirectory(prefix="cqc-vectors-") as scratch:
        image = Path(scratch) / "image.binpb"
        result = buf.build_image(image, cwd=root)
        if not result.ok:
            raise FindingsError(result.findings)
        return descriptor_pb2.FileDescriptorSet.FromString(image.read_bytes())


def _walk(prefix: str, messages: Iterable[descriptor_pb2.DescriptorProto]
          ) -> Iterator[tuple[str, descriptor_pb2.DescriptorProto]]:
    for message in messages:
        name = f"{prefix}.{message.name}"
        yield name, message
        yield from _walk(name, message.nested_type)


def _messages(image: descriptor_pb2.FileDescriptorSet) -> Iterator[tuple[str, descriptor_pb2.DescriptorProto]]:
    for file in image.file:
        yield from _walk(file.package, file.message_type)


def message_names(image: descriptor_pb2.FileDescriptorSet) -> list[str]:
    """Full names of every message in a ``cq.*`` package, nested ones too, without map entries."""
    return sorted(name for name, message in _messages(image)
                  if name.startswith(PACKAGE_PREFIX) and not message.options.map_entry)


def synthetic_oneofs(image: descriptor_pb2.FileDescriptorSet) -> frozenset[str]:
    """Full names of the oneofs that only carry a proto3 ``optional`` field."""
    return frozenset(f"{name}.{message.oneof_decl[field.oneof_index].name}"
                     for name, message in _messages(image)
                     for field in message.field if field.proto3_optional)


@dataclass(frozen=True)
class Vector:
    """One golden message and the file stem it is stored under."""

    name: str
    message: Message


class Producer:
    """Builds the vectors of one image."""

    def __init__(self, image: descriptor_pb2.FileDescriptorSet) -> None:
        self.image = image
        self.pool = descriptor_pool.DescriptorPool()
        for file in image.file:  # buf images list every file after its imports
            self.pool.Add(file)
        self.populator = Populator(synthetic_oneofs(image), self.pool)

    def new_message(self, full_name: str) -> Message:
        return message_factory.GetMessageClass(self.pool.FindMessageTypeByName(full_name))()

    def vectors(self) -> list[Vector]:
        return [vector for name in message_names(self.image) for vector in self.vectors_of(name)]

    def vectors_of(self, full_name: str) -> list[Vector]:
        """The plain vector, plus one per oneof member after the first."""
        descriptor = self.pool.FindMessageTypeByName(full_name)
        vectors = [Vector(full_name, self._build(full_name, {}))]
        for oneof in descriptor.oneofs:
            if oneof.full_name in self.populator.synthetic_oneofs:
                continue
            for member in oneof.fields[1:]:
                vectors.append(Vector(f"{full_name}{VARIANT_SEPARATOR}{member.name}",
                                      self._build(full_name, {oneof.full_name: member.name})))
        return vectors

    def _build(self, full_name: str, choices: Mapping[str, str]) -> Message:
        message = self.new_message(full_name)
        self.populator.fill(message, choices=choices)
        return message

    def render(self, vector: Vector) -> dict[str, bytes]:
        """The two files of a vector: file name -> content."""
        as_dict = json_format.MessageToDict(vector.message, descriptor_pool=self.pool)
        text = json.dumps(as_dict, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
        return {f"{vector.name}.json": text.encode(),
                f"{vector.name}.binpb": vector.message.SerializeToString(deterministic=True)}

    def files(self) -> dict[str, bytes]:
        return {name: content for vector in self.vectors() for name, content in self.render(vector).items()}


def type_name(vector_name: str) -> str:
    """``cq.x.v1.Event__member`` -> ``cq.x.v1.Event``."""
    return vector_name.split(VARIANT_SEPARATOR, 1)[0]


def stored_files(directory: Path) -> dict[str, bytes]:
    """The vector files in ``directory`` (the decoders and docs beside them are not vectors)."""
    if not directory.is_dir():
        return {}
    return {path.name: path.read_bytes() for path in sorted(directory.iterdir())
            if path.is_file() and path.suffix in SUFFIXES}


def drift(expected: Mapping[str, bytes], directory: Path) -> list[str]:
    """Differences between the vectors the producer writes now and those stored in ``directory``."""
    stored = stored_files(directory)
    lines = [f"{directory / name}: missing" for name in sorted(expected.keys() - stored.keys())]
    lines += [f"{directory / name}: stale (no such message type any more)"
              for name in sorted(stored.keys() - expected.keys())]
    lines += [f"{directory / name}: differs from what `cqc vectors` writes"
              for name in sorted(expected.keys() & stored.keys()) if expected[name] != stored[name]]
    return lines


def write(files: Mapping[str, bytes], directory: Path) -> None:
    """Write ``files`` into ``directory`` and remove vector files no message type produces any more."""
    directory.mkdir(parents=True, exist_ok=True)
    for name in stored_files(directory).keys() - files.keys():
        (directory / name).unlink()
    for name, content in sorted(files.items()):
        path = directory / name
        if not path.is_file() or path.read_bytes() != content:
            path.write_bytes(content)


# What the vectors are made from: the contracts (built by buf with the materialised third-party protos),
# this package's populating rules, and the pins of the protobuf runtime that encodes them.
VECTOR_INPUTS = ("proto", "buf.yaml", "cqc/vectors", "generators/protodeps.py", "generators/buf.py", "pyproject.toml")
VECTOR_OUTPUTS = (VECTORS_DIR.as_posix(),)


def current_fingerprint(root: Path) -> fingerprint.Fingerprint | None:
    """What writing the vectors would read, and what ``VECTORS_DIR`` holds; None when buf is missing."""
    try:
        tools = [Path(sys.executable), toolchain.BUF.path()]
    except toolchain.MissingToolError:
        return None
    inputs = fingerprint.tree_digest(root, VECTOR_INPUTS) + fingerprint.tools_digest(tools)
    return fingerprint.Fingerprint(inputs, fingerprint.tree_digest(root, VECTOR_OUTPUTS))
