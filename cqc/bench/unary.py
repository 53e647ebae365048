"""Unary serving: ghz against GetAsset and GetLatestPrice at concurrency 1 and 16, on the reference
services and, side by side in the same run, on a bare grpc.aio server (the ratio ours/bare) and a bare
Go gRPC server (the machine's limit) that answer with the reference's own response bytes.

The reference runs as `cqc serve` does by default (stepped clock) and, as a second series, with
``--clock realtime``; the targets apply to the default. All servers run for the whole family and the
measurements are interleaved (repetition, then RPC, then concurrency, then server), so a slow spell of a
busy machine hits every server alike.
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from google.protobuf import descriptor_pb2, json_format
from google.protobuf.descriptor import FileDescriptor
from google.protobuf.message import Message

from cq.assets.v1 import service_pb2 as assets
from cq.client import connect
from cq.markets.v1 import service_pb2 as markets
from cqc.bench import procs
from cqc.bench.context import TOKEN, Context
from cqc.bench.model import Figure, Target, derived_ratio

FAMILY = "unary"
CONCURRENCY = (1, 16)
SERVERS = ("reference", "reference_realtime", "python_bare", "go_bare")
ANCHOR = {"reference": "python_bare", "reference_realtime": "python_bare", "python_bare": "go_bare"}


@dataclass(frozen=True)
class Rpc:
    name: str
    method: str  # the gRPC path
    request: Message  # what ghz sends (as proto JSON), and canned_responses

    @property
    def ghz_call(self) -> str:
        service, method = self.method.strip("/").split("/")
        return f"{service}.{method}"


GET_ASSET = assets.GetAssetRequest(asset_id="BTC")
GET_LATEST_PRICE = markets.GetLatestPriceRequest(instrument_id="cq:spot:BTC-USD", venue_id="kraken")
RPCS = (
    Rpc("GetAsset", "/cq.assets.v1.AssetRegistryService/GetAsset", GET_ASSET),
    Rpc("GetLatestPrice", "/cq.markets.v1.MarketDataService/GetLatestPrice", GET_LATEST_PRICE),
)


def protoset(files: list[FileDescriptor], path: Path) -> Path:
    """A FileDescriptorSet of ``files`` and everything they import (dependencies first), for ghz."""
    seen: dict[str, descriptor_pb2.FileDescriptorProto] = {}

    def visit(file: FileDescriptor) -> None:
        if file.name in seen:
            return
        for dependency in file.dependencies:
            visit(dependency)
        proto = descriptor_pb2.FileDescriptorProto()
        file.CopyToProto(proto)
        seen[file.name] = proto

    for file in files:
        visit(file)
    path.write_bytes(descriptor_pb2.FileDescriptorSet(file=list(seen.values())).SerializeToString())
    return path


def canned_responses(address: str, directory: Path) -> dict[str, Path]:
    """The reference's answers to the benchmarked requests, as files the bare servers replay."""
    directory.mkdir(parents=True, exist_ok=True)
    with connect(address, token=TOKEN) as client:
        asset = client.asset_registry.GetAsset(GET_ASSET)
        price = client.market_data.GetLatestPrice(GET_LATEST_PRICE)
    files = {RPCS[0].method: directory / "GetAsset.binpb", RPCS[1].method: directory / "GetLatestPrice.binpb"}
    files[RPCS[0].method].write_bytes(asset.SerializeToString())
    files[RPCS[1].method].write_bytes(price.SerializeToString())
    return files


def ghz_run(ctx: Context, protoset_path: Path, rpc: Rpc, address: str, concurrency: int,
            seconds: float) -> dict[str, Any]:
    """One ghz run; its JSON report."""
    argv = [str(ctx.ghz), "--insecure", "--protoset", str(protoset_path), "--call", rpc.ghz_call,
            "-d", json_format.MessageToJson(rpc.request, indent=None),
            "-m", json.dumps({"authorization": f"Bearer {TOKEN}"}),
            "-c", str(concurrency), "-z", f"{seconds:g}s", "--connections", "1", "-O", "json", address]
    completed = procs.run(argv, cwd=ctx.root, timeout=seconds + 120)
    report: dict[str, Any] = json.loads(completed.stdout)
    return report


# When -z runs out, ghz closes its connection under the calls still in flight (at most one per
# concurrent worker) and counts them as errors with these messages: not failures of the server.
SHUTDOWN_ERRORS = ("use of closed network connection", "the client connection is closing")


