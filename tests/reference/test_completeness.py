"""No RPC answers UNIMPLEMENTED: every method of every served service is overridden by its servicer."""

from __future__ import annotations

from typing import cast

from reference.server import REGISTRATIONS


def test_every_rpc_of_every_service_is_implemented() -> None:
    missing = []
    for name, registration in REGISTRATIONS.items():
        service = registration.file.services_by_name[registration.service]
        servicer = cast(type, registration.make)
        base = next(b for b in servicer.__mro__[1:] if b.__name__ == f"{registration.service}Servicer")
        for method in service.methods:
            if getattr(servicer, method.name) is getattr(base, method.name):
                missing.append(f"{name}: {service.full_name}.{method.name}")
    assert not missing


def test_all_six_services_are_registered() -> None:
    assert sum(len(r.file.services_by_name[r.service].methods) for r in REGISTRATIONS.values()) == 56
