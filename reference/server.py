"""`cqc serve`: build the platform, register the servicers, health and reflection, and serve.

``create_server`` is separate from ``serve`` so tests start servers on port 0 and read the bound port.
"""

from __future__ import annotations

import asyncio
import json
import logging
import signal
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import grpc
import grpc.aio
from google.protobuf.descriptor import FileDescriptor
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection

from cq.assets.v1 import service_pb2 as assets_service
from cq.assets.v1 import service_pb2_grpc as assets_grpc
from cq.events.v1 import service_pb2 as events_service
from cq.events.v1 import service_pb2_grpc as events_grpc
from cq.markets.v1 import service_pb2 as markets_service
from cq.markets.v1 import service_pb2_grpc as markets_grpc
from cq.portfolio.v1 import service_pb2 as portfolio_service
from cq.portfolio.v1 import service_pb2_grpc as portfolio_grpc
from cq.risk.v1 import service_pb2 as risk_service
from cq.risk.v1 import service_pb2_grpc as risk_grpc
from cq.venues.v1 import service_pb2 as venues_service
from cq.venues.v1 import service_pb2_grpc as venues_grpc
from reference.config import ServeConfig
from reference.interceptor import PlatformInterceptor
from reference.platform import Platform
from reference.services.assets import AssetRegistryServicer
from reference.services.events import EventStreamServicer
from reference.services.markets import MarketDataServicer
from reference.services.portfolio import PortfolioServicer
from reference.services.risk import RiskEngineServicer
from reference.services.venues import VenueGatewayServicer

LOG = logging.getLogger("cq.reference")
# In-flight calls get this long to finish on SIGTERM; then grpc.aio cancels open streams, which end
# with UNAVAILABLE ("Cancelling all calls").
SHUTDOWN_GRACE_SECONDS = 5.0
# In realtime mode the simulation is advanced this often in the background, so a call after a quiet
# spell does not have to simulate the whole spell first (about 20 ms of CPU per simulated second).
REALTIME_TICK_SECONDS = 0.2


@dataclass(frozen=True)
class Registration:
    """How one config service name becomes a servicer on the server."""

    file: FileDescriptor
    service: str
    make: Callable[[Platform], Any]
    add: Callable[[Any, grpc.aio.Server], None]

    @property
    def full_name(self) -> str:
        return self.file.services_by_name[self.service].full_name


REGISTRATIONS = {
    "assets": Registration(assets_service.DESCRIPTOR, "AssetRegistryService", AssetRegistryServicer,
                           assets_grpc.add_AssetRegistryServiceServicer_to_server),
    "markets": Registration(markets_service.DESCRIPTOR, "MarketDataService", MarketDataServicer,
                            markets_grpc.add_MarketDataServiceServicer_to_server),
    "venues": Registration(venues_service.DESCRIPTOR, "VenueGatewayService", VenueGatewayServicer,
                           venues_grpc.add_VenueGatewayServiceServicer_to_server),
    "portfolio": Registration(portfolio_service.DESCRIPTOR, "PortfolioService", PortfolioServicer,
                              portfolio_grpc.add_PortfolioServiceServicer_to_server),
    "risk": Registration(risk_service.DESCRIPTOR, "RiskEngineService", RiskEngineServicer,
                         risk_grpc.add_RiskEngineServiceServicer_to_server),
    "events": Registration(events_service.DESCRIPTOR, "EventStreamService", EventStreamServicer,
                           events_grpc.add_EventStreamServiceServicer_to_server),
}


async def create_server(config: ServeConfig) -> tuple[grpc.aio.Server, int, Platform]:
    """A started server on ``config.host:config.port`` (port 0 picks a free one), its port and platform."""
    platform = Platform(config)
    server = grpc.aio.server(
        interceptors=[PlatformInterceptor(config.token_accounts(), platform.lock, platform.clock, platform.sync)]
    )
    served = [REGISTRATIONS[name] for name in config.services]
    for registration in served:
        registration.add(registration.make(platform), server)
    health_servicer = health.aio.HealthServicer()
    health_pb2_grpc.add_HealthServicer_to_server(health_servicer, server)
    for name in ("", *(r.full_name for r in served)):
        await health_servicer.set(name, health_pb2.HealthCheckResponse.SERVING)
    reflection.enable_server_reflection(
        [*(r.full_name for r in served), health.SERVICE_NAME, reflection.SERVICE_NAME], server
    )
    port = server.add_insecure_port(f"{config.host}:{config.port}")
    await server.start()
    if config.clock == "realtime":
        platform.background = asyncio.create_task(_advance_in_background(platform))
    return server, port, platform


async def _advance_in_background(platform: Platform) -> None:
    while True:
        await asyncio.sleep(REALTIME_TICK_SECONDS)
        async with platform.lock:
            platform.sync()


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message and any structured extras."""

    RESERVED = set(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {"message", "asctime"}

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        entry.update({k: v for k, v in record.__dict__.items() if k not in self.RESERVED})
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str)


def configure_logging() -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    logging.basicConfig(level=logging.INFO, handlers=[handler], force=True)


async def serve(config: ServeConfig) -> None:
    """Serve until SIGTERM or SIGINT, then let in-flight calls finish and end open streams."""
    started = time.monotonic()
    # Signal handlers go in before the "serving" line: a supervisor may send SIGTERM as soon as it reads it.
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    server, port, platform = await create_server(config)
    LOG.info(
        "serving",
        extra={
            "address": f"{config.host}:{port}",
            "services": [REGISTRATIONS[name].full_name for name in config.services],
            "seed": config.seed,
            "clock": config.clock,
            "startup_ms": round((time.monotonic() - started) * 1000, 1),
        },
    )
    await stop.wait()
    LOG.info("stopping", extra={"grace_seconds": SHUTDOWN_GRACE_SECONDS})
    await server.stop(SHUTDOWN_GRACE_SECONDS)
    if platform.background is not None:
        platform.background.cancel()
    LOG.info("stopped", extra={"events_published": len(platform.bus.history)})
