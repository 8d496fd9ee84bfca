"""`tools validate`: read what is asked (and exactly what it needs), run every rule."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tools.checking import hygiene, suggest
from tools.checking.fold import fold
from tools.checking.rulebook import LocalChain, Rulebook, load_rulebooks, rulebook_for
from tools.checking.rules.dues import check_dues
from tools.checking.rules.minutes import check_minutes, copy_of_previous
from tools.checking.rules.roster import CardHolder, card_holders, check_roster, duplicate_cards
from tools.checking.rules.unit import check_cell_unit, reference_day
from tools.checking.schemas import Schemas
from tools.problems import Problem, problem
from tools.reading import layout
from tools.reading.dates import parse_date
from tools.reading.files import Seen, link_in, readlink
from tools.reading.layout import RECORDS, Placed, place
from tools.reading.records import Record, minutes_from_text, read_minutes, read_text, read_yaml
from tools.reading.tree import Roster, Unit
from tools.workflow.protect import Protection

PROJECT = Path(__file__).resolve().parents[2]  # the toolkit's own repository


@dataclass
class Result:
    problems: list[Problem]
    checked: int
    changed: frozenset[str] = frozenset()  # the files a change touched (CI shows them first)
    staged: bool = False  # a check of what a commit stages (tools/changes.py)

    @property
    def errors(self) -> int:
        return sum(1 for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> int:
        return len(self.problems) - self.errors


@dataclass
class Project:
    """A records repository: its root, schemas and rulebooks."""

    root: Path
    schemas: Schemas
    rulebooks: list[Rulebook]

    @classmethod
    def open(cls, root: Path) -> Project:
        folder = root / "schemas" if (root / "schemas" / "minutes.schema.json").is_file() \
            else PROJECT / "schemas"
        bootstrap = Schemas(folder)
        books = load_rulebooks(folder / "rulebooks", bootstrap)
        return cls(root, Schemas(folder, tuple(book.id for book in books)), books)

    def book(self, day: dt.date, named: str | None = None) -> Rulebook:
        return rulebook_for(self.rulebooks, day, named)


RECORD_ROLES = ("unit", "members", "ratings", "minutes")
MISTYPED = 0.75  # a folder name this alike to a unit's beside it is taken for a typing slip


@dataclass
class _Cell:
    all_minutes: bool = False
    minutes: set[str] = field(default_factory=set)


def _usable_roster(record: Record) -> Roster | None:
    """A roster the rules can rely on: read, and without schema errors."""
    return Roster.from_record(record) if record.ok and not record.problems_of("error") \
        else None


class _Siblings:
    """A cell's minutes of each kind in meeting order, indexed once per cell, so that finding
    the same day's and the previous meetings costs a bisection, not a scan."""

    def __init__(self, names: dict[str, Placed]) -> None:
        self.items: dict[str, list[tuple[tuple, Placed]]] = {}
        for placed in names.values():
            if placed.name is not None:
                self.items.setdefault(placed.kind, []).append((placed.order, placed))
        for items in self.items.values():
            items.sort(key=lambda item: item[0])
        self.orders = {kind: [order for order, _ in items] for kind, items in self.items.items()}

    def earlier(self, placed: Placed) -> list[Placed]:
        """The same kind's minutes just before this one (a day's worth and more), oldest
        first."""
        orders = self.orders.get(placed.kind, [])
        index = bisect.bisect_left(orders, placed.order)
        return [p for _, p in self.items.get(placed.kind, [])[max(0, index - 20):index]]


