"""The contracts hold what the brief names, and follow the AIP rules every client relies on."""

from __future__ import annotations

import pytest
from google.protobuf import descriptor_pb2

from generators import buf, protodeps
from tests.conftest import REPO_ROOT

Field = descriptor_pb2.FieldDescriptorProto

# The brief's types per package (renamed only where buf STANDARD requires: AssetId, Vwap, Pnl).
# OrderStatus is the order's state, so it is an enum; the rest are messages.
NAMED_TYPES = {
    "cq.types.v1": {"Decimal", "Amount", "TimeRange", "Side", "VenueSymbol"},
    "cq.assets.v1": {"Asset", "Token", "AssetMapping", "AssetMetadata", "Chain", "AssetId"},
    "cq.markets.v1": {"Price", "OrderBook", "Trade", "Candle", "Vwap", "MarketDepth", "LiquidityMetrics"},
    "cq.portfolio.v1": {"Position", "Portfolio", "Allocation", "Exposure", "Transaction", "Pnl"},
    "cq.venues.v1": {"Venue", "VenueAccount", "Order", "OrderStatus", "Balance", "ExecutionReport"},
    "cq.events.v1": {"AssetCreated", "PriceUpdated", "OrderPlaced", "PositionChanged", "RiskAlert",
                     "EventEnvelope"},
}

# RPC -> server streaming?
REQUIRED_RPCS = {
    "cq.assets.v1.AssetRegistryService": {
        "GetAsset": False, "ListAssets": False, "CreateAsset": False, "UpdateAsset": False,
        "ResolveVenueSymbol": False, "ListAssetMappings": False, "CreateAssetMapping": False,
        "GetChain": False, "ListChains": False,
    },
    "cq.markets.v1.MarketDataService": {
        "GetLatestPrice": False, "GetOrderBook": False, "ListCandles": False, "ListTrades": False,
        "GetVwap": False, "GetLiquidityMetrics": False, "StreamPrices": True, "StreamOrderBook": True,
    },
    "cq.portfolio.v1.PortfolioService": {
        "GetPortfolio": False, "ListPositions": False, "GetPnl": False, "ListTransactions": False,
        "GetExposure": False, "StreamPortfolioUpdates": True,
    },
    "cq.venues.v1.VenueGatewayService": {
        "ListVenues": False, "GetVenue": False, "ListVenueAccounts": False, "GetVenueAccount": False,
        "PlaceOrder": False, "CancelOrder": False, "ReplaceOrder": False, "GetOrder": False,
        "ListOrders": False, "ListBalances": False, "StreamExecutionReports": True,
    },
    "cq.events.v1.EventStreamService": {"StreamEvents": True},
    "cq.risk.v1.RiskEngineService": {
        "GetRiskSnapshot": False, "CheckOrder": False, "ListLimits": False, "UpdateLimit": False,
        "RunStressTest": False, "StreamAlerts": True,
    },
}

# `double` is for analytics estimates only (greeks, ratios, basis points, shares of NAV); money, prices
# and quantities are cq.types.v1.Decimal. A new double field must be added here on purpose.
ANALYTICS_DOUBLES = {
    "cq.markets.v1.MarketDepth.spread_bps", "cq.markets.v1.LiquidityMetrics.vadr",
    "cq.markets.v1.SlippageEstimate.slippage_bps", "cq.portfolio.v1.Portfolio.leverage",
    "cq.risk.v1.Sensitivity.delta", "cq.risk.v1.Sensitivity.delta_notional", "cq.risk.v1.Sensitivity.gamma",
    "cq.risk.v1.Sensitivity.vega", "cq.risk.v1.Sensitivity.theta", "cq.risk.v1.Sensitivity.dv01",
    "cq.risk.v1.Sensitivity.cs01", "cq.risk.v1.ExposureMetrics.leverage", "cq.risk.v1.ExposureMetrics.net_leverage",
    "cq.risk.v1.ConcentrationEntry.share_of_nav", "cq.risk.v1.ValueAtRisk.confidence",
    "cq.risk.v1.ValueAtRisk.value_at_risk_share_of_nav", "cq.risk.v1.RiskSnapshot.net_delta_notional",
    "cq.risk.v1.RiskSnapshot.total_dv01", "cq.risk.v1.Limit.warning_levels", "cq.risk.v1.Limit.utilisation",
    "cq.risk.v1.LimitCheck.projected_utilisation", "cq.risk.v1.StressTestResult.pnl_share_of_nav",
    "cq.risk.v1.Alert.utilisation",
    "cq.venues.v1.ExecutionQuality.slippage_bps", "cq.portfolio.v1.PortfolioSnapshot.period_return",
    "cq.portfolio.v1.InstrumentScore.score", "cq.portfolio.v1.PerformanceReport.total_return",
    "cq.portfolio.v1.PerformanceReport.annualized_return", "cq.portfolio.v1.PerformanceReport.annualized_volatility",
    "cq.portfolio.v1.PerformanceReport.sharpe_ratio", "cq.portfolio.v1.PerformanceReport.sortino_ratio",
    "cq.portfolio.v1.PerformanceReport.max_drawdown", "cq.portfolio.v1.PerformanceReport.hit_rate",
    "cq.portfolio.v1.PerformanceReport.profit_factor", "cq.portfolio.v1.PerformanceReport.exposure_weighted_return",
    "cq.events.v1.TradeProposal.confidence",
}
MUTATING_PREFIXES = ("Create", "Update", "Place", "Cancel", "Replace")


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> list[descriptor_pb2.FileDescriptorProto]:
    protodeps.materialise(REPO_ROOT / protodeps.DEFAULT_DESTINATION)
    image = tmp_path_factory.mktemp("image") / "image.binpb"
    assert buf.build_image(image).ok
    descriptor_set = descriptor_pb2.FileDescriptorSet.FromString(image.read_bytes())
    return [f for f in descriptor_set.file if f.package.startswith("cq.")]


