"""Run inside a venv where gen/python is installed: import every module, then describe every service.

Prints JSON: the number of modules imported, the protobuf backend, and for each service the facade
attribute that serves it and its methods with their request and response types.
"""

from __future__ import annotations

import importlib
import json
import pkgutil

from google.protobuf.internal import api_implementation

import cq
from cq.client import connect


def python_module(proto_file: str) -> str:
    return proto_file.removesuffix(".proto").replace("/", ".") + "_pb2"


modules = [importlib.import_module(info.name) for info in pkgutil.walk_packages(cq.__path__, "cq.")]
client = connect("localhost:1")  # connects lazily: nothing is dialled
facade = {type(stub).__name__: name for name, stub in vars(client).items() if name != "channel"}
services = []
for module in modules:
    descriptor = getattr(module, "DESCRIPTOR", None)
    for service in getattr(descriptor, "services_by_name", {}).values():
        services.append({
            "service": service.full_name,
            "facade_attribute": facade[f"{service.name}Stub"],
            "methods": [
                {
                    "name": method.name,
                    "input_module": python_module(method.input_type.file.name),
                    "input": method.input_type.name,
                    "output_module": python_module(method.output_type.file.name),
                    "output": method.output_type.name,
                    "server_streaming": method.server_streaming,
                }
                for method in service.methods
            ],
        })
client.close()
print(json.dumps({"modules": len(modules), "backend": api_implementation.Type(), "services": services}))
