"""The Party's own rules as the validator applies them: the voting base of QĐ 24-QĐ/TW 2021
point 9.3.2, parts of a meeting found by keywords, every rulebook parameter sourced, local rules
in the per-cell cache, and `tools new` summoning whom the roster says."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from ruamel.yaml import YAML

from builders import CELL, write_tree
from tools.checking.cache import Cache
from tools.checking.engine import run_tree
from tools.checking.project import Project, schema_sources
from tools.checking.rulebook import normalize_heading
from tools.checking.rules.parts import check_parts
from tools.checking.rules.votes import voting_base
from tools.cli import main
from tools.reading.headings import Heading
from tools.reading.records import Record
from tools.reading.tree import Roster
from tools.reading.yamlload import Loaded
from tools.workflow.demo.kbang import kbang

PROJECT = Path(__file__).resolve().parent.parent
DAY = dt.date(2025, 3, 5)


def _roster(members: list[dict]) -> Roster:
    data = {"members": members}
    return Roster.from_record(Record("members.yaml", data=data, loaded=Loaded(data=data)))


def _full(member_id: str, **more) -> dict:
    return {"id": member_id, "name": member_id, "admitted": "2010-01-01",
            "full_since": "2011-01-01", "joined": "2010-01-01", **more}


ROSTER = [
    _full("a"), _full("b"), _full("c"), _full("d"), _full("e"),
    _full("miễn-vắng", exempt=[{"from": "2020-01-01"}]),
    _full("miễn-dự", exempt=[{"from": "2020-01-01"}]),
    _full("đi-học", away=[{"from": "2025-01-01", "to": "2025-06-30", "kind": "temporary"}]),
    _full("đi-học-về-dự", away=[{"from": "2025-01-01", "to": "2025-06-30",
                                 "kind": "temporary"}]),
    _full("đình-chỉ", away=[{"from": "2025-02-01", "kind": "suspended"}]),
    _full("hết-đình-chỉ", away=[{"from": "2024-01-01", "to": "2024-12-31",
                                 "kind": "suspended"}]),
    {**_full("dự-bị"), "full_since": None},
    _full("tạm-thời", temporary=True),
    _full("đã-chuyển", left="2025-01-15", left_reason="transfer"),
    _full("mới-đến", joined="2025-03-06"),
]


def test_voting_base_counted_by_hand() -> None:
    """Of the 11 full members of the cell on 2025-03-05 (the 15 on the roster less the
    probationary member, the member here on temporary activity, the one who left and the one
    who came the next day): present a, b, miễn-dự, đi-học-về-dự, dự-bị, tạm-thời; c absent
    with a reason, d and hết-đình-chỉ absent without. The base is a, b, miễn-dự, đi-học-về-dự
    (present), d, hết-đình-chỉ (unexcused absence keeps a member in it) and e (forgotten in
    the lists: still summoned) = 7; voters present = 4; one full member here temporarily is
    present and does not vote."""
    data = {"present": ["a", "b", "miễn-dự", "đi-học-về-dự", "dự-bị", "tạm-thời"],
            "absent_excused": {"c": "Ốm"}, "absent_unexcused": ["d", "hết-đình-chỉ"]}
    assert voting_base(data, _roster(ROSTER), DAY) == (7, 4, 1)


def test_excused_absence_leaves_the_base() -> None:
    data = {"present": ["a", "b", "c"], "absent_excused": {"d": "Đi công tác"},
            "absent_unexcused": ["e"]}
    five = _roster(ROSTER[:5])
    assert voting_base(data, five, DAY).base == 4
    data["absent_unexcused"].append("d")
    del data["absent_excused"]["d"]
    assert voting_base(data, five, DAY).base == 5


@pytest.mark.parametrize(("heading", "normalized"), [
    ("I. PHẦN MỞ ĐẦU", "mở đầu"),
    ("* Nội dung sinh hoạt:", "nội dung sinh hoạt"),
    ("Phần I: Khai mạc", "khai mạc"),
    ("1- Sinh hoạt “Học tập và làm theo”", "sinh hoạt học tập và làm theo"),
    ("a) Kết luận của chủ trì", "kết luận của chủ trì"),
    ("II.2. Thảo luận", "thảo luận"),
    ("**Mục đích, yêu cầu**", "mục đích yêu cầu"),
    ("Nội dung cuộc họp gồm 3 phần.", "nội dung cuộc họp gồm 3 phần"),
    ("Ke\u0302\u0301t thu\u0301c", "kết thúc"),  # NFD, as macOS writes it
])
def test_headings_are_normalized_once_for_matching(heading: str, normalized: str) -> None:
    assert normalize_heading(heading) == normalized


def _parts(project: Project, kind: str, body: list[str]) -> list[tuple[str, int, str]]:
    data = {"kind": kind, "date": "2025-03-05"}
    record = Record("x.md", data=data, loaded=Loaded(data=data), body_line=10,
                    body="\n".join(body))
    record.headings = [Heading(line.lstrip("#").strip(), 10 + number)
                       for number, line in enumerate(body) if line.startswith("#")]
    return [(p.code, p.line, p.params["section"])
            for p in check_parts(record, project.book(DAY))]


def test_a_keyword_anywhere_in_a_heading_of_any_level_finds_the_part(project: Project) -> None:
    assert _parts(project, "regular", ["#### 2. Đánh giá kết quả tháng 2", "",
                                       "###### Thông qua biên bản"]) == [
        ("minutes.missing-section", 10, "Mở đầu")]
    assert _parts(project, "regular", ["Hôm nay ngày 5/3/2025, chi bộ họp.",
                                       "### * Diễn biến cuộc họp:", "# Bế mạc"]) == []


def test_the_title_is_no_part_and_the_text_under_it_is_the_opening(project: Project) -> None:
    body = ["# BIÊN BẢN SINH HOẠT CHUYÊN ĐỀ QUÝ I", "", "Thời gian: 14 giờ.",
            "## Trình bày chuyên đề", "## Ý kiến đảng viên", "## Kết luận"]
    assert _parts(project, "thematic", body) == []
    assert _parts(project, "thematic", body[:1] + body[3:]) == [
        ("minutes.missing-section", 11, "Mục đích, yêu cầu")]
    # a comment left by `tools new` is not an opening written by the clerk
    assert _parts(project, "regular", ["<!-- ghi thời gian, địa điểm -->", "## Nội dung",
                                       "## Kết thúc"]) == [
        ("minutes.missing-section", 11, "Mở đầu")]


def test_a_heading_that_fits_two_parts_does_not_put_them_out_of_order(project: Project) -> None:
    """`Biểu quyết nhiệm vụ tháng 4` is content (nhiệm vụ) and closing (biểu quyết); the part
    after it is looked for after it."""
    body = ["Mở đầu không đề mục.", "## Biểu quyết nhiệm vụ tháng 4", "## Kết luận"]
    assert _parts(project, "regular", body) == []
    assert _parts(project, "regular", ["Mở đầu.", "## Kết thúc", "## Nội dung"]) == [
        ("minutes.section-order", 11, "Kết thúc")]


def test_every_rulebook_parameter_names_its_source(project: Project) -> None:
    rules = ("voting_base", "officers", "temporary_members", "parts")
    for book in project.rulebooks:
        named = {name for source in book.params["sources"]
                 for name in source.get("parameters", ())}
        parameters = {key for key in book.params if key not in (
            "id", "document", "title", "sources", "effective_from", "effective_to",
            "part_headings", "document_titles") and book.params[key] is not None}
        assert sorted((parameters | set(rules)) - named) == [], book.id


# -- local rules and the cache -------------------------------------------------------------------

TODAY = dt.date(2026, 11, 27)
COMMITTEE = "records/huyen-kbang/thi-tran-kbang"
RULE = ("local_rules:\n  - source: \"Quyết định 07-QĐ/ĐU, 2023-12-20, Đảng ủy thị trấn Kbang\"\n"
        "    effective_from: 2024-01-01\n"
        "    min_duration_small_cell: {max_full_members: 1000, minutes: 600}\n")


@pytest.fixture
def district(tmp_path: Path) -> Path:
    kbang(tmp_path, cells=12)
    shutil.copytree(schema_sources().schemas, tmp_path / "schemas")
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    old = time.time() - 60  # older than the racy window, as in a real checkout
    for path in (tmp_path / "records").rglob("*"):
        os.utime(path, (old, old))
    return tmp_path


def _answer(run) -> list:
    return sorted((p.code, p.path, p.line, json.dumps(p.params, sort_keys=True))
                  for p in run.problems)


def _cached(root: Path):
    return run_tree(Project.open(root), TODAY, cache=Cache(root, schema_sources(root).files))


def test_a_committees_local_rules_invalidate_the_cells_below_it(district: Path) -> None:
    cells_below = sum(1 for p in (district / COMMITTEE).rglob("members.yaml"))
    assert _cached(district).fresh == 12
    unit = district / COMMITTEE / "unit.yaml"
    unit.write_text(unit.read_text(encoding="utf-8") + RULE, encoding="utf-8")
    again = _cached(district)
    assert again.fresh == cells_below
    uncached = run_tree(Project.open(district), TODAY)
    assert _answer(again) == _answer(uncached)
    short = [p for p in again.problems if p.code == "minutes.too-short"]
    assert short and all(p.path.startswith(COMMITTEE + "/") for p in short)
    assert {p.params["document"] for p in short} == {
        "Quyết định 07-QĐ/ĐU, 2023-12-20, Đảng ủy thị trấn Kbang"}
    # renaming the committee changes no cell's answer: nothing is checked again
    unit.write_text(unit.read_text(encoding="utf-8").replace("name: ", "name: Đảng ủy ", 1),
                    encoding="utf-8")
    renamed = _cached(district)
    assert renamed.fresh == 0
    assert _answer(renamed) == _answer(run_tree(Project.open(district), TODAY))
    # and taking the rule away brings the old answers back
    unit.write_text(unit.read_text(encoding="utf-8").replace(RULE, ""), encoding="utf-8")
    restored = _cached(district)
    assert restored.fresh == cells_below
    assert not [p for p in restored.problems if p.code == "minutes.too-short"
                and p.params["minimum"] == 600]
    assert _answer(restored) == _answer(run_tree(Project.open(district), TODAY))


# -- tools new -----------------------------------------------------------------------------------


def test_new_summons_temporary_members_and_not_members_away(tmp_path: Path) -> None:
    write_tree(tmp_path)
    roster = tmp_path / CELL / "members.yaml"
    roster.write_text(roster.read_text(encoding="utf-8") + (
        "  - id: ho-van-tam\n    name: Hồ Văn Tâm\n    temporary: true\n"
        "    admitted: 2012-04-01\n    full_since: 2013-04-02\n    joined: 2026-02-01\n"
        "  - id: pham-van-hoc\n    name: Phạm Văn Học\n    admitted: 2010-01-05\n"
        "    full_since: 2011-01-05\n    joined: 2010-01-05\n    away:\n"
        "      - from: 2026-01-01\n        kind: temporary\n"), encoding="utf-8")
    result = CliRunner().invoke(main, ["--root", str(tmp_path), "new", CELL, "--date",
                                       "2026-07-06", "--kind", "regular"])
    assert result.exit_code == 0, result.output
    path = tmp_path / result.output.strip()
    text = path.read_text(encoding="utf-8")
    front, body = text.split("\n---\n", 1)
    data = YAML(typ="safe").load(front.removeprefix("---\n"))
    assert data["present"] == ["dinh-van-hung", "rcham-thi-hoa", "y-broh", "ho-van-tam"]
    assert "#   pham-van-hoc (Phạm Văn Học)" in front
    # the opening is an unheaded block under the title; the other parts are headings
    headings = [line for line in body.split("\n") if line.startswith("#")]
    assert headings == ["# BIÊN BẢN SINH HOẠT THƯỜNG KỲ", "## Nội dung", "## Kết thúc"]
    opening = body.split("# BIÊN BẢN SINH HOẠT THƯỜNG KỲ", 1)[1].split("## Nội dung", 1)[0]
    assert opening.strip() and "…" not in opening  # a sentence, nothing to fill in
    text = text.replace('start: ""', 'start: "07:30"').replace('end: ""', 'end: "09:30"')
    path.write_text(text.replace('place: ""', "place: Nhà rông"), encoding="utf-8")
    checked = CliRunner().invoke(main, ["--root", str(tmp_path), "validate", "--strict",
                                        "--today", "2026-11-27", str(path)])
    assert checked.exit_code == 0, checked.output
