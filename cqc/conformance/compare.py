"""Comparing what a call produced (a CallResult) with what its step expects, structurally: status codes,
error reasons, field violations, messages by value, stream contents. Each mismatch reads
"<what>: wanted X; got Y"; all of a step's mismatches are collected, not just the first."""

from __future__ import annotations

import base64
import functools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from google.protobuf import json_format
from google.protobuf.message import DecodeError, Message
from google.rpc import code_pb2, error_details_pb2  # type: ignore[import-untyped]

from cq.conformance.v1 import case_pb2, driver_pb2
from cqc.conformance import jsonpath
from cqc.conformance.loading import Step, field_named, has_object_json, message_class

ERROR_INFO = "type.googleapis.com/google.rpc.ErrorInfo"
BAD_REQUEST = "type.googleapis.com/google.rpc.BadRequest"
UNSET = object()


@dataclass(frozen=True)
class Outcome:
    """A step's verdict: mismatches (empty when it met its expectation) and its decoded responses."""

    mismatches: list[str]
    responses: list[Message]


def code_name(code: int) -> str:
    try:
        return str(code_pb2.Code.Name(code))
    except ValueError:
        return f"code {code}"


def project(message: Message, shape: dict[str, Any]) -> Message:
    """A copy of ``message`` holding only the fields ``shape`` (expected JSON) names, recursively; a
    message field whose JSON is not an object of its fields (a map, a well-known type) is compared whole."""
    projected = type(message)()
    for key, part in shape.items():
        field = field_named(message.DESCRIPTOR, key)
        if field is None:
            continue  # the loader checked the shape against the type
        value = getattr(message, field.name)
        if field.is_repeated and has_object_json(field.message_type) and isinstance(part, list):
            target = getattr(projected, field.name)
            for index, item in enumerate(value):
                shape_of_item = part[index] if index < len(part) and isinstance(part[index], dict) else {}
                target.add().CopyFrom(project(item, shape_of_item))
        elif field.is_repeated:
            getattr(projected, field.name).MergeFrom(value)
        elif field.message_type is not None:
            if message.HasField(field.name):
                inner = project(value, part) if has_object_json(field.message_type) and isinstance(part, dict) else value
                getattr(projected, field.name).CopyFrom(inner)
        elif not field.has_presence or message.HasField(field.name):
            setattr(projected, field.name, value)
    return projected


def _show(value: Any) -> str:
    return "unset" if value is UNSET else json.dumps(value, ensure_ascii=False, sort_keys=True)


def differences(want: Any, got: Any, where: str) -> list[str]:
    """Each place where two proto JSON values differ, as "<where>: wanted X; got Y"."""
    if isinstance(want, dict) and isinstance(got, dict):
        found = []
        for key in sorted(set(want) | set(got)):
            found.extend(differences(want.get(key, UNSET), got.get(key, UNSET), f"{where}.{key}"))
        return found
    if isinstance(want, list) and isinstance(got, list):
        found = [] if len(want) == len(got) else [f"{where}: wanted {len(want)} elements; got {len(got)}"]
        for index, (wanted, gotten) in enumerate(zip(want, got, strict=False)):
            found.extend(differences(wanted, gotten, f"{where}[{index}]"))
        return found
    return [] if want == got else [f"{where}: wanted {_show(want)}; got {_show(got)}"]


def _to_json(message: Message) -> Any:
    return json_format.MessageToDict(message)


def _header_bytes(key: str, value: str) -> bytes:
    if key.endswith("-bin"):
        return base64.b64decode(value + "=" * (-len(value) % 4))
    return value.encode()


