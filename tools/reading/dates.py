"""Dates as the records write them: `YYYY-MM-DD` strings, kept as typed and read when needed."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def parse_date(value: Any) -> dt.date | None:
    """The day a `YYYY-MM-DD` string names; None for anything else (2025-02-30 included)."""
    if not isinstance(value, str) or not _DATE.match(value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None
