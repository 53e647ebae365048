"""One interceptor gives every CQ RPC the same treatment, so no servicer can forget a step:

authenticate the bearer token -> validate the request (protovalidate) -> run the handler -> map any
DomainError to its status with details; an unexpected exception becomes INTERNAL, logged, never a
traceback to the client. Unary calls run one at a time under the platform lock, so a call sees and
leaves a consistent state and, in stepped time, the same calls always give the same answers.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING, Any, cast

import grpc
import grpc.aio

from reference import auth, echo, validation
from reference.clock import Clock
from reference.config import User
from reference.errors import DomainError, error_domain, to_status

LOG = logging.getLogger("cq.reference")
STATUS_DETAILS_KEY = "grpc-status-details-bin"

if TYPE_CHECKING:  # the grpc classes are generic only in their stubs, not at run time
    Context = grpc.aio.ServicerContext[Any, Any]
    Unary = Callable[[Any, Context], Awaitable[Any]]
    Streaming = Callable[[Any, Context], AsyncIterator[Any]]
    Handler = grpc.RpcMethodHandler[Any, Any]


async def abort_with(context: Context, error: DomainError, method: str) -> None:
    status = to_status(error, error_domain(method))
    # abort replaces the trailers set so far, so the echoed ones are given again.
    trailers = ((STATUS_DETAILS_KEY, status.details), *echo.trailing(context.invocation_metadata() or ()))
    await context.abort(status.code, status.message, trailing_metadata=trailers)


async def start_echo(context: Context) -> None:
    """Send back the echo headers and set the echo trailers the caller asked for (reference/echo.py)."""
    metadata = context.invocation_metadata() or ()
    headers = echo.initial(metadata)
    if headers:
        await context.send_initial_metadata(headers)
    trailers = echo.trailing(metadata)
    if trailers:
        context.set_trailing_metadata(trailers)


class PlatformInterceptor(grpc.aio.ServerInterceptor):
    def __init__(
        self,
        users: dict[str, User],
        lock: asyncio.Lock,
        clock: Clock,
        on_step: Callable[[], None],
    ) -> None:
        self._users = users
        self._lock = lock
        self._clock = clock
        # Brings the simulation up to the stepped clock (market ticks, resting orders) before a handler runs.
        self._on_step = on_step

    def _admit(self, request: Any, context: Context) -> None:
        auth.bind(auth.authenticate(context.invocation_metadata() or (), self._users))
        validation.validate(request)

    def _unary(self, method: str, inner: Unary) -> Unary:
        async def handle(request: Any, context: Context) -> Any:
            try:
                await start_echo(context)
                self._admit(request, context)
                async with self._lock:
                    self._clock.step()
                    self._on_step()
                    return await inner(request, context)
            except DomainError as error:
                await abort_with(context, error, method)
            except grpc.aio.AbortError:
                raise
            except Exception:
                LOG.exception("internal error", extra={"rpc": method})
                await context.abort(grpc.StatusCode.INTERNAL, "internal error; the server logged it")
            raise AssertionError("unreachable: abort raises")

        return handle

    def _streaming(self, method: str, inner: Streaming) -> Streaming:
        async def handle(request: Any, context: Context) -> AsyncIterator[Any]:
            try:
                await start_echo(context)
                self._admit(request, context)
                async for response in inner(request, context):
                    yield response
            except DomainError as error:
                await abort_with(context, error, method)
            except (grpc.aio.AbortError, asyncio.CancelledError):
                raise
            except Exception:
                LOG.exception("internal error", extra={"rpc": method})
                await context.abort(grpc.StatusCode.INTERNAL, "internal error; the server logged it")

        return handle

    async def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Awaitable[Handler | None]],
        handler_call_details: grpc.HandlerCallDetails,
    ) -> Handler | None:
        handler = await continuation(handler_call_details)
        method = handler_call_details.method
        if handler is None or not method.startswith("/cq."):
            return handler  # health and reflection stay open
        if handler.unary_unary is not None:
            return grpc.unary_unary_rpc_method_handler(
                # grpc.aio servicers are coroutines even though the handler type says otherwise.
                self._unary(method, cast("Unary", handler.unary_unary)),
                request_deserializer=handler.request_deserializer,
                response_serializer=handler.response_serializer,
            )
        if handler.unary_stream is not None:
            return grpc.unary_stream_rpc_method_handler(
                self._streaming(method, cast("Streaming", handler.unary_stream)),
                request_deserializer=handler.request_deserializer,
                response_serializer=handler.response_serializer,
            )
        return handler
