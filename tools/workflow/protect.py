"""Protections (rules.md §1, "hook and review"): what a change may not do to records that are
already committed. Records are never deleted (units get `dissolved`, members get `left`),
and a committed minutes file changes only with a new `corrections` entry.

One implementation for the commit hook (the index against HEAD), CI (`validate --since`) and
`tools review` (the head against the merge base).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from tools.checking.protection import Protection, Removed
from tools.problems import Position, Problem, problem
from tools.reading.files import MAX_BYTES
from tools.reading.layout import place
from tools.reading.records import Record, parse_text
from tools.workflow import git

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing on the hook's path
if TYPE_CHECKING:
    from typing import Any

PROTECTED = ("minutes", "members", "unit")


class Snapshot:
    """Record files as a revision (`HEAD`, a commit), the index (`:`) or the work tree (None)
    holds them; read in one batch, never through a link."""

    def __init__(self, root: Path, revision: str | None) -> None:
        self.root, self.revision = root, revision

    def spec(self, path: str) -> str | None:
        """How git names `path` in this snapshot (None: in the work tree, read from disk)."""
        if self.revision is None:
            return None
        return f":{path}" if self.revision == ":" else f"{self.revision}:{path}"

    def read(self, paths: Iterable[str], fetched: dict[str, bytes | None]) -> \
            dict[str, Record | None]:
        """The records at `paths`, from `fetched` blobs (see `fetch`) or the disk."""
        raw = {path: self._from_disk(path) if self.revision is None else fetched[self.spec(path)]
               for path in paths}
        return {path: None if data is None else
                parse_text(data.decode("utf-8", errors="replace"), path)
                for path, data in raw.items()}

    def _from_disk(self, path: str) -> bytes | None:
        full = os.path.join(self.root, path)
        if os.path.islink(full) or not os.path.isfile(full) or \
                os.path.getsize(full) > MAX_BYTES:
            return None
        with open(full, "rb") as stream:
            return stream.read()


def fetch(root: Path, specs: list[str | None]) -> dict[str, bytes | None]:
    """Both snapshots' blobs in one batch: the commit hook pays for one git process."""
    return git.blobs(root, [spec for spec in specs if spec is not None], MAX_BYTES)


def protect(changes: list[git.Change], before: Snapshot, after: Snapshot,
            titles: Any = None) -> Protection:
    """The protections' problems for `changes` between two snapshots. `titles(kind, path)`
    gives a field's Vietnamese label for the messages."""
    titles = titles or (lambda _kind, _path: "")
    wanted = [c for c in changes if place(c.path).role in PROTECTED]
    was = [c.path for c in wanted if c.status != "A"]
    # an added file is read only to tell a rename from a deletion: a commit that deletes
    # nothing (the commit hook's usual one) reads no blob for it
    deletes = any(c.status == "D" for c in wanted)
    now = [c.path for c in wanted if c.status == "M" or (c.status == "A" and deletes)]
    fetched = fetch(before.root, [before.spec(p) for p in was] + [after.spec(p) for p in now])
    old, new = before.read(was, fetched), after.read(now, fetched)
    moved = _moved(wanted, old, new)
    out = Protection()
    for change in wanted:
        role = place(change.path).role
        if change.status == "D":
            if change.path not in moved:
                out.problems.append(problem("record.deleted", change.path, role=role))
        elif change.status == "M" and old.get(change.path) and new.get(change.path):
            was, now = old[change.path], new[change.path]
            if role == "minutes":
                out.problems.extend(changed_minutes(was, now, titles))
            elif role == "members":
                found = removed_members(was, now)
                out.removed += [removed for removed, _ in found]
                out.problems += [item for _, item in found]
    return out


def _moved(changes: list[git.Change], old: dict, new: dict) -> set[str]:
    """Deleted files whose exact text was added in the same folder: renamed, not deleted."""
    added = {(place(c.path).folder, _text(new.get(c.path))) for c in changes if c.status == "A"}
    return {c.path for c in changes if c.status == "D" and old.get(c.path) is not None
            and (place(c.path).folder, _text(old[c.path])) in added}


