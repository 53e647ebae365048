"""The developer examples (examples/): each is built the way examples/README.md tells a user to build
it, then run twice against a fresh `cqc serve`, and must report success with its key lines.

Twice, because an example must not assume a fresh server: the second run finds the first one's order,
fills and position already there.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

from tests import conftest
from tests.conftest import REPO_ROOT
from tests.reference.conftest import serve

EXAMPLES = REPO_ROOT / "examples"
# Generous: a hung example must fail the test with its output, not stall CI; a run takes well under a
# second (0.1 s in Go, 0.3 s in Python against a local `cqc serve`).
TIMEOUT_SECONDS = 300
RUNS = 2


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run a command to completion; a non-zero exit or a timeout fails the test with its output."""
    return conftest.run(args, cwd, check=True, timeout=TIMEOUT_SECONDS)


def assert_first_trade(command: list[str], cwd: Path) -> None:
    """Run the example RUNS times against one server; each run resolves, streams, fills and reports."""
    with serve() as served:
        for attempt in range(1, RUNS + 1):
            output = run([*command, "--target", served.address], cwd).stdout
            lines = output.splitlines()
            assert "resolved kraken XBT -> BTC (Bitcoin)" in lines, output
            assert [line.split(":")[0] for line in lines if line.startswith("price ")] == [
                f"price {n}" for n in range(1, 6)], output
            assert all(" sim cq:spot:BTC-USD bid " in line for line in lines if line.startswith("price ")), output
            assert re.search(r"^placed ord_\w+ \(first-trade-[0-9a-f-]{36}\): buy 0\.01 cq:spot:BTC-USD limit "
                             r"[0-9.]+, ", output, re.MULTILINE), output
            reports = [line.split(": ", 1)[1] for line in lines if line.startswith("report seq ")]
            assert reports[:2] == ["PENDING_NEW PENDING_NEW cum 0", "NEW NEW cum 0"], output
            assert reports[-1] == "TRADE FILLED cum 0.01", output
            assert re.search(r"^portfolio pf_acc_alice_spot: NAV [0-9.]+ USD, BTC position ", output, re.MULTILINE), output
            assert re.search(r"^risk acc_alice_spot: gross exposure [0-9.]+ USD, leverage [0-9.]+, VaR 95% [0-9.]+ USD$",
                             output, re.MULTILINE), output
            summary = re.search(r"^OK: kraken XBT is BTC; 5 prices; (ord_\w+) FILLED 0\.01 @ [0-9.]+ in \d+ reports; "
                                r"BTC position ([0-9.]+); NAV [0-9.]+ USD$", output, re.MULTILINE)
            assert summary, output
            # The account starts with 10 BTC and each run buys 0.01 more.
            assert summary.group(2) == f"10.0{attempt}", output


def test_python_example_runs_in_a_fresh_install(python_env: Path, tmp_path: Path) -> None:
    example = EXAMPLES / "python" / "first_trade.py"
    # Typed as users check it: mypy --strict against the installed cq-contracts[typing].
    run([str(python_env), "-m", "mypy", "--strict", str(example)], tmp_path)
    assert_first_trade([str(python_env), str(example)], tmp_path)


def test_go_example_builds_from_its_committed_module(tmp_path: Path) -> None:
    module = tmp_path / "cq-example"
    shutil.copytree(EXAMPLES / "go", module)
    go_mod = module / "go.mod"
    relative = "replace github.com/cq-platform/cqc/gen/go => ../../gen/go"
    assert relative in go_mod.read_text().splitlines()
    go_mod.write_text(go_mod.read_text().replace(relative, relative.replace("../../gen/go", str(REPO_ROOT / "gen" / "go"))))

    # The default -mod=readonly: the committed go.mod and go.sum must be complete as they are.
    assert run(["gofmt", "-l", "."], module).stdout == ""
    run(["go", "vet", "./..."], module)
    run(["go", "build", "-o", "cq-example", "."], module)
    assert_first_trade([str(module / "cq-example")], module)


def test_ts_example_builds_with_the_installed_package(tmp_path: Path) -> None:
    project = tmp_path / "cq-example"
    project.mkdir()
    for name in ("package.json", "tsconfig.json", "src"):
        source = EXAMPLES / "ts" / name
        (shutil.copytree if source.is_dir() else shutil.copyfile)(source, project / name)
    manifest = json.loads((project / "package.json").read_text())
    pins = json.loads((REPO_ROOT / "package.json").read_text())["devDependencies"]
    assert manifest["devDependencies"] == {name: pins[name] for name in ("@types/node", "typescript")}
    assert "dependencies" not in manifest  # @cq/contracts comes from gen/ts, installed below

    run(["npm", "install", "--no-save", "--no-audit", "--no-fund", "--loglevel=error", "--install-links",
         str(REPO_ROOT / "gen" / "ts")], project)
    run(["npx", "tsc"], project)
    assert_first_trade(["node", "dist/main.js"], project)
