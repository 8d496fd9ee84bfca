"""`tools review`: what a merge request changes in the records, for a reviewer who reads no YAML.

Facts only; review_report.py renders them. Deletions and silent edits of merged records are the
protections' errors (tools/protect.py, shared with the commit hook and CI).
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import shutil
import signal
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tools.checking.project import Project
from tools.checking.protection import Protection
from tools.checking.result import Result
from tools.checking.validate import validate_paths
from tools.problems import Problem, problem
from tools.reading.dates import parse_date
from tools.reading.files import MAX_BYTES, NotRegular, link_in, read_raw
from tools.reading.layout import place
from tools.reading.records import Record, parse_text
from tools.workflow import git
from tools.workflow.protect import Snapshot, protect, same_content

ATTENDANCE_LISTS = ("present", "absent_excused", "absent_unexcused")
SCALARS = ("kind", "date", "start", "end", "place", "chair", "secretary", "topic", "combined",
           "minutes_adopted", "quality", "rulebook")


@dataclass
class Entry:
    status: str  # added | changed | deleted
    path: str
    role: str  # minutes | members | unit | ratings | other
    cell: str | None = None  # the cell's or unit's name
    facts: dict[str, Any] = field(default_factory=dict)
    changes: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Review:
    base: str
    head: str | None
    entries: list[Entry]
    problems: list[Problem]  # review.* problems
    validation: Result  # the changed files' problems and the protections, folded

    @property
    def errors(self) -> int:
        return sum(1 for p in [*self.problems, *self.validation.problems]
                   if p.severity == "error")


def _text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def _ids(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [str(key) for key in value]
    if isinstance(value, list):
        return [str(item) for item in value]
    return []


def minutes_facts(data: dict[str, Any]) -> dict[str, Any]:
    decisions = [{"text": d.get("text"), "votes": d.get("votes"), "adopted": d.get("adopted")}
                 for d in data.get("decisions") or [] if isinstance(d, dict)]
    return {"kind": data.get("kind"), "date": data.get("date"),
            "present": len(_ids(data.get("present"))),
            "absent_excused": len(_ids(data.get("absent_excused"))),
            "absent_unexcused": len(_ids(data.get("absent_unexcused"))),
            "guests": len(data.get("guests") or []), "decisions": decisions}


def minutes_changes(old: Record, new: Record, names: dict[str, str]) -> list[dict[str, Any]]:
    before, after = old.data or {}, new.data or {}
    found: list[dict[str, Any]] = []
    for key in SCALARS:
        if before.get(key) != after.get(key):
            found.append({"field": key, "before": before.get(key), "after": after.get(key)})
    for key in (*ATTENDANCE_LISTS, "speakers"):
        was, now = _ids(before.get(key)), _ids(after.get(key))
        if was != now:
            had, has = set(was), set(now)  # lists of thousands: membership must be O(1)
            found.append({"field": key, "before": len(was), "after": len(now),
                          "added": [names.get(i, i) for i in now if i not in had],
                          "removed": [names.get(i, i) for i in was if i not in has]})
    for key, show in (("guests", _guest), ("tasks", lambda task: _task(task, names))):
        was, now = _items(before.get(key)), _items(after.get(key))
        if was != now:
            found.append({"field": key, "before": len(was), "after": len(now),
                          "added": [show(i) for i in now if i not in was],
                          "removed": [show(i) for i in was if i not in now]})
    found += decision_changes(_items(before.get("decisions")), _items(after.get("decisions")))
    corrections = [c for c in after.get("corrections") or []
                   if c not in (before.get("corrections") or [])]
    if corrections:
        found.append({"field": "corrections", "added": corrections})
    if old.body != new.body:
        found.append({"field": "body", **body_excerpt(old.body, new.body)})
    return found


def _items(value: Any) -> list[dict]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _guest(guest: dict) -> str:
    return ", ".join(str(guest[k]) for k in ("name", "position") if guest.get(k))


def _task(task: dict, names: dict[str, str]) -> str:
    member = task.get("member")
    return f"{names.get(member, member)}: {task.get('task')}"


DECISION_FIELDS = ("text", "number", "votes", "adopted")


def decision_changes(was: list[dict], now: list[dict]) -> list[dict[str, Any]]:
    """Each decision compared with the one in its place: what it said, its votes as numbers."""
    found = []
    for index in range(max(len(was), len(now))):
        old = was[index] if index < len(was) else None
        new = now[index] if index < len(now) else None
        if old == new:
            continue
        if old is None or new is None:
            gone = new is None
            item = old if gone else new
            found.append({"field": "decision-removed" if gone else "decision-added",
                          "decision": item.get("text"), "votes": item.get("votes"),
                          "adopted": item.get("adopted")})
            continue
        found += [{"field": f"decisions.{key}", "decision": new.get("text"),
                   "before": old.get(key), "after": new.get(key)}
                  for key in DECISION_FIELDS if old.get(key) != new.get(key)]
    return found


EXCERPT_CONTEXT = 4  # words shown around a change
EXCERPT_WORDS = 12  # words of a change shown at most


def body_excerpt(old: str, new: str) -> dict[str, Any]:
    """The changed stretch of the body, word by word, with a few words around it: what a
    reviewer reads instead of a diff. Linear in the body (common ends are trimmed, not
    matched)."""
    was, now = old.split(), new.split()
    start = 0
    while start < min(len(was), len(now)) and was[start] == now[start]:
        start += 1
    end = 0
    while end < min(len(was), len(now)) - start and was[-1 - end] == now[-1 - end]:
        end += 1

    def excerpt(words: list[str]) -> str:
        middle = words[start:len(words) - end]
        if len(middle) > EXCERPT_WORDS:
            middle = [*middle[:EXCERPT_WORDS // 2], "…", *middle[-(EXCERPT_WORDS // 2):]]
        lead = words[max(0, start - EXCERPT_CONTEXT):start]
        tail = words[len(words) - end:len(words) - end + EXCERPT_CONTEXT]
        text = " ".join([*lead, *middle, *tail])
        return ("…" if start > EXCERPT_CONTEXT else "") + text + \
            ("…" if end > EXCERPT_CONTEXT else "")

    if was == now:  # only spaces or line breaks moved
        return {"before": "", "after": "", "words": 0}
    return {"before": excerpt(was), "after": excerpt(now),
            "words": max(len(was), len(now)) - start - end}


def roster_changes(old: Record, new: Record) -> list[dict[str, Any]]:
    def by_id(record: Record) -> dict[str, dict]:
        members = (record.data or {}).get("members") or []
        return {m["id"]: m for m in members if isinstance(m, dict) and "id" in m}

    was, now = by_id(old), by_id(new)
    found = [{"field": "member-added", "member": now[i].get("name", i)} for i in now
             if i not in was]
    found += [{"field": "member-removed", "member": was[i].get("name", i)} for i in was
              if i not in now]
    for member in sorted(set(was) & set(now)):
        for key in sorted(set(was[member]) | set(now[member])):
            if was[member].get(key) != now[member].get(key):
                found.append({"field": "member-field", "member": now[member].get("name", member),
                              "key": key, "before": was[member].get(key),
                              "after": now[member].get(key)})
    return found


def mapping_changes(old: Record, new: Record) -> list[dict[str, Any]]:
    before, after = old.data or {}, new.data or {}
    return [{"field": key, "before": before.get(key), "after": after.get(key)}
            for key in sorted(set(before) | set(after), key=str)
            if before.get(key) != after.get(key)]


class _Reader:
    """Records as they were at the merge base and as they are at the head (a commit, or the work
    tree), read as `validate` reads them: never through a link, never past the size limit. A
    file that cannot be read so is a record without data; the validation part says why."""

    def __init__(self, project: Project, base: str, head: str | None) -> None:
        self.root, self.base, self.head = project.root, base, head
        self.start = git.merge_base(project.root, base, head or "HEAD")
        self.blobs = git.Blobs(project.root)
        self.cells: dict[tuple[str, bool], str | None] = {}
        self.rosters: dict[str, dict[str, str]] = {}

    def at_base(self, path: str) -> Record:
        return self._record(path, self._blob(self.start, path))

    def at_head(self, path: str) -> Record:
        data = self._blob(self.head, path) if self.head else self._worktree(path)
        return self._record(path, data)

    def _blob(self, ref: str, path: str) -> bytes | None:
        try:
            return self.blobs.read(ref, path, MAX_BYTES)
        except git.TooLarge:
            return None

    def _worktree(self, path: str) -> bytes | None:
        if link_in(self.root, path) is not None:
            return None
        try:
            return read_raw(self.root / path).data
        except (OSError, NotRegular):
            return None

    @staticmethod
    def _record(path: str, data: bytes | None) -> Record:
        return Record(path) if data is None else parse_text(_text(data), path)

    def cell_name(self, folder: str, deleted: bool) -> str | None:
        if (folder, deleted) not in self.cells:
            path = f"{folder}/unit.yaml"
            record = self.at_base(path) if deleted else self.at_head(path)
            self.cells[folder, deleted] = record.data.get("name") if record.ok else None
        return self.cells[folder, deleted]

    def names(self, folder: str) -> dict[str, str]:
        if folder not in self.rosters:
            record = self.at_head(f"{folder}/members.yaml")
            members = (record.data or {}).get("members") or [] if record.ok else []
            self.rosters[folder] = {m["id"]: m.get("name", m["id"]) for m in members
                                    if isinstance(m, dict) and "id" in m}
        return self.rosters[folder]

    def close(self) -> None:
        self.blobs.close()


def review(project: Project, base: str, head: str | None, today: dt.date,
           late_days: int = 30) -> Review:
    reader = _Reader(project, base, head)
    try:
        return _review(project, reader, today, late_days)
    finally:
        reader.close()


def _review(project: Project, reader: _Reader, today: dt.date, late_days: int) -> Review:
    base, head = reader.base, reader.head
    entries: list[Entry] = []
    problems: list[Problem] = []
    status_names = {"A": "added", "M": "changed", "D": "deleted"}
    changed = git.changes(project.root, base, head)
    filed = _filed(project.root, reader.start, head)
    for change in changed:
        placed = place(change.path)
        role = placed.role if placed.role in ("minutes", "members", "unit", "ratings") \
            else "other"
        status = status_names.get(change.status, "changed")
        entry = Entry(status, change.path, role,
                      reader.cell_name(placed.folder, status == "deleted") if placed.folder
                      else None)
        entries.append(entry)
        if status == "deleted":
            continue
        new = reader.at_head(change.path)
        if role == "minutes" and new.ok:
            entry.facts = minutes_facts(new.data)
        if status != "changed":
            if role == "minutes" and new.ok:
                problems.extend(_late(new, filed.get(change.path, today), late_days))
            continue
        old = reader.at_base(change.path)
        if role == "minutes":
            entry.changes = minutes_changes(old, new, reader.names(placed.folder))
            if old.ok and new.ok and same_content(old, new):
                entry.changes = [{"field": "format-only"}]
        elif role == "members":
            entry.changes = roster_changes(old, new)
        else:
            entry.changes = mapping_changes(old, new)
    protection = protect(changed, Snapshot(project.root, reader.start),
                         Snapshot(project.root, head), project.schemas.title)
    paths = [c.path for c in changed if c.status != "D"]
    return Review(base, head, entries, problems,
                  _validate(project, head, paths, today, protection))


def _filed(root: Path, start: str, head: str | None) -> dict[str, dt.date]:
    """The day each file was added, by the commit that added it (newest first); files not
    committed yet are filed today."""
    out = git.git(root, "log", "--diff-filter=A", "--no-renames", "--format=%x01%cs",
                  "--name-only", "-z", f"{start}..{head or 'HEAD'}", "--", "records")
    found: dict[str, dt.date] = {}
    day = None
    for token in out.split("\0"):
        token = token.lstrip("\n")
        if token.startswith("\x01"):
            day = dt.date.fromisoformat(token[1:])
        elif token and day is not None:
            found.setdefault(token, day)
    return found


def _late(record: Record, filed: dt.date, late_days: int) -> list[Problem]:
    day = parse_date(record.data.get("date"))
    if day is None or (filed - day).days <= late_days:
        return []
    return [problem("review.late", record.path, record.position("date"),
                    date=record.data["date"], days=(filed - day).days, limit=late_days,
                    filed=filed.isoformat())]


def _validate(project: Project, head: str | None, paths: list[str], today: dt.date,
              protection: Protection) -> Result:
    if head is None:
        return validate_paths(project, [project.root / p for p in paths], today, cards=True,
                              protection=protection)
    with _checkout(project.root, head) as tree:
        return validate_paths(Project.open(tree), [tree / p for p in paths], today, cards=True,
                              protection=protection)


CHECKOUT = "tools-review-"  # the temporary folders of reviews of a commit
OWNER = "owner"  # in each: "<pid> <host>" of the review that made it


@contextmanager
def _checkout(root: Path, head: str) -> Iterator[Path]:
    """The head commit's files in a temporary folder of its own, through a temporary index:
    nothing is registered in the repository (no worktree to leave behind). The folder goes
    when the review ends, is stopped (SIGTERM, a cancelled CI job) or, killed outright, at the
    next review on this machine."""
    _remove_abandoned_checkouts()
    with _Terminated() as terminated:
        folder = Path(tempfile.mkdtemp(prefix=CHECKOUT))
        try:
            (folder / OWNER).write_text(f"{os.getpid()} {platform.node()}\n", encoding="utf-8")
            env = {**os.environ, "GIT_INDEX_FILE": str(folder / "index")}
            git.git(root, "read-tree", head, env=env, bound=True)
            git.git(root, "checkout-index", "--all", f"--prefix={folder / 'tree'}{os.sep}",
                    env=env, bound=True)
            yield folder / "tree"
        finally:
            terminated.cleaning = True
            _remove_checkout(folder)


class _Terminated:
    """SIGTERM (a cancelled CI job) ends the review as Ctrl-C would, so that its clean-up runs;
    one that comes during the clean-up waits for its end."""

    def __init__(self) -> None:
        self.cleaning = self.pending = False
        self.previous: Any = None

    def __enter__(self) -> _Terminated:
        try:
            self.previous = signal.signal(signal.SIGTERM, self._stop)
        except ValueError:  # not the main thread: the caller handles its own signals
            self.previous = None
        return self

    def _stop(self, *_: Any) -> None:
        if self.cleaning:
            self.pending = True
        else:
            raise SystemExit(128 + signal.SIGTERM)

    def __exit__(self, *_: Any) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGTERM, self.previous)
        if self.pending:
            raise SystemExit(128 + signal.SIGTERM)


def _remove_abandoned_checkouts() -> None:
    """Checkouts whose review was killed: made on this machine by a process that is gone. Only
    folders holding the owner file a review writes are touched."""
    if os.name == "nt":  # no harmless way there to ask whether a process still runs
        return
    for folder in Path(tempfile.gettempdir()).glob(f"{CHECKOUT}*"):
        try:
            pid, host = (folder / OWNER).read_text(encoding="utf-8").split()
        except (OSError, ValueError):
            continue
        if host == platform.node() and not _running(int(pid)):
            _remove_checkout(folder)


def _remove_checkout(folder: Path) -> None:
    """The owner file goes last: a folder not wholly removed is still known as a checkout."""
    for item in folder.iterdir():
        if item.name != OWNER:
            shutil.rmtree(item, ignore_errors=True) if item.is_dir() and not item.is_symlink() \
                else item.unlink(missing_ok=True)
    if [item.name for item in folder.iterdir()] == [OWNER]:
        (folder / OWNER).unlink()
        folder.rmdir()


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process
    return True
