"""A protoc plugin that runs one of the generators compiled into ``grpc_tools``.

buf only runs protoc built-ins through a real ``protoc`` binary, and ``grpc_python`` is not a built-in
at all. grpcio-tools embeds protoc together with the gRPC Python generator, so this plugin hands the
request's descriptors to that embedded compiler and returns whatever it writes. The generator name
comes from the plugin parameter, e.g. ``opt: generator=grpc_python``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from google.protobuf import descriptor_pb2
from google.protobuf.compiler import plugin_pb2
from grpc_tools import protoc

SUPPORTED_GENERATORS = ("python", "pyi", "grpc_python")


def parse_parameter(parameter: str) -> tuple[str, list[str]]:
    """Split ``generator=NAME,opt,...`` into the generator name and the options passed through to it."""
    generator = ""
    passthrough: list[str] = []
    for item in filter(None, parameter.split(",")):
        key, _, value = item.partition("=")
        if key == "generator":
            generator = value
        else:
            passthrough.append(item)
    if generator not in SUPPORTED_GENERATORS:
        raise ValueError(
            f"parameter 'generator' must be one of {', '.join(SUPPORTED_GENERATORS)}; got {generator!r}"
        )
    return generator, passthrough


def generate(request: plugin_pb2.CodeGeneratorRequest) -> plugin_pb2.CodeGeneratorResponse:
    """Run the embedded protoc on the request's files and collect its output files."""
    response = plugin_pb2.CodeGeneratorResponse(
        supported_features=plugin_pb2.CodeGeneratorResponse.FEATURE_PROTO3_OPTIONAL
    )
    try:
        generator, passthrough = parse_parameter(request.parameter)
    except ValueError as error:
        response.error = str(error)
        return response
    with tempfile.TemporaryDirectory(prefix="cqc-grpc-tools-") as scratch:
        scratch_path = Path(scratch)
        descriptor_set = scratch_path / "input.binpb"
        descriptor_set.write_bytes(
            descriptor_pb2.FileDescriptorSet(file=request.proto_file).SerializeToString()
        )
        out_dir = scratch_path / "out"
        out_dir.mkdir()
        out_flag = f"--{generator}_out={','.join(passthrough)}:{out_dir}" if passthrough else f"--{generator}_out={out_dir}"
        status = protoc.main(
            ["protoc", f"--descriptor_set_in={descriptor_set}", out_flag, *request.file_to_generate]
        )
        if status != 0:
            response.error = f"grpc_tools protoc --{generator}_out exited with status {status}"
            return response
        for path in sorted(out_dir.rglob("*")):
            if path.is_file():
                response.file.add(name=path.relative_to(out_dir).as_posix(), content=path.read_text())
    return response


def main() -> None:
    request = plugin_pb2.CodeGeneratorRequest.FromString(sys.stdin.buffer.read())
    sys.stdout.buffer.write(generate(request).SerializeToString())


if __name__ == "__main__":
    main()
