"""Finish the Go module in staging: `go mod tidy`, then make sure tidy resolved nothing by itself."""

from __future__ import annotations

import json
from pathlib import Path

from generators import versions
from generators.commands import StepError, run
from generators.toolchain import GO

# GOTOOLCHAIN=local: never download another Go toolchain because of the go line; GOWORK=off: a
# go.work above the checkout must not change how the module resolves. GOFLAGS is replaced by -mod=mod
# alone, so that a developer's -mod=vendor or similar cannot change the result.
GO_ENVIRONMENT = {"GOTOOLCHAIN": "local", "GOWORK": "off", "GOFLAGS": "-mod=mod"}


def tidy(module_dir: Path) -> None:
    """Run `go mod tidy`, which writes go.sum and the indirect requirements, deterministically."""
    run("go mod tidy", [str(GO.path()), "mod", "tidy"], cwd=module_dir, extra_env=GO_ENVIRONMENT)
    unpinned = unpinned_requirements(module_dir)
    if unpinned:
        # tidy resolves a missing requirement to its latest version, which changes over time.
        raise StepError(
            "go mod tidy",
            "the generated code imports modules without a pin, so tidy chose their latest versions: "
            + ", ".join(unpinned)
            + "; pin them in generators/versions.py (GO_REQUIREMENTS)",
        )


def unpinned_requirements(module_dir: Path) -> list[str]:
    """Direct requirements in go.mod that versions.GO_REQUIREMENTS does not pin at that version."""
    completed = run(
        "go mod tidy", [str(GO.path()), "mod", "edit", "-json"], cwd=module_dir, extra_env=GO_ENVIRONMENT
    )
    pinned = {(requirement.module, requirement.version) for requirement in versions.GO_REQUIREMENTS}
    requires = json.loads(completed.stdout).get("Require") or []
    return sorted(
        f"{item['Path']}@{item['Version']}"
        for item in requires
        if not item.get("Indirect") and (item["Path"], item["Version"]) not in pinned
    )
