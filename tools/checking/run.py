"""One validation run: each file read once (and checked against its schema), and the problems
found, by cell. Placing files (placing.py) and checking cells (cell.py) work on a run."""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Iterable

from tools.checking.project import Project
from tools.checking.result import Result
from tools.checking.rulebook import LocalChain
from tools.checking.rules.roster import check_roster
from tools.problems import Problem, problem, unique
from tools.reading import layout
from tools.reading.files import Seen, readlink
from tools.reading.records import Record, read_minutes, read_yaml
from tools.reading.tree import Roster, Unit
from tools.values import Value


class CellWork(Value):
    """What to check in a cell: all its minutes (its unit or roster is checked), or some."""

    __slots__ = ("all_minutes", "minutes")

    def __init__(self, all_minutes: bool = False, minutes: set[str] | None = None) -> None:
        self.all_minutes = all_minutes
        self.minutes = set() if minutes is None else minutes


def usable_roster(record: Record) -> Roster | None:
    """A roster the rules can rely on: read, and without schema errors."""
    return Roster.from_record(record) if record.ok and not record.problems_of("error") \
        else None


def usable(record: Record) -> bool:
    return record.ok and not record.problems_of("error")


class Run:
    def __init__(self, project: Project, today: dt.date) -> None:
        self.project = project
        self.root = project.root
        self.today = today
        self.problems: list[Problem] = []  # about the tree: layout, cards
        self.by_cell: dict[str, list[Problem]] = {}  # everything read for one cell
        self.reported: set[str] = set()
        self.records: dict[str, Record] = {}
        self.units: dict[str, Unit | None] = {}
        self.rosters: dict[str, Roster | None] = {}
        self.cells: dict[str, CellWork] = {}
        self.no_unit: set[str] = set()
        self.unit_folders: set[str] = set()  # folders known to hold a unit.yaml
        self.links: set[str] = set()  # symbolic links already reported
        self.local: dict[str, LocalChain] = {}  # each cell's local rules, nearest first
        self.seen: Seen | None = None  # what each read saw, when a cache entry will describe it
        self.listed: set[str] = set()  # files a listing or an lstat just saw as regular files

    def read(self, rel: str, kind: str) -> Record:
        """The record at `rel`, read and checked against its schema once."""
        if rel not in self.records:
            path = f"{self.root}/{rel}"
            listed = rel in self.listed
            record = read_minutes(path, rel, self.seen, listed) if kind == "minutes" \
                else read_yaml(path, rel, self.seen, listed)
            if record.ok:
                record.problems.extend(self.project.schemas.check(kind, record))
            self.records[rel] = record
        return self.records[rel]

    def report(self, record: Record, cell: str | None = None) -> None:
        if record.path not in self.reported:
            self.reported.add(record.path)
            self.emit(cell, record.problems)

    def emit(self, cell: str | None, found: Iterable[Problem]) -> None:
        target = self.problems if cell is None else self.by_cell.setdefault(cell, [])
        target.extend(found)

    def regular(self, rel: str) -> bool:
        """A real file: a symbolic link is reported and never read (it may point anywhere)."""
        path = os.path.join(self.root, rel)
        try:
            mode = os.lstat(path).st_mode
        except (OSError, ValueError):
            return False
        if stat.S_ISLNK(mode):
            if rel not in self.links:
                self.links.add(rel)
                self.problems.append(problem("layout.symlink", rel, target=readlink(path)))
            return False
        if stat.S_ISREG(mode):
            self.listed.add(rel)
            return True
        return False

    def unit(self, folder: str) -> Unit | None:
        if folder not in self.units:
            rel = f"{folder}/unit.yaml"
            self.units[folder] = Unit(folder, self.read(rel, "unit")) \
                if self.regular(rel) else None
        return self.units[folder]

    def has_unit(self, folder: str) -> bool:
        if folder in self.units:
            return self.units[folder] is not None
        if folder not in self.unit_folders:
            if not self.regular(f"{folder}/unit.yaml"):
                self.units[folder] = None
                return False
            self.unit_folders.add(folder)
        return True

    def roster(self, folder: str) -> Roster | None:
        """The cell's roster, reported and checked once; None when it cannot be relied on."""
        if folder not in self.rosters:
            rel = f"{folder}/members.yaml"
            roster = None
            if self.regular(rel):
                record = self.read(rel, "members")
                self.report(record, folder)
                roster = usable_roster(record)
                if roster is not None:
                    self.emit(folder, check_roster(roster, self.today,
                                                   self.project.book(self.today)))
            self.rosters[folder] = roster
        return self.rosters[folder]

    def local_chain(self, folder: str) -> LocalChain:
        """The local rules of the committees above a cell, nearest first (rules.md §6). A
        committee whose unit.yaml has errors sets none: its problems are reported there."""
        if folder not in self.local:
            chain = []
            for above in reversed(layout.ancestors(folder)[:-1]):
                unit = self.unit(above) if self.has_unit(above) else None
                if unit is not None and usable(unit.record) and unit.data.get("local_rules"):
                    chain.append((above, tuple(unit.data["local_rules"])))
            self.local[folder] = tuple(chain)
        return self.local[folder]

    def all_problems(self) -> list[Problem]:
        return [*self.problems, *(p for found in self.by_cell.values() for p in found)]

    def result(self) -> Result:
        return Result(sorted(unique(self.all_problems()), key=Problem.sort_key),
                      len(self.reported))
