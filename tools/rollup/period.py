"""The period of a summary: its calendar months and quarters, and percentages of its figures."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date  # the last day counted: never after today

    @property
    def year_start(self) -> dt.date:
        """The first day of the period's first calendar year."""
        return dt.date(self.start.year, 1, 1)

    def months(self) -> list[tuple[dt.date, dt.date]]:
        """The calendar months that lie wholly inside the period."""
        found = []
        year, month = self.start.year, self.start.month
        while (year, month) <= (self.end.year, self.end.month):
            first, last = dt.date(year, month, 1), _month_end(year, month)
            if first >= self.start and last <= self.end:
                found.append((first, last))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return found

    def quarters(self) -> list[tuple[dt.date, dt.date]]:
        """The calendar quarters that lie wholly inside the period (one pass over the
        months: a period of centuries stays cheap)."""
        months = self.months()
        return [(first, months[index + 2][1]) for index, (first, _) in enumerate(months)
                if first.month in (1, 4, 7, 10) and index + 2 < len(months)
                and months[index + 2][0].month == first.month + 2
                and months[index + 2][0].year == first.year]


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def quarter_of(day: str) -> tuple[int, int]:
    """The calendar quarter of a YYYY-MM-DD date: (year, 1..4)."""
    return int(day[:4]), (int(day[5:7]) - 1) // 3 + 1


def percent(part: float, whole: float) -> float | None:
    return round(100 * part / whole, 2) if whole else None
