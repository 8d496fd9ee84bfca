"""What the paths given on the command line name: resolved, refused when they do not exist or
leave the repository, and expanded into files without following any link."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from tools.problems import ToolProblem
from tools.reading.files import link_in
from tools.reading.layout import RECORDS


def resolve(root: Path, given: Path) -> str:
    """The repository-relative path of an argument ("" for the root): relative to the working
    folder or, when nothing is there, to the root (as with `git -C`). The part above the
    repository may go through links (a home folder that is one); what leaves it is refused."""
    candidates = [Path(os.path.abspath(given))]
    if not given.is_absolute():
        candidates.append(Path(os.path.abspath(root / given)))
    for candidate in candidates:
        if os.path.lexists(candidate):
            rel = _inside(root, candidate)
            if rel is None:
                raise ToolProblem("outside-repository", path=str(given), root=str(root))
            return rel
    raise ToolProblem("no-such-path", path=str(given))


def _inside(root: Path, path: Path) -> str | None:
    if path.is_relative_to(root):
        rel = path.relative_to(root).as_posix()
        return "" if rel == "." else rel
    for depth, above in enumerate(path.parents):
        if os.path.realpath(above) == str(root):
            return "/".join(path.parts[len(path.parts) - depth - 1:])
    return None


@dataclass
class Selection:
    whole: bool = False  # the root or records/: the whole tree
    files: list[str] = field(default_factory=list)  # repository-relative


def records_named(root: Path, given: list[Path]) -> Selection:
    """What record PATHS name: the whole tree, or files (a folder's files found by a walk that
    never enters a link; a link itself is kept, to be reported). A path that holds no record
    file at all, or lies outside records/, is refused."""
    selection = Selection()
    for path in given:
        rel = resolve(root, path)
        if rel in ("", RECORDS):
            selection.whole = True
        elif not rel.startswith(RECORDS + "/"):
            raise ToolProblem("not-records", path=str(path))
        elif os.path.isdir(root / rel) and not os.path.islink(root / rel):
            found = files_under(root, rel)
            if not found:
                raise ToolProblem("no-records", path=str(path))
            selection.files += found
        else:
            selection.files.append(rel)
    return selection


def files_under(root: Path, rel: str) -> list[str]:
    """Every file and link under a folder, entering no link (a folder reached through one is
    itself kept, as the link it is)."""
    if link_in(root, rel) is not None:
        return [rel]
    found, stack = [], [rel]
    while stack:
        here = stack.pop()
        try:
            with os.scandir(root / here) as listing:
                entries = list(listing)
        except OSError:
            continue
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                stack.append(f"{here}/{entry.name}")
            else:
                found.append(f"{here}/{entry.name}")
    return sorted(found)
