"""The summary as HTML (opened in headless Chromium), XLSX and DOCX, for a small tree whose
months are known: which cell met in which month is written down here, not computed."""

from __future__ import annotations

import datetime as dt
import json
import os
import pty
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from renderers import chromium, need_module

from tools.checking.project import Project
from tools.cli import main
from tools.messages import CATALOGS, placeholders
from tools.rollup.summary import summarize

ROOT = Path(__file__).resolve().parent.parent
PERIOD = ["--from", "2025-01-01", "--to", "2025-04-30", "--today", "2025-05-10"]
MONTHS = ["2025-01", "2025-02", "2025-03", "2025-04"]
# cell -> the state of each month of PERIOD, and of the first quarter
EXPECTED = {
    "records/xa-thu/chi-bo-a": (["regular", "combined", "missing", "regular"], "held"),
    "records/xa-thu/chi-bo-b": (["absent", "absent", "regular", "missing"], "absent"),
    "records/xa-thu/chi-bo-c": (["regular", "missing", "absent", "absent"], "absent"),
}
PEOPLE = ["dinh-van-a", "ksor-thi-b", "rmah-c"]


def _roster(joined: str, extra: list[str]) -> str:
    lines = ["members:"]
    for member in PEOPLE + extra:
        name = " ".join(part.capitalize() for part in member.split("-"))
        lines += [f"  - id: {member}", f"    name: {name}", "    admitted: 2010-01-01",
                  "    full_since: 2011-01-01", f"    joined: {joined}"]
    return "\n".join(lines) + "\n"


def _minutes(day: str, present: list[str], unexcused: list[str], combined: bool) -> str:
    front = [f"kind: regular\ndate: {day}\nstart: \"19:00\"\nend: \"21:30\"",
             "place: Nhà văn hóa\nchair: dinh-van-a\nsecretary: ksor-thi-b",
             f"present: [{', '.join(present)}]", "minutes_adopted: true"]
    if unexcused:
        front.append(f"absent_unexcused: [{', '.join(unexcused)}]")
    if combined:
        front.append("combined: true\ntopic: Học tập và làm theo tư tưởng Hồ Chí Minh")
    return ("---\n" + "\n".join(front) + "\n---\n\n## Mở đầu\n\nKhai mạc.\n\n## Nội dung\n\n"
            "Bàn việc làng.\n\n## Kết thúc\n\nBế mạc.\n")


def _cell(root: Path, cell: str, dates: dict[str, tuple[list[str], bool]], joined: str,
          extra: list[str], dates_line: str) -> None:
    folder = root / "records/xa-thu" / cell
    (folder / "minutes/2025").mkdir(parents=True)
    (folder / "unit.yaml").write_text(
        f"name: Chi bộ {cell[-1].upper()} thôn Thử\nkind: cell\ntype: village\n"
        f"has_committee: false\nsecretary: dinh-van-a\nsecretary_is_village_head: true\n"
        f"{dates_line}", encoding="utf-8")
    (folder / "members.yaml").write_text(_roster(joined, extra), encoding="utf-8")
    for day, (unexcused, combined) in dates.items():
        present = [m for m in PEOPLE + extra if m not in unexcused]
        (folder / f"minutes/2025/{day}-regular.md").write_text(
            _minutes(day, present, unexcused, combined), encoding="utf-8")