def _text(record: Record | None) -> Any:
    return None if record is None or not record.ok else (repr(record.data), record.body)


# -- minutes changed without a correction -----------------------------------------------------


def same_content(old: Record, new: Record) -> bool:
    """The same data and the same body but for spaces at line ends and blank lines at the end:
    a format-only change, which needs no correction."""
    def lines(body: str) -> list[str]:
        return [line.rstrip() for line in body.rstrip().split("\n")]

    return old.data == new.data and lines(old.body) == lines(new.body)


def changed_minutes(old: Record, new: Record, titles: Any) -> list[Problem]:
    if not (old.ok and new.ok) or same_content(old, new):
        return []  # unreadable (validation says why) or a format-only change
    if any(entry not in (old.data.get("corrections") or [])
           for entry in new.data.get("corrections") or []):
        return []
    path = first_difference(old.data, new.data)
    if path is not None:
        key = str(path[0])
        label = titles("minutes", (key,))
        where: Position = new.position(*path)
        what = f"{key} ({label})" if label else key
    else:
        where, what = (first_body_line(old, new), 1), "body"
    return [problem("record.changed-without-correction", new.path, where, what=what)]


def first_difference(old: Any, new: Any, path: tuple = ()) -> tuple | None:
    """The path of the first value that differs, in the new file's order (None: equal)."""
    if isinstance(old, dict) and isinstance(new, dict):
        for key, value in new.items():
            if key not in old:
                return (*path, key)
            found = first_difference(old[key], value, (*path, key))
            if found is not None:
                return found
        gone = next((key for key in old if key not in new), None)
        return None if gone is None else (*path, gone)
    if isinstance(old, list) and isinstance(new, list):
        for index, (a, b) in enumerate(zip(old, new, strict=False)):
            found = first_difference(a, b, (*path, index))
            if found is not None:
                return found
        return None if len(old) == len(new) else (*path, min(len(old), len(new)))
    return None if old == new and type(old) is type(new) else path or ("",)


def first_body_line(old: Record, new: Record) -> int:
    was, now = old.body.split("\n"), new.body.split("\n")
    index = next((i for i, (a, b) in enumerate(zip(was, now, strict=False)) if a != b),
                 min(len(was), len(now)))
    return new.body_line + min(index, len(now) - 1)


# -- members removed from a roster -------------------------------------------------------------


def _members(record: Record) -> dict[str, tuple[int, dict]]:
    members = record.data.get("members") if isinstance(record.data, dict) else None
    found: dict[str, tuple[int, dict]] = {}
    for index, member in enumerate(members if isinstance(members, list) else []):
        if isinstance(member, dict) and isinstance(member.get("id"), str):
            found.setdefault(member["id"], (index, member))
    return found


def removed_members(old: Record, new: Record) -> list[tuple[Removed, Problem]]:
    if not (old.ok and new.ok):
        return []
    was, now = _members(old), _members(new)
    added = [member for member in now if member not in was]
    found = []
    for member, (index, data) in was.items():
        if member in now:
            continue
        renamed = _renamed(data, added, now)
        if renamed is not None:
            added.remove(renamed)
            where = new.position("members", now[renamed][0], "id")
        else:
            where = new.position("members", min(index, len(now) - 1)) if now \
                else new.position("members", key=True)
        removed = Removed(new.path, member, renamed)
        found.append((removed, problem(
            "roster.member-removed", new.path, where, member=member,
            name=str(data.get("name") or member), renamed_to=renamed or "", count=0,
            examples="", files=[])))
    return found


def _renamed(data: dict, added: list[str], now: dict[str, tuple[int, dict]]) -> str | None:
    """The new id of the same person: the same card, or else the same name."""
    for key in ("card", "name"):
        if data.get(key):
            same = [member for member in added if now[member][1].get(key) == data[key]]
            if len(same) == 1:
                return same[0]
    return None
