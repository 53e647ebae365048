"""`python -m cqc.bench [--smoke] [--only NAME...] [--out FILE]`."""

import argparse
import sys
from pathlib import Path

from cqc.bench import add_arguments
from cqc.bench.runner import run
from generators.toolchain import REPO_ROOT

parser = argparse.ArgumentParser(prog="python -m cqc.bench", description="Run the CQC benchmark suite.")
parser.add_argument("--root", type=Path, default=REPO_ROOT, help="repository root (default: this checkout)")
add_arguments(parser)
sys.exit(run(parser.parse_args()))
