"""Running the cases: per language, a driver against a server (a fresh reference server unless one is
given), every selected case in file order, each step's result compared with its expectation."""

from __future__ import annotations

import contextlib
import enum
import fnmatch
import itertools
import os
import secrets
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from google.protobuf import json_format

from cq.conformance.v1 import driver_pb2
from cqc.conformance import compare, drivers, jsonpath, placeholders
from cqc.conformance.loading import Case, Step, message_class
from cqc.conformance.servers import ReferenceServer

# The reference services' tokens (reference/config.py); --token maps the principals for other servers.
DEFAULT_TOKENS = {"alice": "dev-alice", "bob": "dev-bob", "intruder": "not-a-cq-token"}


class Verdict(enum.Enum):
    PASSED = "pass"
    FAILED = "FAIL"
    KNOWN = "known"  # failed, as its language's known-failures list says
    UNEXPECTED_PASS = "XPASS"  # listed as a known failure, yet passed: the list is stale
    HARNESS_ERROR = "ERROR"  # the driver, not the server under test, failed

    @property
    def ok(self) -> bool:
        return self in (Verdict.PASSED, Verdict.KNOWN)


@dataclass(frozen=True)
class Settings:
    repo_root: Path
    work_dir: Path
    languages: tuple[str, ...]
    server: str | None = None
    tokens: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_TOKENS))
    seed: int | None = None


@dataclass(frozen=True)
class CellResult:
    """One case in one language."""

    case: Case
    language: str
    verdict: Verdict
    details: tuple[str, ...]
    seconds: float


def select(cases: Sequence[Case], run: Sequence[str], skip: Sequence[str]) -> list[Case]:
    """The cases matching any --run glob (all when none) and no --skip glob."""
    return [c for c in cases
            if (not run or any(fnmatch.fnmatchcase(c.name, g) for g in run))
            and not any(fnmatch.fnmatchcase(c.name, g) for g in skip)]


class _CaseRun:
    """One case against one driver: steps in order, captures passed on, the first failing step reported."""

    def __init__(self, case: Case, driver: drivers.DriverProcess, unique: str, tokens: dict[str, str],
                 call_ids: Iterator[int]) -> None:
        self.case = case
        self.driver = driver
        self.unique = unique
        self.tokens = tokens
        self.call_ids = call_ids
        self.captures: dict[str, Any] = {}

    def run(self) -> tuple[Verdict, list[str]]:
        for step in self.case.steps:
            where = f"step {step.number} ({step.proto.method})"
            try:
                request, expected = self._prepare(step)
            except (placeholders.PlaceholderError, json_format.ParseError, TypeError) as error:
                return Verdict.FAILED, [f"{where}: {error}"]
            result = self.driver.call(request)
            if result.HasField("harness_error"):
                return Verdict.HARNESS_ERROR, [f"{where}: harness error: {result.harness_error}"]
            outcome = compare.check(step, expected, result)
            if outcome.mismatches:
                return Verdict.FAILED, [f"{where}: {m}" for m in outcome.mismatches]
            if step.proto.label and outcome.responses:
                self.captures[step.proto.label] = json_format.MessageToDict(outcome.responses[0])
        return Verdict.PASSED, []

    def _prepare(self, step: Step) -> tuple[driver_pb2.CallRequest, list[dict[str, Any]]]:
        scope = placeholders.Scope(self.unique, self.case.name, self.captures)
        data = placeholders.substitute(step.request, scope)
        expected = placeholders.substitute(list(step.expected_responses), scope)
        for padding in step.proto.paddings:
            jsonpath.assign(data, padding.field_path, "x" * padding.length)
        body = b""
        if step.method is not None:
            body = json_format.ParseDict(data, message_class(step.method.input_type)()).SerializeToString()
        return driver_pb2.CallRequest(
            call_id=next(self.call_ids),
            service=step.proto.service,
            method=step.proto.method,
            undeclared=step.proto.undeclared,
            request=body,
            token=self.tokens.get(step.proto.principal, "") if step.proto.principal else "",
            metadata=[driver_pb2.Header(key=k, value=v) for k, v in sorted(step.proto.metadata.items())],
            timeout_ms=step.timeout_ms,
            cancel_after=step.proto.cancel_after,
        ), expected


def _unique_token(language: str, shared_server: bool) -> str:
    # Against a fresh reference server the language alone keeps ids apart (and runs repeatable); a shared,
    # long-lived server may hold ids from earlier runs, so each run adds a random part.
    return language + (secrets.token_hex(3) if shared_server else "")


def run_language(language: str, argv: list[str], cases: Sequence[Case], known: dict[str, str],
                 settings: Settings) -> list[CellResult]:
    """Every case in ``language``, against a fresh reference server or settings.server."""
    # A directory per run: two runs in one checkout must not read each other's server address.
    logs = settings.work_dir / "logs" / f"run-{os.getpid()}"
    logs.mkdir(parents=True, exist_ok=True)
    server: contextlib.AbstractContextManager[Any] = (
        contextlib.nullcontext() if settings.server else ReferenceServer(logs / f"server-{language}.log", settings.seed))
    results = []
    with server as reference:
        target = settings.server or reference.address
        driver = drivers.DriverProcess(argv, target, logs / f"driver-{language}.log")
        unique = _unique_token(language, settings.server is not None)
        call_ids = itertools.count(1)
        try:
            for case in cases:
                started = time.monotonic()
                verdict, details = _CaseRun(case, driver, unique, settings.tokens, call_ids).run()
                if case.name in known:
                    if verdict is Verdict.PASSED:
                        stale = f"listed as a known failure ({known[case.name]}) but passed: remove it from the list"
                        verdict, details = Verdict.UNEXPECTED_PASS, [stale]
                    else:
                        verdict, details = Verdict.KNOWN, [f"known failure: {known[case.name]}", *details]
                results.append(CellResult(case, language, verdict, tuple(details), time.monotonic() - started))
        finally:
            driver.close()
    return results


def run_all(cases: Sequence[Case], argvs: dict[str, list[str]], known: dict[str, dict[str, str]],
            settings: Settings) -> list[CellResult]:
    """Every language at once (each has its own server and driver), results in case then language order."""
    with ThreadPoolExecutor(max_workers=len(settings.languages)) as pool:
        futures = {language: pool.submit(run_language, language, argvs[language], cases, known[language], settings)
                   for language in settings.languages}
        by_language = {language: future.result() for language, future in futures.items()}
    return [by_language[language][index] for index in range(len(cases)) for language in settings.languages]