def summary(report: dict[str, Any]) -> tuple[float, float | None, float | None, dict[str, int]]:
    """Successful calls per second, p50 and p99 in ms, and the failed calls (other than those cut off
    when the run ended) by message, of a ghz report."""
    percentiles = {round(float(p["percentage"])): float(p["latency"]) / 1e6
                   for p in report.get("latencyDistribution") or []}
    failures = {message: int(count) for message, count in (report.get("errorDistribution") or {}).items()
                if not any(cut in message for cut in SHUTDOWN_ERRORS)}
    total_seconds = float(report.get("total", 0)) / 1e9
    ok = (report.get("statusCodeDistribution") or {}).get("OK")
    rps = int(ok) / total_seconds if ok is not None and total_seconds > 0 else float(report.get("rps", 0.0))
    return rps, percentiles.get(50), percentiles.get(99), failures


@contextlib.contextmanager
def bare_servers(ctx: Context, reference: str, directory: Path, suffix: str = "") -> Iterator[dict[str, str]]:
    """The bare grpc.aio and Go servers, started with the answers of the reference at ``reference``;
    their addresses by name (python_bare, go_bare). ``suffix`` tells their log files apart."""
    replay = [f"--response={method}={file}" for method, file in canned_responses(reference, directory).items()]
    with procs.server(f"python_bare{suffix}", [sys.executable, "-m", "cqc.bench.echo_server", *replay],
                      ctx.root, ctx.logs) as python_bare, \
            procs.server(f"go_bare{suffix}", [str(ctx.cqbench), "echo-server", *replay],
                         ctx.root, ctx.logs) as go_bare:
        yield {"python_bare": python_bare.address, "go_bare": go_bare.address}


@contextlib.contextmanager
def servers(ctx: Context, protoset_dir: Path) -> Iterator[dict[str, str]]:
    """All four servers, started; their addresses by name."""
    with contextlib.ExitStack() as stack:
        reference = stack.enter_context(procs.server("reference", procs.reference_argv(), ctx.root, ctx.logs))
        realtime = stack.enter_context(procs.server(
            "reference_realtime", procs.reference_argv("--clock", "realtime"), ctx.root, ctx.logs))
        bare = stack.enter_context(bare_servers(ctx, reference.address, protoset_dir))
        yield {"reference": reference.address, "reference_realtime": realtime.address, **bare}


def run(ctx: Context) -> list[Figure]:
    figures: dict[str, Figure] = {}

    def figure(rpc: Rpc, concurrency: int, server: str, metric: str) -> Figure:
        fid = f"unary.{rpc.name}.c{concurrency}.{server}.{metric}"
        if fid not in figures:
            unit = "rps" if metric == "rps" else "ms"
            anchor = ANCHOR.get(server)
            target = None
            if server == "reference" and metric == "rps" and concurrency == 16:
                target = Target(">=", 4000)
            if server == "reference" and metric == "p99":
                target = Target("<=", 10.0)
            figures[fid] = Figure(
                fid, FAMILY, f"{rpc.name} {metric} at concurrency {concurrency}, {server.replace('_', ' ')}",
                unit, anchor_id=f"unary.{rpc.name}.c{concurrency}.{anchor}.{metric}" if anchor else None,
                target=target)
        return figures[fid]

    scratch = ctx.scratch / "unary"
    scratch.mkdir(parents=True, exist_ok=True)
    protoset_path = protoset([assets.DESCRIPTOR, markets.DESCRIPTOR], scratch / "cq.protoset")
    ctx.ghz  # noqa: B018 - install before the servers start
    ctx.cqbench  # noqa: B018
    with servers(ctx, scratch) as addresses:
        if not ctx.smoke:  # a smoke run only proves the benchmark runs: no warm-up
            for address in addresses.values():
                for rpc in RPCS:
                    ghz_run(ctx, protoset_path, rpc, address, 16, 2.0)
        for repetition in range(ctx.repetitions):
            ctx.log(f"unary: repetition {repetition + 1}/{ctx.repetitions}")
            for rpc in RPCS:
                for concurrency in CONCURRENCY:
                    for server in SERVERS:
                        report = ghz_run(ctx, protoset_path, rpc, addresses[server], concurrency, ctx.duration)
                        rps, p50, p99, failures = summary(report)
                        figure(rpc, concurrency, server, "rps").runs.append(rps)
                        for metric, value in (("p50", p50), ("p99", p99)):
                            if value is not None:
                                figure(rpc, concurrency, server, metric).runs.append(value)
                        if failures:
                            figure(rpc, concurrency, server, "rps").notes.append(
                                f"repetition {repetition + 1}: failed calls {failures}")
    result = list(figures.values())
    for rpc in RPCS:
        for concurrency in CONCURRENCY:
            ours = figures[f"unary.{rpc.name}.c{concurrency}.reference.rps"]
            bare = figures[f"unary.{rpc.name}.c{concurrency}.python_bare.rps"]
            result.append(derived_ratio(f"unary.{rpc.name}.c{concurrency}.reference_vs_python_bare", FAMILY,
                                        f"{rpc.name} rps at concurrency {concurrency}: reference / bare grpc.aio",
                                        ours, bare, target=Target(">=", 0.7)))
    return result
