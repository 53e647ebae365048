"""`make generate`: lint the protos, generate into staging, then replace gen/ in one move.

The order is the contract of the command: nothing under gen/ changes unless every step before the
swap succeeded, so a syntax error, a lint finding, a missing tool or a failing compiler leaves gen/
exactly as it was.

    require tools -> materialise third-party protos -> buf lint and buf build (image), side by side
    -> buf generate (plugins) into .build/generate-*/gen -> drop third-party Python modules that a
    dependency provides -> model from the image -> render templates
    -> side by side: format + Python floors, format + go mod tidy, format + tsc, reference docs
    -> swap into gen/ and docs/reference
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from google.protobuf import descriptor_pb2
from google.protobuf.message import DecodeError

from generators import (
    buf,
    fingerprint,
    golang,
    protodeps,
    render,
    runtime_check,
    staging,
    toolchain,
    typescript,
    versions,
)
from generators.buf import Finding
from generators.commands import StepError, run
from generators.formatting import format_go, format_python, format_typescript
from generators.model import Model, ModelError, build_model
from generators.reference import render as reference_docs

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_MISSING_TOOL = 2

PROTO_DIR = "proto"
BUF_GEN_TEMPLATE = "buf.gen.yaml"
# Top-level directories of third-party protos whose Python modules gen/python gets from a dependency
# (googleapis-common-protos: google/api, google/type, google/rpc). buf.gen.yaml generates the Python
# of every import so that gen/python ships the rest (buf/validate); these are removed again.
PYTHON_PROVIDED_BY_DEPENDENCIES = ("google",)


class FindingsError(RuntimeError):
    """buf found problems in the protos (lint rules or COMPILE errors)."""

    def __init__(self, step: str, findings: tuple[Finding, ...]) -> None:
        super().__init__(f"{step} failed with {len(findings)} finding(s)")
        self.step = step
        self.findings = findings


@contextmanager
def step(name: str) -> Iterator[None]:
    """Report any expected failure inside the block as a StepError of step ``name``."""
    try:
        yield
    except (StepError, FindingsError, toolchain.MissingToolError):
        raise
    except (
        buf.BufError,
        protodeps.ProtoDepsError,
        ModelError,
        render.RenderError,
        DecodeError,
        OSError,
    ) as error:
        raise StepError(name, str(error)) from error


def source_files(root: Path) -> list[str]:
    """The CQ proto files, relative to the proto module (the names the image uses)."""
    proto_root = root / PROTO_DIR
    return sorted(path.relative_to(proto_root).as_posix() for path in proto_root.rglob("*.proto"))


def lint(root: Path) -> None:
    with step("lint"):
        result = buf.lint(cwd=root)
    if not result.ok:
        raise FindingsError("lint", result.findings)


def build_image(root: Path, image: Path) -> None:
    with step("build"):
        result = buf.build_image(image, cwd=root)
    if not result.ok:
        raise FindingsError("build", result.findings)


def load_model(root: Path, image: Path) -> Model:
    with step("model"):
        descriptor_set = descriptor_pb2.FileDescriptorSet.FromString(image.read_bytes())
        return build_model(descriptor_set, source_files(root), versions.GO_MODULE)


def drop_provided_python(python_dir: Path) -> None:
    """Remove the generated modules that gen/python's dependencies provide (two copies would clash)."""
    for name in PYTHON_PROVIDED_BY_DEPENDENCIES:
        if (python_dir / name).exists():
            shutil.rmtree(python_dir / name)


def finish_python(python_dir: Path, rendered: Sequence[Path], root: Path) -> None:
    format_python(rendered, cwd=root)
    with step("python floors"):
        problems = runtime_check.floor_problems(python_dir)
    if problems:
        raise StepError("python floors", "; ".join(problems))


def finish_go(go_dir: Path, rendered: Sequence[Path], root: Path) -> None:
    format_go(rendered, cwd=root)
    with step("go mod tidy"):
        golang.tidy(go_dir)


def finish_typescript(ts_dir: Path, rendered: Sequence[Path], root: Path) -> None:
    format_typescript(rendered, cwd=root)
    with step("tsc"):
        typescript.build(ts_dir)


def stage_docs(root: Path, image: Path, work: Path) -> Path:
    """docs/reference, rendered from the same image into ``work``, then moved into docs/ with gen/."""
    with step("reference docs"):
        return reference_docs.stage(image, source_files(root), work)


def finish(root: Path, image: Path, work: Path, rendered: Sequence[Path]) -> Path:
    """Format and check each staged package and stage docs/reference (its directory is returned).

    The languages are independent of each other and of the docs, and mostly wait on their own tool
    (prettier and tsc under node, gofmt and go, ruff), so they run side by side; the first failure in a
    fixed order (Python, Go, TypeScript, docs) is the one reported."""
    staged_gen = work / "gen"
    with ThreadPoolExecutor(max_workers=4) as pool:
        checks = [
            pool.submit(finish_python, staged_gen / "python", rendered, root),
            pool.submit(finish_go, staged_gen / "go", rendered, root),
            pool.submit(finish_typescript, staged_gen / "ts", rendered, root),
        ]
        docs = pool.submit(stage_docs, root, image, work)
        for check in checks:
            check.result()
        return docs.result()


