"""Rollups as plain data: the structure of a unit's tree at a given day."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tools.records import read_yaml
from tools.schemas import parse_date
from tools.tree import Roster
from tools.validate import Project

VILLAGE_TYPES = ("village", "residential")


@dataclass
class _Unit:
    folder: str
    data: dict
    parent: _Unit | None
    roster: Roster | None = None

    def exists(self, day: dt.date) -> bool:
        start = parse_date(self.data.get("established"))
        end = parse_date(self.data.get("dissolved"))
        return (start is None or start <= day) and (end is None or day < end)


def percent(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 2) if whole else None


def load_units(project: Project, top: str) -> tuple[list[_Unit], list[str]]:
    """Every readable unit under `top`, parents first, and the files that could not be used."""
    units: dict[str, _Unit] = {}
    unusable: list[str] = []
    for dirpath, dirnames, filenames in os.walk(project.root / top):
        dirnames[:] = sorted(d for d in dirnames if d != "minutes")
        if "unit.yaml" not in filenames:
            continue
        folder = Path(dirpath).relative_to(project.root).as_posix()
        record = _valid(project, f"{folder}/unit.yaml", "unit", unusable)
        if record is None:
            continue
        unit = _Unit(folder, record.data, units.get(folder.rsplit("/", 1)[0]))
        if unit.data["kind"] == "cell" and "members.yaml" in filenames:
            roster = _valid(project, f"{folder}/members.yaml", "members", unusable)
            unit.roster = Roster.from_record(roster) if roster is not None else None
        units[folder] = unit
    return list(units.values()), unusable


def _valid(project: Project, rel: str, kind: str, unusable: list[str]):
    record = read_yaml(project.root / rel, rel)
    if record.ok and not project.schemas.check(kind, record) and not record.problems_of("error"):
        return record
    unusable.append(rel)
    return None


def structure(units: list[_Unit], day: dt.date) -> dict[str, Any]:
    alive = [u for u in units if u.exists(day)]
    committees = [u for u in alive if u.data["kind"] == "committee"]
    cells = [u for u in alive if u.data["kind"] == "cell"]
    grassroots = [u for u in committees if u.data.get("level") == "grassroots"]

    def subordinate(cell: _Unit) -> bool:
        return cell.parent is not None and cell.parent.data.get("level") == "grassroots"

    members = [m for c in cells if c.roster for m in c.roster.active(day)]
    full = sum(1 for m in members if m.is_full(day))
    villages = [c for c in cells if c.data.get("type") in VILLAGE_TYPES]
    heads = sum(1 for c in villages if c.data.get("secretary_is_village_head"))
    grassroots_cells = sum(1 for c in cells if not subordinate(c))
    return {
        "grassroots_organizations": len(grassroots) + grassroots_cells,
        "grassroots_committees": len(grassroots),
        "grassroots_cells": grassroots_cells,
        "subordinate_cells": sum(1 for c in cells if subordinate(c)),
        "cells": len(cells),
        "members": len(members),
        "full_members": full,
        "probationary_members": len(members) - full,
        "village_cells": len(villages),
        "village_cells_with_committee": sum(1 for c in villages if c.data.get("has_committee")),
        "village_secretaries_heads": heads,
        "village_secretaries_heads_pct": percent(heads, len(villages)),
    }


def summarize(project: Project, top: str, start: dt.date, end: dt.date) -> dict[str, Any]:
    units, unusable = load_units(project, top)
    name = next((u.data["name"] for u in units if u.folder == top), None)
    return {"unit": top, "name": name, "period": {"from": start.isoformat(),
                                                   "to": end.isoformat()},
            "structure": structure(units, end),
            "data_quality": {"unusable_files": sorted(unusable)}}
