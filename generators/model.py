"""The typed model the templates render: what the buf image says, with every name already computed.

``build_model`` reads a FileDescriptorSet (buf's image is one, plus fields protobuf keeps as unknown)
and returns frozen dataclasses. Templates only loop over these and branch on their booleans, so every
decision (which services exist, how a member is named, whether a method streams) is made here or in
``generators.naming`` and covered by tests/test_generator_model.py.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from google.protobuf import descriptor_pb2

from generators import naming

DECIMAL_MESSAGE = "cq.types.v1.Decimal"
# The protovalidate annotations, materialised by generators/protodeps.py.
VALIDATE_PROTO = "buf/validate/validate.proto"
# The decimal helpers refuse values whose most significant digit lies further than this from the
# point: the normal form writes out every zero, so "1e-999999999" would otherwise take a gigabyte.
# It is far beyond the contract's supported range (40 integer and 30 fraction digits).
DECIMAL_MAX_ADJUSTED_EXPONENT = 1000

# Members each facade defines itself; a service whose short name collides keeps its "Service" suffix.
FACADE_RESERVED_MEMBERS = ("close", "conn", "channel", "transport")


class ModelError(ValueError):
    """The image lacks something the facades need (the Decimal type) or names clash."""


@dataclass(frozen=True)
class Method:
    name: str
    input_type: str  # fully qualified, without the leading dot
    output_type: str
    client_streaming: bool
    server_streaming: bool
    # Unary in both directions: the only calls the facades give a default deadline.
    unary: bool


@dataclass(frozen=True)
class GoService:
    import_path: str
    package_alias: str
    client_interface: str
    client_constructor: str
    accessor: str  # exported method on cqclient.Client
    field: str  # unexported struct field holding the client


@dataclass(frozen=True)
class PythonService:
    module: str  # the _pb2_grpc module
    module_alias: str
    stub: str
    async_stub: str
    attribute: str  # attribute on CqClient / AsyncCqClient


@dataclass(frozen=True)
class TsService:
    module: str  # import specifier relative to src, ending in .js
    symbol: str  # the GenService constant protobuf-es exports
    local: str  # the name client.ts imports it as (differs only when two packages export one name)
    member: str  # property on the object createCqClient returns


@dataclass(frozen=True)
class Service:
    name: str
    full_name: str
    package: str
    proto_file: str
    methods: tuple[Method, ...]
    go: GoService
    python: PythonService
    ts: TsService


@dataclass(frozen=True)
class GoImport:
    path: str
    alias: str


@dataclass(frozen=True)
class PythonImport:
    package: str  # ``cq.assets.v1``
    module: str  # ``service_pb2_grpc``
    alias: str


@dataclass(frozen=True)
class TsImportedName:
    symbol: str
    local: str
    aliased: bool  # whether the import needs "symbol as local"


@dataclass(frozen=True)
class TsImport:
    module: str
    names: tuple[TsImportedName, ...]


@dataclass(frozen=True)
class DecimalType:
    """Where cq.types.v1.Decimal lives in each language."""

    proto_file: str
    go_import_path: str
    go_package_alias: str
    python_package: str
    python_module: str  # module name within the package, e.g. ``decimal_pb2``
    ts_module: str
    max_adjusted_exponent: int


@dataclass(frozen=True)
class Model:
    proto_files: tuple[str, ...]  # the CQ files generated, sorted
    service_files: tuple[str, ...]  # the files that define services, sorted
    services: tuple[Service, ...]  # sorted by full name
    go_imports: tuple[GoImport, ...]
    python_imports: tuple[PythonImport, ...]
    python_packages: tuple[str, ...]  # every package directory under gen/python, parents first
    ts_imports: tuple[TsImport, ...]
    decimal: DecimalType
    # Whether any contract imports the protovalidate annotations (VALIDATE_PROTO): then gen/python
    # ships the buf.validate modules and the packages offer the validator as an optional dependency.
    validated: bool = False


def _method(method: descriptor_pb2.MethodDescriptorProto) -> Method:
    return Method(
        name=method.name,
        input_type=method.input_type.lstrip("."),
        output_type=method.output_type.lstrip("."),
        client_streaming=method.client_streaming,
        server_streaming=method.server_streaming,
        unary=not method.client_streaming and not method.server_streaming,
    )


@dataclass(frozen=True)
class _RawService:
    file: descriptor_pb2.FileDescriptorProto
    descriptor: descriptor_pb2.ServiceDescriptorProto

    @property
    def full_name(self) -> str:
        return f"{self.file.package}.{self.descriptor.name}" if self.file.package else self.descriptor.name


def _services(raw: list[_RawService], go_module: str) -> tuple[Service, ...]:
    bases = naming.facade_member_names(
        [(item.file.package, item.descriptor.name) for item in raw], reserved=FACADE_RESERVED_MEMBERS
    )
    name_counts: dict[str, int] = {}
    for item in raw:
        name_counts[item.descriptor.name] = name_counts.get(item.descriptor.name, 0) + 1
    services = []
    for item, base in zip(raw, bases, strict=True):
        name = item.descriptor.name
        grpc_module = naming.python_module(item.file.name, "_pb2_grpc")
        services.append(
            Service(
                name=name,
                full_name=item.full_name,
                package=item.file.package,
                proto_file=item.file.name,
                methods=tuple(_method(method) for method in item.descriptor.method),
                go=GoService(
                    import_path=naming.go_import_path(go_module, item.file.name),
                    package_alias=naming.go_package_name(item.file.package),
                    client_interface=naming.go_client_interface(name),
                    client_constructor=naming.go_client_constructor(name),
                    accessor=naming.pascal_case(base),
                    field=naming.camel_case(base),
                ),
                python=PythonService(
                    module=grpc_module,
                    module_alias=naming.python_module_alias(grpc_module),
                    stub=f"{name}Stub",
                    async_stub=f"{name}AsyncStub",
                    attribute=naming.python_identifier(naming.snake_case(base)),
                ),
                ts=TsService(
                    module=naming.ts_module(item.file.name),
                    symbol=name,
                    local=name
                    if name_counts[name] == 1
                    else naming.package_qualifier(item.file.package) + name,
                    member=naming.camel_case(base),
                ),
            )
        )
    _check_unique("Go package alias", {(s.go.package_alias, s.go.import_path) for s in services})
    _check_unique("TypeScript name", {(s.ts.local, s.full_name) for s in services})
    return tuple(services)


def _check_unique(what: str, pairs: Iterable[tuple[str, str]]) -> None:
    """Fail if one local name would stand for two different things in a facade."""
    owners: dict[str, str] = {}
    for local, owner in sorted(pairs):
        if local in owners and owners[local] != owner:
            raise ModelError(f"{what} {local!r} would stand for both {owners[local]} and {owner}")
        owners[local] = owner


def _decimal_type(files: dict[str, descriptor_pb2.FileDescriptorProto], go_module: str) -> DecimalType:
    package, _, message = DECIMAL_MESSAGE.rpartition(".")
    for file in files.values():
        if file.package == package and any(m.name == message for m in file.message_type):
            module = naming.python_module(file.name, "_pb2")
            python_package, _, python_module = module.rpartition(".")
            return DecimalType(
                proto_file=file.name,
                go_import_path=naming.go_import_path(go_module, file.name),
                go_package_alias=naming.go_package_name(package),
                python_package=python_package,
                python_module=python_module,
                ts_module=naming.ts_module(file.name),
                max_adjusted_exponent=DECIMAL_MAX_ADJUSTED_EXPONENT,
            )
    raise ModelError(f"{DECIMAL_MESSAGE} is not defined in the contracts; the decimal helpers need it")


def build_model(
    descriptor_set: descriptor_pb2.FileDescriptorSet, source_files: Collection[str], go_module: str
) -> Model:
    """Build the model of the files in ``source_files`` (paths relative to the proto module).

    The set may hold more files (imports such as google/api); only the CQ sources are generated
    into the facades, but all of them are needed to resolve types.
    """
    files = {file.name: file for file in descriptor_set.file if file.name in source_files}
    missing = sorted(set(source_files) - set(files))
    if missing:
        raise ModelError(f"the image lacks source files: {', '.join(missing)}")
    raw = [_RawService(file=file, descriptor=service) for file in files.values() for service in file.service]
    raw.sort(key=lambda item: item.full_name)
    services = _services(raw, go_module)

    go_imports = sorted({(s.go.import_path, s.go.package_alias) for s in services})
    python_imports = sorted({(s.python.module, s.python.module_alias) for s in services})
    ts_names: dict[str, list[TsImportedName]] = {}
    for service in services:
        ts_names.setdefault(service.ts.module, []).append(
            TsImportedName(
                symbol=service.ts.symbol,
                local=service.ts.local,
                aliased=service.ts.local != service.ts.symbol,
            )
        )

    return Model(
        proto_files=tuple(sorted(files)),
        service_files=tuple(sorted({s.proto_file for s in services})),
        services=services,
        go_imports=tuple(GoImport(path=path, alias=alias) for path, alias in go_imports),
        python_imports=tuple(
            PythonImport(package=module.rpartition(".")[0], module=module.rpartition(".")[2], alias=alias)
            for module, alias in python_imports
        ),
        python_packages=tuple(naming.python_packages(files)),
        ts_imports=tuple(
            TsImport(module=module, names=tuple(sorted(names, key=lambda name: name.local)))
            for module, names in sorted(ts_names.items())
        ),
        decimal=_decimal_type(files, go_module),
        validated=any(VALIDATE_PROTO in file.dependency for file in files.values()),
    )
