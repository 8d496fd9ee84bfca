"""Reliability: the cache can only ever lose speed, never data or truth."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from builders import CELL, MINUTES, write_tree
from tools.checking.cache import Cache
from tools.checking.engine import run_tree
from tools.checking.project import Project, schema_sources
from tools.checking.run import Run as Validation
from tools.cli import main

PROJECT = Path(__file__).resolve().parent.parent
TODAY = "2026-11-27"


def git(root: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True,
                          text=True).stdout


def repository(root: Path) -> Path:
    write_tree(root)
    git(root, "init", "-q")
    git(root, "-c", "user.name=t", "-c", "user.email=t@example.org", "add", "-A")
    git(root, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "records")
    return root


def tools(root: Path, *args: str, pythonpath: Path = PROJECT) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(pythonpath), "TOOLS_TODAY": TODAY}
    env.pop("TOOLS_NO_CACHE", None)
    return subprocess.run([sys.executable, "-m", "tools", *args], cwd=root, env=env,
                          capture_output=True, text=True)


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every file and folder under `folder`, with the files' bytes."""
    return {p.relative_to(folder).as_posix(): (p.read_bytes() if p.is_file() else None)
            for p in folder.rglob("*")}


def a_precious_folder(folder: Path) -> Path:
    for name in ("photos", "letters", "0123456789abcdef01234567"):
        (folder / name).mkdir(parents=True)
        (folder / name / "keep.txt").write_text(f"{name}: do not delete", encoding="utf-8")
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    return folder


def test_a_committed_cache_link_never_deletes_what_it_points_at(tmp_path: Path) -> None:
    outside = a_precious_folder(tmp_path / "outside")
    before = snapshot(outside)
    root = repository(tmp_path / "repo")
    (root / ".cache").symlink_to(outside, target_is_directory=True)
    (root / ".cache" / "tools").exists()  # the old layout would have used .cache/tools/...
    git(root, "-c", "user.name=t", "-c", "user.email=t@example.org", "add", "-A")
    git(root, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "link")
    for args in (["validate"], ["summarize", "--year", "2025"], ["validate"]):
        done = tools(root, *args)
        assert done.returncode in (0, 1), done.stderr
    assert snapshot(outside) == before


def test_a_link_inside_the_old_cache_folder_is_left_alone(tmp_path: Path) -> None:
    outside = a_precious_folder(tmp_path / "outside")
    before = snapshot(outside)
    root = repository(tmp_path / "repo")
    (root / ".cache").mkdir()
    (root / ".cache" / "tools").symlink_to(outside, target_is_directory=True)
    assert tools(root, "validate").returncode == 0
    assert snapshot(outside) == before


def test_outside_a_repository_nothing_is_written(tmp_path: Path) -> None:
    home = a_precious_folder(tmp_path / "home")
    write_tree(home)
    before = snapshot(home)
    for args in (["validate"], ["summarize", "--year", "2025"]):
        done = tools(home, *args)
        assert done.returncode == 0, done.stderr
    assert snapshot(home) == before


