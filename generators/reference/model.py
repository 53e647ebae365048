"""The model docs/reference renders: every CQ package, service, message and enum, ready to print.

``build_reference`` reads the buf image (a FileDescriptorSet with source code info) and returns frozen
dataclasses in which every decision is already made: comment text escaped for a paragraph and for a
table cell, each type as a name and a link, labels, streaming kinds, HTTP routes and buf.validate
rules as strings. The templates under templates/docs only loop and branch on booleans.

Order is the order of the protos: packages by name, files by name within a package, declarations in
file order with nested types after their parent. Nothing depends on dict order or the clock, so the
same image always renders the same bytes.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from google.protobuf import descriptor_pb2

from generators import naming
from generators.model import ModelError
from generators.reference import markdown
from generators.reference.options import HttpRoute, OptionReader

FieldProto = descriptor_pb2.FieldDescriptorProto

SCALAR_TYPES = {
    FieldProto.TYPE_DOUBLE: "double",
    FieldProto.TYPE_FLOAT: "float",
    FieldProto.TYPE_INT64: "int64",
    FieldProto.TYPE_UINT64: "uint64",
    FieldProto.TYPE_INT32: "int32",
    FieldProto.TYPE_FIXED64: "fixed64",
    FieldProto.TYPE_FIXED32: "fixed32",
    FieldProto.TYPE_BOOL: "bool",
    FieldProto.TYPE_STRING: "string",
    FieldProto.TYPE_BYTES: "bytes",
    FieldProto.TYPE_UINT32: "uint32",
    FieldProto.TYPE_SFIXED32: "sfixed32",
    FieldProto.TYPE_SFIXED64: "sfixed64",
    FieldProto.TYPE_SINT32: "sint32",
    FieldProto.TYPE_SINT64: "sint64",
}

# Where the source of a type the contracts import (not documented here) can be read, by file prefix.
EXTERNAL_SOURCES = (
    ("google/protobuf/", "https://github.com/protocolbuffers/protobuf/blob/main/src/"),
    ("google/", "https://github.com/googleapis/googleapis/blob/master/"),
    ("buf/validate/", "https://github.com/bufbuild/protovalidate/blob/main/proto/protovalidate/"),
)

INDEX_PAGE = "README.md"

# Field numbers in descriptor.proto that make up source code info paths.
_FILE_MESSAGE, _FILE_ENUM, _FILE_SERVICE = 4, 5, 6
_MESSAGE_FIELD, _MESSAGE_NESTED, _MESSAGE_ENUM, _MESSAGE_ONEOF = 2, 3, 4, 8
_ENUM_VALUE = 2
_SERVICE_METHOD = 2

Path = tuple[int, ...]


class ReferenceModelError(ModelError):
    """The image cannot be documented: a source file is missing or a type does not resolve."""


@dataclass(frozen=True)
class Source:
    """Where a declaration is: its file as the image names it and its 1-based line (0 if unknown)."""

    file: str
    line: int


@dataclass(frozen=True)
class Comment:
    text: str  # as written, without the comment markers; "" when there is none
    block: str  # Markdown paragraphs
    cell: str  # Markdown for one table cell
    summary: str  # the first paragraph, for one table cell
    present: bool


@dataclass(frozen=True)
class TypeRef:
    name: str  # package-relative in its own package ("Order.Fill"), fully qualified elsewhere
    href: str  # relative to the page it appears on; "" for scalars
    linked: bool


@dataclass(frozen=True)
class Rule:
    text: str  # e.g. 'string.pattern = "^[A-Z]+$"'
    code: str  # as a Markdown code span
    cell: str  # as a code span inside a table cell


@dataclass(frozen=True)
class Field:
    name: str
    number: int
    qualified_name: str  # package-relative: "Asset.asset_id"
    type: TypeRef
    is_map: bool
    map_key: TypeRef | None
    map_value: TypeRef | None
    label: str  # "repeated", "optional", "required" or ""
    in_oneof: bool
    oneof: str
    deprecated: bool
    rules: tuple[Rule, ...]
    has_rules: bool
    comment: Comment
    source: Source


@dataclass(frozen=True)
class Oneof:
    name: str
    qualified_name: str
    fields: tuple[str, ...]
    rules: tuple[Rule, ...]
    has_rules: bool
    comment: Comment
    source: Source


@dataclass(frozen=True)
class Message:
    name: str  # package-relative
    full_name: str
    anchor: str
    fields: tuple[Field, ...]
    has_fields: bool
    oneofs: tuple[Oneof, ...]
    has_oneofs: bool
    rules: tuple[Rule, ...]
    has_rules: bool
    reserved: str  # Markdown, "" when nothing is reserved
    has_reserved: bool
    deprecated: bool
    comment: Comment
    source: Source


@dataclass(frozen=True)
class EnumValue:
    name: str
    number: int
    qualified_name: str  # "AssetClass.ASSET_CLASS_CRYPTO"
    deprecated: bool
    comment: Comment
    source: Source


@dataclass(frozen=True)
class Enum:
    name: str
    full_name: str
    anchor: str
    values: tuple[EnumValue, ...]
    reserved: str
    has_reserved: bool
    deprecated: bool
    comment: Comment
    source: Source


@dataclass(frozen=True)
class HttpBinding:
    code: str  # Markdown for a paragraph or a table cell: `GET /v1/assets/{asset_id}`, body `*`


@dataclass(frozen=True)
class Method:
    name: str
    qualified_name: str  # "AssetRegistryService.GetAsset"
    anchor: str
    request: TypeRef
    response: TypeRef
    client_streaming: bool
    server_streaming: bool
    kind: str  # "unary", "server streaming", "client streaming" or "bidirectional streaming"
    signature: str  # the rpc declaration as a Markdown code span
    http: tuple[HttpBinding, ...]
    has_http: bool
    deprecated: bool
    comment: Comment
    source: Source


@dataclass(frozen=True)
class Service:
    name: str
    full_name: str
    package: str
    anchor: str
    index_href: str  # the link from the index page
    methods: tuple[Method, ...]
    rpc_count: int
    deprecated: bool
    comment: Comment
    source: Source


@dataclass(frozen=True)
class Package:
    name: str
    page: str  # file name under docs/reference
    header: str  # the "generated, do not edit" stamp
    files: tuple[str, ...]
    services: tuple[Service, ...]
    messages: tuple[Message, ...]
    enums: tuple[Enum, ...]
    has_services: bool
    has_messages: bool
    has_enums: bool
    service_count: int
    rpc_count: int
    message_count: int
    enum_count: int


@dataclass(frozen=True)
class Reference:
    header: str
    index_page: str
    packages: tuple[Package, ...]
    services: tuple[Service, ...]  # every service, by full name, for the index
    service_count: int
    rpc_count: int
    message_count: int
    enum_count: int


@dataclass(frozen=True)
class _Declared:
    """A message or enum the image defines, wherever it lives: enough to name and link to it."""

    full_name: str
    package: str
    file: str
    documented: bool  # defined in a CQ source file, so it has a section in the reference
    map_entry: descriptor_pb2.DescriptorProto | None  # the synthetic entry type of a map field


def comment(text: str) -> Comment:
    """A comment as source code info holds it ("// x" gives " x\n"), cleaned and made Markdown."""
    lines = [line.removeprefix(" ") for line in text.splitlines()]
    cleaned = "\n".join(line.rstrip() for line in lines).strip("\n")
    return Comment(
        text=cleaned,
        block=markdown.block(cleaned),
        cell=markdown.cell(cleaned),
        summary=markdown.cell(markdown.first_paragraph(cleaned)),
        present=bool(cleaned.strip()),
    )


def page_name(package: str) -> str:
    return f"{package}.md"


def anchor(full_name: str) -> str:
    """The id of a declaration's section: its fully qualified name, unique across every page."""
    return full_name


