"""Rules on one meeting's minutes, checked against the cell's unit and roster."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterator
from typing import Any

from tools.problems import Problem, problem
from tools.records import Record
from tools.rulebook import Rulebook, normalize_heading
from tools.schemas import parse_date
from tools.tree import Roster, Unit

ATTENDANCE = ("present", "absent_excused", "absent_unexcused")
COPY_RATIO = 0.9
COPY_MIN_WORDS = 40
COPY_MAX_WORDS = 600


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


def check_minutes(record: Record, unit: Unit | None, roster: Roster | None,
                  book: Rulebook, today: dt.date) -> Iterator[Problem]:
    data = record.data
    day = parse_date(data["date"])
    yield from _times(record, book)
    if day > today:
        yield problem("minutes.future-date", record.path, record.position("date"),
                      date=data["date"], today=today.isoformat())
    if (data["kind"] == "thematic" or data.get("combined")) and not data.get("topic"):
        field = "kind" if data["kind"] == "thematic" else "combined"
        yield problem("minutes.topic-missing", record.path, record.position(field),
                      kind=data["kind"] if field == "kind" else "combined")
    yield from _sections(record, book)
    for index, member in enumerate(data.get("absent_unexcused") or []):
        yield problem("minutes.unexcused-absence", record.path,
                      record.position("absent_unexcused", index), member=member)
    if data.get("minutes_adopted") is not True:
        yield problem("minutes.not-adopted", record.path, record.position("minutes_adopted"))
    if roster is not None:
        yield from _members(record, unit, roster, day)


def _members(record: Record, unit: Unit | None, roster: Roster,
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
    yield from _votes(record, roster, day, present)


def _expected(data: dict, unit: Unit | None, roster: Roster, day: dt.date) -> list[str]:
    if data["kind"] == "committee":
        committee = (unit.data.get("committee_members") or []) if unit else []
        return [m for m in committee if m in roster.members and roster.members[m].in_cell(day)]
    return [member.id for member in roster.expected(day)]


def _votes(record: Record, roster: Roster, day: dt.date, present: set[str]) -> Iterator[Problem]:
    full = roster.full(day)
    full_present = sum(1 for member in full if member.id in present)
    eligible = sum(1 for member in full if member.id in present or
                   not (member.is_exempt(day) or member.is_away(day)))
    for index, decision in enumerate(record.data.get("decisions") or []):
        votes = decision.get("votes")
        if not votes:
            continue
        total = votes["for"] + votes["against"] + votes["abstain"]
        if total > full_present:
            yield problem("minutes.votes-exceed", record.path,
                          record.position("decisions", index, "votes"), total=total,
                          full_present=full_present)
        if decision.get("adopted") is True and votes["for"] * 2 <= eligible:
            yield problem("minutes.decision-not-passed", record.path,
                          record.position("decisions", index, "adopted"),
                          votes_for=votes["for"], eligible=eligible)


def minutes_of_day(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def _times(record: Record, book: Rulebook) -> Iterator[Problem]:
    data = record.data
    start, end = minutes_of_day(data["start"]), minutes_of_day(data["end"])
    if end <= start:
        yield problem("minutes.time-order", record.path, record.position("end"),
                      start=data["start"], end=data["end"])
        return
    minimum = book.min_minutes(data["kind"], bool(data.get("combined")))
    if minimum and end - start < minimum:
        yield problem("minutes.too-short", record.path, record.position("end"),
                      minutes=end - start, minimum=minimum, rulebook=book.id,
                      document=book.params["document"])


def _sections(record: Record, book: Rulebook) -> Iterator[Problem]:
    required = book.sections(record.data["kind"])
    found: dict[str, int] = {}
    for heading in record.headings:
        text = normalize_heading(heading.text)
        for name in required:
            if name not in found and text in book.section_names(name):
                found[name] = heading.line
                break
    end_line = record.body_line + record.body.rstrip("\n").count("\n")
    for position, name in enumerate(required):
        if name not in found:
            later = [found[n] for n in required[position + 1:] if n in found]
            yield problem("minutes.missing-section", record.path,
                          (later[0] if later else end_line, 1), section=name,
                          kind=record.data["kind"])
    lines = [found[name] for name in required if name in found]
    for name, line, previous in zip(required[1:], lines[1:], lines, strict=False):
        if line < previous:
            yield problem("minutes.section-order", record.path, (line, 1), section=name,
                          order=" → ".join(required))
            break


_WORDS = re.compile(r"\w+")


def body_words(record: Record) -> list[str]:
    """The body's words without its headings: what a copied body keeps."""
    heading_lines = {heading.line for heading in record.headings}
    lines = [line for number, line in enumerate(record.body.split("\n"), record.body_line)
             if number not in heading_lines]
    return _WORDS.findall("\n".join(lines).casefold())


def copy_of_previous(record: Record, previous: Record) -> Problem | None:
    # the first words suffice to tell a copy, and bound the comparison's cost
    mine, theirs = body_words(record)[:COPY_MAX_WORDS], body_words(previous)[:COPY_MAX_WORDS]
    if min(len(mine), len(theirs)) < COPY_MIN_WORDS:
        return None
    matcher = difflib.SequenceMatcher(None, mine, theirs, autojunk=False)
    if matcher.quick_ratio() < COPY_RATIO or matcher.ratio() < COPY_RATIO:
        return None
    return problem("minutes.copy-of-previous", record.path, (record.body_line, 1),
                   previous=previous.path, percent=round(matcher.ratio() * 100))


def _iso(day: Any) -> str:
    return day.isoformat() if day else ""
