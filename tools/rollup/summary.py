"""Rollups as plain data. No printing: report.py renders what this computes.

A summary is built in two steps so that summaries of separate repositories can be merged
exactly: `facts` reduces each unit and cell to additive counts and its own findings, and
`rollup` derives every total, rate and per-committee row from those facts alone.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from tools.checking import engine
from tools.checking.cache import Cache
from tools.checking.cell_entry import CellRecords
from tools.checking.project import Project
from tools.checking.rulebook import Rulebook
from tools.checking.rules.minutes import minutes_of_day
from tools.checking.run import Run
from tools.problems import Problem
from tools.reading.dates import parse_date
from tools.reading.layout import KINDS, RECORDS, ancestors, level_rank
from tools.reading.records import Record
from tools.reading.tree import Roster, Unit
from tools.rollup import people, trust

VILLAGE_TYPES = ("village", "residential")
SUMMONED = ("regular", "thematic", "extraordinary")  # committee meetings summon the committee
FORMAT_VERSION = 2


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date  # the last day counted: never after today

    @property
    def year_start(self) -> dt.date:
        """The first day of the period's first calendar year."""
        return dt.date(self.start.year, 1, 1)

    def months(self) -> list[tuple[dt.date, dt.date]]:
        """The calendar months that lie wholly inside the period."""
        found = []
        year, month = self.start.year, self.start.month
        while (year, month) <= (self.end.year, self.end.month):
            first, last = dt.date(year, month, 1), _month_end(year, month)
            if first >= self.start and last <= self.end:
                found.append((first, last))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return found

    def quarters(self) -> list[tuple[dt.date, dt.date]]:
        """The calendar quarters that lie wholly inside the period (one pass over the
        months: a period of centuries stays cheap)."""
        months = self.months()
        return [(first, months[index + 2][1]) for index, (first, _) in enumerate(months)
                if first.month in (1, 4, 7, 10) and index + 2 < len(months)
                and months[index + 2][0].month == first.month + 2
                and months[index + 2][0].year == first.year]


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def quarter_of(day: str) -> tuple[int, int]:
    """The calendar quarter of a YYYY-MM-DD date: (year, 1..4)."""
    return int(day[:4]), (int(day[5:7]) - 1) // 3 + 1


def percent(part: float, whole: float) -> float | None:
    return round(100 * part / whole, 2) if whole else None


# -- facts: each cell reduced to additive counts, while its records are in memory -------------


@dataclass(frozen=True)
class Request:
    """What a summary needs of each cell; its key names the facts in the cache."""

    period: Period
    names: bool
    secret: bytes = people.DEFAULT_SECRET  # keys the person hashes (tools/people.py)

    @property
    def key(self) -> str:
        return f"{self.period.start}/{self.period.end}/{self.names}/" \
            f"{people.fingerprint(self.secret)}"

    def facts(self, project: Project, cell: CellRecords) -> dict[str, Any]:
        return cell_facts(project, self, cell.unit, cell.roster, cell.minutes, cell.ratings,
                          cell.dues)


def unit_row(folder: str, data: dict[str, Any], parent_level: str | None,
             period: Period) -> dict[str, Any]:
    return {"path": folder, "name": data["name"], "kind": data["kind"],
            "level": data.get("level"), "type": data.get("type"),
            "parent_level": parent_level, "exists": _exists(data, period.end)}


@dataclass(frozen=True)
class Meeting:
    """A minutes file that proves a meeting was held, and the figures it is left out of."""

    record: Record
    day: dt.date
    left_out: frozenset[str]

    @property
    def data(self) -> dict[str, Any]:
        return self.record.data

    @property
    def kind(self) -> str:
        return self.record.data["kind"]

    @property
    def date(self) -> str:
        return self.record.data["date"]

    def counts(self, figure: str) -> bool:
        return figure not in self.left_out


def held(minutes: Iterable[tuple[Record, list[Problem]]]) -> list[Meeting]:
    """The meetings that minutes prove, each with its errors judged (tools/trust.py)."""
    found = []
    for record, errors in minutes:
        out = trust.left_out(record.path, record.data, errors)
        if out is not None:
            found.append(Meeting(record, parse_date(record.data["date"]), out))
    return sorted(found, key=lambda m: (m.date, str(m.data.get("start", "")), m.record.path))