def generate(root: Path) -> Model:
    """Regenerate ``root``/gen/{go,python,ts}; raise on any failure with gen/ untouched."""
    toolchain.require_all()
    build_dir = root / ".build"
    with step("protodeps"):
        protodeps.materialise(build_dir / "protodeps")
    image = build_dir / "image.binpb"
    # Both only read the sources: compile them side by side. Lint's findings are reported first, since
    # they name the rule as well as the place.
    with ThreadPoolExecutor(max_workers=2) as pool:
        linting = pool.submit(lint, root)
        building = pool.submit(build_image, root, image)
        linting.result()
        building.result()

    with step("staging"):
        work = Path(tempfile.mkdtemp(prefix="generate-", dir=build_dir))
    try:
        staged_gen = work / "gen"
        # buf.gen.yaml writes to gen/<lang>; with -o those paths land in the staging directory.
        run(
            "buf generate",
            [
                str(toolchain.BUF.path()),
                "generate",
                PROTO_DIR,
                "--template",
                BUF_GEN_TEMPLATE,
                "-o",
                str(work),
            ],
            cwd=root,
        )
        with step("staging"):
            drop_provided_python(staged_gen / "python")
        model = load_model(root, image)
        with step("render"):
            rendered = render.render(model, staged_gen)
        staged_docs = finish(root, image, work, rendered)
        with step("swap"):
            staging.swap_in(staged_gen, root / "gen", work / "previous")
            reference_docs.swap_in(staged_docs, root, work / "previous-docs")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return model


# Everything generation reads besides the tools: the contracts, the buf configuration, the generator
# with its templates, and the files pinning the tools' and the packages' versions.
GENERATE_INPUTS = (PROTO_DIR, "buf.yaml", "buf.gen.yaml", "generators", "pyproject.toml", "python-constraints.txt",
                   "package.json", "package-lock.json", "Makefile")
GENERATE_OUTPUTS = ("gen", "docs/reference")


def current_fingerprint(root: Path) -> fingerprint.Fingerprint | None:
    """What generation would read and what it wrote last; None when a tool is missing (generate says which)."""
    try:
        tools = [tool.path() for tool in toolchain.GENERATION_TOOLS]
    except toolchain.MissingToolError:
        return None
    inputs = fingerprint.tree_digest(root, GENERATE_INPUTS) + fingerprint.tools_digest([Path(sys.executable), *tools])
    return fingerprint.Fingerprint(inputs, fingerprint.tree_digest(root, GENERATE_OUTPUTS))


def generate_command(root: Path, force: bool = False) -> int:
    """Run ``generate`` for a command line: messages on stderr, an exit code, never a traceback.

    Unless ``force``, a run whose inputs and outputs are those of the last successful one stops early:
    it would rewrite the same bytes (generators/fingerprint.py)."""
    started = time.monotonic()
    root = root.resolve()
    stamp = fingerprint.Stamp(root, "generate")
    before = current_fingerprint(root)
    if not force and before is not None and stamp.matches(before):
        print(f"generate: gen/ and docs/reference are up to date (nothing changed since the last run; "
              f"--force regenerates) in {time.monotonic() - started:.1f}s", file=sys.stderr)
        return EXIT_OK
    stamp.forget()
    try:
        model = generate(root)
    except toolchain.MissingToolError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_MISSING_TOOL
    except FindingsError as error:
        for finding in error.findings:
            print(finding.render(), file=sys.stderr)
        print(f"error: {error.step} failed; gen/ left unchanged", file=sys.stderr)
        return EXIT_FAILED
    except StepError as error:
        print(f"error: {error.step}: {error.detail}", file=sys.stderr)
        print("gen/ left unchanged", file=sys.stderr)
        return EXIT_FAILED
    except Exception as error:  # noqa: BLE001 - the command promises a message, never a traceback
        print(f"error: generate: unexpected {type(error).__name__}: {error}", file=sys.stderr)
        print("gen/ left unchanged", file=sys.stderr)
        return EXIT_FAILED
    if before is not None:  # the inputs as this run read them; only the output is hashed again
        stamp.record(before.with_outputs(root, GENERATE_OUTPUTS))
    elapsed = time.monotonic() - started
    print(
        f"generate: gen/go, gen/python, gen/ts from {len(model.proto_files)} proto files "
        f"({len(model.services)} services) in {elapsed:.1f}s",
        file=sys.stderr,
    )
    return EXIT_OK
