"""The plainest YAML, read line by line without a parser: block mappings and sequences of
plain or quoted one-line scalars, and one-line flow lists and mappings of plain words, as
clerks write front matter. Anything else (a comment, an anchor, a tag, a multi-line or
escaped scalar, a duplicate key, an odd indentation, a character YAML treats specially) is
left to the parser: `read` answers FULL_WAY, and the caller loads the text the usual way.
What it accepts reads as the parser reads it, data and positions alike (the positions: where
libyaml's events start; tests/test_properties.py compares them).

String methods only (no regular expression): this runs for every record of a tree."""

from __future__ import annotations

from tools.reading.scalars import MAYBE_NOT_TEXT, resolve_plain

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing on the hook's path
if TYPE_CHECKING:
    from typing import Any

FULL_WAY = object()  # what `read` answers for anything but the plainest YAML
MAX_DEPTH = 8  # front matter nests five deep at most
MAX_KEY = 128  # longer keys go the full way (libyaml takes no implicit key over 1024)

# YAML's indicators: no plain scalar starts with one
_INDICATORS = "-?:,[]{}#&*!|>'\"%@`"
_QUOTES = "'\""

Row = tuple[int, str, int]  # a line's indent, its text after the indent, its number (1-based)
Where = tuple[int, int]  # (line, column), 1-based


class Marks:
    """Where each value and key stands, as the full reading records them (yamlload.py)."""

    def __init__(self, line_offset: int) -> None:
        self.offset = line_offset
        self.values: dict[tuple, Where] = {}
        self.keys: dict[tuple, Where] = {}
        self.raw: dict[tuple, str] = {}  # a number's text as written


class _NotPlain(Exception):
    """Raised inside the reader for anything it leaves to the parser."""


def read(text: str) -> Any:
    """The data of the plainest YAML (a mapping or a sequence at the top), or FULL_WAY."""
    return _read(text, None)


def positions(text: str, line_offset: int) -> Marks | None:
    """The positions of the plainest YAML's values and keys, or None for any other text."""
    marks = Marks(line_offset)
    return None if _read(text, marks) is FULL_WAY else marks


def _read(text: str, marks: Marks | None) -> Any:
    # printable (Python's sense is narrower than YAML's: no Tab, CR, control, NEL, line or
    # paragraph separator, byte-order mark, surrogate; no space but the ASCII one); a comment,
    # wherever it starts, goes the full way too
    if "#" in text or not text.replace("\n", " ").isprintable():
        return FULL_WAY
    rows = [(len(line) - len(content), content, number)  # blank lines say nothing here
            for number, line in enumerate(text.split("\n"), 1) if (content := line.lstrip(" "))]
    if not rows:
        return FULL_WAY  # empty: the parser says what that is
    try:
        data, end = _Reader(rows, marks).block(0, rows[0][0], 0, ())
    except _NotPlain:
        return FULL_WAY
    return data if end == len(rows) else FULL_WAY


def _key(content: str) -> tuple[str, str] | None:
    """A `key: value` line's key and value (stripped), or None."""
    key, colon, rest = content.partition(":")  # (one call: cheaper than find and slices)
    if not colon or not key or len(key) > MAX_KEY:
        return None
    # a plain key of letters, digits, "_" and "-" (as ids are written), never a number's
    if rest and rest[0] != " " or key[0] == "-" or not key.replace("-", "_").isidentifier():
        return None
    return key, rest.strip(" ")


def _mark(marks: Marks | None, path: tuple, row: Row, column: int, key: bool = False) -> None:
    """Where a value (or a key) starts: `column` is 0-based in the line."""
    if marks is not None:
        (marks.keys if key else marks.values)[path] = (row[2] + marks.offset, column + 1)


def _after(text: str, start: int) -> int:
    """The index of the first character at or after `start` that is not a space."""
    return len(text) - len(text[start:].lstrip(" "))


