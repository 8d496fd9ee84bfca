"""`tools print`: minutes as DOCX and PDF in the layout of Hướng dẫn 36-HD/VPTW, read back
with python-docx, pdftotext and pdftoppm."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner
from renderers import ink, need, need_module, pages

from builders import CELL, MINUTES, write_tree
from tools.cli import main
from tools.messages import CATALOGS

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = "records/xa-krong/lang-so-lam/minutes/2025/2025-07-05-regular.md"
RICH = f"{CELL}/minutes/2025/2025-04-08-regular.md"
LONG_WORD = "https://xa-dak-roong.gialai.gov.vn/" + "tai-lieu-hoc-tap-" * 14 + "ket-thuc"

MEMBERS = """
  - id: a-nhu
    name: A Nhú
    admitted: 2016-01-02
    full_since: 2017-01-02
    joined: 2025-04-01
  - id: siu-hyen
    name: Siu H'Yên
    admitted: 2018-02-03
    full_since: 2019-02-03
    joined: 2025-04-01
"""

FRONT = """---
kind: regular
date: 2025-04-08
start: "19:30"
end: "22:05"
place: Nhà rông làng Kon Hring
chair: dinh-van-hung
secretary: rcham-thi-hoa
present: [dinh-van-hung, rcham-thi-hoa, a-nhu]
absent_excused:
  y-broh: Đi điều trị ở bệnh viện tỉnh
absent_unexcused: [siu-hyen]
guests:
  - name: Nguyễn Thị Lệ
    position: Phó Bí thư Đảng ủy xã
    level: commune
topic: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tiết kiệm
combined: true
speakers: [rcham-thi-hoa, a-nhu]
tasks:
  - member: a-nhu
    task: Vận động 5 hộ đăng ký trồng cà phê xen canh
    due: 2025-05-05
decisions:
  - text: Thông qua Nghị quyết Chi bộ tháng 4/2025
    number: "04-NQ/CB"
    votes: {for: 3, against: 0, abstain: 0}
    adopted: true
minutes_adopted: true
quality: fair
corrections:
  - date: 2025-04-20
    reason: Sửa chức vụ của khách mời
---
"""

BODY = f"""
## I. Mở đầu

Đồng chí Đinh Văn Hùng khai mạc, giới thiệu **đồng chí Nguyễn Thị Lệ** dự sinh hoạt.

## II. Nội dung

### 1. Tình hình trong tháng

- Cà phê ra hoa đều; *đã tưới đợt hai*.
  - Còn 3 hộ chưa có nước tưới.
- Phòng chống cháy rừng: tài liệu ở {LONG_WORD}

1. Chăm sóc cà phê.
2. Tuần tra rừng.

| Việc | Người làm | Hạn |
|---|---|---|
| Sửa đường ống | A Nhú | 30/4 |

> Ý kiến của đồng chí Rơ Châm Thị Hoa: đề nghị chi bộ giám sát.

## III. Kết thúc

