"""`make generate`: reproducible output, and bad input that fails loudly without touching gen/."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from generators import fingerprint, pipeline
from tests.conftest import REPO_ROOT, run
from tests.workspace import copy_workspace, describe_difference, tree_digest

DECIMAL = Path("proto/cq/types/v1/decimal.proto")


def generate(root: Path, *options: str) -> tuple[int, str, str]:
    """Run the copy's own `cqc generate` (python -m resolves packages from the working directory)."""
    completed = run([sys.executable, "-m", "cqc", "generate", *options], cwd=root)
    return completed.returncode, completed.stdout, completed.stderr


def test_generation_leaves_no_drift(regenerated: Path) -> None:
    committed = tree_digest(REPO_ROOT / "gen")
    fresh = tree_digest(regenerated / "gen")

    assert fresh == committed, "gen/ is stale; run `make generate`: " + describe_difference(committed, fresh)


def test_second_generation_is_byte_identical(regenerated: Path) -> None:
    first = tree_digest(regenerated / "gen")

    code, out, err = generate(regenerated, "--force")

    assert code == 0, out + err
    assert "up to date" not in err  # --force really ran the plugins again
    assert tree_digest(regenerated / "gen") == first


def test_noop_regenerate_is_skipped(regenerated: Path) -> None:
    first = tree_digest(regenerated / "gen")

    code, out, err = generate(regenerated)

    assert code == 0, out + err
    assert "gen/ and docs/reference are up to date" in err
    assert tree_digest(regenerated / "gen") == first


@pytest.mark.parametrize("change", ["proto comment", "template", "stray output file", "edited output"])
def test_any_change_to_inputs_or_outputs_defeats_the_skip(regenerated: Path, change: str) -> None:
    stamp = fingerprint.Stamp(regenerated, "generate")
    current = pipeline.current_fingerprint(regenerated)
    assert current is not None and stamp.matches(current)
    target = {
        "proto comment": regenerated / DECIMAL,
        "template": regenerated / "generators/templates/python/README.md.j2",
        "stray output file": regenerated / "gen/go/stray.go",
        "edited output": regenerated / "gen/ts/README.md",
    }[change]
    original = target.read_bytes() if target.exists() else None
    try:
        target.write_bytes((original or b"") + b"\n// changed\n")
        changed = pipeline.current_fingerprint(regenerated)
        assert changed is not None and not stamp.matches(changed)
    finally:
        if original is None:
            target.unlink()
        else:
            target.write_bytes(original)


def test_syntax_error_fails_with_location_and_leaves_gen_untouched(tmp_path: Path) -> None:
    root = copy_workspace(tmp_path / "repo")
    before = tree_digest(root / "gen")
    path = root / DECIMAL
    text = path.read_text()
    path.write_text(text + "\n// Broken.\nmessage Broken {\n  string missing_semicolon = 1\n}\n")
    line = len(text.splitlines()) + 5  # buf points at the `}` that follows the missing semicolon

    code, _out, err = generate(root)

    assert code == 1
    assert f"{DECIMAL}:{line}:" in err and ": COMPILE: " in err, err
    assert "Traceback" not in err
    assert tree_digest(root / "gen") == before


def test_lint_violation_fails_with_rule_and_leaves_gen_untouched(tmp_path: Path) -> None:
    root = copy_workspace(tmp_path / "repo")
    before = tree_digest(root / "gen")
    path = root / DECIMAL
    path.write_text(path.read_text() + "\n// A badly named message.\nmessage scaled_decimal {}\n")

    code, _out, err = generate(root)

    assert code == 1
    assert f"{DECIMAL}:" in err and ": MESSAGE_PASCAL_CASE: " in err, err
    assert tree_digest(root / "gen") == before


def test_missing_plugin_is_named_with_the_fix(tmp_path: Path) -> None:
    root = copy_workspace(tmp_path / "repo", with_tools=(".venv", "node_modules"))

    code, _out, err = generate(root)

    assert code == 2
    assert "missing tool: protoc-gen-go" in err and "make setup" in err, err


def test_make_without_setup_names_the_missing_tool(tmp_path: Path) -> None:
    root = copy_workspace(tmp_path / "repo", with_tools=())

    completed = run(["make", "generate"], cwd=root)

    assert completed.returncode != 0
    assert "missing tool: cqc" in completed.stderr and "make setup" in completed.stderr, completed.stderr
