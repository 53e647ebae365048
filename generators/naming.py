"""Pure naming rules: how a proto file, package or service is spelled in each generated language.

Every name a template prints comes from here, so the rules have one home and unit tests
(tests/test_generator_naming.py). Nothing in this module reads files or keeps state.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterable, Sequence
from pathlib import PurePosixPath

GENERATED_BY = "cqc generate"

# Splits PascalCase words, keeping acronyms together: "OMSGateway" -> "OMS", "Gateway".
_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z0-9])|[A-Z]?[a-z0-9]+|[A-Z]+")
# The last element of a versioned proto package: "v1", "v1beta2", "v2alpha".
_VERSION = re.compile(r"v\d+((alpha|beta)\d*)?")

SERVICE_SUFFIX = "Service"


def words(name: str) -> list[str]:
    """Split a PascalCase, camelCase or snake_case identifier into its words."""
    found: list[str] = []
    for part in re.split(r"[_\W]+", name):
        found.extend(_WORD.findall(part))
    return found


def snake_case(name: str) -> str:
    return "_".join(word.lower() for word in words(name))


def pascal_case(name: str) -> str:
    """``market_data`` -> ``MarketData``; acronyms keep their case (``OMSGateway`` stays as it is)."""
    return "".join(word[:1].upper() + word[1:] for word in words(name))


def camel_case(name: str) -> str:
    """``AssetRegistry`` -> ``assetRegistry``; a leading acronym is lowered whole (``OMSGateway`` -> ``omsGateway``)."""
    parts = words(name)
    if not parts:
        return name
    return parts[0].lower() + "".join(word[:1].upper() + word[1:] for word in parts[1:])


def service_short_name(service_name: str) -> str:
    """``AssetRegistryService`` -> ``AssetRegistry``: the facade already says these are services."""
    if service_name.endswith(SERVICE_SUFFIX) and len(service_name) > len(SERVICE_SUFFIX):
        return service_name[: -len(SERVICE_SUFFIX)]
    return service_name


def package_qualifier(proto_package: str) -> str:
    """``cq.assets.v1`` -> ``AssetsV1``: the package in PascalCase, without the common ``cq`` root."""
    parts = proto_package.split(".")
    if len(parts) > 1 and parts[0] == "cq":
        parts = parts[1:]
    return "".join(pascal_case(part) for part in parts)


# --- Go ---------------------------------------------------------------------------------------------


def go_import_path(module: str, proto_file: str) -> str:
    """The Go import path of the package generated from ``proto_file`` (buf managed mode, source relative)."""
    directory = PurePosixPath(proto_file).parent.as_posix()
    return module if directory == "." else f"{module}/{directory}"


def go_package_name(proto_package: str) -> str:
    """The Go package name buf managed mode derives: ``cq.assets.v1`` -> ``assetsv1``."""
    parts = [part.replace("_", "").lower() for part in proto_package.split(".")]
    if len(parts) >= 2 and _VERSION.fullmatch(parts[-1]):
        return parts[-2] + parts[-1]
    return parts[-1]


def go_client_interface(service_name: str) -> str:
    """The client interface protoc-gen-go-grpc generates for a service."""
    return f"{service_name}Client"


def go_client_constructor(service_name: str) -> str:
    return f"New{service_name}Client"


# --- Python -----------------------------------------------------------------------------------------


def python_module(proto_file: str, suffix: str) -> str:
    """``cq/assets/v1/service.proto`` with suffix ``_pb2_grpc`` -> ``cq.assets.v1.service_pb2_grpc``."""
    path = PurePosixPath(proto_file)
    return ".".join((*path.parent.parts, path.stem + suffix))


def python_module_alias(module: str) -> str:
    """A unique local name for an imported module: ``cq.assets.v1.service_pb2`` -> ``assets_v1_service_pb2``."""
    parts = module.split(".")
    if len(parts) > 1 and parts[0] == "cq":
        parts = parts[1:]
    return "_".join(parts)


def python_packages(proto_files: Iterable[str]) -> list[str]:
    """Every Python package directory the generated modules live in, parents included, sorted."""
    packages: set[str] = set()
    for proto_file in proto_files:
        parts = PurePosixPath(proto_file).parent.parts
        for depth in range(1, len(parts) + 1):
            packages.add(".".join(parts[:depth]))
    return sorted(packages)


def python_identifier(name: str) -> str:
    """Make ``name`` usable as a Python attribute: keywords get a trailing underscore (PEP 8)."""
    return f"{name}_" if keyword.iskeyword(name) or keyword.issoftkeyword(name) else name


# --- TypeScript -------------------------------------------------------------------------------------


def ts_module(proto_file: str) -> str:
    """The import specifier of protobuf-es output, relative to ``src``: ``./cq/assets/v1/service_pb.js``."""
    path = PurePosixPath(proto_file)
    return f"./{path.with_name(path.stem + '_pb.js').as_posix()}"


# --- Facade members ---------------------------------------------------------------------------------


def facade_member_names(services: Sequence[tuple[str, str]], reserved: Iterable[str] = ()) -> list[str]:
    """The PascalCase base name of each facade member, for ``(proto_package, service_name)`` pairs.

    A member is the service name without ``Service``. When services of several packages share that
    name (most likely v1 and v2 of one domain), each of them is qualified with its package, which is
    unique by construction. A name that clashes with one of the facade's own members (``reserved``,
    compared in snake case, so ``close`` covers ``Close``) gets its ``Service`` suffix back.
    """
    reserved_keys = {snake_case(name) for name in reserved}
    bases = [service_short_name(name) for _, name in services]
    counts: dict[str, int] = {}
    for base in bases:
        counts[snake_case(base)] = counts.get(snake_case(base), 0) + 1
    chosen: list[str] = []
    for (package, _), base in zip(services, bases, strict=True):
        if counts[snake_case(base)] > 1:
            base = package_qualifier(package) + base
        if snake_case(base) in reserved_keys:
            base += SERVICE_SUFFIX
        chosen.append(base)
    return chosen


def generated_header(sources: Sequence[str]) -> str:
    """The "do not edit" stamp every rendered file starts with (in its language's comment syntax).

    For Go it must match ``^// Code generated .* DO NOT EDIT\\.$`` once prefixed with ``// ``.
    """
    origin = ", ".join(sources) if sources else "the CQ contracts"
    return f"Code generated by {GENERATED_BY} from {origin}. DO NOT EDIT."
