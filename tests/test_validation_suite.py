"""The validation suite: every fixture case through protovalidate in Python, Go and TypeScript.

Each language's runner (conformance/validation) decodes every case's JSON input with its generated
package, validates it with its protovalidate library and prints one result per case. Every result
must equal the case's expectation, except the cases conformance/validation/known_failures/<lang>.json
lists, which must still fail. Mismatches are collected and reported together, one numbered line each.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from generators.golang import GO_ENVIRONMENT
from tests.conftest import REPO_ROOT, generated_go_packages, run

SUITE = REPO_ROOT / "conformance" / "validation"
CASES = SUITE / "cases"
KNOWN_FAILURES = SUITE / "known_failures"
MIN_CASES = 150
LANGUAGES = ("python", "go", "ts")
OUTCOMES = ("valid", "invalid", "error")
CASE_KEYS = {"id", "message", "input", "expect", "outcome", "why"}
VIOLATION_KEYS = {"field", "rule", "for_key"}

Violation = tuple[str, str, bool]  # field path, rule id, for_key
Results = dict[str, dict[str, Any]]
Runner = Callable[[Path], Results]


@dataclass(frozen=True)
class Expectation:
    outcome: str
    violations: tuple[Violation, ...]  # sorted

    def render(self) -> str:
        if self.outcome != "invalid":
            return self.outcome
        return "invalid [" + ", ".join(render_violation(v) for v in self.violations) + "]"


def render_violation(violation: Violation) -> str:
    field, rule, for_key = violation
    return f"{field or '<message>'}{' (key)' if for_key else ''}: {rule}"


def violations_of(items: Any) -> tuple[Violation, ...]:
    return tuple(sorted((str(v["field"]), str(v["rule"]), bool(v.get("for_key", False))) for v in items))


# Fixtures: reading and checking the case files ----------------------------------------------------


def case_problems(path: Path, index: int, case: Any) -> list[str]:
    """What is wrong with one case of ``path`` (see conformance/validation/README.md)."""
    where = f"{path.name} case {index}"
    if not isinstance(case, dict):
        return [f"{where}: not a JSON object"]
    problems = []
    case_id = case.get("id")
    if not isinstance(case_id, str) or not case_id.startswith(f"{path.stem}/") or case_id == f"{path.stem}/":
        problems.append(f"{where}: id must be a string starting with {path.stem + '/'!r}, got {case_id!r}")
    else:
        where = case_id
    if sorted(set(case) - CASE_KEYS):
        problems.append(f"{where}: unknown keys {sorted(set(case) - CASE_KEYS)}")
    if not isinstance(case.get("message"), str) or not re.fullmatch(r"[A-Za-z_][\w.]*", case["message"]):
        problems.append(f"{where}: message must be a full message type name, got {case.get('message')!r}")
    if "input" not in case:
        problems.append(f"{where}: input is missing")
    expect = case.get("expect")
    if not isinstance(expect, list) or not all(
        isinstance(v, dict)
        and not set(v) - VIOLATION_KEYS
        and isinstance(v.get("field"), str)
        and isinstance(v.get("rule"), str)
        and v["rule"]
        and isinstance(v.get("for_key", False), bool)
        for v in expect
    ):
        problems.append(f"{where}: expect must be a list of {{field, rule[, for_key]}} objects")
    elif case.get("outcome", "error") != "error":
        problems.append(f"{where}: outcome may only be \"error\" (valid and invalid follow from expect)")
    elif case.get("outcome") == "error" and expect:
        problems.append(f"{where}: an error outcome has no violations; leave expect empty")
    if "why" in case and not isinstance(case["why"], str):
        problems.append(f"{where}: why must be a string")
    return problems


def load_cases() -> tuple[dict[str, Expectation], list[str]]:
    """Every case's expectation by id, and every problem found in the fixture files."""
    expectations: dict[str, Expectation] = {}
    problems: list[str] = []
    for path in sorted(CASES.glob("*.json")):
        try:
            cases = json.loads(path.read_text(encoding="utf-8"))["cases"]
        except (ValueError, KeyError, TypeError) as error:
            problems.append(f"{path.name}: not a fixture file ({type(error).__name__}: {error})")
            continue
        for index, case in enumerate(cases if isinstance(cases, list) else [cases]):
            found = case_problems(path, index, case)
            problems += found
            if found:
                continue
            if case["id"] in expectations:
                problems.append(f"{case['id']}: duplicate id")
            violations = violations_of(case["expect"])
            outcome = case.get("outcome") or ("invalid" if violations else "valid")
            expectations[case["id"]] = Expectation(outcome, violations)
    return expectations, problems


def load_known_failures(language: str) -> dict[str, str]:
    """Case id -> reason, from known_failures/<language>.json."""
    document = json.loads((KNOWN_FAILURES / f"{language}.json").read_text(encoding="utf-8"))
    listed: dict[str, str] = {}
    for entry in document["failures"]:
        if not isinstance(entry.get("case"), str) or not str(entry.get("reason", "")).strip():
            raise ValueError(f"known_failures/{language}.json: every entry needs a case and a reason: {entry}")
        listed[entry["case"]] = entry["reason"]
    return listed


