"""Rules on a cell's unit.yaml, checked against its roster."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from tools.checking.rulebook import Rulebook
from tools.problems import Problem, problem
from tools.reading.tree import Roster, Unit


def reference_day(unit: Unit, today: dt.date) -> dt.date:
    """A dissolved cell is judged on its last day, not on today."""
    dissolved = unit.dissolved
    if dissolved is not None and dissolved <= today:
        return max(dissolved, dt.date.min + dt.timedelta(days=1)) - dt.timedelta(days=1)
    return today


def check_cell_unit(unit: Unit, roster: Roster, today: dt.date,
                    book: Rulebook) -> Iterator[Problem]:
    record, data = unit.record, unit.data
    day = reference_day(unit, today)
    active = {member.id for member in roster.active(day)}
    if data.get("secretary") and data["secretary"] not in active:
        yield problem("unit.secretary-not-member", record.path, record.position("secretary"),
                      member=data["secretary"], roster=roster.record.path)
    if data.get("deputy_secretary") and data["deputy_secretary"] not in active:
        yield problem("unit.committee-not-member", record.path,
                      record.position("deputy_secretary"), member=data["deputy_secretary"],
                      field="deputy_secretary", roster=roster.record.path)
    for index, member in enumerate(data.get("committee_members") or []):
        if member not in active:
            yield problem("unit.committee-not-member", record.path,
                          record.position("committee_members", index), member=member,
                          field="committee_members", roster=roster.record.path)
    yield from _officers(unit, roster, day, book)
    full = len(roster.full(day))
    if full < book.params["min_full_members"]:
        yield problem("unit.too-few-members", record.path, record.position("kind"),
                      full=full, minimum=book.params["min_full_members"])
    if full >= book.params["committee_full_members"] and not data.get("has_committee"):
        where = "has_committee" if "has_committee" in data else "kind"
        yield problem("unit.committee-expected", record.path, record.position(where),
                      full=full, threshold=book.params["committee_full_members"])
    if full < book.params["committee_full_members"] and data.get("has_committee") is True:
        # a committee elected when the cell was larger may finish its term: a warning
        yield problem("unit.committee-too-small", record.path, record.position("has_committee"),
                      full=full, threshold=book.params["committee_full_members"],
                      document=book.cite("committee_full_members"))


def _officers(unit: Unit, roster: Roster, day: dt.date, book: Rulebook) -> Iterator[Problem]:
    """Officers are elected: a probationary member may not stand (Charter, Art. 3), nor may a
    member here on temporary activity (no vote and no candidacy where the activity is
    temporary)."""
    record, data = unit.record, unit.data
    places = [((field,), data.get(field)) for field in ("secretary", "deputy_secretary")]
    places += [(("committee_members", index), member)
               for index, member in enumerate(data.get("committee_members") or [])]
    for path, member_id in places:
        member = roster.members.get(member_id) if isinstance(member_id, str) else None
        if member is None or not member.in_cell(day):
            continue  # unit.secretary-not-member / unit.committee-not-member say so
        if member.temporary:
            yield problem("unit.temporary-officer", record.path, record.position(*path),
                          member=member.id, name=member.name, officer=path[0],
                          document=book.cite("temporary_members"))
        elif not member.is_full(day):
            yield problem("unit.probationary-officer", record.path, record.position(*path),
                          member=member.id, name=member.name, officer=path[0],
                          date=day.isoformat(), document=book.cite("officers"))
