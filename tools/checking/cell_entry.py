"""A cell checked afresh, as a cache entry: plain data holding its problems, its card holders,
what its files were when read, and the facts a summary asked for.

The facts come from the caller: a request names them (its `key`) and computes them from what
the check read, while the records are in memory. The checks never import the rollup."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import marshal
from dataclasses import dataclass
from typing import Any, Protocol

from tools.checking.cache import Cache
from tools.checking.project import Project
from tools.checking.rulebook import LocalChain
from tools.checking.rules.roster import card_holders
from tools.checking.run import CellWork, Run
from tools.problems import Problem, unique
from tools.reading.layout import place
from tools.reading.records import Record
from tools.reading.tree import Roster, Unit


@dataclass(frozen=True)
class CellRecords:
    """What a cell's check read, as a summary needs it: its unit, its roster when usable,
    every minutes file with its errors (a file with errors may still prove a meeting:
    tools/rollup/trust.py), its ratings and its dues files without errors."""

    unit: Unit
    roster: Roster | None
    minutes: list[tuple[Record, list[Problem]]]
    ratings: dict[str, str] | None
    dues: list[Record]


class FactsRequest(Protocol):
    """What a summary asks of each cell (tools/rollup/request.py)."""

    @property
    def key(self) -> str:
        """Names the facts in the cache: equal keys, equal facts."""

    def facts(self, project: Project, cell: CellRecords) -> dict[str, Any]:
        """The cell's facts, as plain data."""


def cell_entry(project: Project, today: dt.date, folder: str,
               request: FactsRequest | None = None, roster_failed: bool = False,
               cached: bool = True, local: LocalChain | None = None) -> dict[str, Any]:
    """Everything about one cell, as a cache entry (plain data). `local` is the local rules
    above the cell when the caller has read them already."""
    from tools.checking.cell import check_cell  # the checks: not loaded by a cached run

    written = Cache.now()  # before any read: a file changed after it is never trusted by time
    run = Run(project, today)
    run.seen = {} if cached else None
    if local is not None:
        run.local[folder] = local
    check_cell(run, folder, CellWork(all_minutes=True))
    # the entry describes the bytes the checks read, hashed as they were read; without a cache,
    # or when a file could not be read, there is nothing to keep
    described = Cache.describe(run.seen, written) if cached else None
    kept = described is not None
    described = described or {"files": b"", "stamp": b"", "settled": False}
    found = unique([*run.problems, *run.by_cell.get(folder, [])])
    errors: dict[str, list[Problem]] = {}
    for p in found:
        if p.severity == "error":
            errors.setdefault(p.path, []).append(p)
    unit = run.units[folder]
    facts: dict[str, Any] = {}
    if request is not None and unit.record.path not in errors:
        facts[request.key] = request.facts(project, _read(run, folder, errors, roster_failed))
    return {"cell": folder, "today": today.isoformat(), "written": written, "kept": kept,
            **described, **_answer(run, folder, found, errors), "facts": facts}


def _answer(run: Run, folder: str, found: list[Problem],
            errors: dict[str, list[Problem]]) -> dict[str, Any]:
    unit, roster = run.units[folder], run.rosters.get(folder)
    return {"local": local_key(run.local_chain(folder)),
            "unit": unit.data, "unit_usable": unit.record.path not in errors,
            "problems": [(p.code, p.path, p.line, p.column, p.params) for p in found],
            "checked": len(run.reported),
            "cards": marshal.dumps([tuple(h) for h in card_holders(roster, unit.dissolved)]
                                   if roster is not None else [])}


def _read(run: Run, folder: str, errors: dict[str, list[Problem]],
          roster_failed: bool) -> CellRecords:
    roster = run.rosters.get(folder)
    usable = roster if roster is not None and roster.record.path not in errors \
        and not roster_failed else None
    minutes = [(r, errors.get(rel, [])) for rel, r in run.records.items()
               if place(rel).role == "minutes" and r.ok]
    dues = [r for rel, r in run.records.items()
            if place(rel).role == "dues" and rel not in errors and r.ok]
    ratings_rel = f"{folder}/ratings.yaml"
    ratings = run.records[ratings_rel].data if ratings_rel in run.records \
        and ratings_rel not in errors else None
    return CellRecords(run.units[folder], usable, minutes, ratings, dues)


def local_key(chain: LocalChain) -> bytes:
    """What a cell's answer owes to the committees above it: their local rules (as canonical
    JSON: marshal's output for equal data may differ with how its strings are shared)."""
    text = json.dumps(chain, sort_keys=True, ensure_ascii=False)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()
