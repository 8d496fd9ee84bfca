"""Rules on a cell's roster (members.yaml)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from tools.problems import Problem, problem
from tools.rulebook import Rulebook
from tools.tree import Roster

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
    for number, period in enumerate(data.get("exempt") or []):
        if period.get("to") and period["to"] < period["from"]:
            yield problem("roster.dates", record.path,
                          record.position("members", index, "exempt", number, "to"),
                          member=data["id"], date_field="exempt.to", value=period["to"],
                          other_field="exempt.from", other_value=period["from"])


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)


def duplicate_cards(rosters: list[Roster],
                    ended: dict[str, dt.date] | None = None) -> Iterator[Problem]:
    """One card active in two places at once, across every roster given.

    `ended` maps a roster's path to its dissolved cell's end date: its members left then.
    """
    ended = ended or {}
    holders: dict[str, list] = {}
    for roster in sorted(rosters, key=lambda r: r.record.path):
        for member in roster.members.values():
            if member.card:
                holders.setdefault(member.card, []).append(
                    (roster, member, _until(member.left, ended.get(roster.record.path))))
    for card, places in holders.items():
        for later_index, (roster, member, until) in enumerate(places):
            for other_roster, other, other_until in places[:later_index]:
                if _overlap(member.joined, until, other.joined, other_until):
                    yield problem("roster.duplicate-card", roster.record.path,
                                  roster.record.position("members", member.index, "card"),
                                  card=card, member=member.id, other_member=other.id,
                                  other_path=other_roster.record.path)
                    break


def _until(left: dt.date | None, dissolved: dt.date | None) -> dt.date:
    return min(left or dt.date.max, dissolved or dt.date.max)


def _overlap(a_from: dt.date | None, a_until: dt.date, b_from: dt.date | None,
             b_until: dt.date) -> bool:
    if a_from is None or b_from is None:
        return False
    return a_from < b_until and b_from < a_until
