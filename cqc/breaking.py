"""The breaking-change gate: buf breaking (FILE rules) against the contracts on the base branch.

The base is the commit the current change started from: the merge base with the base branch. When HEAD
is the base branch's tip and the contracts have no uncommitted edits (CI on a clone of main), the
change under test is HEAD itself, so the base is HEAD's parent: a breaking commit pushed straight to
main is caught too. Fresh shallow clones lack that history, so the gate fetches exactly what it needs from
origin before giving up.
"""

from __future__ import annotations

import io
import shutil
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

from cqc import git
from generators import buf, protodeps


class BreakingGateError(RuntimeError):
    """The gate could not run (no base branch, unreadable history); distinct from finding changes."""


@dataclass(frozen=True)
class Base:
    """The commit the contracts are compared against, and how it was chosen."""

    commit: str
    description: str


@dataclass(frozen=True)
class BreakingReport:
    """The outcome of one gate run; ``base`` is None when there was nothing to compare against."""

    base: Base | None
    findings: tuple[buf.Finding, ...]
    note: str = ""


def _base_tip(root: Path, branch: str) -> str | None:
    for ref in (f"refs/remotes/origin/{branch}", f"refs/heads/{branch}"):
        commit = git.rev_parse(root, ref)
        if commit:
            return commit
    if git.has_remote(root) and git.fetch(root, "--depth=1", f"+refs/heads/{branch}:refs/remotes/origin/{branch}"):
        return git.rev_parse(root, f"refs/remotes/origin/{branch}")
    return None


def _parent_of_head(root: Path) -> str | None:
    parent = git.rev_parse(root, "HEAD^")
    if parent is None and git.is_shallow(root) and git.has_remote(root):
        git.fetch(root, "--deepen=1")
        parent = git.rev_parse(root, "HEAD^")
    return parent


def _fork_point(root: Path, base_tip: str) -> str | None:
    fork = git.merge_base(root, "HEAD", base_tip)
    if fork is None and git.is_shallow(root) and git.has_remote(root):
        git.fetch(root, "--unshallow")
        fork = git.merge_base(root, "HEAD", base_tip)
    return fork


def resolve_base(root: Path, branch: str) -> Base | None:
    """Choose the commit to compare against; None when HEAD is the first commit on the base branch."""
    head = git.rev_parse(root, "HEAD")
    if head is None:
        raise BreakingGateError(f"{root} has no commits; nothing to compare")
    tip = _base_tip(root, branch)
    if tip is None:
        raise BreakingGateError(
            f"base branch {branch!r} is neither a local branch nor on origin; pass --base BRANCH"
        )
    if tip == head and not git.has_local_changes(root, "proto", "buf.yaml"):
        parent = _parent_of_head(root)
        return Base(parent, f"{branch}^ (HEAD is {branch})") if parent else None
    fork = _fork_point(root, tip)
    if fork is None:
        # Unrelated histories: the branch tip is the only meaningful base left.
        return Base(tip, f"{branch} tip (no merge base found)")
    return Base(fork, f"merge base with {branch}")


def _materialise_base(root: Path, base: Base, destination: Path) -> bool:
    """Write the base commit's buf workspace into ``destination``; False when it had no contracts."""
    if not git.tree_has(root, base.commit, "proto"):
        return False
    paths = ["proto"] + (["buf.yaml"] if git.tree_has(root, base.commit, "buf.yaml") else [])
    with tarfile.open(fileobj=io.BytesIO(git.archive(root, base.commit, *paths))) as tar:
        tar.extractall(destination, filter="data")
    if "buf.yaml" not in paths:
        shutil.copyfile(root / "buf.yaml", destination / "buf.yaml")
    shutil.copytree(root / protodeps.DEFAULT_DESTINATION, destination / protodeps.DEFAULT_DESTINATION)
    return True


def check(root: Path, branch: str = "main") -> BreakingReport:
    """Run buf breaking for the working tree in ``root`` against its base on ``branch``."""
    protodeps.materialise(root / protodeps.DEFAULT_DESTINATION)
    base = resolve_base(root, branch)
    if base is None:
        return BreakingReport(None, (), note=f"HEAD is the first commit of {branch}; nothing to compare")
    with tempfile.TemporaryDirectory(prefix="cqc-breaking-base-") as scratch:
        base_dir = Path(scratch)
        if not _materialise_base(root, base, base_dir):
            return BreakingReport(base, (), note="the base commit has no proto/ directory")
        result = buf.run_check(["breaking", ".", "--against", str(base_dir)], cwd=root)
    return BreakingReport(base, result.findings)
