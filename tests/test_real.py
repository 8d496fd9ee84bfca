"""Minutes shaped like published real and template minutes (tests/real/, sources in its README)
validate with no error, give only the advice their sources' own structure calls for, and count
as held meetings in `tools summarize`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from tools.checking.project import Project
from tools.checking.validate import validate_tree
from tools.problems import ERROR
from tools.rollup.summary import summarize

REAL = Path(__file__).resolve().parent / "real"
SOURCES = sorted(p for p in REAL.iterdir() if (p / "expect.yaml").is_file())
TODAY = dt.date(2026, 11, 27)


def _expect(folder: Path) -> dict:
    return YAML(typ="safe").load((folder / "expect.yaml").read_text(encoding="utf-8"))


def test_at_least_four_sources_and_each_is_described() -> None:
    readme = (REAL / "README.md").read_text(encoding="utf-8")
    assert len(SOURCES) >= 4
    assert [p.name for p in SOURCES if f"`{p.name}/`" not in readme] == []


@pytest.mark.parametrize("folder", SOURCES, ids=[p.name for p in SOURCES])
def test_validates_with_only_the_advice_its_source_calls_for(folder: Path) -> None:
    result = validate_tree(Project.open(folder), TODAY)
    assert [(p.code, p.path, p.line) for p in result.problems if p.severity == ERROR] == []
    warnings = sorted((p.code, p.path, p.line) for p in result.problems)
    assert warnings == sorted(tuple(w) for w in _expect(folder)["warnings"])


@pytest.mark.parametrize("folder", SOURCES, ids=[p.name for p in SOURCES])
def test_counts_as_a_held_meeting(folder: Path) -> None:
    expect = _expect(folder)
    year, month = (int(part) for part in expect["month"].split("-"))
    start = dt.date(year, month, 1)
    end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    summary = summarize(Project.open(folder), "records", start, end, TODAY)
    assert summary["data_quality"]["files_with_errors"] == []
    assert summary["meetings"]["by_kind"][expect["kind"]] == 1
    missing = [f for f in summary["findings"] if f["code"] == "cadence.missing-regular"]
    if expect["kind"] == "regular":
        assert missing == []