def messages(files: list[descriptor_pb2.FileDescriptorProto]) -> dict[str, descriptor_pb2.DescriptorProto]:
    found: dict[str, descriptor_pb2.DescriptorProto] = {}

    def walk(prefix: str, nested: list[descriptor_pb2.DescriptorProto]) -> None:
        for message in nested:
            found[f"{prefix}.{message.name}"] = message
            walk(f"{prefix}.{message.name}", list(message.nested_type))

    for file in files:
        walk(file.package, list(file.message_type))
    return found


def methods(files: list[descriptor_pb2.FileDescriptorProto]) -> dict[str, descriptor_pb2.MethodDescriptorProto]:
    return {f"{file.package}.{service.name}.{method.name}": method
            for file in files for service in file.service for method in service.method}


def field(message: descriptor_pb2.DescriptorProto, name: str) -> Field | None:
    return next((f for f in message.field if f.name == name), None)


def test_every_type_the_brief_names_exists(files: list[descriptor_pb2.FileDescriptorProto]) -> None:
    defined = {(f.package, m.name) for f in files for m in f.message_type}
    defined |= {(f.package, e.name) for f in files for e in f.enum_type}
    missing = sorted(f"{pkg}.{name}" for pkg, names in NAMED_TYPES.items() for name in names
                     if (pkg, name) not in defined)
    assert not missing


def test_services_offer_the_required_rpcs(files: list[descriptor_pb2.FileDescriptorProto]) -> None:
    found = methods(files)
    problems = [f"{service}.{rpc}: wanted server_streaming={streams}; got "
                f"{found[f'{service}.{rpc}'].server_streaming if f'{service}.{rpc}' in found else 'no such RPC'}"
                for service, rpcs in REQUIRED_RPCS.items() for rpc, streams in rpcs.items()
                if f"{service}.{rpc}" not in found or found[f"{service}.{rpc}"].server_streaming != streams]
    assert not problems


def test_money_is_never_a_double(files: list[descriptor_pb2.FileDescriptorProto]) -> None:
    doubles = {f"{name}.{f.name}" for name, message in messages(files).items() for f in message.field
               if f.type in (Field.TYPE_DOUBLE, Field.TYPE_FLOAT)}
    assert doubles <= ANALYTICS_DOUBLES, f"new double fields: {sorted(doubles - ANALYTICS_DOUBLES)}"


def test_lists_paginate(files: list[descriptor_pb2.FileDescriptorProto]) -> None:
    by_name = messages(files)
    problems = []
    for name, method in methods(files).items():
        if not name.rsplit(".", 1)[1].startswith("List"):
            continue
        request, response = by_name[method.input_type[1:]], by_name[method.output_type[1:]]
        size, token = field(request, "page_size"), field(request, "page_token")
        next_token = field(response, "next_page_token")
        if not (size and size.type == Field.TYPE_INT32 and token and next_token):
            problems.append(name)
    assert not problems


def test_updates_take_a_field_mask(files: list[descriptor_pb2.FileDescriptorProto]) -> None:
    by_name = messages(files)
    problems = [name for name, method in methods(files).items() if name.rsplit(".", 1)[1].startswith("Update")
                and getattr(field(by_name[method.input_type[1:]], "update_mask"), "type_name", "")
                != ".google.protobuf.FieldMask"]
    assert not problems


def test_mutating_calls_carry_a_request_id(files: list[descriptor_pb2.FileDescriptorProto]) -> None:
    by_name = messages(files)
    problems = [name for name, method in methods(files).items()
                if name.rsplit(".", 1)[1].startswith(MUTATING_PREFIXES)
                and field(by_name[method.input_type[1:]], "request_id") is None]
    assert not problems


def test_place_order_is_keyed_by_client_order_id(files: list[descriptor_pb2.FileDescriptorProto]) -> None:
    order = messages(files)["cq.venues.v1.Order"]
    assert field(order, "client_order_id") is not None
    assert field(order, "orig_client_order_id") is not None


def test_every_enum_starts_with_unspecified(files: list[descriptor_pb2.FileDescriptorProto]) -> None:
    enums = [e for f in files for e in f.enum_type]
    enums += [e for m in messages(files).values() for e in m.enum_type]
    problems = [e.name for e in enums if e.value[0].number != 0 or not e.value[0].name.endswith("_UNSPECIFIED")]
    assert not problems
