"""A summary's second step: every section (structure, committees, cells, meetings,
attendance, members, visits, decisions, ratings, data quality, findings) derived from the
facts alone, so that merged facts give the summary of the combined tree."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from tools.reading.layout import level_rank
from tools.rollup import people
from tools.rollup.period import percent

VILLAGE_TYPES = ("village", "residential")


def structure(units: list[dict[str, Any]]) -> dict[str, Any]:
    alive = [u for u in units if u["exists"]]
    cells = [u for u in alive if u["kind"] == "cell"]
    grassroots = sum(1 for u in alive if u["kind"] == "committee" and u["level"] == "grassroots")
    # a partial committee [đảng bộ bộ phận] is no grassroots organization: its cells are
    # subordinate cells of the grassroots committee above it
    subordinate = sum(1 for c in cells if c["parent_level"] in ("grassroots", "partial"))
    members = sum(c["members"] for c in cells)
    full = sum(c["full_members"] for c in cells)
    villages = [c for c in cells if c["type"] in VILLAGE_TYPES]
    heads = sum(1 for c in villages if c["secretary_is_village_head"])
    return {"grassroots_organizations": grassroots + len(cells) - subordinate,
            "grassroots_committees": grassroots, "grassroots_cells": len(cells) - subordinate,
            "subordinate_cells": subordinate, "cells": len(cells), "members": members,
            "full_members": full, "probationary_members": members - full,
            "village_cells": len(villages),
            "village_cells_with_committee": sum(1 for c in villages if c["has_committee"]),
            "village_secretaries_heads": heads,
            "village_secretaries_heads_pct": percent(heads, len(villages))}


def _sum(cells: list[dict[str, Any]], key: str) -> int:
    return sum(c[key] for c in cells)


def meetings(cells: list[dict[str, Any]]) -> dict[str, Any]:
    by_kind: Counter = Counter()
    for cell in cells:
        by_kind.update(cell["meetings_by_kind"])
    timed = _sum(cells, "timed_meetings")
    return {"meetings": _sum(cells, "meetings"), "by_kind": dict(sorted(by_kind.items())),
            "combined": _sum(cells, "combined_meetings"),
            "months_required": _sum(cells, "months_required"),
            "months_with_regular": _sum(cells, "months_with_regular"),
            "regular_compliance_pct": percent(_sum(cells, "months_with_regular"),
                                              _sum(cells, "months_required")),
            "committee_months_required": _sum(cells, "committee_months_required"),
            "months_with_committee": _sum(cells, "months_with_committee"),
            "committee_compliance_pct": percent(_sum(cells, "months_with_committee"),
                                                _sum(cells, "committee_months_required")),
            "quarters_required": _sum(cells, "quarters_required"),
            "quarters_with_thematic": _sum(cells, "quarters_with_thematic"),
            "thematic_compliance_pct": percent(_sum(cells, "quarters_with_thematic"),
                                               _sum(cells, "quarters_required")),
            "average_minutes": round(_sum(cells, "duration_minutes") / timed, 1)
            if timed else None}


def attendance(cells: list[dict[str, Any]]) -> dict[str, Any]:
    return {"expected": _sum(cells, "expected"), "present": _sum(cells, "present"),
            "rate_pct": percent(_sum(cells, "present"), _sum(cells, "expected")),
            "unexcused_absences": _sum(cells, "unexcused_absences"),
            "excused_absences": _sum(cells, "excused_absences"),
            "participation_pct": percent(_sum(cells, "speakers"),
                                         _sum(cells, "present_at_recorded_discussions")),
            "members_with_tasks": _sum(cells, "members_with_tasks")}


def _cells(units: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [u for u in units if u["kind"] == "cell"]


def rollup(document: dict[str, Any]) -> dict[str, Any]:
    """Every section of the summary, derived from `document`'s facts."""
    units = document["units"]
    cells = _cells(units)
    reviewed = [f for found in people.review(cells).values() for f in found]
    findings = [f for c in cells for f in c["findings"]] + reviewed
    elsewhere = Counter(f["cell"] for f in reviewed)
    out = {key: document[key] for key in ("format", "unit", "name", "period")}
    out.update({
        "structure": structure(units),
        "committees": committees(units),
        "cells": [_cell_row(c, elsewhere[c["path"]]) for c in cells],
        "meetings": meetings(cells),
        "attendance": attendance(cells),
        "members": {name: [f for f in findings if f["code"] == code]
                    for name, code in MEMBER_FINDINGS.items()},
        "visits": _visits(cells),
        "decisions": {"decisions": _sum(cells, "decisions"),
                      "adopted": _sum(cells, "decisions_adopted")},
        "ratings": _ratings(cells),
        "data_quality": {**document["data_quality"], "files_partly_counted": sorted(
            (f for c in cells for f in c["partly_counted"]), key=lambda f: f["path"])},
        "findings": sorted(findings, key=lambda f: (f["code"], f["cell"], str(f["params"]))),
        "facts": {"person_key": document["person_key"], "units": units},
    })
    return out


def committees(units: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each committee's structure, meetings and attendance, from the units below it."""
    below: dict[str, list[dict[str, Any]]] = defaultdict(list)  # units under each folder
    for unit in units:
        parts = unit["path"].split("/")
        for depth in range(1, len(parts)):
            below["/".join(parts[:depth])].append(unit)
    found = []
    for unit in units:
        if unit["kind"] == "committee":
            inside = below.get(unit["path"], [])
            inner = _cells(inside)
            found.append({"path": unit["path"], "name": unit["name"],
                          "level": unit["level"], "structure": structure(inside),
                          "meetings": meetings(inner), "attendance": attendance(inner)})
    return found


def _visits(cells: list[dict[str, Any]]) -> dict[str, Any]:
    visits: Counter = Counter()
    for cell in cells:
        visits.update(cell["visits"])
    return {"by_level": {level: visits[level] for level in sorted(visits, key=level_rank)},
            "cells_never_visited": [c["path"] for c in cells
                                    if c["exists"] and not c["visits"]]}


def _ratings(cells: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    ratings: dict[str, Counter] = defaultdict(Counter)
    for cell in cells:
        for year, level in cell["ratings"].items():
            ratings[year][level] += 1
    return {year: dict(sorted(levels.items())) for year, levels in sorted(ratings.items())}


# the members section: the findings about one member, by the name of their list
MEMBER_FINDINGS = {"removal_review": "members.removal-review",
                   "excused_streaks": "members.excused-streak",
                   "thematic_absences": "members.thematic-absence",
                   "dues_unpaid": "members.dues-unpaid"}


def _cell_row(cell: dict[str, Any], reviewed: int = 0) -> dict[str, Any]:
    return {"path": cell["path"], "name": cell["name"], "type": cell["type"],
            "members": cell["members"],
            "months_with_regular": cell["months_with_regular"],
            "months_required": cell["months_required"],
            "quarters_with_thematic": cell["quarters_with_thematic"],
            "quarters_required": cell["quarters_required"],
            "attendance_pct": percent(cell["present"], cell["expected"]),
            "unexcused_absences": cell["unexcused_absences"],
            "visits": sum(cell["visits"].values()),
            "findings": len(cell["findings"]) + reviewed}
