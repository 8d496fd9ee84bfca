"""Rollups as plain data. No printing: report.py renders what this computes.

A summary is built in two steps so that summaries of separate repositories can be merged
exactly: `facts` reduces each unit and cell to additive counts and its own findings, and
`rollup` derives every total, rate and per-committee row from those facts alone.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from tools import engine
from tools.cache import Cache
from tools.problems import Problem
from tools.records import Record
from tools.rules.layout import KINDS, RECORDS, level_rank
from tools.rules.minutes import minutes_of_day
from tools.schemas import parse_date
from tools.tree import Roster, Unit
from tools.validate import Project

VILLAGE_TYPES = ("village", "residential")
SUMMONED = ("regular", "thematic", "extraordinary")  # committee meetings summon the committee
FORMAT_VERSION = 1


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date  # the last day counted: never after today

    def months(self) -> list[tuple[dt.date, dt.date]]:
        """The calendar months that lie wholly inside the period."""
        found, day = [], dt.date(self.start.year, self.start.month, 1)
        while day <= self.end:
            following = _next_month(day)
            if day >= self.start and following - dt.timedelta(days=1) <= self.end:
                found.append((day, following - dt.timedelta(days=1)))
            day = following
        return found

    def quarters(self) -> list[tuple[dt.date, dt.date]]:
        months = self.months()
        found = []
        for first, _ in months:
            if first.month in (1, 4, 7, 10):
                last = dt.date(first.year, first.month + 2, 1)
                if any(m[0] == last for m in months):
                    found.append((first, _next_month(last) - dt.timedelta(days=1)))
        return found


def _next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def percent(part: float, whole: float) -> float | None:
    return round(100 * part / whole, 2) if whole else None


# -- facts: each cell reduced to additive counts, while its records are in memory -------------


@dataclass(frozen=True)
class Request:
    """What a summary needs of each cell; its key names the facts in the cache."""

    period: Period
    names: bool

    @property
    def key(self) -> str:
        return f"{self.period.start}/{self.period.end}/{self.names}"


def unit_row(folder: str, data: dict[str, Any], parent_level: str | None,
             period: Period) -> dict[str, Any]:
    return {"path": folder, "name": data["name"], "kind": data["kind"],
            "level": data.get("level"), "type": data.get("type"),
            "parent_level": parent_level, "exists": _exists(data, period.end)}


def cell_facts(project: Project, request: Request, unit: Unit, roster: Roster | None,
               minutes: list[Record], ratings: dict[str, str] | None) -> dict[str, Any]:
    """One cell's part of a summary, from its usable records (those without errors)."""
    period, data, day = request.period, unit.data, request.period.end
    active = roster.active(day) if roster else []
    cell = {"has_committee": bool(data.get("has_committee")),
            "secretary_is_village_head": bool(data.get("secretary_is_village_head")),
            "roster_ok": roster is not None, "members": len(active),
            "full_members": sum(1 for m in active if m.is_full(day))}
    inside = sorted((r for r in minutes
                     if period.start <= parse_date(r.data["date"]) <= period.end),
                    key=lambda r: (r.data["date"], r.data["start"], r.path))
    cell.update(_MeetingFacts(project, request, unit, roster, inside).collect())
    years = range(period.start.year, period.end.year + 1)
    cell["ratings"] = {year: level for year, level in (ratings or {}).items()
                       if int(year) in years}
    return cell


def _exists(data: dict, day: dt.date) -> bool:
    start, end = parse_date(data.get("established")), parse_date(data.get("dissolved"))
    return (start is None or start <= day) and (end is None or day < end)


def _exists_through(data: dict, first: dt.date, last: dt.date) -> bool:
    start, end = parse_date(data.get("established")), parse_date(data.get("dissolved"))
    return (start is None or start <= first) and (end is None or last < end)


