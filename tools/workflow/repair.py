"""Repairs for `tools fix`: a time or a date written the way people write them (`7:30`, `7h30`,
`05/03/2025`) rewritten as the records write them (`"07:30"`, `2025-03-05`), in the fields that
hold a time or a date, and only where the result is valid there. Like every fix, a repair edits
the text line by line (comments and layout stay) and is kept only if the file then reads as
before with exactly the repaired values changed."""

from __future__ import annotations

import copy
import re
from typing import Any

from tools.reading.layout import place
from tools.reading.records import Record, parse_text

KINDS = ("minutes", "members", "unit")
_TIME = re.compile(r'^"[0-2][0-9]:[0-5][0-9]"$')
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_QUOTES = {'"': '"', "'": "'", "“": "”", "‘": "’", "„": "”"}


def repair(text: str, rel: str, schemas: Any) -> tuple[str, list[str]]:
    """The repaired text and the repairs made (`time-format`, `date-format`)."""
    kind = place(rel).role
    if kind not in KINDS:
        return text, []
    record = parse_text(text, rel)
    if not record.ok:
        return text, []
    where = {position: path for path, position in record.loaded.values.items()}
    edits: dict[tuple, tuple[int, int, str, str]] = {}
    for item in schemas.check_slowly(kind, record):
        value = str(item.params.get("typed", "")).partition(": ")[2]
        name = "time-format" if _TIME.match(value) else \
            "date-format" if _DATE.match(value) else None
        path = where.get((item.line, item.column))
        if path == ("date",) and value != place(rel).date:
            continue  # a meeting's date is the one its file name gives, or it is left alone
        if name and path is not None and item.code in ("schema.format", "schema.type"):
            edits[path] = (item.line, item.column, value, name)
    if not edits:
        return text, []
    repaired = _edit(text, edits.values())
    if repaired is None or not _only_these(record, parse_text(repaired, rel), edits, schemas,
                                           kind):
        return text, []
    return repaired, sorted({name for *_, name in edits.values()})


def _edit(text: str, edits: Any) -> str | None:
    lines = text.split("\n")
    for line, column, value, _ in sorted(edits, reverse=True):
        if line > len(lines):
            return None
        current = lines[line - 1]
        end = _token_end(current, column - 1)
        if end is None:
            return None
        lines[line - 1] = current[:column - 1] + value + current[end:]
    return "\n".join(lines)


def _token_end(line: str, start: int) -> int | None:
    """Where the scalar starting at `start` ends: its closing quote, or a comment, a flow
    separator or the end of the line."""
    if start >= len(line):
        return None
    closing = _QUOTES.get(line[start])
    if closing is not None:
        end = line.find(closing, start + 1)
        return None if end < 0 else end + 1
    stops = [i for i in (line.find(" #", start), line.find(",", start), line.find("]", start),
                         line.find("}", start)) if i >= 0]
    end = min(stops, default=len(line))
    return len(line[:end].rstrip(" \t"))


def _only_these(old: Record, new: Record, edits: dict, schemas: Any, kind: str) -> bool:
    """The new text reads as the old one with the repaired values, and they are now valid."""
    if not new.ok or new.body != old.body:
        return False
    expected = copy.deepcopy(old.data)
    for path, (_, _, value, _) in edits.items():
        target = expected
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value.strip('"')
    if new.data != expected:
        return False
    positions = {new.loaded.values.get(path) for path in edits}
    return not any((p.line, p.column) in positions for p in schemas.check_slowly(kind, new))