def parse_results(stdout: str) -> Results:
    results: Results = {}
    for line in stdout.splitlines():
        if line.strip():
            result = json.loads(line)
            results.setdefault(result["case"], result)
    return results


def got_of(result: dict[str, Any]) -> tuple[Expectation, str]:
    outcome = result.get("outcome")
    violations = violations_of(result.get("violations") or [])
    return Expectation(str(outcome), violations), str(result.get("error") or "")


def compare(expectations: dict[str, Expectation], results: Results,
            known: dict[str, str]) -> tuple[list[str], list[str]]:
    """(problems, known failures that still fail), one line each."""
    problems: list[str] = []
    still_failing: list[str] = []
    for case_id, wanted in sorted(expectations.items()):
        result = results.get(case_id)
        if result is None:
            line, agrees = f"{case_id}: wanted {wanted.render()}; got no result", False
        else:
            got, error = got_of(result)
            agrees = got == wanted
            line = f"{case_id}: wanted {wanted.render()}; got {got.render()}" + (f" ({error})" if error else "")
        if case_id in known:
            if agrees:
                problems.append(f"{case_id}: listed as a known failure ({known[case_id]}) but now passes; "
                                "remove it from the list")
            else:
                still_failing.append(f"{line} [known failure: {known[case_id]}]")
        elif not agrees:
            problems.append(line)
    for case_id in sorted(set(results) - set(expectations)):
        problems.append(f"{case_id}: a result for no case: {results[case_id]}")
    for case_id in sorted(set(known) - set(expectations)):
        problems.append(f"{case_id}: listed as a known failure, but there is no such case")
    return problems, still_failing


def numbered(lines: list[str]) -> str:
    return "\n".join(f"{number}. {line}" for number, line in enumerate(lines, 1))


# Runners ---------------------------------------------------------------------------------------------


def root_pin(name: str) -> str:
    """``name==version`` as the root pyproject.toml pins it."""
    pyproject = (REPO_ROOT / "pyproject.toml").read_text()
    match = re.search(rf'"({re.escape(name)}==[^"]+)"', pyproject)
    assert match, f"{name} is not pinned in pyproject.toml"
    return match.group(1)


def runner_result(completed: subprocess.CompletedProcess[str], language: str) -> Results:
    assert completed.returncode == 0, f"the {language} runner crashed:\n{completed.stderr}"
    return parse_results(completed.stdout)


@pytest.fixture(scope="session")
def python_runner(python_env: Path, tmp_path_factory: pytest.TempPathFactory) -> Runner:
    """runner.py in the fresh venv of gen/python, with the `validate` extra at the root's pins."""
    copy = tmp_path_factory.mktemp("validation-python") / "cq-contracts"
    shutil.copytree(REPO_ROOT / "gen" / "python", copy)
    run([str(python_env), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         f"{copy}[validate]", root_pin("protovalidate"), root_pin("cel-python")], cwd=copy.parent, check=True)

    def run_suite(cases: Path) -> Results:
        return runner_result(run([str(python_env), str(SUITE / "runner.py"), str(cases)], cwd=cases), "Python")

    return run_suite


@pytest.fixture(scope="session")
def go_runner(tmp_path_factory: pytest.TempPathFactory) -> Runner:
    """runner_go built once, from a copy whose replace directive points at this checkout's gen/go."""
    work = tmp_path_factory.mktemp("validation-go")
    source = work / "runner_go"
    shutil.copytree(SUITE / "runner_go", source)
    environment = {**os.environ, **GO_ENVIRONMENT}  # go as the generator runs it: no toolchain download, no go.work

    def go(*args: str) -> None:
        completed = subprocess.run(["go", *args], cwd=source, env=environment, capture_output=True, text=True,
                                   check=False)
        assert completed.returncode == 0, f"go {' '.join(args)}:\n{completed.stdout}{completed.stderr}"

    go("mod", "edit", f"-replace=github.com/cq-platform/cqc/gen/go={REPO_ROOT / 'gen' / 'go'}")
    go("build", "-o", str(work / "runner"), ".")

    def run_suite(cases: Path) -> Results:
        return runner_result(run([str(work / "runner"), str(cases)], cwd=cases), "Go")

    return run_suite


@pytest.fixture(scope="session")
def ts_runner(ts_project: Path) -> Runner:
    """runner.mjs in the scratch npm project of gen/ts, plus @bufbuild/protovalidate at the root's pin."""
    pins = json.loads((REPO_ROOT / "package.json").read_text())["devDependencies"]
    # --install-links again, or npm would turn the installed gen/ts into a symlink.
    run(["npm", "install", "--no-audit", "--no-fund", "--loglevel=error", "--install-links",
         str(REPO_ROOT / "gen" / "ts"), f"@bufbuild/protovalidate@{pins['@bufbuild/protovalidate']}"],
        cwd=ts_project, check=True)
    shutil.copyfile(SUITE / "runner_ts" / "runner.mjs", ts_project / "validation_runner.mjs")

    def run_suite(cases: Path) -> Results:
        return runner_result(run(["node", str(ts_project / "validation_runner.mjs"), str(cases)],
                                 cwd=ts_project), "TypeScript")

    return run_suite


