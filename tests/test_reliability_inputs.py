"""Reliability on valid but extreme input: the first and last days the calendar has, odd file
names; and growth: review, quarter counting and fix stay linear (issue 14, findings 6 and 7)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from builders import CELL, MINUTES, write_tree
from tools.cli import main

TODAY = "2026-11-27"
ROSTER = f"{CELL}/members.yaml"
UNIT = f"{CELL}/unit.yaml"


def invoke(root: Path, *args: str):
    return CliRunner().invoke(main, ["--root", str(root), *args])


def _edit(root: Path, rel: str, old: str, new: str) -> None:
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, (rel, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# Each edit puts an extreme date in one date field; YAML and the schemas accept them all.
PROBATIONER = "    admitted: 2015-09-02\n    full_since: 2016-09-02\n"
EXTREMES = {
    "admitted": (ROSTER, "    admitted: 2010-03-02\n", "    admitted: {day}\n"),
    "full_since": (ROSTER, "    full_since: 2011-03-02\n", "    full_since: {day}\n"),
    "joined": (ROSTER, "    joined: 2010-03-02\n", "    joined: {day}\n"),
    "probationer-admitted": (ROSTER, PROBATIONER, "    admitted: {day}\n"),
    "left": (ROSTER, "    joined: 2015-09-02\n",
             "    joined: 2015-09-02\n    left: {day}\n    left_reason: other\n"),
    "exempt": (ROSTER, "    joined: 2015-09-02\n",
               "    joined: 2015-09-02\n    exempt:\n      - from: {day}\n        to: {day}\n"),
    "established": (UNIT, "kind: cell\n", "kind: cell\nestablished: {day}\n"),
    "dissolved": (UNIT, "kind: cell\n", "kind: cell\ndissolved: {day}\n"),
    "task-due": (MINUTES, "minutes_adopted: true\n",
                 "minutes_adopted: true\ntasks:\n  - member: y-broh\n    task: Trồng cây\n"
                 "    due: {day}\n"),
    "correction": (MINUTES, "minutes_adopted: true\n",
                   "minutes_adopted: true\ncorrections:\n  - date: {day}\n    reason: Sửa\n"),
}


@pytest.mark.parametrize("day", ["0001-01-01", "9999-06-01", "9999-12-31"])
@pytest.mark.parametrize("field", sorted(EXTREMES))
def test_the_first_and_last_days_of_the_calendar_never_crash(tmp_path: Path, field: str,
                                                            day: str) -> None:
    write_tree(tmp_path)
    rel, old, new = EXTREMES[field]
    _edit(tmp_path, rel, old, new.format(day=day))
    runs = (["validate"], ["validate", str(tmp_path / rel), str(tmp_path / MINUTES)],
            ["summarize", "--from", "1930-01-01", "--to", "2200-12-31"],
            ["new", CELL, "--date", "2026-07-06", "--kind", "regular"])
    for args in runs:
        result = invoke(tmp_path, *args, "--today", TODAY)
        assert result.exception is None or isinstance(result.exception, SystemExit), \
            (args, result.exception)
        assert result.exit_code in (0, 1), (args, result.output)


# -- finding 7: growth ---------------------------------------------------------------------------

PROJECT = Path(__file__).resolve().parent.parent
HANG = 30  # seconds: linear work here takes a few; the quadratic versions took minutes


def run_tools(root: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(PROJECT), "TOOLS_TODAY": TODAY}
    return subprocess.run([sys.executable, "-m", "tools", *args], cwd=root, env=env,
                          capture_output=True, text=True, timeout=HANG)


def git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
                   cwd=root, check=True, capture_output=True)


def test_review_is_linear_in_the_attendance_lists(tmp_path: Path) -> None:
    write_tree(tmp_path)
    ids = [f"d{number}" for number in range(110_000)]  # as many as fit in 1 MiB
    minutes = tmp_path / MINUTES
    text = minutes.read_text(encoding="utf-8")
    minutes.write_text(text.replace("y-broh]", "y-broh, " + ", ".join(ids) + "]"),
                       encoding="utf-8")
    assert minutes.stat().st_size < 1024 * 1024
    roster = tmp_path / ROSTER  # a roster of them all is too large to read: review skips it too
    roster.write_text(roster.read_text(encoding="utf-8") + "".join(
        f"  - {{id: {i}, name: Đảng viên {i}, admitted: 2010-03-02, joined: 2010-03-02}}\n"
        for i in ids), encoding="utf-8")
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-qm", "base")
    minutes.write_text(minutes.read_text(encoding="utf-8").replace(
        "y-broh, d0, ", "y-broh, ").replace("minutes_adopted", "absent_unexcused: [d0]\n"
                                             "minutes_adopted"), encoding="utf-8")
    done = run_tools(tmp_path, "review", "--base", "main", "--format", "json")
    assert done.returncode == 1, done.stderr
    [entry] = json.loads(done.stdout)["entries"]
    changes = {change["field"]: change for change in entry["changes"]}
    assert (changes["present"]["before"], changes["present"]["after"]) == (110_003, 110_002)
    assert changes["present"]["removed"] == ["d0"]
    assert changes["absent_unexcused"]["added"] == ["d0"]


def test_quarters_are_counted_in_linear_time(tmp_path: Path) -> None:
    write_tree(tmp_path)
    done = run_tools(tmp_path, "summarize", "--from", "0001-01-01", "--to", "9999-12-31",
                     "--today", "9999-12-31", "--format", "json", "--section", "meetings")
    assert done.returncode == 0, done.stderr
    meetings = json.loads(done.stdout)["meetings"]
    assert (meetings["months_required"], meetings["quarters_required"]) == (9999 * 12, 9999 * 4)


def test_fix_refuses_files_over_the_size_limit(tmp_path: Path) -> None:
    write_tree(tmp_path)
    minutes = tmp_path / MINUTES
    appendix = "Phụ lục.\r\n".encode() * 1_600_000
    huge = b"\xef\xbb\xbf" + minutes.read_bytes() + appendix
    minutes.write_bytes(huge)  # 26 MB, with a BOM and CRLF that fix would otherwise mend
    done = run_tools(tmp_path, "fix", "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert MINUTES in done.stderr
    assert minutes.read_bytes() == huge


# -- finding 6: a file name that is not UTF-8 ----------------------------------------------------


def _undecodable_name(root: Path) -> Path:
    folder = os.fsencode(root / CELL / "minutes" / "2025")
    try:
        path = Path(os.fsdecode(folder + b"/2025-04-05-regular-\xff.md"))
        path.write_bytes((root / MINUTES).read_bytes())
    except (OSError, UnicodeError):
        pytest.skip("this file system takes UTF-8 names only")
    return path


@pytest.mark.parametrize("format_", ["text", "json", "github", "gitlab"])
def test_a_file_name_that_is_not_utf8_is_reported_in_every_format(tmp_path: Path,
                                                                  format_: str) -> None:
    write_tree(tmp_path)
    _undecodable_name(tmp_path)
    done = run_tools(tmp_path, "validate", "--format", format_)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert "internal error" not in done.stderr
    if format_ in ("json", "gitlab"):
        found = json.loads(done.stdout)
        issues = found["problems"] if format_ == "json" else found
        assert [issue.get("code", issue.get("check_name")) for issue in issues] == \
            ["layout.file-name"]


def test_review_reports_a_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    write_tree(tmp_path)
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-qm", "base")
    _undecodable_name(tmp_path)
    for format_ in ("text", "markdown", "json"):
        done = run_tools(tmp_path, "review", "--base", "main", "--format", format_)
        assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
