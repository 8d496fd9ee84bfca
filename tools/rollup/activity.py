"""What a cell's meetings did: superior committees' visits, decisions, and whether a cell
large enough has its committee."""

from __future__ import annotations

from collections import Counter
from typing import Any

from tools.rollup.context import CellMeetings, exists


def visits(c: CellMeetings) -> dict[str, Any]:
    found: Counter = Counter()
    for meeting in c.minutes:
        if meeting.counts("visits"):
            found.update({g.get("level") for g in meeting.data.get("guests") or []
                          if g.get("level")})
    return {"visits": dict(sorted(found.items()))}


def decisions(c: CellMeetings) -> dict[str, Any]:
    taken = [d for m in c.minutes if m.counts("decisions") for d in m.data.get("decisions") or []]
    return {"decisions": len(taken),
            "decisions_adopted": sum(1 for d in taken if d.get("adopted") is True)}


def committee(c: CellMeetings) -> None:
    if c.roster is None or not exists(c.unit.data, c.period.end):
        return
    threshold = c.book(c.period.end).params["committee_full_members"]
    full = len(c.roster.full(c.period.end))
    if full >= threshold and not c.unit.data.get("has_committee"):
        c.finding("cells.no-committee", [c.unit.record.path], full=full, threshold=threshold)