class _StepCheck:
    def __init__(self, step: Step, expected: Sequence[dict[str, Any]], result: driver_pb2.CallResult) -> None:
        self.step = step
        self.expect: case_pb2.Expectation = step.proto.expect
        self.expected = expected
        self.result = result
        self.mismatches: list[str] = []
        self.responses: list[Message] = []

    def run(self) -> Outcome:
        actual_code = self.result.failed.code if self.result.HasField("failed") else code_pb2.OK
        if actual_code != self.expect.code:
            detail = f" ({self.result.failed.message!r})" if self.result.failed.message else ""
            self.mismatches.append(f"status: wanted {code_name(self.expect.code)}; got {code_name(actual_code)}{detail}")
            return Outcome(self.mismatches, [])
        if self.expect.message and self.expect.message != self.result.failed.message:
            self.mismatches.append(f"status message: wanted {self.expect.message!r}; got {self.result.failed.message!r}")
        self._error_details()
        self._decode()
        self._count()
        self._compare_responses()
        self._present()
        self._sequences()
        self._metadata("header", self.expect.headers, self.result.headers)
        self._metadata("trailer", self.expect.trailers, self.result.trailers)
        return Outcome(self.mismatches, self.responses)

    def _error_details(self) -> None:
        reasons: list[tuple[str, str]] = []
        violations: set[tuple[str, str]] = set()
        for detail in self.result.failed.details:
            if detail.type_url == ERROR_INFO:
                info = error_details_pb2.ErrorInfo.FromString(detail.value)
                reasons.append((info.reason, info.domain))
            elif detail.type_url == BAD_REQUEST:
                bad_request = error_details_pb2.BadRequest.FromString(detail.value)
                violations |= {(v.field, v.reason) for v in bad_request.field_violations}
        if self.expect.error_reason and self.expect.error_reason not in [r for r, _ in reasons]:
            self.mismatches.append(f"ErrorInfo.reason: wanted {self.expect.error_reason!r}; "
                                   f"got {[r for r, _ in reasons] or 'no ErrorInfo'}")
        if self.expect.error_domain and self.expect.error_domain not in [d for _, d in reasons]:
            self.mismatches.append(f"ErrorInfo.domain: wanted {self.expect.error_domain!r}; "
                                   f"got {[d for _, d in reasons] or 'no ErrorInfo'}")
        if self.expect.violations:
            wanted = {(v.field_path, v.rule_id) for v in self.expect.violations}
            for path, rule in sorted(wanted - violations):
                self.mismatches.append(f"violation: wanted {path} {rule}; got none such "
                                       f"(got {sorted(violations) or 'no BadRequest'})")
            for path, rule in sorted(violations - wanted):
                self.mismatches.append(f"violation: wanted none more; got {path} {rule}")

    def _decode(self) -> None:
        method = self.step.method
        if method is None:
            return
        output = message_class(method.output_type)
        for index, data in enumerate(self.result.responses):
            try:
                self.responses.append(output.FromString(data))
            except DecodeError as error:
                self.mismatches.append(f"responses[{index}]: not a valid {method.output_type.full_name}: {error}")

    def _count(self) -> None:
        got = len(self.result.responses)
        if self.expect.HasField("response_count"):
            if got != self.expect.response_count:
                self.mismatches.append(f"response count: wanted {self.expect.response_count}; got {got}")
        elif self.step.streaming:
            if got < len(self.expected):
                self.mismatches.append(f"response count: wanted at least {len(self.expected)}; got {got}")
        elif self.step.method is not None:
            wanted = 1 if self.expect.code == code_pb2.OK else 0
            if got != wanted:
                self.mismatches.append(f"response count: wanted {wanted}; got {got}")

    def _compare_responses(self) -> None:
        method = self.step.method
        if method is None:
            return
        output = message_class(method.output_type)
        for index, (shape, actual) in enumerate(zip(self.expected, self.responses, strict=False)):
            wanted = project(json_format.ParseDict(shape, output()), shape)
            got = project(actual, shape)
            if wanted != got:
                self.mismatches.extend(differences(_to_json(wanted), _to_json(got), f"responses[{index}]"))

    @functools.cached_property
    def _documents(self) -> list[Any]:
        """The decoded responses as proto JSON, made once and only for the checks that read it."""
        return [_to_json(r) for r in self.responses]

    def _present(self) -> None:
        if not self.expect.present:
            return
        for index, data in enumerate(self._documents):
            for path in self.expect.present:
                if jsonpath.lookup(data, path) is jsonpath.MISSING:
                    self.mismatches.append(f"responses[{index}].{path}: wanted a value; got unset")

    def _sequences(self) -> None:
        for rule in self.expect.sequences:
            previous: int | None = None
            for index, data in enumerate(self._documents):
                value = next((v for v in (jsonpath.lookup(data, p) for p in rule.paths) if v is not jsonpath.MISSING),
                             None)
                if value is None:
                    continue
                number = int(value)
                where = f"responses[{index}] sequence"
                if previous is None and rule.HasField("first") and number != rule.first:
                    self.mismatches.append(f"{where}: wanted first {rule.first}; got {number}")
                if previous is not None:
                    if rule.consecutive and number != previous + 1:
                        self.mismatches.append(f"{where}: wanted {previous + 1}; got {number}")
                    elif number <= previous:
                        self.mismatches.append(f"{where}: wanted more than {previous}; got {number}")
                    if rule.previous_path:
                        named = jsonpath.lookup(data, rule.previous_path)
                        if named is not jsonpath.MISSING and int(named) != previous:
                            self.mismatches.append(f"responses[{index}].{rule.previous_path}: "
                                                   f"wanted {previous}; got {named}")
                previous = number

    def _metadata(self, kind: str, wanted: Any, received: Sequence[driver_pb2.Header]) -> None:
        for key, value in sorted(wanted.items()):
            got = [_header_bytes(h.key, h.value) for h in received if h.key == key]
            if _header_bytes(key, value) not in got:
                shown = [g.decode(errors="replace") for g in got] or "none"
                self.mismatches.append(f"{kind} {key}: wanted {value!r}; got {shown}")


def check(step: Step, expected: Sequence[dict[str, Any]], result: driver_pb2.CallResult) -> Outcome:
    """Compare ``result`` with ``step``'s expectation, whose responses (placeholders replaced) are ``expected``."""
    return _StepCheck(step, expected, result).run()
