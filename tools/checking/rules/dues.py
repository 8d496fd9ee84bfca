"""Rules on a cell's dues files (dues/<YYYY>.yaml): whose months, and which year."""

from __future__ import annotations

from collections.abc import Iterator

from tools.problems import Problem, problem
from tools.reading.records import Record
from tools.reading.tree import Roster


def check_dues(record: Record, roster: Roster | None) -> Iterator[Problem]:
    year = record.path.rsplit("/", 1)[-1].removesuffix(".yaml")
    for member, months in (record.data.get("unpaid") or {}).items():
        if roster is not None and member not in roster.members:
            yield problem("minutes.unknown-member", record.path,
                          record.position("unpaid", member, key=True), member=member,
                          roster=roster.record.path)
        for index, entry in enumerate(months or []):
            if not entry["month"].startswith(f"{year}-"):
                yield problem("layout.date-mismatch", record.path,
                              record.position("unpaid", member, index, "month"), field="month",
                              mismatch="month-year", value=entry["month"], name=year)
