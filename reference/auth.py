"""Bearer tokens -> principals, and the account check every account-scoped handler makes.

The interceptor authenticates each call and binds its principal to the call's context, so handlers
ask ``current()`` instead of threading it through every function.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass

import grpc

from reference.config import User
from reference.errors import DomainError, not_found

_PRINCIPAL: ContextVar[Principal | None] = ContextVar("cq_reference_principal", default=None)


@dataclass(frozen=True)
class Principal:
    """Who is calling: the owner and the venue accounts they may read and trade."""

    owner: str
    account_ids: frozenset[str]


def authenticate(metadata: Iterable[tuple[str, str | bytes]], users: Mapping[str, User]) -> Principal:
    """The principal of ``authorization: Bearer <token>``; UNAUTHENTICATED when it is missing or unknown."""
    header = next((value for key, value in metadata if key == "authorization"), None)
    if header is None:
        raise DomainError(grpc.StatusCode.UNAUTHENTICATED, "MISSING_TOKEN", "send authorization: Bearer <token>")
    text = header.decode() if isinstance(header, bytes) else header
    scheme, _, token = text.partition(" ")
    user = users.get(token.strip()) if scheme.lower() == "bearer" else None
    if user is None:
        raise DomainError(grpc.StatusCode.UNAUTHENTICATED, "INVALID_TOKEN", "the bearer token is not valid")
    return Principal(user.owner, frozenset(user.account_ids))


def bind(principal: Principal) -> None:
    _PRINCIPAL.set(principal)


def current() -> Principal:
    principal = _PRINCIPAL.get()
    if principal is None:
        raise DomainError(grpc.StatusCode.UNAUTHENTICATED, "MISSING_TOKEN", "the call is not authenticated")
    return principal


def require_account(account_id: str) -> None:
    """Allow the call only on the caller's own accounts; another's account is NOT_FOUND, never data."""
    if account_id not in current().account_ids:
        raise not_found("account", account_id)
