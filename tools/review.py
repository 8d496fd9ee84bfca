"""`tools review`: what a merge request changes in the records, for a reviewer who reads no YAML.

Facts only; review_report.py renders them. Deletions and silent edits of merged records are the
protections' errors (tools/protect.py, shared with the commit hook and CI).
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tools import git
from tools.problems import Problem, problem
from tools.protect import Protection, Snapshot, protect, same_content
from tools.records import Record, parse_text
from tools.rules.layout import place
from tools.schemas import parse_date
from tools.validate import Project, Result, validate_paths

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
            found.append({"field": key, "before": len(was), "after": len(now),
                          "added": [names.get(i, i) for i in now if i not in was],
                          "removed": [names.get(i, i) for i in was if i not in now]})
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
    def __init__(self, project: Project, base: str, head: str | None) -> None:
        self.root, self.base, self.head = project.root, base, head
        self.start = git.merge_base(project.root, base, head or "HEAD")

    def at_base(self, path: str) -> Record:
        return parse_text(_text(git.show(self.root, self.start, path)), path)

    def at_head(self, path: str) -> Record:
        data = git.show(self.root, self.head, path) if self.head \
            else (self.root / path).read_bytes()
        return parse_text(_text(data), path)

    def cell_name(self, folder: str, deleted: bool) -> str | None:
        path = f"{folder}/unit.yaml"
        try:
            record = self.at_base(path) if deleted else self.at_head(path)
        except (OSError, git.FatalError):
            return None
        return record.data.get("name") if record.ok else None

    def names(self, folder: str) -> dict[str, str]:
        try:
            record = self.at_head(f"{folder}/members.yaml")
        except (OSError, git.FatalError):
            return {}
        members = (record.data or {}).get("members") or [] if record.ok else []
        return {m["id"]: m.get("name", m["id"]) for m in members
                if isinstance(m, dict) and "id" in m}


def review(project: Project, base: str, head: str | None, today: dt.date,
           late_days: int = 30) -> Review:
    reader = _Reader(project, base, head)
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
    folder = Path(tempfile.mkdtemp(prefix="tools-review-"))
    tree = folder / "tree"
    git.git(project.root, "worktree", "add", "--detach", str(tree), head)
    try:
        at_head = Project.open(tree)
        return validate_paths(at_head, [tree / p for p in paths], today, cards=True,
                              protection=protection)
    finally:
        git.git(project.root, "worktree", "remove", "--force", str(tree))
        shutil.rmtree(folder, ignore_errors=True)
