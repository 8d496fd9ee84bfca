"""The cache never changes an answer: it invalidates exactly what depends on an edit, survives
concurrent runs and damage, and gives the same JSON as a run without it."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tools.checking import cache as cache_module
from tools.checking.cache import Cache
from tools.checking.engine import run_tree
from tools.checking.project import Project, schema_sources
from tools.rollup.period import Period
from tools.rollup.request import Request
from tools.rollup.summary import summarize
from tools.workflow.demo.kbang import kbang

PROJECT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 27)


def git_init(root: Path) -> None:
    subprocess.run(["git", "init", "-q", str(root)], check=True)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    kbang(tmp_path, cells=12)
    shutil.copytree(schema_sources().schemas, tmp_path / "schemas")
    git_init(tmp_path)
    old = time.time() - 60  # files older than the racy window, as in a real checkout
    for path in (tmp_path / "records").rglob("*"):
        os.utime(path, (old, old))
    return tmp_path


def run(root: Path, **options):
    project = Project.open(root)
    return run_tree(project, TODAY, cache=Cache(root, project.sources.files), **options)


def answer(result) -> list:
    return sorted((p.code, p.path, p.line, p.column, json.dumps(p.params, sort_keys=True))
                  for p in result.problems)


def cell_of(root: Path, index: int = 0) -> Path:
    return sorted(p.parent for p in (root / "records").rglob("members.yaml"))[index]


def test_second_run_reads_nothing_again(tree: Path) -> None:
    first, second = run(tree), run(tree)
    assert (first.fresh, second.fresh) == (12, 0)
    assert answer(first) == answer(second)


@pytest.mark.parametrize("target", ["minutes", "members.yaml", "unit.yaml"])
def test_an_edit_invalidates_its_cell_only(tree: Path, target: str) -> None:
    run(tree)
    cell = cell_of(tree, 3)
    path = next((cell / "minutes").rglob("*.md")) if target == "minutes" else cell / target
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("name: ", "name:  ", 1) if target != "minutes"
                    else text + "\nBổ sung.\n", encoding="utf-8")
    again = run(tree)
    assert again.fresh == 1
    uncached = run_tree(Project.open(tree), TODAY)
    assert answer(again) == answer(uncached)


def test_a_change_that_breaks_a_record_is_seen(tree: Path) -> None:
    run(tree)
    path = next((cell_of(tree, 5) / "minutes").rglob("*regular.md"))
    path.write_text(path.read_text(encoding="utf-8").replace("kind: regular", "kind: regulr"),
                    encoding="utf-8")
    assert "schema.enum" in [p.code for p in run(tree).problems]


@pytest.mark.parametrize("change", ["schema", "rulebook", "version", "dependency"])
def test_schemas_rulebooks_and_the_tool_version_invalidate_everything(
        tree: Path, change: str, monkeypatch, tmp_path_factory) -> None:
    run(tree)
    if change == "schema":
        path = tree / "schemas" / "minutes.schema.json"
        path.write_text(path.read_text(encoding="utf-8").replace("Địa điểm", "Nơi họp"),
                        encoding="utf-8")
    elif change == "rulebook":
        path = tree / "schemas" / "rulebooks" / "hd12-2018.yaml"
        path.write_text(path.read_text(encoding="utf-8").replace("regular: 90", "regular: 100"),
                        encoding="utf-8")
    elif change == "dependency":  # click upgraded: another metadata folder on the path
        site = tmp_path_factory.mktemp("site")
        (site / "click-99.0.dist-info").mkdir()
        (site / "unrelated_package-1.0.dist-info").mkdir()
        monkeypatch.syspath_prepend(str(site))
        assert [Path(p).name for p in cache_module.installed_versions()
                if p.startswith(str(site))] == ["click-99.0.dist-info"]
    else:
        monkeypatch.setattr(cache_module, "__version__", "9.9.9")
    again = run(tree)
    assert again.fresh == 12
    if change == "rulebook":
        assert answer(again) == answer(run_tree(Project.open(tree), TODAY))


def test_today_is_part_of_the_key(tree: Path) -> None:
    run(tree)
    project = Project.open(tree)
    later = run_tree(project, TODAY + dt.timedelta(days=1),
                     cache=Cache(tree, project.sources.files))
    assert later.fresh == 12


def test_a_file_changed_within_the_racy_window_is_hashed(tree: Path) -> None:
    path = next((cell_of(tree) / "minutes").rglob("*.md"))
    path.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")  # mtime: now
    run(tree)
    stat = path.stat()
    text = path.read_text(encoding="utf-8")
    changed = text.replace("kind: ", "kind: x", 1)[:len(text)]  # same size, new content
    path.write_text(changed, encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # and the same time
    assert "schema.enum" in [p.code for p in run(tree).problems]


def test_a_damaged_entry_is_rebuilt(tree: Path) -> None:
    first = run(tree)
    cards = hashlib.sha1(b"/cards").hexdigest() + ".bin"  # the tree's card answer
    entries = sorted(p for p in (tree / ".git" / "tools-cache").rglob("*.bin")
                     if p.name != cards)
    assert len(entries) == 12
    entries[0].write_bytes(entries[0].read_bytes()[:-7] + b"garbage")
    entries[1].write_bytes(b"")
    again = run(tree)
    assert again.fresh == 2
    assert answer(again) == answer(first)
    assert run(tree).fresh == 0


def test_an_unwritable_cache_is_not_an_error(tree: Path) -> None:
    # as unwritable as it gets
    (tree / ".git" / "tools-cache").write_text("not a folder", encoding="utf-8")
    assert answer(run(tree)) == answer(run_tree(Project.open(tree), TODAY))


def test_two_concurrent_runs_agree(tree: Path) -> None:
    command = [sys.executable, "-m", "tools", "validate", "--format", "json",
               "--today", TODAY.isoformat()]
    runs = [subprocess.Popen(command, cwd=tree, stdout=subprocess.PIPE) for _ in range(2)]
    outputs = [json.loads(process.communicate()[0]) for process in runs]
    assert outputs[0] == outputs[1]
    third = subprocess.run(command, cwd=tree, capture_output=True, check=False)
    assert json.loads(third.stdout) == outputs[0]


def test_cached_parallel_and_plain_runs_give_identical_summaries(tree: Path) -> None:
    project = Project.open(tree)
    year = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    plain = summarize(project, "records", *year, TODAY)
    cold = summarize(project, "records", *year, TODAY, cache=Cache(tree, project.sources.files),
                     jobs=2)
    warm = summarize(project, "records", *year, TODAY, cache=Cache(tree, project.sources.files),
                     jobs=2)
    assert json.dumps(plain, sort_keys=True) == json.dumps(cold, sort_keys=True) \
        == json.dumps(warm, sort_keys=True)
    request = Request(Period(*year), True)
    assert run(tree, request=request).fresh == 0


def test_parallel_validation_equals_serial(tree: Path, monkeypatch) -> None:
    from tools.checking import workers as engine

    monkeypatch.setattr(engine, "PARALLEL_FROM", 2)
    project = Project.open(tree)
    assert answer(run_tree(project, TODAY, jobs=2)) == answer(run_tree(project, TODAY))


def test_the_card_check_follows_roster_edits(tree: Path) -> None:
    run(tree)
    first, second = (cell_of(tree, i) / "members.yaml" for i in (1, 2))
    card = next(line for line in first.read_text(encoding="utf-8").splitlines()
                if "card:" in line)
    text = second.read_text(encoding="utf-8")
    old = next(line for line in text.splitlines() if "card:" in line)
    second.write_text(text.replace(old, card, 1), encoding="utf-8")
    assert "roster.duplicate-card" in [p.code for p in run(tree).problems]
    assert "roster.duplicate-card" in [p.code for p in run(tree).problems]  # from the cache
    second.write_text(text, encoding="utf-8")
    assert "roster.duplicate-card" not in [p.code for p in run(tree).problems]
