"""Run the external tools of the pipeline with one environment and one kind of error."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from generators.toolchain import REPO_ROOT

# Where `make setup` installs tools, in the order buf.gen.yaml's bare plugin names are looked up.
TOOL_DIRS = (
    Path(sys.executable).parent,
    REPO_ROOT / ".venv" / "bin",
    REPO_ROOT / "bin",
    REPO_ROOT / "node_modules" / ".bin",
)

# Output kept in an error message: enough to see the cause, short enough to read.
DETAIL_LIMIT = 4000


class StepError(RuntimeError):
    """A pipeline step failed; ``step`` names it and ``detail`` says why."""

    def __init__(self, step: str, detail: str) -> None:
        super().__init__(f"{step}: {detail}")
        self.step = step
        self.detail = detail


def tool_environment(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The process environment with the pinned tools first on PATH (see buf.gen.yaml)."""
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([*(str(d) for d in TOOL_DIRS), env.get("PATH", "")])
    env.update(extra or {})
    return env


def run(
    step: str, argv: Sequence[str], cwd: Path, extra_env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``argv``; a non-zero exit raises StepError carrying the tool's own output."""
    try:
        completed = subprocess.run(
            list(argv), cwd=cwd, env=tool_environment(extra_env), capture_output=True, text=True, check=False
        )
    except OSError as error:
        raise StepError(step, f"cannot run {argv[0]}: {error}") from error
    if completed.returncode != 0:
        output = "\n".join(part.strip() for part in (completed.stderr, completed.stdout) if part.strip())
        if len(output) > DETAIL_LIMIT:
            output = "...\n" + output[-DETAIL_LIMIT:]
        raise StepError(step, f"{Path(argv[0]).name} exited with status {completed.returncode}\n{output}")
    return completed
