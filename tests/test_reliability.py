"""Reliability: the cache can only ever lose speed, never data or truth."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from builders import MINUTES, write_tree

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
    shutil.copytree(PROJECT / "schemas", changed)
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
    shutil.copytree(PROJECT / "schemas", copy / "schemas")

    def codes() -> list[str]:
        done = tools(root, "validate", "--format", "json", pythonpath=copy)
        return [p["code"] for p in json.loads(done.stdout)["problems"]]

    assert "minutes.not-adopted" in codes()
    rule = copy / "tools" / "rules" / "minutes.py"
    text = rule.read_text(encoding="utf-8")
    assert 'if data.get("minutes_adopted") is not True:' in text
    rule.write_text(text.replace('if data.get("minutes_adopted") is not True:',
                                 'if data.get("minutes_adopted") is None:'), encoding="utf-8")
    assert "minutes.not-adopted" not in codes()
