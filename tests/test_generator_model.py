"""Building the template model from a small, hand-made FileDescriptorSet (no buf, no files)."""

from __future__ import annotations

import pytest
from google.protobuf import descriptor_pb2

from generators.model import DECIMAL_MAX_ADJUSTED_EXPONENT, ModelError, build_model

GO_MODULE = "github.com/cq-platform/cqc/gen/go"


def _file(name: str, package: str) -> descriptor_pb2.FileDescriptorProto:
    return descriptor_pb2.FileDescriptorProto(name=name, package=package, syntax="proto3")


def _decimal_file() -> descriptor_pb2.FileDescriptorProto:
    file = _file("cq/types/v1/decimal.proto", "cq.types.v1")
    file.message_type.add(name="Decimal").field.add(
        name="value",
        number=1,
        type=descriptor_pb2.FieldDescriptorProto.TYPE_STRING,
        label=descriptor_pb2.FieldDescriptorProto.LABEL_OPTIONAL,
    )
    return file


def _service_file(name: str, package: str, *services: str) -> descriptor_pb2.FileDescriptorProto:
    file = _file(name, package)
    for service_name in services:
        service = file.service.add(name=service_name)
        service.method.add(
            name="Get", input_type=f".{package}.GetRequest", output_type=f".{package}.GetResponse"
        )
        service.method.add(
            name="Stream",
            input_type=f".{package}.StreamRequest",
            output_type=f".{package}.StreamResponse",
            server_streaming=True,
        )
        service.method.add(
            name="Upload",
            input_type=f".{package}.UploadRequest",
            output_type=f".{package}.UploadResponse",
            client_streaming=True,
        )
    return file


def _descriptor_set(*files: descriptor_pb2.FileDescriptorProto) -> descriptor_pb2.FileDescriptorSet:
    # An unrelated import, present in the image but not one of the CQ sources.
    google = _file("google/api/http.proto", "google.api")
    google.service.add(name="NotOurs")
    return descriptor_pb2.FileDescriptorSet(file=[google, *files])


def _sources(descriptor_set: descriptor_pb2.FileDescriptorSet) -> list[str]:
    return [file.name for file in descriptor_set.file if file.name.startswith("cq/")]


def test_model_lists_only_cq_services_sorted_by_full_name() -> None:
    fds = _descriptor_set(
        _decimal_file(),
        _service_file("cq/risk/v1/service.proto", "cq.risk.v1", "RiskEngineService"),
        _service_file("cq/assets/v1/service.proto", "cq.assets.v1", "AssetRegistryService"),
    )

    model = build_model(fds, _sources(fds), GO_MODULE)

    assert [s.full_name for s in model.services] == [
        "cq.assets.v1.AssetRegistryService",
        "cq.risk.v1.RiskEngineService",
    ]
    assert model.service_files == ("cq/assets/v1/service.proto", "cq/risk/v1/service.proto")
    assert model.proto_files == (
        "cq/assets/v1/service.proto",
        "cq/risk/v1/service.proto",
        "cq/types/v1/decimal.proto",
    )


def test_methods_carry_streaming_flags_and_unary_is_computed() -> None:
    fds = _descriptor_set(_decimal_file(), _service_file("cq/a/v1/s.proto", "cq.a.v1", "AService"))

    (service,) = build_model(fds, _sources(fds), GO_MODULE).services

    flags = {m.name: (m.client_streaming, m.server_streaming, m.unary) for m in service.methods}
    assert flags == {
        "Get": (False, False, True),
        "Stream": (False, True, False),
        "Upload": (True, False, False),
    }
    assert service.methods[0].input_type == "cq.a.v1.GetRequest"


def test_service_names_per_language() -> None:
    fds = _descriptor_set(
        _decimal_file(), _service_file("cq/assets/v1/service.proto", "cq.assets.v1", "AssetRegistryService")
    )

    (service,) = build_model(fds, _sources(fds), GO_MODULE).services

    assert service.go.import_path == f"{GO_MODULE}/cq/assets/v1"
    assert service.go.package_alias == "assetsv1"
    assert service.go.client_interface == "AssetRegistryServiceClient"
    assert service.go.client_constructor == "NewAssetRegistryServiceClient"
    assert (service.go.accessor, service.go.field) == ("AssetRegistry", "assetRegistry")
    assert service.python.module == "cq.assets.v1.service_pb2_grpc"
    assert service.python.module_alias == "assets_v1_service_pb2_grpc"
    assert (service.python.stub, service.python.async_stub) == (
        "AssetRegistryServiceStub",
        "AssetRegistryServiceAsyncStub",
    )
    assert service.python.attribute == "asset_registry"
    assert service.ts.module == "./cq/assets/v1/service_pb.js"
    assert (service.ts.symbol, service.ts.local, service.ts.member) == (
        "AssetRegistryService",
        "AssetRegistryService",
        "assetRegistry",
    )


