"""Run buf and report its findings as `file:line:column: RULE: message`, one per line.

buf's default text output omits the rule that fired; its JSON output has it (``type``, which is
``COMPILE`` for syntax and type errors), so every buf check runs with ``--error-format=json`` and is
re-printed here in the one format CQC's commands use.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from generators.toolchain import BUF, REPO_ROOT


@dataclass(frozen=True)
class Finding:
    """One buf lint, build or breaking finding."""

    path: str
    line: int
    column: int
    rule: str
    message: str

    def render(self) -> str:
        location = f"{self.path}:{self.line}:{self.column}" if self.line else self.path
        return f"{location}: {self.rule}: {self.message}"


class BufError(RuntimeError):
    """buf failed for a reason other than findings (bad configuration, crash)."""


@dataclass(frozen=True)
class BufResult:
    """What a buf check found; ``ok`` only when it ran and found nothing."""

    findings: tuple[Finding, ...]

    @property
    def ok(self) -> bool:
        return not self.findings


def parse_findings(stdout: str) -> tuple[Finding, ...]:
    """Parse buf's ``--error-format=json`` output (one JSON object per line)."""
    findings = []
    for line in stdout.splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        findings.append(
            Finding(
                path=str(record.get("path", "")),
                line=int(record.get("start_line", 0)),
                column=int(record.get("start_column", 0)),
                rule=str(record.get("type", "UNKNOWN")),
                message=str(record.get("message", "")).strip(),
            )
        )
    return tuple(findings)


def run_check(args: Sequence[str], cwd: Path = REPO_ROOT) -> BufResult:
    """Run ``buf <args> --error-format=json``; findings are exit code 100, anything else is an error."""
    completed = subprocess.run(
        [str(BUF.path()), *args, "--error-format=json"],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode == 0:
        return BufResult(findings=())
    try:
        findings = parse_findings(completed.stdout)
    except json.JSONDecodeError:
        findings = ()
    if completed.returncode == 100 and findings:
        return BufResult(findings=findings)
    detail = (completed.stderr or completed.stdout).strip()
    raise BufError(f"buf {' '.join(args)} failed (exit {completed.returncode}): {detail}")


def lint(cwd: Path = REPO_ROOT) -> BufResult:
    """Lint the workspace (STANDARD + COMMENTS per buf.yaml); compile errors come back as COMPILE."""
    return run_check(["lint"], cwd=cwd)


def build_image(output: Path, cwd: Path = REPO_ROOT) -> BufResult:
    """Build the workspace into a binary image (a FileDescriptorSet with source info and imports)."""
    return run_check(["build", "-o", str(output)], cwd=cwd)
