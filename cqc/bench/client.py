"""The Python client entry point's overhead: blocking GetAsset calls, one after another, through
``cq.client.connect`` (its interceptor adds the token and the default deadline) against a raw generated
stub on the same channel type (``grpc.insecure_channel``) passing the same metadata and timeout. The
server is the bare Go one, so the client's cost dominates."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import grpc

from cq.assets.v1 import service_pb2 as assets
from cq.assets.v1 import service_pb2_grpc as assets_grpc
from cq.client import DEFAULT_TIMEOUT_SECONDS, connect
from cqc.bench import procs
from cqc.bench.context import TOKEN, Context
from cqc.bench.model import Figure, Target, overhead_percent

FAMILY = "client"


def per_call_us(call: Callable[[], Any], seconds: float) -> float:
    """Mean microseconds per call over a window of ``seconds``."""
    calls = 0
    started = time.perf_counter()
    deadline = started + seconds
    while True:
        call()
        calls += 1
        now = time.perf_counter()
        if now >= deadline:
            return (now - started) / calls * 1e6


def run(ctx: Context) -> list[Figure]:
    raw = Figure("client.python.raw_stub", FAMILY, "GetAsset through a raw stub, sequential", "us/call")
    facade = Figure("client.python.connect", FAMILY, "GetAsset through cq.client.connect, sequential", "us/call",
                    anchor_id=raw.id)
    window = max(ctx.duration / 2, 0.5)
    request = assets.GetAssetRequest(asset_id="BTC")
    metadata = (("authorization", f"Bearer {TOKEN}"),)
    with procs.server("go_bare_client", [str(ctx.cqbench), "echo-server"], ctx.root, ctx.logs) as server:
        channel = grpc.insecure_channel(server.address)
        stub = assets_grpc.AssetRegistryServiceStub(channel)
        client = connect(server.address, token=TOKEN)
        try:
            def raw_call() -> Any:
                return stub.GetAsset(request, metadata=metadata, timeout=DEFAULT_TIMEOUT_SECONDS)

            def facade_call() -> Any:
                return client.asset_registry.GetAsset(request)

            per_call_us(raw_call, 0.3)
            per_call_us(facade_call, 0.3)
            for repetition in range(ctx.repetitions):
                ctx.log(f"client: repetition {repetition + 1}/{ctx.repetitions}")
                # Alternate which goes first, so that drift in the machine's load favours neither.
                order = [(raw, raw_call), (facade, facade_call)]
                for figure, call in order if repetition % 2 == 0 else reversed(order):
                    figure.runs.append(per_call_us(call, window))
        finally:
            client.close()
            channel.close()
    overhead = overhead_percent("client.python.connect_overhead", FAMILY,
                                "cq.client.connect per-call overhead over the raw stub", facade, raw,
                                target=Target("<=", 10.0))
    return [raw, facade, overhead]
