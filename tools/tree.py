"""The unit tree and rosters: who is in a cell, full or exempt on a given day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from tools.records import Record
from tools.schemas import parse_date


@dataclass
class Member:
    id: str
    name: str
    card: str | None
    admitted: dt.date | None
    full_since: dt.date | None
    joined: dt.date | None
    left: dt.date | None
    left_reason: str | None
    exempt: list[tuple[dt.date | None, dt.date | None]] = field(default_factory=list)
    index: int = 0

    @classmethod
    def from_data(cls, data: dict, index: int) -> Member:
        periods = [(parse_date(p.get("from")), parse_date(p.get("to")))
                   for p in data.get("exempt") or []]
        return cls(data["id"], data["name"], data.get("card"), parse_date(data.get("admitted")),
                   parse_date(data.get("full_since")), parse_date(data.get("joined")),
                   parse_date(data.get("left")), data.get("left_reason"), periods, index)

    def in_cell(self, day: dt.date) -> bool:
        return self.joined is not None and self.joined <= day and (
            self.left is None or day < self.left)

    def is_full(self, day: dt.date) -> bool:
        return self.full_since is not None and self.full_since <= day

    def is_exempt(self, day: dt.date) -> bool:
        return any(start is not None and start <= day and (end is None or day <= end)
                   for start, end in self.exempt)


@dataclass
class Roster:
    record: Record
    members: dict[str, Member]

    @classmethod
    def from_record(cls, record: Record) -> Roster:
        members: dict[str, Member] = {}
        for index, data in enumerate(record.data["members"]):
            members.setdefault(data["id"], Member.from_data(data, index))
        return cls(record, members)

    def active(self, day: dt.date) -> list[Member]:
        return [m for m in self.members.values() if m.in_cell(day)]

    def expected(self, day: dt.date) -> list[Member]:
        return [m for m in self.active(day) if not m.is_exempt(day)]

    def full(self, day: dt.date) -> list[Member]:
        return [m for m in self.active(day) if m.is_full(day)]


@dataclass
class Unit:
    folder: str  # repository-relative folder, e.g. records/xa-krong/lang-so-lam
    record: Record

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
