"""Golden cases: each folder under tests/cases/ is a records tree and the problems it must give."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from tools import yamlload
from tools.messages import CATALOGS, required
from tools.validate import Project, validate_paths, validate_tree

CASES = Path(__file__).resolve().parent / "cases"
CASE_DIRS = sorted(p for p in CASES.iterdir() if (p / "case.yaml").is_file())


def load_case(folder: Path) -> dict:
    return YAML(typ="safe").load((folder / "case.yaml").read_text(encoding="utf-8"))


def run_case(folder: Path, case: dict):
    project = Project.open(folder)
    today = dt.date.fromisoformat(str(case.get("today", "2026-11-27")))
    if case.get("paths"):
        return validate_paths(project, [folder / p for p in case["paths"]], today)
    return validate_tree(project, today)


@pytest.fixture(params=["libyaml", "pure"])
def parser(request, monkeypatch):
    """Every case runs with both YAML parsers: the fast one and the fallback."""
    if request.param == "pure":
        monkeypatch.setattr(yamlload, "_parser", YAML(typ="safe", pure=True))
    elif "CParser" not in type(yamlload._parser).__name__ and \
            "CParser" not in str(yamlload._parser.Parser):
        pytest.skip("ruamel.yaml.clib is not installed")
    return request.param


@pytest.mark.parametrize("folder", CASE_DIRS, ids=[p.name for p in CASE_DIRS])
def test_case(folder: Path, parser: str) -> None:
    case = load_case(folder)
    result = run_case(folder, case)
    found = sorted((p.code, p.path, p.line) for p in result.problems)
    expected = sorted((code, path, line) for code, path, line in case["expected"])
    assert found == expected
    # problems caused by another are reported under it (tools/fold.py)
    folded = sorted((f.code, f.path, f.line) for p in result.problems for f in p.folded)
    assert folded == sorted((code, path, line) for code, path, line in case.get("folded", []))
    for item in result.problems:
        for catalog in CATALOGS.values():
            needed = set().union(*(required(t) for t in catalog.MESSAGES[item.code]))
            assert needed <= set(item.params), (item.code, needed - set(item.params))


def test_every_code_has_a_case() -> None:
    from tools.problems import CODES, HISTORY

    covered = {code for folder in CASE_DIRS for code, _, _ in load_case(folder)["expected"]}
    # codes that compare two versions of a tree: tests/test_protect.py covers them
    assert sorted(set(CODES) - covered - set(HISTORY)) == []
