"""Where each file of the tree goes: a record of a unit or of a cell, a file in the wrong
place, or one to leave alone. Cells found here are checked afterwards (cell.py)."""

from __future__ import annotations

import os
from pathlib import Path

from tools.checking import hygiene
from tools.checking.names import proposal
from tools.checking.run import CellWork, Run
from tools.problems import problem
from tools.reading import layout
from tools.reading.layout import RECORDS, Placed
from tools.reading.records import Record, minutes_from_text, read_text
from tools.reading.tree import Unit

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing on the hook's path
if TYPE_CHECKING:
    from typing import Any

RECORD_ROLES = ("unit", "members", "ratings", "minutes")
MISTYPED = 0.75  # a folder name this alike to a unit's beside it is taken for a typing slip


def take(run: Run, placed: Placed) -> None:
    if placed.role not in RECORD_ROLES:  # records are measured when read
        run.problems.extend(hygiene.too_large(str(run.root), placed.rel))
    if placed.role == "ignored":  # .gitkeep and the like hold no record
        return
    no_unit(run, placed.folder)
    if placed.role == "unexpected":
        run.problems.append(problem("layout.unexpected-file", placed.rel))
        return
    if not placed.folder:
        if placed.role in ("members", "minutes", "stray"):
            run.problems.append(problem("layout.minutes-outside-cell", placed.rel,
                                        file=placed.role))
        return
    if not run.has_unit(placed.folder):
        return
    unit = run.unit(placed.folder)
    if placed.role == "unit":
        _take_unit(run, placed, unit)
    elif placed.role == "ratings":
        if not unit.is_cell:
            run.report(run.read(placed.rel, "ratings"))
    elif placed.role in ("members", "minutes", "dues", "stray"):
        _take_cell_file(run, placed, unit)


def _take_cell_file(run: Run, placed: Placed, unit: Unit) -> None:
    """A roster, minutes or dues file: only a cell holds them."""
    if unit.kind == "committee":
        run.problems.append(problem("layout.minutes-outside-cell", placed.rel,
                                    file="minutes" if placed.role == "stray" else placed.role))
    elif unit.kind == "cell" and placed.role == "stray":
        run.reported.add(placed.rel)
        run.problems.append(problem("layout.file-name", placed.rel,
                                    kinds=", ".join(layout.KINDS),
                                    proposed=proposal(run.root, placed.folder, placed.rel,
                                                      _stray_data(run.root, placed.rel))))
    elif unit.kind == "cell":
        cell = run.cells.setdefault(placed.folder, CellWork())
        if placed.role in ("members", "dues"):
            cell.all_minutes = True
        else:
            cell.minutes.add(placed.rel)


def _take_unit(run: Run, placed: Placed, unit: Unit) -> None:
    name = placed.folder.rsplit("/", 1)[-1]
    if not layout.UNIT_ID.match(name):
        run.problems.append(problem("schema.format", placed.folder, field="folder",
                                    key="folder", label="Tên thư mục", value=name,
                                    format="id"))
    if not unit.is_cell:
        run.report(unit.record)
    parent = placed.folder.rsplit("/", 1)[0]
    if parent != RECORDS and run.has_unit(parent) and run.unit(parent).is_cell:
        run.problems.append(problem("layout.cell-has-children", placed.rel, cell=parent))
    if unit.is_cell:
        run.cells.setdefault(placed.folder, CellWork()).all_minutes = True
    elif unit.data.get("level") == "partial":
        _partial(run, unit, parent)


def _partial(run: Run, unit: Unit, parent: str) -> None:
    """A partial committee (đảng bộ bộ phận) exists only inside a grassroots committee."""
    above = run.unit(parent) if parent != RECORDS and run.has_unit(parent) else None
    level = above.data.get("level") if above is not None else None
    if level != "grassroots":
        run.problems.append(problem("unit.partial-outside-grassroots", unit.record.path,
                                    unit.record.position("level"),
                                    parent=parent if above is not None else RECORDS,
                                    parent_level=level or ""))


def no_unit(run: Run, folder: str) -> None:
    """Each folder above a file, down to its own, must hold a unit.yaml."""
    for above in layout.ancestors(folder):
        if above not in run.no_unit and not run.has_unit(above):
            run.no_unit.add(above)
            run.problems.append(problem("layout.no-unit", above,
                                        closest=_mistyped(run.root, above)))


def _mistyped(root: Path, folder: str) -> str:
    """The unit folder beside this one whose name it most likely misspells (the usual
    reason a folder holds records but no unit.yaml)."""
    from tools.checking import suggest  # a layout problem's hint: not a valid tree's cost

    parent, _, name = folder.rpartition("/")
    try:
        siblings = [entry.name for entry in os.scandir(root / parent)
                    if entry.is_dir(follow_symlinks=False) and entry.name != name
                    and os.path.isfile(root / parent / entry.name / "unit.yaml")]
    except OSError:
        return ""
    near = suggest.closest(name, siblings, floor=MISTYPED)
    return f"{parent}/{near}" if near else ""


def _stray_data(root: Path, rel: str) -> Any:
    """The front matter of a minutes file saved under a wrong name or type (`.md.txt`, `.MD`),
    when it can be read at all (a regular file, UTF-8, under the size limit); a `.docx` cannot,
    and proposes nothing."""
    text = read_text(root / rel, rel, [])
    if text is None:
        return None
    record = minutes_from_text(Record(rel), text)
    return record.data if record.ok else None
