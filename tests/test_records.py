"""The shipped records/ pass validation with nothing to say, and summarize cleanly."""

from __future__ import annotations

import datetime as dt

from tools.checking.validate import validate_tree
from tools.rollup.summary import summarize


def test_shipped_records_are_valid(project) -> None:
    result = validate_tree(project, dt.date(2026, 11, 27))
    assert [(p.code, p.path, p.line) for p in result.problems] == []
    # every file under records/ is a record, and every record is checked
    assert result.checked == sum(1 for p in (project.root / "records").rglob("*")
                                 if p.is_file() and p.name != ".gitkeep")


def test_shipped_records_summarize_without_findings(project) -> None:
    summary = summarize(project, "records", dt.date(2025, 7, 1), dt.date(2026, 6, 30),
                        dt.date(2026, 11, 27))
    assert summary["findings"] == []
    assert summary["structure"]["cells"] == 5
    assert summary["meetings"]["regular_compliance_pct"] == 100.0
