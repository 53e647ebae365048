"""The ``cqc`` command: one entry point for generating, gating and (later) serving the CQ contracts."""
