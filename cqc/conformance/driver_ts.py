"""Building the TypeScript client driver (conformance/drivers/ts) in an npm project in the work directory.

The work directory gets the driver's package.json, tsconfig.json and .ts files, then gen/ts installed
as a user installs it (``npm install --install-links``: a plain directory install only symlinks it,
leaving its dependencies unresolved) together with the pinned TypeScript and Node types, and tsc
compiles the driver there.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from cqc.conformance.building import DriverBuildError, run_build_step

NPM_INSTALL = ["npm", "install", "--no-audit", "--no-fund", "--loglevel=error", "--install-links"]


def _newest_mtime(path: Path) -> float:
    """The newest modification time of a file, or of a directory and everything under it."""
    if not path.is_dir():
        return path.stat().st_mtime
    return max([path.stat().st_mtime, *(each.stat().st_mtime for each in path.rglob("*"))])


def _install_is_current(work_dir: Path, contracts: Path, source: Path) -> bool:
    """Whether the installed @cq/contracts is newer than gen/ts and the driver's package.json."""
    installed = work_dir / "node_modules" / "@cq" / "contracts"
    if not (installed.is_dir() and (work_dir / "node_modules" / ".bin" / "tsc").exists()):
        return False
    inputs = [contracts / "package.json", contracts / "dist", source / "package.json"]
    return installed.stat().st_mtime > max(_newest_mtime(each) for each in inputs)


def build(repo_root: Path, work_dir: Path) -> list[str]:
    """Build the driver; return the argv prefix that runs it (the runner appends --target HOST:PORT).

    Each step is skipped when its output is newer than its inputs: the npm install, and tsc (whose
    inputs include the install, so a new gen/ts is checked again).
    """
    source = repo_root / "conformance" / "drivers" / "ts"
    contracts = repo_root / "gen" / "ts"
    if not (contracts / "dist").is_dir():
        raise DriverBuildError(f"{contracts / 'dist'} is missing: generate gen/ts first")
    work_dir.mkdir(parents=True, exist_ok=True)
    modules = sorted(source.glob("*.ts"))
    for stale in set(work_dir.glob("*.ts")) - {work_dir / each.name for each in modules}:
        stale.unlink()
    for each in [source / "package.json", source / "tsconfig.json", *modules]:
        shutil.copy2(each, work_dir / each.name)

    installed = work_dir / "node_modules" / "@cq" / "contracts"
    if not _install_is_current(work_dir, contracts, source):
        pins = json.loads((source / "package.json").read_text())["devDependencies"]
        run_build_step([*NPM_INSTALL, str(contracts), f"typescript@{pins['typescript']}",
                        f"@types/node@{pins['@types/node']}"], cwd=work_dir)

    # copy2 kept the sources' modification times, so an unchanged driver compiles once.
    compiled = work_dir / "dist" / "driver.js"
    sources = [installed, source / "tsconfig.json", *modules]
    if not compiled.exists() or compiled.stat().st_mtime <= max(_newest_mtime(each) for each in sources):
        run_build_step([str(work_dir / "node_modules" / ".bin" / "tsc"), "-p", "tsconfig.json"], cwd=work_dir)
    return ["node", str(compiled)]
