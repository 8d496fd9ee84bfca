"""Protections where clerks commit: real `git commit`s through the project's pre-commit hook in
a temporary repository, and the same protections in CI (`validate --since`) in every format."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from builders import CELL, MINUTES, write_tree
from tools.cli import main

PROJECT = Path(__file__).resolve().parent.parent
ROSTER = f"{CELL}/members.yaml"
TODAY = "2026-11-27"
DECISIONS = ("decisions:\n  - text: Thông qua nghị quyết tháng 3/2025\n"
             "    votes: {for: 3, against: 0, abstain: 0}\n    adopted: true\n")
LINE = re.compile(r"^(?P<path>records/\S+?):(?:(?P<line>\d+):\d+:)? (?P<severity>lỗi|cảnh báo) "
                  r"(?P<code>\S+) ", re.MULTILINE)


def git(repo: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Văn thư", "GIT_AUTHOR_EMAIL": "vt@example.org",
           "GIT_COMMITTER_NAME": "Văn thư", "GIT_COMMITTER_EMAIL": "vt@example.org",
           "TOOLS_TODAY": TODAY}
    env.pop("TOOLS_LANG", None)
    return subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True,
                          encoding="utf-8")


def edit(repo: Path, rel: str, old: str, new: str) -> None:
    path = repo / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture(scope="module")
def committed(tmp_path_factory) -> Path:
    """A clerk's repository with the hook installed and a first commit of the records (a first
    commit has nothing to protect)."""
    root = tmp_path_factory.mktemp("clerk-protect")
    shutil.copytree(PROJECT / "tools", root / "tools", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(PROJECT / ".pre-commit-config.yaml", root)
    write_tree(root)
    edit(root, MINUTES, "minutes_adopted: true\n", DECISIONS + "minutes_adopted: true\n")
    assert git(root, "init", "-q", "-b", "main").returncode == 0
    install = subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=root,
                             capture_output=True, text=True)
    assert install.returncode == 0, install.stderr
    git(root, "add", "-A")
    first = git(root, "commit", "-q", "-m", "Hồ sơ ban đầu")
    assert first.returncode == 0, first.stdout + first.stderr
    return root


@pytest.fixture
def repo(committed: Path):
    """The clerk's repository as first committed, whatever the test before committed."""
    first = git(committed, "rev-list", "--max-parents=0", "HEAD").stdout.strip()
    git(committed, "reset", "-q", "--hard", first)
    git(committed, "clean", "-q", "-fd", "records")
    return committed


def commit(repo: Path, message: str) -> tuple[bool, list[tuple[str, int | None, str]], str]:
    """Stage everything and commit through the hook: (committed?, [(path, line, code)],
    output)."""
    before = git(repo, "rev-parse", "HEAD").stdout
    git(repo, "add", "-A", "records")
    done = git(repo, "commit", "-q", "-m", message)
    output = done.stdout + done.stderr
    found = [(m["path"], int(m["line"]) if m["line"] else None, m["code"])
             for m in LINE.finditer(output) if m["severity"] == "lỗi"]
    moved = git(repo, "rev-parse", "HEAD").stdout != before
    assert moved == (done.returncode == 0), output
    return moved, found, output


def test_deleting_committed_minutes_is_blocked(repo: Path) -> None:
    (repo / MINUTES).unlink()
    moved, found, output = commit(repo, "Xóa biên bản")
    assert not moved
    assert found == [(MINUTES, None, "record.deleted")]
    assert "Hồ sơ không bao giờ bị xóa" in output  # the message renders, in Vietnamese


def test_changing_votes_without_a_correction_is_blocked_on_the_votes_line(repo: Path) -> None:
    edit(repo, MINUTES, "votes: {for: 3, against: 0, abstain: 0}",
         "votes: {for: 2, against: 1, abstain: 0}")
    votes_line = (repo / MINUTES).read_text(encoding="utf-8").split("\n").index(
        "    votes: {for: 2, against: 1, abstain: 0}") + 1
    moved, found, _ = commit(repo, "Sửa số phiếu")
    assert not moved
    assert found == [(MINUTES, votes_line, "record.changed-without-correction")]


def test_a_body_change_is_reported_on_its_line(repo: Path) -> None:
    edit(repo, MINUTES, "Chi bộ đánh giá", "Chi bộ thảo luận và đánh giá")
    line = (repo / MINUTES).read_text(encoding="utf-8").split("\n").index(
        "Chi bộ thảo luận và đánh giá việc chăm sóc cà phê và phòng chống cháy rừng.") + 1
    moved, found, _ = commit(repo, "Sửa nội dung")
    assert not moved
    assert found == [(MINUTES, line, "record.changed-without-correction")]


