"""Generation: `make generate` on a clean tree against a bare `buf generate` with the same plugins, a
no-op regenerate, and generation for 10x the protos (the proto tree copied into renamed packages).

Every run works in a throwaway copy of the checkout (the toolchain directories linked, not copied) and
runs that copy's own generator (``python -m cqc --root COPY`` from inside it), so the checkout's gen/
is never touched. `make generate` is `cqc generate` followed by `cqc vectors`; both are timed.
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
from pathlib import Path

from cqc.bench import procs
from cqc.bench.context import Context
from cqc.bench.model import Figure, Target, derived_ratio
from cqc.workspace import copy_workspace
from generators import protodeps
from generators.commands import tool_environment
from generators.toolchain import BUF

FAMILY = "generation"
SCALE = 10


def workspace(root: Path, destination: Path, scale: int = 1) -> Path:
    """A copy of ``root`` as a fresh clone has it (no .build), toolchain linked; with ``scale`` > 1 the
    proto tree is there ``scale`` times, copies 2..scale renamed cq.<domain>N.v1."""
    copy_workspace(root, destination)
    if scale > 1:
        scale_protos(destination / "proto", scale)
    return destination


def scale_protos(proto_root: Path, scale: int) -> list[Path]:
    """Add copies 2..``scale`` of every cq/<domain>/v1 package as cq/<domain>N/v1 (package
    cq.<domain>N.v1), each copy referring to its own renamed packages."""
    domains = sorted(p.name for p in (proto_root / "cq").iterdir() if (p / "v1").is_dir())
    names = "|".join(re.escape(d) for d in domains)
    dotted = re.compile(rf"\bcq\.({names})\.v1\b")
    slashed = re.compile(rf"\bcq/({names})/v1/")
    written = []
    for copy in range(2, scale + 1):
        for domain in domains:
            for source in sorted((proto_root / "cq" / domain / "v1").glob("*.proto")):
                text = source.read_text(encoding="utf-8")
                text = dotted.sub(rf"cq.\g<1>{copy}.v1", text)
                text = slashed.sub(rf"cq/\g<1>{copy}/v1/", text)
                target = proto_root / "cq" / f"{domain}{copy}" / "v1" / source.name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(text, encoding="utf-8")
                written.append(target)
    return written


def make_generate(copy: Path) -> float:
    """Seconds of `make generate` in ``copy``: its own `cqc generate`, then `cqc vectors`."""
    cqc = [sys.executable, "-m", "cqc", "--root", str(copy)]
    return procs.timed([*cqc, "generate"], cwd=copy) + procs.timed([*cqc, "vectors"], cwd=copy)


def bare_buf_generate(copy: Path) -> float:
    """Seconds of `buf generate proto --template buf.gen.yaml -o STAGING` alone, with the plugins on
    PATH as the pipeline puts them; the third-party protos buf.yaml names are materialised first."""
    protodeps.materialise(copy / ".build" / "protodeps")
    staging = Path(tempfile.mkdtemp(prefix="bare-", dir=copy / ".build"))
    try:
        return procs.timed([str(BUF.path()), "generate", "proto", "--template", "buf.gen.yaml",
                            "-o", str(staging)], cwd=copy, env=tool_environment())
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def run(ctx: Context) -> list[Figure]:
    # --smoke leaves the scale-up out unless --scale asks for it: its two generations alone took 64 s and
    # 69 s (medians) in bench/results.json (tests/test_bench.py checks that a scaled tree still builds).
    scale = ctx.scale if ctx.scale is not None else (0 if ctx.smoke else SCALE)
    bare = Figure("generation.buf_generate", FAMILY, "bare buf generate, same plugins (clean tree)", "s")
    clean = Figure("generation.make_generate", FAMILY, "make generate, clean tree", "s",
                   anchor_id=bare.id)
    noop = Figure("generation.noop_regenerate", FAMILY, "make generate again, nothing changed", "s",
                  anchor_id=clean.id, target=Target("<=", 2.0))
    scaled_bare = Figure(f"generation.x{scale}.buf_generate", FAMILY,
                         f"bare buf generate, {scale}x the protos", "s", anchor_id=bare.id)
    scaled = Figure(f"generation.x{scale}.make_generate", FAMILY, f"make generate, {scale}x the protos", "s",
                    anchor_id=clean.id)
    with tempfile.TemporaryDirectory(prefix="cqc-bench-generate-") as scratch:
        for repetition in range(ctx.repetitions):
            ctx.log(f"generation: repetition {repetition + 1}/{ctx.repetitions}")
            base = workspace(ctx.root, Path(scratch) / f"clean-{repetition}")
            bare.runs.append(bare_buf_generate(base))
            shutil.rmtree(base)
            base = workspace(ctx.root, Path(scratch) / f"clean-{repetition}")
            clean.runs.append(make_generate(base))
            noop.runs.append(make_generate(base))
            shutil.rmtree(base)
            if scale > 1:
                big = workspace(ctx.root, Path(scratch) / f"x{scale}-{repetition}", scale=scale)
                scaled_bare.runs.append(bare_buf_generate(big))
                shutil.rmtree(big)
                big = workspace(ctx.root, Path(scratch) / f"x{scale}-{repetition}", scale=scale)
                scaled.runs.append(make_generate(big))
                shutil.rmtree(big)
    versus = derived_ratio("generation.make_vs_buf", FAMILY, "make generate / bare buf generate", clean, bare,
                           target=Target("<=", 1.5))
    if scale <= 1:
        ctx.log("generation: scale-up left out (--scale N runs it)")
        return [bare, clean, versus, noop]
    return [bare, clean, versus, noop, scaled_bare, scaled]
