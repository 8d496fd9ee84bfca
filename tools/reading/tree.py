"""The unit tree and rosters: who is in a cell, full or exempt on a given day."""

from __future__ import annotations

import datetime as dt

from tools.reading.dates import parse_date
from tools.reading.records import Record
from tools.values import Value

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing on the hook's path
if TYPE_CHECKING:
    from typing import Any


Day = dt.date | None


class Member(Value):
    # temporary: here on temporary activity from another organization: expected and counted
    # in attendance, but not one of this cell's members and not a voter; away: periods away
    # from this cell's meetings: (from, to, kind), kind temporary | suspended
    __slots__ = ("id", "name", "card", "admitted", "full_since", "joined", "left",
                 "left_reason", "exempt", "index", "temporary", "away")

    def __init__(self, id: str, name: str, card: str | None, admitted: Day, full_since: Day,
                 joined: Day, left: Day, left_reason: str | None,
                 exempt: list[tuple[Day, Day]] | None = None, index: int = 0,
                 temporary: bool = False, away: list[tuple[Day, Day, str]] | None = None) -> None:
        self.id = id
        self.name = name
        self.card = card
        self.admitted = admitted
        self.full_since = full_since
        self.joined = joined
        self.left = left
        self.left_reason = left_reason
        self.exempt = [] if exempt is None else exempt
        self.index = index
        self.temporary = temporary
        self.away = [] if away is None else away

    @classmethod
    def from_data(cls, data: dict, index: int) -> Member:
        periods = [(parse_date(p.get("from")), parse_date(p.get("to")))
                   for p in data.get("exempt") or []]
        away = [(parse_date(p.get("from")), parse_date(p.get("to")), p.get("kind"))
                for p in data.get("away") or []]
        return cls(data["id"], data["name"], data.get("card"), parse_date(data.get("admitted")),
                   parse_date(data.get("full_since")), parse_date(data.get("joined")),
                   parse_date(data.get("left")), data.get("left_reason"), periods, index,
                   data.get("temporary") is True, away)

    @property
    def person(self) -> str:
        """Who this is across cells: the party card, which a transfer keeps, else the id."""
        return f"card:{self.card}" if self.card else f"id:{self.id}"

    def in_cell(self, day: dt.date) -> bool:
        return self.joined is not None and self.joined <= day and (
            self.left is None or day < self.left)

    def is_full(self, day: dt.date) -> bool:
        return self.full_since is not None and self.full_since <= day

    def is_exempt(self, day: dt.date) -> bool:
        return bool(self.exempt) and any(_covers(start, end, day) for start, end in self.exempt)

    def is_away(self, day: dt.date) -> bool:
        """Away on temporary activity elsewhere, or suspended: not expected, not a voter."""
        return self.away_kind(day) is not None

    def away_kind(self, day: dt.date) -> str | None:
        """`temporary` or `suspended` when an away period covers `day`."""
        if not self.away:  # most members: settled without a generator
            return None
        return next((kind for start, end, kind in self.away if _covers(start, end, day)), None)


def _covers(start: dt.date | None, end: dt.date | None, day: dt.date) -> bool:
    return start is not None and start <= day and (end is None or day <= end)


class Roster(Value):
    __slots__ = ("record", "members", "by_day")
    HIDDEN = UNCOMPARED = ("by_day",)

    def __init__(self, record: Record, members: dict[str, Member],
                 by_day: dict[dt.date, tuple[Member, ...]] | None = None) -> None:
        self.record = record
        self.members = members
        # who is active on each day asked about (a meeting's rules ask three or four times)
        self.by_day = {} if by_day is None else by_day

    @classmethod
    def from_record(cls, record: Record) -> Roster:
        members: dict[str, Member] = {}
        for index, data in enumerate(record.data["members"]):
            members.setdefault(data["id"], Member.from_data(data, index))
        return cls(record, members)

    def active(self, day: dt.date) -> list[Member]:
        """Everyone taking part in this cell's life on `day`, temporary members included."""
        found = self.by_day.get(day)
        if found is None:
            found = self.by_day[day] = tuple(m for m in self.members.values() if m.in_cell(day))
        return list(found)

    def own(self, day: dt.date) -> list[Member]:
        """This cell's own members on `day`: what structure counts (temporary members are
        counted where they belong)."""
        return [m for m in self.active(day) if not m.temporary]

    def expected(self, day: dt.date) -> list[Member]:
        """Who is summoned to a meeting: neither exempt nor away."""
        # (most members have no such period at all: settled without asking about the day)
        return [m for m in self.active(day) if not (m.exempt or m.away) or
                not m.is_exempt(day) and not m.is_away(day)]

    def full(self, day: dt.date) -> list[Member]:
        """This cell's own full members on `day` (temporary members vote elsewhere)."""
        return [m for m in self.own(day) if m.is_full(day)]


class Unit(Value):
    __slots__ = ("folder", "record")

    def __init__(self, folder: str, record: Record) -> None:
        self.folder = folder  # repository-relative folder, e.g. records/xa-krong/lang-so-lam
        self.record = record

    @property
    def data(self) -> dict[str, Any]:
        return self.record.data if self.record.ok else {}

    @property
    def kind(self) -> str | None:
        return self.data.get("kind")

    @property
    def is_cell(self) -> bool:
        return self.kind == "cell"

    @property
    def dissolved(self) -> dt.date | None:
        return parse_date(self.data.get("dissolved"))