Biên bản được thông qua lúc 22 giờ 05.
"""


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """The builders' tree plus a meeting with every front-matter field, saved the way Windows
    and a Mac leave files: a byte-order mark, CRLF line ends, decomposed diacritics (NFD)."""
    root = write_tree(tmp_path / "repo")
    members = root / CELL / "members.yaml"
    members.write_text(members.read_text(encoding="utf-8") + MEMBERS.lstrip("\n"),
                       encoding="utf-8")
    text = unicodedata.normalize("NFD", FRONT + BODY).replace("\n", "\r\n")
    (root / RICH).parent.mkdir(parents=True, exist_ok=True)
    (root / RICH).write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    return root


def invoke(root: Path, *args: str):
    return CliRunner().invoke(main, ["--root", str(root), *args])


def docx_text(path: Path) -> tuple[object, str]:
    docx = need_module("docx")
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return document, unicodedata.normalize("NFC", "\n".join(parts))


def test_docx_holds_every_front_matter_field(tree: Path, tmp_path: Path) -> None:
    result = invoke(tree, "print", str(tree / RICH), "--format", "docx", "--out",
                    str(tmp_path / "out"), "--today", "2025-05-01")
    assert result.exit_code == 0, result.output
    written = tmp_path / "out" / "lang-kon-hring-2025-04-08-regular.docx"
    assert written.is_file()
    _, text = docx_text(written)
    for expected in [
        "19 giờ 30", "22 giờ 05", "ngày 08 tháng 4 năm 2025", "Nhà rông làng Kon Hring",
        "Đinh Văn Hùng", "Rơ Châm Thị Hoa", "A Nhú",  # chair, clerk, present
        "Y Brốh: Đi điều trị ở bệnh viện tỉnh", "Siu H'Yên",  # excused with reason, unexcused
        "Nguyễn Thị Lệ, Phó Bí thư Đảng ủy xã",  # guest
        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tiết kiệm",
        "kết hợp sinh hoạt chuyên đề",  # combined
        "Phát biểu ý kiến: Rơ Châm Thị Hoa, A Nhú",  # speakers
        "Vận động 5 hộ đăng ký trồng cà phê xen canh", "ngày 05 tháng 5 năm 2025",  # task, due
        "Thông qua Nghị quyết Chi bộ tháng 4/2025", "04-NQ/CB", "tán thành 3",
        "không tán thành 0", "không biểu quyết 0",  # decision and votes
        "được thông qua",  # minutes_adopted
        "khá",  # quality
        "Sửa chức vụ của khách mời", "ngày 20 tháng 4 năm 2025",  # correction
        "Còn 3 hộ chưa có nước tưới", LONG_WORD, "Sửa đường ống",  # the body
    ]:
        assert expected in text, expected


def test_docx_header_signatures_and_page_setup(tree: Path, tmp_path: Path) -> None:
    result = invoke(tree, "print", str(tree / MINUTES), "--format", "docx", "--out",
                    str(tmp_path))
    assert result.exit_code == 0, result.output
    document, _ = docx_text(tmp_path / "lang-kon-hring-2025-03-05-regular.docx")
    section = document.sections[0]
    mm = 36000  # EMU per millimetre
    assert (round(section.page_width / mm), round(section.page_height / mm)) == (210, 297)
    margins = {side: round(getattr(section, f"{side}_margin") / mm, 1)
               for side in ("top", "bottom", "left", "right")}
    assert 20 <= margins["top"] <= 25 and 20 <= margins["bottom"] <= 25
    assert 30 <= margins["left"] <= 35 and 15 <= margins["right"] <= 20
    left, right = document.tables[0].rows[0].cells
    assert [p.text for p in left.paragraphs] == ["ĐẢNG BỘ XÃ ĐAK RONG",
                                                "CHI BỘ LÀNG KON HRING", "*"]
    assert left.paragraphs[1].runs[0].bold
    party, place_date = right.paragraphs
    assert party.text == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert party.runs[0].bold and party.runs[0].underline
    assert place_date.text == "Xã Đak Rong, ngày 05 tháng 3 năm 2025"
    assert place_date.runs[0].italic
    assert "BIÊN BẢN" in [p.text for p in document.paragraphs]
    assert "Sinh hoạt chi bộ thường kỳ tháng 3 năm 2025" in [p.text for p in document.paragraphs]
    clerk, chair = document.tables[-1].rows[0].cells
    assert [clerk.paragraphs[0].text, clerk.paragraphs[-1].text] == ["THƯ KÝ", "Rơ Châm Thị Hoa"]
    assert [chair.paragraphs[0].text, chair.paragraphs[-1].text] == ["CHỦ TRÌ", "Đinh Văn Hùng"]
    fonts = {run.font.name for p in document.paragraphs for run in p.runs} - {None}
    assert document.styles["Normal"].font.name == "Times New Roman" and fonts <= {
        "Times New Roman"}


def test_invalid_minutes_are_refused_with_codes(tree: Path, tmp_path: Path) -> None:
    broken = tree / MINUTES
    broken.write_text(broken.read_text(encoding="utf-8").replace("place: Nhà rông làng Kon "
                                                                  "Hring\n", ""),
                      encoding="utf-8")
    garbage = tree / CELL / "minutes/2025/2025-03-20-thematic.md"
    garbage.write_bytes("---\nkind: thematic\n".encode("utf-16"))
    result = invoke(tree, "print", str(broken), str(garbage), str(tree / CELL / "unit.yaml"),
                    "--format", "docx", "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert "schema.required" in result.output and "parse.encoding" in result.output
    assert "Traceback" not in result.output
    assert list((tmp_path / "out").glob("*")) == []


def test_a_mistyped_name_is_said_to_be_missing(tree: Path, tmp_path: Path) -> None:
    typo = tree / CELL / "minutes/2025/2025-13-05-regular.md"
    result = invoke(tree, "print", str(typo), str(tree / CELL / "unit.yaml"), "--out",
                    str(tmp_path))
    assert result.exit_code == 1
    missing, other = result.output.strip().splitlines()
    assert missing.startswith("Không có tệp") and "2025-13-05-regular.md" in missing
    assert "không phải là tệp biên bản" in other


def test_without_python_docx_it_says_what_to_install(tree: Path) -> None:
    code = ("import sys; sys.modules['docx'] = None; from tools.cli import run; "
            f"sys.argv = ['tools', '--root', {str(tree)!r}, 'print', {str(tree / MINUTES)!r}]; "
            "run()")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 2
    assert "python-docx" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_pdf_without_libreoffice_exits_2(tree: Path, tmp_path: Path, lang: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tools", "--root", str(tree), "print", str(tree / MINUTES),
         "--format", "pdf", "--out", str(tmp_path), "--lang", lang],
        capture_output=True, text=True, check=False, env={"PATH": str(tmp_path)}, cwd=ROOT)
    assert done.returncode == 2, done.stderr
    assert "libreoffice-writer-nogui" in done.stderr and "Traceback" not in done.stderr
    assert list(tmp_path.glob("*.pdf")) == []


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> Path:
    """The shipped sample meeting and the builders' short one, as PDFs (one LibreOffice run)."""
    need("soffice")
    out = tmp_path_factory.mktemp("pdf")
    root = write_tree(tmp_path_factory.mktemp("repo"))
    for source in (ROOT / SAMPLE, ROOT / "records/xa-krong/lang-so-lam/members.yaml",
                   ROOT / "records/xa-krong/lang-so-lam/unit.yaml",
                   ROOT / "records/xa-krong/unit.yaml"):
        target = root / source.relative_to(ROOT)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(source.read_bytes())
    result = invoke(root, "print", str(root / SAMPLE), str(root / MINUTES), "--format", "pdf",
                    "--out", str(out), "--today", "2026-01-01")
    assert result.exit_code == 0, result.output
    return out


