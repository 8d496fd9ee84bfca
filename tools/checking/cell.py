"""One cell checked: its unit, roster, ratings and dues, then each of its minutes
(meeting.py). A cell's problems depend only on its own files, the local rules above it, the
schemas, the rulebooks and today: the cell is the unit of work and of the cache."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from pathlib import Path

from tools.checking.meeting import Siblings, check_meeting
from tools.checking.rules.dues import check_dues
from tools.checking.rules.unit import check_cell_unit, reference_day
from tools.checking.run import CellWork, Run, usable
from tools.reading import layout
from tools.reading.layout import Placed, place
from tools.reading.tree import Roster, Unit


def check_cell(run: Run, folder: str, work: CellWork) -> None:
    unit = run.unit(folder)
    run.report(unit.record, folder)
    if work.all_minutes and run.regular(f"{folder}/ratings.yaml"):
        run.report(run.read(f"{folder}/ratings.yaml", "ratings"), folder)
    roster = run.roster(folder)
    if work.all_minutes:
        _dues(run, folder, roster)
    if roster is not None and usable(unit.record):
        _unit_against_roster(run, unit, roster)
    names = minutes_names(run.root, folder, run.listed)
    siblings = Siblings(names)
    wanted = set(names) if work.all_minutes else work.minutes
    for rel in sorted(wanted):
        check_meeting(run, names[rel] if rel in names else place(rel), unit, roster, siblings)
    if roster is None and wanted and f"{folder}/members.yaml" in run.records:
        _unchecked(run, f"{folder}/members.yaml", folder, len(wanted))


def _dues(run: Run, folder: str, roster: Roster | None) -> None:
    for rel in dues_files(run, folder):
        dues = run.read(rel, "dues")
        run.report(dues, folder)
        if usable(dues):
            run.emit(folder, check_dues(dues, roster))


def _unit_against_roster(run: Run, unit: Unit, roster: Roster) -> None:
    day = reference_day(unit, run.today)
    run.emit(unit.folder, check_cell_unit(unit, roster, run.today, run.project.book(day)))


def _unchecked(run: Run, roster: str, folder: str, count: int) -> None:
    """A roster with errors: its first error says how many minutes wait for it (their
    roster-free checks have run)."""
    found = run.by_cell.get(folder, [])
    first = next((i for i, p in enumerate(found)
                  if p.path == roster and p.severity == "error"), None)
    if first is not None:
        found[first] = found[first].replace(params={
            **found[first].params, "unchecked": count})


def dues_files(run: Run, folder: str) -> list[str]:
    """The cell's `dues/<YYYY>.yaml` files (links are reported by the walk, never read)."""
    try:
        names = os.listdir(os.path.join(run.root, folder, layout.DUES))
    except OSError:
        return []
    rels = (f"{folder}/{layout.DUES}/{name}" for name in sorted(names)
            if layout.DUES_NAME.match(name))
    return [rel for rel in rels if run.regular(rel)]


def minutes_names(root: Path, folder: str, listed: set[str] | None = None) -> dict[str, Placed]:
    """The cell's minutes files, placed, found without entering a link (in os.walk's order:
    a folder's files, then its folders'). The regular files among them are added to
    `listed`: their type is known from the listing, not looked up again when read."""
    names: dict[str, Placed] = {}
    top = os.path.join(root, folder, "minutes")
    if os.path.islink(top):  # reported by the walk; never listed through
        return names
    _list_minutes(top, f"{folder}/minutes", names, set() if listed is None else listed)
    return names


def _list_minutes(path: str, here: str, names: dict[str, Placed], listed: set[str]) -> None:
    # the folder as the repository names it (string work: this runs for every minutes)
    try:
        with os.scandir(path) as found:
            entries = list(found)
    except OSError:
        return
    folders = []
    for entry in entries:
        if _entry_is(entry.is_symlink):  # a link to a folder or a file: never listed through
            continue
        if _entry_is(entry.is_dir):
            folders.append(entry)
            continue
        rel = f"{here}/{entry.name}"
        placed = place(rel)
        if placed.role == "minutes":
            names[rel] = placed
            if _entry_is(functools.partial(entry.is_file, follow_symlinks=False)):
                listed.add(rel)
    for entry in folders:
        _list_minutes(entry.path, f"{here}/{entry.name}", names, listed)


def _entry_is(test: Callable[[], bool]) -> bool:
    """A directory entry's type, False when it cannot be told (as os.walk takes it)."""
    try:
        return test()
    except OSError:
        return False
