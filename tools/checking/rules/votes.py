"""Rules on a meeting's votes: the voting base of QĐ 24-QĐ/TW 2021 (point 9.3.2), and votes
that outnumber the full members present."""

from __future__ import annotations

import datetime as dt
from collections import namedtuple
from collections.abc import Iterator

from tools.checking.rulebook import Rulebook
from tools.problems import Problem, problem
from tools.reading.records import Record
from tools.reading.tree import Roster


class VotingBase(namedtuple("VotingBase", ("base", "voters_present", "temporary_present"))):
    """base: whose votes make a majority (QĐ 24-QĐ/TW 2021, point 9.3.2); voters_present: full
    members present who may vote here; temporary_present: full members here on temporary
    activity, present: no vote here. (collections.namedtuple: typing's NamedTuple costs the
    commit hook the typing module.)"""

    __slots__ = ()


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
        elif member.away and member.away_kind(day) == "suspended":  # (few have periods away)
            continue
        elif member.id in present:
            base, voters = base + 1, voters + 1
        elif not (member.is_exempt(day) or member.is_away(day) or member.id in excused):
            base += 1
    return VotingBase(base, voters, temporary)


def check_votes(record: Record, roster: Roster, day: dt.date, book: Rulebook,
           attendance_wrong: bool) -> Iterator[Problem]:
    counted = voting_base(record.data, roster, day)
    for index, decision in enumerate(record.data.get("decisions") or []):
        votes = decision.get("votes")
        if not votes:
            continue
        total = votes["for"] + votes["against"] + votes["abstain"]
        if total > counted.voters_present:
            # worked out here only: a record's positions are read again when first asked for
            where = record.position("decisions", index, "votes")
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