class Validation:
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
        self.cells: dict[str, _Cell] = {}
        self.no_unit: set[str] = set()
        self.unit_folders: set[str] = set()  # folders known to hold a unit.yaml
        self.links: set[str] = set()  # symbolic links already reported
        self.local: dict[str, LocalChain] = {}  # each cell's local rules, nearest first
        self.seen: Seen | None = None  # what each read saw, when a cache entry will describe it

    # -- reading, each file once ------------------------------------------------------------

    def _read(self, rel: str, kind: str) -> Record:
        if rel not in self.records:
            path = self.root / rel
            record = read_minutes(path, rel, self.seen) if kind == "minutes" \
                else read_yaml(path, rel, self.seen)
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

    def _regular(self, rel: str) -> bool:
        """A real file: a symbolic link is reported and never read (it may point anywhere)."""
        path = os.path.join(self.root, rel)
        if os.path.islink(path):
            if rel not in self.links:
                self.links.add(rel)
                self.problems.append(problem("layout.symlink", rel, target=readlink(path)))
            return False
        return os.path.isfile(path)

    def unit(self, folder: str) -> Unit | None:
        if folder not in self.units:
            rel = f"{folder}/unit.yaml"
            self.units[folder] = Unit(folder, self._read(rel, "unit")) \
                if self._regular(rel) else None
        return self.units[folder]

    def roster(self, folder: str) -> Roster | None:
        if folder not in self.rosters:
            rel = f"{folder}/members.yaml"
            roster = None
            if self._regular(rel):
                record = self._read(rel, "members")
                self.report(record, folder)
                roster = _usable_roster(record)
                if roster is not None:
                    self.emit(folder, check_roster(roster, self.today,
                                                   self.project.book(self.today)))
            self.rosters[folder] = roster
        return self.rosters[folder]

    # -- placing files ----------------------------------------------------------------------

    def has_unit(self, folder: str) -> bool:
        if folder in self.units:
            return self.units[folder] is not None
        if folder not in self.unit_folders:
            if not self._regular(f"{folder}/unit.yaml"):
                self.units[folder] = None
                return False
            self.unit_folders.add(folder)
        return True

    def _no_unit(self, folder: str) -> None:
        for above in layout.ancestors(folder):
            if above not in self.no_unit and not self.has_unit(above):
                self.no_unit.add(above)
                self.problems.append(problem("layout.no-unit", above,
                                             closest=self._mistyped(above)))

    def _mistyped(self, folder: str) -> str:
        """The unit folder beside this one whose name it most likely misspells (the usual
        reason a folder holds records but no unit.yaml)."""
        parent, _, name = folder.rpartition("/")
        try:
            siblings = [entry.name for entry in os.scandir(self.root / parent)
                        if entry.is_dir(follow_symlinks=False) and entry.name != name
                        and os.path.isfile(self.root / parent / entry.name / "unit.yaml")]
        except OSError:
            return ""
        near = suggest.closest(name, siblings, floor=MISTYPED)
        return f"{parent}/{near}" if near else ""

    def take(self, placed: Placed) -> None:
        if placed.role not in RECORD_ROLES:  # records are measured when read
            self.problems.extend(hygiene.too_large(str(self.root), placed.rel))
        if placed.role == "ignored":  # .gitkeep and the like hold no record
            return
        self._no_unit(placed.folder)
        if placed.role == "unexpected":
            self.problems.append(problem("layout.unexpected-file", placed.rel))
            return
        if not placed.folder:
            if placed.role in ("members", "minutes", "stray"):
                self.problems.append(problem("layout.minutes-outside-cell", placed.rel,
                                             file=placed.role))
            return
        if not self.has_unit(placed.folder):
            return
        unit = self.unit(placed.folder)
        if placed.role == "unit":
            self._take_unit(placed, unit)
        elif placed.role == "ratings":
            if not unit.is_cell:
                self.report(self._read(placed.rel, "ratings"))
        elif placed.role in ("members", "minutes", "dues", "stray"):
            if unit.kind == "committee":
                self.problems.append(problem("layout.minutes-outside-cell", placed.rel,
                                             file="minutes" if placed.role == "stray"
                                             else placed.role))
            elif unit.kind == "cell" and placed.role == "stray":
                self.reported.add(placed.rel)
                self.problems.append(problem("layout.file-name", placed.rel,
                                             kinds=", ".join(layout.KINDS),
                                             proposed=self._proposal(placed.folder, placed.rel,
                                                                     _stray_data(self.root,
                                                                                 placed.rel))))
            elif unit.kind == "cell":
                cell = self.cells.setdefault(placed.folder, _Cell())
                if placed.role in ("members", "dues"):
                    cell.all_minutes = True
                else:
                    cell.minutes.add(placed.rel)

    def _take_unit(self, placed: Placed, unit: Unit) -> None:
        name = placed.folder.rsplit("/", 1)[-1]
        if not layout.UNIT_ID.match(name):
            self.problems.append(problem("schema.format", placed.folder, field="folder",
                                         key="folder", label="Tên thư mục", value=name,
                                         format="id"))
        if not unit.is_cell:
            self.report(unit.record)
        parent = placed.folder.rsplit("/", 1)[0]
        if parent != RECORDS and self.has_unit(parent) and self.unit(parent).is_cell:
            self.problems.append(problem("layout.cell-has-children", placed.rel,
                                         cell=parent))
        if unit.is_cell:
            self.cells.setdefault(placed.folder, _Cell()).all_minutes = True
        elif unit.data.get("level") == "partial":
            self._partial(unit, parent)

    def _partial(self, unit: Unit, parent: str) -> None:
        """A partial committee (đảng bộ bộ phận) exists only inside a grassroots committee."""
        above = self.unit(parent) if parent != RECORDS and self.has_unit(parent) else None
        level = above.data.get("level") if above is not None else None
        if level != "grassroots":
            self.problems.append(problem("unit.partial-outside-grassroots", unit.record.path,
                                         unit.record.position("level"),
                                         parent=parent if above is not None else RECORDS,
                                         parent_level=level or ""))

    # -- cells ------------------------------------------------------------------------------

    def finish(self) -> None:
        for folder, cell in sorted(self.cells.items()):
            self._check_cell(folder, cell)

    def _check_cell(self, folder: str, cell: _Cell) -> None:
        unit = self.unit(folder)
        self.report(unit.record, folder)
        if cell.all_minutes and self._regular(f"{folder}/ratings.yaml"):
            self.report(self._read(f"{folder}/ratings.yaml", "ratings"), folder)
        roster = self.roster(folder)
        if cell.all_minutes:
            for rel in self.dues_files(folder):
                dues = self._read(rel, "dues")
                self.report(dues, folder)
                if dues.ok and not dues.problems_of("error"):
                    self.emit(folder, check_dues(dues, roster))
        if roster is not None and unit.record.ok and not unit.record.problems_of("error"):
            day = reference_day(unit, self.today)
            self.emit(folder, check_cell_unit(unit, roster, self.today,
                                              self.project.book(day)))
        names = self._minutes_names(folder)
        siblings = _Siblings(names)
        wanted = set(names) if cell.all_minutes else cell.minutes
        for rel in sorted(wanted):
            self._check_one(names[rel] if rel in names else place(rel), unit, roster, siblings)
        if roster is None and wanted and f"{folder}/members.yaml" in self.records:
            self._unchecked(f"{folder}/members.yaml", folder, len(wanted))

    def _unchecked(self, roster: str, folder: str, count: int) -> None:
        """A roster with errors: its first error says how many minutes wait for it (their
        roster-free checks have run)."""
        found = self.by_cell.get(folder, [])
        first = next((i for i, p in enumerate(found)
                      if p.path == roster and p.severity == "error"), None)
        if first is not None:
            found[first] = dataclasses.replace(found[first], params={
                **found[first].params, "unchecked": count})

    def dues_files(self, folder: str) -> list[str]:
        """The cell's `dues/<YYYY>.yaml` files (links are reported by the walk, never read)."""
        try:
            names = os.listdir(os.path.join(self.root, folder, layout.DUES))
        except OSError:
            return []
        rels = (f"{folder}/{layout.DUES}/{name}" for name in sorted(names)
                if layout.DUES_NAME.match(name))
        return [rel for rel in rels if self._regular(rel)]

    def _minutes_names(self, folder: str) -> dict[str, Placed]:
        names: dict[str, Placed] = {}
        top = self.root / folder / "minutes"
        if os.path.islink(top):  # reported by the walk; never listed through
            return names
        for dirpath, dirnames, filenames in os.walk(top):
            dirnames[:] = [d for d in dirnames if not os.path.islink(os.path.join(dirpath, d))]
            for name in filenames:
                rel = Path(dirpath, name).relative_to(self.root).as_posix()
                placed = place(rel)
                if placed.role == "minutes" and not os.path.islink(os.path.join(dirpath, name)):
                    names[rel] = placed
        return names

    def _check_one(self, placed: Placed, unit: Unit, roster: Roster | None,
                   siblings: _Siblings) -> None:
        record = self._read(placed.rel, "minutes")
        folder = unit.folder
        self.report(record, folder)
        if placed.name is None:
            self.emit(folder, [problem("layout.file-name", placed.rel,
                                       kinds=", ".join(layout.KINDS),
                                       proposed=self._proposal(folder, placed.rel,
                                                               record.data))])
        if not record.ok or record.problems_of("error"):
            return
        data = record.data
        day = parse_date(data["date"])
        if placed.name is not None:
            self._name_matches(placed, record)
        book = self._book(record, day, folder)
        usable_unit = unit if unit.record.ok and not unit.record.problems_of("error") else None
        self.emit(folder, check_minutes(record, usable_unit, roster, book, self.today,
                                        self.local_chain(folder)))
        if placed.name is not None:
            self._against_siblings(placed, record, siblings)

    def _book(self, record: Record, day: dt.date, folder: str) -> Rulebook:
        """The rulebook in force on the meeting's date; one named in the front matter must be
        in force that day too."""
        book = self.project.book(day)
        named = record.data.get("rulebook")
        if named and named != book.id:
            other = self.project.book(day, named)
            if other.covers(day):  # rulebooks whose dates overlap: the named one is in force
                return other
            self.emit(folder, [problem(
                "minutes.rulebook-not-in-force", record.path, record.position("rulebook"),
                rulebook=named, date=record.data["date"], start=other.start.isoformat(),
                end=other.end.isoformat() if other.end else "", in_force=book.id)])
        return book

    def local_chain(self, folder: str) -> LocalChain:
        """The local rules of the committees above a cell, nearest first (rules.md §6). A
        committee whose unit.yaml has errors sets none: its problems are reported there."""
        if folder not in self.local:
            chain = []
            for above in reversed(layout.ancestors(folder)[:-1]):
                unit = self.unit(above) if self.has_unit(above) else None
                if unit is not None and unit.record.ok and \
                        not unit.record.problems_of("error") and unit.data.get("local_rules"):
                    chain.append((above, tuple(unit.data["local_rules"])))
            self.local[folder] = tuple(chain)
        return self.local[folder]

    def _proposal(self, folder: str, rel: str, data: Any) -> str:
        """The name a misnamed minutes file should have, from its own date and kind."""
        if not isinstance(data, dict) or data.get("kind") not in layout.KINDS:
            return ""
        day = parse_date(data.get("date"))
        if day is None:
            return ""
        base = f"{folder}/minutes/{day.year}/{day.isoformat()}-{data['kind']}"
        proposed, number = f"{base}.md", 1
        while proposed != rel and os.path.lexists(self.root / proposed):
            number += 1
            proposed = f"{base}-{number}.md"
        return proposed

    def _name_matches(self, placed: Placed, record: Record) -> None:
        data = record.data
        year_folder = placed.name.group(1)
        found = []
        if placed.date != data["date"]:
            found.append(("date", "date-name", data["date"], placed.date))
        elif year_folder != placed.name.group(3):
            found.append(("date", "year-folder", data["date"], year_folder))
        if placed.kind != data["kind"]:
            found.append(("kind", "kind-name", data["kind"], placed.kind))
        self.emit(placed.folder, [
            problem("layout.date-mismatch", record.path, record.position(key), field=key,
                    mismatch=mismatch, value=value, name=name)
            for key, mismatch, value, name in found])

    def _sibling(self, placed: Placed) -> Record | None:
        record = self._read(placed.rel, "minutes")
        return record if record.ok and not record.problems_of("error") else None

    def _against_siblings(self, placed: Placed, record: Record, siblings: _Siblings) -> None:
        earlier = siblings.earlier(placed)
        for other in [p for p in earlier if p.date == placed.date]:
            sibling = self._sibling(other)
            if sibling is not None and sibling.data["start"] == record.data["start"]:
                self.emit(placed.folder, [problem("minutes.duplicate", record.path,
                                                  record.position("start"), other=other.rel)])
                break
        if earlier:
            previous = self._sibling(earlier[-1])
            found = copy_of_previous(record, previous) if previous is not None else None
            if found is not None:
                self.emit(placed.folder, [found])

    # -- repository-wide --------------------------------------------------------------------

    def all_rosters(self) -> None:
        """Load every cell's roster (reporting only those already asked for)."""
        for dirpath, dirnames, filenames in os.walk(self.root / RECORDS):
            dirnames[:] = [d for d in dirnames if d != "minutes"
                           and not os.path.islink(os.path.join(dirpath, d))]
            if "members.yaml" in filenames and "unit.yaml" in filenames:
                folder = Path(dirpath).relative_to(self.root).as_posix()
                if folder not in self.rosters and self._regular(f"{folder}/members.yaml"):
                    self.rosters[folder] = _usable_roster(
                        self._read(f"{folder}/members.yaml", "members"))

    def holders(self) -> list[CardHolder]:
        """Who holds which card when, from every roster read."""
        found = []
        for folder, roster in self.rosters.items():
            unit = self.units.get(folder)
            if roster is not None:
                found += card_holders(roster, unit.dissolved if unit is not None else None)
        return found

    def cards(self) -> None:
        self.problems.extend(duplicate_cards(self.holders()))

    def all_problems(self) -> list[Problem]:
        return [*self.problems, *(p for found in self.by_cell.values() for p in found)]

    def result(self) -> Result:
        unique = {p.identity(): p for p in self.all_problems()}
        return Result(sorted(unique.values(), key=Problem.sort_key), len(self.reported))


