"""`tools review`: what a merge request changes in the records, for a reviewer who reads no YAML.

Facts only (entries of what changed, and the problems); tools/outputs/review_report.py renders
them. Deletions and silent edits of merged records are the protections' errors (protect.py,
shared with the commit hook and CI).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tools.checking.project import Project
from tools.checking.protection import Protection
from tools.checking.result import Result
from tools.checking.validate import validate_paths
from tools.problems import Problem, problem
from tools.reading.dates import parse_date
from tools.reading.layout import place
from tools.reading.records import Record
from tools.workflow import git
from tools.workflow.checkout import checkout
from tools.workflow.protect import Snapshot, protect, same_content
from tools.workflow.record_changes import (
    mapping_changes,
    minutes_changes,
    minutes_facts,
    roster_changes,
)
from tools.workflow.review_reader import ReviewReader


@dataclass
class Entry:
    status: str  # added | changed | deleted
    path: str
    role: str  # minutes | members | unit | ratings | other
    cell: str | None = None  # the cell's or unit's name
    facts: dict[str, Any] = field(default_factory=dict)
    changes: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Review:
    base: str
    head: str | None
    entries: list[Entry]
    problems: list[Problem]  # review.* problems
    validation: Result  # the changed files' problems and the protections, folded

    @property
    def errors(self) -> int:
        return sum(1 for p in [*self.problems, *self.validation.problems]
                   if p.severity == "error")


def review(project: Project, base: str, head: str | None, today: dt.date,
           late_days: int = 30) -> Review:
    reader = ReviewReader(project, base, head)
    try:
        return _review(project, reader, today, late_days)
    finally:
        reader.close()


def _review(project: Project, reader: ReviewReader, today: dt.date, late_days: int) -> Review:
    base, head = reader.base, reader.head
    entries: list[Entry] = []
    problems: list[Problem] = []
    changed = git.changes(project.root, base, head)
    filed = _filed(project.root, reader.start, head)
    for change in changed:
        entry = _entry(reader, change)
        entries.append(entry)
        if entry.status == "deleted":
            continue
        new = reader.at_head(change.path)
        if entry.role == "minutes" and new.ok:
            entry.facts = minutes_facts(new.data)
        if entry.status != "changed":
            if entry.role == "minutes" and new.ok:
                problems.extend(_late(new, filed.get(change.path, today), late_days))
            continue
        entry.changes = _changes(reader, entry, reader.at_base(change.path), new)
    protection = protect(changed, Snapshot(project.root, reader.start),
                         Snapshot(project.root, head), project.schemas.title)
    paths = [c.path for c in changed if c.status != "D"]
    return Review(base, head, entries, problems,
                  _validate(project, head, paths, today, protection))


STATUS_NAMES = {"A": "added", "M": "changed", "D": "deleted"}
ROLES = ("minutes", "members", "unit", "ratings")


def _entry(reader: ReviewReader, change: git.Change) -> Entry:
    placed = place(change.path)
    role = placed.role if placed.role in ROLES else "other"
    status = STATUS_NAMES.get(change.status, "changed")
    return Entry(status, change.path, role,
                 reader.cell_name(placed.folder, status == "deleted") if placed.folder
                 else None)


def _changes(reader: ReviewReader, entry: Entry, old: Record,
             new: Record) -> list[dict[str, Any]]:
    if entry.role == "minutes":
        found = minutes_changes(old, new, reader.names(place(entry.path).folder))
        return [{"field": "format-only"}] if old.ok and new.ok and same_content(old, new) \
            else found
    if entry.role == "members":
        return roster_changes(old, new)
    return mapping_changes(old, new)


def _filed(root: Path, start: str, head: str | None) -> dict[str, dt.date]:
    """The day each file was added, by the commit that added it (newest first); files not
    committed yet are filed today."""
    out = git.git(root, "log", "--diff-filter=A", "--no-renames", "--format=%x01%cs",
                  "--name-only", "-z", f"{start}..{head or 'HEAD'}", "--", "records")
    found: dict[str, dt.date] = {}
    day = None
    for token in out.split("\0"):
        token = token.lstrip("\n")
        if token.startswith("\x01"):
            day = dt.date.fromisoformat(token[1:])
        elif token and day is not None:
            found.setdefault(token, day)
    return found


def _late(record: Record, filed: dt.date, late_days: int) -> list[Problem]:
    day = parse_date(record.data.get("date"))
    if day is None or (filed - day).days <= late_days:
        return []
    return [problem("review.late", record.path, record.position("date"),
                    date=record.data["date"], days=(filed - day).days, limit=late_days,
                    filed=filed.isoformat())]


def _validate(project: Project, head: str | None, paths: list[str], today: dt.date,
              protection: Protection) -> Result:
    if head is None:
        return validate_paths(project, [project.root / p for p in paths], today, cards=True,
                              protection=protection)
    with checkout(project.root, head) as tree:
        return validate_paths(Project.open(tree), [tree / p for p in paths], today, cards=True,
                              protection=protection)
