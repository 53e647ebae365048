"""`make breaking` rejects changes that break generated code or the wire, and accepts additions."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import ContractRepo, cqc, git, run

AMOUNT = Path("proto/cq/types/v1/amount.proto")
# The whole declaration of Amount.asset_id, validation options included.
ASSET_ID_DECLARATION = re.compile(r"^  string asset_id = 2( \[.*?\])?;\n", re.MULTILINE | re.DOTALL)
ADDED_FIELD = '  // Optional. Free text shown next to the amount. Example: "fee rebate".\n  string note = 3;\n'


def replace_asset_id(repo: Path, replacement: str) -> None:
    """Replace Amount.asset_id's declaration; ``{declaration}`` in ``replacement`` keeps the original."""
    path = repo / AMOUNT
    text = path.read_text()
    match = ASSET_ID_DECLARATION.search(text)
    assert match, f"fixture drifted: no asset_id = 2 declaration in {AMOUNT}"
    new = replacement.replace("{declaration}", match.group(0))
    path.write_text(text[: match.start()] + new + text[match.end() :])


def commit_on_branch(repo: Path, branch: str, replacement: str) -> None:
    git(repo, "checkout", "--quiet", "-b", branch)
    replace_asset_id(repo, replacement)
    git(repo, "commit", "--quiet", "-am", f"change: {branch}")


def rules(output: str) -> set[str]:
    """The rule ids in `file:line:col: RULE: message` lines."""
    return {line.split(": ")[1] for line in output.splitlines() if line.startswith("proto/")}


@pytest.mark.parametrize(
    ("change", "new_field", "expected_rule"),
    [
        ("renumbered field", "  string asset_id = 3;\n", "FIELD_NO_DELETE"),
        ("removed field without reservation", "", "FIELD_NO_DELETE"),
        ("changed field type", "  int64 asset_id = 2;\n", "FIELD_SAME_TYPE"),
    ],
)
def test_gate_rejects_breaking_change(
    contract_repo: ContractRepo, change: str, new_field: str, expected_rule: str
) -> None:
    repo = contract_repo()
    commit_on_branch(repo, "change", new_field)

    result = cqc(repo, "breaking")

    assert result.returncode == 1, f"{change} was accepted:\n{result.stdout}{result.stderr}"
    assert expected_rule in rules(result.stdout), result.stdout
    # Every finding names the file and line it is about.
    assert all(line.startswith(f"{AMOUNT}:") for line in result.stdout.splitlines()), result.stdout


def test_gate_accepts_added_field(contract_repo: ContractRepo) -> None:
    repo = contract_repo()
    commit_on_branch(repo, "change", "{declaration}" + ADDED_FIELD)

    result = cqc(repo, "breaking")

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no breaking changes against merge base with main" in result.stderr


def test_gate_checks_uncommitted_edits(contract_repo: ContractRepo) -> None:
    repo = contract_repo()
    git(repo, "checkout", "--quiet", "-b", "change")
    replace_asset_id(repo, "  int64 asset_id = 2;\n")

    result = cqc(repo, "breaking", "--json")

    assert result.returncode == 1
    assert '"rule": "FIELD_SAME_TYPE"' in result.stdout


def test_gate_works_in_fresh_shallow_clone_of_a_branch(contract_repo: ContractRepo, tmp_path: Path) -> None:
    origin = contract_repo()
    commit_on_branch(origin, "change", "  int64 asset_id = 2;\n")
    clone = tmp_path / "clone"
    run(["git", "clone", "--quiet", "--depth=1", "--branch=change", f"file://{origin}", str(clone)],
        cwd=tmp_path, check=True)
    assert run(["git", "rev-parse", "--verify", "--quiet", "origin/main"], cwd=clone).returncode != 0

    result = cqc(clone, "breaking")

    assert result.returncode == 1, result.stdout + result.stderr
    assert "FIELD_SAME_TYPE" in rules(result.stdout)


def test_gate_on_main_compares_with_previous_commit_in_shallow_clone(
    contract_repo: ContractRepo, tmp_path: Path
) -> None:
    origin = contract_repo()
    replace_asset_id(origin, "")
    git(origin, "commit", "--quiet", "-am", "remove asset_id straight on main")
    clone = tmp_path / "clone"
    run(["git", "clone", "--quiet", "--depth=1", f"file://{origin}", str(clone)], cwd=tmp_path, check=True)

    result = cqc(clone, "breaking")

    assert result.returncode == 1, result.stdout + result.stderr
    assert "FIELD_NO_DELETE" in rules(result.stdout)
    assert "main^ (HEAD is main)" in result.stderr


def test_gate_reports_missing_base_branch(contract_repo: ContractRepo) -> None:
    repo = contract_repo()

    result = cqc(repo, "breaking", "--base", "release")

    assert result.returncode == 1
    assert "base branch 'release' is neither a local branch nor on origin" in result.stderr
