"""Rules on one meeting's minutes, checked against the cell's unit and roster."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from tools.checking.rulebook import LocalChain, Rulebook, local_rule
from tools.checking.rules.attendance import ATTENDANCE_CODES, check_attendance
from tools.checking.rules.parts import check_parts
from tools.checking.rules.votes import check_votes
from tools.problems import Problem, problem
from tools.reading.dates import parse_date
from tools.reading.records import Record
from tools.reading.tree import Roster, Unit


def check_minutes(record: Record, unit: Unit | None, roster: Roster | None,
                  book: Rulebook, today: dt.date, local: LocalChain = ()) -> Iterator[Problem]:
    data = record.data
    day = parse_date(data["date"])
    yield from _times(record, book, local, day, roster)
    if day > today:
        yield problem("minutes.future-date", record.path, record.position("date"),
                      date=data["date"], today=today.isoformat())
    if (data["kind"] == "thematic" or data.get("combined")) and not data.get("topic"):
        field = "kind" if data["kind"] == "thematic" else "combined"
        yield problem("minutes.topic-missing", record.path, record.position(field),
                      kind=data["kind"] if field == "kind" else "combined")
    yield from check_parts(record, book)
    for index, member in enumerate(data.get("absent_unexcused") or []):
        known = roster.members.get(member) if roster is not None else None
        if known is not None and known.is_exempt(day):
            yield problem("minutes.exempt-unexcused", record.path,
                          record.position("absent_unexcused", index), member=member,
                          name=known.name)
        else:
            yield problem("minutes.unexcused-absence", record.path,
                          record.position("absent_unexcused", index), member=member)
    if data.get("minutes_adopted") is not True:
        yield problem("minutes.not-adopted", record.path, record.position("minutes_adopted"))
    if roster is not None:
        found = list(check_attendance(record, unit, roster, day))
        yield from found
        yield from check_votes(record, roster, day, book,
                          any(p.code in ATTENDANCE_CODES for p in found))


def minutes_of_day(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def _times(record: Record, book: Rulebook, local: LocalChain, day: dt.date,
           roster: Roster | None) -> Iterator[Problem]:
    data = record.data
    start, end = minutes_of_day(data["start"]), minutes_of_day(data["end"])
    if end <= start:
        yield problem("minutes.time-order", record.path, record.position("end"),
                      start=data["start"], end=data["end"])
        return
    minimum = book.min_minutes(data["kind"], bool(data.get("combined")))
    document = None  # the rulebook's, cited only for a problem
    small = local_rule(local, "min_duration_small_cell", day)
    # the full members are counted only where a local rule asks (few cells)
    if small is not None and roster is not None and \
            len(roster.full(day)) <= small.value["max_full_members"]:
        # HD 42-HD/BTCTW lets the competent committee set the time of cells with few members
        minimum, document = small.value["minutes"], small.source
    if minimum and end - start < minimum:
        yield problem("minutes.too-short", record.path, record.position("end"),
                      minutes=end - start, minimum=minimum, rulebook=book.id,
                      document=book.cite("min_minutes") if document is None else document)


