"""A whole-tree run answered from its snapshot gives the answer a run without any cache gives,
and any change git or the folders can tell (an edit of a tracked file even at the same size
and time, a new, removed or renamed file or folder, an edit of an untracked or ignored file, a
staged change, a commit, another branch, another day) makes the run check again."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from tools.checking import cache as cache_module
from tools.checking import snapshot
from tools.checking.cache import Cache
from tools.checking.engine import run_tree
from tools.checking.project import Project, schema_sources
from tools.cli import prefetch
from tools.rollup.summary import summarize
from tools.workflow.demo.kbang import kbang

TODAY = dt.date(2026, 11, 27)
RACY_NS = snapshot.RACY_NS
GIT_USER = ["-c", "user.name=Văn thư", "-c", "user.email=vanthu@example.org"]


def git(root: Path, *args: str) -> str:
    return subprocess.run(["git", *GIT_USER, *args], cwd=root, check=True,
                          capture_output=True, text=True).stdout


def age(root: Path) -> None:
    """Every file and folder's modification time set back, as in a checkout made a while ago
    (their status-change time is now: the fixture `trust_recent` stands for waiting)."""
    old = time.time() - 600
    for path in [root / "records", *(root / "records").rglob("*")]:
        os.utime(path, (old, old), follow_symlinks=False)


@pytest.fixture(autouse=True)
def trust_recent(monkeypatch: pytest.MonkeyPatch) -> None:
    """No racy window: what changed before a run started is trusted by its time, as it is
    two seconds later (test_files_changed_just_now_are_not_trusted_by_their_time)."""
    monkeypatch.setattr(snapshot, "RACY_NS", 0)
    monkeypatch.setattr(cache_module, "RACY_NS", 0)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    kbang(tmp_path, cells=6)
    shutil.copytree(schema_sources().schemas, tmp_path / "schemas")
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "Sổ biên bản")
    age(tmp_path)
    git(tmp_path, "status")  # what a git GUI does all day: the index's times refreshed
    return tmp_path


def run(root: Path, today: dt.date = TODAY):
    project = Project.open(root)
    return run_tree(project, today, cache=Cache(root, project.sources.files))


def answer(result) -> list:
    return sorted((p.code, p.path, p.line, p.column, json.dumps(p.params, sort_keys=True))
                  for p in result.problems) + [result.checked]


def uncached(root: Path, today: dt.date = TODAY) -> list:
    return answer(run_tree(Project.open(root), today))


def a_minutes(root: Path, index: int = 0) -> Path:
    return sorted((root / "records").rglob("minutes/*/*.md"))[index]


def taken(root: Path) -> bytes:
    """A snapshot taken and then used."""
    first = run(root)
    assert first.snapshot is not None
    second = run(root)
    assert (second.snapshot, second.fresh) == (first.snapshot, 0)
    assert answer(second) == answer(first) == uncached(root)
    return first.snapshot


def checked_again(root: Path, before: bytes, today: dt.date = TODAY) -> None:
    again = run(root, today)
    assert again.snapshot != before
    assert answer(again) == uncached(root, today)


def test_a_repeated_run_is_answered_from_the_snapshot(tree: Path) -> None:
    taken(tree)


def test_an_edit_at_the_same_size_and_time_is_seen(tree: Path) -> None:
    """Size and modification time put back as they were: git still sees the change time,
    which no one can set (to the second: git's index keeps nanoseconds only where it was
    built to)."""
    before = taken(tree)
    time.sleep(1.1)
    path = a_minutes(tree)
    info = path.stat()
    text = path.read_text(encoding="utf-8")
    changed = text.replace("date: 20", "date: 19", 1)  # the date no longer matches the name
    assert changed != text and len(changed.encode()) == len(text.encode())
    path.write_text(changed, encoding="utf-8")
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    checked_again(tree, before)
    assert any(p[1] == path.relative_to(tree).as_posix() for p in answer(run(tree))[:-1])


def test_a_new_file_a_removed_file_and_a_renamed_one_are_seen(tree: Path) -> None:
    before = taken(tree)
    path = a_minutes(tree, 1)
    copy = path.with_name("ghi-chu.md")
    shutil.copy(path, copy)
    checked_again(tree, before)
    age(tree)
    before = taken(tree)
    copy.rename(path.with_name("2020-01-01-regular.md"))
    checked_again(tree, before)
    age(tree)
    before = taken(tree)
    path.with_name("2020-01-01-regular.md").unlink()
    checked_again(tree, before)


def test_an_empty_folder_git_cannot_see_is_seen(tree: Path) -> None:
    before = taken(tree)
    (tree / "records" / "thu-muc-moi" / "con").mkdir(parents=True)
    assert git(tree, "status", "--porcelain") == ""
    checked_again(tree, before)


def test_an_edit_of_an_untracked_file_is_seen(tree: Path) -> None:
    path = a_minutes(tree, 2)
    new = path.with_name("2019-12-30-regular.md")
    new.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    age(tree)
    before = taken(tree)
    new.write_text(new.read_text(encoding="utf-8") + "\nBổ sung ý kiến.\n", encoding="utf-8")
    checked_again(tree, before)


def test_an_ignored_file_is_looked_at_too(tree: Path) -> None:
    (tree / ".gitignore").write_text("*.tam\n", encoding="utf-8")
    scratch = a_minutes(tree).with_name("nhap.tam")
    scratch.write_text("nháp\n", encoding="utf-8")
    age(tree)
    before = taken(tree)
    scratch.write_text("nháp đã sửa\n", encoding="utf-8")
    checked_again(tree, before)


def test_a_staged_change_a_commit_and_another_branch_are_seen(tree: Path) -> None:
    before = taken(tree)
    path = a_minutes(tree, 3)
    path.write_text(path.read_text(encoding="utf-8") + "\nKết luận bổ sung.\n",
                    encoding="utf-8")
    git(tree, "add", "-A")
    checked_again(tree, before)
    git(tree, "commit", "-q", "-m", "Bổ sung")
    age(tree)
    before = taken(tree)
    git(tree, "checkout", "-q", "HEAD~1")
    age(tree)
    checked_again(tree, before)


def test_another_day_is_checked_again(tree: Path) -> None:
    before = taken(tree)
    checked_again(tree, before, TODAY + dt.timedelta(days=400))


def test_a_sparse_checkout_is_never_answered_from_a_snapshot(tree: Path) -> None:
    path = a_minutes(tree, 4)
    git(tree, "update-index", "--skip-worktree", path.relative_to(tree).as_posix())
    path.write_text("---\nnot: minutes\n---\n", encoding="utf-8")
    age(tree)
    assert run(tree).snapshot is None
    again = run(tree)
    assert again.snapshot is None and answer(again) == uncached(tree)


def test_files_changed_just_now_are_not_trusted_by_their_time(
        tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(snapshot, "RACY_NS", RACY_NS)
    path = a_minutes(tree, 5)
    path.with_name("2019-11-30-regular.md").write_text(path.read_text(encoding="utf-8"),
                                                       encoding="utf-8")
    assert run(tree).snapshot is None  # its folder changed within the racy window


def test_no_commit_yet_no_snapshot(tmp_path: Path) -> None:
    kbang(tmp_path, cells=2)
    git(tmp_path, "init", "-q")
    age(tmp_path)
    assert run(tmp_path).snapshot is None


def test_a_summary_is_kept_with_its_snapshot_and_made_again_after_a_change(
        tree: Path) -> None:
    def summary(cache: bool) -> dict:
        project = Project.open(tree)
        options = {"cache": Cache(tree, project.sources.files)} if cache else {}
        return summarize(project, "records/huyen-kbang", dt.date(2024, 1, 1),
                         dt.date(2024, 12, 31), TODAY, **options)

    first, second = summary(True), summary(True)
    assert first == second == summary(False)
    path = a_minutes(tree, 0)
    path.unlink()
    changed = summary(True)
    assert changed == summary(False) and changed != first


@pytest.mark.parametrize(("argv", "expected"), [
    (["validate"], []),
    (["validate", "--format", "json", "--lang=en", "--strict", "--today", "2026-11-27"], []),
    (["validate", "records/a.md"], ["records/a.md"]),
    (["validate", "--staged"], None),
    (["validate", "--since", "main"], None),
    (["validate", "--no-cache"], None),
    (["summarize", "records/huyen-kbang", "--year", "2024", "--section", "meetings"],
     ["records/huyen-kbang"]),
    (["summarize", "--merge", "a.json", "b.json"], None),
    (["summarize", "--from", "2024-01-01", "--to=2024-06-30", "--no-names"], []),
])
def test_git_is_asked_early_only_for_the_plain_forms(argv: list[str],
                                                     expected: list[str] | None) -> None:
    assert prefetch.positionals(argv[0], argv[1:]) == expected


def test_asked_early_or_not_the_answer_is_the_same(tree: Path) -> None:
    project = Project.open(tree)
    cache = Cache(tree, project.sources.files)
    first = run(tree)
    snapshot.ask_early(tree.resolve(), "records")
    assert snapshot._ASKED
    again = run_tree(project, TODAY, cache=cache)
    assert not snapshot._ASKED  # taken by the run
    assert again.snapshot == first.snapshot and answer(again) == answer(first)


def test_a_file_read_by_the_run_needs_no_wait_one_it_did_not_read_does(
        tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file git cannot vouch for, written just before the run (a clerk's new minutes, saved
    a second ago): its mark as the run read it is kept, since a later change will not match
    it; a file the run did not read is kept only once it is older than the racy window."""
    monkeypatch.setattr(snapshot, "RACY_NS", RACY_NS)
    path = a_minutes(tree, 6)
    new = path.with_name("2019-10-30-regular.md")
    new.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    rel = new.relative_to(tree).as_posix()
    taking = snapshot.Taking(tree, "records")
    as_read = snapshot.fingerprint(tree, rel)
    assert taking._marks({rel}, lambda r: as_read if r == rel else None) == \
        {rel: (as_read[0], as_read[2])}
    assert taking._marks({rel}, lambda r: None) is None
    taking.asked.outputs()  # the git it started, done with