def relative_name(full_name: str, package: str) -> str:
    return full_name[len(package) + 1 :] if package and full_name.startswith(f"{package}.") else full_name


def rule(text: str) -> Rule:
    return Rule(
        text=text, code=markdown.code_span(text), cell=markdown.escape_pipes(markdown.code_span(text))
    )


def http_binding(route: HttpRoute) -> HttpBinding:
    code = markdown.code_span(f"{route.method} {route.path}")
    if route.body:
        code = f"{code}, body {markdown.code_span(route.body)}"
    return HttpBinding(code=code)


def streaming_kind(client_streaming: bool, server_streaming: bool) -> str:
    if client_streaming and server_streaming:
        return "bidirectional streaming"
    if client_streaming:
        return "client streaming"
    if server_streaming:
        return "server streaming"
    return "unary"


def reserved_text(ranges: Iterable[tuple[int, int]], names: Iterable[str]) -> str:
    """Reserved numbers (inclusive ranges) and names, e.g. "5, 7 to 9; names `old`, `older`"."""
    numbers = [str(start) if start == end else f"{start} to {end}" for start, end in ranges]
    quoted = [markdown.code_span(name) for name in names]
    parts = []
    if numbers:
        parts.append(f"numbers {', '.join(numbers)}")
    if quoted:
        parts.append(f"names {', '.join(quoted)}")
    return "; ".join(parts)