@pytest.fixture(scope="module")
def tree(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("thu")
    (root / "records/xa-thu").mkdir(parents=True)
    (root / "records/xa-thu/unit.yaml").write_text(
        "name: Đảng bộ xã Thử\nkind: committee\nlevel: commune\n", encoding="utf-8")
    away = ["siu-hyen"]  # absent without a reason in three months: the removal review
    _cell(root, "chi-bo-a", {"2025-01-10": (away, False), "2025-02-10": (away, True),
                             "2025-04-10": (away, False)}, "2015-01-01", away,
          "established: 2020-01-01\n")
    _cell(root, "chi-bo-b", {"2025-03-12": ([], False)}, "2025-02-15", [],
          "established: 2025-02-15\n")
    _cell(root, "chi-bo-c", {"2025-01-20": ([], False)}, "2015-01-01", [],
          "established: 2015-01-01\ndissolved: 2025-03-01\n")
    return root


def invoke(root: Path, *args: str):
    return CliRunner().invoke(main, ["--root", str(root), "summarize", *args, *PERIOD])


def test_facts_hold_each_month_and_quarter(tree: Path) -> None:
    summary = summarize(Project.open(tree), "records", dt.date(2025, 1, 1),
                        dt.date(2025, 4, 30), dt.date(2025, 5, 10))
    assert summary["data_quality"]["errors"] == 0
    cells = {u["path"]: u for u in summary["facts"]["units"] if u["kind"] == "cell"}
    for path, (months, quarter) in EXPECTED.items():
        shown = {m: s for m, s in zip(MONTHS, months, strict=True) if s != "absent"}
        assert cells[path]["month_status"] == shown, path
        assert cells[path]["quarter_status"] == ({} if quarter == "absent"
                                                 else {"2025-Q1": quarter}), path
    assert len(summary["members"]["removal_review"]) == 1


class _Squares(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.squares: list[dict[str, str]] = []
        self.scripts = 0
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        found = dict(attrs)
        if tag == "g" and found.get("class") == "month":
            self.squares.append(found)
        self.scripts += tag == "script"
        if tag == "a":
            self.links.append(found["href"])


@pytest.fixture(scope="module")
def report(tree: Path) -> Path:
    target = tree / "out" / "bao-cao.html"
    target.parent.mkdir()
    result = invoke(tree, "--format", "html", "--output", str(target))
    assert result.exit_code == 0, result.output
    return target


def test_html_heatmap_in_chromium(report: Path, tmp_path: Path) -> None:
    done = chromium("--dump-dom", report.as_uri(), profile=tmp_path / "profile")
    assert done.returncode == 0, done.stderr
    assert "CONSOLE" not in done.stderr, done.stderr  # no console message, no error
    parsed = _Squares()
    parsed.feed(done.stdout)
    assert len(parsed.squares) == len(EXPECTED) * len(MONTHS)  # one per cell and month
    states = {(s["data-cell"], s["data-month"]): s["data-state"] for s in parsed.squares}
    assert states == {(cell, month): state for cell, (months, _) in EXPECTED.items()
                      for month, state in zip(MONTHS, months, strict=True)}
    assert parsed.scripts == 0
    shot = tmp_path / "bao-cao.png"  # the test's artifact, under pytest's tmp folder
    done = chromium(f"--screenshot={shot}", "--window-size=1200,1600", report.as_uri(),
                    profile=tmp_path / "profile")
    assert done.returncode == 0, done.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000


def test_html_is_self_contained_with_relative_links(report: Path) -> None:
    html = report.read_text(encoding="utf-8")
    parsed = _Squares()
    parsed.feed(html)
    assert "<script" not in html and "src=" not in html
    assert [u for u in ("http://", "https://", "//") if u in html.replace(
        'xmlns="http://www.w3.org/2000/svg"', "")] == []
    assert len(set(parsed.links)) == 3  # the removal review's three minutes (list, findings)
    for link in parsed.links:
        assert not link.startswith("/") and (report.parent / link).resolve().is_file(), link
    assert html.count("<title>") > len(EXPECTED) * len(MONTHS)  # a tooltip on each square


def test_html_in_english(tree: Path) -> None:
    result = invoke(tree, "--format", "html", "--lang", "en")
    assert result.exit_code == 0
    assert '<html lang="en">' in result.output and 'class="month"' in result.output


def test_xlsx_sheets_numbers_and_frozen_headers(tree: Path) -> None:
    openpyxl = need_module("openpyxl")
    target = tree / "bao-cao.xlsx"
    assert invoke(tree, "--format", "xlsx", "--output", str(target)).exit_code == 0
    book = openpyxl.load_workbook(target)
    sheets = {w.removeprefix("sheet-"): CATALOGS["vi"].PAPERS[w]
              for w in CATALOGS["vi"].PAPERS if w.startswith("sheet-")}
    assert sorted(book.sheetnames) == sorted(sheets.values())
    cells = book[sheets["cells"]]
    header = [c.value for c in cells[1]]
    assert header[:3] == ["Trực thuộc", "Chi bộ", "Thư mục"]
    assert cells.freeze_panes == "D2"
    rows = {row[2].value: row for row in cells.iter_rows(min_row=2)}
    assert set(rows) == set(EXPECTED)
    first = rows["records/xa-thu/chi-bo-a"]
    assert first[0].value == "Đảng bộ xã Thử"
    members = first[header.index("Đảng viên")]
    assert members.value == 4 and isinstance(members.value, int)
    rate = first[header.index(CATALOGS["vi"].PAPERS["attendance-pct"])]
    assert rate.number_format == "0.00%" and rate.value == pytest.approx(0.75)
    for sheet in book.worksheets:
        assert sheet.freeze_panes in ("A2", "D2"), sheet.title
        assert all(c.font.bold for c in sheet[1] if c.value is not None), sheet.title
    months = book[sheets["months"]]
    assert [c.value for c in months[1]][3:] == MONTHS


def test_docx_report(tree: Path) -> None:
    docx = need_module("docx")
    target = tree / "bao-cao.docx"
    result = invoke(tree, "records/xa-thu", "--format", "docx", "--output", str(target))
    assert result.exit_code == 0, result.output
    document = docx.Document(str(target))
    section = document.sections[0]
    assert (round(section.page_width / 36000), round(section.page_height / 36000)) == (210, 297)
    left, right = document.tables[0].rows[0].cells
    assert [p.text for p in left.paragraphs] == ["ĐẢNG BỘ XÃ THỬ", "*"]
    assert right.paragraphs[0].text == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert right.paragraphs[1].text == "Xã Thử, ngày 10 tháng 5 năm 2025"
    assert "BÁO CÁO" in [p.text for p in document.paragraphs]
    text = "\n".join(cell.text for table in document.tables for row in table.rows
                     for cell in row.cells)
    for name in ("Chi bộ A thôn Thử", "Chi bộ B thôn Thử", "Chi bộ C thôn Thử", "3/4"):
        assert name in text
    findings = json.loads(invoke(tree, "--format", "json").output)["findings"]
    lines = [p.text for p in document.paragraphs if p.text.startswith("- Chi bộ")]
    assert len(lines) == len(findings) + 1  # each finding, and the removal review


def test_binary_goes_to_a_pipe_but_never_a_terminal(tree: Path) -> None:
    piped = invoke(tree, "--format", "xlsx")
    assert piped.exit_code == 0 and piped.stdout_bytes[:2] == b"PK"
    leader, follower = pty.openpty()
    done = subprocess.run([sys.executable, "-m", "tools", "--root", str(tree), "summarize",
                           "--format", "docx", *PERIOD], stdout=follower,
                          stderr=subprocess.PIPE, check=False, cwd=ROOT)
    os.close(follower)
    os.close(leader)
    assert done.returncode == 2 and b"--output" in done.stderr


def test_text_formats_keep_standard_output_and_write_files(tree: Path) -> None:
    shown = invoke(tree, "--format", "json")
    target = tree / "tong-hop.json"
    assert invoke(tree, "--format", "json", "--output", str(target)).exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8")) == json.loads(shown.output)


def test_papers_catalogs_match() -> None:
    vi, en = CATALOGS["vi"].PAPERS, CATALOGS["en"].PAPERS
    assert sorted(vi) == sorted(en)
    assert [k for k in vi if placeholders(vi[k]) != placeholders(en[k])] == []


@pytest.mark.parametrize("fmt", ["html", "xlsx", "json"])
def test_an_unwritable_output_is_a_message(tree: Path, fmt: str) -> None:
    result = invoke(tree, "--format", fmt, "--output", str(tree / "no-such-folder" / "r"))
    assert result.exit_code == 2 and "no-such-folder" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


# -- everything the summary holds, on the hand-computed tree of the rules ---------------------

RULES = ROOT / "tests" / "summary" / "rules"
RULES_PERIOD = ["--from", "2025-07-01", "--to", "2025-12-31", "--today", "2026-11-27"]
TEACHERS = "records/xa-dak-rong/dang-bo-truong-thcs/bo-phan-giao-vien/chi-bo-to-toan"


@pytest.fixture(scope="module")
def twins(tmp_path_factory) -> Path:
    """The rules tree (every new finding, minutes counted with figures left out, a cell
    committee) with the teachers' cell renamed like a village cell of another committee."""
    root = tmp_path_factory.mktemp("twins")
    shutil.copytree(RULES / "records", root / "records")
    unit = root / TEACHERS / "unit.yaml"
    unit.write_text(unit.read_text(encoding="utf-8").replace(
        "Chi bộ Tổ Toán - Tin", "Chi bộ làng Kon Pne"), encoding="utf-8")
    return root


class _Rows(HTMLParser):
    """The text of each table row, list item and paragraph of an HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[str] = []
        self.open = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("tr", "li", "p", "h2", "dt", "dd", "text"):
            self.rows.append("")

    def handle_data(self, data: str) -> None:
        if self.rows:
            self.rows[-1] += data + " | "


def _rows(root: Path, fmt: str, target: Path) -> list[str]:
    result = CliRunner().invoke(main, ["--root", str(root), "summarize", *RULES_PERIOD,
                                       "--format", fmt, "--output", str(target)])
    assert result.exit_code == 0, result.output
    if fmt == "html":
        parsed = _Rows()
        parsed.feed(target.read_text(encoding="utf-8"))
        return parsed.rows
    if fmt == "xlsx":
        book = need_module("openpyxl").load_workbook(target)
        return [" | ".join(str(v) for v in row if v is not None)
                for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)]
    document = need_module("docx").Document(str(target))
    return [p.text for p in document.paragraphs] + [
        " | ".join(cell.text for cell in row.cells) for table in document.tables
        for row in table.rows]


@pytest.mark.parametrize("fmt", ["html", "xlsx", "docx"])
def test_papers_show_everything_the_summary_holds(twins: Path, fmt: str,
                                                  tmp_path: Path) -> None:
    from tools.outputs.summary_tables import finding_text, labels

    done = CliRunner().invoke(main, ["--root", str(twins), "summarize", *RULES_PERIOD,
                                     "--format", "json"])
    summary = json.loads(done.output)
    rows = _rows(twins, fmt, tmp_path / f"bao-cao.{fmt}")
    t, named = CATALOGS["vi"].SUMMARY, labels(summary)
    parents = {u["path"]: u["name"] for u in summary["facts"]["units"]}
    assert named[TEACHERS] != "Chi bộ làng Kon Pne"  # the name repeats: the parent tells
    codes = {f["code"] for f in summary["findings"]}
    assert {"cadence.missing-committee", "attendance.meeting-below-target",
            "members.thematic-absence", "members.dues-unpaid"} <= codes
    for finding in summary["findings"]:
        who = parents[finding["cell"].rsplit("/", 1)[0]] if fmt == "xlsx" \
            else named[finding["cell"]]
        assert [r for r in rows if finding_text(finding, "vi") in r and who in r], finding
    [partly] = summary["data_quality"]["files_partly_counted"]
    assert [r for r in rows if partly["path"] in r and t["left_attendance"] in r
            and t["file_partly_counted"] in r], partly
    held = "5" if fmt == "xlsx" else "5/6"  # a spreadsheet keeps the numbers apart
    assert [r for r in rows if t["committee_months"] in r and held in r]
