"""Render docs/reference from the reference model, and put it in place all or nothing.

`make generate` renders the pages into its staging directory (``stage``) before anything is swapped,
and moves them into docs/ together with gen/ (``swap_in``): a failure anywhere leaves docs/reference
as it was.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

import jinja2
from google.protobuf import descriptor_pb2

from generators import render, staging
from generators.reference.model import Reference, build_reference

DOCS_DIR = "docs"
REFERENCE_DIR = "reference"  # under DOCS_DIR
PACKAGE_TEMPLATE = "docs/package.md.j2"
INDEX_TEMPLATE = "docs/README.md.j2"


def render_reference(reference: Reference, out_dir: Path) -> list[Path]:
    """Write the index and one page per package into ``out_dir``; return the files written."""
    env = render.environment()
    pages: list[tuple[str, str, dict[str, object]]] = [
        (INDEX_TEMPLATE, reference.index_page, {"reference": reference})
    ]
    pages += [
        (PACKAGE_TEMPLATE, package.page, {"reference": reference, "package": package})
        for package in reference.packages
    ]
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for template, name, context in pages:
        try:
            text = env.get_template(template).render(**context)
        except jinja2.TemplateError as error:
            raise render.RenderError(f"{template} ({name}): {error}") from error
        target = out_dir / name
        target.write_text(text, encoding="utf-8", newline="\n")
        written.append(target)
    return written


def load_reference(image: Path, source_files: Collection[str]) -> Reference:
    """The reference of ``source_files`` in the binary image at ``image``."""
    return build_reference(descriptor_pb2.FileDescriptorSet.FromString(image.read_bytes()), source_files)


def stage(image: Path, source_files: Collection[str], work: Path) -> Path:
    """Render the reference into ``work``/docs/reference; return ``work``/docs for ``swap_in``."""
    staged_docs = work / DOCS_DIR
    render_reference(load_reference(image, source_files), staged_docs / REFERENCE_DIR)
    return staged_docs


def swap_in(staged_docs: Path, root: Path, scratch: Path) -> None:
    """Replace ``root``/docs/reference with the staged one in one rename; ``scratch`` holds the old."""
    staging.swap_in(staged_docs, root / DOCS_DIR, scratch, languages=(REFERENCE_DIR,))

