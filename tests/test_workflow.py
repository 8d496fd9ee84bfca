"""The clerk's and reviewer's workflow: new, fix, codeowners, review, CI formats and templates,
in real git repositories."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from ruamel.yaml import YAML

from builders import CELL, MINUTES, write_tree
from tools.checking.project import schema_sources
from tools.cli import main
from tools.problems import FIXABLE as FIXABLE_CODES
from tools.reading.records import parse_text
from tools.workflow.fix import FIXES, fix_text

PROJECT = Path(__file__).resolve().parent.parent
CASES = Path(__file__).resolve().parent / "cases"
TODAY = "2026-11-27"


def invoke(root: Path, *args: str):
    return CliRunner().invoke(main, ["--root", str(root), *args])


def git(repo: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Văn thư", "GIT_AUTHOR_EMAIL": "vt@example.org",
           "GIT_COMMITTER_NAME": "Văn thư", "GIT_COMMITTER_EMAIL": "vt@example.org"}
    done = subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True,
                          check=True)
    return done.stdout


# -- tools new --------------------------------------------------------------------------------


def _fill(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    text = text.replace('start: ""', 'start: "07:30"').replace('end: ""', 'end: "09:30"')
    text = text.replace('place: ""', "place: Nhà rông làng Kon Hring")
    path.write_text(text.replace('topic: ""', "topic: Học tập và làm theo gương Bác"),
                    encoding="utf-8")


@pytest.mark.parametrize("kind", ["regular", "thematic", "extraordinary"])
def test_new_passes_validation_once_filled(tmp_path: Path, kind: str) -> None:
    write_tree(tmp_path)
    result = invoke(tmp_path, "new", CELL, "--date", "2026-07-06", "--kind", kind)
    assert result.exit_code == 0, result.output
    path = tmp_path / result.output.strip()
    assert path.name == f"2026-07-06-{kind}.md"
    text = path.read_text(encoding="utf-8")
    assert "  - y-broh" in text and "Y Brốh" in text
    before = invoke(tmp_path, "validate", "--today", TODAY, str(path))
    assert before.exit_code == 1
    _fill(path)
    after = invoke(tmp_path, "validate", "--strict", "--today", TODAY, str(path))
    assert after.exit_code == 0, after.output


def test_new_lists_exempt_members_in_a_comment_and_never_overwrites(tmp_path: Path) -> None:
    write_tree(tmp_path)
    roster = tmp_path / CELL / "members.yaml"
    roster.write_text(roster.read_text(encoding="utf-8") + (
        "  - id: dinh-van-blon\n    name: Đinh Văn Blơn\n    admitted: 1975-01-01\n"
        "    full_since: 1976-01-01\n    joined: 1975-01-01\n    exempt:\n"
        "      - from: 2020-01-01\n"), encoding="utf-8")
    first = invoke(tmp_path, "new", CELL, "--date", "2026-07-06", "--kind", "regular")
    path = tmp_path / first.output.strip()
    text = path.read_text(encoding="utf-8")
    assert "#   dinh-van-blon (Đinh Văn Blơn)" in text and "  - dinh-van-blon" not in text
    path.write_text(text + "Ghi chép của văn thư.\n", encoding="utf-8")
    again = invoke(tmp_path, "new", CELL, "--date", "2026-07-06", "--kind", "regular")
    assert again.exit_code == 1
    assert path.read_text(encoding="utf-8").endswith("Ghi chép của văn thư.\n")
    second = invoke(tmp_path, "new", CELL, "--date", "2026-07-06", "--kind", "regular",
                    "--another")
    assert second.output.strip().endswith("2026-07-06-regular-2.md")


def test_new_committee_meeting_summons_the_committee(tmp_path: Path) -> None:
    write_tree(tmp_path)
    unit = tmp_path / CELL / "unit.yaml"
    unit.write_text(unit.read_text(encoding="utf-8").replace(
        "has_committee: false", "has_committee: true\ncommittee_members: [dinh-van-hung, y-broh]"),
        encoding="utf-8")
    result = invoke(tmp_path, "new", CELL, "--date", "2026-07-06", "--kind", "committee")
    text = (tmp_path / result.output.strip()).read_text(encoding="utf-8")
    assert "  - y-broh" in text and "  - rcham-thi-hoa" not in text
    assert "## Nội dung" in text and "## Kết luận" in text


# -- tools fix --------------------------------------------------------------------------------

FIXABLE = {"parse-bom": "bom", "parse-not-nfc": "nfc", "valid-crlf": "eol",
           "valid-unquoted-time": "times"}


@pytest.mark.parametrize("case", sorted(FIXABLE))
def test_fix_keeps_the_parsed_data_and_is_idempotent(case: str) -> None:
    [path] = [p for p in (CASES / case).rglob("*.md")]
    rel = path.relative_to(CASES / case).as_posix()
    before = path.read_bytes().decode("utf-8")
    after, applied = fix_text(before, rel)
    assert FIXABLE[case] in applied
    old, new = parse_text(before, rel), parse_text(after, rel)
    assert new.data == old.data and new.body == old.body
    assert fix_text(after, rel) == (after, [])
    assert not [p for p in new.problems if p.code in ("parse.bom", "parse.not-nfc")]


def test_every_fix_has_a_case() -> None:
    assert sorted(FIXABLE.values()) == sorted(FIXES)


@pytest.mark.parametrize("code", sorted(FIXABLE_CODES))
def test_every_fixable_code_is_fixed(code: str) -> None:
    case = CASES / code.replace(".", "-")
    [path] = [p for p in case.rglob("*.md")]
    rel = path.relative_to(case).as_posix()
    fixed, applied = fix_text(path.read_bytes().decode("utf-8"), rel)
    assert FIXABLE_CODES[code] in applied
    assert code not in [p.code for p in parse_text(fixed, rel).problems]


def test_fix_check_writes_nothing_and_fix_writes_atomically(tmp_path: Path) -> None:
    write_tree(tmp_path)
    path = tmp_path / MINUTES
    dirty = b"\xef\xbb\xbf" + path.read_bytes().replace(b'"07:30"', b"07:30").replace(
        b"\n", b"\r\n")
    path.write_bytes(dirty)
    path.chmod(0o640)
    check = invoke(tmp_path, "fix", "--check")
    assert check.exit_code == 1 and "+start: \"07:30\"" in check.output
    assert path.read_bytes() == dirty
    fixed = invoke(tmp_path, "fix")
    assert fixed.exit_code == 0
    assert path.read_bytes().startswith(b"---\nkind: regular")
    assert b"\r" not in path.read_bytes() and b'start: "07:30"' in path.read_bytes()
    assert path.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in path.parent.iterdir()] == [path.name]
    assert invoke(tmp_path, "fix", "--check").exit_code == 0
    assert invoke(tmp_path, "validate", "--strict", "--today", TODAY).exit_code == 0


@pytest.mark.parametrize(("written", "fixed"), [
    ("start: 7:30", 'start: "07:30"'), ('start: "7:30"', 'start: "07:30"'),
    ("start: 7h30  # giờ bắt đầu", 'start: "07:30"  # giờ bắt đầu'),
    ("start: 07.30", 'start: "07:30"'), ("start: 0730", 'start: "07:30"'),
    ("date: 05/03/2025", "date: 2025-03-05"), ("date: 5/3/2025", "date: 2025-03-05")])
def test_fix_writes_times_and_dates_as_the_records_do(tmp_path: Path, written: str,
                                                      fixed: str) -> None:
    write_tree(tmp_path)
    path = tmp_path / MINUTES
    key = written.split(":")[0]
    lines = path.read_text(encoding="utf-8").split("\n")
    index = next(i for i, line in enumerate(lines) if line.startswith(f"{key}:"))
    lines[index] = written
    path.write_text("\n".join(lines), encoding="utf-8")
    assert invoke(tmp_path, "validate", "--today", TODAY).exit_code == 1
    assert invoke(tmp_path, "fix", str(path)).exit_code == 0
    after = path.read_text(encoding="utf-8").split("\n")
    assert after[index] == fixed
    assert [line for i, line in enumerate(after) if i != index] == \
        [line for i, line in enumerate(lines) if i != index]
    assert invoke(tmp_path, "validate", "--strict", "--today", TODAY).exit_code == 0
    assert invoke(tmp_path, "fix", "--check").exit_code == 0  # nothing more to do


@pytest.mark.parametrize("written", ["start: 25h30", "start: 7:3", "date: 31/02/2025",
                                     "date: 06/03/2025", "start: sáng"])
def test_fix_leaves_what_it_cannot_be_sure_of(tmp_path: Path, written: str) -> None:
    write_tree(tmp_path)
    path = tmp_path / MINUTES
    key = written.split(":")[0]
    text = "\n".join(written if line.startswith(f"{key}:") else line
                     for line in path.read_text(encoding="utf-8").split("\n"))
    path.write_text(text, encoding="utf-8")
    assert invoke(tmp_path, "fix", str(path)).exit_code == 0
    # a time that is no time, a day that does not exist, a date other than the file name's
    assert path.read_text(encoding="utf-8") == text


def test_fix_leaves_undecodable_files_alone(tmp_path: Path) -> None:
    write_tree(tmp_path)
    path = tmp_path / MINUTES
    path.write_bytes(path.read_bytes().replace("Nhà".encode(), b"Nh\xe0"))
    before = path.read_bytes()
    assert invoke(tmp_path, "fix").exit_code == 0
    assert path.read_bytes() == before


# -- tools codeowners -------------------------------------------------------------------------


def test_codeowners_from_units(tmp_path: Path) -> None:
    write_tree(tmp_path)
    unit = tmp_path / CELL / "unit.yaml"
    unit.write_text(unit.read_text(encoding="utf-8") + 'owners: ["@van-thu-kon-hring"]\n',
                    encoding="utf-8")
    top = tmp_path / "records/xa-dak-roong/unit.yaml"
    top.write_text(top.read_text(encoding="utf-8") + 'owners: ["@dang-uy-xa", "@van-phong"]\n',
                   encoding="utf-8")
    assert invoke(tmp_path, "codeowners", "--check").exit_code == 1
    assert invoke(tmp_path, "codeowners").exit_code == 0
    lines = (tmp_path / "CODEOWNERS").read_text(encoding="utf-8").splitlines()
    assert [line for line in lines if line.startswith("/records/")] == [
        "/records/xa-dak-roong/ @dang-uy-xa @van-phong",
        f"/{CELL}/ @van-thu-kon-hring"]
    assert invoke(tmp_path, "codeowners", "--check").exit_code == 0
    unit.write_text(unit.read_text(encoding="utf-8").replace("@van-thu-kon-hring", "@moi"),
                    encoding="utf-8")
    assert invoke(tmp_path, "codeowners", "--check").exit_code == 1


def test_the_shipped_codeowners_is_up_to_date() -> None:
    assert invoke(PROJECT, "codeowners", "--check").exit_code == 0


# -- tools review -----------------------------------------------------------------------------


@pytest.fixture
def branches(tmp_path: Path) -> Path:
    """A repository with `main`, and `feature` adding, editing and deleting records."""
    repo = write_tree(tmp_path / "repo")
    second = repo / MINUTES.replace("03-05", "02-05").replace("/2025-02", "/2025-02")
    second.write_text((repo / MINUTES).read_text(encoding="utf-8").replace(
        "2025-03-05", "2025-02-05").replace("cà phê", "lúa nước"), encoding="utf-8")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "Hồ sơ ban đầu")
    git(repo, "checkout", "-q", "-b", "feature")
    added = invoke(repo, "new", CELL, "--date", "2026-11-20", "--kind", "regular")
    _fill(repo / added.output.strip())
    edited = repo / MINUTES
    edited.write_text(edited.read_text(encoding="utf-8").replace(
        "present: [dinh-van-hung, rcham-thi-hoa, y-broh]",
        "present: [dinh-van-hung, rcham-thi-hoa]\nabsent_unexcused: [y-broh]"),
        encoding="utf-8")
    second.unlink()
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "Biên bản tháng 11")
    return repo


def _review(repo: Path, *args: str) -> tuple[int, dict]:
    result = invoke(repo, "review", "--base", "main", "--format", "json", "--today", TODAY,
                    *args)
    return result.exit_code, json.loads(result.output)


def test_review_reports_additions_edits_and_deletions(branches: Path) -> None:
    status, report = _review(branches, "--head", "feature")
    assert status == 1
    entries = {Path(e["path"]).name: e for e in report["entries"]}
    assert {name: e["status"] for name, e in entries.items()} == {
        "2026-11-20-regular.md": "added", "2025-03-05-regular.md": "changed",
        "2025-02-05-regular.md": "deleted"}
    changes = {c["field"]: c for c in entries["2025-03-05-regular.md"]["changes"]}
    assert changes["present"]["before"] == 3 and changes["present"]["after"] == 2
    assert changes["absent_unexcused"]["added"] == ["Y Brốh"]
    codes = sorted((p["code"], Path(p["path"]).name, p["line"]) for p in report["blocking"])
    # the first changed line of the edited minutes: `present`
    assert codes == [("record.changed-without-correction", "2025-03-05-regular.md", 9),
                     ("record.deleted", "2025-02-05-regular.md", None)]
    advice = sorted(p["code"] for p in report["advice"])
    assert advice == ["minutes.unexcused-absence"]
    assert "Có mặt: 3 → 2 (-Y Brốh)" in entries["2025-03-05-regular.md"]["description"]


def test_review_accepts_an_edit_with_a_correction(branches: Path) -> None:
    edited = branches / MINUTES
    edited.write_text(edited.read_text(encoding="utf-8").replace(
        "minutes_adopted: true", "minutes_adopted: true\ncorrections:\n  - date: 2026-11-21\n"
        "    reason: Ghi đúng đồng chí Y Brốh vắng không lý do"), encoding="utf-8")
    status, report = _review(branches)  # the work tree against main
    codes = [p["code"] for p in report["blocking"]]
    assert "record.changed-without-correction" not in codes and "record.deleted" in codes
    assert status == 1


def test_review_in_both_languages_and_markdown(branches: Path) -> None:
    vi = invoke(branches, "review", "--base", "main", "--head", "feature", "--format",
                "markdown", "--today", TODAY).output
    en = invoke(branches, "review", "--base", "main", "--head", "feature", "--format",
                "markdown", "--lang", "en", "--today", TODAY).output
    assert vi.startswith("## Xem xét thay đổi hồ sơ: main → feature")
    assert "### Lỗi phải sửa trước khi duyệt" in vi and "### Bị xóa (1)" in vi
    assert en.startswith("## Review of record changes: main → feature")
    assert "Present: 3 → 2 (-Y Brốh)" in en


def test_review_late_is_judged_by_the_commit_date(branches: Path) -> None:
    def late(*args: str) -> list[tuple[str, str]]:
        report = json.loads(invoke(branches, "review", "--base", "main", "--format", "json",
                                   *args).output)
        return [(Path(p["path"]).name, p["params"]["filed"]) for p in report["advice"]
                if p["code"] == "review.late"]

    # the 2026-11-20 minutes were committed days after the meeting: not late, however long
    # the merge request waits for its review
    assert late("--head", "feature", "--today", "2027-03-01") == []
    # committed 56 days after the meeting: late
    git(branches, "checkout", "-q", "-b", "late", "main")
    added = invoke(branches, "new", CELL, "--date", "2026-11-20", "--kind", "regular")
    _fill(branches / added.output.strip())
    git(branches, "add", "-A")
    subprocess.run(["git", "commit", "-q", "-m", "Biên bản nộp muộn"], cwd=branches, check=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "Văn thư",
                        "GIT_AUTHOR_EMAIL": "vt@example.org", "GIT_COMMITTER_NAME": "Văn thư",
                        "GIT_COMMITTER_EMAIL": "vt@example.org",
                        "GIT_COMMITTER_DATE": "2027-01-15T10:00:00+07:00"})
    assert late("--head", "late", "--today", "2027-01-16") == [
        ("2026-11-20-regular.md", "2027-01-15")]
    # in the work tree, a file not committed yet is filed today
    git(branches, "checkout", "-q", "main")
    added = invoke(branches, "new", CELL, "--date", "2026-11-21", "--kind", "extraordinary")
    assert late("--today", "2027-01-01") == [("2026-11-21-extraordinary.md", "2027-01-01")]


def test_review_shows_values_labels_votes_and_words(tmp_path: Path) -> None:
    repo = write_tree(tmp_path / "repo")
    minutes = repo / MINUTES
    minutes.write_text(minutes.read_text(encoding="utf-8").replace(
        "minutes_adopted: true", "decisions:\n  - text: Thông qua nghị quyết tháng 3\n"
        "    votes: {for: 3, against: 0, abstain: 0}\n    adopted: true\nminutes_adopted: true"),
        encoding="utf-8")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "Hồ sơ ban đầu")
    text = minutes.read_text(encoding="utf-8")
    text = text.replace("{for: 3, against: 0, abstain: 0}", "{for: 2, against: 1, abstain: 0}")
    text = text.replace("place: Nhà rông làng Kon Hring", "place: Nhà văn hóa làng Kon Hring")
    text = text.replace("đánh giá việc chăm sóc cà phê",
                        "đánh giá kỹ việc chăm sóc và thu hái cà phê")
    minutes.write_text(text, encoding="utf-8")
    roster = repo / CELL / "members.yaml"
    roster.write_text(roster.read_text(encoding="utf-8") + "    left: 2026-10-01\n"
                      "    left_reason: transfer\n", encoding="utf-8")
    status, report = _review(repo)
    entries = {Path(e["path"]).name: e for e in report["entries"]}
    changes = {c["field"]: c for c in entries["2025-03-05-regular.md"]["changes"]}
    # votes as values, not counts
    assert changes["decisions.votes"]["before"] == {"for": 3, "against": 0, "abstain": 0}
    assert changes["decisions.votes"]["after"] == {"for": 2, "against": 1, "abstain": 0}
    description = entries["2025-03-05-regular.md"]["description"]
    assert "Kết quả biểu quyết của \"Thông qua nghị quyết tháng 3\": 3–0–0 → 2–1–0" \
        in description
    assert "Địa điểm: Nhà rông làng Kon Hring → Nhà văn hóa làng Kon Hring" in description
    # the changed words with four words on each side
    assert changes["body"]["before"] == "…Chi bộ đánh giá việc chăm sóc cà phê và phòng…"
    assert changes["body"]["after"] == ("…Chi bộ đánh giá kỹ việc chăm sóc và thu hái cà phê và "
                                        "phòng…")
    assert "Y Brốh: Lý do rời chi bộ – → transfer" in entries["members.yaml"]["description"]
    english = json.loads(invoke(repo, "review", "--base", "main", "--format", "json", "--lang",
                                "en", "--today", TODAY).output)
    assert "Votes of \"Thông qua nghị quyết tháng 3\": 3–0–0 → 2–1–0" in english["entries"][1][
        "description"]
    assert status == 1


# -- CI formats and templates -----------------------------------------------------------------


def test_github_annotations(tmp_path: Path) -> None:
    write_tree(tmp_path)
    path = tmp_path / MINUTES
    path.write_text(path.read_text(encoding="utf-8").replace(", y-broh]", "]"),
                    encoding="utf-8")
    output = invoke(tmp_path, "validate", "--format", "github", "--today", TODAY).output
    pattern = re.compile(r"^::(error|warning) file=([^,]+),line=(\d+),col=(\d+),"
                         r"title=([^:]+)::(.+)$")
    [annotation] = [line for line in output.splitlines() if line.startswith("::")]
    match = pattern.match(annotation)
    assert match and match.group(2) == MINUTES and match.group(3) == "9"
    assert match.group(5) == "minutes.attendance-missing"


def test_gitlab_code_quality_report(tmp_path: Path) -> None:
    write_tree(tmp_path)
    path = tmp_path / MINUTES
    path.write_text(path.read_text(encoding="utf-8").replace(", y-broh]", "]"),
                    encoding="utf-8")
    [issue] = json.loads(invoke(tmp_path, "validate", "--format", "gitlab",
                                "--today", TODAY).output)
    assert set(issue) == {"description", "check_name", "fingerprint", "severity", "location"}
    assert issue["severity"] in ("info", "minor", "major", "critical", "blocker")
    assert issue["location"] == {"path": MINUTES, "lines": {"begin": 9}}
    assert re.fullmatch(r"[0-9a-f]{64}", issue["fingerprint"])


def _commands(template: str) -> list[str]:
    data = YAML(typ="safe").load((PROJECT / template).read_text(encoding="utf-8"))
    if template == ".gitlab-ci.yml":
        return list(data["records"]["script"])
    return [step["run"] for step in data["jobs"]["records"]["steps"] if "run" in step
            and not step["run"].startswith("pip install")]


def _variables(template: str) -> dict[str, str]:
    """The job's environment as the CI host sets it (GitHub expressions evaluated)."""
    if template == ".gitlab-ci.yml":
        return {}
    data = YAML(typ="safe").load((PROJECT / template).read_text(encoding="utf-8"))
    return {name: str(value).replace("${{ github.base_ref }}", "main")
            for name, value in (data["jobs"]["records"].get("env") or {}).items()}