def test_an_edit_with_a_new_correction_passes(repo: Path) -> None:
    edit(repo, MINUTES, "votes: {for: 3, against: 0, abstain: 0}",
         "votes: {for: 2, against: 1, abstain: 0}")
    edit(repo, MINUTES, "minutes_adopted: true\n", "minutes_adopted: true\ncorrections:\n"
         "  - date: 2026-11-27\n    reason: Sửa số phiếu theo biên bản kiểm phiếu\n")
    moved, found, output = commit(repo, "Sửa số phiếu, có đính chính")
    assert moved and found == [], output


def test_a_format_only_change_passes(repo: Path) -> None:
    path = repo / MINUTES
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b'"07:30"', b"07:30")
                     .replace(b"07 gi\xe1\xbb\x9d 30.", b"07 gi\xe1\xbb\x9d 30.  ")
                     .replace(b"\n", b"\r\n") + b"\r\n\r\n")
    moved, found, output = commit(repo, "Lưu lại bằng Notepad")
    assert moved and found == [], output


def test_deleting_a_member_is_one_error_on_the_roster(repo: Path) -> None:
    edit(repo, ROSTER, "  - id: y-broh\n    name: Y Brốh\n    admitted: 2015-09-02\n"
         "    full_since: 2016-09-02\n    joined: 2015-09-02\n", "")
    moved, found, output = commit(repo, "Bỏ đảng viên đã chuyển đi")
    assert not moved
    assert [(path, code) for path, _, code in found] == [(ROSTER, "roster.member-removed")]
    assert "y-broh" in output and "2025-03-05-regular.md" in output


def test_renaming_a_member_id_is_one_error_on_the_new_id(repo: Path) -> None:
    edit(repo, ROSTER, "  - id: y-broh\n", "  - id: y-broh-2\n")
    line = (repo / ROSTER).read_text(encoding="utf-8").split("\n").index("  - id: y-broh-2") + 1
    moved, found, _ = commit(repo, "Đổi mã")
    assert not moved
    assert found == [(ROSTER, line, "roster.member-removed")]


def test_a_member_who_leaves_with_left_passes(repo: Path) -> None:
    edit(repo, ROSTER, "    full_since: 2016-09-02\n    joined: 2015-09-02\n",
         "    full_since: 2016-09-02\n    joined: 2015-09-02\n    left: 2026-10-01\n"
         "    left_reason: transfer\n")
    moved, found, output = commit(repo, "Đảng viên chuyển sinh hoạt")
    assert moved and found == [], output


def test_a_renamed_file_is_not_a_deletion(repo: Path) -> None:
    second = MINUTES.replace("regular.md", "regular-2.md")
    git(repo, "mv", MINUTES, second)
    moved, found, _ = commit(repo, "Đổi tên tệp")
    # no record.deleted: the minutes are kept under the new name (which is valid as well)
    assert moved and found == []


# -- the same protections in CI, in every format ---------------------------------------------


@pytest.fixture
def feature(tmp_path: Path) -> Path:
    """A repository whose feature branch changes one id in members.yaml."""
    repo = write_tree(tmp_path / "repo")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "Hồ sơ ban đầu")
    git(repo, "checkout", "-q", "-b", "feature")
    edit(repo, ROSTER, "  - id: y-broh\n", "  - id: y-brohh\n")
    git(repo, "commit", "-qam", "Đổi mã")
    return repo


def _since(repo: Path, format_: str) -> str:
    result = CliRunner().invoke(main, ["--root", str(repo), "validate", "--since", "main",
                                       "--format", format_, "--today", TODAY])
    assert result.exit_code == 1, result.output
    return result.output


def test_one_id_change_is_one_error_in_text_and_json(feature: Path) -> None:
    found = [(m["path"], m["code"]) for m in LINE.finditer(_since(feature, "text"))]
    assert found == [(ROSTER, "roster.member-removed")]
    [item] = json.loads(_since(feature, "json"))["problems"]
    assert (item["path"], item["code"], item["params"]["renamed_to"]) == (
        ROSTER, "roster.member-removed", "y-brohh")
    assert {f["code"] for f in item["folded"]} == {"minutes.unknown-member",
                                                   "minutes.attendance-missing"}


