"""Validate a change rather than a tree: the files it touches, the protections of what was
committed before it, and the problems folded one per mistake. The commit hook checks the
index against HEAD (`validate --staged`), CI the work tree against the merge base
(`validate --since`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from tools.checking import hygiene
from tools.checking.project import Project
from tools.checking.protection import Protection
from tools.checking.result import Result
from tools.checking.validate import check_paths, validate_paths, with_protection
from tools.workflow import git
from tools.workflow.protect import Snapshot, protect
from tools.workflow.staged import Staged


def _changed(project: Project, changes: list[git.Change], protection: Protection,
             today: dt.date, cards: bool, extra: Iterable[Path] = ()) -> Result:
    paths = [project.root / c.path for c in changes if c.status != "D"]
    return _counted(validate_paths(project, [*paths, *extra], today, cards=cards,
                                   protection=protection), changes)


def _counted(result: Result, changes: list[git.Change]) -> Result:
    result.changed = frozenset(c.path for c in changes)
    result.checked += sum(1 for c in changes if c.status == "D")  # compared, if not read
    return result


def validate_staged(project: Project, today: dt.date, asked: Staged | None = None) -> Result:
    """What a commit would record: the staged files (pre-commit has set the unstaged changes
    aside, so the work tree holds them as staged) and the protections of HEAD's records. A
    first commit has nothing to protect. `asked`: git's answers, asked earlier (staged.py):
    git looks for case twins in the index while the files are checked."""
    root = project.root
    asked = asked or Staged(root)
    changes, committed = asked.changes()
    protection = protect(changes, Snapshot(root, "HEAD"), Snapshot(root, ":"),
                         project.schemas.title) if committed else Protection()
    checked = check_paths(project, [root / path for path in git.kept(changes)], today)
    protection.problems += hygiene.path_clashes(asked.case_twins())
    result = _counted(with_protection(checked, protection), changes)
    result.staged = True
    return result


def validate_since(project: Project, ref: str, today: dt.date,
                   extra: Iterable[Path] = ()) -> Result:
    """What changed since the merge base with `ref`, against the records at that base, plus
    the repository-wide card check."""
    root = project.root
    changes = git.changes(root, ref, None)
    protection = protect(changes, Snapshot(root, git.merge_base(root, ref)),
                         Snapshot(root, None), project.schemas.title)
    return _changed(project, changes, protection, today, cards=True, extra=extra)