def cell_facts(project: Project, request: Request, unit: Unit, roster: Roster | None,
               minutes: list[tuple[Record, list[Problem]]], ratings: dict[str, str] | None,
               dues: list[Record] = ()) -> dict[str, Any]:
    """One cell's part of a summary: its usable unit, roster, ratings and dues, and every
    minutes file with its errors (a file with errors may still prove a meeting)."""
    period, data, day = request.period, unit.data, request.period.end
    active = roster.own(day) if roster else []
    cell = {"has_committee": bool(data.get("has_committee")),
            "secretary_is_village_head": bool(data.get("secretary_is_village_head")),
            "roster_ok": roster is not None, "members": len(active),
            "full_members": sum(1 for m in active if m.is_full(day))}
    # the removal review counts whole calendar years: the period's years up to its end
    meetings = [m for m in held(minutes) if period.year_start <= m.day <= period.end]
    cell.update(_MeetingFacts(project, request, unit, roster, meetings, dues).collect())
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
    """One cell's meetings in the period, reduced to counts and the cell's findings; each
    meeting judged by the rulebook in force on its date."""

    def __init__(self, project: Project, request: Request, unit: Unit, roster: Roster | None,
                 meetings: list[Meeting], dues: Iterable[Record] = ()) -> None:
        self.project, self.request, self.unit, self.roster = project, request, unit, roster
        self.period = request.period
        self.year_meetings = meetings
        self.minutes = [m for m in meetings if m.day >= self.period.start]
        self.dues = list(dues)
        self.findings: list[dict[str, Any]] = []

    def book(self, day: dt.date) -> Rulebook:
        return self.project.book(day)

    def collect(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        out.update(self._cadence())
        out.update(self._attendance())
        out.update(self._people())
        out.update(self._visits())
        out.update(self._decisions())
        self._committee()
        out["partly_counted"] = [{"path": m.record.path, "left_out": sorted(m.left_out)}
                                 for m in self.minutes if m.left_out]
        out["findings"] = self.findings
        return out

    def _finding(self, code: str, files: list[str], **params: Any) -> None:
        self.findings.append({"code": code, "cell": self.unit.folder,
                              "cell_name": self.unit.data["name"], "params": params,
                              "files": files})

    def _cadence(self) -> dict[str, Any]:
        data = self.unit.data
        regular = {m.date[:7] for m in self.minutes if m.kind == "regular"}
        committee = {m.date[:7] for m in self.minutes if m.kind == "committee"}
        thematic = [m.date for m in self.minutes
                    if m.kind == "thematic" or m.data.get("combined") is True]
        months = [(a, b) for a, b in self.period.months() if _exists_through(data, a, b)]
        quarters = [(a, b) for a, b in self.period.quarters() if _exists_through(data, a, b)]
        for first, _ in months:
            if first.isoformat()[:7] not in regular:
                self._finding("cadence.missing-regular", [], month=first.isoformat()[:7])
        # Charter, Art. 24: "Chi bộ, chi ủy họp thường lệ mỗi tháng một lần"
        committee_months = months if data.get("has_committee") is True else []
        for first, _ in committee_months:
            if first.isoformat()[:7] not in committee:
                self._finding("cadence.missing-committee", [], month=first.isoformat()[:7])
        quarters_held, held = 0, {quarter_of(day) for day in thematic}
        for first, _ in quarters:
            if quarter_of(first.isoformat()) in held:
                quarters_held += 1
            else:
                self._finding("cadence.missing-thematic", [],
                              quarter=f"{first.year}-Q{(first.month - 1) // 3 + 1}")
        durations = [minutes_of_day(m.data["end"]) - minutes_of_day(m.data["start"])
                     for m in self.minutes
                     if m.kind in ("regular", "thematic") and m.counts("duration")]
        kinds = Counter(m.kind for m in self.minutes)
        return {**self._status(months, quarters, regular, thematic),
                "months_required": len(months),
                "months_with_regular": sum(1 for a, _ in months
                                           if a.isoformat()[:7] in regular),
                "committee_months_required": len(committee_months),
                "months_with_committee": sum(1 for a, _ in committee_months
                                             if a.isoformat()[:7] in committee),
                "quarters_required": len(quarters), "quarters_with_thematic": quarters_held,
                "meetings": len(self.minutes),
                "meetings_by_kind": {k: kinds.get(k, 0) for k in KINDS},
                "combined_meetings": sum(1 for m in self.minutes
                                         if m.data.get("combined") is True),
                "duration_minutes": sum(d for d in durations if d > 0),
                "timed_meetings": sum(1 for d in durations if d > 0)}

    def _status(self, months: list, quarters: list, regular: set[str],
                thematic: list[str]) -> dict[str, Any]:
        """Each month and quarter the cell existed through, by what was held: the heat-map of
        the HTML report. A month or quarter left out is one the cell did not exist through."""
        combined = {m.date[:7] for m in self.minutes
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

    def _summoned(self) -> list[Meeting]:
        return [m for m in self.minutes if m.kind in SUMMONED and m.counts("attendance")]

    def _expected(self, day: dt.date) -> set[str]:
        return {m.id for m in self.roster.expected(day)} if self.roster else set()

    def _attendance(self) -> dict[str, Any]:
        expected_total = present_total = unexcused = excused = 0
        speakers = speaking_present = 0
        target_total = Fraction(0)  # each meeting's expected attendances at its own target
        tasked: set[str] = set()
        history: dict[str, list[tuple[Meeting, str]]] = defaultdict(list)
        for meeting in self._summoned():
            data, day = meeting.data, meeting.day
            expected = self._expected(day)
            present = set(data.get("present") or [])
            target = _target(self.book(day))
            expected_total += len(expected)
            present_total += len(present & expected)
            target_total += len(expected) * target
            unexcused += len(data.get("absent_unexcused") or [])
            excused += len(set(data.get("absent_excused") or {}) & expected)
            if data.get("speakers"):
                speakers += len(set(data["speakers"]) & present)
                speaking_present += len(present)
            tasked.update(task["member"] for task in data.get("tasks") or [])
            for member in sorted(expected):
                status = "present" if member in present else (
                    "excused" if member in (data.get("absent_excused") or {}) else "other")
                history[member].append((meeting, status))
            self._meeting_rate(meeting, len(present & expected), len(expected), target)
        self._excused_streaks(history)
        self._thematic_absences()
        if expected_total and present_total <= target_total:
            self._finding("attendance.below-target", [],
                          rate=percent(present_total, expected_total),
                          target=round(float(100 * target_total / expected_total), 2))
        return {"expected": expected_total, "present": present_total,
                "unexcused_absences": unexcused, "excused_absences": excused,
                "speakers": speakers, "present_at_recorded_discussions": speaking_present,
                "members_with_tasks": len(tasked)}

    def _meeting_rate(self, meeting: Meeting, present: int, expected: int,
                      target: Fraction) -> None:
        # HD 12-HD/BTCTW 2018: each meeting's attendance "đạt tỷ lệ trên 85%"
        if expected and Fraction(present, expected) <= target:
            self._finding("attendance.meeting-below-target", [meeting.record.path],
                          date=meeting.date, rate=percent(present, expected),
                          target=round(float(100 * target), 2), present=present,
                          expected=expected, document=self.book(meeting.day).params["document"])

    def _name(self, member: str) -> str | None:
        if not self.request.names or self.roster is None or member not in self.roster.members:
            return None
        return self.roster.members[member].name

    def _unexcused(self, meeting: Meeting) -> list[str]:
        """Who was absent without reason and summoned: an exempt or away member listed there
        by mistake is not held against them."""
        listed = meeting.data.get("absent_unexcused") or []
        if self.roster is None:
            return list(listed)
        expected = self._expected(meeting.day)
        return [m for m in listed if m in expected or m not in self.roster.members]

    def _thematic_absences(self) -> None:
        """Listed, not counted toward removal: only regular meetings are (QĐ 24-QĐ/TW 2021,
        point 8.1, "bỏ sinh hoạt đảng")."""
        found: dict[tuple[str, str], list[Meeting]] = defaultdict(list)
        for meeting in self._summoned():
            if meeting.kind == "thematic":
                for member in self._unexcused(meeting):
                    found[(member, meeting.date[:4])].append(meeting)
        for (member, year), meetings in sorted(found.items()):
            self._finding("members.thematic-absence", [m.record.path for m in meetings],
                          member=member, name=self._name(member), year=int(year),
                          count=len(meetings), dates=[m.date for m in meetings])

    def _person(self, member: str) -> str:
        known = self.roster.members.get(member) if self.roster else None
        return people.person_key(self.request.secret,
                                 known.person if known else f"id:{member}")

    def _people(self) -> dict[str, Any]:
        """Per person, what the removal review counts in this cell: unexcused absences from
        regular (and combined) meetings and unpaid dues months, over the calendar years of
        the period up to its end; and who joined in those years, to follow transfers."""
        entries: dict[str, dict[str, Any]] = {}

        def entry(member: str) -> dict[str, Any]:
            key = self._person(member)
            if key not in entries:
                known = self.roster.members.get(member) if self.roster else None
                # the cell joined last considers the member; a member here on temporary
                # activity belongs to another organization
                joined = known.joined.isoformat() if known and known.joined and \
                    not known.temporary else None
                entries[key] = {"member": member, "name": self._name(member),
                                "joined": joined, "absences": [], "unpaid": []}
            return entries[key]

        for meeting in self.year_meetings:
            if meeting.kind == "regular" and meeting.counts("attendance"):
                for member in self._unexcused(meeting):
                    entry(member)["absences"].append([meeting.date, meeting.record.path])
        last = self.period.end.isoformat()[:7]
        for record in self.dues:
            for member, months in sorted(record.data["unpaid"].items()):
                for month in months:
                    if "reason" not in month and \
                            self.period.year_start.isoformat()[:7] <= month["month"] <= last:
                        entry(member)["unpaid"].append(month["month"])
        for member in self.roster.members.values() if self.roster else []:
            if member.joined and self.period.year_start <= member.joined <= self.period.end \
                    and not member.temporary:
                entry(member.id)
        years = range(self.period.year_start.year, self.period.end.year + 1)
        return {"people": {key: entries[key] for key in sorted(entries)},
                "removal_months": {
                    str(year): self.book(min(dt.date(year, 12, 31), self.period.end))
                    .params["removal_review_months"] for year in years}}

    def _excused_streaks(self, history: dict[str, list[tuple[Meeting, str]]]) -> None:
        for member, meetings in sorted(history.items()):
            streak: list[Meeting] = []
            for meeting, status in [*meetings, (None, "end")]:
                same_year = streak and meeting is not None and \
                    meeting.date[:4] == streak[0].date[:4]
                if status == "excused" and (not streak or same_year):
                    streak.append(meeting)
                    continue
                limit = self.book(streak[-1].day).params["excused_streak"] if streak else 0
                if streak and len(streak) > limit:
                    self._finding("members.excused-streak", [m.record.path for m in streak],
                                  member=member, name=self._name(member),
                                  count=len(streak), limit=limit,
                                  dates=[m.date for m in streak])
                streak = [meeting] if status == "excused" else []

    def _visits(self) -> dict[str, Any]:
        visits: Counter = Counter()
        for meeting in self.minutes:
            if meeting.counts("visits"):
                visits.update({g.get("level") for g in meeting.data.get("guests") or []
                               if g.get("level")})
        return {"visits": dict(sorted(visits.items()))}

    def _decisions(self) -> dict[str, Any]:
        decisions = [d for m in self.minutes if m.counts("decisions")
                     for d in m.data.get("decisions") or []]
        return {"decisions": len(decisions),
                "decisions_adopted": sum(1 for d in decisions if d.get("adopted") is True)}

    def _committee(self) -> None:
        if self.roster is None or not _exists(self.unit.data, self.period.end):
            return
        threshold = self.book(self.period.end).params["committee_full_members"]
        full = len(self.roster.full(self.period.end))
        if full >= threshold and not self.unit.data.get("has_committee"):
            self._finding("cells.no-committee", [self.unit.record.path], full=full,
                          threshold=threshold)


def _target(book: Rulebook) -> Fraction:
    # exact, so that 17 present of 20 is not above 85%
    return Fraction(str(book.params["attendance_target"]))


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
          progress: Callable[[int], None] | None = None,
          secret: bytes = people.DEFAULT_SECRET) -> dict[str, Any]:
    request = Request(Period(start, min(end, today)), names, secret)
    run = engine.run_tree(project, today, top, cache=cache, request=request, jobs=jobs,
                          progress=progress)
    committees = {**_above(project, today, top, run.units), **run.units}
    units = []
    for folder, data in sorted(run.units.items()):
        row = unit_row(folder, data, run.parent_level(folder), request.period)
        if data["kind"] == "cell":
            if folder not in run.cells:
                continue
            cell = run.cells[folder]
            row.update(cell)
            row["people"] = {key: dict(entry) for key, entry in cell["people"].items()}
            row["findings"] = [*cell["findings"],
                               *_quota(project, request.period, row, committees)]
        units.append(row)
    _names_only_where_needed([u for u in units if u["kind"] == "cell"])
    name = run.units[top].get("name") if top in run.units else None
    return {"format": FORMAT_VERSION, "unit": top, "name": name,
            "period": {"from": start.isoformat(), "to": request.period.end.isoformat()},
            "person_key": people.fingerprint(secret),
            "units": units,
            "data_quality": _quality(run.problems, run.checked_by_folder, top)}


def _above(project: Project, today: dt.date, top: str,
           known: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The usable unit data of the committees above `top`: their local rules apply below."""
    run, found = Run(project, today), {}
    for folder in ancestors(top)[:-1]:
        if folder not in known and run.has_unit(folder):
            record = run.unit(folder).record
            if record.ok and not record.problems_of("error"):
                found[folder] = record.data
    return found


def local_rule(committees: dict[str, dict[str, Any]], folder: str, day: dt.date,
               name: str) -> dict[str, Any] | None:
    """The local rule setting `name` in force on `day` for the unit at `folder`: the nearest
    committee's wins (rules.md §6), and within it the latest."""
    for above in reversed(ancestors(folder)[:-1]):
        rules = [rule for rule in (committees.get(above) or {}).get("local_rules") or []
                 if name in rule and _in_force(rule, day)]
        if rules:
            return max(rules, key=lambda rule: rule["effective_from"])
    return None


def _in_force(rule: dict[str, Any], day: dt.date) -> bool:
    first, last = parse_date(rule.get("effective_from")), parse_date(rule.get("effective_to"))
    return first is not None and first <= day and (last is None or day <= last)


def _quota(project: Project, period: Period, cell: dict[str, Any],
           committees: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """`visits.below-quota`: the nearest committee's local quota in force at the period's
    end, else the rulebook's; the finding names the decision that set it."""
    rule = local_rule(committees, cell["path"], period.end, "visit_quota")
    book = project.book(period.end)
    quota, source = (rule["visit_quota"], rule["source"]) if rule else \
        (book.params.get("visit_quota") or {}, book.params["document"])
    return [{"code": "visits.below-quota", "cell": cell["path"], "cell_name": cell["name"],
             "params": {"level": level, "visits": cell["visits"].get(level, 0),
                        "quota": needed, "source": source}, "files": []}
            for level, needed in sorted(quota.items())
            if cell["exists"] and cell["visits"].get(level, 0) < needed]


def _names_only_where_needed(cells: list[dict[str, Any]]) -> None:
    """A person's name stays in the facts only when a finding of this summary names them."""
    named = set(people.review(cells))
    for cell in cells:
        for key, entry in cell["people"].items():
            if key not in named:
                entry["name"] = None


# -- rollup: every figure from the facts alone ------------------------------------------------

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
    elsewhere = Counter(f["cell"] for f in reviewed)
    out = {key: document[key] for key in ("format", "unit", "name", "period")}
    out.update({
        "structure": structure(units),
        "committees": committees,
        "cells": [_cell_row(c, elsewhere[c["path"]]) for c in cells],
        "meetings": meetings(cells),
        "attendance": attendance(cells),
        "members": {name: [f for f in findings if f["code"] == code]
                    for name, code in MEMBER_FINDINGS.items()},
        "visits": {"by_level": {level: visits[level] for level in sorted(visits, key=level_rank)},
                   "cells_never_visited": [c["path"] for c in cells
                                           if c["exists"] and not c["visits"]]},
        "decisions": {"decisions": _sum(cells, "decisions"),
                      "adopted": _sum(cells, "decisions_adopted")},
        "ratings": {year: dict(sorted(levels.items()))
                    for year, levels in sorted(ratings.items())},
        "data_quality": {**document["data_quality"], "files_partly_counted": sorted(
            (f for c in cells for f in c["partly_counted"]), key=lambda f: f["path"])},
        "findings": sorted(findings, key=lambda f: (f["code"], f["cell"], str(f["params"]))),
        "facts": {"person_key": document["person_key"], "units": units},
    })
    return out


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


def summarize(project: Project, top: str, start: dt.date, end: dt.date, today: dt.date,
              names: bool = True, **options: Any) -> dict[str, Any]:
    """The summary of `top` for the period; options (cache, jobs, progress, secret) go to
    `facts`."""
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
    if len({d["facts"].get("person_key") for d in documents}) > 1:
        raise MergeError("the summaries were made with different TOOLS_PERSON_KEY values: "
                         "members who moved between them could not be matched")
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
                   "person_key": documents[0]["facts"]["person_key"],
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
