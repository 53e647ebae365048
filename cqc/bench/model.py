"""Figures, targets and the math on them: medians of repeated runs, ratios to anchors, met or not.

A figure is one measured quantity (say GetAsset requests per second at concurrency 16 against the
reference services) with the value of each repeated run; its median is what the report shows. A figure
may name an anchor, another figure measured in the same run that it is compared with (the ratio is
median / anchor median), and may carry a target, which is checked on its median and only reported,
never asserted.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

Op = Literal[">=", "<="]


@dataclass(frozen=True)
class Target:
    """A goal for a figure's median: ``median op value``."""

    op: Op
    value: float

    def met(self, median: float | None) -> bool | None:
        """Whether ``median`` meets the target; None when there is no median to judge."""
        if median is None:
            return None
        return median >= self.value if self.op == ">=" else median <= self.value


@dataclass
class Figure:
    """One measured quantity; ``runs`` holds one value per repetition (empty when it could not run)."""

    id: str
    family: str
    name: str
    unit: str
    runs: list[float] = field(default_factory=list)
    anchor_id: str | None = None
    target: Target | None = None
    # Derived figures (a ratio of two others) set their median instead of taking that of their runs.
    fixed_median: float | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def median(self) -> float | None:
        if self.fixed_median is not None:
            return self.fixed_median
        return median(self.runs)


def median(values: Sequence[float]) -> float | None:
    """The median of ``values`` (the mean of the middle two for an even count); None when empty."""
    return statistics.median(values) if values else None


def ratio(value: float | None, anchor: float | None) -> float | None:
    """``value / anchor``; None when either is missing or the anchor is zero."""
    if value is None or anchor is None or anchor == 0:
        return None
    return value / anchor


def derived_ratio(fid: str, family: str, name: str, numerator: Figure, denominator: Figure,
                  target: Target | None = None) -> Figure:
    """A figure whose median is ``numerator.median / denominator.median`` (unit "x"); its runs are the
    ratios of the runs taken side by side, for the record."""
    runs = [a / b for a, b in zip(numerator.runs, denominator.runs, strict=False) if b]
    return Figure(fid, family, name, "x", runs=runs, target=target,
                  fixed_median=ratio(numerator.median, denominator.median))


def overhead_percent(fid: str, family: str, name: str, measured: Figure, baseline: Figure,
                     target: Target | None = None) -> Figure:
    """A figure whose median is how much larger ``measured`` is than ``baseline``, in percent."""
    runs = [(a / b - 1) * 100 for a, b in zip(measured.runs, baseline.runs, strict=False) if b]
    quotient = ratio(measured.median, baseline.median)
    return Figure(fid, family, name, "%", runs=runs, target=target,
                  fixed_median=None if quotient is None else (quotient - 1) * 100)


def to_json(figures: Iterable[Figure]) -> list[dict[str, Any]]:
    """The ``figures`` of bench/results.json: median, ratio and target resolved."""
    figures = list(figures)
    by_id = {f.id: f for f in figures}
    rows = []
    for figure in figures:
        anchor = by_id.get(figure.anchor_id) if figure.anchor_id else None
        value = figure.median
        row: dict[str, Any] = {
            "id": figure.id,
            "family": figure.family,
            "name": figure.name,
            "unit": figure.unit,
            "median": value,
            "runs": figure.runs,
            "anchor_id": figure.anchor_id,
            "ratio": ratio(value, anchor.median) if anchor else None,
            "target": None,
        }
        if figure.target is not None:
            row["target"] = {"op": figure.target.op, "value": figure.target.value,
                             "met": figure.target.met(value)}
        if figure.notes:
            row["notes"] = figure.notes
        rows.append(row)
    return rows
