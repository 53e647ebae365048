"""Documentation completeness: the comment rules of docs/CONTRACT_STYLE.md that a program can check.

buf's COMMENTS lint checks that comments exist; this checks what the reference needs them to say.

The rules, over every declaration of the CQ source files:

1. Every service, RPC, message, field, oneof, enum and enum value has a comment.
2. Every field comment starts with ``Required.``, ``Optional.`` or ``Output only.``.
3. Every field comment gives an example value: it contains ``Example:`` or ``Examples:`` followed by
   text. There is no exemption by type: a message-typed or repeated field shows one in the
   proto-text-like form the contracts use (``{asset_id: "BTC", ...}``, ``[...]``). Where no value can
   be shown, the comment says why after the marker, e.g. ``Example: none, the token is opaque.``
4. Every RPC comment gives an example call, the same marker followed by text: a request and what it
   returns (or, for a stream, what it streams), in the same proto-text-like form, e.g.
   ``Example: {asset_id: "BTC"} returns {asset: {asset_id: "BTC", name: "Bitcoin", ...}}.``

Map entry messages (the ``<Field>Entry`` protoc synthesises for ``map<K, V>``) are not declarations of
the source and are skipped; their map field is checked like any other. Problems read
``<file>:<line>: <Message.field>: <problem>`` with the file relative to the repository.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from generators.reference.model import Comment, Reference, Source

FIELD_LABELS = ("Required.", "Optional.", "Output only.")
_EXAMPLE = re.compile(r"\bExamples?:\s*\S")

MISSING_COMMENT = "missing comment"
MISSING_LABEL = "missing label"
MISSING_EXAMPLE = "missing example"
KINDS = (MISSING_COMMENT, MISSING_LABEL, MISSING_EXAMPLE)


@dataclass(frozen=True)
class Problem:
    file: str  # relative to the repository, e.g. proto/cq/assets/v1/resources.proto
    line: int
    element: str  # package-relative name: "ListAssetsRequest.page_size"
    kind: str  # one of KINDS
    message: str

    def render(self) -> str:
        return f"{self.file}:{self.line}: {self.element}: {self.message}"


def _problem(source: Source, element: str, kind: str, message: str, proto_dir: str) -> Problem:
    return Problem(
        f"{proto_dir}/{source.file}" if proto_dir else source.file, source.line, element, kind, message
    )


def _missing(comment: Comment, source: Source, element: str, what: str, proto_dir: str) -> Iterator[Problem]:
    if not comment.present:
        yield _problem(source, element, MISSING_COMMENT, f"the {what} has no comment", proto_dir)


def field_problems(text: str) -> list[tuple[str, str]]:
    """(kind, message) for each rule a present field comment breaks."""
    found = []
    stripped = text.strip()
    if not stripped.startswith(FIELD_LABELS):
        found.append((MISSING_LABEL, "the comment does not start with Required., Optional. or Output only."))
    if not _EXAMPLE.search(stripped):
        found.append((MISSING_EXAMPLE, "the comment gives no example value (Example: ...)"))
    return found


def rpc_problems(text: str) -> list[tuple[str, str]]:
    """(kind, message) for each rule a present RPC comment breaks."""
    if not _EXAMPLE.search(text.strip()):
        return [(MISSING_EXAMPLE, "the RPC comment gives no example call (Example: ... returns ...)")]
    return []


def problems(reference: Reference, proto_dir: str = "proto") -> list[Problem]:
    """Every completeness problem, in file and line order."""
    found: list[Problem] = []
    for package in reference.packages:
        for service in package.services:
            found += _missing(service.comment, service.source, service.name, "service", proto_dir)
            for method in service.methods:
                if not method.comment.present:
                    found += _missing(method.comment, method.source, method.qualified_name, "RPC", proto_dir)
                    continue
                for kind, text in rpc_problems(method.comment.text):
                    found.append(_problem(method.source, method.qualified_name, kind, text, proto_dir))
        for message in package.messages:
            found += _missing(message.comment, message.source, message.name, "message", proto_dir)
            for oneof in message.oneofs:
                found += _missing(oneof.comment, oneof.source, oneof.qualified_name, "oneof", proto_dir)
            for field in message.fields:
                if not field.comment.present:
                    found += _missing(field.comment, field.source, field.qualified_name, "field", proto_dir)
                    continue
                for kind, text in field_problems(field.comment.text):
                    found.append(_problem(field.source, field.qualified_name, kind, text, proto_dir))
        for enum in package.enums:
            found += _missing(enum.comment, enum.source, enum.name, "enum", proto_dir)
            for value in enum.values:
                found += _missing(value.comment, value.source, value.qualified_name, "enum value", proto_dir)
    return sorted(found, key=lambda problem: (problem.file, problem.line, problem.element, problem.kind))


def counts(found: list[Problem]) -> dict[str, int]:
    """How many problems of each kind, every kind listed."""
    return {kind: sum(1 for problem in found if problem.kind == kind) for kind in KINDS}
