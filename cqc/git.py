"""The few git queries the breaking gate needs, with shallow clones in mind."""

from __future__ import annotations

import subprocess
from pathlib import Path


class GitError(RuntimeError):
    """A git command failed in a way the caller cannot recover from."""


def git(root: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    """Run git in ``root`` without raising; callers decide what a failure means."""
    return subprocess.run(["git", *args], cwd=root, capture_output=True, check=False)


def rev_parse(root: Path, ref: str) -> str | None:
    """The commit ``ref`` names, or None when it does not exist here (yet)."""
    completed = git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    return completed.stdout.decode().strip() if completed.returncode == 0 else None


def has_remote(root: Path, remote: str = "origin") -> bool:
    return git(root, "remote", "get-url", remote).returncode == 0


def is_shallow(root: Path) -> bool:
    completed = git(root, "rev-parse", "--is-shallow-repository")
    return completed.stdout.decode().strip() == "true"


def fetch(root: Path, *args: str) -> bool:
    """``git fetch --quiet origin <args>``; True when it succeeded."""
    return git(root, "fetch", "--quiet", "origin", *args).returncode == 0


def has_local_changes(root: Path, *paths: str) -> bool:
    """True when the working tree or index differs from HEAD under ``paths``."""
    return bool(git(root, "status", "--porcelain", "--", *paths).stdout.strip())


def merge_base(root: Path, left: str, right: str) -> str | None:
    completed = git(root, "merge-base", left, right)
    return completed.stdout.decode().strip() if completed.returncode == 0 else None


def tree_has(root: Path, commit: str, path: str) -> bool:
    completed = git(root, "ls-tree", "--name-only", commit, "--", path)
    return completed.returncode == 0 and bool(completed.stdout.strip())


def archive(root: Path, commit: str, *paths: str) -> bytes:
    """A tar of ``paths`` as they are in ``commit``."""
    completed = git(root, "archive", "--format=tar", commit, "--", *paths)
    if completed.returncode != 0:
        raise GitError(f"git archive {commit} failed: {completed.stderr.decode().strip()}")
    return completed.stdout
