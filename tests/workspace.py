"""Throwaway copies of this checkout that run their own generator code with this checkout's tools."""

from __future__ import annotations

import hashlib
from pathlib import Path

from cqc import workspace
from tests.conftest import REPO_ROOT


def copy_workspace(destination: Path, with_tools: tuple[str, ...] = workspace.TOOLCHAIN_DIRS) -> Path:
    """Copy this checkout into ``destination`` and link the toolchain dirs in ``with_tools``."""
    return workspace.copy_workspace(REPO_ROOT, destination, with_tools)


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
