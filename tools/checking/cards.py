"""The repository-wide check: a party card active in two places at once, from every roster
read (the files given) or from the card holders each cell's entry keeps (the whole tree)."""

from __future__ import annotations

import hashlib
import marshal
import os
from pathlib import Path
from typing import Any

from tools.checking.cache import Cache
from tools.checking.rules.roster import CardHolder, card_holders, duplicate_cards
from tools.checking.run import Run, usable_roster
from tools.problems import Problem
from tools.reading.layout import RECORDS


def all_rosters(run: Run) -> None:
    """Load every cell's roster (reporting only those already asked for)."""
    for dirpath, dirnames, filenames in os.walk(run.root / RECORDS):
        dirnames[:] = [d for d in dirnames if d != "minutes"
                       and not os.path.islink(os.path.join(dirpath, d))]
        if "members.yaml" in filenames and "unit.yaml" in filenames:
            folder = Path(dirpath).relative_to(run.root).as_posix()
            if folder not in run.rosters and run.regular(f"{folder}/members.yaml"):
                run.rosters[folder] = usable_roster(run.read(f"{folder}/members.yaml",
                                                             "members"))


def holders(run: Run) -> list[CardHolder]:
    """Who holds which card when, from every roster read."""
    found = []
    for folder, roster in run.rosters.items():
        unit = run.units.get(folder)
        if roster is not None:
            found += card_holders(roster, unit.dissolved if unit is not None else None)
    return found


def check_cards(run: Run) -> None:
    all_rosters(run)
    run.problems.extend(duplicate_cards(holders(run)))


def cards_of_entries(entries: dict[str, dict[str, Any]], cache: Cache | None) -> list[Problem]:
    """Cards active in two places: from every roster, unless no cell changed since the
    last run (then its answer stands; the cells' stamps say what they held)."""
    key = None
    if cache is not None and all(entry["settled"] for entry in entries.values()):
        key = hashlib.blake2b(marshal.dumps(sorted((folder, entry["stamp"])
                                                   for folder, entry in entries.items())),
                              digest_size=16).digest()
        known = cache.load("/cards")
        if known is not None and known.get("key") == key:
            return [Problem(*row) for row in known["problems"]]
    holders = [CardHolder(*row) for entry in entries.values()
               for row in marshal.loads(entry["cards"])]
    found = list(duplicate_cards(holders))
    if key is not None:
        cache.store("/cards", {"cell": "/cards", "key": key, "problems": [
            (p.code, p.path, p.line, p.column, p.params) for p in found]})
    return found
