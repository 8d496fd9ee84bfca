"""Rollups as plain data, in two steps: facts.py reduces each unit and cell to additive counts
and its own findings, sections.py derives every total, rate and per-committee row from those
facts alone (so merge.py can combine summaries of separate repositories exactly). No printing:
tools/outputs/ renders what this computes."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tools.checking import snapshot
from tools.checking.engine import answered, run_tree
from tools.checking.project import Project
from tools.rollup.facts import facts_of
from tools.rollup.people import DEFAULT_SECRET
from tools.rollup.period import Period
from tools.rollup.request import Request
from tools.rollup.sections import rollup


def summarize(project: Project, top: str, start: dt.date, end: dt.date, today: dt.date,
              names: bool = True, cache: Any = None, jobs: int = 1, progress: Any = None,
              secret: bytes = DEFAULT_SECRET) -> dict[str, Any]:
    """The summary of `top` for the period. When the tree's answer comes from its snapshot
    (tools/checking/snapshot.py), so does the summary: it is derived from that answer alone."""
    request = Request(Period(start, min(end, today)), names, secret)
    label = f"summary|{top}|{request.key}"
    if cache is not None:
        kept = snapshot.derived(cache, label, answered(project, today, top, cache, request))
        if kept is not None:
            return kept
    run = run_tree(project, today, top, cache=cache, request=request, jobs=jobs,
                   progress=progress)
    summary = rollup(facts_of(project, top, today, run, request))
    if cache is not None:
        snapshot.keep_derived(cache, label, run.snapshot, summary)
    return summary
