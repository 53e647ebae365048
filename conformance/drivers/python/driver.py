"""The Python client driver of the CQ conformance suite (protocol: conformance/README.md, "Drivers").

It reads framed cq.conformance.v1.CallRequest messages on stdin, makes each call with the blocking client
of the generated package (cq.client.connect), and writes a framed CallResult for each on stdout. It uses
nothing but the cq-contracts package and the libraries that package depends on.
"""

from __future__ import annotations

import argparse
import base64
import struct
import sys
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

import grpc
from google.protobuf import descriptor_pool, empty_pb2, message_factory
from google.protobuf.message import DecodeError, Message
from google.rpc import status_pb2  # type: ignore[import-untyped]

from cq.client import CqClient, connect
from cq.conformance.v1 import driver_pb2

FRAME_HEADER = struct.Struct(">I")
STATUS_DETAILS_KEY = "grpc-status-details-bin"


def read_frames(stream: BinaryIO) -> Iterator[bytes]:
    """Each length-prefixed frame of ``stream`` until it ends."""
    while header := stream.read(FRAME_HEADER.size):
        if len(header) < FRAME_HEADER.size:
            raise EOFError("stdin ended inside a frame header")
        (length,) = FRAME_HEADER.unpack(header)
        body = stream.read(length)
        if len(body) < length:
            raise EOFError("stdin ended inside a frame")
        yield body


def write_frame(stream: BinaryIO, body: bytes) -> None:
    stream.write(FRAME_HEADER.pack(len(body)) + body)
    stream.flush()


def _request_metadata(headers: Iterable[driver_pb2.Header]) -> list[tuple[str, str | bytes]]:
    # grpc-python wants raw bytes for binary keys and encodes them itself.
    return [(h.key, base64.b64decode(h.value + "=" * (-len(h.value) % 4)) if h.key.endswith("-bin") else h.value)
            for h in headers]


def _result_headers(metadata: Any) -> list[driver_pb2.Header]:
    headers = []
    for key, value in metadata or ():
        text = base64.b64encode(value).decode() if isinstance(value, bytes) else value
        headers.append(driver_pb2.Header(key=key, value=text))
    return headers


def _record_failure(result: driver_pb2.CallResult, error: grpc.RpcError) -> None:
    """Fill the result from an RpcError, which is also the call: code, message, details, metadata."""
    call: Any = error
    result.failed.code = call.code().value[0]
    result.failed.message = call.details() or ""
    trailers = call.trailing_metadata() or ()
    for key, value in trailers:
        if key == STATUS_DETAILS_KEY and isinstance(value, bytes):
            for detail in status_pb2.Status.FromString(value).details:
                result.failed.details.add(type_url=detail.type_url, value=detail.value)
    result.headers.extend(_result_headers(call.initial_metadata()))
    result.trailers.extend(_result_headers(trailers))


class Driver:
    """Makes calls against one target, with one facade client per token."""

    def __init__(self, target: str) -> None:
        self._target = target
        self._clients: dict[str, CqClient] = {}
        self._pool = descriptor_pool.Default()

    def _client(self, token: str) -> CqClient:
        if token not in self._clients:
            # The runner sets every deadline itself, so the facade's default one is switched off.
            self._clients[token] = connect(self._target, timeout=None, token=token or None)
        return self._clients[token]

    def _stub(self, client: CqClient, service_name: str) -> Any:
        short_name = service_name.rsplit(".", 1)[-1]
        for stub in vars(client).values():
            if type(stub).__name__ == f"{short_name}Stub":
                return stub
        raise LookupError(f"the client has no stub for {service_name}")

    def call(self, request: driver_pb2.CallRequest) -> driver_pb2.CallResult:
        result = driver_pb2.CallResult(call_id=request.call_id)
        try:
            self._call(request, result)
        except grpc.RpcError as error:
            _record_failure(result, error)
        except (LookupError, DecodeError) as error:
            result.Clear()
            result.call_id, result.harness_error = request.call_id, f"{type(error).__name__}: {error}"
        except Exception as error:  # noqa: BLE001 - a driver bug must read as a harness error, not a crash
            result.Clear()
            result.call_id, result.harness_error = request.call_id, f"unexpected {type(error).__name__}: {error}"
        return result

    def _call(self, request: driver_pb2.CallRequest, result: driver_pb2.CallResult) -> None:
        client = self._client(request.token)
        options: dict[str, Any] = {"metadata": _request_metadata(request.metadata)}
        if request.timeout_ms:
            options["timeout"] = request.timeout_ms / 1000
        if request.undeclared:
            method = client.channel.unary_unary(
                f"/{request.service}/{request.method}",
                request_serializer=empty_pb2.Empty.SerializeToString,
                response_deserializer=empty_pb2.Empty.FromString,
            )
            self._unary(method, empty_pb2.Empty(), options, result)
            return
        service = self._pool.FindServiceByName(request.service)
        method_descriptor = service.methods_by_name.get(request.method)
        if method_descriptor is None:
            raise LookupError(f"{request.service} has no method {request.method}")
        input_class = message_factory.GetMessageClass(method_descriptor.input_type)
        message = input_class.FromString(request.request)
        stub_method = getattr(self._stub(client, request.service), request.method)
        if method_descriptor.server_streaming:
            self._server_stream(stub_method, message, options, request.cancel_after, result)
        else:
            self._unary(stub_method, message, options, result)

    def _unary(self, method: Any, message: Message, options: dict[str, Any],
               result: driver_pb2.CallResult) -> None:
        response, call = method.with_call(message, **options)
        result.responses.append(response.SerializeToString())
        result.headers.extend(_result_headers(call.initial_metadata()))
        result.trailers.extend(_result_headers(call.trailing_metadata()))
        result.succeeded.SetInParent()

    def _server_stream(self, method: Any, message: Message, options: dict[str, Any], cancel_after: int,
                       result: driver_pb2.CallResult) -> None:
        call = method(message, **options)
        try:
            for response in call:
                result.responses.append(response.SerializeToString())
                if cancel_after and len(result.responses) >= cancel_after:
                    call.cancel()
        except grpc.RpcError as error:
            _record_failure(result, error)
            return
        result.headers.extend(_result_headers(call.initial_metadata()))
        result.trailers.extend(_result_headers(call.trailing_metadata()))
        result.succeeded.SetInParent()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", required=True, help="host:port of the server under test")
    args = parser.parse_args()
    driver = Driver(args.target)
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    for frame in read_frames(stdin):
        write_frame(stdout, driver.call(driver_pb2.CallRequest.FromString(frame)).SerializeToString())
    return 0


if __name__ == "__main__":
    sys.exit(main())
