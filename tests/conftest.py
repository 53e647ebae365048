"""Shared fixtures: running the cqc command, and throwaway git repositories holding the contracts."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
CQC = [sys.executable, "-m", "cqc"]


def run(args: list[str], cwd: Path, check: bool = False) -> subprocess.CompletedProcess[str]:
    """Run a command and capture its text output; ``check`` fails the test with that output."""
    completed = subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=False)
    if check and completed.returncode != 0:
        pytest.fail(f"{' '.join(args)} exited {completed.returncode}:\n{completed.stdout}\n{completed.stderr}")
    return completed


def git(repo: Path, *args: str) -> str:
    return run(["git", "-c", "user.name=cqc-test", "-c", "user.email=test@cqc.invalid", *args],
               cwd=repo, check=True).stdout


def cqc(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``cqc --root <root> <args>`` from this checkout's toolkit against another tree."""
    return run([*CQC, "--root", str(root), *args], cwd=REPO_ROOT)


ContractRepo = Callable[[], Path]


@pytest.fixture
def contract_repo(tmp_path: Path) -> ContractRepo:
    """Factory for a git repo on branch main holding a copy of proto/ and buf.yaml, one commit deep."""

    def make() -> Path:
        repo = tmp_path / "origin"
        shutil.copytree(REPO_ROOT / "proto", repo / "proto")
        shutil.copyfile(REPO_ROOT / "buf.yaml", repo / "buf.yaml")
        (repo / ".gitignore").write_text("/.build/\n")
        git(repo, "init", "--quiet", "--initial-branch=main")
        git(repo, "add", "-A")
        git(repo, "commit", "--quiet", "-m", "base contracts")
        return repo

    return make
