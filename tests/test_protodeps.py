"""Third-party protos: the pinned protovalidate jar is downloaded, verified and extracted, never trusted."""

from __future__ import annotations

import dataclasses
import hashlib
import shutil
import sys
import zipfile
from pathlib import Path

import pytest

from generators import protodeps, toolchain
from tests.conftest import REPO_ROOT, run
from tests.workspace import copy_workspace

JAR = protodeps.PROTOVALIDATE_JAR


def maven_layout(root: Path, jar: protodeps.Jar, content: bytes) -> protodeps.Jar:
    """A file:// Maven repository under ``root`` serving ``content`` as ``jar``."""
    target = root / jar.group.replace(".", "/") / jar.artifact / jar.version / f"{jar.artifact}-{jar.version}.jar"
    target.parent.mkdir(parents=True)
    target.write_bytes(content)
    return dataclasses.replace(jar, repository=root.as_uri())


def test_installed_jar_is_the_pinned_one() -> None:
    jar = protodeps.verified_jar()

    assert hashlib.sha256(jar.read_bytes()).hexdigest() == JAR.sha256


def test_materialise_extracts_validate_proto(tmp_path: Path) -> None:
    written = protodeps.materialise(tmp_path / "protodeps")

    validate = tmp_path / "protodeps" / "buf" / "validate" / "validate.proto"
    assert validate in written
    assert 'option go_package = "buf.build/gen/go/bufbuild/protovalidate/protocolbuffers/go/buf/validate";' in (
        validate.read_text())
    assert (tmp_path / "protodeps" / "google" / "api" / "annotations.proto").is_file()


def test_fetch_installs_a_verified_download_and_keeps_a_matching_jar(tmp_path: Path) -> None:
    source = maven_layout(tmp_path / "maven", JAR, protodeps.verified_jar().read_bytes())
    target = tmp_path / "bin" / "protovalidate.jar"

    assert protodeps.fetch(source, target) is True
    assert protodeps.sha256_of(target) == JAR.sha256
    assert protodeps.fetch(source, target) is False  # already there: no download


def test_fetch_refuses_a_download_with_another_digest(tmp_path: Path) -> None:
    source = maven_layout(tmp_path / "maven", JAR, b"not the pinned jar")
    target = tmp_path / "bin" / "protovalidate.jar"

    with pytest.raises(protodeps.ProtoDepsError, match="not the pinned"):
        protodeps.fetch(source, target)

    assert list((tmp_path / "bin").iterdir()) == []  # nothing left behind, not even a partial file


def test_fetch_reports_an_unreachable_repository(tmp_path: Path) -> None:
    source = dataclasses.replace(JAR, repository=(tmp_path / "nowhere").as_uri())

    with pytest.raises(protodeps.ProtoDepsError, match="cannot download"):
        protodeps.fetch(source, tmp_path / "bin" / "protovalidate.jar")


def test_a_tampered_jar_is_refused_with_the_fix(tmp_path: Path) -> None:
    fake = tmp_path / "bin" / "protovalidate.jar"
    fake.parent.mkdir()
    with zipfile.ZipFile(fake, "w") as archive:
        archive.writestr("buf/validate/validate.proto", "syntax = 'proto2';\n")
    tool = toolchain.Tool(fake.name, str(fake.parent))  # an absolute repo_dir replaces the checkout's

    with pytest.raises(protodeps.ProtoDepsError, match="make setup"):
        protodeps.verified_jar(JAR, tool)


def test_a_missing_jar_is_a_missing_tool(tmp_path: Path) -> None:
    root = copy_workspace(tmp_path / "repo", with_tools=(".venv", "node_modules"))
    (root / "bin").mkdir()
    for plugin in ("protoc-gen-go", "protoc-gen-go-grpc"):
        shutil.copy2(REPO_ROOT / "bin" / plugin, root / "bin" / plugin)

    lint = run([sys.executable, "-m", "cqc", "lint"], cwd=root)
    generate = run([sys.executable, "-m", "cqc", "generate"], cwd=root)

    for completed in (lint, generate):
        assert completed.returncode == 2, completed.stderr
        assert "missing tool: protovalidate.jar" in completed.stderr and "make setup" in completed.stderr
        assert "Traceback" not in completed.stderr


def test_the_makefile_installs_the_jar_where_the_build_looks() -> None:
    makefile = (REPO_ROOT / "Makefile").read_text()

    assert f"PROTOVALIDATE_JAR := {toolchain.PROTOVALIDATE_JAR.repo_dir}/{toolchain.PROTOVALIDATE_JAR.name}\n" in makefile
    assert "$(PROTOVALIDATE_JAR): generators/protodeps.py" in makefile
