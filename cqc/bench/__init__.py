"""The CQC benchmark suite (issue #6): `cqc bench` / `python -m cqc.bench`.

One module per family: ``generation``, ``unary``, ``orders``, ``streaming``, ``serialisation``,
``client`` and ``conformance``; ``runner`` runs them and writes bench/results.json, ``report`` renders
the Markdown table, ``model`` holds the figures and their math. bench/README.md explains every figure.
"""

from cqc.bench.runner import add_arguments, run

__all__ = ["add_arguments", "run"]
