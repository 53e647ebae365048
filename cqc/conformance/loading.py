"""Loading conformance cases: YAML files read as cq.conformance.v1.CaseFile, checked against their
protovalidate rules and against the contract, every problem reported as ``file:line: problem``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeGuard

import protovalidate
from google.protobuf import descriptor, descriptor_pool, json_format, message_factory
from google.protobuf.message import Message
from google.rpc import code_pb2  # type: ignore[import-untyped]

import cq.client  # noqa: F401 - imports every service module, registering the contract's descriptors
from cq.conformance.v1 import case_pb2
from cqc.conformance import placeholders, yamlpos
from reference.validation import render_path

_VALIDATOR = protovalidate.Validator()  # type: ignore[no-untyped-call]
UNARY_DEFAULT_TIMEOUT_MS = 10_000


class CaseFileError(Exception):
    """One or more case files are invalid; ``problems`` are ``file:line: problem`` lines."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the case files")
        self.problems = problems


@dataclass(frozen=True)
class Step:
    """A step ready to run: its proto, its request and expected responses as JSON data (placeholders
    intact), and the contract method it calls (None for an undeclared one)."""

    number: int
    proto: case_pb2.Step
    request: dict[str, Any]
    expected_responses: tuple[dict[str, Any], ...]
    method: descriptor.MethodDescriptor | None

    @property
    def streaming(self) -> bool:
        return self.method is not None and self.method.server_streaming

    @property
    def timeout_ms(self) -> int:
        """The deadline sent with the call: the case's, else a safety net so no call can hang a run."""
        return self.proto.timeout_ms or UNARY_DEFAULT_TIMEOUT_MS


@dataclass(frozen=True)
class Case:
    name: str
    where: str
    steps: tuple[Step, ...]

    @property
    def area(self) -> str:
        return self.name.split("/", 1)[0]


def message_class(descriptor_: descriptor.Descriptor) -> type[Message]:
    return message_factory.GetMessageClass(descriptor_)


def field_named(message: Any, name: str) -> descriptor.FieldDescriptor | None:
    """The field of ``message`` (a Descriptor, also as a message class's DESCRIPTOR) spelled ``name`` in the
    proto or in JSON (lowerCamelCase)."""
    fields: list[descriptor.FieldDescriptor] = list(message.fields)
    return next((field for field in fields if name in (field.name, field.json_name)), None)


def has_object_json(type_: descriptor.Descriptor | None) -> TypeGuard[descriptor.Descriptor]:
    """A field's message type whose JSON is an object of its own fields; a map is an object of its entries,
    and the well-known types have JSON forms of their own (a Timestamp is a string)."""
    return type_ is not None and not type_.GetOptions().map_entry and \
        not type_.full_name.startswith("google.protobuf.")


def resolve_path(message: descriptor.Descriptor, path: str) -> tuple[descriptor.FieldDescriptor | None, str]:
    """The field a dotted JSON path ends at (indexes allowed after repeated fields), or a problem."""
    field: descriptor.FieldDescriptor | None = None
    current: descriptor.Descriptor | None = message
    after_repeated = False
    for segment in path.split("."):
        if after_repeated and segment.isdigit():
            after_repeated = False
            continue
        if current is None:
            return None, f"{path!r}: {segment!r} is below a field that is not a message"
        field = field_named(current, segment)
        if field is None:
            return None, f"{path!r}: {current.full_name} has no field {segment!r}"
        after_repeated = field.is_repeated and not (
            field.message_type is not None and field.message_type.GetOptions().map_entry)
        current = field.message_type
    return field, ""


_FD = descriptor.FieldDescriptor
_STAND_INS_BY_MESSAGE = {"google.protobuf.Timestamp": "1970-01-01T00:00:00Z", "google.protobuf.Duration": "0s"}
_NUMERIC = {_FD.CPPTYPE_INT32, _FD.CPPTYPE_INT64, _FD.CPPTYPE_UINT32, _FD.CPPTYPE_UINT64, _FD.CPPTYPE_DOUBLE,
            _FD.CPPTYPE_FLOAT, _FD.CPPTYPE_ENUM}


def _stand_in_for(field: descriptor.FieldDescriptor) -> Any:
    """An inert value of the field's type, for a placeholder that will fill it at run time."""
    if field.message_type is not None:
        return _STAND_INS_BY_MESSAGE.get(field.message_type.full_name, "0")
    if field.cpp_type in _NUMERIC:
        return 0
    if field.cpp_type == _FD.CPPTYPE_BOOL:
        return False
    return "" if field.type == _FD.TYPE_BYTES else "0"


