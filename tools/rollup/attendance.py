"""Attendance in a cell's meetings: present ÷ expected against the rulebook's target, each
meeting's and the period's (HD 12-HD/BTCTW 2018: "đạt tỷ lệ trên 85%"); absences,
participation and tasks."""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from tools.checking.rulebook import Rulebook
from tools.rollup.context import CellMeetings
from tools.rollup.held import Meeting
from tools.rollup.members import excused_streaks, thematic_absences
from tools.rollup.period import percent


@dataclass
class _Tally:
    expected: int = 0
    present: int = 0
    target: Fraction = Fraction(0)  # each meeting's expected attendances at its own target
    unexcused: int = 0
    excused: int = 0
    speakers: int = 0
    speaking_present: int = 0
    tasked: set[str] = field(default_factory=set)

    def add(self, data: dict[str, Any], expected: set[str], present: set[str],
            target: Fraction) -> None:
        self.expected += len(expected)
        self.present += len(present & expected)
        self.target += len(expected) * target
        self.unexcused += len(data.get("absent_unexcused") or [])
        self.excused += len(set(data.get("absent_excused") or {}) & expected)
        if data.get("speakers"):
            self.speakers += len(set(data["speakers"]) & present)
            self.speaking_present += len(present)
        self.tasked.update(task["member"] for task in data.get("tasks") or [])

    def figures(self) -> dict[str, Any]:
        return {"expected": self.expected, "present": self.present,
                "unexcused_absences": self.unexcused, "excused_absences": self.excused,
                "speakers": self.speakers,
                "present_at_recorded_discussions": self.speaking_present,
                "members_with_tasks": len(self.tasked)}


def attendance(c: CellMeetings) -> dict[str, Any]:
    tally = _Tally()
    history: dict[str, list[tuple[Meeting, str]]] = defaultdict(list)
    for meeting in c.summoned():
        data, day = meeting.data, meeting.day
        expected = c.expected(day)
        present = set(data.get("present") or [])
        target = _target(c.book(day))
        tally.add(data, expected, present, target)
        for member in sorted(expected):
            status = "present" if member in present else (
                "excused" if member in (data.get("absent_excused") or {}) else "other")
            history[member].append((meeting, status))
        _meeting_rate(c, meeting, len(present & expected), len(expected), target)
    excused_streaks(c, history)
    thematic_absences(c)
    if tally.expected and tally.present <= tally.target:
        c.finding("attendance.below-target", [], rate=percent(tally.present, tally.expected),
                  target=round(float(100 * tally.target / tally.expected), 2))
    return tally.figures()


def _meeting_rate(c: CellMeetings, meeting: Meeting, present: int, expected: int,
                  target: Fraction) -> None:
    # HD 12-HD/BTCTW 2018: each meeting's attendance "đạt tỷ lệ trên 85%"
    if expected and Fraction(present, expected) <= target:
        c.finding("attendance.meeting-below-target", [meeting.record.path],
                  date=meeting.date, rate=percent(present, expected),
                  target=round(float(100 * target), 2), present=present,
                  expected=expected, document=c.book(meeting.day).params["document"])


def _target(book: Rulebook) -> Fraction:
    # exact, so that 17 present of 20 is not above 85%
    return _fraction(str(book.params["attendance_target"]))


@functools.lru_cache(maxsize=64)  # a Fraction read from text is slow, and there are few
def _fraction(text: str) -> Fraction:
    return Fraction(text)
