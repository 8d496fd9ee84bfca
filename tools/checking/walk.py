"""The one walk of a whole-tree run: every file under the top with the unit folder it is a
record of, and the size and time of each record file. One directory listing and one lstat per
record file: this is all a cached run reads, so the loop over a folder's entries is kept
tight."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from tools.checking import hygiene
from tools.checking.cache import FileStat
from tools.checking.placing import no_unit
from tools.checking.run import Run
from tools.problems import problem
from tools.reading.files import changed_ns, link_in, readlink
from tools.reading.layout import DUES, DUES_NAME, IGNORED, RECORDS

DUES_FOLDER = f"/{DUES}"
UNIT_RECORDS = ("unit.yaml", "members.yaml", "ratings.yaml")


@dataclass
class Found:
    # every file with the unit folder it is a record of (None for other files); minutes and
    # dues files are only in `record_files`, under their cell
    files: list[tuple[str, str | None]] = field(default_factory=list)
    # the record files of each unit folder with their size and time (files.changed_ns); a
    # cell's minutes and dues files with None until `stated`
    record_files: dict[str, dict[str, FileStat | None]] = field(default_factory=dict)
    # every folder listed, with its time (snapshot.py: nothing added, removed or renamed)
    folders: dict[str, int] = field(default_factory=dict)

    def paths(self) -> list[str]:
        """Every file found."""
        return [rel for rel, _ in self.files] + \
            [rel for stats in self.record_files.values() for rel in stats]


def walk(run: Run, top: str) -> Found:
    found = Found()
    link = link_in(run.root, top)
    if link is not None:  # records/ itself, or a folder above `top`: nothing under it is read
        run.problems.append(problem("layout.symlink", link, target=readlink(run.root / link)))
        return found
    base = str(run.root)
    stack = [top]
    while stack:
        here = stack.pop()
        try:
            found.folders[here] = changed_ns(os.lstat(os.path.join(base, here)))
            with os.scandir(os.path.join(base, here)) as listing:
                entries = list(listing)  # order does not matter: every result is sorted
        except OSError:
            continue
        run.problems.extend(hygiene.case_clashes(here, [e.name for e in entries]))
        stack += _folder(run, here, entries, found)
    return found


def _folder(run: Run, here: str, entries: list[os.DirEntry], found: Found) -> list[str]:
    """One folder's entries sorted out; returns its sub-folders."""
    inside_minutes = f"{here}/".find("/minutes/")
    in_dues = inside_minutes < 0 and here.endswith(DUES_FOLDER)
    cell = here[:inside_minutes] if inside_minutes >= 0 else \
        here[:-len(DUES_FOLDER)] if in_dues else None
    minutes = found.record_files.setdefault(cell, {}) if cell is not None else {}
    if cell is None and here != RECORDS and any(e.name not in IGNORED for e in entries):
        no_unit(run, here)
    folders, add_file = [], found.files.append
    for entry in entries:
        name = entry.name
        rel = f"{here}/{name}"
        if entry.is_symlink():
            run.problems.append(problem("layout.symlink", rel, target=readlink(entry.path)))
        elif entry.is_dir():
            folders.append(rel)
        elif not entry.is_file():  # a pipe, a socket...: never opened
            run.problems.append(problem("layout.unexpected-file", rel))
        elif cell is not None and (DUES_NAME.match(name) if in_dues else name.endswith(".md")):
            # placed from record_files (see run_tree), and stat'ed only for a cell with a
            # cache entry to compare (`stated`): a cold run reads them anyway
            minutes[rel] = None
        elif cell is None and name in UNIT_RECORDS and here != RECORDS:
            stat = _lstat(entry)
            if stat is not None:
                found.record_files.setdefault(here, {})[rel] = stat
                add_file((rel, here))
        else:
            add_file((rel, None))
    return folders


def stated(base: str, stats: dict[str, FileStat | None]) -> dict[str, FileStat]:
    """The record files with their size and time, each file listed but not stat'ed yet
    stat'ed now (one deleted since the listing is left out, as the walk leaves it)."""
    found = {}
    for rel, stat in stats.items():
        if stat is None:
            try:
                info = os.lstat(os.path.join(base, rel))
            except OSError:
                continue
            stat = info.st_size, changed_ns(info)
        found[rel] = stat
    return found


def _lstat(entry: os.DirEntry) -> FileStat | None:
    """Size and time (files.changed_ns); None for a file deleted since the listing."""
    try:
        stat = entry.stat(follow_symlinks=False)
    except OSError:
        return None
    return stat.st_size, changed_ns(stat)
