"""Generators for hostile cases whose inputs git should not hold as files: big or binary files,
symbolic links, named pipes, conflict markers (tools validate refuses them), names that git or
an editor would mangle. Each function gets the root of the case's temporary copy (the folder
holding records/) and writes into it; it must be deterministic. Stdlib only.

case.yaml names the function: `generate: big_10mb`.
"""

from __future__ import annotations

import gzip
import os
import random
import struct
import zlib
from pathlib import Path

CELL = "records/xa-krong/lang-so-lam"
MINUTES_DIR = f"{CELL}/minutes/2025"
MINUTES = f"{MINUTES_DIR}/2025-03-05-regular.md"
MEMBERS = f"{CELL}/members.yaml"
MIB = 1024 * 1024

FRONT = """kind: regular
date: {date}
start: "07:30"
end: "09:30"
place: Nhà văn hóa làng Sơ Lam
chair: dinh-van-hung
secretary: rcham-thi-hoa
present:
  - dinh-van-hung
  - rcham-thi-hoa
  - y-broh
minutes_adopted: true
"""

BODY = """
## Mở đầu

Đồng chí Đinh Văn Hùng, Bí thư chi bộ, khai mạc buổi sinh hoạt.

## Nội dung

Chi bộ đánh giá kết quả tháng trước, đề ra nhiệm vụ tháng này.

## Kết thúc

Biên bản được thông qua, chi bộ nhất trí 100%.
"""

MEMBERS_TEXT = """members:
  - id: dinh-van-hung
    name: Đinh Văn Hùng
    card: "52012345"
    admitted: 2015-03-02
    full_since: 2016-03-10
    joined: 2015-03-02
  - id: rcham-thi-hoa
    name: Rơ Châm Thị Hoa
    card: "52012346"
    admitted: 2015-05-19
    full_since: 2016-05-19
    joined: 2015-05-19
  - id: y-broh
    name: Y Brốh
    card: "52012347"
    admitted: 2015-09-02
    full_since: 2016-09-02
    joined: 2015-09-02
"""

PASSWD = "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"


def _front(date: str = "2025-03-05", extra: str = "") -> str:
    return "---\n" + FRONT.format(date=date) + extra + "---\n"


def _minutes(date: str = "2025-03-05", extra: str = "", body: str = BODY) -> str:
    return _front(date, extra) + body


