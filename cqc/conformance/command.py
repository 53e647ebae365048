"""``cqc conformance``: load and check the cases, build the drivers, run, report, exit 0 only when every
cell passed or failed as known.

Building `cqc`'s parser imports this module, so it imports the runner (protovalidate, grpc, the generated
package) only in ``run``: every `cqc` command, and every `cqc serve` the suites start, would pay for it.
"""

from __future__ import annotations

import argparse
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from cqc.conformance import building, known

CASES_DIR = Path("conformance") / "cases"
EXIT_OK, EXIT_FAILED, EXIT_SETUP = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--server", metavar="HOST:PORT",
                        help="run against this server instead of fresh reference services (one per language)")
    parser.add_argument("--language", action="append", choices=building.LANGUAGES,
                        help="client languages to run (repeatable; default: all)")
    parser.add_argument("--run", action="append", default=[], metavar="GLOB",
                        help="only cases whose name matches (repeatable), e.g. 'venues/*'")
    parser.add_argument("--skip", action="append", default=[], metavar="GLOB",
                        help="leave out cases whose name matches (repeatable)")
    parser.add_argument("--token", action="append", default=[], metavar="PRINCIPAL=TOKEN",
                        help="bearer token for a case principal (alice, bob, intruder) on --server")
    parser.add_argument("--cases", type=Path, help=f"directory of case files (default: {CASES_DIR})")
    parser.add_argument("--known-failures", type=Path, metavar="DIR",
                        help=f"directory of <language>.yaml known-failure lists (default: {known.KNOWN_FAILURES_DIR})")
    parser.add_argument("--junit", type=Path, help="JUnit XML path (default: .build/conformance/junit.xml)")
    parser.add_argument("--seed", type=int, help="seed of the reference services (default: theirs)")
    parser.add_argument("--quiet", action="store_true", help="print failures and the summary, not the matrix")
    parser.add_argument("--check", action="store_true", help="only load and check the case files")


def _tokens(pairs: list[str], defaults: dict[str, str]) -> dict[str, str]:
    tokens = dict(defaults)
    for pair in pairs:
        principal, separator, token = pair.partition("=")
        if not separator or principal not in tokens:
            raise ValueError(f"--token {pair!r}: expected PRINCIPAL=TOKEN with PRINCIPAL one of {', '.join(tokens)}")
        tokens[principal] = token
    return tokens


def run(args: argparse.Namespace) -> int:
    from cqc.conformance import loading, report, runner
    from cqc.conformance.servers import ServerError

    root: Path = args.root.resolve()
    started = time.monotonic()
    cases_dir: Path = (args.cases or root / CASES_DIR).resolve()
    files = sorted(cases_dir.rglob("*.yaml"))
    if not files:
        print(f"error: no case files (*.yaml) in {cases_dir}", file=sys.stderr)
        return EXIT_SETUP
    try:
        cases = loading.load_cases(files, root)
        languages = tuple(args.language or building.LANGUAGES)
        known_dir: Path = (args.known_failures or root / known.KNOWN_FAILURES_DIR).resolve()
        names = {c.name for c in cases}
        strict = args.cases is None  # another case directory may hold only some of the listed cases
        known_failures = {language: known.load(known_dir, language, names, root, strict) for language in languages}
        tokens = _tokens(args.token, runner.DEFAULT_TOKENS)
    except loading.CaseFileError as error:
        print("\n".join(error.problems), file=sys.stderr)
        print(f"error: {len(error.problems)} problem(s) in the case files; nothing ran", file=sys.stderr)
        return EXIT_FAILED
    except (known.KnownFailuresError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_FAILED
    if args.check:
        print(f"conformance: {len(cases)} cases in {len(files)} files are valid", file=sys.stderr)
        return EXIT_OK
    selected = runner.select(cases, args.run, args.skip)
    if not selected:
        print("error: --run/--skip leave no case to run", file=sys.stderr)
        return EXIT_FAILED
    work_dir = root / ".build" / "conformance"
    settings = runner.Settings(root, work_dir, languages, args.server, tokens, args.seed)
    try:
        with ThreadPoolExecutor(max_workers=len(languages)) as pool:
            builds = {language: pool.submit(building.build, language, root, work_dir) for language in languages}
            argvs = {language: future.result() for language, future in builds.items()}
        results = runner.run_all(selected, argvs, known_failures, settings)
    except building.DriverBuildError as error:
        print(f"error: building a driver: {error}", file=sys.stderr)
        return EXIT_SETUP
    except ServerError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_SETUP
    junit_path: Path = args.junit or work_dir / "junit.xml"
    report.junit(results, languages, junit_path)
    if not args.quiet:
        print("\n".join(report.matrix(results, languages)))
    problems = report.failures(results)
    if problems:
        print("\n" + "\n".join(problems))
    print(f"\nJUnit XML: {junit_path}")
    print(report.summary(results, time.monotonic() - started))
    return EXIT_OK if all(r.verdict.ok for r in results) else EXIT_FAILED
