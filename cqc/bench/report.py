"""The Markdown report: the machine, then one table row per figure."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

COLUMNS = ("figure", "median", "unit", "anchor", "ratio", "target", "met")


def number(value: float | None) -> str:
    """A figure's value with about three significant digits; "-" when missing."""
    if value is None:
        return "-"
    magnitude = abs(value)
    if magnitude >= 1000:
        return f"{value:,.0f}"
    if magnitude >= 100:
        return f"{value:.0f}"
    if magnitude >= 10:
        return f"{value:.1f}"
    if magnitude >= 1:
        return f"{value:.2f}"
    if magnitude == 0:
        return "0"
    return f"{value:.3g}"


def target_text(target: Mapping[str, Any] | None, unit: str) -> str:
    if target is None:
        return ""
    return f"{target['op']} {number(float(target['value']))} {unit}".rstrip()


def met_text(target: Mapping[str, Any] | None) -> str:
    if target is None:
        return ""
    return {True: "yes", False: "**no**", None: "?"}[target["met"]]


def table(figures: Sequence[Mapping[str, Any]]) -> str:
    """The figures of results.json as a Markdown table, one row each, in their order."""
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    for row in figures:
        ratio = row.get("ratio")
        cells = [
            f"`{row['id']}`",
            number(row["median"]),
            row["unit"],
            f"`{row['anchor_id']}`" if row.get("anchor_id") else "",
            "" if ratio is None else f"{number(ratio)}x",
            target_text(row.get("target"), row["unit"]),
            met_text(row.get("target")),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def machine_text(machine: Mapping[str, Any]) -> str:
    return (f"Machine: {machine.get('cores')} cores, {machine.get('cpu_model')}; {machine.get('os')}; "
            f"Python {machine.get('python')}, {machine.get('go')}, Node {machine.get('node')}")


def markdown(results: Mapping[str, Any]) -> str:
    """The whole report: heading, machine, the table, and the targets that were not met."""
    figures = results["figures"]
    mode = "smoke run (1 repetition, ~1 s each: proves the benchmarks run, the figures mean little)" \
        if results.get("smoke") else f"{results.get('repetitions', '?')} repetitions, medians"
    parts = [f"## CQC benchmarks, {results.get('started', '')}", "", machine_text(results["machine"]), "",
             f"Mode: {mode}", "", table(figures)]
    missed = [row["id"] for row in figures if row.get("target") and row["target"]["met"] is False]
    unknown = [row["id"] for row in figures if row.get("target") and row["target"]["met"] is None]
    targets = sum(1 for row in figures if row.get("target"))
    parts += ["", f"Targets: {targets - len(missed) - len(unknown)} of {targets} met"
              + (f"; not met: {', '.join(missed)}" if missed else "")
              + (f"; not measured: {', '.join(unknown)}" if unknown else "")]
    seconds = results.get("family_seconds") or {}
    if seconds:
        parts += ["", "Wall time per family (builds and server start-ups included): "
                  + ", ".join(f"{name} {value:.0f} s" for name, value in seconds.items())]
    errors = results.get("errors") or []
    if errors:
        parts += ["", "Errors:", *(f"- {e}" for e in errors)]
    return "\n".join(parts) + "\n"