def with_stand_ins(data: Any, message: descriptor.Descriptor) -> Any:
    """``data`` (proto JSON of ``message``) with each placeholder replaced by a stand-in of its field's
    type, so that the shape can be checked at load time (a captured timestamp stands in as a timestamp)."""
    if not isinstance(data, dict):
        return placeholders.with_stand_ins(data)
    result: dict[str, Any] = {}
    for key, value in data.items():
        field = field_named(message, key)
        if field is None:
            result[key] = value  # the parser reports the unknown field
            continue
        entry = field.message_type
        if entry is not None and entry.GetOptions().map_entry and isinstance(value, dict):
            value_field = entry.fields_by_name["value"]
            result[key] = {k: _stand_in_value(v, value_field) for k, v in value.items()}
        elif field.is_repeated and isinstance(value, list):
            result[key] = [_stand_in_value(v, field) for v in value]
        else:
            result[key] = _stand_in_value(value, field)
    return result


def _stand_in_value(value: Any, field: descriptor.FieldDescriptor) -> Any:
    if isinstance(value, str) and placeholders.PLACEHOLDER.fullmatch(value):
        return _stand_in_for(field)
    if isinstance(value, dict) and has_object_json(field.message_type):
        return with_stand_ins(value, field.message_type)
    return placeholders.with_stand_ins(value)