@pytest.mark.parametrize("template", [".gitlab-ci.yml", ".github/workflows/records.yml"])
def test_ci_template_commands_run_as_written(branches: Path, template: str,
                                             tmp_path: Path) -> None:
    remote = tmp_path / "remote.git"
    git(branches, "clone", "-q", "--bare", str(branches), str(remote))
    git(branches, "remote", "add", "origin", str(remote))
    git(branches, "fetch", "-q", "origin")
    shutil.copytree(schema_sources().schemas, branches / "schemas")
    base = git(branches, "merge-base", "main", "feature").strip()
    summary = tmp_path / "summary.md"
    env = {**os.environ, "CI_MERGE_REQUEST_DIFF_BASE_SHA": base,
           "CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "main", "GITHUB_STEP_SUMMARY": str(summary),
           "TOOLS_TODAY": TODAY, **_variables(template),
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    statuses = []
    for command in _commands(template):
        command = command.replace("${{ github.base_ref }}", "main")
        done = subprocess.run(["bash", "-c", command], cwd=branches, env=env,
                              capture_output=True, text=True)
        assert "Traceback" not in done.stderr, done.stderr
        statuses.append((command.split()[1] if command.startswith("tools") else command,
                         done.returncode))
    # the feature branch deletes a record: the validation passes, the review blocks
    assert statuses[-1][1] == 1
    if template == ".gitlab-ci.yml":
        report = json.loads((branches / "gl-code-quality-report.json").read_text())
        # the same protections as the review's: a deletion and an edit without a correction
        assert {issue["check_name"] for issue in report} == {
            "minutes.unexcused-absence", "record.deleted", "record.changed-without-correction"}
        assert "record.deleted" in (branches / "review.md").read_text(encoding="utf-8")
    else:
        assert "record.deleted" in summary.read_text(encoding="utf-8")
