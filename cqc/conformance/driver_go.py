"""Building the Go client driver (conformance/drivers/go) into one binary in the work directory."""

from __future__ import annotations

import os
from pathlib import Path

from cqc.conformance.building import run_build_step

# GOTOOLCHAIN=local: never download another Go toolchain because of the go line; GOWORK=off: a go.work
# above the checkout must not change how the module resolves. GOFLAGS stays as it is (no -mod=mod):
# the committed go.sum must be complete, and a build that would need to change it fails.
GO_ENVIRONMENT = {"GOTOOLCHAIN": "local", "GOWORK": "off"}


def build(repo_root: Path, work_dir: Path) -> list[str]:
    """Build the driver; return the argv prefix that runs it (the runner appends --target HOST:PORT).

    `go build` is idempotent and quick when nothing changed: its build cache skips the compile and
    the link when the binary is already up to date.
    """
    binary = work_dir / "driver-go"
    run_build_step(["go", "build", "-o", str(binary), "."], cwd=repo_root / "conformance" / "drivers" / "go",
                   env={**os.environ, **GO_ENVIRONMENT})
    return [str(binary)]
