"""The benchmark suite's harness (cqc/bench): its math, its report and its plumbing on fixed inputs,
plus one short smoke run. Nothing here times anything or asserts a target: figures are for the report."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cqc import serving
from cqc.bench import generation, machine, report, unary
from cqc.bench.model import Figure, Target, derived_ratio, median, overhead_percent, ratio, to_json
from cqc.bench.serialisation import order_book
from generators import buf, protodeps
from tests.conftest import REPO_ROOT


def test_median_of_odd_and_even_counts_and_of_nothing() -> None:
    assert median([3.0, 1.0, 2.0]) == 2.0
    assert median([4.0, 1.0, 3.0, 2.0]) == 2.5
    assert median([]) is None


def test_ratio_is_missing_without_both_values_or_with_a_zero_anchor() -> None:
    assert ratio(3.0, 2.0) == 1.5
    assert ratio(None, 2.0) is None
    assert ratio(3.0, None) is None
    assert ratio(3.0, 0.0) is None


def test_targets_judge_the_median_and_cannot_judge_nothing() -> None:
    assert Target(">=", 4000).met(4000.0) is True
    assert Target(">=", 4000).met(3999.0) is False
    assert Target("<=", 10).met(9.5) is True
    assert Target("<=", 10).met(10.5) is False
    assert Target("<=", 10).met(None) is None


def test_derived_figures_take_the_ratio_of_medians_and_keep_the_paired_runs() -> None:
    ours = Figure("a", "f", "a", "rps", runs=[100.0, 300.0, 200.0])
    bare = Figure("b", "f", "b", "rps", runs=[400.0, 400.0, 500.0])
    versus = derived_ratio("a_vs_b", "f", "a / b", ours, bare, target=Target(">=", 0.7))
    assert versus.median == 0.5
    assert versus.runs == [0.25, 0.75, 0.4]
    assert versus.unit == "x"
    slower = overhead_percent("over", "f", "over", Figure("m", "f", "m", "us", runs=[110.0]),
                              Figure("r", "f", "r", "us", runs=[100.0]))
    assert slower.median == pytest.approx(10.0)


def test_results_resolve_each_anchor_ratio_and_target() -> None:
    figures = [
        Figure("bare", "unary", "bare", "rps", runs=[1000.0, 1200.0, 1100.0]),
        Figure("ours", "unary", "ours", "rps", runs=[500.0, 600.0, 550.0], anchor_id="bare",
               target=Target(">=", 4000), notes=["slow"]),
        Figure("empty", "unary", "never ran", "ms", target=Target("<=", 10)),
    ]
    rows = {row["id"]: row for row in to_json(figures)}
    assert rows["bare"]["median"] == 1100.0
    assert rows["bare"]["ratio"] is None and rows["bare"]["target"] is None
    assert rows["ours"]["median"] == 550.0
    assert rows["ours"]["ratio"] == 0.5
    assert rows["ours"]["target"] == {"op": ">=", "value": 4000, "met": False}
    assert rows["ours"]["notes"] == ["slow"]
    assert rows["empty"]["median"] is None and rows["empty"]["target"]["met"] is None
    assert set(rows["ours"]) >= {"id", "family", "name", "unit", "median", "runs", "anchor_id", "ratio", "target"}


def test_the_markdown_table_has_the_columns_and_one_row_per_figure() -> None:
    figures = to_json([
        Figure("bare", "unary", "bare", "rps", runs=[1100.0]),
        Figure("ours", "unary", "ours", "rps", runs=[550.0], anchor_id="bare", target=Target(">=", 4000)),
        Figure("p99", "unary", "p99", "ms", runs=[0.0042], target=Target("<=", 10)),
    ])
    results = {"started": "2026-01-01T00:00:00+00:00", "smoke": False, "repetitions": 3, "figures": figures,
               "machine": {"cores": 2, "cpu_model": "Test CPU", "python": "3.11", "go": "go1.26", "node": "v20",
                           "os": "Linux"}, "errors": []}
    text = report.markdown(results)
    lines = text.splitlines()
    header = lines.index("| figure | median | unit | anchor | ratio | target | met |")
    assert lines[header + 1] == "|---|---|---|---|---|---|---|"
    assert lines[header + 2] == "| `bare` | 1,100 | rps |  |  |  |  |"
    assert lines[header + 3] == "| `ours` | 550 | rps | `bare` | 0.5x | >= 4,000 rps | **no** |"
    assert lines[header + 4] == "| `p99` | 0.0042 | ms |  |  | <= 10.0 ms | yes |"
    assert "2 cores, Test CPU" in text
    assert "Targets: 1 of 2 met; not met: ours" in text


def test_numbers_keep_about_three_significant_digits() -> None:
    assert [report.number(v) for v in (None, 0.0, 0.01234, 1.234, 12.34, 123.4, 12345.6)] == \
        ["-", "0", "0.0123", "1.23", "12.3", "123", "12,346"]


def test_a_server_announces_its_address_in_a_json_log_line(tmp_path: Path) -> None:
    log = tmp_path / "server.log"
    log.write_text('starting\n{"message": "loading"}\n{"level": "info", "message": "serving", '
                   '"address": "127.0.0.1:4242"}\n')
    assert serving.announced_address(log) == "127.0.0.1:4242"
    assert serving.announced_address(tmp_path / "missing.log") is None


def test_a_ghz_report_gives_ok_calls_per_second_percentiles_in_ms_and_real_failures() -> None:
    cut_off = "rpc error: code = Unavailable desc = error reading from server: use of closed network connection"
    ghz_report = {"rps": 1234.5, "total": 10_000_000_000,
                  "statusCodeDistribution": {"OK": 12000, "Unavailable": 19},
                  "errorDistribution": {cut_off: 16, "rpc error: code = Unavailable desc = refused": 3},
                  "latencyDistribution": [{"percentage": 50, "latency": 1_500_000},
                                          {"percentage": 99, "latency": 9_000_000}]}
    assert unary.summary(ghz_report) == (1200.0, 1.5, 9.0, {"rpc error: code = Unavailable desc = refused": 3})
    assert unary.summary({"rps": 10.0})[0] == 10.0


def test_the_protoset_for_ghz_holds_the_services_and_their_imports(tmp_path: Path) -> None:
    from google.protobuf import descriptor_pb2

    from cq.assets.v1 import service_pb2 as assets

    path = unary.protoset([assets.DESCRIPTOR], tmp_path / "cq.protoset")
    names = [f.name for f in descriptor_pb2.FileDescriptorSet.FromString(path.read_bytes()).file]
    assert names[-1] == "cq/assets/v1/service.proto"
    assert "buf/validate/validate.proto" in names
    assert names.index("cq/assets/v1/resources.proto") < names.index("cq/assets/v1/service.proto")


def test_the_cpu_model_comes_from_cpuinfo(tmp_path: Path) -> None:
    cpuinfo = tmp_path / "cpuinfo"
    cpuinfo.write_text("processor\t: 0\nmodel name\t: Example CPU @ 3.0GHz\n")
    assert machine.cpu_model(cpuinfo) == "Example CPU @ 3.0GHz"


def test_the_order_book_fixture_has_fifty_levels_a_side() -> None:
    book = order_book()
    assert len(book.bids) == len(book.asks) == 50
    assert book.bids[0].price.value == "64250.1" and book.asks[0].price.value == "64250.2"
    assert book.instrument_id and book.HasField("event_time")


def test_the_scaled_proto_tree_renames_every_copy_and_still_builds(tmp_path: Path) -> None:
    shutil.copytree(REPO_ROOT / "proto", tmp_path / "proto")
    shutil.copyfile(REPO_ROOT / "buf.yaml", tmp_path / "buf.yaml")
    written = generation.scale_protos(tmp_path / "proto", 3)
    originals = sorted((REPO_ROOT / "proto").rglob("*.proto"))
    assert len(written) == 2 * len(originals)
    service = (tmp_path / "proto" / "cq" / "venues3" / "v1" / "service.proto").read_text()
    assert "package cq.venues3.v1;" in service
    assert 'import "cq/types3/v1/decimal.proto";' in service
    assert "cq.types.v1." not in service and '"cq/types/v1/' not in service
    protodeps.materialise(tmp_path / ".build" / "protodeps")
    result = buf.build_image(tmp_path / "image.binpb", cwd=tmp_path)
    assert result.ok, [f.render() for f in result.findings]


def test_smoke_run_of_one_family_writes_results(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    completed = subprocess.run(
        [sys.executable, "-m", "cqc.bench", "--smoke", "--only", "client", "--duration", "0.4", "--out", str(out)],
        cwd=REPO_ROOT, capture_output=True, text=True, check=False, timeout=240)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    results = json.loads(out.read_text())
    assert results["smoke"] is True and results["errors"] == []
    assert set(results["machine"]) >= {"cores", "cpu_model", "python", "go", "node", "os"}
    ids = [row["id"] for row in results["figures"]]
    assert ids == ["client.python.raw_stub", "client.python.connect", "client.python.connect_overhead"]
    assert all(row["median"] is not None for row in results["figures"])
    assert "| `client.python.connect` |" in completed.stdout
