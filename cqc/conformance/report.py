"""Reporting a run: the case x language matrix, the numbered failures, JUnit XML, the closing line."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from xml.etree import ElementTree

from cqc.conformance.runner import CellResult, Verdict


def matrix(results: Sequence[CellResult], languages: Sequence[str]) -> list[str]:
    """One row per case, one column per language."""
    by_case: dict[str, dict[str, Verdict]] = {}
    for result in results:
        by_case.setdefault(result.case.name, {})[result.language] = result.verdict
    width = max((len(name) for name in by_case), default=4)
    lines = [f"{'case':<{width}}  " + "  ".join(f"{language:<6}" for language in languages)]
    for name, verdicts in by_case.items():
        lines.append(f"{name:<{width}}  " + "  ".join(f"{verdicts[language].value:<6}" for language in languages))
    return lines


def failures(results: Sequence[CellResult]) -> list[str]:
    """Numbered details of every cell that did not pass, known failures included (marked)."""
    lines = []
    for number, result in enumerate((r for r in results if r.verdict is not Verdict.PASSED), start=1):
        lines.append(f"{number}) [{result.verdict.value}] {result.language} {result.case.name} ({result.case.where})")
        lines.extend(f"     {detail}" for detail in result.details)
    return lines


def summary(results: Sequence[CellResult], seconds: float) -> str:
    """The closing line: cells passed and failed; known failures count as neither."""
    passed = sum(r.verdict is Verdict.PASSED for r in results)
    failed = sum(not r.verdict.ok for r in results)
    known = sum(r.verdict is Verdict.KNOWN for r in results)
    extra = f" ({known} known failure{'s' if known != 1 else ''})" if known else ""
    return f"{passed} passed, {failed} failed{extra} in {seconds:.1f}s"


def junit(results: Sequence[CellResult], languages: Sequence[str], path: Path) -> None:
    """A testsuite per language, a testcase per case; known failures are skipped with their reason."""
    root = ElementTree.Element("testsuites", name="cq-conformance")
    for language in languages:
        cells = [r for r in results if r.language == language]
        suite = ElementTree.SubElement(root, "testsuite", name=f"conformance.{language}", tests=str(len(cells)),
                                       failures=str(sum(r.verdict in (Verdict.FAILED, Verdict.UNEXPECTED_PASS)
                                                        for r in cells)),
                                       errors=str(sum(r.verdict is Verdict.HARNESS_ERROR for r in cells)),
                                       skipped=str(sum(r.verdict is Verdict.KNOWN for r in cells)),
                                       time=f"{sum(r.seconds for r in cells):.3f}")
        for result in cells:
            case = ElementTree.SubElement(suite, "testcase", classname=f"{language}.{result.case.area}",
                                          name=result.case.name, time=f"{result.seconds:.3f}")
            text = "\n".join(result.details)
            if result.verdict in (Verdict.FAILED, Verdict.UNEXPECTED_PASS):
                ElementTree.SubElement(case, "failure", message=result.details[0] if result.details else "").text = text
            elif result.verdict is Verdict.HARNESS_ERROR:
                ElementTree.SubElement(case, "error", message=result.details[0] if result.details else "").text = text
            elif result.verdict is Verdict.KNOWN:
                ElementTree.SubElement(case, "skipped", message=result.details[0]).text = text
    path.parent.mkdir(parents=True, exist_ok=True)
    ElementTree.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
