"""Throwaway copies of a checkout, as a fresh clone has it, with the toolchain `make setup` installed
linked rather than copied: tests and benchmarks run generation in them without touching the checkout."""

from __future__ import annotations

import shutil
from pathlib import Path

# Installed by `make setup`; linked, not copied, into workspace copies.
TOOLCHAIN_DIRS = (".venv", "bin", "node_modules")
NOT_COPIED = {*TOOLCHAIN_DIRS, ".git", ".build", ".mypy_cache", ".pytest_cache", ".ruff_cache", "__pycache__"}


def copy_workspace(root: Path, destination: Path, with_tools: tuple[str, ...] = TOOLCHAIN_DIRS) -> Path:
    """Copy ``root``'s files into ``destination`` and link the toolchain dirs in ``with_tools`` it has."""
    shutil.copytree(root, destination, ignore=lambda _dir, names: [n for n in names if n in NOT_COPIED])
    for name in with_tools:
        if (root / name).exists():
            (destination / name).symlink_to((root / name).resolve(), target_is_directory=True)
    return destination
