"""Check the Python dependency floors in versions.py against what the generated code demands.

grpcio-tools stamps each _pb2 module with the protobuf runtime it needs and each _pb2_grpc module with
the grpcio version it needs, and both refuse to import on anything older. Upgrading the pinned tools
can raise those needs; this check turns that into a generate failure instead of an ImportError in a
consumer's environment.
"""

from __future__ import annotations

import re
from pathlib import Path

from generators import versions

_PROTOBUF_STAMP = re.compile(r"^# Protobuf Python Version: (\S+)$", re.MULTILINE)
_GRPC_STAMP = re.compile(r"^GRPC_GENERATED_VERSION = '([^']+)'$", re.MULTILINE)


def version_key(version: str) -> tuple[int, ...]:
    """``7.35.1`` -> ``(7, 35, 1)``; a pre-release suffix ("1.2.0rc1") is ignored."""
    return tuple(int(number) for number in re.findall(r"(?:^|\.)(\d+)", version))


def highest_stamp(package_dir: Path, pattern: re.Pattern[str], suffix: str) -> str | None:
    found = [
        match.group(1)
        for path in sorted(package_dir.rglob(f"*{suffix}"))
        for match in [pattern.search(path.read_text(encoding="utf-8"))]
        if match
    ]
    return max(found, key=version_key) if found else None


def floor_problems(package_dir: Path) -> list[str]:
    """What is wrong with the declared floors for the generated modules under ``package_dir``."""
    problems = []
    checks = (
        ("protobuf", "PROTOBUF_MIN", versions.PROTOBUF_MIN, _PROTOBUF_STAMP, "_pb2.py"),
        ("grpcio", "GRPCIO_MIN", versions.GRPCIO_MIN, _GRPC_STAMP, "_pb2_grpc.py"),
    )
    for distribution, name, declared, pattern, suffix in checks:
        needed = highest_stamp(package_dir, pattern, suffix)
        if needed is not None and version_key(declared) < version_key(needed):
            problems.append(
                f"the generated code needs {distribution}>={needed} but generators/versions.py "
                f"declares {name} = {declared!r}; raise it"
            )
    return problems
