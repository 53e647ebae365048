"""docs/reference: the reference model on a small hand-made image, its Markdown, drift against the
committed pages, and the documentation completeness rules over the real contracts."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

import pytest
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory, timestamp_pb2
from google.protobuf.descriptor import FileDescriptor
from google.protobuf.message import Message

from cqc.vectors import wire
from generators import buf, protodeps
from generators.reference import completeness, markdown
from generators.reference.model import Reference, ReferenceModelError, build_reference
from generators.reference.render import render_reference
from tests.conftest import REPO_ROOT, run
from tests.workspace import copy_workspace, describe_difference, tree_digest

FieldProto = descriptor_pb2.FieldDescriptorProto
REFERENCE = Path("docs/reference")
DECIMAL = Path("proto/cq/types/v1/decimal.proto")
HTTP_EXTENSION = 72295728  # google.api.http on MethodOptions
VALIDATE_EXTENSION = 1159  # buf.validate.field / .message / .oneof


# A small image: cq.types.v1.Decimal, a package cq.shop.v1 using it, google/protobuf, google/api and
# a cut-down buf/validate with the same field numbers as the real one.


def _proto(file: FileDescriptor) -> descriptor_pb2.FileDescriptorProto:
    proto = descriptor_pb2.FileDescriptorProto()
    file.CopyToProto(proto)
    return proto


def _field(
    message: descriptor_pb2.DescriptorProto,
    name: str,
    number: int,
    kind: int,
    type_name: str = "",
    label: int = FieldProto.LABEL_OPTIONAL,
) -> descriptor_pb2.FieldDescriptorProto:
    field = message.field.add(name=name, number=number, type=kind, label=label)
    if type_name:
        field.type_name = type_name
    return field


def _validate_file() -> descriptor_pb2.FileDescriptorProto:
    file = descriptor_pb2.FileDescriptorProto(
        name="buf/validate/validate.proto",
        package="buf.validate",
        syntax="proto2",
        dependency=["google/protobuf/descriptor.proto"],
    )
    rule = file.message_type.add(name="Rule")
    for number, name in ((1, "id"), (2, "message"), (3, "expression")):
        _field(rule, name, number, FieldProto.TYPE_STRING)
    strings = file.message_type.add(name="StringRules")
    _field(strings, "min_len", 2, FieldProto.TYPE_UINT64)
    _field(strings, "pattern", 6, FieldProto.TYPE_STRING)
    _field(strings, "in", 10, FieldProto.TYPE_STRING, label=FieldProto.LABEL_REPEATED)
    field_rules = file.message_type.add(name="FieldRules")
    _field(field_rules, "string", 14, FieldProto.TYPE_MESSAGE, ".buf.validate.StringRules")
    _field(field_rules, "cel", 23, FieldProto.TYPE_MESSAGE, ".buf.validate.Rule", FieldProto.LABEL_REPEATED)
    _field(field_rules, "required", 25, FieldProto.TYPE_BOOL)
    message_rules = file.message_type.add(name="MessageRules")
    _field(message_rules, "cel", 3, FieldProto.TYPE_MESSAGE, ".buf.validate.Rule", FieldProto.LABEL_REPEATED)
    _field(file.message_type.add(name="OneofRules"), "required", 1, FieldProto.TYPE_BOOL)
    for name, extendee, rules in (
        ("field", "FieldOptions", "FieldRules"),
        ("message", "MessageOptions", "MessageRules"),
        ("oneof", "OneofOptions", "OneofRules"),
    ):
        file.extension.add(
            name=name,
            number=VALIDATE_EXTENSION,
            label=FieldProto.LABEL_OPTIONAL,
            type=FieldProto.TYPE_MESSAGE,
            type_name=f".buf.validate.{rules}",
            extendee=f".google.protobuf.{extendee}",
        )
    return file


def _http_file() -> descriptor_pb2.FileDescriptorProto:
    """google.api.HttpRule and the google.api.http extension, cut down (same field numbers)."""
    file = descriptor_pb2.FileDescriptorProto(
        name="google/api/annotations.proto",
        package="google.api",
        syntax="proto3",
        dependency=["google/protobuf/descriptor.proto"],
    )
    rule = file.message_type.add(name="HttpRule")
    rule.oneof_decl.add(name="pattern")
    for number, name in ((2, "get"), (3, "put"), (4, "post"), (5, "delete"), (6, "patch")):
        _field(rule, name, number, FieldProto.TYPE_STRING).oneof_index = 0
    _field(rule, "body", 7, FieldProto.TYPE_STRING)
    _field(
        rule,
        "additional_bindings",
        11,
        FieldProto.TYPE_MESSAGE,
        ".google.api.HttpRule",
        FieldProto.LABEL_REPEATED,
    )
    file.extension.add(
        name="http",
        number=HTTP_EXTENSION,
        label=FieldProto.LABEL_OPTIONAL,
        type=FieldProto.TYPE_MESSAGE,
        type_name=".google.api.HttpRule",
        extendee=".google.protobuf.MethodOptions",
    )
    return file


def _dynamic_message(file: descriptor_pb2.FileDescriptorProto, type_name: str, **values: object) -> Message:
    """A message of one of the cut-down files above, built with a pool of its own."""
    pool = descriptor_pool.DescriptorPool()
    pool.Add(_proto(descriptor_pb2.DESCRIPTOR))
    pool.Add(file)
    cls = message_factory.GetMessageClass(pool.FindMessageTypeByName(f"{file.package}.{type_name}"))
    return cls(**values)


def _validate_message(type_name: str, **values: object) -> Message:
    return _dynamic_message(_validate_file(), type_name, **values)


def _set_extension(options: Message, number: int, value: Message) -> None:
    """Set an extension as the image carries it: a length-delimited field of ``options``."""
    payload = value.SerializeToString()
    options.MergeFromString(wire.write_varint(number << 3 | wire.WIRE_LEN) + wire.write_varint(len(payload)) + payload)


class _Comments:
    """Source code info for one file: a comment and a line per declaration path."""

    def __init__(self, file: descriptor_pb2.FileDescriptorProto) -> None:
        self.file = file

    def add(self, path: Iterable[int], line: int, text: str = "") -> None:
        location = self.file.source_code_info.location.add(path=list(path), span=[line - 1, 2, 40])
        if text:
            location.leading_comments = "".join(f" {part}\n" for part in text.split("\n"))


def _decimal_file() -> descriptor_pb2.FileDescriptorProto:
    file = descriptor_pb2.FileDescriptorProto(
        name="cq/types/v1/decimal.proto", package="cq.types.v1", syntax="proto3"
    )
    _field(file.message_type.add(name="Decimal"), "value", 1, FieldProto.TYPE_STRING)
    comments = _Comments(file)
    comments.add([4, 0], 5, "An exact decimal number.")
    comments.add([4, 0, 2, 0], 7, 'Required. The decimal. Example: "1.5".')
    return file


def _shop_file() -> descriptor_pb2.FileDescriptorProto:
    file = descriptor_pb2.FileDescriptorProto(
        name="cq/shop/v1/shop.proto",
        package="cq.shop.v1",
        syntax="proto3",
        dependency=[
            "buf/validate/validate.proto",
            "cq/types/v1/decimal.proto",
            "google/api/annotations.proto",
            "google/protobuf/timestamp.proto",
        ],
    )
    comments = _Comments(file)
    order = file.message_type.add(name="Order")
    comments.add([4, 0], 10, "An order.\n\nPriced in <quote> units.")
    _set_extension(
        order.options,
        VALIDATE_EXTENSION,
        _validate_message(
            "MessageRules", cel=[{"id": "order.tags_unique", "expression": "this.tags.unique()"}]
        ),
    )

    order_id = _field(order, "order_id", 1, FieldProto.TYPE_STRING)
    comments.add([4, 0, 2, 0], 12, 'Required. The id, `o-<n>`. Example: "o-1".')
    _set_extension(
        order_id.options,
        VALIDATE_EXTENSION,
        _validate_message(
            "FieldRules",
            required=True,
            string={"pattern": "^o-[0-9]+$", "in": ["o-1", "o-2"]},
            cel=[{"id": "order_id.short", "expression": "size(this) < 10 || this == 'o-1'"}],
        ),
    )
    _field(order, "price", 2, FieldProto.TYPE_MESSAGE, ".cq.types.v1.Decimal")
    comments.add([4, 0, 2, 1], 14, 'Optional. The price | per unit, a * b. Example: "1.5".')
    _field(
        order, "fees", 3, FieldProto.TYPE_MESSAGE, ".cq.shop.v1.Order.FeesEntry", FieldProto.LABEL_REPEATED
    )
    comments.add([4, 0, 2, 2], 16, 'Optional. Fees by asset. Example: {"BTC": "0.1"}.')
    entry = order.nested_type.add(name="FeesEntry")
    entry.options.map_entry = True
    _field(entry, "key", 1, FieldProto.TYPE_STRING)
    _field(entry, "value", 2, FieldProto.TYPE_MESSAGE, ".cq.types.v1.Decimal")

    target = order.oneof_decl.add(name="target")
    comments.add([4, 0, 8, 0], 18, "Required. What the order is for.")
    _set_extension(target.options, VALIDATE_EXTENSION, _validate_message("OneofRules", required=True))
    _field(order, "asset_id", 4, FieldProto.TYPE_STRING).oneof_index = 0
    comments.add([4, 0, 2, 3], 20, 'Optional. An asset. Example: "BTC".')
    _field(order, "kind", 5, FieldProto.TYPE_ENUM, ".cq.shop.v1.Order.Kind").oneof_index = 0
    comments.add([4, 0, 2, 4], 22, "Optional. A kind. Example: KIND_A.")

    quantity = _field(order, "quantity", 6, FieldProto.TYPE_INT32)
    quantity.proto3_optional = True
    quantity.oneof_index = 1
    order.oneof_decl.add(name="_quantity")
    comments.add([4, 0, 2, 5], 24, "Output only. How many, counted by the server.")
    _field(order, "create_time", 7, FieldProto.TYPE_MESSAGE, ".google.protobuf.Timestamp")
    comments.add([4, 0, 2, 6], 26)  # no comment
    _field(order, "tags", 8, FieldProto.TYPE_STRING, label=FieldProto.LABEL_REPEATED)
    comments.add([4, 0, 2, 7], 28, 'Free-form tags. Example: ["x"].')
    order.reserved_range.add(start=9, end=12)
    order.reserved_name.append("old_tags")

    kind = order.enum_type.add(name="Kind")
    comments.add([4, 0, 4, 0], 30, "How an order trades.")
    kind.value.add(name="KIND_UNSPECIFIED", number=0)
    comments.add([4, 0, 4, 0, 2, 0], 31, "Not specified; invalid.")
    kind.value.add(name="KIND_A", number=1)
    comments.add([4, 0, 4, 0, 2, 1], 32)

    service = file.service.add(name="ShopService")
    comments.add([6, 0], 40, "The shop.")
    get = service.method.add(name="GetOrder", input_type=".cq.shop.v1.Order", output_type=".cq.shop.v1.Order")
    _set_extension(
        get.options,
        HTTP_EXTENSION,
        _dynamic_message(
            _http_file(),
            "HttpRule",
            get="/v1/orders/{order_id}",
            additional_bindings=[{"post": "/v1/orders:get", "body": "*"}],
        ),
    )
    comments.add(
        [6, 0, 2, 0],
        42,
        "Returns one order.\n\nReturns NOT_FOUND if it does not exist.\n\n"
        'Example: {order_id: "o-1"} returns {order_id: "o-1",\nprice: "1.5"}.',
    )
    service.method.add(
        name="WatchOrders",
        input_type=".cq.shop.v1.Order",
        output_type=".cq.shop.v1.Order",
        server_streaming=True,
    )
    comments.add([6, 0, 2, 1], 44)
    service.method.add(
        name="Trade",
        input_type=".cq.types.v1.Decimal",
        output_type=".cq.shop.v1.Order",
        client_streaming=True,
        server_streaming=True,
    )
    comments.add([6, 0, 2, 2], 46, "Trades.")  # no example
    return file


SOURCES = ("cq/shop/v1/shop.proto", "cq/types/v1/decimal.proto")


def _image() -> descriptor_pb2.FileDescriptorSet:
    files = [
        _proto(descriptor_pb2.DESCRIPTOR),
        _proto(timestamp_pb2.DESCRIPTOR),
        _http_file(),
        _validate_file(),
        _shop_file(),  # out of dependency order on purpose
        _decimal_file(),
    ]
    return descriptor_pb2.FileDescriptorSet(file=files)


@pytest.fixture(scope="module")
def reference() -> Reference:
    return build_reference(_image(), SOURCES)


def test_only_source_files_are_documented_by_package(reference: Reference) -> None:
    assert [package.name for package in reference.packages] == ["cq.shop.v1", "cq.types.v1"]
    shop = reference.packages[0]
    assert shop.page == "cq.shop.v1.md"
    assert shop.files == ("cq/shop/v1/shop.proto",)
    # Map entries are not messages of the source; nested enums are listed with their parent's name.
    assert [message.name for message in shop.messages] == ["Order"]
    assert [enum.name for enum in shop.enums] == ["Order.Kind"]
    assert (reference.service_count, reference.rpc_count) == (1, 3)
    assert (reference.message_count, reference.enum_count) == (2, 1)


def test_comments_are_carried_with_their_lines(reference: Reference) -> None:
    (order,) = reference.packages[0].messages

    assert order.comment.text == "An order.\n\nPriced in <quote> units."
    assert order.comment.block == "An order.\n\nPriced in &lt;quote&gt; units."
    assert order.comment.summary == "An order."
    assert (order.source.file, order.source.line) == ("cq/shop/v1/shop.proto", 10)
    price = order.fields[1]
    assert price.comment.cell == 'Optional. The price \\| per unit, a \\* b. Example: "1.5".'
    # Code spans are kept verbatim, markers and all.
    assert order.fields[0].comment.cell == 'Required. The id, `o-<n>`. Example: "o-1".'
    assert not order.fields[6].comment.present


def test_types_link_within_and_across_pages(reference: Reference) -> None:
    (order,) = reference.packages[0].messages
    fields = {field.name: field for field in order.fields}

    assert (fields["order_id"].type.name, fields["order_id"].type.linked) == ("string", False)
    assert fields["price"].type.name == "cq.types.v1.Decimal"
    assert fields["price"].type.href == "cq.types.v1.md#cq.types.v1.Decimal"
    assert (fields["kind"].type.name, fields["kind"].type.href) == ("Order.Kind", "#cq.shop.v1.Order.Kind")
    assert fields["create_time"].type.href == (
        "https://github.com/protocolbuffers/protobuf/blob/main/src/google/protobuf/timestamp.proto"
    )


def test_maps_oneofs_and_labels(reference: Reference) -> None:
    (order,) = reference.packages[0].messages
    fields = {field.name: field for field in order.fields}

    fees = fields["fees"]
    assert fees.is_map and fees.label == ""
    assert fees.map_key is not None and fees.map_key.name == "string"
    assert fees.map_value is not None and fees.map_value.href == "cq.types.v1.md#cq.types.v1.Decimal"
    assert (fields["asset_id"].in_oneof, fields["asset_id"].oneof) == (True, "target")
    # proto3 `optional` is a label, not a oneof.
    assert (fields["quantity"].in_oneof, fields["quantity"].label) == (False, "optional")
    assert fields["tags"].label == "repeated"
    assert [(oneof.name, oneof.fields) for oneof in order.oneofs] == [("target", ("asset_id", "kind"))]
    assert order.reserved == "numbers 9 to 11; names `old_tags`"


def test_validate_rules_are_rendered_compactly(reference: Reference) -> None:
    (order,) = reference.packages[0].messages

    assert [rule.text for rule in order.fields[0].rules] == [
        'string.pattern = "^o-[0-9]+$"',
        'string.in = ["o-1", "o-2"]',
        "cel[order_id.short]: size(this) < 10 || this == 'o-1'",
        "required",
    ]
    assert order.fields[0].rules[2].cell == "`cel[order_id.short]: size(this) < 10 \\|\\| this == 'o-1'`"
    assert [rule.text for rule in order.rules] == ["cel[order.tags_unique]: this.tags.unique()"]
    assert [rule.text for rule in order.oneofs[0].rules] == ["required"]
    assert not order.fields[1].has_rules


def test_methods_carry_streaming_and_http_routes(reference: Reference) -> None:
    (service,) = reference.packages[0].services
    get, watch, trade = service.methods

    assert (get.kind, watch.kind, trade.kind) == ("unary", "server streaming", "bidirectional streaming")
    assert trade.signature == "`rpc Trade(stream cq.types.v1.Decimal) returns (stream Order)`"
    assert [binding.code for binding in get.http] == [
        "`GET /v1/orders/{order_id}`",
        "`POST /v1/orders:get`, body `*`",
    ]
    assert not watch.has_http
    assert get.anchor == "cq.shop.v1.ShopService.GetOrder"
    assert service.index_href == "cq.shop.v1.md#cq.shop.v1.ShopService"


def test_rendered_pages_link_and_are_deterministic(reference: Reference, tmp_path: Path) -> None:
    written = render_reference(reference, tmp_path / "first")
    render_reference(build_reference(_image(), SOURCES), tmp_path / "second")

    assert sorted(path.name for path in written) == ["README.md", "cq.shop.v1.md", "cq.types.v1.md"]
    assert tree_digest(tmp_path / "first") == tree_digest(tmp_path / "second")
    page = (tmp_path / "first" / "cq.shop.v1.md").read_text()
    assert page.startswith("<!-- Code generated by cqc generate from cq/shop/v1/shop.proto. DO NOT EDIT. -->")
    assert '<a id="cq.shop.v1.Order"></a>\n\n### Order\n' in page
    assert (
        "| `fees` | 3 | map&lt;`string`, [`cq.types.v1.Decimal`](cq.types.v1.md#cq.types.v1.Decimal)&gt; |"
        in page
    )
    assert "| `asset_id` | 4 | `string` | oneof `target` |" in page
    assert (
        "- `target`: at most one of `asset_id`, `kind`. Required. What the order is for. Rules: `required`"
        in page
    )
    assert "| [GetOrder](#cq.shop.v1.ShopService.GetOrder) |" in page
    # An RPC's example call is the last paragraph of its section, before the request and response.
    assert (
        'Returns NOT_FOUND if it does not exist.\n\nExample: {order_id: "o-1"} returns {order_id: "o-1",\n'
        'price: "1.5"}.\n\n- Request: [`Order`](#cq.shop.v1.Order)\n' in page
    )
    assert "\n\n\n" not in page
    index = (tmp_path / "first" / "README.md").read_text()
    assert "| [cq.shop.v1](cq.shop.v1.md) | 1 | 3 | 1 | 1 |" in index
    assert "| [ShopService](cq.shop.v1.md#cq.shop.v1.ShopService) | `cq.shop.v1` | 3 | The shop. |" in index


def test_an_image_without_a_source_file_is_an_error() -> None:
    with pytest.raises(ReferenceModelError, match="cq/missing.proto"):
        build_reference(_image(), (*SOURCES, "cq/missing.proto"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a <b> c", "a &lt;b&gt; c"),
        ("keep `<b> * |` code", "keep `<b> * |` code"),
        ("snake_case and _emphasis_", "snake_case and \\_emphasis\\_"),
        ('W/\\"7\\"', 'W/\\\\"7\\\\"'),
        ("an `unmatched backtick", "an `unmatched backtick"),
    ],
)
def test_escape_inline(text: str, expected: str) -> None:
    assert markdown.escape_inline(text) == expected


def test_block_keeps_lines_and_code_spans_across_them() -> None:
    text = "Paragraph `a\n<b>` c\n# not a heading\n\n- a list\n- item"

    assert markdown.block(text) == "Paragraph `a\n<b>` c\n\\# not a heading\n\n- a list\n- item"
    assert markdown.cell(text) == "Paragraph `a <b>` c # not a heading<br><br>- a list - item"


def test_code_span_survives_backticks() -> None:
    assert markdown.code_span("a`b") == "``a`b``"
    assert markdown.code_span("`a") == "`` `a ``"


def test_completeness_names_file_line_element_and_problem(reference: Reference) -> None:
    found = completeness.problems(reference)

    assert [(problem.line, problem.element, problem.kind) for problem in found] == [
        (24, "Order.quantity", "missing example"),
        (26, "Order.create_time", "missing comment"),
        (28, "Order.tags", "missing label"),
        (32, "Order.Kind.KIND_A", "missing comment"),
        (44, "ShopService.WatchOrders", "missing comment"),
        (46, "ShopService.Trade", "missing example"),
    ]
    assert found[1].render() == "proto/cq/shop/v1/shop.proto:26: Order.create_time: the field has no comment"
    assert found[-1].render() == (
        "proto/cq/shop/v1/shop.proto:46: ShopService.Trade: the RPC comment gives no example call "
        "(Example: ... returns ...)"
    )
    assert completeness.counts(found) == {"missing comment": 3, "missing label": 1, "missing example": 2}


def test_an_rpc_without_an_example_is_a_problem(reference: Reference) -> None:
    """GetOrder has an example; with it removed the same comment is reported, like a field's."""
    image = _image()
    (shop,) = [file for file in image.file if file.name == "cq/shop/v1/shop.proto"]
    (location,) = [loc for loc in shop.source_code_info.location if list(loc.path) == [6, 0, 2, 0]]
    location.leading_comments = location.leading_comments.split("Example:")[0]

    before = {problem.element for problem in completeness.problems(reference)}
    after = completeness.problems(build_reference(image, SOURCES))

    assert "ShopService.GetOrder" not in before
    flagged = [(problem.line, problem.kind) for problem in after if problem.element.endswith(".GetOrder")]
    assert flagged == [(42, "missing example")]


