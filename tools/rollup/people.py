"""People across cells: one key for a person wherever they are, that never shows their party
card number, and the reviews that follow a person from cell to cell (rules.md §2).

Each cell's facts hold, per person key, the unexcused absences from regular meetings and the
unpaid dues months of its own records; the review is decided here, from the facts of every
cell together, so that merged summaries of separate repositories decide as the combined tree.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from typing import Any

# Keys person hashes when TOOLS_PERSON_KEY is not set. It is public, so it only keeps card
# numbers out of sight: anyone may hash every possible number and compare (SECURITY.md).
DEFAULT_SECRET = b"tools summarize person key v1"
DIGEST_BYTES = 12


def _key(secret: bytes) -> bytes:
    return secret if len(secret) <= 64 else hashlib.blake2b(secret).digest()


def person_key(secret: bytes, person: str) -> str:
    """A keyed BLAKE2b hash of `card:<number>` (or `id:<id>`): equal for one person in every
    cell and repository summarized with the same secret."""
    return hashlib.blake2b(person.encode("utf-8"), key=_key(secret),
                           digest_size=DIGEST_BYTES).hexdigest()


def fingerprint(secret: bytes) -> str:
    """Which secret made a summary's keys, without telling the secret: summaries made with
    different secrets cannot be merged."""
    return hashlib.blake2b(b"fingerprint", key=_key(secret), digest_size=6).hexdigest()


def review(cells: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """`members.removal-review` and `members.dues-unpaid`, per person and calendar year,
    across every cell in `cells` (rows of the facts): the findings of each person key that
    has any."""
    entries: dict[str, list[tuple[dict, dict]]] = defaultdict(list)
    for cell in cells:
        for key, entry in cell["people"].items():
            entries[key].append((cell, entry))
    found = {key: _person(entries[key]) for key in sorted(entries)}
    return {key: findings for key, findings in found.items() if findings}


def _person(entries: list[tuple[dict, dict]]) -> list[dict[str, Any]]:
    # the cell the person joined last is the one that must consider them now
    home, entry = max(entries, key=lambda item: (item[1]["joined"] or "", item[0]["path"]))
    name = entry["name"] or next((e["name"] for _, e in entries if e["name"]), None)
    years = sorted({date[:4] for _, e in entries for date, _ in e["absences"]} |
                   {month[:4] for _, e in entries for month in e["unpaid"]})
    found = []
    for year in years:
        absences = sorted({(date, path) for _, e in entries for date, path in e["absences"]
                           if date[:4] == year})
        months = sorted({date[:7] for date, _ in absences})
        unpaid = sorted({m for _, e in entries for m in e["unpaid"] if m[:4] == year})
        threshold = min(cell["removal_months"].get(year, 3) for cell, _ in entries)
        cells = sorted({cell["name"] for cell, e in entries
                        if any(d[:4] == year for d, _ in e["absences"]) or
                        any(m[:4] == year for m in e["unpaid"])})
        base = {"cell": home["path"], "cell_name": home["name"]}
        params = {"member": entry["member"], "name": name, "year": int(year),
                  "threshold": threshold}
        if len(months) >= threshold or len(unpaid) >= threshold:
            found.append({"code": "members.removal-review", **base, "params": {
                **params, "months": len(months) or None,
                "dates": [d for d, _ in absences] or None,
                "unpaid_months": len(unpaid) or None, "unpaid": unpaid or None,
                "cells": cells if len(cells) > 1 else None},
                "files": [path for _, path in absences]})
        if len(unpaid) >= threshold:
            found.append({"code": "members.dues-unpaid", **base, "params": {
                **params, "count": len(unpaid), "months": unpaid}, "files": []})
    return found
