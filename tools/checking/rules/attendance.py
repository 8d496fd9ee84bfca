"""Rules on a meeting's attendance lists against the roster: who is named, who is missing,
who is listed twice, and whether the chair, the clerk and the speakers were present."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from tools.problems import Problem, problem
from tools.reading.records import Record
from tools.reading.tree import Roster, Unit

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing on the hook's path
if TYPE_CHECKING:
    from typing import Any

ATTENDANCE = ("present", "absent_excused", "absent_unexcused")
# problems that mean the attendance lists themselves are wrong (a forgotten or misspelt
# attendee), which also makes the count of full members present wrong
ATTENDANCE_CODES = {"minutes.unknown-member", "minutes.not-in-cell",
                    "minutes.attendance-missing", "minutes.attendance-duplicate"}

def attendance(data: dict) -> Iterator[tuple[str, tuple]]:
    """Every id in the attendance lists with the path of its node."""
    for index, member in enumerate(data.get("present") or []):
        yield member, ("present", index)
    for member in data.get("absent_excused") or {}:
        yield member, ("absent_excused", member)
    for index, member in enumerate(data.get("absent_unexcused") or []):
        yield member, ("absent_unexcused", index)


def mentioned(data: dict) -> Iterator[tuple[str, tuple, bool]]:
    """Every roster id the minutes name: (id, path, is the position a mapping key)."""
    for member, path in attendance(data):
        yield member, path, path[0] == "absent_excused"
    for field in ("chair", "secretary"):
        if data.get(field):
            yield data[field], (field,), False
    for index, member in enumerate(data.get("speakers") or []):
        yield member, ("speakers", index), False
    for index, task in enumerate(data.get("tasks") or []):
        yield task["member"], ("tasks", index, "member"), False


def check_attendance(record: Record, unit: Unit | None, roster: Roster,
             day: dt.date) -> Iterator[Problem]:
    data = record.data
    for member, path, key in mentioned(data):
        known = roster.members.get(member)
        if known is None:
            yield problem("minutes.unknown-member", record.path,
                          record.position(*path, key=key), member=member,
                          roster=roster.record.path)
        elif not known.in_cell(day):
            yield problem("minutes.not-in-cell", record.path, record.position(*path, key=key),
                          member=member, name=known.name, date=data["date"],
                          joined=_iso(known.joined), left=_iso(known.left))
    listed: set[str] = set()
    for member, path in attendance(data):
        if member in listed:
            yield problem("minutes.attendance-duplicate", record.path,
                          record.position(*path, key=path[0] == "absent_excused"),
                          member=member, list=path[0])
        listed.add(member)
    for member in _expected(data, unit, roster, day):
        if member not in listed:
            yield problem("minutes.attendance-missing", record.path,
                          record.position("present", key=True), member=member,
                          name=roster.members[member].name)
    present = set(data.get("present") or [])
    for field, code in (("chair", "minutes.chair-not-present"),
                        ("secretary", "minutes.secretary-not-present")):
        if data[field] not in present:
            yield problem(code, record.path, record.position(field), member=data[field])
    for index, member in enumerate(data.get("speakers") or []):
        if member not in present:
            yield problem("minutes.speaker-not-present", record.path,
                          record.position("speakers", index), member=member)


def _expected(data: dict, unit: Unit | None, roster: Roster, day: dt.date) -> list[str]:
    if data["kind"] == "committee":
        committee = (unit.data.get("committee_members") or []) if unit else []
        return [m for m in committee if m in roster.members and roster.members[m].in_cell(day)]
    return [member.id for member in roster.expected(day)]



def _iso(day: Any) -> str:
    return day.isoformat() if day else ""
