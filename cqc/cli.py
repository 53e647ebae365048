"""``cqc``: the command behind the Makefile targets.

Each subcommand prints findings as ``file:line:column: RULE: message`` (or JSON lines with ``--json``)
and exits 0 when clean, 1 on findings or failure, 2 when a tool is missing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from cqc import bench, breaking
from cqc.conformance import command as conformance_command
from generators import buf, protodeps
from generators.toolchain import REPO_ROOT, MissingToolError

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_MISSING_TOOL = 2


def _print_findings(findings: Sequence[buf.Finding], as_json: bool) -> None:
    for finding in findings:
        print(json.dumps(asdict(finding)) if as_json else finding.render())


def _lint(args: argparse.Namespace) -> int:
    root: Path = args.root
    protodeps.materialise(root / protodeps.DEFAULT_DESTINATION)
    result = buf.lint(cwd=root)
    _print_findings(result.findings, args.json)
    if not result.ok:
        print(f"lint: {len(result.findings)} finding(s)", file=sys.stderr)
        return EXIT_FINDINGS
    return EXIT_OK


def _breaking(args: argparse.Namespace) -> int:
    report = breaking.check(args.root, args.base)
    _print_findings(report.findings, args.json)
    against = f"{report.base.description} ({report.base.commit[:12]})" if report.base else args.base
    if report.findings:
        print(f"breaking: {len(report.findings)} breaking change(s) against {against}", file=sys.stderr)
        return EXIT_FINDINGS
    print(f"breaking: no breaking changes against {against}" + (f"; {report.note}" if report.note else ""),
          file=sys.stderr)
    return EXIT_OK


def _generate(args: argparse.Namespace) -> int:
    from generators.pipeline import generate_command

    return generate_command(args.root, force=args.force)


def _vectors(args: argparse.Namespace) -> int:
    from cqc.vectors import produce
    from generators import fingerprint

    root: Path = args.root
    directory: Path = args.out or root / produce.VECTORS_DIR
    # Writing the stored vectors again from unchanged inputs would rewrite the same bytes: skip it.
    stamp = fingerprint.Stamp(root, "vectors") if not args.out and not args.check else None
    before = produce.current_fingerprint(root) if stamp is not None else None
    if stamp is not None:
        if not args.force and before is not None and stamp.matches(before):
            print(f"vectors: {directory} is up to date (nothing changed since the last run; --force rewrites)",
                  file=sys.stderr)
            return EXIT_OK
        stamp.forget()
    try:
        files = produce.Producer(produce.build_image(root)).files()
    except produce.FindingsError as error:
        _print_findings(error.findings, as_json=False)
        print(f"vectors: {error}", file=sys.stderr)
        return EXIT_FINDINGS
    count = len(files) // len(produce.SUFFIXES)
    if args.check:
        differences = produce.drift(files, directory)
        for line in differences:
            print(line)
        if differences:
            print(f"vectors: {len(differences)} file(s) out of date; run `cqc vectors`", file=sys.stderr)
            return EXIT_FINDINGS
        print(f"vectors: {count} vectors in {directory} are up to date", file=sys.stderr)
        return EXIT_OK
    produce.write(files, directory)
    if stamp is not None and before is not None:  # the inputs as this run read them
        stamp.record(before.with_outputs(root, produce.VECTOR_OUTPUTS))
    print(f"vectors: wrote {count} vectors to {directory}", file=sys.stderr)
    return EXIT_OK


def _serve(args: argparse.Namespace) -> int:
    import asyncio

    from reference import config as serve_config
    from reference.server import configure_logging, serve

    try:
        config = serve_config.load(
            args.config,
            host=args.host,
            port=args.port,
            seed=args.seed,
            clock=args.clock,
            services=tuple(args.service) if args.service else None,
        )
    except serve_config.ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_FINDINGS
    configure_logging()
    asyncio.run(serve(config))
    return EXIT_OK


def _bench(args: argparse.Namespace) -> int:
    from cqc.bench import runner

    return runner.run(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cqc", description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--root", type=Path, default=REPO_ROOT, help="repository root (default: this checkout)")
    commands = parser.add_subparsers(dest="command", required=True)

    lint = commands.add_parser("lint", help="buf lint with STANDARD + COMMENTS rules")
    lint.add_argument("--json", action="store_true", help="one JSON object per finding")
    lint.set_defaults(handler=_lint)

    gate = commands.add_parser("breaking", help="buf breaking (FILE rules) against the base branch")
    gate.add_argument("--base", default="main", help="base branch to compare against (default: main)")
    gate.add_argument("--json", action="store_true", help="one JSON object per finding")
    gate.set_defaults(handler=_breaking)

    generate = commands.add_parser("generate", help="lint, then regenerate gen/{go,python,ts}")
    generate.add_argument("--force", action="store_true",
                          help="regenerate even when nothing changed since the last successful run")
    generate.set_defaults(handler=_generate)

    vectors = commands.add_parser("vectors", help="write the golden vectors (JSON + binary) of every message")
    vectors.add_argument("--out", type=Path, help="directory to write (default: conformance/vectors)")
    vectors.add_argument("--check", action="store_true", help="write nothing; exit 1 if the stored vectors differ")
    vectors.add_argument("--force", action="store_true",
                         help="write even when nothing changed since the last successful run")
    vectors.set_defaults(handler=_vectors)

    serve = commands.add_parser("serve", help="serve the reference services (all five, health, reflection)")
    serve.add_argument("--host", help="address to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port to bind; 0 picks a free one (default 50051)")
    serve.add_argument("--seed", type=int, help="simulation seed (default 42)")
    serve.add_argument("--clock", choices=["stepped", "realtime"],
                       help="stepped: deterministic virtual time (default); realtime: follows the wall clock")
    serve.add_argument("--service", action="append", choices=["assets", "markets", "venues", "portfolio", "risk",
                                                              "events"],
                       help="serve only this service (repeatable; default all)")
    serve.add_argument("--config", type=Path, help="TOML file: host, port, seed, clock, step_ms, start_time, "
                                                   "services, [[users]] token/owner/accounts")
    serve.set_defaults(handler=_serve)

    conformance = commands.add_parser(
        "conformance", help="run the conformance cases through the Go, Python and TypeScript clients")
    conformance_command.add_arguments(conformance)
    conformance.set_defaults(handler=conformance_command.run)

    bench_parser = commands.add_parser(
        "bench", help="run the benchmark suite; write bench/results.json and print a Markdown table")
    bench.add_arguments(bench_parser)
    bench_parser.set_defaults(handler=_bench)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.handler(args)
    except MissingToolError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_MISSING_TOOL
    except (buf.BufError, breaking.BreakingGateError, protodeps.ProtoDepsError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_FINDINGS
    return code


if __name__ == "__main__":
    sys.exit(main())
