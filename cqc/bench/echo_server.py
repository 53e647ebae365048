"""The bare grpc.aio server of the benchmarks: GetAsset and GetLatestPrice answered with canned responses
(the bytes the reference services gave for the same request), and StreamPrices sending the canned price
over and over, through the same method handlers the generated servicers register and nothing else: no
interceptor, no auth, no validation, no lock, no simulation.

    python -m cqc.bench.echo_server --port 0 --response /cq.assets.v1.AssetRegistryService/GetAsset=FILE

Prints one JSON line ``{"message": "serving", "address": "HOST:PORT"}`` on stdout once it listens.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
import sys
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any

import grpc
import grpc.aio

from cq.assets.v1 import service_pb2 as assets
from cq.markets.v1 import service_pb2 as markets

GET_ASSET = "/cq.assets.v1.AssetRegistryService/GetAsset"
GET_LATEST_PRICE = "/cq.markets.v1.MarketDataService/GetLatestPrice"
Context = grpc.aio.ServicerContext[Any, Any]


def _unary(response: Any, request_type: Any) -> grpc.RpcMethodHandler[Any, Any]:
    """What the generated ``add_*Servicer_to_server`` registers for a unary method, answering
    ``response`` whatever the request."""

    async def handle(request: Any, context: Context) -> Any:
        return response

    return grpc.unary_unary_rpc_method_handler(
        handle, request_deserializer=request_type.FromString,
        response_serializer=type(response).SerializeToString)


def _endless(response: Any, request_type: Any) -> grpc.RpcMethodHandler[Any, Any]:
    """A server-streaming handler that sends ``response`` over and over until the client cancels."""

    async def handle(request: Any, context: Context) -> AsyncIterator[Any]:
        while True:
            yield response

    return grpc.unary_stream_rpc_method_handler(
        handle, request_deserializer=request_type.FromString,
        response_serializer=type(response).SerializeToString)


def canned(specs: Sequence[str]) -> tuple[assets.GetAssetResponse, markets.GetLatestPriceResponse]:
    asset, price = assets.GetAssetResponse(), markets.GetLatestPriceResponse()
    for spec in specs:
        method, _, file = spec.partition("=")
        data = Path(file).read_bytes()
        if method == GET_ASSET:
            asset.ParseFromString(data)
        elif method == GET_LATEST_PRICE:
            price.ParseFromString(data)
        else:
            raise SystemExit(f"--response: no canned method {method} (have {GET_ASSET}, {GET_LATEST_PRICE})")
    return asset, price


async def serve(host: str, port: int, responses: Sequence[str]) -> None:
    asset, price = canned(responses)
    server = grpc.aio.server()
    server.add_generic_rpc_handlers((
        grpc.method_handlers_generic_handler(
            "cq.assets.v1.AssetRegistryService", {"GetAsset": _unary(asset, assets.GetAssetRequest)}),
        grpc.method_handlers_generic_handler(
            "cq.markets.v1.MarketDataService", {
                "GetLatestPrice": _unary(price, markets.GetLatestPriceRequest),
                "StreamPrices": _endless(markets.StreamPricesResponse(price=price.price),
                                         markets.StreamPricesRequest),
            }),
    ))
    bound = server.add_insecure_port(f"{host}:{port}")
    await server.start()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    print(json.dumps({"message": "serving", "address": f"{host}:{bound}"}), flush=True)
    await stop.wait()
    await server.stop(1.0)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cqc.bench.echo_server", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--response", action="append", default=[], metavar="METHOD=FILE")
    args = parser.parse_args(argv)
    asyncio.run(serve(args.host, args.port, args.response))
    return 0


if __name__ == "__main__":
    sys.exit(main())
