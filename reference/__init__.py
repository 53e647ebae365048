"""CQ reference services: realistic, deterministic test doubles of the five CQ services on gen/python.

Layers, one way only: ``services`` (gRPC servicers) -> ``domain`` (simulation, matching, ledger, risk; no
gRPC) -> ``cq`` (the generated contracts). ``server`` wires them together for ``cqc serve``.
"""
