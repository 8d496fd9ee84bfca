"""Record files read: front matter split from the body, YAML loaded with the position of every
value, headings found. Yields records, with their parse problems, never an exception."""

from __future__ import annotations

import re
from pathlib import Path

from tools.problems import Problem, problem
from tools.reading.files import MAX_BYTES, NotRegular, Seen, read_raw, sha256
from tools.reading.headings import Heading, headings
from tools.reading.text import LINE_BREAK, decode
from tools.reading.yamlload import Loaded, load
from tools.values import Value

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing on the hook's path
if TYPE_CHECKING:
    from typing import Any

_FENCE = re.compile(r"^---[ \t]*$")


class Record(Value):
    """One file as read: its data (None when unreadable) and what went wrong reading it."""

    __slots__ = ("path", "data", "loaded", "problems", "body", "body_line", "headings", "memo")
    HIDDEN = UNCOMPARED = ("memo",)

    def __init__(self, path: str, data: Any = None, loaded: Loaded | None = None,
                 problems: list[Problem] | None = None, body: str = "", body_line: int = 1,
                 headings: list[Heading] | None = None,
                 memo: dict[str, Any] | None = None) -> None:
        self.path = path
        self.data = data
        self.loaded = loaded
        self.problems = [] if problems is None else problems
        self.body = body
        self.body_line = body_line  # file line of the body's first line
        self.headings = [] if headings is None else headings
        # what the checks work out from the record once (e.g. a body's words), by name
        self.memo = {} if memo is None else memo

    @property
    def ok(self) -> bool:
        return self.loaded is not None and not self.loaded.problems and self.data is not None

    def problems_of(self, severity: str) -> list[Problem]:
        return [p for p in self.problems if p.severity == severity]

    def position(self, *path: Any, key: bool = False) -> tuple[int, int]:
        if self.loaded is None:
            return (1, 1)
        return self.loaded.position(tuple(path), key=key)


def read_text(path: str | Path, rel: str, problems: list[Problem],
              seen: Seen | None = None, listed: bool = False) -> str | None:
    """The text of a record (`listed`: see files.read_raw), or None with the problem."""
    try:
        raw = read_raw(path, listed=listed)
    except NotRegular:
        problems.append(problem("layout.unexpected-file", rel))
        raw = None
    except OSError as error:  # no permission, deleted during the run, a disk error...
        problems.append(problem("parse.unreadable", rel, (None, None),
                                reason=error.strerror or type(error).__name__))
        raw = None
    if seen is not None:
        seen[rel] = None if raw is None else (
            raw.size, raw.mtime, None if raw.data is None else sha256(raw.data).digest())
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


def read_yaml(path: str | Path, rel: str, seen: Seen | None = None,
              listed: bool = False) -> Record:
    record = Record(rel)
    text = read_text(path, rel, record.problems, seen, listed)
    if text is not None:
        _take_yaml(record, text, 0)
    return record


def read_minutes(path: str | Path, rel: str, seen: Seen | None = None,
                 listed: bool = False) -> Record:
    record = Record(rel)
    text = read_text(path, rel, record.problems, seen, listed)
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
    parts = _split_front(text)
    if parts is None:
        record.problems.append(problem("parse.no-front-matter", rel, (1, 1)))
        return record
    front, close, body = parts
    _take_yaml(record, front, 1)
    record.body_line = close + 2
    record.body = body
    record.headings = headings(record.body, record.body_line)
    return record


def _split_front(text: str) -> tuple[str, int, str] | None:
    """The front matter (its lines, each ended by a newline), the line index of its closing
    fence, and the body (its lines joined by newlines), or None without both fences."""
    if "\r" in text:  # lines ended otherwise: split them all
        lines = LINE_BREAK.split(text)
        close = _closing_fence(lines)
        if close is None:
            return None
        return "\n".join(lines[1:close]) + "\n", close, "\n".join(lines[close + 1:])
    first_end = text.find("\n")
    if first_end < 0 or not _FENCE.match(text, 0, first_end):
        return None
    fence = _FENCES.search(text, first_end + 1)
    if fence is None:
        return None
    after = text.find("\n", fence.start())
    return (text[first_end + 1:fence.start()] or "\n", text.count("\n", 0, fence.start()),
            "" if after < 0 else text[after + 1:])


_FENCES = re.compile(r"^---[ \t]*$", re.MULTILINE)


def _closing_fence(lines: list[str]) -> int | None:
    if not lines or not _FENCE.match(lines[0]):
        return None
    for index in range(1, len(lines)):
        if _FENCE.match(lines[index]):
            return index
    return None
