"""One cell's meetings in a summary's period, as the facts of each figure read them
(cadence.py, attendance.py, members.py, activity.py), and the findings they add."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from tools.checking.project import Project
from tools.checking.rulebook import Rulebook
from tools.reading.dates import parse_date
from tools.reading.records import Record
from tools.reading.tree import Roster, Unit
from tools.rollup import people
from tools.rollup.held import Meeting
from tools.rollup.period import Period

SUMMONED = ("regular", "thematic", "extraordinary")  # committee meetings summon the committee


class CellMeetings:
    """Each meeting is judged by the rulebook in force on its date."""

    def __init__(self, project: Project, period: Period, names: bool, secret: bytes,
                 unit: Unit, roster: Roster | None, meetings: list[Meeting],
                 dues: Iterable[Record] = ()) -> None:
        self.project, self.unit, self.roster = project, unit, roster
        self.period, self.names, self.secret = period, names, secret
        self.year_meetings = meetings  # from the first day of the period's first year
        self.minutes = [m for m in meetings if m.day >= period.start]
        self.dues = list(dues)
        self.findings: list[dict[str, Any]] = []
        self.summoned_on: dict[dt.date, frozenset[str]] = {}  # expected(), by day

    def book(self, day: dt.date) -> Rulebook:
        return self.project.book(day)

    def finding(self, code: str, files: list[str], **params: Any) -> None:
        self.findings.append({"code": code, "cell": self.unit.folder,
                              "cell_name": self.unit.data["name"], "params": params,
                              "files": files})

    def summoned(self) -> list[Meeting]:
        return [m for m in self.minutes if m.kind in SUMMONED and m.counts("attendance")]

    def expected(self, day: dt.date) -> frozenset[str]:
        """Who was summoned on `day` (asked for each meeting by attendance and absences)."""
        if day not in self.summoned_on:
            self.summoned_on[day] = frozenset(m.id for m in self.roster.expected(day)) \
                if self.roster else frozenset()
        return self.summoned_on[day]

    def name(self, member: str) -> str | None:
        if not self.names or self.roster is None or member not in self.roster.members:
            return None
        return self.roster.members[member].name

    def unexcused(self, meeting: Meeting) -> list[str]:
        """Who was absent without reason and summoned: an exempt or away member listed there
        by mistake is not held against them."""
        listed = meeting.data.get("absent_unexcused") or []
        if self.roster is None:
            return list(listed)
        expected = self.expected(meeting.day)
        return [m for m in listed if m in expected or m not in self.roster.members]

    def person(self, member: str) -> str:
        known = self.roster.members.get(member) if self.roster else None
        return people.person_key(self.secret, known.person if known else f"id:{member}")


def exists(data: dict, day: dt.date) -> bool:
    start, end = parse_date(data.get("established")), parse_date(data.get("dissolved"))
    return (start is None or start <= day) and (end is None or day < end)


def exists_through(data: dict, first: dt.date, last: dt.date) -> bool:
    start, end = parse_date(data.get("established")), parse_date(data.get("dissolved"))
    return (start is None or start <= first) and (end is None or last < end)
