"""Building a small TypeScript program (a conformance driver, a benchmark) against gen/ts as a user
installs it: an npm project in a scratch directory gets the program's package.json, tsconfig.json and
.ts files, then ``npm install --install-links gen/ts`` (a plain directory install only symlinks it,
leaving its dependencies unresolved) with the pinned TypeScript and Node types, then tsc.

Each step is skipped when its output is newer than its inputs: the npm install, and tsc (whose inputs
include the install, so a new gen/ts is compiled against again).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

NPM_INSTALL = ["npm", "install", "--no-audit", "--no-fund", "--loglevel=error", "--install-links"]

# Runs one build command in a directory, raising the caller's own error when it fails.
RunStep = Callable[[Sequence[str], Path], Any]


def newest_mtime(path: Path) -> float:
    """The newest modification time of a file, or of a directory and everything under it."""
    if not path.is_dir():
        return path.stat().st_mtime
    return max([path.stat().st_mtime, *(each.stat().st_mtime for each in path.rglob("*"))])


def build_program(source: Path, contracts: Path, work_dir: Path, entry: str, run_step: RunStep) -> list[str]:
    """Build ``source``'s program in ``work_dir``; the argv that runs its compiled ``entry`` (e.g. "driver")."""
    work_dir.mkdir(parents=True, exist_ok=True)
    modules = sorted(source.glob("*.ts"))
    for stale in set(work_dir.glob("*.ts")) - {work_dir / each.name for each in modules}:
        stale.unlink()
    for each in [source / "package.json", source / "tsconfig.json", *modules]:
        shutil.copy2(each, work_dir / each.name)  # keeps modification times: unchanged sources compile once

    installed = work_dir / "node_modules" / "@cq" / "contracts"
    inputs = [contracts / "package.json", contracts / "dist", source / "package.json"]
    current = installed.is_dir() and (work_dir / "node_modules" / ".bin" / "tsc").exists() and \
        installed.stat().st_mtime > max(newest_mtime(each) for each in inputs)
    if not current:
        pins = json.loads((source / "package.json").read_text())["devDependencies"]
        run_step([*NPM_INSTALL, str(contracts), f"typescript@{pins['typescript']}",
                  f"@types/node@{pins['@types/node']}"], work_dir)
        installed.touch()

    compiled = work_dir / "dist" / f"{entry}.js"
    sources = [installed, source / "tsconfig.json", *modules]
    if not compiled.exists() or compiled.stat().st_mtime <= max(newest_mtime(each) for each in sources):
        run_step([str(work_dir / "node_modules" / ".bin" / "tsc"), "-p", "tsconfig.json"], work_dir)
    return ["node", str(compiled)]