class _MeetingFacts:
    """One cell's meetings in the period, reduced to counts and the cell's findings."""

    def __init__(self, project: Project, request: Request, unit: Unit, roster: Roster | None,
                 minutes: list[Record]) -> None:
        self.request, self.unit, self.roster, self.minutes = request, unit, roster, minutes
        self.period = request.period
        self.book = project.book(self.period.end)
        self.findings: list[dict[str, Any]] = []

    def collect(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        out.update(self._cadence())
        out.update(self._attendance())
        out.update(self._visits())
        out.update(self._decisions())
        self._committee()
        out["findings"] = self.findings
        return out

    def _finding(self, code: str, files: list[str], **params: Any) -> None:
        self.findings.append({"code": code, "cell": self.unit.folder,
                              "cell_name": self.unit.data["name"], "params": params,
                              "files": files})

    def _cadence(self) -> dict[str, Any]:
        data = self.unit.data
        regular = {r.data["date"][:7] for r in self.minutes if r.data["kind"] == "regular"}
        thematic = [r.data["date"] for r in self.minutes
                    if r.data["kind"] == "thematic" or r.data.get("combined")]
        months = [(a, b) for a, b in self.period.months() if _exists_through(data, a, b)]
        quarters = [(a, b) for a, b in self.period.quarters() if _exists_through(data, a, b)]
        for first, _ in months:
            if first.isoformat()[:7] not in regular:
                self._finding("cadence.missing-regular", [], month=first.isoformat()[:7])
        quarters_held = 0
        for first, last in quarters:
            if any(first.isoformat() <= d <= last.isoformat() for d in thematic):
                quarters_held += 1
            else:
                self._finding("cadence.missing-thematic", [],
                              quarter=f"{first.year}-Q{(first.month - 1) // 3 + 1}")
        durations = [minutes_of_day(r.data["end"]) - minutes_of_day(r.data["start"])
                     for r in self.minutes if r.data["kind"] in ("regular", "thematic")]
        kinds = Counter(r.data["kind"] for r in self.minutes)
        return {"months_required": len(months),
                "months_with_regular": sum(1 for a, _ in months
                                           if a.isoformat()[:7] in regular),
                "quarters_required": len(quarters), "quarters_with_thematic": quarters_held,
                "meetings": len(self.minutes),
                "meetings_by_kind": {k: kinds.get(k, 0) for k in KINDS},
                "combined_meetings": sum(1 for r in self.minutes if r.data.get("combined")),
                "duration_minutes": sum(d for d in durations if d > 0),
                "timed_meetings": sum(1 for d in durations if d > 0)}

    def _summoned(self) -> list[Record]:
        return [r for r in self.minutes if r.data["kind"] in SUMMONED]

    def _attendance(self) -> dict[str, Any]:
        expected_total = present_total = unexcused = excused = 0
        speakers = speaking_present = 0
        tasked: set[str] = set()
        unexcused_by_member: dict[str, list[Record]] = defaultdict(list)
        history: dict[str, list[tuple[Record, str]]] = defaultdict(list)
        for record in self._summoned():
            data, day = record.data, parse_date(record.data["date"])
            expected = {m.id for m in self.roster.expected(day)} if self.roster else set()
            present = set(data.get("present") or [])
            expected_total += len(expected)
            present_total += len(present & expected)
            unexcused += len(data.get("absent_unexcused") or [])
            excused += len(set(data.get("absent_excused") or {}) & expected)
            if data.get("speakers"):
                speakers += len(set(data["speakers"]) & present)
                speaking_present += len(present)
            tasked.update(task["member"] for task in data.get("tasks") or [])
            for member in data.get("absent_unexcused") or []:
                unexcused_by_member[member].append(record)
            for member in expected:
                status = "present" if member in present else (
                    "excused" if member in (data.get("absent_excused") or {}) else "other")
                history[member].append((record, status))
        self._removal_review(unexcused_by_member)
        self._excused_streaks(history)
        rate = percent(present_total, expected_total)
        target = self.book.params["attendance_target"] * 100
        if rate is not None and rate < target:
            self._finding("attendance.below-target", [], rate=rate, target=round(target, 2))
        return {"expected": expected_total, "present": present_total,
                "unexcused_absences": unexcused, "excused_absences": excused,
                "speakers": speakers, "present_at_recorded_discussions": speaking_present,
                "members_with_tasks": len(tasked)}

    def _name(self, member: str) -> str | None:
        if not self.request.names or self.roster is None or member not in self.roster.members:
            return None
        return self.roster.members[member].name

    def _removal_review(self, absences: dict[str, list[Record]]) -> None:
        threshold = self.book.params["removal_review_months"]
        for member, records in sorted(absences.items()):
            by_year: dict[int, list[Record]] = defaultdict(list)
            for record in records:
                by_year[int(record.data["date"][:4])].append(record)
            for year, found in sorted(by_year.items()):
                months = sorted({r.data["date"][:7] for r in found})
                if len(months) >= threshold:
                    self._finding("members.removal-review", [r.path for r in found],
                                  member=member, name=self._name(member), year=year,
                                  months=len(months), threshold=threshold,
                                  dates=[r.data["date"] for r in found])

    def _excused_streaks(self, history: dict[str, list[tuple[Record, str]]]) -> None:
        limit = self.book.params["excused_streak"]
        for member, meetings in sorted(history.items()):
            streak: list[Record] = []
            for record, status in [*meetings, (None, "end")]:
                same_year = streak and record is not None and \
                    record.data["date"][:4] == streak[0].data["date"][:4]
                if status == "excused" and (not streak or same_year):
                    streak.append(record)
                    continue
                if len(streak) > limit:
                    self._finding("members.excused-streak", [r.path for r in streak],
                                  member=member, name=self._name(member),
                                  count=len(streak), limit=limit,
                                  dates=[r.data["date"] for r in streak])
                streak = [record] if status == "excused" else []

    def _visits(self) -> dict[str, Any]:
        visits: Counter = Counter()
        for record in self.minutes:
            levels = {g.get("level") for g in record.data.get("guests") or [] if g.get("level")}
            visits.update(levels)
        quota = self.book.params.get("visit_quota") or {}
        for level, needed in sorted(quota.items()):
            if visits.get(level, 0) < needed:
                self._finding("visits.below-quota", [], level=level,
                              visits=visits.get(level, 0), quota=needed)
        return {"visits": dict(sorted(visits.items()))}

    def _decisions(self) -> dict[str, Any]:
        decisions = [d for r in self.minutes for d in r.data.get("decisions") or []]
        return {"decisions": len(decisions),
                "decisions_adopted": sum(1 for d in decisions if d.get("adopted") is True)}

    def _committee(self) -> None:
        if self.roster is None or not _exists(self.unit.data, self.period.end):
            return
        full = len(self.roster.full(self.period.end))
        if full >= self.book.params["committee_full_members"] and \
                not self.unit.data.get("has_committee"):
            self._finding("cells.no-committee", [self.unit.record.path], full=full,
                          threshold=self.book.params["committee_full_members"])


def _quality(problems: list[Problem], checked: dict[str, int], top: str) -> dict[str, Any]:
    inside = [p for p in problems if p.path == top or p.path.startswith(top + "/")]
    by_file: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for item in inside:
        by_file[item.path][item.severity != "error"] += 1
    return quality(checked, [{"path": p.path, "code": p.code} for p in inside
                             if p.severity == "error"], dict(by_file))


def quality(checked: dict[str, int], failed: list[dict[str, str]],
            by_file: dict[str, list[int]]) -> dict[str, Any]:
    """Data quality from what was checked per folder and the problems per file: a merge of
    summaries that share a folder or a file counts it once."""
    codes: dict[str, set[str]] = defaultdict(set)
    for item in failed:
        codes[item["path"]].add(item["code"])
    return {"files_checked": sum(checked.values()),
            "files_with_errors": [{"path": path, "codes": sorted(found)}
                                  for path, found in sorted(codes.items())],
            "errors": sum(errors for errors, _ in by_file.values()),
            "warnings": sum(warnings for _, warnings in by_file.values()),
            "checked_by_folder": dict(sorted(checked.items())),
            "problems_by_file": dict(sorted(by_file.items()))}


def facts(project: Project, top: str, start: dt.date, end: dt.date, today: dt.date,
          names: bool = True, cache: Cache | None = None, jobs: int = 1,
          progress: Callable[[int], None] | None = None) -> dict[str, Any]:
    request = Request(Period(start, min(end, today)), names)
    run = engine.run_tree(project, today, top, cache=cache, request=request, jobs=jobs,
                          progress=progress)
    units = []
    for folder, data in sorted(run.units.items()):
        row = unit_row(folder, data, run.parent_level(folder), request.period)
        if data["kind"] == "cell":
            if folder not in run.cells:
                continue
            row.update(run.cells[folder])
        units.append(row)
    name = run.units[top].get("name") if top in run.units else None
    return {"format": FORMAT_VERSION, "unit": top, "name": name,
            "period": {"from": start.isoformat(), "to": request.period.end.isoformat()},
            "units": units, "data_quality": _quality(run.problems, run.checked_by_folder, top)}


# -- rollup: every figure from the facts alone ------------------------------------------------

def structure(units: list[dict[str, Any]]) -> dict[str, Any]:
    alive = [u for u in units if u["exists"]]
    cells = [u for u in alive if u["kind"] == "cell"]
    grassroots = sum(1 for u in alive if u["kind"] == "committee" and u["level"] == "grassroots")
    subordinate = sum(1 for c in cells if c["parent_level"] == "grassroots")
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
    findings = [f for c in cells for f in c["findings"]]
    committees = []
    below: dict[str, list[dict[str, Any]]] = defaultdict(list)  # units under each folder
    for unit in units:
        parts = unit["path"].split("/")
        for depth in range(1, len(parts)):
            below["/".join(parts[:depth])].append(unit)
    for unit in units:
        if unit["kind"] == "committee":
            inside = below.get(unit["path"], [])
            inner = _cells(inside)
            committees.append({"path": unit["path"], "name": unit["name"],
                               "level": unit["level"], "structure": structure(inside),
                               "meetings": meetings(inner), "attendance": attendance(inner)})
    visits: Counter = Counter()
    for cell in cells:
        visits.update(cell["visits"])
    ratings: dict[str, Counter] = defaultdict(Counter)
    for cell in cells:
        for year, level in cell["ratings"].items():
            ratings[year][level] += 1
    out = {key: document[key] for key in ("format", "unit", "name", "period")}
    out.update({
        "structure": structure(units),
        "committees": committees,
        "cells": [_cell_row(c) for c in cells],
        "meetings": meetings(cells),
        "attendance": attendance(cells),
        "members": {"removal_review": [f for f in findings
                                       if f["code"] == "members.removal-review"],
                    "excused_streaks": [f for f in findings
                                        if f["code"] == "members.excused-streak"]},
        "visits": {"by_level": {level: visits[level] for level in sorted(visits, key=level_rank)},
                   "cells_never_visited": [c["path"] for c in cells
                                           if c["exists"] and not c["visits"]]},
        "decisions": {"decisions": _sum(cells, "decisions"),
                      "adopted": _sum(cells, "decisions_adopted")},
        "ratings": {year: dict(sorted(levels.items()))
                    for year, levels in sorted(ratings.items())},
        "data_quality": document["data_quality"],
        "findings": sorted(findings, key=lambda f: (f["code"], f["cell"], str(f["params"]))),
        "facts": {"units": units},
    })
    return out


def _cell_row(cell: dict[str, Any]) -> dict[str, Any]:
    return {"path": cell["path"], "name": cell["name"], "type": cell["type"],
            "members": cell["members"],
            "months_with_regular": cell["months_with_regular"],
            "months_required": cell["months_required"],
            "quarters_with_thematic": cell["quarters_with_thematic"],
            "quarters_required": cell["quarters_required"],
            "attendance_pct": percent(cell["present"], cell["expected"]),
            "unexcused_absences": cell["unexcused_absences"],
            "visits": sum(cell["visits"].values()), "findings": len(cell["findings"])}


def summarize(project: Project, top: str, start: dt.date, end: dt.date, today: dt.date,
              names: bool = True, **options: Any) -> dict[str, Any]:
    return rollup(facts(project, top, start, end, today, names, **options))


class MergeError(Exception):
    pass


def merge(documents: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Combine summaries of separate repositories into the summary of their union."""
    documents = list(documents)
    if not documents:
        raise MergeError("nothing to merge")
    for document in documents:
        if not isinstance(document, dict) or document.get("format") != FORMAT_VERSION \
                or "facts" not in document or "period" not in document:
            raise MergeError("not a `tools summarize --format json` output of all sections")
    periods = {(d["period"]["from"], d["period"]["to"]) for d in documents}
    if len(periods) > 1:
        raise MergeError(f"the summaries cover different periods: {sorted(periods)}")
    units: dict[str, dict[str, Any]] = {}
    for document in documents:
        for unit in document["facts"]["units"]:
            if unit["path"] in units and units[unit["path"]] != unit:
                raise MergeError(f"{unit['path']} differs between the summaries")
            units[unit["path"]] = unit
    tops = [d["unit"] for d in documents]
    top = _common_folder(tops)
    checked: dict[str, int] = {}
    by_file: dict[str, list[int]] = {}
    for index, document in enumerate(documents):  # what summaries share is counted once
        found = document["data_quality"]
        checked.update(found.get("checked_by_folder", {f"<{index}>": found["files_checked"]}))
        by_file.update(found.get("problems_by_file",
                                 {f"<{index}>": [found["errors"], found["warnings"]]}))
    failed = [{"path": f["path"], "code": code} for d in documents
              for f in d["data_quality"]["files_with_errors"] for code in f["codes"]]
    name = units[top]["name"] if top in units else None
    first = documents[0]["period"]
    return rollup({"format": FORMAT_VERSION, "unit": top, "name": name, "period": first,
                   "units": [units[k] for k in sorted(units)],
                   "data_quality": quality(checked, failed, by_file)})


def _common_folder(paths: list[str]) -> str:
    parts = [p.split("/") for p in paths]
    common = []
    for level in zip(*parts, strict=False):
        if len(set(level)) != 1:
            break
        common.append(level[0])
    return "/".join(common) or RECORDS