@pytest.mark.parametrize(
    ("comment", "kinds"),
    [
        ('Required. The id. Example: "x".', []),
        ('Output only. The values. Examples: "0", "-1.5".', []),
        ("Optional. An opaque token. Example: none, the server chooses it.", []),
        ("Optional. The id. Example:", ["missing example"]),
        ('The id. Example: "x".', ["missing label"]),
        ("Required: the id. For example 3.", ["missing label", "missing example"]),
    ],
)
def test_field_comment_rules(comment: str, kinds: list[str]) -> None:
    assert [kind for kind, _message in completeness.field_problems(comment)] == kinds


@pytest.mark.parametrize(
    ("comment", "kinds"),
    [
        ('Returns one asset.\n\nExample: {asset_id: "BTC"} returns {asset: {asset_id: "BTC"}}.', []),
        ('Streams prices.\n\nExamples: {instrument_ids: ["cq:spot:BTC-USD"]} streams {price: {...}}.', []),
        ("Returns one asset.\n\nReturns NOT_FOUND if it does not exist.", ["missing example"]),
        ("Returns one asset.\n\nExample:", ["missing example"]),
        ('Returns one asset. For example {asset_id: "BTC"}.', ["missing example"]),
    ],
)
def test_rpc_comment_rules(comment: str, kinds: list[str]) -> None:
    """No label rule for RPCs; the example rule is the fields' one."""
    assert [kind for kind, _message in completeness.rpc_problems(comment)] == kinds


