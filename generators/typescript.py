"""Compile the staged TypeScript package's client facade: src/ -> dist/ (ESM .js and .d.ts), with the pinned
tsc, against the modules protoc-gen-es already wrote to dist/."""

from __future__ import annotations

from pathlib import Path

from generators.commands import run
from generators.toolchain import REPO_ROOT, TSC

# The pinned toolchain's node_modules holds every package the generated code imports (see the root
# package.json), so tsc resolves them through a temporary link instead of an npm install.
TOOLCHAIN_NODE_MODULES = REPO_ROOT / "node_modules"


def build(package_dir: Path) -> None:
    link = package_dir / "node_modules"
    link.symlink_to(TOOLCHAIN_NODE_MODULES.resolve(), target_is_directory=True)
    try:
        run("tsc", [str(TSC.path()), "--project", "tsconfig.json"], cwd=package_dir)
    finally:
        link.unlink()
