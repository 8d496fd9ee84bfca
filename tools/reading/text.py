"""Bytes to text as a record is read: UTF-8 only, without its byte-order mark, in NFC, and
never a file holding git's merge conflict markers. What is wrong is reported, not raised."""

from __future__ import annotations

import re
import unicodedata

from tools.problems import Problem, problem

LINE_BREAK = re.compile(r"\r\n|\r|\n")


def decode(raw: bytes, rel: str, problems: list[Problem]) -> str | None:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_utf16(raw):
        problems.append(problem("parse.encoding", rel, (1, 1), encoding="UTF-16"))
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        problems.append(problem("parse.encoding", rel, (line, column), encoding="?"))
        return None
    if text.startswith("\ufeff"):
        problems.append(problem("parse.bom", rel, (1, 1)))
        text = text.lstrip("\ufeff")  # a file saved twice with a BOM has two
    if not unicodedata.is_normalized("NFC", text):
        problems.append(problem("parse.not-nfc", rel, (_first_non_nfc_line(text), 1)))
        text = unicodedata.normalize("NFC", text)
    markers = conflict_markers(text)
    if markers:
        # the file holds two versions at once: nothing in it can be checked, and every other
        # problem would be a consequence of the conflict
        problems.append(problem("parse.conflict-marker", rel, (min(markers), 1),
                                count=max(1, sum(1 for kind in markers.values() if kind == "<"))))
        return None
    return text


_MARKERS = ("<<<<<<<", "|||||||", ">>>>>>>")


def conflict_markers(text: str) -> dict[int, str]:
    """The lines git's merge conflict markers start (line -> "<", "|" or ">"); a lone
    ======= is left alone, since it also underlines a Markdown heading."""
    if "<<<<<<<" not in text and "|||||||" not in text and ">>>>>>>" not in text:
        return {}
    found = {}
    for number, line in enumerate(LINE_BREAK.split(text), start=1):
        head = line[:8]
        if head[:7] in _MARKERS and (len(head) == 7 or head[7] in " \t"):
            found[number] = head[0]
    return found


def _looks_utf16(raw: bytes) -> bool:
    """UTF-16 without a byte-order mark: text where every other byte is NUL."""
    sample = raw[:4096]
    if len(sample) < 4 or b"\x00" not in sample:
        return False
    return sample[0::2].count(0) * 2 >= len(sample) // 2 or \
        sample[1::2].count(0) * 2 >= len(sample) // 2


def _first_non_nfc_line(text: str) -> int:
    for number, line in enumerate(LINE_BREAK.split(text), start=1):
        if not unicodedata.is_normalized("NFC", line):
            return number
    return 1
