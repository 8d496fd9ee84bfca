"""What the HTML, XLSX and DOCX summaries show, taken from a summary once, as plain data.

Every figure comes from the rollup (tools/rollup/: its sections and each cell's facts), so the
papers say exactly what `tools summarize --format json` says, merged summaries included.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tools.outputs.summary_tables import labels
from tools.rollup.period import Period, percent

MONTH_STATES = ("regular", "combined", "missing", "absent")
QUARTER_STATES = ("held", "missing", "absent")


@dataclass
class CellRow:
    path: str
    name: str
    parent: str  # the committee's name (or its folder when it is not in the summary)
    parent_path: str
    months: dict[str, str]  # every month of the period -> one of MONTH_STATES
    quarters: dict[str, str]  # every quarter of the period -> one of QUARTER_STATES
    facts: dict[str, Any] = field(default_factory=dict)
    label: str = ""  # its name as every table shows it: with its parent's where names repeat

    @property
    def attendance_pct(self) -> float | None:
        return percent(self.facts.get("present", 0), self.facts.get("expected", 0))


@dataclass
class Figures:
    summary: dict[str, Any]
    months: list[str]
    quarters: list[str]
    cells: list[CellRow]
    target_pct: float  # the rulebook's attendance target, in percent
    links: str  # the folder links to files are relative to ("" for the repository root)
    above: list[dict[str, Any]] = field(default_factory=list)  # the committees above the unit
    labels: dict[str, str] = field(default_factory=dict)  # unit path -> its name as shown

    def link(self, path: str) -> str:
        return f"{self.links}/{path}" if self.links else path

    def unit(self, path: str, name: str) -> str:
        """A unit's name as the text formats show it (summary_tables.labels)."""
        return self.labels.get(path, name)


def _months(period: Period) -> list[str]:
    return [first.isoformat()[:7] for first, _ in period.months()]


def _quarters(period: Period) -> list[str]:
    return [f"{first.year}-Q{(first.month - 1) // 3 + 1}" for first, _ in period.quarters()]


def figures(summary: dict[str, Any], target: float, root: Path,
            output: Path | None) -> Figures:
    """`target` is the attendance target as a fraction (0.9); links in the papers are made
    relative to the folder `output` is written in (the current folder for standard output)."""
    period = Period(dt.date.fromisoformat(summary["period"]["from"]),
                    dt.date.fromisoformat(summary["period"]["to"]))
    months, quarters = _months(period), _quarters(period)
    units = summary["facts"]["units"]
    names = {u["path"]: u["name"] for u in units}
    shown = labels(summary)
    cells = []
    for unit in sorted((u for u in units if u["kind"] == "cell"), key=lambda u: u["path"]):
        parent = unit["path"].rsplit("/", 1)[0]
        status = unit.get("month_status") or {}
        quarter = unit.get("quarter_status") or {}
        cells.append(CellRow(unit["path"], unit["name"], names.get(parent, parent), parent,
                             {m: status.get(m, "absent") for m in months},
                             {q: quarter.get(q, "absent") for q in quarters}, unit,
                             shown.get(unit["path"], unit["name"])))
    folder = (output.absolute().parent if output is not None else Path.cwd())
    links = os.path.relpath(root.absolute(), folder).replace(os.sep, "/")
    return Figures(summary, months, quarters, cells, round(target * 100, 2),
                   "" if links == "." else links, labels=shown)


def headline(summary: dict[str, Any]) -> list[tuple[str, Any, str]]:
    """(label key, value, kind) with kind int, pct or ratio; the months of cell committee
    meetings only where a cell has a committee."""
    s, m, a = summary["structure"], summary["meetings"], summary["attendance"]
    committees = [("headline-committee", (
        m["months_with_committee"], m["committee_months_required"],
        m["committee_compliance_pct"]), "ratio")] if m.get("committee_months_required") else []
    return [
        ("headline-cells", s["cells"], "int"),
        ("headline-members", s["members"], "int"),
        ("headline-regular", (m["months_with_regular"], m["months_required"],
                              m["regular_compliance_pct"]), "ratio"),
        ("headline-thematic", (m["quarters_with_thematic"], m["quarters_required"],
                               m["thematic_compliance_pct"]), "ratio"),
        *committees,
        ("headline-attendance", a["rate_pct"], "pct"),
        ("headline-findings", len(summary["findings"]), "int"),
        ("headline-errors", len(summary["data_quality"]["files_with_errors"]), "int")]


def show(value: Any) -> str:
    """A number as a Vietnamese office writes it in a table: no trailing zeros."""
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".")
    return str(value)
