"""What changed in a record, in the words a reviewer reads: a meeting's facts, each field
before and after (attendance as counts and names, votes as numbers), and a body edit as the
changed words with a few around them. Linear in the records' size."""

from __future__ import annotations

from typing import Any

from tools.reading.records import Record

ATTENDANCE_LISTS = ("present", "absent_excused", "absent_unexcused")
SCALARS = ("kind", "date", "start", "end", "place", "chair", "secretary", "topic", "combined",
           "minutes_adopted", "quality", "rulebook")


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
