"""Dates as the records write them: `YYYY-MM-DD` strings, kept as typed and read when needed."""

from __future__ import annotations

import datetime as dt
import functools
import re

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing on the hook's path
if TYPE_CHECKING:
    from typing import Any

_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def parse_date(value: Any) -> dt.date | None:
    """The day a `YYYY-MM-DD` string names; None for anything else (2025-02-30 included)."""
    # (none is longer than 11 characters, a final newline included: only short ones are kept)
    return _parse(value) if isinstance(value, str) and len(value) <= 11 else None


@functools.lru_cache(maxsize=8192)  # the same few hundred days, read again and again
def _parse(value: str) -> dt.date | None:
    if not _DATE.match(value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None
