"""The decimal helpers of all three packages agree with the vectors: exact at 18 decimal places and 30
significant digits, one normal form, and the same rejections."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run

DRIVERS = Path(__file__).parent / "drivers"
VECTORS = Path(__file__).parent / "data" / "decimal_vectors.json"


def expected() -> dict[str, dict[str, Any]]:
    vectors = json.loads(VECTORS.read_text())
    results: dict[str, dict[str, Any]] = {text: {"ok": True, "value": v} for text, v in vectors["valid"].items()}
    results.update({text: {"ok": False} for text in vectors["invalid"]})
    return results


def mismatches(actual: dict[str, dict[str, Any]]) -> list[str]:
    """Numbered "<input>: wanted X; got Y" lines, collected rather than fail-fast."""
    lines = [f"{text!r}: wanted {want}; got {actual.get(text)}" for text, want in expected().items()
             if actual.get(text) != want]
    return [f"{n}. {line}" for n, line in enumerate(lines, 1)]


def test_vectors_meet_the_exactness_bar() -> None:
    valid = json.loads(VECTORS.read_text())["valid"]
    assert "123456789012.123456789012345678" in valid  # 30 significant digits, 18 decimal places


def test_python_helpers_round_trip_exactly(python_env: Path) -> None:
    completed = run([str(python_env), str(DRIVERS / "decimal_roundtrip.py"), str(VECTORS)],
                    cwd=python_env.parent, check=True)
    assert not mismatches(json.loads(completed.stdout)), "\n".join(mismatches(json.loads(completed.stdout)))


def test_go_helpers_round_trip_exactly(go_consumer: Path) -> None:
    driver_dir = go_consumer / "cmd" / "decimalroundtrip"
    driver_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(DRIVERS / "decimal_roundtrip.go", driver_dir / "main.go")
    run(["go", "mod", "tidy"], cwd=go_consumer, check=True)
    completed = run(["go", "run", "./cmd/decimalroundtrip", str(VECTORS)], cwd=go_consumer, check=True)
    assert not mismatches(json.loads(completed.stdout)), "\n".join(mismatches(json.loads(completed.stdout)))


def test_typescript_helpers_round_trip_exactly(ts_project: Path) -> None:
    shutil.copyfile(DRIVERS / "decimal_roundtrip.mjs", ts_project / "decimal_roundtrip.mjs")
    completed = run(["node", "decimal_roundtrip.mjs", str(VECTORS)], cwd=ts_project, check=True)
    assert not mismatches(json.loads(completed.stdout)), "\n".join(mismatches(json.loads(completed.stdout)))


@pytest.mark.parametrize("language", ["python", "go", "typescript"])
def test_a_wrong_helper_would_be_caught(language: str) -> None:
    # The comparison itself must fail on a lossy result, e.g. a float round trip.
    lossy = {text: {"ok": True, "value": str(float(text))} if want["ok"] else want
             for text, want in expected().items()}
    assert mismatches(lossy), language
