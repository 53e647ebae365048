"""The custom options the reference shows: google.api.http routes and buf.validate rules.

The image carries them as extensions. The generator does not import their Python classes: buf.validate's
module lives in gen/python, the generator's own output, which may be absent or older than the protos. A
descriptor pool built from the image itself knows every extension the protos use, so each options
message is re-parsed with that pool's classes and the extension read from it. Rules are printed
compactly, one string each: ``required``, ``string.pattern = "^[A-Z]+$"``, ``cel[id]: expression``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from google.protobuf import descriptor, descriptor_pb2, descriptor_pool, message_factory, text_format
from google.protobuf.message import Message

from generators.model import ModelError

HTTP_RULE = "google.api.http"
FIELD_RULES = "buf.validate.field"
MESSAGE_RULES = "buf.validate.message"
ONEOF_RULES = "buf.validate.oneof"
VALIDATE_PACKAGE = "buf.validate"
CEL_RULE = "buf.validate.Rule"
# Shorthand rules (`cel_expression: "..."`) carry a bare expression without an id.
CEL_EXPRESSION_FIELD = "cel_expression"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


class OptionsError(ModelError):
    """The image's files could not be loaded into a descriptor pool (a dependency is missing)."""


@dataclass(frozen=True)
class HttpRoute:
    method: str  # GET, POST, ... or a custom verb as written
    path: str
    body: str  # the request field sent as the body, "*" for all, "" for none


def dependency_order(
    files: Iterable[descriptor_pb2.FileDescriptorProto],
) -> list[descriptor_pb2.FileDescriptorProto]:
    """``files`` with every file after the files it imports (imports absent from ``files`` skipped)."""
    by_name = {file.name: file for file in files}
    ordered: list[descriptor_pb2.FileDescriptorProto] = []
    seen: set[str] = set()

    def visit(name: str) -> None:
        if name in seen or name not in by_name:
            return
        seen.add(name)
        for dependency in by_name[name].dependency:
            visit(dependency)
        ordered.append(by_name[name])

    for name in by_name:
        visit(name)
    return ordered


class OptionReader:
    """Reads extensions out of the options messages of one image's descriptors."""

    def __init__(self, files: Sequence[descriptor_pb2.FileDescriptorProto]) -> None:
        self._pool = descriptor_pool.DescriptorPool()
        for file in dependency_order(files):
            try:
                self._pool.Add(file)
            except (TypeError, ValueError) as error:
                raise OptionsError(f"{file.name}: cannot load into a descriptor pool: {error}") from error

    def _extension(self, options: Message, extension_name: str) -> Message | None:
        """The value of extension ``extension_name`` in ``options``, or None if unset or unknown."""
        try:
            # Any: the typed stubs know only extensions of generated classes, not of a runtime pool.
            extension: Any = self._pool.FindExtensionByName(extension_name)
            options_type = self._pool.FindMessageTypeByName(options.DESCRIPTOR.full_name)
        except KeyError:  # the image never defines it, so no option can use it
            return None
        parsed = message_factory.GetMessageClass(options_type).FromString(options.SerializeToString())
        if not parsed.HasExtension(extension):
            return None
        value: Message = parsed.Extensions[extension]
        return value

    def http_routes(self, method: descriptor_pb2.MethodDescriptorProto) -> tuple[HttpRoute, ...]:
        """The method's google.api.http binding and its additional bindings, in that order."""
        rule = self._extension(method.options, HTTP_RULE)
        if rule is None:
            return ()
        return tuple(_http_routes(rule))

    def field_rules(self, field: descriptor_pb2.FieldDescriptorProto) -> tuple[str, ...]:
        return self._rules(field.options, FIELD_RULES)

    def message_rules(self, message: descriptor_pb2.DescriptorProto) -> tuple[str, ...]:
        return self._rules(message.options, MESSAGE_RULES)

    def oneof_rules(self, oneof: descriptor_pb2.OneofDescriptorProto) -> tuple[str, ...]:
        return self._rules(oneof.options, ONEOF_RULES)

    def _rules(self, options: Message, extension_name: str) -> tuple[str, ...]:
        rules = self._extension(options, extension_name)
        return () if rules is None else tuple(format_rules(rules))


def _http_routes(rule: Any) -> list[HttpRoute]:
    pattern = rule.WhichOneof("pattern")
    routes = []
    if pattern in HTTP_METHODS:
        routes.append(HttpRoute(method=pattern.upper(), path=getattr(rule, pattern), body=rule.body))
    elif pattern == "custom":
        routes.append(HttpRoute(method=rule.custom.kind, path=rule.custom.path, body=rule.body))
    for binding in rule.additional_bindings:
        routes.extend(_http_routes(binding))
    return routes


def format_rules(rules: Message, prefix: str = "") -> list[str]:
    """Every rule set in a buf.validate rules message, as ``path = value`` strings in field order."""
    formatted: list[str] = []
    for field, value in rules.ListFields():
        name = f"({field.full_name})" if field.is_extension else field.name
        path = f"{prefix}{name}"
        values = list(value) if _is_repeated(field) else [value]
        if field.message_type is not None and field.message_type.full_name == CEL_RULE:
            formatted.extend(_cel(prefix, rule.id, rule.expression) for rule in values)
        elif field.name == CEL_EXPRESSION_FIELD and field.type == descriptor.FieldDescriptor.TYPE_STRING:
            formatted.extend(_cel(prefix, "", expression) for expression in values)
        elif _is_rules_message(field) and not _is_repeated(field):
            nested = format_rules(value, f"{path}.")
            formatted.extend(nested or [path])
        elif field.type == descriptor.FieldDescriptor.TYPE_BOOL and not _is_repeated(field):
            formatted.append(path if value else f"{path} = false")
        elif _is_repeated(field):
            formatted.append(f"{path} = [{', '.join(_value(field, item) for item in values)}]")
        else:
            formatted.append(f"{path} = {_value(field, value)}")
    return formatted


def _cel(prefix: str, rule_id: str, expression: str) -> str:
    return f"{prefix}cel[{rule_id}]: {expression}" if rule_id else f"{prefix}cel: {expression}"


def _is_repeated(field: descriptor.FieldDescriptor) -> bool:
    return bool(field.is_repeated)


def _is_rules_message(field: descriptor.FieldDescriptor) -> bool:
    """A message of buf.validate itself (StringRules, RepeatedRules.items...), shown as a dotted path."""
    return field.message_type is not None and field.message_type.full_name.startswith(f"{VALIDATE_PACKAGE}.")


def _value(field: descriptor.FieldDescriptor, value: Any) -> str:
    if field.message_type is not None:  # a Duration or Timestamp bound, or a buf.validate message
        return "{" + text_format.MessageToString(value, as_one_line=True) + "}"
    if field.enum_type is not None:
        known = field.enum_type.values_by_number.get(value)
        return known.name if known is not None else str(value)
    if field.type == descriptor.FieldDescriptor.TYPE_STRING:
        return json.dumps(value, ensure_ascii=False)
    if field.type == descriptor.FieldDescriptor.TYPE_BYTES:
        return repr(bytes(value))
    if field.type == descriptor.FieldDescriptor.TYPE_BOOL:
        return "true" if value else "false"
    return repr(value) if isinstance(value, float) else str(value)
