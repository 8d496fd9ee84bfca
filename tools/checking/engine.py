"""Whole-tree runs: the answer of the last run when nothing changed since (snapshot.py);
otherwise walk once (walk.py), take each cell from the cache or check it afresh (cell_entry.py,
over the cores when there are many: workers.py), then the repository-wide card check.

A cell is the unit of work and of invalidation: its problems depend only on its own files
(unit.yaml, members.yaml, ratings.yaml, minutes, dues), the local rules of the committees
above it, the schemas, the rulebooks and today.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import marshal
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from tools.checking import snapshot
from tools.checking.cache import Cache
from tools.checking.cards import cards_of_entries
from tools.checking.cell_entry import FactsRequest, cell_entry, local_key
from tools.checking.placing import take
from tools.checking.project import Project
from tools.checking.result import Result
from tools.checking.run import Run
from tools.checking.walk import DUES_FOLDER, Found, stated, walk
from tools.problems import Problem, unique
from tools.reading.layout import RECORDS, place
from tools.reading.records import Record
from tools.reading.tree import Unit
from tools.reading.yamlload import Loaded

Entries = dict[str, dict[str, Any]]  # cache entries by cell folder


@dataclass
class TreeRun:
    problems: list[Problem]
    checked: int
    units: dict[str, dict[str, Any]]  # usable unit data by folder
    cells: dict[str, dict[str, Any]] = field(default_factory=dict)  # summary facts by cell
    levels: dict[str, str | None] = field(default_factory=dict)  # committee levels
    cached: int = 0
    fresh: int = 0
    checked_by_folder: dict[str, int] = field(default_factory=dict)
    # names the snapshot that holds this answer (snapshot.py), while it holds: what is
    # derived from the answer alone may be kept under the same name
    snapshot: bytes | None = None

    def parent_level(self, folder: str) -> str | None:
        return self.levels.get(folder.rsplit("/", 1)[0])

    def result(self) -> Result:
        return Result(sorted(self.problems, key=Problem.sort_key), self.checked)


def run_tree(project: Project, today: dt.date, top: str = RECORDS, cache: Cache | None = None,
             request: FactsRequest | None = None, jobs: int = 1,
             progress: Callable[[int], None] | None = None) -> TreeRun:
    """Validate the tree under `top`; with a `request`, each cell's summary facts too."""
    with few_collections():
        return _run_tree(project, today, top, cache, request, jobs, progress)


@contextlib.contextmanager
def few_collections() -> Iterator[None]:
    """A whole-tree run makes millions of objects and few cycles: what was loaded before it
    is set aside from collection (gc.freeze: forked workers also share it untouched), and the
    collector runs a hundred times less often meanwhile. Answers are the same; time is not."""
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(threshold[0], 70_000), threshold[1], threshold[2])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


def _run_tree(project: Project, today: dt.date, top: str, cache: Cache | None,
              request: FactsRequest | None, jobs: int,
              progress: Callable[[int], None] | None) -> TreeRun:
    if cache is None:
        return _walk_and_check(project, today, top, None, request, jobs, progress)[0]
    key = request.key if request is not None else None
    ident = answered(project, today, top, cache, request)
    kept = snapshot.answer(cache, top, key, ident) if ident is not None else None
    if kept is not None:
        return _tree_from(kept, ident)
    taking = snapshot.Taking(project.root, top)
    tree, found, entries = _walk_and_check(project, today, top, cache, request, jobs,
                                           progress)
    tree.snapshot = taking.store(cache, key, today.isoformat(), found.folders, found.paths(),
                                 _tree_data(tree), as_read(entries))
    return tree


