"""Every version the generated packages declare, in one place.

The tools that *write* gen/ are pinned in the root pyproject.toml and package.json; this module pins
what the packages in gen/ *depend on*. Change a version here, run `make generate`, and all three
packages follow. The pipeline cross-checks the Python floors against what the generated code demands
(see ``generators.runtime_check``), so a toolchain upgrade cannot silently outgrow them.
"""

from __future__ import annotations

from dataclasses import dataclass

# The version of the three generated packages; they are released together with the contracts.
PACKAGE_VERSION = "0.1.0"


@dataclass(frozen=True)
class GoRequirement:
    module: str
    version: str


GO_MODULE = "github.com/cq-platform/cqc/gen/go"
# protobuf v1.36.12 alone needs go 1.23 and grpc v1.80.0 needs 1.24.0, so 1.24.0 is the lowest
# go line that `go mod tidy` accepts for these requirements.
GO_VERSION = "1.24.0"
# `go mod tidy` keeps only the modules the generated code imports, at exactly these versions, so the
# result (go.mod and go.sum) is deterministic. A module imported but missing here would be resolved to
# "latest" by tidy, so the pipeline fails instead (see ``unpinned_go_requirements``). The genproto
# pseudo-versions are the ones grpc v1.80.0 itself was built against.
GO_REQUIREMENTS = (
    # buf/validate/validate.proto as Go (the annotations' go_package): the same file as the pinned
    # protovalidate jar (generators/protodeps.py), and the version buf.build/go/protovalidate v1.4.0,
    # the validator the Go runner of conformance/validation uses, requires.
    GoRequirement(
        "buf.build/gen/go/bufbuild/protovalidate/protocolbuffers/go", "v1.36.12-20260825204119-511051f7f437.1"
    ),
    GoRequirement("github.com/shopspring/decimal", "v1.4.0"),
    GoRequirement("google.golang.org/genproto", "v0.0.0-20260120221211-b8f7ae30c516"),
    GoRequirement("google.golang.org/genproto/googleapis/api", "v0.0.0-20260120221211-b8f7ae30c516"),
    GoRequirement("google.golang.org/genproto/googleapis/rpc", "v0.0.0-20260120221211-b8f7ae30c516"),
    # protoc-gen-go-grpc v1.6.2 emits grpc.SupportPackageIsVersion9 (grpc >= v1.64.0).
    GoRequirement("google.golang.org/grpc", "v1.80.0"),
    # The runtime protoc-gen-go v1.36.12 generates for.
    GoRequirement("google.golang.org/protobuf", "v1.36.12"),
)

PYTHON_DISTRIBUTION = "cq-contracts"
PYTHON_REQUIRES = ">=3.11"
# The floor of protobuf is the runtime the generated _pb2 modules validate at import time; the floor of
# grpcio is GRPC_GENERATED_VERSION of the _pb2_grpc modules. Both are checked after generation.
PROTOBUF_MIN = "7.35.1"
PROTOBUF_BELOW = "8"
GRPCIO_MIN = "1.85.1"
PYTHON_DEPENDENCIES = (
    "googleapis-common-protos>=1.76.0",
    f"grpcio>={GRPCIO_MIN}",
    f"protobuf>={PROTOBUF_MIN},<{PROTOBUF_BELOW}",
)
# Offered as the `validate` extra: protovalidate, which enforces the contracts' buf.validate rules.
# 1.x is the pure-Python library for the upb runtime (2.x is another runtime's native wheel); it
# imports buf.validate.validate_pb2, which gen/python ships.
PYTHON_VALIDATE_EXTRAS = ("protovalidate>=1.2.0,<2",)
# Offered as the `typing` extra: what mypy needs to check code that uses the package.
PYTHON_TYPING_EXTRAS = (
    "types-grpcio>=1.85.0.20261028",
    "types-protobuf>=7.35.1.20260906",
)

TS_PACKAGE = "@cq/contracts"
TS_DEPENDENCIES = (
    ("@bufbuild/protobuf", "^2.13.0"),
    ("@connectrpc/connect", "^2.1.2"),
    ("@connectrpc/connect-node", "^2.1.2"),
    ("decimal.js", "^10.6.0"),
)
TS_NODE_ENGINE = ">=20"
# Optional peer dependencies: what a consumer adds to use a feature, never installed with the package.
# @bufbuild/protovalidate validates messages against the contracts' buf.validate rules; gen/ts ships
# buf/validate/validate_pb.ts itself, so loading the package never needs it.
TS_OPTIONAL_PEER_DEPENDENCIES = (("@bufbuild/protovalidate", "^1.3.0"),)