def validate_tree(project: Project, today: dt.date, **options: Any) -> Result:
    """Validate all of records/; options (cache, jobs, progress) go to the engine."""
    from tools.checking.engine import run_tree

    result = run_tree(project, today, **options).result()
    return Result(fold(result.problems), result.checked)


def validate_paths(project: Project, paths: Iterable[Path], today: dt.date,
                   cards: bool = False, protection: Protection | None = None) -> Result:
    """Validate the files given and what they need. `cards` adds the repository-wide card
    check, which reads every roster: CI wants it, the one-file commit hook does not. The
    `protection` of a change (tools/protect.py) joins the problems before they are folded."""
    run = Validation(project, today)
    listed: dict[str, list[str]] = {}
    for path in paths:
        rel = _relative(project.root, path)
        if rel is None or not rel.startswith(RECORDS + "/"):
            continue
        link = link_in(project.root, rel)
        if link is not None:
            run.problems.append(problem("layout.symlink", link,
                                        target=readlink(project.root / link)))
            continue
        if (project.root / rel).is_file():
            run.problems.extend(_case_clashes(project.root, rel, listed))
            run.take(place(rel))
    run.finish()
    if cards:
        run.all_rosters()
        run.cards()
    result = run.result()
    protection = protection or Protection()
    return Result(fold([*result.problems, *protection.problems], protection.removed),
                  result.checked)


def _case_clashes(root: Path, rel: str, listed: dict[str, list[str]]) -> list[Problem]:
    """Names differing only in case in the folders along the path, each folder listed once."""
    found = []
    parts = rel.split("/")
    for depth in range(2, len(parts) + 1):
        folder = "/".join(parts[:depth - 1])
        if folder not in listed:
            try:
                listed[folder] = os.listdir(root / folder)
            except OSError:
                listed[folder] = []
            found += hygiene.case_clashes(folder, listed[folder])
    return found


def _stray_data(root: Path, rel: str) -> Any:
    """The front matter of a minutes file saved under a wrong name or type (`.md.txt`, `.MD`),
    when it can be read at all (a regular file, UTF-8, under the size limit); a `.docx` cannot,
    and proposes nothing."""
    text = read_text(root / rel, rel, [])
    if text is None:
        return None
    record = minutes_from_text(Record(rel), text)
    return record.data if record.ok else None


def _relative(root: Path, path: Path) -> str | None:
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(root.resolve()).as_posix()
    except ValueError:
        try:
            return absolute.relative_to(root).as_posix()
        except ValueError:
            return None
