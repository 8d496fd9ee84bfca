"""Rules on one meeting's minutes, checked against the cell's unit and roster."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterator
from typing import Any, NamedTuple

from tools.checking.rulebook import LocalChain, Part, Rulebook, local_rule, normalize_heading
from tools.problems import Problem, problem
from tools.reading.dates import parse_date
from tools.reading.records import Record
from tools.reading.tree import Roster, Unit

ATTENDANCE = ("present", "absent_excused", "absent_unexcused")
# problems that mean the attendance lists themselves are wrong (a forgotten or misspelt
# attendee), which also makes the count of full members present wrong
ATTENDANCE_CODES = {"minutes.unknown-member", "minutes.not-in-cell",
                    "minutes.attendance-missing", "minutes.attendance-duplicate"}
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
                  book: Rulebook, today: dt.date, local: LocalChain = ()) -> Iterator[Problem]:
    data = record.data
    day = parse_date(data["date"])
    full = len(roster.full(day)) if roster is not None else None
    yield from _times(record, book, local, day, full)
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
        found = list(_members(record, unit, roster, day))
        yield from found
        yield from _votes(record, roster, day, book,
                          any(p.code in ATTENDANCE_CODES for p in found))


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


def _expected(data: dict, unit: Unit | None, roster: Roster, day: dt.date) -> list[str]:
    if data["kind"] == "committee":
        committee = (unit.data.get("committee_members") or []) if unit else []
        return [m for m in committee if m in roster.members and roster.members[m].in_cell(day)]
    return [member.id for member in roster.expected(day)]


class VotingBase(NamedTuple):
    base: int  # whose votes make a majority (QĐ 24-QĐ/TW 2021, point 9.3.2)
    voters_present: int  # full members present who may vote here
    temporary_present: int  # full members here on temporary activity, present: no vote here


def voting_base(data: dict, roster: Roster, day: dt.date) -> VotingBase:
    """The full members in the cell that day, less exempt and away members who did not attend
    (one who attends counts and votes), less suspended members and members absent with a
    reason; members here on temporary activity are neither in it nor voters."""
    present = set(data.get("present") or [])
    excused = set(data.get("absent_excused") or {})
    base = voters = temporary = 0
    for member in roster.active(day):
        if not member.is_full(day):
            continue
        if member.temporary:
            temporary += member.id in present
        elif member.away_kind(day) == "suspended":
            continue
        elif member.id in present:
            base, voters = base + 1, voters + 1
        elif not (member.is_exempt(day) or member.is_away(day) or member.id in excused):
            base += 1
    return VotingBase(base, voters, temporary)


def _votes(record: Record, roster: Roster, day: dt.date, book: Rulebook,
           attendance_wrong: bool) -> Iterator[Problem]:
    counted = voting_base(record.data, roster, day)
    for index, decision in enumerate(record.data.get("decisions") or []):
        votes = decision.get("votes")
        if not votes:
            continue
        total = votes["for"] + votes["against"] + votes["abstain"]
        where = record.position("decisions", index, "votes")
        if total > counted.voters_present:
            if not attendance_wrong and \
                    total <= counted.voters_present + counted.temporary_present:
                yield problem("minutes.temporary-voter", record.path, where, total=total,
                              full_present=counted.voters_present,
                              temporary=counted.temporary_present,
                              document=book.cite("temporary_members"))
            else:
                # a forgotten or misspelt attendee makes the count of members present wrong:
                # the clerk is sent to the attendance lists, not to the votes
                yield problem("minutes.votes-exceed", record.path, where, total=total,
                              full_present=counted.voters_present,
                              cause="votes-attendance" if attendance_wrong else "votes-count",
                              hint="votes-fix-attendance" if attendance_wrong
                              else "votes-fix-count")
        if decision.get("adopted") is True and votes["for"] * 2 <= counted.base:
            yield problem("minutes.decision-not-passed", record.path,
                          record.position("decisions", index, "adopted"),
                          votes_for=votes["for"], base=counted.base,
                          document=book.cite("voting_base"))


def minutes_of_day(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def _times(record: Record, book: Rulebook, local: LocalChain, day: dt.date,
           full: int | None) -> Iterator[Problem]:
    data = record.data
    start, end = minutes_of_day(data["start"]), minutes_of_day(data["end"])
    if end <= start:
        yield problem("minutes.time-order", record.path, record.position("end"),
                      start=data["start"], end=data["end"])
        return
    minimum = book.min_minutes(data["kind"], bool(data.get("combined")))
    document = book.cite("min_minutes")
    small = local_rule(local, "min_duration_small_cell", day)
    if small is not None and full is not None and full <= small.value["max_full_members"]:
        # HD 42-HD/BTCTW lets the competent committee set the time of cells with few members
        minimum, document = small.value["minutes"], small.source
    if minimum and end - start < minimum:
        yield problem("minutes.too-short", record.path, record.position("end"),
                      minutes=end - start, minimum=minimum, rulebook=book.id,
                      document=document)


def check_parts(record: Record, book: Rulebook) -> Iterator[Problem]:
    """Advice on the parts of a meeting (rules.md §4): each is looked for in the headings, in
    the rulebook's order, and the unheaded opening block counts where the rulebook says so."""
    parts = book.parts(record.data["kind"])
    if not parts:
        return
    titles = book.title_prefixes
    headings = [(heading.line, text) for heading in record.headings
                if not (text := normalize_heading(heading.text)).startswith(titles)]
    unheaded = _unheaded_line(record, headings[0][0] if headings else None)
    found, late = _find_parts(parts, headings, unheaded)
    end_line = record.body_line + record.body.rstrip("\n").count("\n")
    for position, part in enumerate(parts):
        if part.id not in found:
            later = [found[p.id] for p in parts[position + 1:] if p.id in found]
            yield problem("minutes.missing-section", record.path,
                          (later[0] if later else end_line, 1), section=part.title,
                          kind=record.data["kind"], keywords=", ".join(part.keywords))
    for part in parts:
        if part.id in late:
            yield problem("minutes.section-order", record.path, (found[part.id], 1),
                          section=part.title, order=" → ".join(p.title for p in parts))
            break


def _find_parts(parts: list[Part], headings: list[tuple[int, str]],
                unheaded: int | None) -> tuple[dict[str, int], set[str]]:
    """Each part's line: the first matching heading at or after the previous part's, so that a
    heading that fits two parts does not put them out of order; a part found only before the
    previous one is late."""
    found: dict[str, int] = {}
    late: set[str] = set()
    cursor = 0
    for part in parts:
        lines = [line for line, text in headings if part.matches(text)]
        if part.unheaded and unheaded is not None:
            lines.insert(0, unheaded)
        after = [line for line in lines if line >= cursor]
        if after:
            found[part.id] = cursor = after[0]
        elif lines:
            found[part.id] = lines[0]
            late.add(part.id)
    return found, late


def _unheaded_line(record: Record, first_heading: int | None) -> int | None:
    """The first line of text before the first heading (the document's title, BIÊN BẢN ...,
    is no heading here): where real minutes write time, place and attendance."""
    heading_lines = {heading.line for heading in record.headings}
    for number, line in enumerate(record.body.split("\n"), record.body_line):
        if first_heading is not None and number >= first_heading:
            return None
        text = line.strip()
        if text and number not in heading_lines and not _comment(text):
            return number
    return None


def _comment(text: str) -> bool:
    return text.startswith("<!--") and text.endswith("-->")


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
