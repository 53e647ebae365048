"""Format the files ``cqc generate`` rendered with each language's own formatter.

Only rendered files are formatted: plugin output is already in its generator's canonical form, and
reformatting it would make gen/ depend on two tools instead of one. Every formatter runs with fixed
settings and ignores configuration files, so the result is the same wherever it runs.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from generators.commands import run
from generators.toolchain import GOFMT, PRETTIER, RUFF

PYTHON_LINE_LENGTH = 100


def format_python(files: Sequence[Path], cwd: Path) -> None:
    python = [str(path) for path in files if path.suffix == ".py"]
    if python:
        run(
            "format python",
            [
                str(RUFF.path()),
                "format",
                "--isolated",
                "--quiet",
                f"--line-length={PYTHON_LINE_LENGTH}",
                "--target-version=py311",
                *python,
            ],
            cwd=cwd,
        )


def format_go(files: Sequence[Path], cwd: Path) -> None:
    go = [str(path) for path in files if path.suffix == ".go"]
    if go:
        run("format go", [str(GOFMT.path()), "-w", *go], cwd=cwd)


def format_typescript(files: Sequence[Path], cwd: Path) -> None:
    typescript = [str(path) for path in files if path.suffix == ".ts"]
    if typescript:
        run(
            "format typescript",
            [
                str(PRETTIER.path()),
                "--write",
                "--no-config",
                "--no-editorconfig",
                "--log-level=warn",
                "--print-width=100",
                *typescript,
            ],
            cwd=cwd,
        )
