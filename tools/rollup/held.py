"""The meetings that minutes prove, each with the figures its errors leave it out of
(trust.py judges the errors)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from tools.problems import Problem
from tools.reading.dates import parse_date
from tools.reading.records import Record
from tools.rollup import trust


@dataclass(frozen=True)
class Meeting:
    """A minutes file that proves a meeting was held, and the figures it is left out of."""

    record: Record
    day: dt.date
    left_out: frozenset[str]

    @property
    def data(self) -> dict[str, Any]:
        return self.record.data

    @property
    def kind(self) -> str:
        return self.record.data["kind"]

    @property
    def date(self) -> str:
        return self.record.data["date"]

    def counts(self, figure: str) -> bool:
        return figure not in self.left_out


def held(minutes: Iterable[tuple[Record, list[Problem]]]) -> list[Meeting]:
    """The meetings that minutes prove, each with its errors judged (tools/rollup/trust.py)."""
    found = []
    for record, errors in minutes:
        out = trust.left_out(record.path, record.data, errors)
        if out is not None:
            found.append(Meeting(record, parse_date(record.data["date"]), out))
    return sorted(found, key=lambda m: (m.date, str(m.data.get("start", "")), m.record.path))
