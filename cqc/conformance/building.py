"""Building a client driver (cqc/conformance/driver_<language>.py): the commands it takes, and the error
that names the failing one."""

from __future__ import annotations

import importlib
import subprocess
from collections.abc import Mapping, Sequence
from pathlib import Path

LANGUAGES = ("python", "go", "ts")


class DriverBuildError(Exception):
    """A driver could not be built; the message names the command and carries its output."""


def run_build_step(argv: Sequence[str], cwd: Path, env: Mapping[str, str] | None = None) -> None:
    """Run one build command; raise DriverBuildError with its output when it fails or is missing."""
    try:
        completed = subprocess.run(list(argv), cwd=cwd, env=None if env is None else dict(env),
                                   capture_output=True, text=True, check=False)
    except OSError as error:
        raise DriverBuildError(f"{argv[0]}: {error}") from error
    if completed.returncode != 0:
        output = (completed.stdout + completed.stderr).strip()
        raise DriverBuildError(f"`{' '.join(argv)}` in {cwd} failed (exit {completed.returncode}):\n{output}")


def build(language: str, repo_root: Path, work_root: Path) -> list[str]:
    """Build ``language``'s driver; the argv prefix that runs it (``--target`` comes after)."""
    if language not in LANGUAGES:
        raise DriverBuildError(f"no driver for {language!r}; choose from {', '.join(LANGUAGES)}")
    module = importlib.import_module(f"cqc.conformance.driver_{language}")
    work_dir = work_root / f"driver-{language}"
    work_dir.mkdir(parents=True, exist_ok=True)
    argv: list[str] = module.build(repo_root, work_dir)
    return argv
