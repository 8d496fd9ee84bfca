"""Whole-tree runs: walk once, take each cell from the cache or check it afresh (over the
cores when there are many), then the repository-wide checks.

A cell is the unit of work and of invalidation: its problems depend only on its own files
(unit.yaml, members.yaml, ratings.yaml, minutes), the local rules of the committees above it,
the schemas, the rulebooks and today.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import marshal
import multiprocessing
import os
import threading
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tools.checking import hygiene
from tools.checking.cache import Cache, FileStat
from tools.checking.rulebook import LocalChain
from tools.checking.rules.roster import CardHolder, card_holders, duplicate_cards
from tools.checking.validate import Project, Result, Validation, _Cell
from tools.problems import Problem, problem
from tools.reading.files import link_in, readlink
from tools.reading.layout import DUES, DUES_NAME, IGNORED, RECORDS, place
from tools.reading.records import Record
from tools.reading.tree import Unit
from tools.reading.yamlload import Loaded

DUES_FOLDER = f"/{DUES}"
PARALLEL_FROM = 16  # fewer fresh cells than this are not worth starting processes for
ORPHAN_POLL = 0.2  # seconds between a worker's looks at whether its parent is still there


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

    def parent_level(self, folder: str) -> str | None:
        return self.levels.get(folder.rsplit("/", 1)[0])

    def result(self) -> Result:
        return Result(sorted(self.problems, key=Problem.sort_key), self.checked)


# -- one cell ----------------------------------------------------------------------------------


def check_cell(project: Project, today: dt.date, folder: str, request: Any = None,
               roster_failed: bool = False, cached: bool = True,
               local: LocalChain | None = None) -> dict[str, Any]:
    """Everything about one cell, as a cache entry (plain data). `local` is the local rules
    above the cell when the caller has read them already."""
    written = Cache.now()  # before any read: a file changed after it is never trusted by time
    run = Validation(project, today)
    run.seen = {} if cached else None
    if local is not None:
        run.local[folder] = local
    run._check_cell(folder, _Cell(all_minutes=True))
    # the entry describes the bytes the checks read, hashed as they were read; without a cache,
    # or when a file could not be read, there is nothing to keep
    described = Cache.describe(run.seen, written) if cached else None
    kept = described is not None
    described = described or {"files": b"", "stamp": b"", "settled": False}
    found = list({p.identity(): p
                  for p in [*run.problems, *run.by_cell.get(folder, [])]}.values())
    errors: dict[str, list[Problem]] = {}
    for p in found:
        if p.severity == "error":
            errors.setdefault(p.path, []).append(p)
    unit, roster = run.units[folder], run.rosters.get(folder)
    facts: dict[str, Any] = {}
    if request is not None and unit.record.path not in errors:
        from tools.rollup.summary import cell_facts

        usable = roster if roster is not None and roster.record.path not in errors \
            and not roster_failed else None
        # minutes with errors may still prove a meeting: the summary judges (tools/trust.py)
        minutes = [(r, errors.get(rel, [])) for rel, r in run.records.items()
                   if place(rel).role == "minutes" and r.ok]
        dues = [r for rel, r in run.records.items()
                if place(rel).role == "dues" and rel not in errors and r.ok]
        ratings_rel = f"{folder}/ratings.yaml"
        ratings = run.records[ratings_rel].data if ratings_rel in run.records \
            and ratings_rel not in errors else None
        facts[request.key] = cell_facts(project, request, unit, usable, minutes, ratings,
                                        dues)
    return {"cell": folder, "today": today.isoformat(), "written": written, "kept": kept,
            **described, "local": local_key(run.local_chain(folder)),
            "unit": unit.data, "unit_usable": unit.record.path not in errors,
            "problems": [(p.code, p.path, p.line, p.column, p.params) for p in found],
            "checked": len(run.reported),
            "cards": marshal.dumps([tuple(h) for h in card_holders(roster, unit.dissolved)]
                                   if roster is not None else []),
            "facts": facts}


def local_key(chain: LocalChain) -> bytes:
    """What a cell's answer owes to the committees above it: their local rules (as canonical
    JSON: marshal's output for equal data may differ with how its strings are shared)."""
    text = json.dumps(chain, sort_keys=True, ensure_ascii=False)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


_STATE: tuple = ()
Task = tuple[str, LocalChain]


def _job(task: Task) -> dict[str, Any]:
    project, today, request, cached = _STATE
    return check_cell(project, today, task[0], request, cached=cached, local=task[1])