class _Builder:
    """Builds the reference of one image; holds the lookups the declarations share."""

    def __init__(self, files: Sequence[descriptor_pb2.FileDescriptorProto], sources: Collection[str]) -> None:
        self.sources = sources
        self.options = OptionReader(files)
        self.declared: dict[str, _Declared] = {}
        for file in files:
            self._declare(file, file.message_type, file.enum_type, file.package)

    def _declare(
        self,
        file: descriptor_pb2.FileDescriptorProto,
        messages: Iterable[descriptor_pb2.DescriptorProto],
        enums: Iterable[descriptor_pb2.EnumDescriptorProto],
        scope: str,
    ) -> None:
        documented = file.name in self.sources
        for enum in enums:
            full_name = f"{scope}.{enum.name}" if scope else enum.name
            self.declared[full_name] = _Declared(full_name, file.package, file.name, documented, None)
        for message in messages:
            full_name = f"{scope}.{message.name}" if scope else message.name
            entry = message if message.options.map_entry else None
            self.declared[full_name] = _Declared(full_name, file.package, file.name, documented, entry)
            self._declare(file, message.nested_type, message.enum_type, full_name)

    # Types and links

    def type_ref(self, type_name: str, page_package: str) -> TypeRef:
        """A message or enum, named and linked as seen from the page of ``page_package``."""
        full_name = type_name.lstrip(".")
        declared = self.declared.get(full_name)
        if declared is None:
            raise ReferenceModelError(f"type {full_name} is not defined in the image")
        name = relative_name(full_name, page_package) if declared.package == page_package else full_name
        if declared.documented:
            page = "" if declared.package == page_package else page_name(declared.package)
            return TypeRef(name=name, href=f"{page}#{anchor(full_name)}", linked=True)
        base = next((url for prefix, url in EXTERNAL_SOURCES if declared.file.startswith(prefix)), None)
        if base is None:
            return TypeRef(name=name, href="", linked=False)
        return TypeRef(name=name, href=f"{base}{declared.file}", linked=True)

    def field_type(self, field: descriptor_pb2.FieldDescriptorProto, page_package: str) -> TypeRef:
        if field.type in SCALAR_TYPES:
            return TypeRef(name=SCALAR_TYPES[field.type], href="", linked=False)
        return self.type_ref(field.type_name, page_package)

    def map_entry(self, field: descriptor_pb2.FieldDescriptorProto) -> descriptor_pb2.DescriptorProto | None:
        if field.type != FieldProto.TYPE_MESSAGE or field.label != FieldProto.LABEL_REPEATED:
            return None
        declared = self.declared.get(field.type_name.lstrip("."))
        return declared.map_entry if declared is not None else None

    # Declarations

    def package(self, name: str, files: list[descriptor_pb2.FileDescriptorProto]) -> Package:
        services: list[Service] = []
        messages: list[Message] = []
        enums: list[Enum] = []
        for file in files:
            info = _SourceInfo(file)
            for index, service in enumerate(file.service):
                services.append(self.service(file, service, info, (_FILE_SERVICE, index)))
            for index, message in enumerate(file.message_type):
                self.messages(file, message, file.package, info, (_FILE_MESSAGE, index), messages, enums)
            for index, enum in enumerate(file.enum_type):
                enums.append(self.enum(file, enum, file.package, info, (_FILE_ENUM, index)))
        enums.sort(key=lambda item: info_order(item.source))
        file_names = tuple(file.name for file in files)
        return Package(
            name=name,
            page=page_name(name),
            header=naming.generated_header(file_names),
            files=file_names,
            services=tuple(services),
            messages=tuple(messages),
            enums=tuple(enums),
            has_services=bool(services),
            has_messages=bool(messages),
            has_enums=bool(enums),
            service_count=len(services),
            rpc_count=sum(service.rpc_count for service in services),
            message_count=len(messages),
            enum_count=len(enums),
        )

    def messages(
        self,
        file: descriptor_pb2.FileDescriptorProto,
        message: descriptor_pb2.DescriptorProto,
        scope: str,
        info: _SourceInfo,
        path: Path,
        messages: list[Message],
        enums: list[Enum],
    ) -> None:
        """Append ``message`` and, after it, its nested messages and enums (map entries skipped)."""
        if message.options.map_entry:
            return
        full_name = f"{scope}.{message.name}"
        messages.append(self.message(file, message, full_name, info, path))
        for index, nested in enumerate(message.nested_type):
            self.messages(file, nested, full_name, info, (*path, _MESSAGE_NESTED, index), messages, enums)
        for index, enum in enumerate(message.enum_type):
            enums.append(self.enum(file, enum, full_name, info, (*path, _MESSAGE_ENUM, index)))

    def message(
        self,
        file: descriptor_pb2.FileDescriptorProto,
        message: descriptor_pb2.DescriptorProto,
        full_name: str,
        info: _SourceInfo,
        path: Path,
    ) -> Message:
        package = file.package
        name = relative_name(full_name, package)
        # proto3 `optional` fields live in a synthetic oneof each; only real oneofs are shown as oneofs.
        synthetic = {field.oneof_index for field in message.field if field.proto3_optional}
        fields = tuple(
            self.field(file, message, field, name, info, (*path, _MESSAGE_FIELD, index))
            for index, field in enumerate(message.field)
        )
        oneofs = tuple(
            self.oneof(message, oneof, index, name, info, (*path, _MESSAGE_ONEOF, index))
            for index, oneof in enumerate(message.oneof_decl)
            if index not in synthetic
        )
        rules = tuple(rule(text) for text in self.options.message_rules(message))
        reserved = reserved_text(
            ((item.start, item.end - 1) for item in message.reserved_range), message.reserved_name
        )
        return Message(
            name=name,
            full_name=full_name,
            anchor=anchor(full_name),
            fields=fields,
            has_fields=bool(fields),
            oneofs=oneofs,
            has_oneofs=bool(oneofs),
            rules=rules,
            has_rules=bool(rules),
            reserved=reserved,
            has_reserved=bool(reserved),
            deprecated=message.options.deprecated,
            comment=info.comment(path),
            source=info.source(path),
        )

    def field(
        self,
        file: descriptor_pb2.FileDescriptorProto,
        message: descriptor_pb2.DescriptorProto,
        field: descriptor_pb2.FieldDescriptorProto,
        message_name: str,
        info: _SourceInfo,
        path: Path,
    ) -> Field:
        entry = self.map_entry(field)
        key = value = None
        if entry is not None:
            key_field, value_field = sorted(entry.field, key=lambda item: item.number)
            key = self.field_type(key_field, file.package)
            value = self.field_type(value_field, file.package)
        in_oneof = field.HasField("oneof_index") and not field.proto3_optional
        if entry is not None or in_oneof:
            label = ""
        elif field.label == FieldProto.LABEL_REPEATED:
            label = "repeated"
        elif field.proto3_optional or (
            field.label == FieldProto.LABEL_OPTIONAL and file.syntax in ("", "proto2")
        ):
            label = "optional"
        elif field.label == FieldProto.LABEL_REQUIRED:
            label = "required"
        else:
            label = ""
        rules = tuple(rule(text) for text in self.options.field_rules(field))
        return Field(
            name=field.name,
            number=field.number,
            qualified_name=f"{message_name}.{field.name}",
            type=self.field_type(field, file.package),
            is_map=entry is not None,
            map_key=key,
            map_value=value,
            label=label,
            in_oneof=in_oneof,
            oneof=message.oneof_decl[field.oneof_index].name if in_oneof else "",
            deprecated=field.options.deprecated,
            rules=rules,
            has_rules=bool(rules),
            comment=info.comment(path),
            source=info.source(path),
        )

    def oneof(
        self,
        message: descriptor_pb2.DescriptorProto,
        oneof: descriptor_pb2.OneofDescriptorProto,
        index: int,
        message_name: str,
        info: _SourceInfo,
        path: Path,
    ) -> Oneof:
        rules = tuple(rule(text) for text in self.options.oneof_rules(oneof))
        return Oneof(
            name=oneof.name,
            qualified_name=f"{message_name}.{oneof.name}",
            fields=tuple(
                field.name
                for field in message.field
                if field.HasField("oneof_index") and field.oneof_index == index
            ),
            rules=rules,
            has_rules=bool(rules),
            comment=info.comment(path),
            source=info.source(path),
        )

    def enum(
        self,
        file: descriptor_pb2.FileDescriptorProto,
        enum: descriptor_pb2.EnumDescriptorProto,
        scope: str,
        info: _SourceInfo,
        path: Path,
    ) -> Enum:
        full_name = f"{scope}.{enum.name}"
        name = relative_name(full_name, file.package)
        values = tuple(
            EnumValue(
                name=value.name,
                number=value.number,
                qualified_name=f"{name}.{value.name}",
                deprecated=value.options.deprecated,
                comment=info.comment((*path, _ENUM_VALUE, index)),
                source=info.source((*path, _ENUM_VALUE, index)),
            )
            for index, value in enumerate(enum.value)
        )
        # Enum reserved ranges are inclusive, unlike message ones.
        reserved = reserved_text(((item.start, item.end) for item in enum.reserved_range), enum.reserved_name)
        return Enum(
            name=name,
            full_name=full_name,
            anchor=anchor(full_name),
            values=values,
            reserved=reserved,
            has_reserved=bool(reserved),
            deprecated=enum.options.deprecated,
            comment=info.comment(path),
            source=info.source(path),
        )

    def service(
        self,
        file: descriptor_pb2.FileDescriptorProto,
        service: descriptor_pb2.ServiceDescriptorProto,
        info: _SourceInfo,
        path: Path,
    ) -> Service:
        full_name = f"{file.package}.{service.name}"
        methods = tuple(
            self.method(file, service, method, info, (*path, _SERVICE_METHOD, index))
            for index, method in enumerate(service.method)
        )
        return Service(
            name=service.name,
            full_name=full_name,
            package=file.package,
            anchor=anchor(full_name),
            index_href=f"{page_name(file.package)}#{anchor(full_name)}",
            methods=methods,
            rpc_count=len(methods),
            deprecated=service.options.deprecated,
            comment=info.comment(path),
            source=info.source(path),
        )

    def method(
        self,
        file: descriptor_pb2.FileDescriptorProto,
        service: descriptor_pb2.ServiceDescriptorProto,
        method: descriptor_pb2.MethodDescriptorProto,
        info: _SourceInfo,
        path: Path,
    ) -> Method:
        request = self.type_ref(method.input_type, file.package)
        response = self.type_ref(method.output_type, file.package)
        request_stream = "stream " if method.client_streaming else ""
        response_stream = "stream " if method.server_streaming else ""
        signature = (
            f"rpc {method.name}({request_stream}{request.name}) returns ({response_stream}{response.name})"
        )
        http = tuple(http_binding(route) for route in self.options.http_routes(method))
        return Method(
            name=method.name,
            qualified_name=f"{service.name}.{method.name}",
            anchor=anchor(f"{file.package}.{service.name}.{method.name}"),
            request=request,
            response=response,
            client_streaming=method.client_streaming,
            server_streaming=method.server_streaming,
            kind=streaming_kind(method.client_streaming, method.server_streaming),
            signature=markdown.code_span(signature),
            http=http,
            has_http=bool(http),
            deprecated=method.options.deprecated,
            comment=info.comment(path),
            source=info.source(path),
        )


