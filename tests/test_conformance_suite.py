"""The conformance suite itself: its cases cover every RPC and the gRPC interop classics, and the whole
case x language matrix passes against the reference services (or fails only as known)."""

from __future__ import annotations

import re

import pytest
from google.protobuf import descriptor_pool

from cqc.conformance import command, loading
from tests.conftest import REPO_ROOT, cqc
from tests.reference.test_server import SERVICES  # every service cqc serve registers

# Named after grpc interop test cases: timeout_on_sleeping_server is the exceeded deadline.
INTEROP_CLASSICS = ("empty", "large", "metadata", "unicode", "unimplemented", "cancel", "timeout")


@pytest.fixture(scope="module")
def cases() -> list[loading.Case]:
    """Every case, loaded once: checking them against their rules takes seconds."""
    return loading.load_cases(sorted((REPO_ROOT / command.CASES_DIR).rglob("*.yaml")), REPO_ROOT)


def test_there_are_at_least_200_cases_and_every_rpc_has_one(cases: list[loading.Case]) -> None:
    called = {(s.proto.service, s.proto.method) for c in cases for s in c.steps}
    pool = descriptor_pool.Default()
    rpcs = {(name, m.name) for name in SERVICES for m in pool.FindServiceByName(name).methods}

    assert len(cases) >= 200
    assert sorted(rpcs - called) == []


def test_the_interop_classics_are_covered(cases: list[loading.Case]) -> None:
    names = [c.name for c in cases if c.area == "interop"]

    missing = [classic for classic in INTEROP_CLASSICS if not any(classic in name for name in names)]

    assert missing == []


def test_the_matrix_passes_for_go_python_and_typescript() -> None:
    # About 50 s with the drivers already built (37-48 s measured); pytest's timeout (pyproject) bounds it.
    completed = cqc(REPO_ROOT, "conformance", "--quiet")

    output = completed.stdout + completed.stderr
    assert completed.returncode == 0, output[-30000:]
    assert re.fullmatch(r"\d+ passed, 0 failed( \(\d+ known failures?\))? in [\d.]+s",
                        completed.stdout.splitlines()[-1]), output[-3000:]