@pytest.fixture(scope="session")
def runners(python_runner: Runner, go_runner: Runner, ts_runner: Runner) -> dict[str, Runner]:
    return {"python": python_runner, "go": go_runner, "ts": ts_runner}


# Tests -----------------------------------------------------------------------------------------------


def test_fixture_files_are_well_formed() -> None:
    _expectations, problems = load_cases()
    known_problems = []
    for language in LANGUAGES:
        try:
            load_known_failures(language)
        except (OSError, ValueError, KeyError, TypeError) as error:
            known_problems.append(f"known_failures/{language}.json: {error}")

    assert not problems + known_problems, "\n" + numbered(problems + known_problems)


def test_suite_has_enough_cases() -> None:
    expectations, _problems = load_cases()

    assert len(expectations) >= MIN_CASES, f"{len(expectations)} cases; the suite needs at least {MIN_CASES}"


def test_go_runner_imports_every_generated_package() -> None:
    imported = set(re.findall(r'_ "([^"]+)"', (SUITE / "runner_go" / "packages.go").read_text()))

    missing = [package for package in generated_go_packages() if package not in imported]

    assert not missing, "add to conformance/validation/runner_go/packages.go: " + ", ".join(missing)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_case_gives_its_expected_result(language: str, runners: dict[str, Runner]) -> None:
    expectations, _problems = load_cases()
    known = load_known_failures(language)

    results = runners[language](CASES)

    problems, still_failing = compare(expectations, results, known)
    for line in still_failing:
        warnings.warn(f"{language}: {line}", stacklevel=1)
    assert not problems, (f"{len(problems)} of {len(expectations)} cases differ in {language}:\n"
                          + numbered(problems))


BROKEN_FIXTURES = {
    "broken-json.json": '{"cases": [',
    "broken-shape.json": '{"cases": {"id": "broken-shape/not-a-list"}}',
    "broken-cases.json": json.dumps({"cases": [
        "not an object",
        {"id": "broken-cases/no-message", "input": {}, "expect": []},
        {"id": "broken-cases/unknown-type", "message": "cq.nowhere.v1.Nothing", "input": {}, "expect": []},
        {"id": "broken-cases/input-not-object", "message": "cq.types.v1.Decimal", "input": "1.5", "expect": []},
        {"id": "broken-cases/input-array", "message": "cq.types.v1.Decimal", "input": [1], "expect": []},
        {"id": "broken-cases/no-input", "message": "cq.types.v1.Decimal", "expect": []},
        {"id": "broken-cases/wrong-type", "message": "cq.types.v1.TimeRange", "input": {"startTime": 7},
         "expect": []},
        {"id": "broken-cases/deep-nesting", "message": "cq.types.v1.Amount",
         "input": {"value": {"value": {"value": "1"}}}, "expect": []},
    ]}),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_broken_fixtures_are_errors_not_crashes(language: str, runners: dict[str, Runner],
                                                tmp_path: Path) -> None:
    for name, text in BROKEN_FIXTURES.items():
        (tmp_path / name).write_text(text)

    results = runners[language](tmp_path)

    outcomes = {case_id: result["outcome"] for case_id, result in results.items()}
    assert outcomes == {
        "": "error",  # the case that is not an object has no id
        "broken-json.json": "error",
        "broken-shape.json": "error",
        "broken-cases/no-message": "error",
        "broken-cases/unknown-type": "error",
        "broken-cases/input-not-object": "error",
        "broken-cases/input-array": "error",
        "broken-cases/no-input": "error",
        "broken-cases/wrong-type": "error",
        "broken-cases/deep-nesting": "error",
    }, json.dumps(results, indent=1)
    assert all(result["error"] for result in results.values())


def test_a_wrong_result_would_be_caught() -> None:
    expectations = {"s/a": Expectation("invalid", (("value", "string.pattern", False),)),
                    "s/b": Expectation("valid", ()), "s/c": Expectation("error", ())}
    results: Results = {
        "s/a": {"case": "s/a", "outcome": "invalid", "violations": [{"field": "value", "rule": "string.min_len"}]},
        "s/b": {"case": "s/b", "outcome": "valid", "violations": []},
        "s/c": {"case": "s/c", "outcome": "valid", "violations": []},
    }

    problems, still_failing = compare(expectations, results, {"s/b": "listed by mistake"})

    assert problems == [
        "s/a: wanted invalid [value: string.pattern]; got invalid [value: string.min_len]",
        "s/b: listed as a known failure (listed by mistake) but now passes; remove it from the list",
        "s/c: wanted error; got valid",
    ]
    assert not still_failing