def test_one_id_change_is_one_error_in_github_and_gitlab(feature: Path) -> None:
    annotations = [line for line in _since(feature, "github").splitlines()
                   if line.startswith("::")]
    assert len(annotations) == 1
    assert annotations[0].startswith(f"::error file={ROSTER},line=")
    [issue] = json.loads(_since(feature, "gitlab"))
    assert (issue["check_name"], issue["location"]["path"]) == ("roster.member-removed", ROSTER)


# -- CI formats fit their hosts ----------------------------------------------------------------


def test_github_puts_the_changed_files_first_and_sums_up_past_ten(tmp_path: Path) -> None:
    repo = write_tree(tmp_path / "repo")
    for number in range(12):  # twelve copies of the cell: its card number in twelve places
        shutil.copytree(repo / CELL, repo / f"records/xa-dak-roong/lang-{number:02}")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "Hồ sơ ban đầu")
    git(repo, "checkout", "-q", "-b", "feature")
    edit(repo, MINUTES, ", y-broh]", "]")
    edit(repo, MINUTES, "minutes_adopted: true\n", "minutes_adopted: true\ncorrections:\n"
         "  - date: 2026-11-27\n    reason: Ghi đúng người có mặt\n")
    git(repo, "commit", "-qam", "Sửa biên bản")
    lines = _since(repo, "github").splitlines()
    annotations = [line for line in lines if line.startswith("::error")]
    # the pull request's own file first, though its path sorts last
    assert annotations[0].startswith(f"::error file={MINUTES},line=9,")
    # 13 errors: 9 annotated, the tenth sums up the other 4, which the log shows as text
    assert len(annotations) == 10
    assert annotations[-1].startswith("::error title=tools validate::")
    assert sum(1 for line in lines if ": lỗi roster.duplicate-card " in line) == 4


def test_gitlab_fingerprints_stay_when_lines_move(tmp_path: Path) -> None:
    repo = write_tree(tmp_path / "repo")
    edit(repo, MINUTES, ", y-broh]", "]")

    def issues() -> list[tuple[str, int, str]]:
        result = CliRunner().invoke(main, ["--root", str(repo), "validate", "--format",
                                           "gitlab", "--today", TODAY, "--no-cache"])
        return [(i["check_name"], i["location"]["lines"]["begin"], i["fingerprint"])
                for i in json.loads(result.output)]

    [(code, line, fingerprint)] = issues()
    edit(repo, MINUTES, "kind: regular\n", "kind: regular\n# Biên bản tháng 3\n")
    assert issues() == [(code, line + 1, fingerprint)]


def test_nothing_staged_is_said_with_how_to_check_everything(feature: Path) -> None:
    result = CliRunner().invoke(main, ["--root", str(feature), "validate", "--staged",
                                       "--today", TODAY])
    assert result.exit_code == 0
    assert "check-all-records" in result.output  # not a bare "0 files, no errors"


def test_one_hook_run_per_commit_and_no_english_hook(repo: Path) -> None:
    """Every problem once, one total: the hook is one process, whatever pre-commit's batching,
    and the English hygiene hooks are gone (their checks are coded problems now)."""
    config = (PROJECT / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    assert "pre-commit-hooks" not in config and "require_serial: true" in config
    for number in range(40):  # enough files for pre-commit to split a file list in batches
        day = (dt.date(2025, 3, 6) + dt.timedelta(days=number)).isoformat()
        (repo / MINUTES.replace("2025-03-05", day)).write_text(
            (repo / MINUTES).read_text(encoding="utf-8").replace("2025-03-05", day)
            .replace(", y-broh]", "]"), encoding="utf-8")
    moved, found, output = commit(repo, "Bốn mươi biên bản")
    assert not moved
    assert {code for _, _, code in found} == {"minutes.attendance-missing"}
    assert len(found) == len(set(found)) == 40
    assert len([line for line in output.splitlines() if line.startswith("Đã kiểm tra")]) == 1


def test_a_case_twin_in_the_index_is_found_whatever_the_disk_shows(repo: Path) -> None:
    """On Windows or macOS the disk holds one of two names differing in case; the index can
    hold both (added from Linux, or with core.ignorecase off)."""
    twin = MINUTES.replace("regular.md", "Regular.md")
    blob = git(repo, "hash-object", "-w", str(repo / MINUTES)).stdout.strip()
    git(repo, "update-index", "--add", "--cacheinfo", f"100644,{blob},{twin}")
    done = git(repo, "commit", "-q", "-m", "Thêm bản sao")  # the disk has no second file
    found = [(m["path"], m["code"]) for m in LINE.finditer(done.stdout + done.stderr)]
    assert done.returncode != 0
    assert (twin, "layout.case-conflict") in found