def test_the_cache_deletes_only_what_it_wrote(tmp_path: Path) -> None:
    root = repository(tmp_path / "repo")
    assert tools(root, "validate").returncode == 0
    top = root / ".git" / "tools-cache"
    assert (top / "CACHEDIR.TAG").is_file()
    # folders shaped like an old environment, holding something the cache never writes
    stranger = top / ("f" * 24)
    stranger.mkdir()
    (stranger / "mine.txt").write_text("keep", encoding="utf-8")
    (stranger / ("a" * 40 + ".bin")).write_bytes(b"old entry")
    other = top / "not-an-environment"
    other.mkdir()
    (other / "x.bin").write_bytes(b"keep")
    changed = root / "schemas"  # a new environment: the old ones are forgotten
    shutil.copytree(schema_sources().schemas, changed)
    rulebook = changed / "rulebooks" / "hd12-2018.yaml"
    rulebook.write_text(rulebook.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert tools(root, "validate").returncode == 0
    assert (stranger / "mine.txt").read_text(encoding="utf-8") == "keep"
    assert not (stranger / ("a" * 40 + ".bin")).exists()
    assert (other / "x.bin").read_bytes() == b"keep"


def test_a_cache_folder_that_is_a_link_is_never_used(tmp_path: Path) -> None:
    outside = a_precious_folder(tmp_path / "outside")
    before = snapshot(outside)
    root = repository(tmp_path / "repo")
    (root / ".git" / "tools-cache").symlink_to(outside, target_is_directory=True)
    assert tools(root, "validate").returncode == 0
    assert snapshot(outside) == before


def test_a_rule_changed_in_the_code_changes_the_cached_verdict(tmp_path: Path) -> None:
    root = repository(tmp_path / "repo")
    minutes = root / MINUTES
    minutes.write_text(minutes.read_text(encoding="utf-8").replace(
        "minutes_adopted: true", "minutes_adopted: false"), encoding="utf-8")
    copy = tmp_path / "toolkit"
    shutil.copytree(PROJECT / "tools", copy / "tools",
                    ignore=shutil.ignore_patterns("__pycache__"))

    def codes() -> list[str]:
        done = tools(root, "validate", "--format", "json", pythonpath=copy)
        return [p["code"] for p in json.loads(done.stdout)["problems"]]

    assert "minutes.not-adopted" in codes()
    rule = copy / "tools" / "checking" / "rules" / "minutes.py"
    text = rule.read_text(encoding="utf-8")
    assert 'if data.get("minutes_adopted") is not True:' in text
    rule.write_text(text.replace('if data.get("minutes_adopted") is not True:',
                                 'if data.get("minutes_adopted") is None:'), encoding="utf-8")
    assert "minutes.not-adopted" not in codes()


# -- finding 2: an entry describes exactly the bytes that were checked -------------------------


def a_commune(root: Path, cells: int, meetings: int) -> list[Path]:
    """`cells` copies of the sample cell, each with `meetings` regular meetings (one a day from
    2024-01-01); returns each cell's last minutes file, the one it reads last."""
    write_tree(root)
    template = (root / MINUTES).read_text(encoding="utf-8")
    shutil.rmtree(root / CELL / "minutes")
    roster = root / CELL / "members.yaml"
    roster.write_text(roster.read_text(encoding="utf-8").replace('    card: "52012345"\n', ""),
                      encoding="utf-8")
    last = []
    for number in range(cells):
        cell = root / f"{CELL}-{number}"
        shutil.copytree(root / CELL, cell)
        for index in range(meetings):
            day = (dt.date(2024, 1, 1) + dt.timedelta(days=index)).isoformat()
            path = cell / "minutes" / day[:4] / f"{day}-regular.md"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(template.replace("2025-03-05", day), encoding="utf-8")
        last.append(path)
    shutil.rmtree(root / CELL)
    return last


WRITER = """
import random, sys, time
paths, seconds = sys.argv[2:], float(sys.argv[1])
good = [open(p, "rb").read() for p in paths]
bad = [g.replace(b"y-broh]", b"y-brox]") for g in good]
deadline = time.monotonic() + seconds
while time.monotonic() < deadline:
    index = random.randrange(len(paths))
    with open(paths[index], "r+b") as stream:  # in place, as an editor saves
        stream.write(random.choice((good, bad))[index])
for index, path in enumerate(paths):
    with open(path, "r+b") as stream:
        stream.write(random.choice((good, bad))[index])
"""


def test_a_file_rewritten_during_cached_runs_never_leaves_a_wrong_answer(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    racing = a_commune(root, cells=20, meetings=30)
    git(root, "init", "-q")
    for _ in range(3):  # bounded: about two seconds a round
        writer = subprocess.Popen([sys.executable, "-c", WRITER, "1.5", *map(str, racing)])
        while writer.poll() is None:
            assert tools(root, "validate").returncode in (0, 1)
        assert writer.wait() == 0
        cached = tools(root, "validate", "--format", "json")
        plain = tools(root, "validate", "--format", "json", "--no-cache")
        assert json.loads(cached.stdout) == json.loads(plain.stdout)


def test_a_branch_switched_during_a_cached_run_never_leaves_a_wrong_answer(
        tmp_path: Path, monkeypatch) -> None:
    root = repository(tmp_path / "repo")
    committer = ["-c", "user.name=t", "-c", "user.email=t@example.org"]
    git(root, "checkout", "-q", "-b", "other")
    minutes = root / MINUTES
    minutes.write_text(minutes.read_text(encoding="utf-8").replace(", y-broh]", "]"),
                       encoding="utf-8")
    git(root, *committer, "commit", "-qam", "y-broh left out")
    git(root, "checkout", "-q", "-")
    project = Project.open(root)
    read = Validation.read
    switched = []

    def switch_then_read(self, rel: str, kind: str):
        if kind == "minutes" and not switched:  # a git GUI switches branches mid-check
            switched.append(rel)
            git(root, "checkout", "-q", "other")
        return read(self, rel, kind)

    monkeypatch.setattr(Validation, "read", switch_then_read)
    run_tree(project, dt.date.fromisoformat(TODAY), cache=Cache(root, project.sources.files))
    monkeypatch.setattr(Validation, "read", read)
    git(root, "checkout", "-q", "-")
    cached = run_tree(project, dt.date.fromisoformat(TODAY),
                      cache=Cache(root, project.sources.files))
    plain = run_tree(project, dt.date.fromisoformat(TODAY))
    assert switched and cached.result().problems == plain.result().problems == []


# -- finding 6: unreadable and vanishing files in cached runs ----------------------------------


def refuse_reading(monkeypatch, *paths: Path) -> None:
    """Make `paths` unreadable, even for root: permissions taken away, and every open of them
    refused as the system refuses it."""
    refused = {os.path.abspath(path) for path in paths}
    for path in paths:
        path.chmod(0)
    real_open = os.open

    def open_(path, flags, *args, **kwargs):
        if os.path.abspath(path) in refused:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", open_)


def validate_json(root: Path, *args: str) -> dict:
    result = CliRunner().invoke(main, ["--root", str(root), "validate", "--format", "json",
                                       "--today", TODAY, *args])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.output)


def test_an_unreadable_record_is_a_problem_and_never_cached(tmp_path: Path, monkeypatch) -> None:
    root = repository(tmp_path / "repo")
    assert validate_json(root)["ok"]
    minutes = root / MINUTES
    minutes.write_text(minutes.read_text(encoding="utf-8") + "\nBổ sung.\n", encoding="utf-8")
    with monkeypatch.context() as patch:
        refuse_reading(patch, minutes)
        for args in ((), (), ("--no-cache",), (str(minutes),)):
            found = [(p["code"], p["path"]) for p in validate_json(root, *args)["problems"]]
            assert found == [("parse.unreadable", MINUTES)], args
    minutes.chmod(0o644)
    assert validate_json(root) == validate_json(root, "--no-cache")
    assert validate_json(root)["ok"]


def test_a_file_deleted_during_a_cached_run(tmp_path: Path, monkeypatch) -> None:
    root = repository(tmp_path / "repo")
    second = root / MINUTES.replace("03-05", "04-05")
    second.write_text((root / MINUTES).read_text(encoding="utf-8").replace(
        "2025-03-05", "2025-04-05"), encoding="utf-8")
    project = Project.open(root)
    today = dt.date.fromisoformat(TODAY)
    run_tree(project, today, cache=Cache(root, project.sources.files))
    second.write_text(second.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    load, read = Cache.load, Validation.read

    def load_then_delete(self, cell: str):  # listed by the walk, gone before its check
        entry = load(self, cell)
        second.unlink(missing_ok=True)
        return entry

    monkeypatch.setattr(Cache, "load", load_then_delete)
    assert run_tree(project, today, cache=Cache(root, project.sources.files)).problems == []
    monkeypatch.setattr(Cache, "load", load)
    second.write_text((root / MINUTES).read_text(encoding="utf-8").replace(
        "2025-03-05", "2025-04-05"), encoding="utf-8")

    def delete_then_read(self, rel: str, kind: str):  # listed for its cell, gone when read
        if rel.endswith("04-05-regular.md"):
            second.unlink(missing_ok=True)
        return read(self, rel, kind)

    monkeypatch.setattr(Validation, "read", delete_then_read)
    during = run_tree(project, today, cache=Cache(root, project.sources.files))
    assert [p.code for p in during.problems] == ["parse.unreadable"]
    monkeypatch.setattr(Validation, "read", read)
    after = run_tree(project, today, cache=Cache(root, project.sources.files))
    assert after.problems == run_tree(project, today).problems == []
