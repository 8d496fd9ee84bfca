"""Read record files: decode, split front matter, load YAML, find body headings."""

from __future__ import annotations

import functools
import hashlib
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tools.problems import Problem, problem
from tools.reading.yamlload import Loaded, load

MAX_BYTES = 1024 * 1024
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_FENCE = re.compile(r"^---[ \t]*$")


@dataclass
class Heading:
    text: str
    line: int


@dataclass
class Record:
    """One file as read: its data (None when unreadable) and what went wrong reading it."""

    path: str
    data: Any = None
    loaded: Loaded | None = None
    problems: list[Problem] = field(default_factory=list)
    body: str = ""
    body_line: int = 1  # file line of the body's first line
    headings: list[Heading] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.loaded is not None and not self.loaded.problems and self.data is not None

    def problems_of(self, severity: str) -> list[Problem]:
        return [p for p in self.problems if p.severity == severity]

    def position(self, *path: Any, key: bool = False) -> tuple[int, int]:
        if self.loaded is None:
            return (1, 1)
        return self.loaded.position(tuple(path), key=key)


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
    if not any(marker in text for marker in _MARKERS):
        return {}
    found = {}
    for number, line in enumerate(_LINE_BREAK.split(text), start=1):
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
    for number, line in enumerate(_LINE_BREAK.split(text), start=1):
        if not unicodedata.is_normalized("NFC", line):
            return number
    return 1


# What a read saw, by repository-relative path: size, modification time and the SHA-256 of the
# bytes read (None when the file was too large to read), or None when it could not be read.
Seen = dict[str, tuple[int, int, bytes | None] | None]
_OPEN = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | \
    getattr(os, "O_BINARY", 0)


def link_in(root: Path, rel: str) -> str | None:
    """The first part of `rel` (records/ itself included) that is a symbolic link, if any:
    nothing is ever read or written through one."""
    parts = rel.split("/")
    for depth in range(1, len(parts) + 1):
        candidate = "/".join(parts[:depth])
        if os.path.islink(root / candidate):
            return candidate
    return None


def readlink(path: str | Path) -> str:
    """A link's target, as layout.symlink reports it ("?" when the link is gone already)."""
    try:
        return os.readlink(path)
    except OSError:
        return "?"


class NotRegular(Exception):
    """A link, a folder, a pipe or a device: never opened as a record."""


@dataclass(frozen=True)
class Raw:
    size: int
    mtime: int  # ns
    data: bytes | None  # None: larger than the limit, left unread


def read_raw(path: Path, limit: int = MAX_BYTES) -> Raw:
    """A file's bytes from one open that never follows a link nor waits on a pipe, with the
    stat of what was opened, reading at most `limit` + 1 bytes: whatever happens to the file
    meanwhile, the bytes and the stat belong together, and a file that grows costs no more
    than the limit. Raises NotRegular, or OSError when it cannot be read."""
    if not stat.S_ISREG(os.lstat(path).st_mode):
        raise NotRegular(path)
    handle = os.open(path, _OPEN)
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegular(path)
        if info.st_size > limit:
            return Raw(info.st_size, info.st_mtime_ns, None)
        chunks, left = [], limit + 1
        while left > 0 and (chunk := os.read(handle, min(left, 1 << 20))):
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(handle)
    data = b"".join(chunks)
    if len(data) > limit:
        return Raw(len(data), info.st_mtime_ns, None)
    return Raw(info.st_size, info.st_mtime_ns, data)


def read_text(path: Path, rel: str, problems: list[Problem],
              seen: Seen | None = None) -> str | None:
    try:
        raw = read_raw(path)
    except NotRegular:
        problems.append(problem("layout.unexpected-file", rel))
        raw = None
    except OSError as error:  # no permission, deleted during the run, a disk error...
        problems.append(problem("parse.unreadable", rel, (None, None),
                                reason=error.strerror or type(error).__name__))
        raw = None
    if seen is not None:
        seen[rel] = None if raw is None else (
            raw.size, raw.mtime, None if raw.data is None else hashlib.sha256(raw.data).digest())
    if raw is None:
        return None
    if raw.data is None:
        problems.append(problem("parse.too-large", rel, (None, None), size=raw.size,
                                limit=MAX_BYTES))
        return None
    return decode(raw.data, rel, problems)


def _take_yaml(record: Record, text: str, line_offset: int) -> None:
    loaded = load(text, line_offset)
    record.loaded = loaded
    for found in loaded.problems:
        record.problems.append(problem(found.code, record.path, (found.line, found.column),
                                       **found.params))
    if loaded.problems:
        return
    if not isinstance(loaded.data, dict):
        got = "empty" if loaded.data is None else type(loaded.data).__name__
        record.problems.append(problem("parse.not-mapping", record.path,
                                       loaded.values.get((), (1 + line_offset, 1)), got=got))
        return
    record.data = loaded.data


