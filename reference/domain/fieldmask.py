"""Update-with-mask mechanics shared by the registry's Update RPCs (AIP-134).

Paths are checked against the resource's descriptor, the named fields are copied from the patch
(a repeated field or message named in the mask is replaced whole), and the result is validated as a
whole resource, with violations reported under the request's field name (``asset.decimals``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from google.protobuf import field_mask_pb2
from google.protobuf.message import Message

from reference import validation
from reference.errors import FieldViolation, InvalidRequest

M = TypeVar("M", bound=Message)


def _known(path: str, resource: type[Message]) -> bool:
    """Whether ``path`` names a field, through singular message fields only (AIP-161)."""
    descriptor = resource.DESCRIPTOR
    names = path.split(".")
    for depth, name in enumerate(names):
        found = descriptor.fields_by_name.get(name)
        if found is None:
            return False
        if depth < len(names) - 1:
            if found.message_type is None or found.is_repeated:
                return False
            descriptor = found.message_type
    return True


def check_paths(paths: Sequence[str], resource: type[Message]) -> None:
    unknown = [p for p in paths if not _known(p, resource)]
    if unknown:
        raise InvalidRequest([
            FieldViolation("update_mask", "update_mask.known_fields",
                           f"{path!r} is not a field of {resource.DESCRIPTOR.name}") for path in unknown
        ])


def apply(current: M, patch: M, paths: Sequence[str]) -> M:
    """A copy of ``current`` with the fields at ``paths`` taken from ``patch``."""
    check_paths(paths, type(current))
    updated = type(current)()
    updated.CopyFrom(current)
    field_mask_pb2.FieldMask(paths=list(paths)).MergeMessage(
        patch, updated, replace_message_field=True, replace_repeated_field=True
    )
    return updated


def value_at(message: Message, path: str) -> object:
    value: object = message
    for name in path.split("."):
        value = getattr(value, name)
    return value


def changed_paths(before: Message, after: Message, paths: Sequence[str]) -> list[str]:
    """The paths of the mask whose value actually changed, in mask order, without duplicates."""
    return [p for p in dict.fromkeys(paths) if value_at(before, p) != value_at(after, p)]


def validate_as(resource: Message, field: str) -> None:
    """Validate ``resource`` as the request's ``field``, prefixing violation paths with it."""
    try:
        validation.validate(resource)
    except InvalidRequest as error:
        raise InvalidRequest([
            FieldViolation(f"{field}.{v.field}" if v.field else field, v.rule, v.message) for v in error.violations
        ]) from None
