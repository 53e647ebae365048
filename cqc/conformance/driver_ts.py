"""Building the TypeScript client driver (conformance/drivers/ts) in the work directory, against gen/ts
as users install it (cqc/tsbuild.py)."""

from __future__ import annotations

from pathlib import Path

from cqc import tsbuild
from cqc.conformance.building import DriverBuildError, run_build_step


def build(repo_root: Path, work_dir: Path) -> list[str]:
    """Build the driver; return the argv prefix that runs it (the runner appends --target HOST:PORT)."""
    contracts = repo_root / "gen" / "ts"
    if not (contracts / "dist").is_dir():
        raise DriverBuildError(f"{contracts / 'dist'} is missing: generate gen/ts first")
    return tsbuild.build_program(repo_root / "conformance" / "drivers" / "ts", contracts, work_dir, "driver", run_build_step)
