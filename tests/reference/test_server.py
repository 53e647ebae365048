"""`cqc serve` as users meet it: health, reflection, auth, validation errors, graceful stop."""

from __future__ import annotations

import json
import signal
import subprocess
from typing import cast

import grpc
import pytest
from google.rpc import error_details_pb2, status_pb2  # type: ignore[import-untyped]
from grpc_health.v1 import health_pb2, health_pb2_grpc

from cq.assets.v1 import service_pb2 as assets
from cq.client import connect
from cq.types.v1 import side_pb2
from cq.venues.v1 import resources_pb2 as venues_resources
from cq.venues.v1 import service_pb2 as venues
from generators.toolchain import BUF
from tests.conftest import REPO_ROOT
from tests.reference.conftest import Served, serve

SERVICES = [
    "cq.assets.v1.AssetRegistryService",
    "cq.events.v1.EventStreamService",
    "cq.markets.v1.MarketDataService",
    "cq.portfolio.v1.PortfolioService",
    "cq.risk.v1.RiskEngineService",
    "cq.venues.v1.VenueGatewayService",
]


def rich_status(error: grpc.RpcError) -> status_pb2.Status:
    call = cast(grpc.Call, error)
    details = next(value for key, value in call.trailing_metadata() or () if key == "grpc-status-details-bin")
    return status_pb2.Status.FromString(cast(bytes, details))


def test_health_reports_every_service_serving(server: Served) -> None:
    with grpc.insecure_channel(server.address) as channel:
        stub = health_pb2_grpc.HealthStub(channel)
        for name in ["", *SERVICES]:
            response = stub.Check(  # type: ignore[attr-defined]
               health_pb2.HealthCheckRequest(service=name), timeout=5)
            assert response.status == health_pb2.HealthCheckResponse.SERVING, name


def test_reflection_lets_buf_curl_list_and_call_every_service(server: Served) -> None:
    base = [str(BUF.path()), "curl", "--protocol", "grpc", "--http2-prior-knowledge"]
    listed = subprocess.run([*base, "--list-methods", f"http://{server.address}"],
                            cwd=REPO_ROOT, capture_output=True, text=True, check=False)
    assert listed.returncode == 0, listed.stderr
    services = {line.rsplit("/", 1)[0] for line in listed.stdout.split()}
    assert set(SERVICES) <= services

    called = subprocess.run(
        [*base, "-H", "authorization: Bearer dev-alice", "-d", '{"assetId": "BTC"}',
         f"http://{server.address}/cq.assets.v1.AssetRegistryService/GetAsset"],
        cwd=REPO_ROOT, capture_output=True, text=True, check=False,
    )
    assert called.returncode == 0, called.stderr
    assert json.loads(called.stdout)["asset"]["assetId"] == "BTC"


def test_missing_or_invalid_token_is_unauthenticated(server: Served) -> None:
    for token in (None, "not-a-token"):
        with connect(server.address, token=token) as client, pytest.raises(grpc.RpcError) as caught:
            client.asset_registry.GetAsset(assets.GetAssetRequest(asset_id="BTC"))
        assert caught.value.code() == grpc.StatusCode.UNAUTHENTICATED


def test_invalid_request_gets_field_violations_with_rule_ids(server: Served) -> None:
    request = venues.PlaceOrderRequest(request_id="3f0c6a52-8d1e-4f7a-9b2c-5e4d3c2b1a09")
    request.order.client_order_id = "bad-quantity-1"
    request.order.account_id = "acc_alice_spot"
    request.order.instrument_id = "cq:spot:BTC-USD"
    request.order.side = side_pb2.SIDE_BUY
    request.order.type = venues_resources.ORDER_TYPE_MARKET
    request.order.time_in_force = venues_resources.TIME_IN_FORCE_IOC
    request.order.quantity.value = "0"

    with connect(server.address, token="dev-alice") as client, pytest.raises(grpc.RpcError) as caught:
        client.venue_gateway.PlaceOrder(request)

    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    bad_request = error_details_pb2.BadRequest()
    assert any(detail.Unpack(bad_request) for detail in rich_status(caught.value).details)
    assert ("order.quantity", "decimal.positive") in {(v.field, v.reason) for v in bad_request.field_violations}


def test_sigterm_stops_gracefully_with_structured_logs() -> None:
    with serve() as served:
        ready = served.logs[-1]
        assert set(ready["services"]) == set(SERVICES)
        assert ready["level"] == "info" and ready["startup_ms"] >= 0
        served.process.send_signal(signal.SIGTERM)
        served.read_logs_until("stopped")
        assert served.process.wait(timeout=15) == 0
