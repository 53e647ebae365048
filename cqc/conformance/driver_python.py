"""The Python client driver needs no build: the runner's own interpreter runs it, with gen/python on its
path (the same package users install as cq-contracts)."""

from __future__ import annotations

import sys
from pathlib import Path


def build(repo_root: Path, work_dir: Path) -> list[str]:
    return [sys.executable, str(repo_root / "conformance" / "drivers" / "python" / "driver.py")]
