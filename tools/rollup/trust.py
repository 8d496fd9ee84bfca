"""What a minutes file with errors still proves (rules.md §5): the one place that says which
errors leave a file out of which figures of a rollup.

A file whose name, `date` and `kind` are sound, in a cell, proves that a meeting was held,
whatever else is wrong with it. Every other figure rests on some fields of the file; an error in
those fields, or a code saying they disagree with the roster, leaves the file out of that
figure only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from tools.problems import Problem
from tools.reading.dates import parse_date
from tools.reading.layout import KINDS, place


@dataclass(frozen=True)
class Part:
    fields: tuple[str, ...]  # front-matter keys the figure reads
    codes: tuple[str, ...]  # cross-record codes that say those keys are wrong


# Without these the file proves nothing: the meeting's day and kind are unknown, or the file
# is a second copy of a meeting another file already proves.
HELD_FIELDS = ("date", "kind")
NOT_HELD_CODES = ("layout.file-name", "layout.date-mismatch", "minutes.duplicate",
                  "minutes.future-date")

PARTS: dict[str, Part] = {
    "attendance": Part(
        ("present", "absent_excused", "absent_unexcused", "speakers", "tasks"),
        ("minutes.unknown-member", "minutes.not-in-cell", "minutes.attendance-missing",
         "minutes.attendance-duplicate", "minutes.chair-not-present",
         "minutes.secretary-not-present", "minutes.speaker-not-present",
         "minutes.exempt-unexcused")),
    "decisions": Part(("decisions",), ("minutes.votes-exceed", "minutes.decision-not-passed")),
    "duration": Part(("start", "end"), ("minutes.time-order",)),
    "visits": Part(("guests",), ()),
}
# Attendance and votes are compared with the roster only in files without schema errors
# (tools validate cannot check what it cannot read): in a file with any schema error they are
# unchecked, so left out as well.
CHECKED_AGAINST_ROSTER = ("attendance", "decisions")

_TOP_KEY = re.compile(r"[.\[]")


def left_out(rel: str, data: Any, errors: Iterable[Problem]) -> frozenset[str] | None:
    """The figures a minutes file's errors leave it out of, or None when it does not even
    prove that a meeting was held (then it is left out of everything)."""
    errors = list(errors)
    if not _held(rel, data, errors):
        return None
    out: set[str] = set()
    for error in errors:
        if error.code.startswith("schema."):
            out.update(CHECKED_AGAINST_ROSTER)
            out.update(_parts_of_field(error.params.get("field", "")))
        else:
            out.update(name for name, part in PARTS.items() if error.code in part.codes)
    return frozenset(out)


def _held(rel: str, data: Any, errors: list[Problem]) -> bool:
    if not isinstance(data, dict) or data.get("kind") not in KINDS or \
            parse_date(data.get("date")) is None:
        return False
    placed = place(rel)
    if placed.name is None or (placed.date, placed.kind) != (data["date"], data["kind"]) \
            or placed.name.group(1) != placed.name.group(3):
        return False
    for error in errors:
        if error.code in NOT_HELD_CODES or error.code.startswith("parse."):
            return False
        if error.code.startswith("schema.") and \
                _TOP_KEY.split(error.params.get("field", ""))[0] in HELD_FIELDS:
            return False
    return True


def _parts_of_field(field: str) -> list[str]:
    key = _TOP_KEY.split(field)[0]
    if not key:  # an error about the whole front matter: no figure can rest on it
        return list(PARTS)
    return [name for name, part in PARTS.items() if key in part.fields]