def as_read(entries: Entries) -> Callable[[str], snapshot.Mark | None]:
    """A record file's size, time and SHA-256 as the check of its cell read it (its entry
    keeps them), or None for a file no cell read."""
    decoded: dict[str, dict] = {}

    def mark(rel: str) -> snapshot.Mark | None:
        for folder in _cells_of(rel):
            entry = entries.get(folder)
            if entry is None or not entry["files"]:
                continue
            if folder not in decoded:
                decoded[folder] = marshal.loads(entry["files"])
            seen = decoded[folder].get(rel)
            if seen is not None and seen[2] is not None:
                return tuple(seen)
        return None

    return mark


def _cells_of(rel: str) -> list[str]:
    """The folders whose cell may have read `rel`: its own (unit files), the one above its
    minutes or dues folder."""
    found = [rel.rsplit("/", 1)[0]]
    if "/minutes/" in rel:
        found.append(rel.split("/minutes/", 1)[0])
    if DUES_FOLDER + "/" in rel:
        found.append(rel.rsplit(DUES_FOLDER + "/", 1)[0])
    return found


def answered(project: Project, today: dt.date, top: str, cache: Cache,
             request: FactsRequest | None) -> bytes | None:
    """The id of the snapshot that answers this run, if one still does (looked at once per
    cache: a summary asks before its run, to find what it derived from the same answer)."""
    key = request.key if request is not None else None
    asked = (top, key, today)
    if asked not in cache.answered:
        cache.answered[asked] = snapshot.valid_id(cache, project.root, top, key,
                                                  today.isoformat())
    return cache.answered[asked]


def _tree_data(tree: TreeRun) -> dict[str, Any]:
    """A run's answer as plain data, for its snapshot."""
    return {"problems": [(p.code, p.path, p.line, p.column, p.params) for p in tree.problems],
            "checked": tree.checked, "units": tree.units, "cells": tree.cells,
            "levels": tree.levels, "checked_by_folder": tree.checked_by_folder,
            "cell_count": tree.cached + tree.fresh}


def _tree_from(data: dict[str, Any], ident: bytes) -> TreeRun:
    return TreeRun([Problem(*row) for row in data["problems"]], data["checked"], data["units"],
                   data["cells"], data["levels"], cached=data["cell_count"], fresh=0,
                   checked_by_folder=data["checked_by_folder"], snapshot=ident)


def _walk_and_check(project: Project, today: dt.date, top: str, cache: Cache | None,
                    request: FactsRequest | None, jobs: int,
                    progress: Callable[[int], None] | None) -> tuple[TreeRun, Found, Entries]:
    done = progress or (lambda _: None)
    run = Run(project, today)
    found = walk(run, top)
    entries: Entries = {}
    if cache is not None:
        entries = _from_cache(run, cache, found, request)
        done(len(entries))
    _place(run, found, entries)
    tasks = [(folder, run.local_chain(folder))
             for folder in sorted(run.cells) if folder not in entries]
    if tasks:
        # the workers and the checks are imported only when a cell is checked afresh: a
        # repeated run with nothing changed never loads them
        from tools.checking.workers import check_all

        for entry in check_all(project, today, tasks, request, jobs, done, cache is not None):
            entries[entry["cell"]] = entry
            if cache is not None and entry["kept"]:
                cache.store(entry["cell"], entry)
    if cache is not None:
        cache.hits, cache.misses = len(entries) - len(tasks), len(tasks)
    return _finish(run, top, entries, request, len(tasks), cache), found, entries


def _from_cache(run: Run, cache: Cache, found: Found,
                request: FactsRequest | None) -> Entries:
    """The cells whose entry still describes their files (and holds the facts asked for)."""
    entries: Entries = {}
    today, base = run.today.isoformat(), str(run.root)
    for folder, stats in found.record_files.items():
        entry = cache.load(folder) if f"{folder}/unit.yaml" in stats else None
        if entry is not None and cache.valid(entry, run.root, stated(base, stats), today) and \
                entry["unit"] and entry["unit"].get("kind") == "cell" and \
                entry.get("local") == local_key(run.local_chain(folder)) and \
                (request is None or request.key in entry["facts"] or
                 not entry["unit_usable"]):
            entries[folder] = entry
            run.units[folder] = _cached_unit(folder, entry["unit"])
    return entries


