"""`tools new`: a meeting's minutes, pre-filled from the roster as of the meeting date
(template.py), written where they belong without overwriting anything."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from tools.checking.project import Project
from tools.checking.run import Run
from tools.problems import FatalError, ToolProblem
from tools.reading.files import link_in
from tools.reading.layout import KINDS
from tools.reading.tree import Unit
from tools.workflow.template import render


def target(unit: Unit, kind: str, day: dt.date, another: bool, root: Path) -> Path:
    folder = root / unit.folder / "minutes" / str(day.year)
    base = folder / f"{day.isoformat()}-{kind}.md"
    if not another:
        return base
    number = 2
    while (folder / f"{day.isoformat()}-{kind}-{number}.md").exists():
        number += 1
    return folder / f"{day.isoformat()}-{kind}-{number}.md"


def new_minutes(project: Project, cell: str, kind: str, day: dt.date, another: bool,
                today: dt.date) -> Path:
    """Write the pre-filled file and return its path; never overwrite anything, never write
    through a link."""
    if kind not in KINDS:
        raise FatalError(f"kind must be one of {', '.join(KINDS)}", "new-kind",
                         kinds=", ".join(KINDS))
    link = link_in(project.root, cell)
    if link is not None:
        raise ToolProblem("through-link", path=cell, link=link)
    run = Run(project, today)
    unit = run.unit(cell) if run.has_unit(cell) else None
    if unit is None or not unit.record.ok or not unit.is_cell:
        raise FatalError(f"{cell} is not a cell folder (a unit.yaml with kind: cell)",
                         "new-not-a-cell", cell=cell)
    roster = run.roster(cell)
    if roster is None:
        raise FatalError(f"{cell}/members.yaml is missing or has errors: run tools validate",
                         "new-no-roster", cell=cell)
    text = render(unit, roster, kind, day, project.book(day).parts(kind))
    path = target(unit, kind, day, another, project.root)
    _folders(project.root, path.parent.relative_to(project.root).as_posix())
    try:  # O_EXCL: never an existing file, nor a link in its place
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o666)
    except FileExistsError:
        raise FileExistsError(path) from None
    with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
        stream.write(text)
    return path


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def _folders(root: Path, rel: str) -> None:
    """Make the folders of `rel` one by one, refusing any that is a link."""
    parts = rel.split("/")
    for depth in range(1, len(parts) + 1):
        folder = "/".join(parts[:depth])
        if os.path.islink(root / folder):
            raise ToolProblem("through-link", path=rel, link=folder)
        try:
            os.mkdir(root / folder)
        except FileExistsError:
            pass
