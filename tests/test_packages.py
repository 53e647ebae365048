"""Each generated package builds, installs and imports the way its users consume it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO_ROOT, run

DRIVERS = Path(__file__).parent / "drivers"
SERVICES = {
    "cq.assets.v1.AssetRegistryService",
    "cq.markets.v1.MarketDataService",
    "cq.portfolio.v1.PortfolioService",
    "cq.risk.v1.RiskEngineService",
    "cq.venues.v1.VenueGatewayService",
    "cq.events.v1.EventStreamService",
}


@pytest.fixture(scope="module")
def python_services(python_env: Path) -> dict[str, Any]:
    completed = run([str(python_env), str(DRIVERS / "list_services.py")], cwd=python_env.parent, check=True)
    result: dict[str, Any] = json.loads(completed.stdout)
    return result


def alias(module: str) -> str:
    return module.removeprefix("cq.").replace(".", "_")


def python_usage(services: list[dict[str, Any]], wrong_request: bool = False) -> str:
    """A program that calls every method of every service through the facade, with typed results."""
    modules = sorted({m[k] for s in services for m in s["methods"] for k in ("input_module", "output_module")})
    lines = [f"from {m.rsplit('.', 1)[0]} import {m.rsplit('.', 1)[1]} as {alias(m)}" for m in modules]
    lines += ["from cq.client import connect", "", "", "def use_every_service() -> None:",
              '    with connect("localhost:50051", timeout=5.0, token="secret") as client:']
    for service in services:
        for method in service["methods"]:
            request_type = "Decimal" if wrong_request else method["input"]
            request_module = "types_v1_decimal_pb2" if wrong_request else alias(method["input_module"])
            call = f"client.{service['facade_attribute']}.{method['name']}({request_module}.{request_type}())"
            result_type = f"{alias(method['output_module'])}.{method['output']}"
            if method["server_streaming"]:
                lines += [f"        for {method['name'].lower()} in {call}:",
                          f"            {method['name'].lower()}_item: {result_type} = {method['name'].lower()}"]
            else:
                lines.append(f"        {method['name'].lower()}: {result_type} = {call}")
    if wrong_request:
        lines.insert(0, "from cq.types.v1 import decimal_pb2 as types_v1_decimal_pb2")
    return "\n".join(lines) + "\n"


def test_go_module_builds_and_vets() -> None:
    gen_go = REPO_ROOT / "gen" / "go"
    run(["go", "build", "./..."], cwd=gen_go, check=True)
    run(["go", "vet", "./..."], cwd=gen_go, check=True)


def test_go_consumer_builds_against_the_facade(go_consumer: Path) -> None:
    (go_consumer / "main.go").write_text(
        "package main\n\n"
        'import (\n\t"context"\n\t"time"\n\n'
        '\tassetsv1 "github.com/cq-platform/cqc/gen/go/cq/assets/v1"\n'
        '\t"github.com/cq-platform/cqc/gen/go/cqclient"\n)\n\n'
        "func main() {\n"
        '\tclient, err := cqclient.Dial("localhost:50051", cqclient.WithTimeout(5*time.Second), cqclient.WithToken("secret"))\n'
        "\tif err != nil {\n\t\tpanic(err)\n\t}\n\tdefer client.Close()\n"
        "\t_ = client.MarketData()\n\t_ = client.Portfolio()\n\t_ = client.RiskEngine()\n\t_ = client.VenueGateway()\n"
        '\t_, _ = client.AssetRegistry().GetAsset(context.Background(), &assetsv1.GetAssetRequest{AssetId: "BTC"})\n'
        "}\n"
    )
    run(["go", "mod", "tidy"], cwd=go_consumer, check=True)
    run(["go", "vet", "."], cwd=go_consumer, check=True)


def test_python_package_imports_every_module_on_upb(python_services: dict[str, Any]) -> None:
    proto_files = list((REPO_ROOT / "proto").rglob("*.proto"))
    # Each proto file gives a _pb2 module, each service file also a _pb2_grpc module, plus packages and
    # the facade and decimal helpers; a module that failed to import would have raised in the driver.
    assert python_services["modules"] > 2 * len(proto_files)
    assert python_services["backend"] == "upb"
    assert {s["service"] for s in python_services["services"]} == SERVICES


def test_python_package_is_typed(python_env: Path) -> None:
    site = run([str(python_env), "-c", "import cq, pathlib; print(pathlib.Path(cq.__file__).parent)"],
               cwd=python_env.parent, check=True).stdout.strip()
    assert (Path(site) / "py.typed").is_file()
    assert list(Path(site).rglob("*_pb2.pyi")) and list(Path(site).rglob("*_pb2_grpc.pyi"))


def test_mypy_accepts_a_file_using_every_service(python_env: Path, python_services: dict[str, Any],
                                                 tmp_path: Path) -> None:
    usage = tmp_path / "use_every_service.py"
    usage.write_text(python_usage(python_services["services"]))

    result = run([str(python_env), "-m", "mypy", "--strict", str(usage)], cwd=tmp_path)

    assert result.returncode == 0, result.stdout + result.stderr + usage.read_text()


def test_mypy_rejects_a_wrong_request_type(python_env: Path, python_services: dict[str, Any],
                                           tmp_path: Path) -> None:
    usage = tmp_path / "use_wrongly.py"
    usage.write_text(python_usage(python_services["services"], wrong_request=True))

    result = run([str(python_env), "-m", "mypy", "--strict", str(usage)], cwd=tmp_path)

    assert result.returncode == 1
    assert "[arg-type]" in result.stdout


def ts_usage(services: list[dict[str, Any]]) -> str:
    lines = ['import { createCqClient } from "@cq/contracts";', "",
             'const client = createCqClient({ baseUrl: "http://localhost:50051", token: "secret", defaultTimeoutMs: 5000 });',
             "", "export async function useEveryService(): Promise<void> {"]
    for service in services:
        attribute = "".join(w if i == 0 else w.title() for i, w in enumerate(service["facade_attribute"].split("_")))
        for method in service["methods"]:
            name = method["name"][0].lower() + method["name"][1:]
            if method["server_streaming"]:
                lines.append(f"  for await (const message of client.{attribute}.{name}({{}})) {{ void message; }}")
            else:
                lines.append(f"  void (await client.{attribute}.{name}({{}}));")
    return "\n".join([*lines, "}", ""])


def test_tsc_strict_accepts_a_file_using_every_service(ts_project: Path, python_services: dict[str, Any]) -> None:
    (ts_project / "use.ts").write_text(ts_usage(python_services["services"]))
    (ts_project / "tsconfig.json").write_text(json.dumps({
        "compilerOptions": {"strict": True, "noEmit": True, "module": "NodeNext", "moduleResolution": "NodeNext",
                            "target": "ES2022", "lib": ["ES2022", "DOM"], "types": ["node"], "skipLibCheck": False},
        "files": ["use.ts"],
    }))

    result = run(["npx", "tsc", "--strict", "--noEmit", "-p", "tsconfig.json"], cwd=ts_project)

    assert result.returncode == 0, result.stdout + result.stderr


def test_tsc_rejects_an_unknown_method(ts_project: Path) -> None:
    (ts_project / "wrong.ts").write_text(
        'import { createCqClient } from "@cq/contracts";\n'
        'const client = createCqClient({ baseUrl: "http://localhost:50051" });\n'
        "export const missing = client.assetRegistry.deleteEverything({});\n"
    )

    result = run(["npx", "tsc", "--strict", "--noEmit", "--module", "NodeNext", "--moduleResolution", "NodeNext",
                  "--target", "ES2022", "--lib", "ES2022,DOM", "--types", "node", "wrong.ts"], cwd=ts_project)

    assert result.returncode != 0
    assert "deleteEverything" in result.stdout
