"""Golden cases: each folder under tests/cases/ is a records tree and the problems it must give
(`expected`: [code, path, line]; `params`, where a case needs it: [code, path, line, {param:
value}] for the params that tell one reading of a code from another)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from tools.checking.project import Project
from tools.checking.validate import validate_paths, validate_tree
from tools.messages import CATALOGS, required
from tools.reading import yamlparse

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
        monkeypatch.setattr(yamlparse, "PARSER", YAML(typ="safe", pure=True))
    elif "CParser" not in type(yamlparse.PARSER).__name__ and \
            "CParser" not in str(yamlparse.PARSER.Parser):
        pytest.skip("ruamel.yaml.clib is not installed")
    return request.param


def unreadable(folder: Path, rels: list[str], copy: Path, monkeypatch) -> Path:
    """A copy of the case whose files `rels` cannot be read: permissions taken away and, where
    the tests run as root (who reads anything), every open of them refused as the system
    would refuse it."""
    shutil.copytree(folder, copy)
    refused = {os.path.abspath(copy / rel) for rel in rels}
    for path in refused:
        os.chmod(path, 0)
    monkeypatch.setattr(os, "open", _refusing(os.open, refused))
    return copy


def _refusing(real_open, refused: set[str]):
    def open_(path, flags, *args, **kwargs):
        if os.path.abspath(path) in refused:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    return open_


@pytest.mark.parametrize("folder", CASE_DIRS, ids=[p.name for p in CASE_DIRS])
def test_case(folder: Path, parser: str, tmp_path: Path, monkeypatch) -> None:
    case = load_case(folder)
    if case.get("unreadable"):
        folder = unreadable(folder, case["unreadable"], tmp_path / folder.name, monkeypatch)
    result = run_case(folder, case)
    found = sorted((p.code, p.path, p.line) for p in result.problems)
    expected = sorted((code, path, line) for code, path, line in case["expected"])
    assert found == expected
    every = [*result.problems, *(f for p in result.problems for f in p.folded)]
    for code, path, line, params in case.get("params", []):
        [item] = [p for p in every if (p.code, p.path, p.line) == (code, path, line)]
        assert {key: item.params.get(key) for key in params} == params
    # problems caused by another are reported under it (tools/checking/fold.py)
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
