"""A summary's first step: the tree checked once, with each unit and cell reduced to a row of
additive counts and its own findings. Every figure is derived from these facts alone
(sections.py), which is what lets summaries of separate repositories merge exactly."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tools.checking.engine import TreeRun
from tools.checking.project import Project
from tools.checking.run import Run, usable
from tools.reading.layout import ancestors
from tools.rollup import people
from tools.rollup.context import exists
from tools.rollup.period import Period
from tools.rollup.quality import tree_quality
from tools.rollup.quota import below_quota
from tools.rollup.request import Request

FORMAT_VERSION = 2


def facts_of(project: Project, top: str, today: dt.date, run: TreeRun,
             request: Request) -> dict[str, Any]:
    committees = {**_above(project, today, top, run.units), **run.units}
    units = []
    for folder, data in sorted(run.units.items()):
        row = unit_row(folder, data, run.parent_level(folder), request.period)
        if data["kind"] == "cell":
            if folder not in run.cells:
                continue
            cell = run.cells[folder]
            row.update(cell)
            row["people"] = {key: dict(entry) for key, entry in cell["people"].items()}
            row["findings"] = [*cell["findings"],
                               *below_quota(project, request.period, row, committees)]
        units.append(row)
    _names_only_where_needed([u for u in units if u["kind"] == "cell"])
    name = run.units[top].get("name") if top in run.units else None
    return {"format": FORMAT_VERSION, "unit": top, "name": name,
            "period": {"from": request.period.start.isoformat(),
                       "to": request.period.end.isoformat()},
            "person_key": people.fingerprint(request.secret),
            "units": units,
            "data_quality": tree_quality(run.problems, run.checked_by_folder, top)}


def unit_row(folder: str, data: dict[str, Any], parent_level: str | None,
             period: Period) -> dict[str, Any]:
    return {"path": folder, "name": data["name"], "kind": data["kind"],
            "level": data.get("level"), "type": data.get("type"),
            "parent_level": parent_level, "exists": exists(data, period.end)}


def _above(project: Project, today: dt.date, top: str,
           known: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The usable unit data of the committees above `top`: their local rules apply below."""
    run, found = Run(project, today), {}
    for folder in ancestors(top)[:-1]:
        if folder not in known and run.has_unit(folder):
            record = run.unit(folder).record
            if usable(record):
                found[folder] = record.data
    return found


def _names_only_where_needed(cells: list[dict[str, Any]]) -> None:
    """A person's name stays in the facts only when a finding of this summary names them."""
    named = set(people.review(cells))
    for cell in cells:
        for key, entry in cell["people"].items():
            if key not in named:
                entry["name"] = None