def pdf_text(path: Path) -> str:
    return subprocess.run([need("pdftotext"), "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_pdf_text_keeps_vietnamese(pdfs: Path) -> None:
    text = pdf_text(pdfs / "lang-so-lam-2025-07-05-regular.pdf")
    assert unicodedata.is_normalized("NFC", text)
    for words in ("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG BỘ XÃ KRONG", "CHI BỘ LÀNG SƠ LAM",
                  "Xã Krong, ngày 05 tháng 7 năm 2025", "BIÊN BẢN", "Y Brốh",
                  "Rơ Châm Thị Hoa", "khám bệnh ở bệnh viện tỉnh", "Nay H'Lan", "THƯ KÝ", "CHỦ TRÌ",
                  "Đak Pơ Kao"):
        assert words in text, words


def test_pdf_uses_liberation_serif(pdfs: Path) -> None:
    fonts = subprocess.run([need("pdffonts"), str(pdfs / "lang-so-lam-2025-07-05-regular.pdf")],
                           capture_output=True, text=True, check=True).stdout
    assert "LiberationSerif" in fonts


def test_pdf_pages_fit_and_nothing_leaves_the_text_area(pdfs: Path, tmp_path: Path) -> None:
    dpi = 50
    short = pages(pdfs / "lang-kon-hring-2025-03-05-regular.pdf", tmp_path / "short", dpi)
    assert len(short) == 1  # a short meeting with its signatures: one page
    sample = pages(pdfs / "lang-so-lam-2025-07-05-regular.pdf", tmp_path / "sample", dpi)
    assert 2 <= len(sample) <= 3  # the sample's long body: two or three A4 pages
    px = dpi / 25.4
    for picture in short + sample:
        width, height, _ = picture
        assert abs(width - 210 * px) <= 1 and abs(height - 297 * px) <= 1  # A4 portrait
        assert ink(picture, 0, 0, int(29 * px), height) == 0  # left margin (at least 30 mm)
        assert ink(picture, width - int(14 * px), 0, width, height) == 0  # right (15 mm)
        assert ink(picture, 0, height - int(19 * px), width, height) == 0  # bottom (20 mm)
        assert ink(picture, int(31 * px), int(21 * px), width - int(16 * px),
                   height - int(21 * px)) > 0  # the text area has text


def test_long_words_and_tables_stay_inside(tree: Path, tmp_path: Path) -> None:
    need("soffice")
    result = invoke(tree, "print", str(tree / RICH), "--format", "pdf", "--out", str(tmp_path),
                    "--today", "2025-05-01")
    assert result.exit_code == 0, result.output
    pdf = tmp_path / "lang-kon-hring-2025-04-08-regular.pdf"
    assert unicodedata.normalize("NFC", "Siu H'Yên") in pdf_text(pdf)
    px = 50 / 25.4
    for picture in pages(pdf, tmp_path / "pages"):
        width, height, _ = picture
        assert ink(picture, width - int(14 * px), 0, width, height) == 0
        assert ink(picture, 0, 0, int(29 * px), height) == 0


def test_clerk_guide_quotes_the_print_messages() -> None:
    guide = (ROOT / "docs" / "huong-dan-van-thu.md").read_text(encoding="utf-8")
    words = CATALOGS["vi"].PAPERS
    assert words["no-papers"] in guide and words["no-soffice"] in guide
    assert words["refused"].format(
        path="records/xa-krong/lang-so-lam/minutes/2026/2026-06-05-regular.md") in guide


def test_away_and_temporary_members_are_counted_apart(tmp_path: Path) -> None:
    case = ROOT / "tests/cases/valid-away-temporary-dues"
    minutes = case / "records/xa-krong/lang-so-lam/minutes/2025/2025-03-05-regular.md"
    result = invoke(case, "print", str(minutes), "--out", str(tmp_path), "--today", "2025-12-31")
    assert result.exit_code == 0, result.output
    _, text = docx_text(tmp_path / "lang-so-lam-2025-03-05-regular.docx")
    line = next(line for line in text.splitlines() if "Tổng số đảng viên" in line)
    # six on the roster: Hồ Văn Tâm belongs elsewhere; Nay Văn Lộc is away; one is exempt
    assert "5 đồng chí (5 chính thức, 0 dự bị)" in line
    assert line.count("1 đồng chí") == 3


def test_pdf_without_the_font_exits_2(tree: Path, tmp_path: Path, monkeypatch) -> None:
    from tools.outputs.papers import pdf

    monkeypatch.setattr(pdf.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(pdf, "font_present", lambda: False)
    result = invoke(tree, "print", str(tree / MINUTES), "--format", "pdf", "--out",
                    str(tmp_path / "out"))
    assert result.exit_code == 2 and "fonts-liberation2" in result.output
    assert not (tmp_path / "out").exists()


# -- the paper as a minutes book keeps it: nothing twice, nothing hidden shown ----------------

REAL = ROOT / "tests" / "real"
COMMENTED = """
# BIÊN BẢN SINH HOẠT THƯỜNG KỲ

Đồng chí chủ trì tuyên bố lý do, giới thiệu thành phần và thông qua chương trình sinh hoạt.

## Nội dung

<!-- Đánh giá việc thực hiện nhiệm vụ tháng trước; thảo luận. -->

Chi bộ bàn việc chăm sóc cà phê <!-- ghi chú ẩn --> và phòng chống cháy rừng.

<!-- một ghi chú
trên hai dòng -->

## Kết thúc

<!-- Thông qua biên bản; giờ kết thúc. -->

Kết thúc lúc 09 giờ 30 cùng ngày.
"""


def _printed(root: Path, rel: str, out: Path) -> Path:
    result = invoke(root, "print", str(root / rel), "--format", "docx", "--out", str(out),
                    "--today", "2026-01-01")
    assert result.exit_code == 0, result.output
    [written] = out.glob("*.docx")
    return written


def _print_docx(root: Path, rel: str, out: Path) -> str:
    return docx_text(_printed(root, rel, out))[1]


def _with_body(root: Path, body: str) -> None:
    path = root / MINUTES
    front = path.read_text(encoding="utf-8").split("\n---\n", 1)[0]
    path.write_text(front + "\n---\n" + body, encoding="utf-8")


def test_comments_are_not_printed(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "repo")
    _with_body(root, COMMENTED)
    text = _print_docx(root, MINUTES, tmp_path / "out")
    assert "<!--" not in text and "-->" not in text
    for hidden in ("Đánh giá việc thực hiện", "ghi chú ẩn", "trên hai dòng", "giờ kết thúc."):
        assert hidden not in text, hidden
    assert "Chi bộ bàn việc chăm sóc cà phê và phòng chống cháy rừng." in text


def test_the_body_title_is_not_printed_again(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "repo")
    _with_body(root, COMMENTED)
    document, _ = docx_text(_printed(root, MINUTES, tmp_path))
    lines = [p.text for p in document.paragraphs]
    assert lines.count("BIÊN BẢN") == 1
    assert "BIÊN BẢN SINH HOẠT THƯỜNG KỲ" not in lines


@pytest.mark.parametrize("case", sorted(p.name for p in REAL.iterdir() if p.is_dir()))
def test_real_minutes_print_their_head_and_facts_once(case: str, tmp_path: Path) -> None:
    """The real minutes carry their own header and title (the committee, the Party's name,
    BIÊN BẢN ...): the paper prints its own once. Those that state the time, the place and
    the attendance in their opening are printed with it as written, the facts not twice."""
    [rel] = [p.relative_to(REAL / case).as_posix()
             for p in (REAL / case).rglob("minutes/*/*.md")]
    document, text = docx_text(_printed(REAL / case, rel, tmp_path))
    lines = [unicodedata.normalize("NFC", p.text) for p in document.paragraphs]
    assert [line for line in lines if line.startswith("BIÊN BẢN")] == ["BIÊN BẢN"]
    assert text.count("ĐẢNG CỘNG SẢN VIỆT NAM") == 1
    assert text.count("Thời gian") <= 1 and text.count("Địa điểm") <= 1


def test_a_body_opening_with_its_first_part_gives_the_facts_once(tmp_path: Path) -> None:
    """The sample's committee meetings open with "I. Nội dung" and the facts under it."""
    committee = "records/xa-krong/lang-so-lam/minutes/2025/2025-07-02-committee.md"
    text = _print_docx(ROOT, committee, tmp_path)
    assert text.count("Có mặt") == 1 and "Thời gian" not in text


def test_sample_prints_each_fact_once(tmp_path: Path) -> None:
    """The sample's body states its opening facts, votes and assignments itself: the paper
    does not add the same again from the front matter."""
    text = _print_docx(ROOT, SAMPLE, tmp_path)
    assert text.count("Có mặt") == 1
    assert text.count("Thông qua Nghị quyết Chi bộ tháng 7/2025") == 1
    assert text.lower().count("tổ chức ngày công dọn đoạn đường sạt") == 1
    assert CATALOGS["vi"].PAPERS["minutes-adopted"] not in text


def _grown(root: Path, count: int) -> str:
    """A meeting whose body has `count` one-line paragraphs, dated by `count`."""
    day = f"2025-{count // 28 + 1:02d}-{count % 28 + 1:02d}"
    rel = f"{CELL}/minutes/2025/{day}-regular.md"
    front = (root / MINUTES).read_text(encoding="utf-8").split("\n---\n", 1)[0]
    body = "\n\n".join(f"Đoạn số {n}: chi bộ bàn việc chăm sóc cà phê." for n in range(count))
    (root / rel).write_text(front.replace("2025-03-05", day) + "\n---\n\n## Nội dung\n\n"
                            + body + "\n\n## Kết thúc\n\nĐoạn cuối: biên bản được thông qua.\n",
                            encoding="utf-8")
    return rel


def test_signatures_never_stand_alone_on_a_page(tmp_path: Path) -> None:
    """Bodies one line longer each, so that one of them ends right at the foot of a page: the
    page with the signatures always holds the end of the body too."""
    need("soffice")
    root = write_tree(tmp_path / "repo")
    papers = [_grown(root, count) for count in range(4, 40)]
    result = invoke(root, "print", *(str(root / rel) for rel in papers), "--format", "pdf",
                    "--out", str(tmp_path / "out"), "--today", "2026-01-01")
    assert result.exit_code == 0, result.output
    counts = set()
    for pdf in sorted((tmp_path / "out").glob("*.pdf")):
        pages = unicodedata.normalize("NFC", pdf_text(pdf)).rstrip("\f").split("\f")
        counts.add(len(pages))
        [signed] = [page for page in pages if "CHỦ TRÌ" in page]
        assert "Đoạn" in signed, pdf.name
    assert counts == {1, 2}  # the bodies cross the foot of the first page


# what each real minutes' opening gives itself, so the paper adds only the rest
OWN_FACTS = {"acchcm-hop-chi-bo": set(), "binh-thuan-so-tay": set(), "chi-uy-mau-1": set(),
             "duong-lam-2022-05": {"time", "place"},  # it gives the attendance, not when/where
             "hd12-chuyen-de": set(), "thuvienbieumau-hop-chi-bo": set()}


@pytest.mark.parametrize("case", sorted(OWN_FACTS))
def test_the_paper_adds_only_the_facts_the_opening_lacks(case: str, project) -> None:
    from tools.outputs.papers.body import plan
    from tools.reading.records import read_minutes

    [path] = (REAL / case).rglob("minutes/*/*.md")
    record = read_minutes(path, path.name)
    book = project.book(dt.date.fromisoformat(record.data["date"]))
    shown = plan(record.body, record.data, book.parts(record.data["kind"]),
                 book.title_prefixes)
    assert shown.facts == OWN_FACTS[case]
    first = "".join(run.text for run in shown.blocks[0].runs)
    assert not first.isupper() and "BIÊN BẢN" not in first and "—" not in first[:2], first


@pytest.mark.parametrize("kind", ["regular", "thematic", "committee"])
def test_a_new_file_filled_in_prints_each_fact_once(tmp_path: Path, kind: str) -> None:
    """`tools new` asks for each fact once, in the front matter: its body's opening is a
    sentence with nothing to fill in, and the paper writes the facts from the front matter."""
    root = write_tree(tmp_path / "repo")
    unit = root / CELL / "unit.yaml"
    unit.write_text(unit.read_text(encoding="utf-8").replace(
        "has_committee: false", "has_committee: true\ncommittee_members: [dinh-van-hung, y-broh]"),
        encoding="utf-8")
    made = invoke(root, "new", CELL, "--date", "2025-07-06", "--kind", kind)
    assert made.exit_code == 0, made.output
    path = root / made.output.strip()
    text = path.read_text(encoding="utf-8")
    body = text.split("\n---\n", 1)[1]
    assert "…" not in body and "...." not in body
    text = text.replace('start: ""', 'start: "19:00"').replace('end: ""', 'end: "21:00"')
    text = text.replace('place: ""', "place: Nhà rông làng Kon Hring")
    text = text.replace('topic: ""', "topic: Học tập và làm theo gương Bác")
    path.write_text(text + "\nĐồng chí thư ký đọc lại biên bản; chi bộ nhất trí thông qua.\n",
                    encoding="utf-8")
    checked = invoke(root, "validate", "--format", "json", "--today", "2025-07-07", str(path))
    assert checked.exit_code == 0, checked.output
    rel = path.relative_to(root).as_posix()
    assert [p["code"] for p in json.loads(checked.output)["problems"] if p["path"] == rel] == []
    printed = _print_docx(root, path.relative_to(root).as_posix(), tmp_path / "out")
    for fact in ("Thời gian", "Địa điểm", "Chủ trì", "Thư ký", "Có mặt"):
        assert printed.count(fact) == 1, fact
    assert "19 giờ 00" in printed and "Nhà rông làng Kon Hring" in printed
    assert "được thông qua" not in printed  # the body said so: not again from minutes_adopted


@pytest.mark.parametrize(("case", "line"), [
    ("duong-lam-2022-05", "Xã Hòa Lâm, ngày 04 tháng 5 năm 2022"),  # a grassroots committee
    ("binh-thuan-so-tay", "Ngày 12 tháng 3 năm 2025"),  # a bloc committee: named after no place
])
def test_the_place_is_the_nearest_committee_named_after_one(case: str, line: str,
                                                           tmp_path: Path) -> None:
    [rel] = [p.relative_to(REAL / case).as_posix()
             for p in (REAL / case).rglob("minutes/*/*.md")]
    document, _ = docx_text(_printed(REAL / case, rel, tmp_path))
    assert document.tables[0].rows[0].cells[1].paragraphs[1].text == line


def test_votes_the_body_does_not_state_come_before_its_closing(tmp_path: Path) -> None:
    """Minutes without a closing heading end with the paragraph that closes the meeting: the
    votes of the front matter go before it, not after the meeting has ended."""
    case = REAL / "thuvienbieumau-hop-chi-bo"
    [rel] = [p.relative_to(case).as_posix() for p in case.rglob("minutes/*/*.md")]
    document, _ = docx_text(_printed(case, rel, tmp_path))
    lines = [unicodedata.normalize("NFC", p.text) for p in document.paragraphs]
    votes = lines.index(CATALOGS["vi"].PAPERS["decisions"])
    assert "kết thúc lúc" in lines[votes + 2] and "kết thúc lúc" not in " ".join(lines[:votes])


def test_a_fact_in_bold_under_the_title_is_printed(project) -> None:
    from tools.outputs.papers.body import plan

    book = project.book(dt.date(2025, 7, 5))
    body = ("# BIÊN BẢN HỌP CHI BỘ\n\n**Tháng 7/2025**\n\n**Thời gian: 19 giờ 00. Địa điểm: nhà"
            " văn hóa. Có mặt 9/9 đồng chí.**\n\n**I. MỞ ĐẦU**\n\nKhai mạc.\n")
    shown = plan(body, {"start": "19:00", "place": "Nhà văn hóa"}, book.parts("regular"),
                 book.title_prefixes)
    texts = ["".join(run.text for run in block.runs) for block in shown.blocks]
    assert texts[0].startswith("Thời gian: 19 giờ 00") and texts[1] == "I. MỞ ĐẦU"
    assert shown.facts == set()
