"""``python -m generators generate [--root DIR]``: the engine of `make generate` (also ``cqc generate``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from generators.toolchain import REPO_ROOT


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generators", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    generate = commands.add_parser("generate", help="lint, then regenerate gen/{go,python,ts}")
    generate.add_argument(
        "--root", type=Path, default=REPO_ROOT, help="repository root (default: this checkout)"
    )
    generate.add_argument("--force", action="store_true", help="regenerate even when nothing changed")
    args = parser.parse_args(argv)

    # Imported here so that `--help` works even before `make setup` installed protobuf and jinja2.
    from generators.pipeline import generate_command

    return generate_command(args.root, force=args.force)


if __name__ == "__main__":
    sys.exit(main())