class _FileChecker:
    """Checks one located case file; collects problems instead of stopping at the first."""

    def __init__(self, located: yamlpos.Located) -> None:
        self.located = located
        self.problems: list[str] = []
        self.pool = descriptor_pool.Default()

    def problem(self, path: yamlpos.Path_, text: str) -> None:
        self.problems.append(f"{self.located.where(path)}: {text}")

    def cases(self) -> list[Case]:
        data = self.located.data
        if not isinstance(data, dict) or not isinstance(data.get("cases"), list):
            self.problem((), "a case file is a mapping with a `cases:` list (cq.conformance.v1.CaseFile)")
            return []
        parsed = self._parse(data)
        if parsed is None:
            return []
        invalid = self._validate(parsed)
        cases = [self._case(index, proto, data["cases"][index])
                 for index, proto in enumerate(parsed.cases) if index not in invalid]
        return [] if self.problems else cases

    def _parse(self, data: dict[str, Any]) -> case_pb2.CaseFile | None:
        try:
            return json_format.ParseDict(data, case_pb2.CaseFile())
        except json_format.ParseError:
            pass
        # Find the innermost part that fails, for its line.
        for index, case in enumerate(data["cases"]):
            steps = case.get("steps") if isinstance(case, dict) else None
            for number, step in enumerate(steps if isinstance(steps, list) else []):
                try:
                    json_format.ParseDict(step, case_pb2.Step())
                except (json_format.ParseError, AttributeError, TypeError) as error:
                    self.problem(("cases", index, "steps", number), f"not a cq.conformance.v1.Step: {error}")
            try:
                json_format.ParseDict(case, case_pb2.Case())
            except (json_format.ParseError, AttributeError, TypeError) as error:
                if not self.problems:  # a step's problem (of any case so far) is the more precise one
                    self.problem(("cases", index), f"not a cq.conformance.v1.Case: {error}")
        if not self.problems:
            self.problem((), "not a cq.conformance.v1.CaseFile")
        return None

    def _validate(self, parsed: case_pb2.CaseFile) -> set[int]:
        """Report every rule violation; the indexes of the cases that have one."""
        invalid: set[int] = set()
        try:
            _VALIDATOR.validate(parsed)
        except protovalidate.ValidationError as error:
            for violation in error.violations:
                path: list[str | int] = []  # the YAML position, for the line
                for element in violation.proto.field.elements:
                    path.append(element.field_name)
                    if element.WhichOneof("subscript") == "index":
                        path.append(element.index)
                if len(path) > 1 and isinstance(path[1], int):
                    invalid.add(path[1])
                rendered = render_path(violation.proto.field)
                self.problem(tuple(path), f"{rendered}: {violation.proto.message} ({violation.proto.rule_id})")
        return invalid

    def _case(self, index: int, proto: case_pb2.Case, raw: dict[str, Any]) -> Case:
        labels: set[str] = set()
        steps = []
        for number, (step, raw_step) in enumerate(zip(proto.steps, raw["steps"], strict=True)):
            path: yamlpos.Path_ = ("cases", index, "steps", number)
            steps.append(self._step(path, number + 1, step, raw_step, labels))
            if step.label:
                if step.label in labels:
                    self.problem(path, f"label {step.label!r} is used by an earlier step")
                labels.add(step.label)
        return Case(proto.name, self.located.where(("cases", index)), tuple(steps))

    def _method(self, path: yamlpos.Path_, step: case_pb2.Step) -> descriptor.MethodDescriptor | None:
        try:
            service = self.pool.FindServiceByName(step.service)
        except KeyError:
            if not step.undeclared:
                self.problem(path, f"the contract has no service {step.service}")
            return None
        method = service.methods_by_name.get(step.method)
        if step.undeclared and method is not None:
            self.problem(path, f"{step.service}/{step.method} is declared; drop `undeclared`")
        if not step.undeclared and method is None:
            self.problem(path, f"{step.service} has no method {step.method}")
        return None if step.undeclared else method

    def _step(self, path: yamlpos.Path_, number: int, step: case_pb2.Step, raw: dict[str, Any],
              earlier_labels: set[str]) -> Step:
        method = self._method(path, step)
        request = raw.get("request") or {}
        expected = [r or {} for r in raw.get("expect", {}).get("responses", [])]
        for label in sorted(placeholders.labels_used([request, expected]) - earlier_labels):
            self.problem(path, f"a placeholder refers to {label!r}, which no earlier step of the case labels")
        if method is not None:
            self._check_message(path + ("request",), "request", method.input_type, request)
            for position, response in enumerate(expected):
                self._check_message(path + ("expect", "responses", position), f"expect.responses[{position}]",
                                    method.output_type, response)
            self._check_paths(path, step, method)
        elif step.undeclared and (request or expected):
            self.problem(path, "an undeclared call sends an empty message and expects no response")
        self._check_expectation(path, step, method)
        return Step(number, step, request, tuple(expected), method)

    def _check_message(self, path: yamlpos.Path_, what: str, type_: descriptor.Descriptor,
                       data: dict[str, Any]) -> None:
        try:
            json_format.ParseDict(with_stand_ins(data, type_), message_class(type_)())
        except json_format.ParseError as error:
            self.problem(path, f"{what} is not a valid {type_.full_name}: {error}".replace("\n", " "))

    def _check_paths(self, path: yamlpos.Path_, step: case_pb2.Step, method: descriptor.MethodDescriptor) -> None:
        for padding in step.paddings:
            field, problem = resolve_path(method.input_type, padding.field_path)
            if field is None:
                self.problem(path + ("paddings",), f"padding {problem}")
            elif field.type != descriptor.FieldDescriptor.TYPE_STRING or field.is_repeated:
                self.problem(path + ("paddings",), f"padding {padding.field_path!r} is not a singular string field")
        output_paths = [*step.expect.present, *(p for rule in step.expect.sequences for p in rule.paths),
                        *(rule.previous_path for rule in step.expect.sequences if rule.previous_path)]
        for output_path in output_paths:
            field, problem = resolve_path(method.output_type, output_path)
            if field is None:
                self.problem(path + ("expect",), problem)

    def _check_expectation(self, path: yamlpos.Path_, step: case_pb2.Step,
                           method: descriptor.MethodDescriptor | None) -> None:
        expect = step.expect
        streaming = method is not None and method.server_streaming
        if step.cancel_after and not streaming:
            self.problem(path, "cancel_after applies to server streams only")
        if streaming and not (step.cancel_after or step.timeout_ms):
            self.problem(path, "a server stream needs cancel_after or timeout_ms, or it would never end")
        if expect.violations and expect.code != code_pb2.INVALID_ARGUMENT:
            self.problem(path + ("expect",), "violations come with code INVALID_ARGUMENT")
        if (expect.error_reason or expect.error_domain) and expect.code == code_pb2.OK:
            self.problem(path + ("expect",), "an error reason or domain needs a failing code")
        if expect.sequences and not streaming:
            self.problem(path + ("expect",), "sequence rules apply to server streams only")


def load_file(file: Path, relative_to: Path) -> tuple[list[Case], list[str]]:
    """The cases of one file and the problems found in it (no cases when there are problems)."""
    try:
        located = yamlpos.load(file, relative_to)
    except yamlpos.YamlError as error:
        return [], [str(error)]
    checker = _FileChecker(located)
    cases = checker.cases()
    return cases, checker.problems


def load_cases(files: Iterable[Path], relative_to: Path) -> list[Case]:
    """Every case of ``files``, in order; raise CaseFileError listing every problem of every file."""
    cases: list[Case] = []
    problems: list[str] = []
    seen: dict[str, str] = {}
    for file in files:
        found, file_problems = load_file(file, relative_to)
        problems.extend(file_problems)
        for case in found:
            if case.name in seen:
                problems.append(f"{case.where}: case name {case.name!r} is already used at {seen[case.name]}")
            seen.setdefault(case.name, case.where)
        cases.extend(found)
    if problems:
        raise CaseFileError(problems)
    return cases
