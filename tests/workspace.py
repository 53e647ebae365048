"""Throwaway copies of this checkout that run their own generator code with this checkout's tools."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from tests.conftest import REPO_ROOT

# Installed by `make setup`; linked, not copied, into workspace copies.
TOOLCHAIN_DIRS = (".venv", "bin", "node_modules")
NOT_COPIED = {*TOOLCHAIN_DIRS, ".git", ".build", ".mypy_cache", ".pytest_cache", ".ruff_cache", "__pycache__"}


def copy_workspace(destination: Path, with_tools: tuple[str, ...] = TOOLCHAIN_DIRS) -> Path:
    """Copy the checkout's files into ``destination`` and link the toolchain dirs in ``with_tools``."""
    shutil.copytree(REPO_ROOT, destination, ignore=lambda _dir, names: [n for n in names if n in NOT_COPIED])
    for name in with_tools:
        (destination / name).symlink_to(REPO_ROOT / name, target_is_directory=True)
    return destination


def tree_digest(root: Path) -> dict[str, str]:
    """Relative path -> sha256 of every file under ``root``, to compare trees byte for byte."""
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def describe_difference(expected: dict[str, str], actual: dict[str, str]) -> str:
    missing = sorted(expected.keys() - actual.keys())
    extra = sorted(actual.keys() - expected.keys())
    changed = sorted(k for k in expected.keys() & actual.keys() if expected[k] != actual[k])
    return f"missing: {missing[:10]}; unexpected: {extra[:10]}; changed: {changed[:10]}"
