"""RiskEngineService: risk snapshots, the pre-trade check, limits, stress tests and alerts.

Unlike the venue and portfolio services, this contract answers PERMISSION_DENIED for an account the
caller may not read, whether or not it exists; NOT_FOUND is for an account the caller holds a token for
but the platform does not know. Owners are the risk managers of their own accounts' limits.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any, TypeAlias

import grpc
import grpc.aio

from cq.decimals import to_decimal
from cq.risk.v1 import resources_pb2 as rk
from cq.risk.v1 import service_pb2 as api
from cq.risk.v1 import service_pb2_grpc
from reference import auth
from reference.bus import Subscription
from reference.domain.risk import ALERT_RETENTION
from reference.errors import DomainError, not_found
from reference.services.pages import number, page
from reference.services.streams import BusFeed

if TYPE_CHECKING:
    from reference.platform import Platform

Context: TypeAlias = "grpc.aio.ServicerContext[Any, Any]"


def _readable(account_id: str) -> None:
    if account_id not in auth.current().account_ids:
        raise DomainError(grpc.StatusCode.PERMISSION_DENIED, "ACCOUNT_NOT_PERMITTED",
                          f"the caller may not read account {account_id!r}", {"account": account_id})


def _wanted(alert: rk.Alert, request: api.StreamAlertsRequest) -> bool:
    return alert.severity >= request.min_severity and (not request.types or alert.type in request.types)


class RiskEngineServicer(service_pb2_grpc.RiskEngineServiceServicer):
    def __init__(self, platform: Platform) -> None:
        self._platform = platform
        self._risk = platform.risk

    def _now(self) -> int:
        return self._platform.clock.now()

    def _account(self, account_id: str) -> None:
        _readable(account_id)
        self._platform.trading.account(account_id)

    async def GetRiskSnapshot(
        self, request: api.GetRiskSnapshotRequest, context: Context
    ) -> api.GetRiskSnapshotResponse:
        self._account(request.account_id)
        return api.GetRiskSnapshotResponse(snapshot=self._risk.snapshot(request.account_id,
                                                                        request.currency_asset_id))

    async def CheckOrder(self, request: api.CheckOrderRequest, context: Context) -> api.CheckOrderResponse:
        self._account(request.order.account_id)
        self._platform.catalogue.instrument(request.order.instrument_id)
        reference = to_decimal(request.reference_price) if request.HasField("reference_price") else None
        return api.CheckOrderResponse(result=self._risk.check_order(request.order, reference))

    async def ListLimits(self, request: api.ListLimitsRequest, context: Context) -> api.ListLimitsResponse:
        if request.account_id:
            self._account(request.account_id)
        mine = auth.current().account_ids
        accounts = [request.account_id] if request.account_id else sorted(mine)
        types, statuses = set(request.types), set(request.statuses)
        found = []
        for account_id in accounts:
            if account_id not in self._platform.trading.account_ids():
                continue
            for state in self._risk.account_limits(account_id, request.include_disabled):
                limit = self._risk.measured(state)
                if (not types or limit.type in types) and (not statuses or limit.status in statuses):
                    found.append(limit)
        found.sort(key=lambda limit: limit.limit_id)
        items, token = page(found, lambda limit: [number(limit.limit_id)], request, self._now())
        return api.ListLimitsResponse(limits=items, next_page_token=token)

    async def UpdateLimit(self, request: api.UpdateLimitRequest, context: Context) -> api.UpdateLimitResponse:
        principal = auth.current()
        limit = self._risk.update_limit(request.limit, list(request.update_mask.paths), request.request_id,
                                        principal.owner, principal.account_ids)
        return api.UpdateLimitResponse(limit=limit)

    async def RunStressTest(
        self, request: api.RunStressTestRequest, context: Context
    ) -> api.RunStressTestResponse:
        self._account(request.account_id)
        if request.HasField("scenario"):
            scenario = request.scenario
        else:
            stored = self._risk.scenarios.get(request.scenario_id)
            if stored is None:
                raise not_found("scenario", request.scenario_id)
            scenario = stored
        result = self._risk.stress(request.account_id, scenario, request.currency_asset_id)
        return api.RunStressTestResponse(result=result)

    async def StreamAlerts(
        self, request: api.StreamAlertsRequest, context: Context
    ) -> AsyncIterator[api.StreamAlertsResponse]:
        platform = self._platform
        async with platform.lock:
            if request.account_id:
                self._account(request.account_id)
            accounts = (request.account_id,) if request.account_id else tuple(sorted(auth.current().account_ids))
            now = self._now()
        start = request.start_time.ToNanoseconds() if request.HasField("start_time") else None
        if start is not None and now - start > ALERT_RETENTION:
            raise DomainError(grpc.StatusCode.OUT_OF_RANGE, "BEFORE_RETENTION",
                              "start_time is older than the 24 hour alert retention")
        async with BusFeed(platform.bus, Subscription(("cq.events.v1.RiskAlert",), accounts)) as feed:
            replayed: set[str] = set()
            if start is not None:
                async with platform.lock:
                    retained = [
                        a for a in self._risk.alerts
                        if a.account_id in accounts and a.create_time.ToNanoseconds() >= start and _wanted(a, request)
                    ]
                retained.sort(key=lambda a: (a.create_time.ToNanoseconds(), number(a.alert_id)))
                for alert in retained:
                    replayed.add(alert.alert_id)
                    yield api.StreamAlertsResponse(alert=alert)
            while True:
                envelope = await feed.get()
                if envelope is None:
                    continue
                alert = envelope.risk_alert.alert
                if alert.alert_id not in replayed and _wanted(alert, request):
                    yield api.StreamAlertsResponse(alert=alert)
