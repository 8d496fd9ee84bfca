"""Data quality: files checked and the errors and warnings per file, counted so that summaries
merged from repositories that share a folder or a file count it once."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from tools.problems import Problem


def tree_quality(problems: list[Problem], checked: dict[str, int], top: str) -> dict[str, Any]:
    """Data quality of the tree under `top`, from a run's problems and files checked."""
    inside = [p for p in problems if p.path == top or p.path.startswith(top + "/")]
    by_file: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for item in inside:
        by_file[item.path][item.severity != "error"] += 1
    return quality(checked, [{"path": p.path, "code": p.code} for p in inside
                             if p.severity == "error"], dict(by_file))


def quality(checked: dict[str, int], failed: list[dict[str, str]],
            by_file: dict[str, list[int]]) -> dict[str, Any]:
    """Data quality from what was checked per folder and the problems per file: a merge of
    summaries that share a folder or a file counts it once."""
    codes: dict[str, set[str]] = defaultdict(set)
    for item in failed:
        codes[item["path"]].add(item["code"])
    return {"files_checked": sum(checked.values()),
            "files_with_errors": [{"path": path, "codes": sorted(found)}
                                  for path, found in sorted(codes.items())],
            "errors": sum(errors for errors, _ in by_file.values()),
            "warnings": sum(warnings for _, warnings in by_file.values()),
            "checked_by_folder": dict(sorted(checked.items())),
            "problems_by_file": dict(sorted(by_file.items()))}

