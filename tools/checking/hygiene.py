"""Checks on files as files, whatever they hold: names that clash on Windows and macOS, and
files too large for a records repository. (Merge conflict markers are found when a record is
read: tools/reading/text.py.)"""

from __future__ import annotations

import os
from collections.abc import Iterable

from tools.problems import Problem, problem
from tools.reading.files import MAX_BYTES


def case_clashes(folder: str, names: Iterable[str]) -> list[Problem]:
    """Names in one folder that differ only in case: one file on a case-insensitive disk. The
    clash is reported on the name with capitals (names in records/ are lowercase)."""
    names = list(names)
    if len({name.casefold() for name in names}) == len(names):
        return []  # no two alike: the common case, settled without sorting
    seen: dict[str, str] = {}
    found = []
    for name in sorted(names, key=lambda name: (name != name.lower(), name)):
        key = name.casefold()
        if key in seen:
            found.append(problem("layout.case-conflict", f"{folder}/{name}", name=name,
                                 other=seen[key]))
        else:
            seen[key] = name
    return found


def path_clashes(paths: list[str]) -> list[Problem]:
    """Paths equal but for case (as the index may hold them, whatever the disk shows), each
    clash reported where the two first differ, as `case_clashes` does for a folder."""
    found = []
    by_key: dict[str, list[str]] = {}
    for path in paths:
        by_key.setdefault(path.casefold(), []).append(path)
    for twins in by_key.values():
        first, *others = sorted(set(twins), key=lambda p: (p != p.lower(), p))
        for other in others:
            mine, theirs = other.split("/"), first.split("/")
            depth = next(i for i, (a, b) in enumerate(zip(mine, theirs, strict=True))
                         if a != b)
            found.append(problem("layout.case-conflict", "/".join(mine[:depth + 1]),
                                 name=mine[depth], other=theirs[depth]))
    return found


def too_large(root: str, rel: str) -> list[Problem]:
    """A file that is not a record (records are measured when read: parse.too-large)."""
    try:
        size = os.lstat(os.path.join(root, rel)).st_size
    except OSError:
        return []
    return [problem("layout.too-large", rel, size=size, limit=MAX_BYTES)] \
        if size > MAX_BYTES else []
