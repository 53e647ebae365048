"""``cqc conformance``: the cross-language conformance suite's runner.

Cases (conformance/cases/*.yaml, schema cq.conformance.v1.CaseFile) are loaded and validated, then run
through one client driver per language (conformance/drivers/<language>) against the reference services
or any server, and the results are compared structurally and reported as a matrix, JUnit XML and a
closing ``N passed, N failed`` line.
"""
