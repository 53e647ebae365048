"""`make lint`: the contracts are lint clean, and findings name file, line, column and rule."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import REPO_ROOT, cqc

DECIMAL = Path("proto/cq/types/v1/decimal.proto")


def copy_contracts(tmp_path: Path) -> Path:
    shutil.copytree(REPO_ROOT / "proto", tmp_path / "proto")
    shutil.copyfile(REPO_ROOT / "buf.yaml", tmp_path / "buf.yaml")
    return tmp_path


def test_contracts_are_lint_clean() -> None:
    result = cqc(REPO_ROOT, "lint")

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


def test_lint_violation_names_file_line_and_rule(tmp_path: Path) -> None:
    root = copy_contracts(tmp_path)
    path = root / DECIMAL
    edited = path.read_text().replace("  string value = 1;", "  string value = 1;\n  string rawValue = 2;")
    path.write_text(edited)
    bad_line = edited.splitlines().index("  string rawValue = 2;") + 1

    result = cqc(root, "lint")

    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert any(line.startswith(f"{DECIMAL}:{bad_line}:10: FIELD_LOWER_SNAKE_CASE: ") for line in lines), lines
    assert any(line.startswith(f"{DECIMAL}:{bad_line}:3: COMMENT_FIELD: ") for line in lines), lines


def test_syntax_error_is_reported_as_compile_finding(tmp_path: Path) -> None:
    root = copy_contracts(tmp_path)
    path = root / DECIMAL
    path.write_text(path.read_text().replace("string value = 1;", "string value = 1"))

    result = cqc(root, "lint", "--json")

    assert result.returncode == 1
    assert '"rule": "COMPILE"' in result.stdout
    assert f'"path": "{DECIMAL}"' in result.stdout
