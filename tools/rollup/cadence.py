"""How regularly a cell met in the period: months with a regular (and a cell committee)
meeting, quarters with a thematic one, and what its meetings were (Charter, Art. 24)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from tools.checking.rules.minutes import minutes_of_day
from tools.reading.layout import KINDS
from tools.rollup.context import CellMeetings, exists_through
from tools.rollup.period import quarter_of

Months = list[tuple]  # (first day, last day) of each month or quarter


def cadence(c: CellMeetings) -> dict[str, Any]:
    data = c.unit.data
    regular = {m.date[:7] for m in c.minutes if m.kind == "regular"}
    committee = {m.date[:7] for m in c.minutes if m.kind == "committee"}
    thematic = [m.date for m in c.minutes if m.kind == "thematic" or m.data.get("combined") is True]
    months = [(a, b) for a, b in c.period.months() if exists_through(data, a, b)]
    quarters = [(a, b) for a, b in c.period.quarters() if exists_through(data, a, b)]
    _missing(c, months, regular, "cadence.missing-regular")
    # Charter, Art. 24: "Chi bộ, chi ủy họp thường lệ mỗi tháng một lần"
    committee_months = months if data.get("has_committee") is True else []
    _missing(c, committee_months, committee, "cadence.missing-committee")
    quarters_held = _thematic_quarters(c, quarters, thematic)
    return {**_status(c, months, quarters, regular, thematic),
            "months_required": len(months),
            "months_with_regular": sum(1 for a, _ in months if a.isoformat()[:7] in regular),
            "committee_months_required": len(committee_months),
            "months_with_committee": sum(1 for a, _ in committee_months
                                         if a.isoformat()[:7] in committee),
            "quarters_required": len(quarters), "quarters_with_thematic": quarters_held,
            **_meetings(c)}


def _missing(c: CellMeetings, months: Months, held: set[str], code: str) -> None:
    for first, _ in months:
        if first.isoformat()[:7] not in held:
            c.finding(code, [], month=first.isoformat()[:7])


def _thematic_quarters(c: CellMeetings, quarters: Months, thematic: list[str]) -> int:
    """The quarters with a thematic meeting; a finding for each without."""
    count, held = 0, {quarter_of(day) for day in thematic}
    for first, _ in quarters:
        if quarter_of(first.isoformat()) in held:
            count += 1
        else:
            c.finding("cadence.missing-thematic", [],
                      quarter=f"{first.year}-Q{(first.month - 1) // 3 + 1}")
    return count


def _meetings(c: CellMeetings) -> dict[str, Any]:
    durations = [minutes_of_day(m.data["end"]) - minutes_of_day(m.data["start"])
                 for m in c.minutes if m.kind in ("regular", "thematic") and m.counts("duration")]
    kinds = Counter(m.kind for m in c.minutes)
    return {"meetings": len(c.minutes),
            "meetings_by_kind": {k: kinds.get(k, 0) for k in KINDS},
            "combined_meetings": sum(1 for m in c.minutes if m.data.get("combined") is True),
            "duration_minutes": sum(d for d in durations if d > 0),
            "timed_meetings": sum(1 for d in durations if d > 0)}


def _status(c: CellMeetings, months: Months, quarters: Months, regular: set[str],
            thematic: list[str]) -> dict[str, Any]:
    """Each month and quarter the cell existed through, by what was held: the heat-map of
    the HTML report. A month or quarter left out is one the cell did not exist through."""
    combined = {m.date[:7] for m in c.minutes
                if m.kind == "regular" and m.data.get("combined") is True}
    month_status = {}
    for first, _ in months:
        month = first.isoformat()[:7]
        month_status[month] = "combined" if month in combined else (
            "regular" if month in regular else "missing")
    quarter_status = {
        f"{first.year}-Q{(first.month - 1) // 3 + 1}":
            "held" if any(first.isoformat() <= d <= last.isoformat() for d in thematic)
            else "missing"
        for first, last in quarters}
    return {"month_status": month_status, "quarter_status": quarter_status}
