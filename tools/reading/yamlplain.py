"""The plainest YAML, read line by line without a parser: block mappings and sequences of
plain or quoted one-line scalars, and one-line flow lists and mappings of plain words, as
clerks write front matter. Anything else (a comment, an anchor, a tag, a multi-line or
escaped scalar, a duplicate key, an odd indentation, a character YAML treats specially) is
left to the parser: `read` answers FULL_WAY, and the caller loads the text the usual way.
What it accepts reads as the parser reads it (tests/test_properties.py compares them).

String methods only (no regular expression): this runs for every record of a tree."""

from __future__ import annotations

from typing import Any

from tools.reading.scalars import MAYBE_NOT_TEXT, resolve_plain

FULL_WAY = object()  # what `read` answers for anything but the plainest YAML
MAX_DEPTH = 8  # front matter nests five deep at most
MAX_KEY = 128  # longer keys go the full way (libyaml takes no implicit key over 1024)

# YAML's indicators: no plain scalar starts with one
_INDICATORS = "-?:,[]{}#&*!|>'\"%@`"
_QUOTES = "'\""


class _NotPlain(Exception):
    """Raised inside the reader for anything it leaves to the parser."""


def read(text: str) -> Any:
    """The data of the plainest YAML (a mapping or a sequence at the top), or FULL_WAY."""
    # printable (Python's sense is narrower than YAML's: no Tab, CR, control, NEL, line or
    # paragraph separator, byte-order mark, surrogate; no space but the ASCII one)
    # (a comment, wherever it starts, goes the full way too)
    if "#" in text or not text.replace("\n", " ").isprintable():
        return FULL_WAY
    rows = []  # (indent, the line without it): blank lines say nothing here
    for line in text.split("\n"):
        content = line.lstrip(" ")
        if content:
            rows.append((len(line) - len(content), content))
    if not rows:
        return FULL_WAY  # empty: the parser says what that is
    try:
        data, end = _block(rows, 0, rows[0][0], 0)
    except _NotPlain:
        return FULL_WAY
    return data if end == len(rows) else FULL_WAY


def _block(rows: list[tuple[int, str]], index: int, indent: int,
           depth: int) -> tuple[Any, int]:
    if depth > MAX_DEPTH:
        raise _NotPlain
    if rows[index][1].startswith("-"):
        return _sequence(rows, index, indent, depth)
    return _mapping(rows, index, indent, depth)


def _key(content: str) -> tuple[str, str] | None:
    """A `key: value` line's key and value (stripped), or None."""
    colon = content.find(":", 0, MAX_KEY + 1)
    if colon < 1:
        return None
    rest = content[colon + 1:]
    key = content[:colon]
    # a plain key of letters, digits, "_" and "-" (as ids are written), never a number's
    if rest and rest[0] != " " or key[0] == "-" or not key.replace("-", "_").isidentifier():
        return None
    return key, rest.strip(" ")


def _mapping(rows: list[tuple[int, str]], index: int, indent: int,
             depth: int) -> tuple[dict, int]:
    found: dict[str, Any] = {}
    count = len(rows)
    while index < count:
        here, content = rows[index]
        if here < indent:
            break
        pair = _key(content) if here == indent else None
        if pair is None or pair[0] in found:
            raise _NotPlain
        key, value = pair
        index += 1
        if value:
            found[key] = _scalar(value)
        elif index < count and rows[index][0] > indent:
            found[key], index = _block(rows, index, rows[index][0], depth + 1)
        elif index < count and rows[index][0] == indent and rows[index][1][0] == "-":
            raise _NotPlain  # a sequence not indented under its key
        else:
            found[key] = None
    return found, index


def _sequence(rows: list[tuple[int, str]], index: int, indent: int,
              depth: int) -> tuple[list, int]:
    found: list[Any] = []
    count = len(rows)
    while index < count:
        here, content = rows[index]
        if here < indent:
            break
        item = content[2:].lstrip(" ").rstrip(" ")
        if here > indent or content[:2] != "- " or not item:
            raise _NotPlain  # "-" alone: null, or a block on the lines below
        if item.startswith("- ") or _key(item) is not None:
            # the item's block starts on the dash's line: read as if the dash were a space
            column = here + len(content) - len(content[2:].lstrip(" "))
            rows[index] = (column, item)
            value, index = _block(rows, index, column, depth + 1)
        else:
            value, index = _scalar(item), index + 1
        found.append(value)
    return found, index


def _scalar(value: str) -> Any:
    """A one-line value (stripped): plain, quoted without escapes, or a flow list or mapping
    of plain words."""
    head = value[0]
    if head == "[" or head == "{":
        return _flow(value)
    if head in _QUOTES:
        inner = value[1:-1]
        if len(value) < 2 or value[-1] != head or head in inner or \
                head == '"' and "\\" in inner:
            raise _NotPlain
        return inner
    if head in _INDICATORS or ": " in value or value[-1] == ":" or "[" in value or \
            "]" in value or "{" in value or "}" in value:
        raise _NotPlain
    return resolve_plain(value) if head in MAYBE_NOT_TEXT else value


def _flow(value: str) -> Any:
    """`[a, b]` or `{a: 1, b: 2}`, on one line, of plain words."""
    close = "]" if value[0] == "[" else "}"
    inner = value[1:-1]
    if value[-1] != close or "[" in inner or "]" in inner or "{" in inner or "}" in inner \
            or "'" in inner or '"' in inner:
        raise _NotPlain
    if close == "]":
        return [] if not inner.strip(" ") else [_word(item) for item in inner.split(",")]
    found: dict[str, Any] = {}
    if not inner.strip(" "):
        return found
    for pair in inner.split(","):
        key, colon, word = pair.partition(":")
        key = key.lstrip(" ")
        if not colon or not key or len(key) > MAX_KEY or key[0] == "-" or \
                not key.replace("-", "_").isidentifier() or key in found or word[:1] != " ":
            raise _NotPlain
        found[key] = _word(word)
    return found


def _word(item: str) -> Any:
    """A plain word in a flow collection."""
    word = item.strip(" ")
    if not word or word[0] in _INDICATORS or ":" in word:
        raise _NotPlain
    return resolve_plain(word) if word[0] in MAYBE_NOT_TEXT else word
