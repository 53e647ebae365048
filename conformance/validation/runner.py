"""Validation suite runner for Python: protovalidate on the generated package (gen/python).

    python runner.py CASES_DIR_OR_FILE...

Needs only ``cq-contracts[validate]`` (gen/python and protovalidate). For every case of every fixture
file (see README.md) it decodes ``input`` into ``message`` with json_format, validates it and prints
one JSON object per line, sorted by case id:

    {"case": "types/decimal-empty", "outcome": "invalid", "violations": [{"field": "value",
     "rule": "string.pattern"}], "error": ""}

A case that cannot be decoded or validated is an ``error`` outcome, never a crash of the runner.
Field paths are rendered by ``render_path``, identically in the Go and TypeScript runners.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import protovalidate
from buf.validate import validate_pb2
from google.protobuf import descriptor_pool, json_format, message_factory
from google.protobuf.message import Message

import cq

Result = dict[str, Any]


def import_generated_modules() -> None:
    """Import every ``cq.*_pb2`` module, so that every CQ message is in the default descriptor pool."""
    for module in pkgutil.walk_packages(cq.__path__, prefix="cq."):
        if module.name.endswith("_pb2"):
            importlib.import_module(module.name)


def quote(text: str) -> str:
    """A double-quoted string key: backslash and quote escaped, control characters as \\u00XX."""
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
    """``order.legs[0].rate``, ``attributes["key"]``: field names joined by dots, subscripts in brackets."""
    parts = []
    for element in path.elements:
        text = element.field_name
        subscript = element.WhichOneof("subscript")
        if subscript == "index":
            text += f"[{element.index}]"
        elif subscript == "bool_key":
            text += "[true]" if element.bool_key else "[false]"
        elif subscript == "int_key":
            text += f"[{element.int_key}]"
        elif subscript == "uint_key":
            text += f"[{element.uint_key}]"
        elif subscript == "string_key":
            text += f"[{quote(element.string_key)}]"
        parts.append(text)
    return ".".join(parts)


def violation_json(violation: validate_pb2.Violation) -> dict[str, Any]:
    rendered: dict[str, Any] = {"field": render_path(violation.field), "rule": violation.rule_id}
    if violation.for_key:
        rendered["for_key"] = True
    return rendered


def error_result(case_id: str, error: str) -> Result:
    return {"case": case_id, "outcome": "error", "violations": [], "error": error}


def run_case(validator: protovalidate.Validator, case: Any) -> Result:
    """Decode, validate and report one case; every failure becomes an ``error`` outcome."""
    case_id = str(case.get("id", "")) if isinstance(case, dict) else ""
    if not isinstance(case, dict) or not isinstance(case.get("message"), str):
        return error_result(case_id, "fixture: a case needs an id and a message type name")
    try:
        descriptor = descriptor_pool.Default().FindMessageTypeByName(case["message"])
        message: Message = message_factory.GetMessageClass(descriptor)()
        # Any JSON value: a non-object input is a decode error like any other.
        json_format.ParseDict(cast(dict[str, Any], case.get("input")), message)
    except Exception as error:  # noqa: BLE001 - a decode failure is the case's outcome
        return error_result(case_id, f"decode: {type(error).__name__}: {error}")
    try:
        violations = validator.collect_violations(message)
    except Exception as error:  # noqa: BLE001 - so is a compilation or runtime error
        return error_result(case_id, f"validate: {type(error).__name__}: {error}")
    rendered = sorted(
        (violation_json(violation.proto) for violation in violations),
        key=lambda item: (item["field"], item["rule"], item.get("for_key", False)),
    )
    return {"case": case_id, "outcome": "invalid" if rendered else "valid", "violations": rendered, "error": ""}


def fixture_files(arguments: list[str]) -> Iterator[Path]:
    for argument in arguments:
        path = Path(argument)
        yield from sorted(path.glob("*.json")) if path.is_dir() else [path]


def results_of(validator: protovalidate.Validator, path: Path) -> list[Result]:
    """The results of one fixture file's cases; an unreadable file is one error result named after it."""
    try:
        cases = json.loads(path.read_text(encoding="utf-8"))["cases"]
        if not isinstance(cases, list):
            raise TypeError("'cases' is not a list")
    except Exception as error:  # noqa: BLE001
        return [error_result(path.name, f"fixture: {error}")]
    return [run_case(validator, case) for case in cases]


def main(arguments: list[str]) -> int:
    if not arguments:
        print(__doc__, file=sys.stderr)
        return 2
    import_generated_modules()
    validator = protovalidate.Validator()  # type: ignore[no-untyped-call]  # its __init__ is unannotated
    results = [result for path in fixture_files(arguments) for result in results_of(validator, path)]
    for result in sorted(results, key=lambda item: item["case"]):
        print(json.dumps(result, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
