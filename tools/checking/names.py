"""A minutes file's name against what it holds: the name it should have, and the date and
kind its name and its front matter disagree on."""

from __future__ import annotations

import os
from pathlib import Path

from tools.problems import Problem, problem
from tools.reading import layout
from tools.reading.dates import parse_date
from tools.reading.layout import Placed
from tools.reading.records import Record

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing on the hook's path
if TYPE_CHECKING:
    from typing import Any


def proposal(root: Path, folder: str, rel: str, data: Any) -> str:
    """The name a misnamed minutes file should have, from its own date and kind."""
    if not isinstance(data, dict) or data.get("kind") not in layout.KINDS:
        return ""
    day = parse_date(data.get("date"))
    if day is None:
        return ""
    base = f"{folder}/minutes/{day.year}/{day.isoformat()}-{data['kind']}"
    proposed, number = f"{base}.md", 1
    while proposed != rel and os.path.lexists(root / proposed):
        number += 1
        proposed = f"{base}-{number}.md"
    return proposed


def name_mismatches(placed: Placed, record: Record) -> list[Problem]:
    """The date (and year folder) and the kind in the file's name, against its front matter."""
    data = record.data
    year_folder = placed.name.group(1)
    found = []
    if placed.date != data["date"]:
        found.append(("date", "date-name", data["date"], placed.date))
    elif year_folder != placed.name.group(3):
        found.append(("date", "year-folder", data["date"], year_folder))
    if placed.kind != data["kind"]:
        found.append(("kind", "kind-name", data["kind"], placed.kind))
    return [problem("layout.date-mismatch", record.path, record.position(key), field=key,
                    mismatch=mismatch, value=value, name=name)
            for key, mismatch, value, name in found]