def test_imports_are_grouped_per_module() -> None:
    fds = _descriptor_set(
        _decimal_file(),
        _service_file("cq/ops/v1/service.proto", "cq.ops.v1", "JobsService", "AlertsService"),
    )

    model = build_model(fds, _sources(fds), GO_MODULE)

    assert len(model.go_imports) == 1 and model.go_imports[0].alias == "opsv1"
    assert [(i.package, i.module, i.alias) for i in model.python_imports] == [
        ("cq.ops.v1", "service_pb2_grpc", "ops_v1_service_pb2_grpc")
    ]
    assert [(i.module, [n.symbol for n in i.names]) for i in model.ts_imports] == [
        ("./cq/ops/v1/service_pb.js", ["AlertsService", "JobsService"])
    ]
    assert not any(n.aliased for i in model.ts_imports for n in i.names)


def test_python_packages_cover_every_generated_module() -> None:
    fds = _descriptor_set(_decimal_file(), _service_file("cq/a/v1/s.proto", "cq.a.v1", "AService"))

    model = build_model(fds, _sources(fds), GO_MODULE)

    assert model.python_packages == ("cq", "cq.a", "cq.a.v1", "cq.types", "cq.types.v1")


def test_decimal_type_locations() -> None:
    fds = _descriptor_set(_decimal_file())

    decimal = build_model(fds, _sources(fds), GO_MODULE).decimal

    assert decimal.proto_file == "cq/types/v1/decimal.proto"
    assert (decimal.go_import_path, decimal.go_package_alias) == (f"{GO_MODULE}/cq/types/v1", "typesv1")
    assert (decimal.python_package, decimal.python_module) == ("cq.types.v1", "decimal_pb2")
    assert decimal.ts_module == "./cq/types/v1/decimal_pb.js"
    assert decimal.max_adjusted_exponent == DECIMAL_MAX_ADJUSTED_EXPONENT


def test_missing_decimal_is_an_error() -> None:
    fds = _descriptor_set(_service_file("cq/a/v1/s.proto", "cq.a.v1", "AService"))

    with pytest.raises(ModelError, match=r"cq\.types\.v1\.Decimal"):
        build_model(fds, _sources(fds), GO_MODULE)


def test_source_file_missing_from_the_image_is_an_error() -> None:
    fds = _descriptor_set(_decimal_file())

    with pytest.raises(ModelError, match="cq/ghost/v1/ghost.proto"):
        build_model(fds, [*_sources(fds), "cq/ghost/v1/ghost.proto"], GO_MODULE)


def test_same_service_name_in_two_versions_gets_qualified_names() -> None:
    fds = _descriptor_set(
        _decimal_file(),
        _service_file("cq/assets/v1/service.proto", "cq.assets.v1", "AssetRegistryService"),
        _service_file("cq/assets/v2/service.proto", "cq.assets.v2", "AssetRegistryService"),
    )

    v1, v2 = build_model(fds, _sources(fds), GO_MODULE).services

    assert (v1.python.attribute, v2.python.attribute) == (
        "assets_v1_asset_registry",
        "assets_v2_asset_registry",
    )
    assert (v1.go.accessor, v2.go.accessor) == ("AssetsV1AssetRegistry", "AssetsV2AssetRegistry")
    assert (v1.go.package_alias, v2.go.package_alias) == ("assetsv1", "assetsv2")
    # Both modules export the constant AssetRegistryService, so client.ts imports them under aliases.
    assert (v1.ts.local, v2.ts.local) == ("AssetsV1AssetRegistryService", "AssetsV2AssetRegistryService")
    assert (v1.ts.member, v2.ts.member) == ("assetsV1AssetRegistry", "assetsV2AssetRegistry")


def test_go_package_alias_clash_is_an_error() -> None:
    fds = _descriptor_set(
        _decimal_file(),
        _service_file("cq/assets/v1/service.proto", "cq.assets.v1", "AssetRegistryService"),
        _service_file("other/assets/v1/service.proto", "other.assets.v1", "CatalogService"),
    )

    with pytest.raises(ModelError, match="Go package alias 'assetsv1'"):
        build_model(fds, [*_sources(fds), "other/assets/v1/service.proto"], GO_MODULE)


def test_model_is_deterministic_regardless_of_file_order() -> None:
    files = [
        _decimal_file(),
        _service_file("cq/risk/v1/service.proto", "cq.risk.v1", "RiskEngineService"),
        _service_file("cq/assets/v1/service.proto", "cq.assets.v1", "AssetRegistryService"),
    ]
    forward = _descriptor_set(*files)
    backward = _descriptor_set(*reversed(files))

    assert build_model(forward, _sources(forward), GO_MODULE) == build_model(
        backward, _sources(backward), GO_MODULE
    )
