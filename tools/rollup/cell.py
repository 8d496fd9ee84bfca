"""One cell's part of a summary: its records reduced to additive counts and its own findings,
while the check has them in memory (the engine calls this through request.py)."""

from __future__ import annotations

from typing import Any

from tools.checking.cell_entry import CellRecords
from tools.checking.project import Project
from tools.rollup.activity import committee, decisions, visits
from tools.rollup.attendance import attendance
from tools.rollup.cadence import cadence
from tools.rollup.context import CellMeetings
from tools.rollup.held import held
from tools.rollup.members import people_facts
from tools.rollup.period import Period


def cell_facts(project: Project, period: Period, names: bool, secret: bytes,
               cell: CellRecords) -> dict[str, Any]:
    """The facts of a cell from its usable unit, roster, ratings and dues, and every minutes
    file with its errors (a file with errors may still prove a meeting)."""
    data, day, roster = cell.unit.data, period.end, cell.roster
    active = roster.own(day) if roster else []
    facts = {"has_committee": bool(data.get("has_committee")),
             "secretary_is_village_head": bool(data.get("secretary_is_village_head")),
             "roster_ok": roster is not None, "members": len(active),
             "full_members": sum(1 for m in active if m.is_full(day))}
    # the removal review counts whole calendar years: the period's years up to its end
    meetings = [m for m in held(cell.minutes) if period.year_start <= m.day <= period.end]
    c = CellMeetings(project, period, names, secret, cell.unit, roster, meetings, cell.dues)
    facts.update(_meeting_facts(c))
    years = range(period.start.year, period.end.year + 1)
    facts["ratings"] = {year: level for year, level in (cell.ratings or {}).items()
                        if int(year) in years}
    return facts


def _meeting_facts(c: CellMeetings) -> dict[str, Any]:
    """Each figure in turn; the findings in the order the figures add them."""
    out: dict[str, Any] = {}
    out.update(cadence(c))
    out.update(attendance(c))
    out.update(people_facts(c))
    out.update(visits(c))
    out.update(decisions(c))
    committee(c)
    out["partly_counted"] = [{"path": m.record.path, "left_out": sorted(m.left_out)}
                             for m in c.minutes if m.left_out]
    out["findings"] = c.findings
    return out
