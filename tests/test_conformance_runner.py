"""The conformance runner's own behaviour: case files checked with file and line, structural comparison,
known failures that cannot go stale, harness errors kept apart from server failures, the report."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from xml.etree import ElementTree

import pytest
from google.protobuf import json_format
from google.rpc import code_pb2, error_details_pb2  # type: ignore[import-untyped]

from cq.assets.v1 import service_pb2 as assets_api
from cq.conformance.v1 import driver_pb2
from cq.markets.v1 import service_pb2 as markets_api
from cqc.conformance import compare, drivers, loading
from tests.conftest import REPO_ROOT, cqc

GET_ASSET = """\
      - service: cq.assets.v1.AssetRegistryService
        method: GetAsset
        principal: alice
"""


def case(name: str, description: str, *steps: str) -> str:
    """A case as YAML, each step given as the lines after its service, method and principal."""
    body = "".join(GET_ASSET + textwrap.indent(textwrap.dedent(step), " " * 8) for step in steps)
    return f"- name: {name}\n  description: {description}\n  steps:\n{body}"


def write_cases(directory: Path, body: str, name: str = "cases.yaml") -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    file = directory / name
    file.write_text("cases:\n" + textwrap.indent(textwrap.dedent(body), "  "))
    return file


def problems(directory: Path) -> list[str]:
    with pytest.raises(loading.CaseFileError) as raised:
        loading.load_cases(sorted(directory.glob("*.yaml")), directory)
    return raised.value.problems


def one_step(tmp_path: Path, step: str) -> loading.Step:
    write_cases(tmp_path, "- name: assets/x/y\n  description: d\n  steps:\n" + step)
    return loading.load_cases([tmp_path / "cases.yaml"], tmp_path)[0].steps[0]


# Loading ------------------------------------------------------------------------------------------------


def test_a_yaml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "broken.yaml").write_text("cases:\n  - name: a/b\n    description: [unclosed\n")

    found = problems(tmp_path)

    assert len(found) == 1 and found[0].startswith("broken.yaml:"), found
    assert "invalid YAML" in found[0]


def test_every_contract_problem_is_reported_with_its_line(tmp_path: Path) -> None:
    write_cases(tmp_path, case("assets/GetAsset/typo", "a request field that does not exist",
                               "request: {assetIdd: BTC}\nexpect: {}\n") + textwrap.dedent("""\
        - name: assets/GetAssets/unknown-method
          description: a method the service lacks, and a capture of nothing
          steps:
              - service: cq.assets.v1.AssetRegistryService
                method: GetAssets
                request: {assetId: "${nothing.assetId}"}
                expect: {}
        - name: markets/StreamPrices/endless
          description: a stream with neither cancel_after nor a deadline
          steps:
              - service: cq.markets.v1.MarketDataService
                method: StreamPrices
                expect: {}
        - name: Bad Name
          description: breaks the schema's own rules
          steps: []
        """))

    found = problems(tmp_path)

    assert any(p.startswith("cases.yaml:8:") and 'no field named "assetIdd"' in p for p in found), found
    assert "cases.yaml:13: cq.assets.v1.AssetRegistryService has no method GetAssets" in found
    assert any(p.startswith("cases.yaml:13:") and "'nothing'" in p for p in found), found
    assert any(p.startswith("cases.yaml:20:") and "would never end" in p for p in found), found
    assert any(p.startswith("cases.yaml:23:") and "cases[3].name" in p and "string.pattern" in p for p in found)
    assert any(p.startswith("cases.yaml:25:") and "repeated.min_items" in p for p in found), found


def test_duplicate_names_across_files_are_rejected(tmp_path: Path) -> None:
    twice = case("assets/GetAsset/twice", "d", "expect: {}\n")
    write_cases(tmp_path, twice, "a.yaml")
    write_cases(tmp_path, twice, "b.yaml")

    assert any("already used at a.yaml:2" in p for p in problems(tmp_path))


# Comparison ---------------------------------------------------------------------------------------------


def succeeded(*responses: bytes) -> driver_pb2.CallResult:
    return driver_pb2.CallResult(call_id=1, responses=list(responses), succeeded=driver_pb2.CallSucceeded())


def btc() -> bytes:
    response = assets_api.GetAssetResponse()
    json_format.ParseDict({"asset": {"assetId": "BTC", "symbol": "BTC", "name": "Bitcoin", "decimals": 8}},
                          response)
    return response.SerializeToString()


def test_responses_are_compared_on_the_fields_the_expectation_sets(tmp_path: Path) -> None:
    step = one_step(tmp_path, GET_ASSET + "        expect: {}\n")

    passing = compare.check(step, [{"asset": {"assetId": "BTC", "name": "Bitcoin"}}], succeeded(btc()))
    failing = compare.check(step, [{"asset": {"assetId": "BTC", "name": "Ether"}}], succeeded(btc()))

    assert passing.mismatches == []
    assert failing.mismatches == ['responses[0].asset.name: wanted "Ether"; got "Bitcoin"']


def test_a_wrong_status_code_is_one_mismatch_naming_both_codes(tmp_path: Path) -> None:
    step = one_step(tmp_path, GET_ASSET + "        expect: {code: NOT_FOUND}\n")

    outcome = compare.check(step, [], succeeded(btc()))

    assert outcome.mismatches == ["status: wanted NOT_FOUND; got OK"]


def test_violations_compare_as_a_set_of_field_path_and_rule_id(tmp_path: Path) -> None:
    step = one_step(tmp_path, GET_ASSET + textwrap.indent(textwrap.dedent("""\
        expect:
          code: INVALID_ARGUMENT
          violations: [{fieldPath: asset_id, ruleId: required}]
        """), "        "))
    detail = error_details_pb2.BadRequest(field_violations=[
        error_details_pb2.BadRequest.FieldViolation(field="asset_id", reason="string.pattern")])
    result = driver_pb2.CallResult(call_id=1, failed=driver_pb2.CallFailed(
        code=code_pb2.INVALID_ARGUMENT, details=[driver_pb2.ErrorDetail(
            type_url=compare.BAD_REQUEST, value=detail.SerializeToString())]))

    outcome = compare.check(step, [], result)

    assert outcome.mismatches == [
        "violation: wanted asset_id required; got none such (got [('asset_id', 'string.pattern')])",
        "violation: wanted none more; got asset_id string.pattern",
    ]


def test_stream_sequences_must_run_without_gaps_when_consecutive(tmp_path: Path) -> None:
    step = one_step(tmp_path, textwrap.indent(textwrap.dedent("""\
        - service: cq.markets.v1.MarketDataService
          method: StreamOrderBook
          cancelAfter: 3
          expect:
            code: CANCELLED
            sequences: [{paths: [snapshot.sequenceNumber, delta.sequenceNumber], consecutive: true, first: 7,
                         previousPath: delta.previousSequenceNumber}]
        """), "      "))
    books = [{"snapshot": {"sequenceNumber": "7"}},
             {"delta": {"sequenceNumber": "8", "previousSequenceNumber": "7"}},
             {"delta": {"sequenceNumber": "10", "previousSequenceNumber": "9"}}]
    result = driver_pb2.CallResult(call_id=1, failed=driver_pb2.CallFailed(code=code_pb2.CANCELLED), responses=[
        json_format.ParseDict(b, markets_api.StreamOrderBookResponse()).SerializeToString() for b in books])

    outcome = compare.check(step, [], result)

    assert outcome.mismatches == ["responses[2] sequence: wanted 9; got 10",
                                  "responses[2].delta.previousSequenceNumber: wanted 8; got 9"]


# Drivers ------------------------------------------------------------------------------------------------


def test_a_driver_that_dies_gives_a_harness_error_not_a_failure(tmp_path: Path) -> None:
    driver = drivers.DriverProcess([sys.executable, "-c", "import sys; sys.exit(3)"], "127.0.0.1:1",
                                   tmp_path / "driver.log")

    result = driver.call(driver_pb2.CallRequest(call_id=5, service="s", method="m", timeout_ms=100))
    driver.close()

    assert result.call_id == 5 and "driver exited with status 3" in result.harness_error


# The command, end to end against the reference services with the Python driver ---------------------------


def run_conformance(*args: str) -> subprocess.CompletedProcess[str]:
    return cqc(REPO_ROOT, "conformance", "--language", "python", *args)


def test_matrix_junit_known_failures_and_the_closing_line(tmp_path: Path) -> None:
    cases = tmp_path / "cases"
    write_cases(cases, "".join([
        case("assets/GetAsset/btc", "passes",
             "request: {assetId: BTC}\nexpect: {responses: [{asset: {assetId: BTC, symbol: BTC}}]}\n"),
        case("assets/GetAsset/wrong", "expects the wrong symbol, so it fails",
             "request: {assetId: BTC}\nexpect: {responses: [{asset: {symbol: XBT}}]}\n"),
        case("assets/GetAsset/listed", "passes although listed as a known failure",
             "request: {assetId: ETH}\nexpect: {}\n"),
        case("assets/GetAsset/skipped", "left out by --skip", "expect: {}\n"),
    ]))
    known = tmp_path / "known"
    known.mkdir()
    (known / "python.yaml").write_text("- case: assets/GetAsset/listed\n  reason: stale entry\n")
    junit = tmp_path / "junit.xml"

    completed = run_conformance("--cases", str(cases), "--known-failures", str(known), "--junit", str(junit),
                                "--skip", "*/skipped")

    assert completed.returncode == 1, completed.stderr
    lines = completed.stdout.splitlines()
    assert "assets/GetAsset/btc     pass  " in lines
    assert "assets/GetAsset/wrong   FAIL  " in lines
    assert "assets/GetAsset/listed  XPASS " in lines
    assert not any("skipped" in line for line in lines)
    assert '     step 1 (GetAsset): responses[0].asset.symbol: wanted "XBT"; got "BTC"' in lines
    assert lines[-1].startswith("1 passed, 2 failed in ")
    suite = ElementTree.parse(junit).getroot().find("testsuite")
    assert suite is not None and (suite.get("tests"), suite.get("failures")) == ("3", "2")


def test_a_bad_case_file_stops_the_run_before_any_call(tmp_path: Path) -> None:
    write_cases(tmp_path, case("assets/x/y", "d", "expect: {code: NOPE}\n"))

    completed = run_conformance("--cases", str(tmp_path))

    assert completed.returncode == 1
    assert completed.stderr.splitlines()[-1] == "error: 1 problem(s) in the case files; nothing ran"
    assert completed.stdout == ""