class _Reader:
    def __init__(self, rows: list[Row], marks: Marks | None) -> None:
        self.rows = rows
        self.marks = marks

    def block(self, index: int, indent: int, depth: int, path: tuple) -> tuple[Any, int]:
        if depth > MAX_DEPTH:
            raise _NotPlain
        if self.marks is not None:
            _mark(self.marks, path, self.rows[index], indent)
        if self.rows[index][1][0] == "-":
            return self.sequence(index, indent, depth, path)
        return self.mapping(index, indent, depth, path)

    def mapping(self, index: int, indent: int, depth: int, path: tuple) -> tuple[dict, int]:
        rows, marks = self.rows, self.marks
        found: dict[str, Any] = {}
        end = len(rows)
        while index < end:
            row = rows[index]
            here, content, _ = row
            if here < indent:
                break
            pair = _key(content) if here == indent else None
            if pair is None or pair[0] in found:
                raise _NotPlain
            key, value = pair
            index += 1
            at = path
            if marks is not None:
                at = path + (key,)
                _mark(marks, at, row, here, key=True)
            if value:
                column = here + _after(content, len(key) + 1) if marks is not None else 0
                found[key] = self.scalar(value, at, row, column)
            elif index < end and rows[index][0] > indent:
                found[key], index = self.block(index, rows[index][0], depth + 1, at)
            elif index < end and rows[index][0] == indent and rows[index][1][0] == "-":
                raise _NotPlain  # a sequence not indented under its key
            else:
                if marks is not None:
                    _mark(marks, at, row, here + len(key) + 1)  # just after the colon
                found[key] = None
        return found, index

    def sequence(self, index: int, indent: int, depth: int, path: tuple) -> tuple[list, int]:
        rows, marks = self.rows, self.marks
        found: list[Any] = []
        while index < len(rows):
            row = rows[index]
            here, content = row[0], row[1]
            if here < indent:
                break
            item = content[2:].strip(" ")
            if here > indent or content[:2] != "- " or not item:
                raise _NotPlain  # "-" alone: null, or a block on the lines below
            at = path + (len(found),) if marks is not None else path
            column = here + len(content) - len(content[2:].lstrip(" "))
            if item.startswith("- ") or _key(item) is not None:
                # the item's block starts on the dash's line: read as if the dash were a space
                rows[index] = (column, item, row[2])
                value, index = self.block(index, column, depth + 1, at)
            else:
                value, index = self.scalar(item, at, row, column), index + 1
            found.append(value)
        return found, index

    def scalar(self, value: str, path: tuple, row: Row, column: int) -> Any:
        """A one-line value (stripped): plain, quoted without escapes, or a flow list or
        mapping of plain words."""
        if self.marks is not None:
            _mark(self.marks, path, row, column)
        head = value[0]
        if head in _INDICATORS:  # (most values are plain text: one test settles them)
            if head == "[" or head == "{":
                return self.flow(value, path, row, column)
            inner = value[1:-1]
            if head not in _QUOTES or len(value) < 2 or value[-1] != head or head in inner or \
                    head == '"' and "\\" in inner:
                raise _NotPlain
            return inner
        if ": " in value or value[-1] == ":" or "[" in value or "]" in value or "{" in value \
                or "}" in value:
            raise _NotPlain
        return self.resolved(value, path) if head in MAYBE_NOT_TEXT else value

    def resolved(self, text: str, path: tuple) -> Any:
        value = resolve_plain(text)
        if self.marks is not None and value.__class__ in (int, float):
            self.marks.raw[path] = text
        return value

    def flow(self, value: str, path: tuple, row: Row, column: int) -> Any:
        """`[a, b]` or `{a: 1, b: 2}`, on one line, of plain words."""
        close = "]" if value[0] == "[" else "}"
        inner = value[1:-1]
        if value[-1] != close or "[" in inner or "]" in inner or "{" in inner or \
                "}" in inner or "'" in inner or '"' in inner:
            raise _NotPlain
        found: Any = [] if close == "]" else {}
        if not inner.strip(" "):
            return found
        if close == "]" and self.marks is None:  # the usual case: no positions to work out
            word = self.word
            return [word(item, path, row, 0) for item in inner.split(",")]
        start = column + 1  # where each item starts in the line
        for item in inner.split(","):
            if close == "]":
                at = path + (len(found),) if self.marks is not None else path
                found.append(self.word(item, at, row, start))
            else:
                self.pair(item, found, path, row, start)
            start += len(item) + 1
        return found

    def pair(self, item: str, found: dict, path: tuple, row: Row, start: int) -> None:
        key, colon, word = item.partition(":")
        stripped = key.lstrip(" ")
        if not colon or not stripped or len(stripped) > MAX_KEY or stripped[0] == "-" or \
                not stripped.replace("-", "_").isidentifier() or stripped in found or \
                word[:1] != " ":
            raise _NotPlain
        at = path
        if self.marks is not None:
            at = path + (stripped,)
            _mark(self.marks, at, row, start + _after(key, 0), key=True)
        found[stripped] = self.word(word, at, row, start + len(key) + 1)

    def word(self, item: str, path: tuple, row: Row, start: int) -> Any:
        """A plain word in a flow collection; `start`: where `item` starts in the line."""
        word = item.strip(" ")
        if not word or word[0] in _INDICATORS or ":" in word:
            raise _NotPlain
        if self.marks is not None:
            _mark(self.marks, path, row, start + _after(item, 0))
        return self.resolved(word, path) if word[0] in MAYBE_NOT_TEXT else word