def _cached_unit(folder: str, data: dict[str, Any]) -> Unit:
    rel = f"{folder}/unit.yaml"
    return Unit(folder, Record(rel, data=data, loaded=Loaded(data=data)))


def _place(run: Run, found: Found, entries: Entries) -> None:
    for rel, owner in found.files:
        # a cached cell's own records need nothing more; its unit.yaml still checks the parent
        if owner in entries and not rel.endswith("/unit.yaml"):
            continue
        take(run, place(rel))
    for folder, stats in found.record_files.items():  # minutes of cells not from the cache
        if folder not in entries:
            whole = run.cells.get(folder)
            listed = whole is not None and whole.all_minutes and folder != RECORDS
            for rel in stats:
                if listed and "/minutes/" in rel:
                    # the walk listed it as a .md file under the first minutes folder below
                    # this cell, which is what place() would call a minutes file of the cell
                    continue
                if "/minutes/" in rel or DUES_FOLDER + "/" in rel:
                    placed = place(rel)
                    # a cell checked whole lists its minutes itself: a well-placed one
                    # needs nothing here (anything else is placed: a problem to report)
                    if whole is None or not whole.all_minutes or placed.role != "minutes" \
                            or placed.folder != folder:
                        take(run, placed)


def _finish(run: Run, top: str, entries: Entries, request: FactsRequest | None, fresh: int,
            cache: Cache | None) -> TreeRun:
    # a cell's problems are unique already, and no file belongs to two cells
    problems = unique(run.problems)
    checked = len(run.reported)
    # files checked in each folder: a merge of summaries counts a folder they share once
    by_folder = Counter(path.rsplit("/", 1)[0] for path in run.reported)
    for entry in entries.values():
        problems += [Problem(code, path, line, column, params)
                     for code, path, line, column, params in entry["problems"]]
        checked += entry["checked"]
        by_folder[entry["cell"]] += entry["checked"]
    cards = cards_of_entries(entries, cache)
    problems += cards
    units, cells = _units(run, top, entries, problems, {p.path for p in cards}, request)
    return TreeRun(problems, checked, units, cells, _levels(run, top),
                   cached=len(entries) - fresh, fresh=fresh, checked_by_folder=dict(by_folder))


def _units(run: Run, top: str, entries: Entries, problems: list[Problem],
           card_rosters: set[str], request: FactsRequest | None) -> tuple[dict, dict]:
    """The usable data of each unit under `top`, and each cell's facts."""
    failed = {p.path for p in problems if p.severity == "error"}
    units = {folder: unit.data for folder, unit in run.units.items()
             if unit is not None and unit.record.ok and folder not in entries
             and unit.record.path not in failed and _inside(folder, top)}
    cells: dict[str, dict[str, Any]] = {}
    for folder, entry in entries.items():
        if not entry["unit_usable"] or not _inside(folder, top):
            continue
        units[folder] = entry["unit"]
        if request is not None:
            facts = entry["facts"][request.key]
            if f"{folder}/members.yaml" in card_rosters:  # its roster cannot be relied on
                facts = cell_entry(run.project, run.today, folder, request, roster_failed=True,
                                   cached=False)["facts"][request.key]
            cells[folder] = facts
    return units, cells


def _levels(run: Run, top: str) -> dict[str, str | None]:
    levels = {folder: unit.data.get("level") for folder, unit in run.units.items()
              if unit is not None and unit.record.ok}
    parent = top.rsplit("/", 1)[0]
    if top != RECORDS and parent != RECORDS and run.has_unit(parent):
        levels[parent] = run.unit(parent).data.get("level")
    return levels


def _inside(folder: str, top: str) -> bool:
    return top == RECORDS or folder == top or folder.startswith(top + "/")
