"""Domain errors and their one mapping to gRPC statuses with google.rpc details.

Domain code raises ``DomainError`` (or ``InvalidRequest`` for validation failures) and knows nothing of
gRPC; the interceptor turns them into a status with ErrorInfo or BadRequest details, so a client gets a
precise, documented error and never a traceback.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import grpc
from google.protobuf import any_pb2

# googleapis-common-protos ships .pyi files without a py.typed marker.
from google.rpc import code_pb2, error_details_pb2, status_pb2  # type: ignore[import-untyped]


def error_domain(method: str) -> str:
    """ErrorInfo.domain of an RPC: its contract package's domain, "/cq.venues.v1.X/Y" -> "venues.cq"."""
    parts = method.lstrip("/").split(".")
    return f"{parts[1]}.cq" if len(parts) > 2 and parts[0] == "cq" else "cq"


@dataclass(frozen=True)
class FieldViolation:
    """One field that broke one rule: ``order.quantity`` broke ``decimal.positive``."""

    field: str
    rule: str
    message: str


class DomainError(Exception):
    """A request the platform refuses, with the status code and the ErrorInfo reason clients match on."""

    def __init__(
        self,
        code: grpc.StatusCode,
        reason: str,
        message: str,
        metadata: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.reason = reason
        self.message = message
        self.metadata = dict(metadata or {})


class InvalidRequest(DomainError):
    """The request broke its protovalidate rules (or a rule the domain checks beyond them)."""

    def __init__(self, violations: Sequence[FieldViolation]) -> None:
        fields = ", ".join(f"{v.field or '<message>'}: {v.rule}" for v in violations)
        super().__init__(grpc.StatusCode.INVALID_ARGUMENT, "VALIDATION_FAILED", f"invalid request: {fields}")
        self.violations = tuple(violations)


def not_found(kind: str, identifier: str) -> DomainError:
    """The resource does not exist, or the caller may not know that it does (the same answer for both)."""
    return DomainError(
        grpc.StatusCode.NOT_FOUND, f"{kind.upper()}_NOT_FOUND", f"{kind} {identifier!r} not found", {kind: identifier}
    )


@dataclass(frozen=True)
class RichStatus:
    """A status code, message and the serialised google.rpc.Status carrying the details."""

    code: grpc.StatusCode
    message: str
    details: bytes = field(repr=False)


def _pack(message: error_details_pb2.ErrorInfo | error_details_pb2.BadRequest) -> any_pb2.Any:
    packed = any_pb2.Any()
    packed.Pack(message)
    return packed


def to_status(error: DomainError, domain: str = "cq") -> RichStatus:
    """The status an error is sent as: ErrorInfo always, BadRequest field violations when validation failed."""
    details = [_pack(error_details_pb2.ErrorInfo(reason=error.reason, domain=domain, metadata=error.metadata))]
    if isinstance(error, InvalidRequest):
        details.append(
            _pack(
                error_details_pb2.BadRequest(
                    field_violations=[
                        error_details_pb2.BadRequest.FieldViolation(
                            field=v.field, reason=v.rule, description=v.message
                        )
                        for v in error.violations
                    ]
                )
            )
        )
    status = status_pb2.Status(code=getattr(code_pb2, error.code.name), message=error.message, details=details)
    return RichStatus(error.code, error.message, status.SerializeToString())
