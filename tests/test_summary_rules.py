"""`tools summarize` by the rules as the Party writes them, on a tree computed by hand
(tests/summary/rules): a member who transfers mid-year, an exempt member, a member away on
temporary activity, a temporary member, a partial committee, unpaid dues, minutes with an
attendance error that still prove a meeting, local rules, and a period across 2025-10-28, when
Hướng dẫn 42-HD/BTCTW replaced Hướng dẫn 12-HD/BTCTW.

The tree, for 2025-07-01 to 2025-12-31 (6 months, quarters Q3 and Q4):

- Đảng bộ xã Đak Rong (commune; local rule: 2 commune visits a year from 2025-07-01, after an
  older rule of 6 that ended 2025-06-30)
  - A, Chi bộ làng Kon Pne (village, committee, secretary is the village head): six members
    always present (the "core"); Đinh Văn Góp exempt; Đinh Thị Bích away on temporary activity
    2025-09-01 to 2025-11-30; Siu H'Lan transferred in on 2025-09-01; Hồ Văn Tâm here on
    temporary activity from 2025-08-01; Đinh Văn Khánh probationary until 2026-06-02.
    Committee meetings in every month but September.
  - B, Chi bộ làng Đak Asel (village): four members always there; Siu H'Lan until 2025-09-01;
    Rơ Mah Thị H'Yer did not pay dues for 2025-08, -09, -10 (and -11, with a reason).
  - Đảng bộ Trường THCS Đak Rong (grassroots; local rule: 1 grassroots visit a year)
    - Đảng bộ bộ phận Giáo viên (partial)
      - C, Chi bộ Tổ Toán - Tin (education): five members; Võ Văn Lực absent without reason on
        2025-05-07 (before the period), 2025-07-25 (thematic), 2025-08-07 and 2025-11-07; the
        minutes of 2025-10-07 leave Phạm Thị Hòa out of every list (an attendance error).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from tools.checking.cache import Cache
from tools.checking.project import Project, schema_sources
from tools.cli import main
from tools.rollup.merge import merge
from tools.rollup.summary import summarize

TREE = Path(__file__).resolve().parent / "summary" / "rules"
SCHEMAS = schema_sources().schemas
TODAY = dt.date(2026, 11, 27)
PERIOD = (dt.date(2025, 7, 1), dt.date(2025, 12, 31))
XA = "records/xa-dak-rong"
A, B = f"{XA}/lang-kon-pne", f"{XA}/lang-dak-asel"
C = f"{XA}/dang-bo-truong-thcs/bo-phan-giao-vien/chi-bo-to-toan"
CARDS = ("52301009", "52302002", "52303005")  # Siu H'Lan, Rơ Mah Thị H'Yer, Võ Văn Lực


@pytest.fixture(scope="module")
def whole() -> dict:
    return summarize(Project.open(TREE), "records", *PERIOD, TODAY)


def copy_tree(tmp_path: Path) -> Path:
    shutil.copytree(TREE / "records", tmp_path / "records")
    shutil.copytree(SCHEMAS, tmp_path / "schemas")
    return tmp_path


def test_structure_by_hand(whole: dict) -> None:
    # on 2025-12-31. A: core 6 + Góp (exempt) + Bích (away) + Siu H'Lan + Khánh = 10, Hồ Văn Tâm
    # is here on temporary activity and counted where he belongs; full: all but Khánh = 9.
    # B: 4 (Siu H'Lan left on 2025-09-01). C: 5. Members 10 + 4 + 5 = 19, full 9 + 4 + 5 = 18.
    # The partial committee is no grassroots organization and C, under it, is a subordinate
    # cell of Đảng bộ Trường THCS: organizations = 1 grassroots committee + A + B = 3.
    assert whole["structure"] == {
        "grassroots_organizations": 3, "grassroots_committees": 1, "grassroots_cells": 2,
        "subordinate_cells": 1, "cells": 3, "members": 19, "full_members": 18,
        "probationary_members": 1, "village_cells": 2, "village_cells_with_committee": 1,
        "village_secretaries_heads": 1, "village_secretaries_heads_pct": 50.0}


def test_meetings_by_hand(whole: dict) -> None:
    # regular: 6 per cell in the period (C's 2025-05-07 is before it) = 18, C's 2025-10-07 with
    # its attendance error included; thematic: A 08-20, B 09-22, C 07-25 and 12-15 = 4; A's
    # 11-05 is combined; committee: A in 5 months of 6. Quarters: A 2 (08-20, combined 11-05),
    # B 1 (no Q4), C 2 = 5 of 6. Durations: 21 meetings of 105 minutes and the combined one of
    # 135 = 2,340 minutes over 22 = 106.36.
    assert whole["meetings"] == {
        "meetings": 27, "by_kind": {"committee": 5, "extraordinary": 0, "regular": 18,
                                    "thematic": 4},
        "combined": 1, "months_required": 18, "months_with_regular": 18,
        "regular_compliance_pct": 100.0, "committee_months_required": 6,
        "months_with_committee": 5, "committee_compliance_pct": 83.33,
        "quarters_required": 6, "quarters_with_thematic": 5, "thematic_compliance_pct": 83.33,
        "average_minutes": 106.4}


def test_attendance_by_hand(whole: dict) -> None:
    # A, expected at its 7 regular and thematic meetings: Jul 8 (core, Bích, Khánh), Aug 9 and
    # 9 (+ Hồ Văn Tâm), Sep, Oct, Nov 9 each (Bích away, + Siu H'Lan), Dec 10 (Bích back) = 63;
    # the exempt Góp is never expected, and present in December he is not counted.
    # Present: 8, 8 (Tâm excused), 9, 9, 8 (Siu H'Lan unexcused), 7 (Tâm, Khánh excused),
    # 9 (Khánh excused) = 58.
    # B: 5, 5, then 4 at 5 meetings = 30; present 4, 4 (Siu H'Lan unexcused), 4, 4, 4,
    # 3 (Blơ excused), 4 = 27.
    # C: 7 meetings of 5 in the period, without 2025-10-07 (its attendance has an error) = 35;
    # present 5, 4, 4, 5, 4, 5, 5 = 32 (Lực unexcused on 07-25, 08-07, 11-07).
    # 58 + 27 + 32 = 117 of 63 + 30 + 35 = 128 = 91.41%.
    assert whole["attendance"] == {
        "expected": 128, "present": 117, "rate_pct": 91.41, "unexcused_absences": 6,
        "excused_absences": 5, "participation_pct": None, "members_with_tasks": 0}
    cells = {c["path"]: c for c in whole["cells"]}
    assert (cells[A]["attendance_pct"], cells[B]["attendance_pct"],
            cells[C]["attendance_pct"]) == (92.06, 90.0, 91.43)  # 58/63, 27/30, 32/35


def test_every_finding_by_hand(whole: dict) -> None:
    found = Counter((f["code"], f["cell"]) for f in whole["findings"])
    assert found == Counter({
        ("cadence.missing-committee", A): 1,  # September
        ("cadence.missing-thematic", B): 1,  # 2025-Q4
        # per meeting, not above 85%: A 11-05 7/9; B 07-08, 08-08 4/5 and 11-08 3/4;
        # C 07-25, 08-07, 11-07 4/5
        ("attendance.meeting-below-target", A): 1,
        ("attendance.meeting-below-target", B): 3,
        ("attendance.meeting-below-target", C): 3,
        # Siu H'Lan 2 months in B + 1 in A; Lực 05, 08, 11; H'Yer 3 months of dues
        ("members.removal-review", A): 1,
        ("members.removal-review", C): 1,
        ("members.removal-review", B): 1,
        ("members.dues-unpaid", B): 1,
        ("members.thematic-absence", C): 1,
        # B: 1 commune visit of the 2 the commune's rule in force asks; C: the nearest
        # committee's rule (1 grassroots visit) wins over the commune's
        ("visits.below-quota", B): 1,
        ("visits.below-quota", C): 1})
    cells = {c["path"]: c["findings"] for c in whole["cells"]}
    assert cells == {A: 3, B: 7, C: 6}


def _review(summary: dict, member: str) -> dict:
    [found] = [f for f in summary["members"]["removal_review"]
               if f["params"]["member"] == member]
    return found


def test_a_transfer_does_not_escape_the_removal_review(whole: dict) -> None:
    found = _review(whole, "siu-hlan")
    assert found["cell"] == A  # where she is now
    assert found["params"]["dates"] == ["2025-07-08", "2025-08-08", "2025-10-05"]
    assert found["params"]["months"] == 3 and found["params"]["threshold"] == 3
    assert found["params"]["name"] == "Siu H'Lan"
    assert [f.split("/")[2] for f in found["files"]] == ["lang-dak-asel", "lang-dak-asel",
                                                         "lang-kon-pne"]
    for cell in (A, B):  # neither cell alone reaches three months
        alone = summarize(Project.open(TREE), cell, *PERIOD, TODAY)
        assert [f for f in alone["members"]["removal_review"]
                if f["params"]["member"] == "siu-hlan"] == []


def test_the_removal_review_counts_the_calendar_year(whole: dict) -> None:
    found = _review(whole, "vo-van-luc")
    # 2025-05-07 is before the period but in its year; the thematic 07-25 is not counted
    assert found["params"]["dates"] == ["2025-05-07", "2025-08-07", "2025-11-07"]
    [thematic] = whole["members"]["thematic_absences"]
    assert thematic["params"]["dates"] == ["2025-07-25"]


def test_unpaid_dues_are_the_other_ground(whole: dict) -> None:
    found = _review(whole, "rmah-thi-hyer")
    assert found["params"]["unpaid"] == ["2025-08", "2025-09", "2025-10"]  # 11: a reason
    assert found["params"]["months"] is None and found["files"] == []
    [dues] = whole["members"]["dues_unpaid"]
    assert dues["params"]["count"] == 3


def test_minutes_with_an_attendance_error_count_as_held(whole: dict) -> None:
    path = f"{C}/minutes/2025/2025-10-07-regular.md"
    quality = whole["data_quality"]
    assert quality["files_with_errors"] == [{"path": path,
                                             "codes": ["minutes.attendance-missing"]}]
    assert quality["files_partly_counted"] == [{"path": path, "left_out": ["attendance"]}]
    [row] = [c for c in whole["cells"] if c["path"] == C]
    assert row["months_with_regular"] == 6
    assert whole["decisions"] == {"decisions": 18, "adopted": 18}  # its decision counts


def test_each_meeting_is_judged_by_the_rulebook_in_force(whole: dict, tmp_path: Path) -> None:
    documents = {f["params"]["date"]: f["params"]["document"] for f in whole["findings"]
                 if f["code"] == "attendance.meeting-below-target"}
    assert {date: document.split()[2] for date, document in documents.items()} == {
        "2025-07-08": "12-HD/BTCTW", "2025-07-25": "12-HD/BTCTW", "2025-08-07": "12-HD/BTCTW",
        "2025-08-08": "12-HD/BTCTW", "2025-11-05": "42-HD/BTCTW", "2025-11-07": "42-HD/BTCTW",
        "2025-11-08": "42-HD/BTCTW"}
    # with a 90% target in the 2018 rulebook only, A's 8 of 9 on 08-05 and 10-05 (88.89%) are
    # below it, while its 9 of 10 on 12-05 (90%) is judged by the 2025 rulebook's 85%
    root = copy_tree(tmp_path)
    book = root / "schemas" / "rulebooks" / "hd12-2018.yaml"
    book.write_text(book.read_text(encoding="utf-8").replace(
        "attendance_target: 0.85", "attendance_target: 0.9"), encoding="utf-8")
    changed = summarize(Project.open(root), "records", *PERIOD, TODAY)
    below = sorted(f["params"]["date"] for f in changed["findings"]
                   if f["code"] == "attendance.meeting-below-target" and f["cell"] == A)
    assert below == ["2025-08-05", "2025-10-05", "2025-11-05"]


def test_an_exempt_member_listed_as_absent_is_not_counted(tmp_path: Path) -> None:
    root = copy_tree(tmp_path)
    for day in ("07-05", "08-05", "10-05"):
        path = root / A / "minutes" / "2025" / f"2025-{day}-regular.md"
        text = path.read_text(encoding="utf-8")
        if "absent_unexcused: [" in text:
            text = text.replace("absent_unexcused: [", "absent_unexcused: [dinh-van-gop, ")
        else:
            text = text.replace("minutes_adopted:", "absent_unexcused: [dinh-van-gop]\n"
                                "minutes_adopted:")
        path.write_text(text, encoding="utf-8")
    summary = summarize(Project.open(root), "records", *PERIOD, TODAY)
    # listing an exempt member as absent is an error (minutes.exempt-unexcused): the three
    # files still prove their meetings, but their attendance is left out, so the exempt
    # member is never counted, and neither are siu-hlan's absences recorded in them
    assert [f["params"]["member"] for f in summary["members"]["removal_review"]] == [
        "vo-van-luc", "rmah-thi-hyer"]
    partly = {f["path"]: f["left_out"] for f in summary["data_quality"]["files_partly_counted"]}
    for day in ("07-05", "08-05", "10-05"):
        assert "attendance" in partly[f"{A}/minutes/2025/2025-{day}-regular.md"]
    untouched = summarize(Project.open(copy_tree(tmp_path / "untouched")), "records", *PERIOD,
                          TODAY)
    assert summary["meetings"] == untouched["meetings"]  # every meeting still held


def test_merged_repositories_decide_as_the_combined_tree(whole: dict, tmp_path: Path) -> None:
    """B in one repository, A and the school in another: Siu H'Lan reaches the threshold only
    in the merge."""
    parts = []
    for name, keep in (("one", {"lang-dak-asel"}), ("two", {"lang-kon-pne",
                                                             "dang-bo-truong-thcs"})):
        root = copy_tree(tmp_path / name)
        for child in (root / XA).iterdir():
            if child.is_dir() and child.name not in keep:
                shutil.rmtree(child)
        parts.append(root)
    plain = summarize(Project.open(TREE), "records", *PERIOD, TODAY, names=False)
    merged = merge(json.loads(json.dumps(summarize(Project.open(root), "records", *PERIOD,
                                                   TODAY, names=False)))
                   for root in parts)
    expected = json.loads(json.dumps(plain))
    # the commune's unit.yaml is in both repositories: a merge counts it once
    assert merged == expected
    named = merge(json.loads(json.dumps(summarize(Project.open(root), "records", *PERIOD,
                                                  TODAY))) for root in parts)
    # a name is kept in a repository's facts only where its own findings need it
    assert _review(named, "siu-hlan")["params"]["name"] is None
    assert _review(named, "vo-van-luc")["params"]["name"] == "Võ Văn Lực"
    assert _review(whole, "siu-hlan")["params"]["name"] == "Siu H'Lan"


def invoke(root: Path, *args: str, env: dict | None = None):
    return CliRunner().invoke(main, ["--root", str(root), "summarize", "--from", "2025-07-01",
                                     "--to", "2025-12-31", "--today", "2026-11-27",
                                     "--format", "json", "--no-cache", *args], env=env)


@pytest.mark.parametrize("format_", ["table", "markdown", "csv"])
def test_every_format_names_the_files_counted_in_part(format_: str) -> None:
    for lang, label in (("vi", "vẫn tính là đã họp"), ("en", "counted as held")):
        result = invoke(TREE, "--format", format_, "--lang", lang, "--section", "data_quality")
        assert result.exit_code == 0, result.output
        line = next(line for line in result.output.splitlines() if label in line)
        assert f"{C}/minutes/2025/2025-10-07-regular.md" in line


def test_exports_hold_no_card_number_and_keys_follow_the_secret(tmp_path: Path) -> None:
    default = invoke(TREE)
    keyed = invoke(TREE, env={"TOOLS_PERSON_KEY": "bí mật của Ban Tổ chức Tỉnh ủy"})
    assert default.exit_code == keyed.exit_code == 0
    for output in (default.output, keyed.output):
        assert [card for card in CARDS if card in output] == []
    first, second = json.loads(default.output), json.loads(keyed.output)
    assert first["findings"] == second["findings"]

    def keys(summary: dict) -> set[str]:
        return {key for unit in summary["facts"]["units"] for key in unit.get("people", {})}

    assert keys(first) and not keys(first) & keys(second)
    paths = [tmp_path / "a.json", tmp_path / "b.json"]
    for path, result in zip(paths, (default, keyed), strict=True):
        path.write_text(result.output, encoding="utf-8")
    refused = CliRunner().invoke(main, ["summarize", "--merge", str(paths[0]),
                                        "--merge", str(paths[1])])
    assert refused.exit_code == 2


def test_the_cache_gives_the_same_summary(tmp_path: Path) -> None:
    root = copy_tree(tmp_path)
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    project = Project.open(root)
    plain = summarize(project, "records", *PERIOD, TODAY)
    cold = summarize(project, "records", *PERIOD, TODAY, cache=Cache(root, project.sources.files))
    warm = summarize(project, "records", *PERIOD, TODAY, cache=Cache(root, project.sources.files))
    assert json.dumps(plain, sort_keys=True) == json.dumps(cold, sort_keys=True) \
        == json.dumps(warm, sort_keys=True)
    dues = root / B / "dues" / "2025.yaml"
    dues.write_text(dues.read_text(encoding="utf-8").replace(
        "{month: 2025-10}", "{month: 2025-10, reason: Đi làm ăn xa}"), encoding="utf-8")
    edited = summarize(project, "records", *PERIOD, TODAY, cache=Cache(root, project.sources.files))
    assert [f["params"]["member"] for f in edited["members"]["removal_review"]] == [
        "siu-hlan", "vo-van-luc"]
    assert json.dumps(edited, sort_keys=True) == \
        json.dumps(summarize(project, "records", *PERIOD, TODAY), sort_keys=True)
