"""`tools validate`: the whole tree (through the engine, with its cache and cores), or the
files given and exactly what they need; then one problem per mistake (fold.py)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from pathlib import Path

from tools.checking import hygiene
from tools.checking.fold import fold
from tools.checking.placing import take
from tools.checking.project import Project
from tools.checking.protection import Protection
from tools.checking.result import Result
from tools.checking.run import Run
from tools.problems import Problem, problem, unique
from tools.reading.files import link_in, readlink
from tools.reading.layout import RECORDS, place

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing on the hook's path
if TYPE_CHECKING:
    from typing import Any


def validate_tree(project: Project, today: dt.date, **options: Any) -> Result:
    """Validate all of records/; options (cache, jobs, progress) go to the engine."""
    from tools.checking.engine import run_tree  # the cores and the cache: whole trees only

    result = run_tree(project, today, **options).result()
    return Result(fold(result.problems), result.checked)


def validate_paths(project: Project, paths: Iterable[Path], today: dt.date,
                   cards: bool = False, protection: Protection | None = None) -> Result:
    """Validate the files given and what they need. `cards` adds the repository-wide card
    check, which reads every roster: CI wants it, the one-file commit hook does not. The
    `protection` of a change (tools/workflow/protect.py) joins the problems before they are
    folded."""
    return with_protection(check_paths(project, paths, today, cards), protection)


def with_protection(checked: Result, protection: Protection | None = None) -> Result:
    """The problems of check_paths and those of a change's protection, folded together."""
    protection = protection or Protection()
    # one report of each problem: a folder differing in case is seen on the disk and in the
    # index alike (as a whole-tree run keeps one of each: engine._finish)
    return Result(fold(unique([*checked.problems, *protection.problems]), protection.removed),
                  checked.checked)


def check_paths(project: Project, paths: Iterable[Path], today: dt.date,
                cards: bool = False) -> Result:
    """validate_paths before the problems are folded: the commit hook adds its protections
    afterwards (tools/workflow/changes.py)."""
    from tools.checking.cell import check_cell  # the checks: a cached whole-tree run skips them

    run = Run(project, today)
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
            take(run, place(rel))
    for folder, work in sorted(run.cells.items()):
        check_cell(run, folder, work)
    if cards:
        from tools.checking.cards import check_cards  # every roster: CI's run, not a commit's

        check_cards(run)
    return run.result()


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


def _relative(root: Path, path: Path) -> str | None:
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(root.resolve()).as_posix()
    except ValueError:
        try:
            return absolute.relative_to(root).as_posix()
        except ValueError:
            return None
