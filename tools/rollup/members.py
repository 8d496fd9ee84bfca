"""What a cell's facts hold about its members: per person, the unexcused absences from
regular meetings and the unpaid dues months that the removal review counts (decided across
cells: people.py); excused absences in a row; unexcused absences from thematic meetings."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from tools.rollup.context import CellMeetings
from tools.rollup.held import Meeting


def people_facts(c: CellMeetings) -> dict[str, Any]:
    """Per person, what the removal review counts in this cell: unexcused absences from
    regular (and combined) meetings and unpaid dues months, over the calendar years of
    the period up to its end; and who joined in those years, to follow transfers."""
    entries: dict[str, dict[str, Any]] = {}
    for meeting in c.year_meetings:
        if meeting.kind == "regular" and meeting.counts("attendance"):
            for member in c.unexcused(meeting):
                _entry(c, entries, member)["absences"].append([meeting.date,
                                                               meeting.record.path])
    _unpaid(c, entries)
    for member in c.roster.members.values() if c.roster else []:
        if member.joined and c.period.year_start <= member.joined <= c.period.end \
                and not member.temporary:
            _entry(c, entries, member.id)
    years = range(c.period.year_start.year, c.period.end.year + 1)
    return {"people": {key: entries[key] for key in sorted(entries)},
            "removal_months": {
                str(year): c.book(min(dt.date(year, 12, 31), c.period.end))
                .params["removal_review_months"] for year in years}}


def _entry(c: CellMeetings, entries: dict[str, dict[str, Any]], member: str) -> dict[str, Any]:
    key = c.person(member)
    if key not in entries:
        known = c.roster.members.get(member) if c.roster else None
        # the cell joined last considers the member; a member here on temporary
        # activity belongs to another organization
        joined = known.joined.isoformat() if known and known.joined and \
            not known.temporary else None
        entries[key] = {"member": member, "name": c.name(member),
                        "joined": joined, "absences": [], "unpaid": []}
    return entries[key]


def _unpaid(c: CellMeetings, entries: dict[str, dict[str, Any]]) -> None:
    first, last = c.period.year_start.isoformat()[:7], c.period.end.isoformat()[:7]
    for record in c.dues:
        for member, months in sorted(record.data["unpaid"].items()):
            for month in months:
                if "reason" not in month and first <= month["month"] <= last:
                    _entry(c, entries, member)["unpaid"].append(month["month"])


def excused_streaks(c: CellMeetings, history: dict[str, list[tuple[Meeting, str]]]) -> None:
    """Excused absences in a row, within a calendar year, beyond the rulebook's limit."""
    for member, meetings in sorted(history.items()):
        streak: list[Meeting] = []
        for meeting, status in [*meetings, (None, "end")]:
            same_year = streak and meeting is not None and \
                meeting.date[:4] == streak[0].date[:4]
            if status == "excused" and (not streak or same_year):
                streak.append(meeting)
                continue
            limit = c.book(streak[-1].day).params["excused_streak"] if streak else 0
            if streak and len(streak) > limit:
                c.finding("members.excused-streak", [m.record.path for m in streak],
                          member=member, name=c.name(member), count=len(streak), limit=limit,
                          dates=[m.date for m in streak])
            streak = [meeting] if status == "excused" else []


def thematic_absences(c: CellMeetings) -> None:
    """Listed, not counted toward removal: only regular meetings are (QĐ 24-QĐ/TW 2021,
    point 8.1, "bỏ sinh hoạt đảng")."""
    found: dict[tuple[str, str], list[Meeting]] = defaultdict(list)
    for meeting in c.summoned():
        if meeting.kind == "thematic":
            for member in c.unexcused(meeting):
                found[(member, meeting.date[:4])].append(meeting)
    for (member, year), meetings in sorted(found.items()):
        c.finding("members.thematic-absence", [m.record.path for m in meetings],
                  member=member, name=c.name(member), year=int(year),
                  count=len(meetings), dates=[m.date for m in meetings])
