"""Rules on a cell's roster (members.yaml)."""

from __future__ import annotations

import datetime as dt
from collections import namedtuple
from collections.abc import Iterator

from tools.checking.rulebook import Rulebook
from tools.problems import Problem, problem
from tools.reading.dates import parse_date
from tools.reading.tree import Roster

# (earlier field, later field): the later one may not come before the earlier one.
DATE_ORDER = (("admitted", "full_since"), ("admitted", "joined"), ("joined", "left"))


def check_roster(roster: Roster, today: dt.date, book: Rulebook) -> Iterator[Problem]:
    record = roster.record
    seen: set[str] = set()
    for index, data in enumerate(record.data["members"]):
        if data["id"] in seen:
            yield problem("roster.duplicate-id", record.path,
                          record.position("members", index, "id"), member=data["id"])
        seen.add(data["id"])
        yield from _dates(record, index, data)
        yield from _probation(record, index, data, book)
    for member in roster.members.values():
        if member.in_cell(today) and member.full_since is None and member.admitted and \
                today > add_months(member.admitted, book.params["probation_months"]):
            yield problem("roster.probation-overdue", record.path,
                          record.position("members", member.index, "admitted"),
                          member=member.id, name=member.name,
                          admitted=member.admitted.isoformat(),
                          months=book.params["probation_months"])


def _dates(record, index: int, data: dict) -> Iterator[Problem]:
    for earlier, later in DATE_ORDER:
        if data.get(earlier) and data.get(later) and data[later] < data[earlier]:
            yield problem("roster.dates", record.path,
                          record.position("members", index, later), member=data["id"],
                          date_field=later, value=data[later], other_field=earlier,
                          other_value=data[earlier])
    for periods in ("exempt", "away"):
        for number, period in enumerate(data.get(periods) or []):
            if period.get("to") and period["to"] < period["from"]:
                yield problem("roster.dates", record.path,
                              record.position("members", index, periods, number, "to"),
                              member=data["id"], date_field=f"{periods}.to",
                              value=period["to"], other_field=f"{periods}.from",
                              other_value=period["from"])


def _probation(record, index: int, data: dict, book: Rulebook) -> Iterator[Problem]:
    """Charter, Art. 5.1: twelve months of probation before a member is recognized as full."""
    admitted, full_since = parse_date(data.get("admitted")), parse_date(data.get("full_since"))
    if admitted is None or full_since is None or full_since < admitted:
        return  # nothing to compare, or roster.dates already says it
    months = book.params["probation_months"]
    earliest = add_months(admitted, months)
    if full_since < earliest:
        yield problem("roster.probation-too-short", record.path,
                      record.position("members", index, "full_since"), member=data["id"],
                      name=data["name"], admitted=data["admitted"],
                      full_since=data["full_since"], earliest=earliest.isoformat(),
                      months=months, document=book.cite("probation_months"))


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (the month's last day when it has fewer days); past the
    calendar's end, its last day."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    if year > dt.MAXYEAR:
        return dt.date.max
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)


class CardHolder(namedtuple("CardHolder", ("path", "member", "card", "joined", "until",
                                            "line", "column"))):
    """A card active in one roster from `joined` until (not including) `until`; dates are
    ISO strings, which order as the dates do, so holders cache as plain tuples. (Made with
    collections.namedtuple: typing's NamedTuple costs the commit hook the typing module.)"""

    __slots__ = ()


FOREVER = "9999-12-31"


def card_holders(roster: Roster, dissolved: dt.date | None = None) -> list[CardHolder]:
    """A dissolved cell's members left on the day it was dissolved."""
    found = []
    for member in roster.members.values():
        if member.card and member.joined:
            line, column = roster.record.position("members", member.index, "card")
            until = min(member.left or dt.date.max, dissolved or dt.date.max)
            found.append(CardHolder(roster.record.path, member.id, member.card,
                                    member.joined.isoformat(),
                                    FOREVER if until == dt.date.max else until.isoformat(),
                                    line, column))
    return found


def duplicate_cards(holders: list[CardHolder]) -> Iterator[Problem]:
    """One card active in two places at once, across every roster."""
    by_card: dict[str, list[CardHolder]] = {}
    for holder in sorted(holders, key=lambda h: (h.path, h.line)):
        by_card.setdefault(holder.card, []).append(holder)
    for card, places in by_card.items():
        for index, holder in enumerate(places):
            for other in places[:index]:
                if _overlap(holder, other):
                    yield problem("roster.duplicate-card", holder.path,
                                  (holder.line, holder.column), card=card, member=holder.member,
                                  other_member=other.member, other_path=other.path)
                    break


def _overlap(a: CardHolder, b: CardHolder) -> bool:
    return a.joined < b.until and b.joined < a.until
