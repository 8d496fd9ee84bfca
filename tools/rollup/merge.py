"""Summaries of separate repositories (several communes into a province) combined into the
summary of their union: the facts merged, every figure derived again (sections.py)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from tools.reading.layout import RECORDS
from tools.rollup.facts import FORMAT_VERSION
from tools.rollup.quality import quality
from tools.rollup.sections import rollup


class MergeError(Exception):
    pass


def merge(documents: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Combine summaries of separate repositories into the summary of their union."""
    documents = list(documents)
    _mergeable(documents)
    units = _units(documents)
    top = _common_folder([d["unit"] for d in documents])
    name = units[top]["name"] if top in units else None
    first = documents[0]["period"]
    return rollup({"format": FORMAT_VERSION, "unit": top, "name": name, "period": first,
                   "person_key": documents[0]["facts"]["person_key"],
                   "units": [units[k] for k in sorted(units)],
                   "data_quality": _quality(documents)})


def _mergeable(documents: list[Any]) -> None:
    if not documents:
        raise MergeError("nothing to merge")
    for document in documents:
        if not isinstance(document, dict) or document.get("format") != FORMAT_VERSION \
                or "facts" not in document or "period" not in document:
            raise MergeError("not a `tools summarize --format json` output of all sections")
    periods = {(d["period"]["from"], d["period"]["to"]) for d in documents}
    if len(periods) > 1:
        raise MergeError(f"the summaries cover different periods: {sorted(periods)}")
    if len({d["facts"].get("person_key") for d in documents}) > 1:
        raise MergeError("the summaries were made with different TOOLS_PERSON_KEY values: "
                         "members who moved between them could not be matched")


def _units(documents: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Every unit's facts, once: a unit two summaries share must be the same in both."""
    units: dict[str, dict[str, Any]] = {}
    for document in documents:
        for unit in document["facts"]["units"]:
            if unit["path"] in units and units[unit["path"]] != unit:
                raise MergeError(f"{unit['path']} differs between the summaries")
            units[unit["path"]] = unit
    return units


def _quality(documents: list[dict[str, Any]]) -> dict[str, Any]:
    checked: dict[str, int] = {}
    by_file: dict[str, list[int]] = {}
    for index, document in enumerate(documents):  # what summaries share is counted once
        found = document["data_quality"]
        checked.update(found.get("checked_by_folder", {f"<{index}>": found["files_checked"]}))
        by_file.update(found.get("problems_by_file",
                                 {f"<{index}>": [found["errors"], found["warnings"]]}))
    failed = [{"path": f["path"], "code": code} for d in documents
              for f in d["data_quality"]["files_with_errors"] for code in f["codes"]]
    return quality(checked, failed, by_file)


def _common_folder(paths: list[str]) -> str:
    parts = [p.split("/") for p in paths]
    common = []
    for level in zip(*parts, strict=False):
        if len(set(level)) != 1:
            break
        common.append(level[0])
    return "/".join(common) or RECORDS