def info_order(source: Source) -> tuple[str, int]:
    return (source.file, source.line)


class _SourceInfo:
    """The comments and lines source code info records for one file's declarations."""

    def __init__(self, file: descriptor_pb2.FileDescriptorProto) -> None:
        self.file = file.name
        self.locations = {tuple(location.path): location for location in file.source_code_info.location}

    def comment(self, path: Path) -> Comment:
        location = self.locations.get(path)
        if location is None:
            return comment("")
        return comment(location.leading_comments or location.trailing_comments)

    def source(self, path: Path) -> Source:
        location = self.locations.get(path)
        return Source(self.file, location.span[0] + 1 if location is not None and location.span else 0)


def build_reference(
    descriptor_set: descriptor_pb2.FileDescriptorSet, source_files: Collection[str]
) -> Reference:
    """The reference of the files in ``source_files`` (paths as the image names them).

    The set may hold more files (imports such as google/protobuf and buf/validate); they are used to
    resolve and link types and options, never documented.
    """
    names = {file.name for file in descriptor_set.file}
    missing = sorted(set(source_files) - names)
    if missing:
        raise ReferenceModelError(f"the image lacks source files: {', '.join(missing)}")
    builder = _Builder(list(descriptor_set.file), set(source_files))
    by_package: dict[str, list[descriptor_pb2.FileDescriptorProto]] = {}
    for file in sorted(descriptor_set.file, key=lambda item: item.name):
        if file.name in source_files:
            by_package.setdefault(file.package, []).append(file)
    packages = tuple(builder.package(name, files) for name, files in sorted(by_package.items()))
    services = tuple(sorted((s for p in packages for s in p.services), key=lambda s: s.full_name))
    return Reference(
        header=naming.generated_header(()),
        index_page=INDEX_PAGE,
        packages=packages,
        services=services,
        service_count=len(services),
        rpc_count=sum(package.rpc_count for package in packages),
        message_count=sum(package.message_count for package in packages),
        enum_count=sum(package.enum_count for package in packages),
    )
