"""Render the jinja2 templates under generators/templates into a staging copy of gen/.

``outputs`` decides which template becomes which file and which protos its header names; ``render``
writes them. Templates see the model and the version pins and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import jinja2

from generators import naming, versions
from generators.model import VALIDATE_PROTO, Model

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"


class RenderError(RuntimeError):
    """A template failed to render, or would overwrite a file a protoc plugin wrote."""


@dataclass(frozen=True)
class Output:
    """One rendered file: its template, its path relative to gen/, and the protos it derives from."""

    template: str
    path: str
    sources: tuple[str, ...] = ()


def outputs(model: Model) -> list[Output]:
    """Every file ``cqc generate`` renders, for this model."""
    services = model.service_files
    decimal = (model.decimal.proto_file,)
    rendered = [
        Output("go/go.mod.j2", "go/go.mod"),
        Output("go/README.md.j2", "go/README.md"),
        Output("go/cqclient/client.go.j2", "go/cqclient/client.go", services),
        Output("go/cqdecimal/decimal.go.j2", "go/cqdecimal/decimal.go", decimal),
        Output("go/cqchecksum/checksum.go.j2", "go/cqchecksum/checksum.go"),
        Output("python/pyproject.toml.j2", "python/pyproject.toml"),
        Output("python/README.md.j2", "python/README.md"),
        Output("python/gitignore.j2", "python/.gitignore"),
        Output("python/py.typed.j2", "python/cq/py.typed"),
        Output("python/cq/client.py.j2", "python/cq/client.py", services),
        Output("python/cq/decimals.py.j2", "python/cq/decimals.py", decimal),
        Output("ts/package.json.j2", "ts/package.json"),
        Output("ts/tsconfig.json.j2", "ts/tsconfig.json"),
        Output("ts/README.md.j2", "ts/README.md"),
        Output("ts/src/client.ts.j2", "ts/src/client.ts", services),
        Output("ts/src/decimal.ts.j2", "ts/src/decimal.ts", decimal),
        Output("ts/src/index.ts.j2", "ts/src/index.ts", tuple(sorted({*services, *decimal}))),
    ]
    if model.validated:
        # mypy reads buf.validate's stubs only from a package marked typed (PEP 561).
        rendered.append(Output("python/py.typed.j2", "python/buf/validate/py.typed", (VALIDATE_PROTO,)))
    for package in model.python_packages:
        package_files = tuple(
            name for name in model.proto_files if naming.python_packages([name])[-1] == package
        )
        path = "/".join(("python", *package.split("."), "__init__.py"))
        rendered.append(Output("python/__init__.py.j2", path, package_files))
    return rendered


def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        undefined=jinja2.StrictUndefined,  # a misspelt name fails the run instead of rendering ""
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,  # nothing here is HTML
    )


def render(model: Model, gen_dir: Path) -> list[Path]:
    """Render every output under ``gen_dir`` (the staging gen/); return the files written."""
    env = environment()
    written: list[Path] = []
    for output in outputs(model):
        target = gen_dir / output.path
        if target.exists():
            raise RenderError(f"{output.path}: a protoc plugin already wrote this file; rename one of them")
        try:
            text = env.get_template(output.template).render(
                model=model,
                pins=versions,
                header=naming.generated_header(output.sources),
            )
        except jinja2.TemplateError as error:
            raise RenderError(f"{output.template}: {error}") from error
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8", newline="\n")
        written.append(target)
    return written