# The real contracts: drift of the committed pages, failure leaves them alone, completeness.


def generate(root: Path) -> tuple[int, str]:
    completed = run([sys.executable, "-m", "cqc", "generate"], cwd=root)
    return completed.returncode, completed.stdout + completed.stderr


def test_reference_docs_have_no_drift(regenerated: Path) -> None:
    committed = tree_digest(REPO_ROOT / REFERENCE)
    fresh = tree_digest(regenerated / REFERENCE)

    assert fresh, "make generate wrote no docs/reference"
    assert fresh == committed, "docs/reference is stale; run `make generate`: " + describe_difference(
        committed, fresh
    )


def test_failed_generation_leaves_reference_docs_untouched(tmp_path: Path) -> None:
    root = copy_workspace(tmp_path / "repo")
    before = tree_digest(root / REFERENCE)
    path = root / DECIMAL
    path.write_text(path.read_text() + "\n// A badly named message.\nmessage scaled_decimal {}\n")

    code, output = generate(root)

    assert code == 1, output
    assert tree_digest(root / REFERENCE) == before


@pytest.fixture(scope="module")
def contracts_reference(tmp_path_factory: pytest.TempPathFactory) -> Reference:
    """The reference of the checkout's protos, from an image buf builds in a copy of the checkout."""
    root = copy_workspace(tmp_path_factory.mktemp("image") / "repo")
    protodeps.materialise(root / protodeps.DEFAULT_DESTINATION)
    image = root / ".build" / "image.binpb"
    result = buf.build_image(image, cwd=root)
    assert result.ok, "\n".join(finding.render() for finding in result.findings)
    proto_root = root / "proto"
    sources = sorted(path.relative_to(proto_root).as_posix() for path in proto_root.rglob("*.proto"))
    return build_reference(descriptor_pb2.FileDescriptorSet.FromString(image.read_bytes()), sources)


def test_every_declaration_is_documented_with_label_and_example(contracts_reference: Reference) -> None:
    """The rules of generators/reference/completeness.py; fix the protos named, never this list."""
    found = completeness.problems(contracts_reference)

    summary = ", ".join(f"{count} {kind}" for kind, count in completeness.counts(found).items())
    if found:
        pytest.fail(
            f"{len(found)} documentation problem(s) ({summary}):\n"
            + "\n".join(problem.render() for problem in found),
            pytrace=False,
        )
