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
    lines = path.read_text().splitlines(keepends=True)
    message_line = lines.index("message Decimal {\n")
    lines.insert(message_line + 1, "  string rawValue = 2;\n")
    path.write_text("".join(lines))
    bad_line = message_line + 2

    result = cqc(root, "lint")

    assert result.returncode == 1
    found = result.stdout.splitlines()
    assert any(line.startswith(f"{DECIMAL}:{bad_line}:10: FIELD_LOWER_SNAKE_CASE: ") for line in found), found
    assert any(line.startswith(f"{DECIMAL}:{bad_line}:3: COMMENT_FIELD: ") for line in found), found


def test_syntax_error_is_reported_as_compile_finding(tmp_path: Path) -> None:
    root = copy_contracts(tmp_path)
    path = root / DECIMAL
    path.write_text(path.read_text() + "\n// Broken.\nmessage Broken {\n  string missing_semicolon = 1\n}\n")

    result = cqc(root, "lint", "--json")

    assert result.returncode == 1
    assert '"rule": "COMPILE"' in result.stdout
    assert f'"path": "{DECIMAL}"' in result.stdout
