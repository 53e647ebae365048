"""Materialise third-party .proto sources from pinned, installed artefacts.

The Buf Schema Registry is unreachable from CQC's machines, and third-party protos are never committed.
The build copies them into a scratch directory that buf.yaml lists as a module:

- google/api, google/type and google/rpc from googleapis-common-protos, which ships the sources next to
  its Python modules;
- buf/validate/validate.proto (the protovalidate annotations) from the protovalidate Java jar on Maven
  Central, the one registry artefact that carries the source. `make setup` downloads the jar pinned
  below into bin/ (``python -m generators.protodeps fetch``); the build checks its sha256 and extracts
  the one entry.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import sys
import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import util
from pathlib import Path

from generators import toolchain

# Packages (directories relative to the site-packages root) whose .proto sources CQC imports.
THIRD_PARTY_PROTO_DIRS = ("google/api", "google/type", "google/rpc")

DEFAULT_DESTINATION = Path(".build/protodeps")


@dataclass(frozen=True)
class Jar:
    """A pinned jar on Maven Central and the .proto entries CQC takes from it."""

    group: str
    artifact: str
    version: str
    sha256: str
    entries: tuple[str, ...]
    repository: str = "https://repo1.maven.org/maven2"

    @property
    def url(self) -> str:
        return (
            f"{self.repository}/{self.group.replace('.', '/')}/{self.artifact}/"
            f"{self.version}/{self.artifact}-{self.version}.jar"
        )


# protovalidate-java 1.3.0 carries the same buf/validate/validate.proto as the Go module gen/go pins
# (buf.build/gen/go/bufbuild/protovalidate/protocolbuffers/go v1.36.12-20260825204119-511051f7f437.1,
# see generators/versions.py) and as @bufbuild/protovalidate 1.3.0 embeds: change them together.
PROTOVALIDATE_JAR = Jar(
    group="build.buf",
    artifact="protovalidate",
    version="1.3.0",
    sha256="fc65013a322d9b390759670b454c05f94579c49a40dff872143dfba831ebbdc2",
    entries=("buf/validate/validate.proto",),
)
DOWNLOAD_TIMEOUT_SECONDS = 60


class ProtoDepsError(RuntimeError):
    """A third-party proto source could not be found, downloaded or verified."""


def _site_root() -> Path:
    spec = util.find_spec("google.api")
    if spec is None or not spec.submodule_search_locations:
        raise ProtoDepsError(
            "googleapis-common-protos is not installed in this environment; run `make setup`"
        )
    # google/api lives two levels below the site-packages root that holds google/.
    return Path(next(iter(spec.submodule_search_locations))).parent.parent


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def verified_jar(jar: Jar = PROTOVALIDATE_JAR, tool: toolchain.Tool = toolchain.PROTOVALIDATE_JAR) -> Path:
    """The installed jar; MissingToolError when absent, ProtoDepsError when it is not the pinned one."""
    path = tool.path()
    digest = sha256_of(path)
    if digest != jar.sha256:
        raise ProtoDepsError(
            f"{path} has sha256 {digest}, not the pinned {jar.sha256} of {jar.artifact} {jar.version}; "
            "run `make setup` to download it again"
        )
    return path


def extract_jar(jar_path: Path, jar: Jar, destination: Path) -> list[Path]:
    """Write ``jar.entries`` of the jar at ``jar_path`` under ``destination``; return the files."""
    written: list[Path] = []
    try:
        with zipfile.ZipFile(jar_path) as archive:
            for entry in jar.entries:
                target = destination / entry
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(archive.read(entry))
                written.append(target)
    except (zipfile.BadZipFile, KeyError) as error:
        raise ProtoDepsError(f"cannot extract {', '.join(jar.entries)} from {jar_path}: {error}") from error
    return written


def materialise(destination: Path = DEFAULT_DESTINATION) -> list[Path]:
    """Copy the third-party protos into ``destination``, replacing what was there; return the files."""
    root = _site_root()
    jar_path = verified_jar()
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
    written.extend(extract_jar(jar_path, PROTOVALIDATE_JAR, destination))
    return written


def fetch(jar: Jar, target: Path) -> bool:
    """Download ``jar`` to ``target`` unless a file with the pinned sha256 is there; True if downloaded.

    The download goes to a temporary file beside ``target`` and is renamed into place only once its
    sha256 matches the pin, so an interrupted or tampered download never leaves a jar behind.
    """
    if target.is_file() and sha256_of(target) == jar.sha256:
        return False
    # Imported here: only `make setup` downloads, and every cqc command imports this module.
    import urllib.request

    target.parent.mkdir(parents=True, exist_ok=True)
    handle, partial_name = tempfile.mkstemp(prefix=f".{target.name}-", dir=target.parent)
    partial = Path(partial_name)
    try:
        with os.fdopen(handle, "wb") as out:
            try:
                with urllib.request.urlopen(jar.url, timeout=DOWNLOAD_TIMEOUT_SECONDS) as response:
                    shutil.copyfileobj(response, out)
            except OSError as error:  # URLError and TimeoutError are OSErrors
                raise ProtoDepsError(f"cannot download {jar.url}: {error}") from error
        digest = sha256_of(partial)
        if digest != jar.sha256:
            raise ProtoDepsError(f"{jar.url} has sha256 {digest}, not the pinned {jar.sha256}; not installed")
        partial.chmod(0o644)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return True


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m generators.protodeps fetch``: what `make setup` runs to install the pinned jar."""
    parser = argparse.ArgumentParser(prog="python -m generators.protodeps")
    parser.add_argument("command", choices=["fetch"])
    parser.parse_args(argv)
    # bin/protovalidate.jar: the name has no version because the Makefile re-runs this whenever this
    # file (the pin) changes, and a jar that already matches the pinned sha256 is kept.
    target = toolchain.PROTOVALIDATE_JAR.install_path()
    try:
        downloaded = fetch(PROTOVALIDATE_JAR, target)
    except ProtoDepsError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    jar = PROTOVALIDATE_JAR
    print(f"{'downloaded' if downloaded else 'kept'} {jar.artifact}-{jar.version}.jar as {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
