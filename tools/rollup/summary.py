"""Rollups as plain data, in two steps: facts.py reduces each unit and cell to additive counts
and its own findings, sections.py derives every total, rate and per-committee row from those
facts alone (so merge.py can combine summaries of separate repositories exactly). No printing:
tools/outputs/ renders what this computes."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tools.checking.project import Project
from tools.rollup.facts import facts
from tools.rollup.sections import rollup


def summarize(project: Project, top: str, start: dt.date, end: dt.date, today: dt.date,
              names: bool = True, **options: Any) -> dict[str, Any]:
    """The summary of `top` for the period; options (cache, jobs, progress, secret) go to
    `facts`."""
    return rollup(facts(project, top, start, end, today, names, **options))
