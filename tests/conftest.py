"""Shared fixtures: running the cqc command, and throwaway git repositories holding the contracts."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from cqc import workspace
from generators import versions

REPO_ROOT = Path(__file__).resolve().parent.parent
CQC = [sys.executable, "-m", "cqc"]


def run(args: list[str], cwd: Path, check: bool = False,
        timeout: float | None = None) -> subprocess.CompletedProcess[str]:
    """Run a command and capture its text output; ``check`` fails the test with that output, and so
    does running longer than ``timeout`` seconds."""
    try:
        completed = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired as error:
        pytest.fail(f"{' '.join(args)} did not finish within {timeout}s:\n{error.stdout!r}\n{error.stderr!r}")
    if check and completed.returncode != 0:
        pytest.fail(f"{' '.join(args)} exited {completed.returncode}:\n{completed.stdout}\n{completed.stderr}")
    return completed


def git(repo: Path, *args: str) -> str:
    return run(["git", "-c", "user.name=cqc-test", "-c", "user.email=test@cqc.invalid", *args],
               cwd=repo, check=True).stdout


def cqc(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``cqc --root <root> <args>`` from this checkout's toolkit against another tree."""
    return run([*CQC, "--root", str(root), *args], cwd=REPO_ROOT)


def generated_go_packages() -> list[str]:
    """Import paths of the gen/go packages that hold generated messages (importing one registers them)."""
    gen_go = REPO_ROOT / "gen" / "go"
    return sorted(f"{versions.GO_MODULE}/{directory.relative_to(gen_go).as_posix()}"
                  for directory in {path.parent for path in gen_go.rglob("*.pb.go")})


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


@pytest.fixture(scope="session")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the checkout after its own `cqc generate` (python -m resolves the copy's packages),
    shared by the gen/ and docs/reference tests so that the suite generates once, not once per module.
    A test that changes the copy puts it back."""
    root = workspace.copy_workspace(REPO_ROOT, tmp_path_factory.mktemp("regen") / "repo")
    run([*CQC, "generate"], cwd=root, check=True)
    return root


@pytest.fixture(scope="session")
def python_env(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with `pip install gen/python` (from a copy, so pip's build files stay out of gen/)
    plus mypy; returns its python executable."""
    work = tmp_path_factory.mktemp("python-package")
    source = work / "cq-contracts"
    shutil.copytree(REPO_ROOT / "gen" / "python", source)
    run([sys.executable, "-m", "venv", str(work / "venv")], cwd=work, check=True)
    python = work / "venv" / "bin" / "python"
    mypy_pin = next(line for line in (REPO_ROOT / "pyproject.toml").read_text().splitlines() if '"mypy==' in line)
    run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         f"{source}[typing]", mypy_pin.strip().strip('",')], cwd=work, check=True)
    return python


@pytest.fixture(scope="session")
def ts_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A scratch npm project with gen/ts installed as a user would, plus the pinned TypeScript."""
    project = tmp_path_factory.mktemp("ts-consumer")
    (project / "package.json").write_text('{"name": "ts-consumer", "private": true, "type": "module"}\n')
    pins = json.loads((REPO_ROOT / "package.json").read_text())["devDependencies"]
    run(["npm", "install", "--no-audit", "--no-fund", "--loglevel=error", "--install-links",
         str(REPO_ROOT / "gen" / "ts"), f"typescript@{pins['typescript']}", f"@types/node@{pins['@types/node']}"],
        cwd=project, check=True)
    return project


@pytest.fixture(scope="session")
def go_consumer(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A scratch Go module that requires gen/go through a replace directive, as `go get` would."""
    module = tmp_path_factory.mktemp("go-consumer")
    (module / "go.mod").write_text(
        "module example.com/consumer\n\ngo 1.24.0\n\n"
        "require github.com/cq-platform/cqc/gen/go v0.0.0\n\n"
        f"replace github.com/cq-platform/cqc/gen/go => {REPO_ROOT / 'gen' / 'go'}\n"
    )
    return module