def _die_with(parent: int) -> None:
    """A worker ends when the run that started it ends. A parent killed outright sends no word
    (its workers hold the task pipe open themselves, so they would wait for ever): a thread
    watches for the worker being handed to another parent."""
    if os.getppid() != parent:
        os._exit(1)
    threading.Thread(target=_orphaned, args=(parent,), daemon=True).start()


def _orphaned(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(ORPHAN_POLL)
    os._exit(1)


def _check_all(project: Project, today: dt.date, tasks: list[Task],
               request: Any, jobs: int, done: Callable[[int], None], cached: bool):
    if jobs > 1 and len(tasks) >= PARALLEL_FROM and "fork" in \
            multiprocessing.get_all_start_methods():
        global _STATE
        _STATE = (project, today, request, cached)
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(jobs, mp_context=context, initializer=_die_with,
                                 initargs=(os.getpid(),)) as pool:
            for entry in pool.map(_job, tasks, chunksize=max(1, len(tasks) // (jobs * 8))):
                done(1)
                yield entry
        return
    for folder, local in tasks:
        entry = check_cell(project, today, folder, request, cached=cached, local=local)
        done(1)
        yield entry


# -- the tree ----------------------------------------------------------------------------------


def _cached_unit(folder: str, data: dict[str, Any]) -> Unit:
    rel = f"{folder}/unit.yaml"
    return Unit(folder, Record(rel, data=data, loaded=Loaded(data=data)))


def run_tree(project: Project, today: dt.date, top: str = RECORDS, cache: Cache | None = None,
             request: Any = None, jobs: int = 1,
             progress: Callable[[int], None] | None = None) -> TreeRun:
    root, done = project.root, progress or (lambda _: None)
    run = Validation(project, today)
    files, record_files = _walk(run, root, top)
    entries: dict[str, dict[str, Any]] = {}
    if cache is not None:
        for folder, stats in record_files.items():
            entry = cache.load(folder) if f"{folder}/unit.yaml" in stats else None
            if cache.valid(entry, root, stats, today.isoformat()) and entry["unit"] and \
                    entry["unit"].get("kind") == "cell" and \
                    entry.get("local") == local_key(run.local_chain(folder)) and \
                    (request is None or request.key in entry["facts"] or
                     not entry["unit_usable"]):
                entries[folder] = entry
                run.units[folder] = _cached_unit(folder, entry["unit"])
        done(len(entries))
    for rel, owner in files:
        # a cached cell's own records need nothing more; its unit.yaml still checks the parent
        if owner in entries and not rel.endswith("/unit.yaml"):
            continue
        run.take(place(rel))
    for folder, stats in record_files.items():  # the minutes of cells not taken from the cache
        if folder not in entries:
            for rel in stats:
                if "/minutes/" in rel or DUES_FOLDER + "/" in rel:
                    run.take(place(rel))
    tasks = [(folder, run.local_chain(folder))
             for folder in sorted(run.cells) if folder not in entries]
    for entry in _check_all(project, today, tasks, request, jobs, done, cache is not None):
        entries[entry["cell"]] = entry
        if cache is not None and entry["kept"]:
            cache.store(entry["cell"], entry)
    if cache is not None:
        cache.hits, cache.misses = len(entries) - len(tasks), len(tasks)
    return _finish(run, project, today, top, entries, request, len(tasks), cache)


UNIT_RECORDS = ("unit.yaml", "members.yaml", "ratings.yaml")


def _walk(run: Validation, root: Path, top: str):
    """Every file under `top` with the unit folder it is a record of (None for other files),
    and the record files of each unit folder with their size and modification time. One
    directory listing and one lstat per record file: this is all a cached run reads, so the
    loop is kept tight."""
    files: list[tuple[str, str | None]] = []
    record_files: dict[str, dict[str, FileStat]] = {}
    base = str(root)
    link = link_in(root, top)
    if link is not None:  # records/ itself, or a folder above `top`: nothing under it is read
        run.problems.append(problem("layout.symlink", link, target=readlink(root / link)))
        return files, record_files
    stack = [top]
    add_file = files.append
    while stack:
        here = stack.pop()
        try:
            with os.scandir(os.path.join(base, here)) as listing:
                entries = list(listing)  # order does not matter: every result is sorted
        except OSError:
            continue
        run.problems.extend(hygiene.case_clashes(here, [e.name for e in entries]))
        inside_minutes = f"{here}/".find("/minutes/")
        in_dues = inside_minutes < 0 and here.endswith(DUES_FOLDER)
        cell = here[:inside_minutes] if inside_minutes >= 0 else \
            here[:-len(DUES_FOLDER)] if in_dues else None
        minutes = record_files.setdefault(cell, {}) if cell is not None else {}
        if cell is None and here != RECORDS and any(e.name not in IGNORED for e in entries):
            run._no_unit(here)
        for entry in entries:
            name = entry.name
            rel = f"{here}/{name}"
            if entry.is_symlink():
                run.problems.append(problem("layout.symlink", rel,
                                            target=readlink(entry.path)))
            elif entry.is_dir():
                stack.append(rel)
            elif not entry.is_file():  # a pipe, a socket...: never opened
                run.problems.append(problem("layout.unexpected-file", rel))
            elif cell is not None and (DUES_NAME.match(name) if in_dues
                                       else name.endswith(".md")):
                # minutes are only stat'ed here and placed from record_files: see run_tree
                stat = _lstat(entry)
                if stat is not None:
                    minutes[rel] = stat
            elif cell is None and name in UNIT_RECORDS and here != RECORDS:
                stat = _lstat(entry)
                if stat is not None:
                    record_files.setdefault(here, {})[rel] = stat
                    add_file((rel, here))
            else:
                add_file((rel, None))
    return files, record_files


def _lstat(entry: os.DirEntry) -> FileStat | None:
    """Size and modification time; None for a file deleted since the listing."""
    try:
        stat = entry.stat(follow_symlinks=False)
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


def _cards(entries: dict[str, dict[str, Any]], cache: Cache | None) -> list[Problem]:
    """Cards active in two places: from every roster, unless no cell changed since the
    last run (then its answer stands; the cells' stamps say what they held)."""
    key = None
    if cache is not None and all(entry["settled"] for entry in entries.values()):
        key = hashlib.blake2b(marshal.dumps(sorted((folder, entry["stamp"])
                                                   for folder, entry in entries.items())),
                              digest_size=16).digest()
        known = cache.load("/cards")
        if known is not None and known.get("key") == key:
            return [Problem(*row) for row in known["problems"]]
    holders = [CardHolder(*row) for entry in entries.values()
               for row in marshal.loads(entry["cards"])]
    found = list(duplicate_cards(holders))
    if key is not None:
        cache.store("/cards", {"cell": "/cards", "key": key, "problems": [
            (p.code, p.path, p.line, p.column, p.params) for p in found]})
    return found


def _finish(run: Validation, project: Project, today: dt.date, top: str,
            entries: dict[str, dict[str, Any]], request: Any, fresh: int,
            cache: Cache | None) -> TreeRun:
    # a cell's problems are unique already, and no file belongs to two cells
    tree = {p.identity(): p for p in run.problems}
    problems = list(tree.values())
    checked = len(run.reported)
    # files checked in each folder: a merge of summaries counts a folder they share once
    by_folder = Counter(path.rsplit("/", 1)[0] for path in run.reported)
    for entry in entries.values():
        problems += [Problem(code, path, line, column, params)
                     for code, path, line, column, params in entry["problems"]]
        checked += entry["checked"]
        by_folder[entry["cell"]] += entry["checked"]
    cards = _cards(entries, cache)
    problems += cards
    failed = {p.path for p in problems if p.severity == "error"}
    units = {folder: unit.data for folder, unit in run.units.items()
             if unit is not None and unit.record.ok and folder not in entries
             and unit.record.path not in failed and _inside(folder, top)}
    cells: dict[str, dict[str, Any]] = {}
    card_rosters = {p.path for p in cards}
    for folder, entry in entries.items():
        if not entry["unit_usable"] or not _inside(folder, top):
            continue
        units[folder] = entry["unit"]
        if request is not None:
            facts = entry["facts"][request.key]
            if f"{folder}/members.yaml" in card_rosters:
                facts = check_cell(project, today, folder, request, roster_failed=True,
                                   cached=False)["facts"][request.key]
            cells[folder] = facts
    levels = {folder: unit.data.get("level") for folder, unit in run.units.items()
              if unit is not None and unit.record.ok}
    parent = top.rsplit("/", 1)[0]
    if top != RECORDS and parent != RECORDS and run.has_unit(parent):
        levels[parent] = run.unit(parent).data.get("level")
    return TreeRun(problems, checked, units, cells, levels,
                   cached=len(entries) - fresh, fresh=fresh, checked_by_folder=dict(by_folder))


def _inside(folder: str, top: str) -> bool:
    return top == RECORDS or folder == top or folder.startswith(top + "/")
