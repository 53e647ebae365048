"""Materialise third-party .proto sources from installed Python packages.

The Buf Schema Registry is unreachable from CQC's machines, and third-party protos are never committed.
googleapis-common-protos ships the sources of google/api, google/type and google/rpc next to its Python
modules, so the build copies them from there into a scratch directory that buf.yaml lists as a module.
"""

from __future__ import annotations

import shutil
from importlib import util
from pathlib import Path

# Packages (directories relative to the site-packages root) whose .proto sources CQC imports.
THIRD_PARTY_PROTO_DIRS = ("google/api", "google/type", "google/rpc")

DEFAULT_DESTINATION = Path(".build/protodeps")


class ProtoDepsError(RuntimeError):
    """A third-party proto source could not be found in the installed packages."""


def _site_root() -> Path:
    spec = util.find_spec("google.api")
    if spec is None or not spec.submodule_search_locations:
        raise ProtoDepsError(
            "googleapis-common-protos is not installed in this environment; run `make setup`"
        )
    # google/api lives two levels below the site-packages root that holds google/.
    return Path(next(iter(spec.submodule_search_locations))).parent.parent


def materialise(destination: Path = DEFAULT_DESTINATION) -> list[Path]:
    """Copy the third-party protos into ``destination``, replacing what was there; return the files."""
    root = _site_root()
    if destination.exists():
        shutil.rmtree(destination)
    written: list[Path] = []
    for relative_dir in THIRD_PARTY_PROTO_DIRS:
        sources = sorted((root / relative_dir).glob("*.proto"))
        if not sources:
            raise ProtoDepsError(f"no .proto sources under {root / relative_dir}; reinstall with `make setup`")
        target_dir = destination / relative_dir
        target_dir.mkdir(parents=True, exist_ok=True)
        for source in sources:
            target = target_dir / source.name
            shutil.copyfile(source, target)
            written.append(target)
    return written