def _write(root: Path, rel: str, content: str | bytes) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def _padding(size: int) -> str:
    """Plain Vietnamese paragraphs of exactly `size` UTF-8 bytes (no '#', no indentation)."""
    line = "Ý kiến thảo luận: chi bộ thống nhất nâng cao chất lượng sinh hoạt.\n"
    unit = len(line.encode("utf-8"))
    text = line * (size // unit)
    rest = size - len(text.encode("utf-8"))
    return text + "x" * rest


# -- size -----------------------------------------------------------------------------------


def big_10mb(root: Path) -> None:
    """A 10 MB minutes file: a pasted appendix."""
    head = _minutes()
    _write(root, MINUTES, head + _padding(10 * 1000 * 1000 - len(head.encode("utf-8"))))


def big_1mib_plus_1(root: Path) -> None:
    """Minutes and roster one byte over 1 MiB."""
    head = _minutes()
    _write(root, MINUTES, head + _padding(MIB + 1 - len(head.encode("utf-8"))))
    roster = MEMBERS_TEXT + "# " + "-" * MIB
    data = roster.encode("utf-8")[: MIB + 1 - 1] + b"\n"
    assert len(data) == MIB + 1
    _write(root, MEMBERS, data)


def exact_1mib(root: Path) -> None:
    """Minutes of exactly 1 MiB: at the limit, not over it."""
    head = _minutes()
    text = head + "\n" + _padding(MIB - len(head.encode("utf-8")) - 1)
    assert len(text.encode("utf-8")) == MIB
    _write(root, MINUTES, text)


def present_100k_parsed(root: Path) -> None:
    """100,000 ids in present, in flow style so the file stays under 1 MiB and is parsed."""
    ids = ["dinh-van-hung", "rcham-thi-hoa", "y-broh"] + [f"m{n}" for n in range(99_997)]
    lines = []
    for start in range(0, len(ids), 20):
        lines.append("  " + ", ".join(ids[start:start + 20]))
    front = FRONT.format(date="2025-03-05").replace(
        "present:\n  - dinh-van-hung\n  - rcham-thi-hoa\n  - y-broh\n",
        "present: [\n" + ",\n".join(lines) + "\n]\n")
    text = "---\n" + front + "---\n" + BODY
    assert len(text.encode("utf-8")) < MIB, len(text.encode("utf-8"))
    _write(root, MINUTES, text)


def present_100k_too_large(root: Path) -> None:
    """100,000 ids in present, one per line: over 1 MiB."""
    items = "".join(f"  - dang-vien-{n:06d}\n" for n in range(100_000))
    front = FRONT.format(date="2025-03-05").replace("  - y-broh\n", "  - y-broh\n" + items)
    text = "---\n" + front + "---\n" + BODY
    assert len(text.encode("utf-8")) > MIB
    _write(root, MINUTES, text)


# -- YAML bombs and nesting -------------------------------------------------------------------


def billion_laughs(root: Path) -> None:
    """The classic entity-expansion bomb, as YAML anchors and aliases: 10^9 'lol's if
    expanded."""
    lines = ['lol0: &a0 "lol"']
    for level in range(1, 10):
        refs = ", ".join([f"*a{level - 1}"] * 10)
        lines.append(f"lol{level}: &a{level} [{refs}]")
    _write(root, MINUTES, _minutes(extra="\n".join(lines) + "\n"))


def nest_flow_seq_10000(root: Path) -> None:
    """place: [[[[...]]]] nested 10,000 deep."""
    text = _minutes().replace("place: Nhà văn hóa làng Sơ Lam",
                              "place: " + "[" * 10_000 + "]" * 10_000)
    _write(root, MINUTES, text)


def nest_flow_map_10000(root: Path) -> None:
    """place: {a: {a: {...}}} nested 10,000 deep."""
    text = _minutes().replace("place: Nhà văn hóa làng Sơ Lam",
                              "place: " + "{a: " * 10_000 + "x" + "}" * 10_000)
    _write(root, MINUTES, text)


def nest_block_seq_10000(root: Path) -> None:
    """The commune's name as block sequences nested 10,000 deep on one line (- - - ... x)."""
    _write(root, "records/xa-krong/unit.yaml",
           "name:\n" + "- " * 10_000 + "Đảng bộ xã Krong\nkind: committee\nlevel: commune\n")


def nest_block_map_1400(root: Path) -> None:
    """place: as block mappings nested 1,400 deep, one space of indentation per level (as deep
    as block style gets under 1 MiB)."""
    depth = 1400
    nested = "".join(" " * level + "a:\n" for level in range(1, depth)) + " " * depth + "a: x\n"
    text = _minutes().replace("place: Nhà văn hóa làng Sơ Lam\n", "place:\n" + nested)
    assert len(text.encode("utf-8")) < MIB
    _write(root, MINUTES, text)


# -- binary files -------------------------------------------------------------------------------


def binary_random_md(root: Path) -> None:
    """4 KiB of random bytes saved as the minutes."""
    data = random.Random(20250305).randbytes(4096)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:  # pragma: no cover - astronomically unlikely
        data = b"\xff" + data
    _write(root, MINUTES, data)


def _png() -> bytes:
    def chunk(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", len(payload)) + kind + payload + \
            struct.pack(">I", zlib.crc32(kind + payload) & 0xFFFFFFFF)

    width, height = 16, 16
    rows = b"".join(b"\x00" + bytes([x * 16 % 256, y * 16 % 256, 128]) * width
                    for y in range(height) for x in [y])
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2,
                                                               0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def binary_png_md(root: Path) -> None:
    """A scanned page (PNG) saved under a minutes name."""
    _write(root, f"{MINUTES_DIR}/2025-04-02-regular.md", _png())


def binary_gzip_members(root: Path) -> None:
    """members.yaml that is a gzip archive of the roster."""
    _write(root, MEMBERS, gzip.compress(MEMBERS_TEXT.encode("utf-8"), mtime=0))


# -- links and special files ----------------------------------------------------------------


def symlink_outside_file(root: Path) -> None:
    """Minutes that are a symbolic link to /etc/passwd."""
    (root / MINUTES_DIR).mkdir(parents=True, exist_ok=True)
    os.symlink("/etc/passwd", root / MINUTES_DIR / "2025-04-02-regular.md")


def _outside(root: Path) -> Path:
    folder = root.parent / "ngoai-kho"
    folder.mkdir(exist_ok=True)
    return folder


def symlink_members_outside(root: Path) -> None:
    """The cell's members.yaml is a link to a file outside the repository (not a roster)."""
    target = _outside(root) / "members.yaml"
    target.write_text(PASSWD, encoding="utf-8")
    os.symlink(target, root / MEMBERS)


def symlink_cell_dir_outside(root: Path) -> None:
    """A cell folder that is a link to a folder outside the repository."""
    cell = _outside(root) / "lang-ngoai"
    (cell / "minutes" / "2025").mkdir(parents=True)
    (cell / "unit.yaml").write_text("name: Chi bộ ngoài\nkind: cell\ntype: village\n",
                                    encoding="utf-8")
    (cell / "members.yaml").write_text(PASSWD, encoding="utf-8")
    (cell / "minutes" / "2025" / "2025-03-05-regular.md").write_bytes(b"\xff\xfe")
    os.symlink(cell, root / "records/xa-krong/lang-ngoai", target_is_directory=True)


def symlink_loops(root: Path) -> None:
    """A file link to itself and a year folder linking back to minutes/ (a cycle)."""
    os.symlink("2025-04-02-regular.md", root / MINUTES_DIR / "2025-04-02-regular.md")
    os.symlink(".", root / CELL / "minutes" / "2024", target_is_directory=True)


def symlink_dangling(root: Path) -> None:
    """A link to a file that does not exist."""
    os.symlink("../../../../../../khong-co/2025-04-02-regular.md",
               root / MINUTES_DIR / "2025-04-02-regular.md")


def fifo_minutes(root: Path) -> None:
    """A named pipe under a minutes name: opening it for reading blocks forever."""
    os.mkfifo(root / MINUTES_DIR / "2025-04-02-regular.md")


def dir_empty_named_like_minutes(root: Path) -> None:
    """An empty folder named like a minutes file (git cannot hold it: generated)."""
    (root / MINUTES_DIR / "2025-04-02-regular.md").mkdir()
    (root / CELL / "ratings.yaml").mkdir()


# -- text the commit hook or git would not keep ---------------------------------------------------


def conflict_markers(root: Path) -> None:
    """An unresolved merge: conflict markers in the front matter and in the roster."""
    text = _minutes().replace('end: "09:30"\n', '<<<<<<< HEAD\nend: "09:30"\n=======\n'
                              'end: "09:45"\n>>>>>>> thang-3\n')
    _write(root, MINUTES, text)
    roster = MEMBERS_TEXT.replace("    name: Y Brốh\n", "<<<<<<< HEAD\n    name: Y Brốh\n"
                                  "=======\n    name: Y Broh\n>>>>>>> thang-3\n")
    _write(root, MEMBERS, roster)


def name_newline(root: Path) -> None:
    """A file name with a newline in it."""
    _write(root, f"{MINUTES_DIR}/bien ban\nthang 3.md", _minutes())


def os_junk_files(root: Path) -> None:
    """What Finder, Explorer, Word, vim and git leave behind (most are in .gitignore)."""
    _write(root, f"{CELL}/.DS_Store", b"\x00\x00\x00\x01Bud1\x00\x00\x10\x00")
    _write(root, f"{MINUTES_DIR}/Thumbs.db", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    _write(root, f"{CELL}/desktop.ini", "[.ShellClassInfo]\r\nIconResource=x\r\n")
    _write(root, f"{CELL}/~$bien-ban.docx", b"\x0bDinh Van Hung")
    _write(root, f"{MINUTES_DIR}/.2025-03-05-regular.md.swp", b"b0VIM 9.0\x00")
    _write(root, f"{MINUTES_DIR}/2025-03-05-regular.md.orig", _minutes())


# -- slow paths -----------------------------------------------------------------------------------


def heading_many_spaces(root: Path) -> None:
    """An extra heading with 600,000 spaces between two words (a pasted layout)."""
    body = BODY + "\n## Ghi chú" + " " * 600_000 + "hết\n"
    _write(root, MINUTES, _minutes(body=body))


def body_line_many_spaces(root: Path) -> None:
    """A body line of 1,000,000 spaces and an x (an indented code block)."""
    body = BODY + "\n" + " " * 1_000_000 + "x\n"
    text = _minutes(body=body)
    assert len(text.encode("utf-8")) < MIB
    _write(root, MINUTES, text)


def _tally(words: list[str]) -> str:
    return "".join(" ".join(words[i:i + 20]) + "\n" for i in range(0, len(words), 20))


def copy_of_previous_slow(root: Path) -> None:
    """Two months' minutes with the same 6,000-word roll-call table, one word in 50 changed:
    nearly identical bodies."""
    rng = random.Random(42)
    words = [rng.choice(["có", "không"]) for _ in range(6000)]
    changed = ["vắng" if index % 50 == 0 else word for index, word in enumerate(words)]
    body = BODY.replace("## Kết thúc", "Bảng điểm danh:\n\n{table}\n## Kết thúc")
    _write(root, MINUTES, _minutes(body=body.format(table=_tally(words))))
    _write(root, f"{MINUTES_DIR}/2025-04-02-regular.md",
           _minutes(date="2025-04-02", body=body.format(table=_tally(changed))))


def many_minutes(root: Path) -> None:
    """One cell with 3,650 minutes files (a regular meeting every day for ten years)."""
    import datetime as dt

    (root / MINUTES).unlink()
    day = dt.date(2016, 10, 1)
    for _ in range(3650):
        body = f"\n## Mở đầu\n\nKhai mạc.\n\n## Nội dung\n\nNgày {day.isoformat()}.\n\n" \
               "## Kết thúc\n\nBế mạc.\n"  # under 40 words: never compared as a copy
        text = _minutes(date=day.isoformat(), body=body)
        _write(root, f"{CELL}/minutes/{day.year}/{day.isoformat()}-regular.md", text)
        day += dt.timedelta(days=1)


def body_deep_nesting(root: Path) -> None:
    """Block quotes nested 10,000 deep and a list nested 10,000 deep before the second
    heading: body text, the headings around it stay headings."""
    nesting = "> " * 10_000 + "trích dẫn\n\n" + "- " * 10_000 + "ý kiến\n\n"
    _write(root, MINUTES, _minutes(body=BODY.replace("## Nội dung", nesting + "## Nội dung")))
