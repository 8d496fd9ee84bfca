"""One minutes file and what its paper needs: checked first, then read with its cell's names.

A file that fails validation is never printed: its problems are the answer, coded as
`tools validate` reports them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tools.checking.project import Project
from tools.checking.result import Result
from tools.checking.rulebook import Part
from tools.checking.validate import validate_paths
from tools.outputs.papers.words import locality
from tools.reading.dates import parse_date
from tools.reading.layout import RECORDS, ancestors, place
from tools.reading.records import read_minutes, read_yaml
from tools.reading.tree import Roster


@dataclass
class Paper:
    """What a printed minutes file shows, as plain data."""

    path: str
    superior: str | None  # the committee the cell belongs to
    cell: str
    locality: str | None
    data: dict[str, Any]
    body: str
    names: dict[str, str] = field(default_factory=dict)  # roster id -> name
    roles: dict[str, str] = field(default_factory=dict)  # roster id -> secretary | deputy | ...
    counts: dict[str, int] = field(default_factory=dict)  # the cell's members on the day
    parts: list[Part] = field(default_factory=list)  # the rulebook's parts for its kind
    titles: tuple[str, ...] = ()  # the words that start a document's title (BIÊN BẢN)

    @property
    def day(self) -> dt.date:
        return parse_date(self.data["date"])

    def name(self, member: str) -> str:
        return self.names.get(member, member)


class NotMinutes(Exception):
    """The path is not a minutes file inside records/."""


def relative(root: Path, path: Path) -> str:
    absolute = Path(path).absolute()
    for base in (root, root.resolve()):
        try:
            return absolute.relative_to(base).as_posix()
        except ValueError:
            continue
    raise NotMinutes(str(path))


def load(project: Project, path: Path, today: dt.date) -> tuple[Paper | None, Result]:
    """The paper of a minutes file, or None with the problems that stop it being printed."""
    rel = relative(project.root, path)
    placed = place(rel) if rel.startswith(RECORDS + "/") else None
    if placed is None or placed.role != "minutes" or not (project.root / rel).is_file():
        raise NotMinutes(rel)
    result = validate_paths(project, [project.root / rel], today)
    if result.errors:
        return None, result
    paper = _paper(project.root, rel, placed.folder)
    book = project.book(paper.day, paper.data.get("rulebook"))
    paper.parts, paper.titles = book.parts(paper.data["kind"]), book.title_prefixes
    return paper, result


def _paper(root: Path, rel: str, folder: str) -> Paper:
    record = read_minutes(root / rel, rel)
    unit = read_yaml(root / folder / "unit.yaml", f"{folder}/unit.yaml").data
    roster = Roster.from_record(read_yaml(root / folder / "members.yaml",
                                          f"{folder}/members.yaml"))
    committees = [read_yaml(root / above / "unit.yaml", f"{above}/unit.yaml").data or {}
                  for above in ancestors(folder)[:-1]]
    paper = Paper(rel, committees[-1].get("name") if committees else None, unit["name"],
                  locality(committees), record.data, record.body)
    paper.names = {member.id: member.name for member in roster.members.values()}
    paper.roles = _roles(unit)
    day = paper.day
    own = roster.own(day)  # temporary members belong to another organization
    full = sum(1 for m in own if m.is_full(day))
    paper.counts = {"total": len(own), "full": full, "probationary": len(own) - full,
                    "exempt": sum(1 for m in own if m.is_exempt(day)),
                    "away": sum(1 for m in own if m.is_away(day)),
                    "temporary": sum(1 for m in roster.active(day) if m.temporary)}
    return paper


def _roles(unit: dict[str, Any]) -> dict[str, str]:
    roles = {member: "committee_member" for member in unit.get("committee_members") or []}
    if unit.get("deputy_secretary"):
        roles[unit["deputy_secretary"]] = "deputy_secretary"
    if unit.get("secretary"):
        roles[unit["secretary"]] = "secretary"
    return roles