def read_yaml(path: Path, rel: str, seen: Seen | None = None) -> Record:
    record = Record(rel)
    text = read_text(path, rel, record.problems, seen)
    if text is not None:
        _take_yaml(record, text, 0)
    return record


def read_minutes(path: Path, rel: str, seen: Seen | None = None) -> Record:
    record = Record(rel)
    text = read_text(path, rel, record.problems, seen)
    return record if text is None else minutes_from_text(record, text)


def parse_text(text: str, rel: str) -> Record:
    """A record from text already decoded, read as the validator reads it."""
    record = Record(rel)
    decoded = decode(text.encode("utf-8"), rel, record.problems)
    if decoded is None:
        return record
    if rel.endswith(".md"):
        return minutes_from_text(record, decoded)
    _take_yaml(record, decoded, 0)
    return record


def minutes_from_text(record: Record, text: str) -> Record:
    rel = record.path
    lines = _LINE_BREAK.split(text)
    close = _closing_fence(lines)
    if close is None:
        record.problems.append(problem("parse.no-front-matter", rel, (1, 1)))
        return record
    _take_yaml(record, "\n".join(lines[1:close]) + "\n", 1)
    record.body_line = close + 2
    record.body = "\n".join(lines[close + 1:])
    record.headings = headings(record.body, record.body_line)
    return record


def _closing_fence(lines: list[str]) -> int | None:
    if not lines or not _FENCE.match(lines[0]):
        return None
    for index in range(1, len(lines)):
        if _FENCE.match(lines[index]):
            return index
    return None


_FENCES = ("```", "~~~")


def _atx(line: str) -> str | None:
    """The text of an ATX heading line, or None: plain string work, linear in the line."""
    stripped = line.lstrip(" ")
    if len(line) - len(stripped) > 3 or not stripped.startswith("#"):
        return None
    hashes = len(stripped) - len(stripped.lstrip("#"))
    rest = stripped[hashes:]
    if hashes > 6 or (rest and rest[0] not in " \t"):
        return None
    rest = rest.strip(" \t")
    closing = rest.rstrip("#")
    if closing != rest and (not closing or closing[-1] in " \t"):
        rest = closing.rstrip(" \t")
    return rest


def _tricky(line: str) -> bool:
    """A line after which a heading may not be what it seems: a fence, an HTML block, a block
    quote, a setext underline, a list item starting with #, or a # indented into a list item
    or a code block. Bodies with one go through CommonMark."""
    stripped = line.lstrip(" ")
    indent = len(line) - len(stripped)
    if "\t" in line[:indent + 1] or indent > 3:
        return stripped.lstrip(" \t").startswith("#")
    if stripped.startswith(_FENCES) or stripped.startswith(">"):
        return True
    if stripped.startswith("<"):
        return not (stripped.startswith("<!--") and stripped.rstrip(" \t").endswith("-->"))
    bare = stripped.rstrip(" \t")
    if bare and (bare == "=" * len(bare) or bare == "-" * len(bare)):
        return True
    marker = stripped.split(None, 1)
    if len(marker) == 2 and marker[1].startswith("#"):
        head = marker[0]
        return head in ("-", "*", "+") or (head[:-1].isdigit() and head[-1:] in ".)"
                                           and len(head) <= 10)
    return False


def headings(body: str, first_line: int) -> list[Heading]:
    """ATX headings with their lines. Plain bodies are scanned line by line; anything that
    could change what counts as a heading is left to a full CommonMark parse."""
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")  # as CommonMark does
    if any(_tricky(line) for line in lines):
        return markdown_headings(body, first_line)
    found = []
    for number, line in enumerate(lines):
        if "#" in line:
            text = _atx(line)
            if text is not None:
                found.append(Heading(text, first_line + number))
    return found


@functools.cache
def _commonmark() -> Any:
    from markdown_it import MarkdownIt  # imported only for bodies that need it

    # only block structure is needed (headings and their lines): inline parsing is skipped
    md = MarkdownIt("commonmark", {"maxNesting": NESTING})
    return md.disable(["inline", "text_join"], ignoreInvalid=True)


NESTING = 200  # markdown-it's depth limit here; deeper, it stops reading the rest


def markdown_headings(body: str, first_line: int) -> list[Heading]:
    try:
        tokens = _commonmark().parse(body)
    except RecursionError:
        tokens = None
    if tokens is None or any(token.level >= NESTING - 1 for token in tokens):
        # a list or a quote thousands deep: markdown-it gave up on the rest of the body, so
        # headings are read line by line, as they are in plain bodies
        lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        return [Heading(text, first_line + number) for number, line in enumerate(lines)
                if "#" in line and (text := _atx(line)) is not None]
    return [Heading(tokens[index + 1].content, first_line + token.map[0])
            for index, token in enumerate(tokens)
            if token.type == "heading_open" and token.map]
