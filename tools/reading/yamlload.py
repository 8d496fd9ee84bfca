"""Load YAML as plain data plus a map of where every node stands.

Records need more than a YAML loader gives: each value's line and column (for messages),
duplicate keys and anchors reported instead of silently resolved, and scalars resolved by the
YAML 1.2 core schema with dates kept as the strings the clerk typed. Building the data from the
parser's events gives all of that in one pass, without recursion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)

PathKey = tuple[str | int, ...]

_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_TRUE = re.compile(r"^(?:true|True|TRUE)$")
_FALSE = re.compile(r"^(?:false|False|FALSE)$")
_INT = re.compile(r"^[-+]?[0-9]+$")
_OCT = re.compile(r"^0o[0-7]+$")
_HEX = re.compile(r"^0x[0-9a-fA-F]+$")
_FLOAT = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")
_INF = re.compile(r"^[-+]?\.(?:inf|Inf|INF)$")
_NAN = re.compile(r"^\.(?:nan|NaN|NAN)$")

# typ="safe" uses libyaml through ruamel.yaml.clib when it is installed (about ten times
# faster, with the same events and marks) and the pure-Python parser otherwise.
_parser = YAML(typ="safe")


@dataclass
class YamlProblem:
    code: str  # parse.yaml | parse.duplicate-key | parse.alias | parse.not-mapping
    line: int
    column: int
    params: dict[str, Any] = field(default_factory=dict)


@dataclass
class Loaded:
    data: Any = None
    # path -> (line, column) of the value, 1-based
    values: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    # path -> (line, column) of the mapping key that introduces the value
    keys: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    # path -> the text of a plain scalar read as a number (0730 is 730): messages quote it
    raw: dict[PathKey, str] = field(default_factory=dict)
    problems: list[YamlProblem] = field(default_factory=list)

    def position(self, path: PathKey, key: bool = False) -> tuple[int, int]:
        """The closest known position of `path`, walking up to its parents."""
        table = self.keys if key else self.values
        while path:
            if path in table:
                return table[path]
            if path in self.values:
                return self.values[path]
            path = path[:-1]
        return self.values.get((), (1, 1))


_MAYBE_NOT_TEXT = frozenset("0123456789+-.~tTfFnN")
MAX_DEPTH = 32  # records nest five deep at most; deeper containers are kept empty


class BigInt(int):
    """An integer of more than a thousand digits: Python will not read one (and reading it
    would be slow), so it stands in with the right sign and an order of magnitude beyond any
    limit, and shows the digits the clerk typed, shortened."""

    def __new__(cls, text: str) -> BigInt:
        value = super().__new__(cls, -(10 ** 1000) if text.startswith("-") else 10 ** 1000)
        value.text = text
        return value

    def __repr__(self) -> str:
        return f"{self.text[:20]}…"

    __str__ = __repr__

    def __reduce__(self) -> tuple:
        return (BigInt, (self.text,))


def resolve_plain(text: str) -> Any:
    if text and text[0] not in _MAYBE_NOT_TEXT:
        return text  # names, ids, places: most scalars in records, settled at once
    if _NULL.match(text):
        return None
    if _TRUE.match(text):
        return True
    if _FALSE.match(text):
        return False
    if _INT.match(text):
        return int(text) if len(text) <= 1000 else BigInt(text)
    if _OCT.match(text):
        return int(text[2:], 8)
    if _HEX.match(text):
        return int(text[2:], 16)
    if _FLOAT.match(text) and any(c.isdigit() for c in text):
        return float(text)
    if _INF.match(text):
        return float("-inf") if text.startswith("-") else float("inf")
    if _NAN.match(text):
        return float("nan")
    return text



class _Container:
    __slots__ = ("value", "path", "pending_key", "is_map")

    def __init__(self, value: Any, path: PathKey) -> None:
        self.value = value
        self.path = path
        self.pending_key: str | None = None
        self.is_map = isinstance(value, dict)


_DOCUMENT, _END, _SCALAR, _MAPPING, _SEQUENCE, _ALIAS = range(6)
_KINDS = {DocumentStartEvent: _DOCUMENT, MappingEndEvent: _END, SequenceEndEvent: _END,
          ScalarEvent: _SCALAR, MappingStartEvent: _MAPPING, SequenceStartEvent: _SEQUENCE,
          AliasEvent: _ALIAS}


def load(text: str, line_offset: int = 0) -> Loaded:
    """Parse one YAML document. `line_offset` is added to every line (front matter)."""
    out = Loaded()
    values, keys, problems = out.values, out.keys, out.problems
    stack: list[_Container] = []
    documents = 0
    kinds_get = _KINDS.get
    try:
        events = _parser.parse(text)
        for event in events:
            kind = kinds_get(type(event))
            if kind is None:
                continue
            if kind == _END:
                done = stack.pop()
                if not stack:
                    out.data = done.value
                continue
            mark = event.start_mark
            line, col = mark.line + 1 + line_offset, mark.column + 1
            if kind == _DOCUMENT:
                documents += 1
                if documents > 1:
                    problems.append(YamlProblem("parse.yaml", line, col,
                                                {"detail": "---", "hint": "yaml-documents"}))
                    break
                continue
            if kind == _ALIAS or event.anchor is not None or _explicit_tag(event):
                problems.append(YamlProblem("parse.alias", line, col))
                return out
            parent = stack[-1] if stack else None
            if parent is not None and parent.is_map and parent.pending_key is None:
                if kind != _SCALAR:
                    problems.append(YamlProblem("parse.yaml", line, col,
                                                {"detail": "key", "hint": "yaml-complex-key"}))
                    return out
                key = event.value
                if key in parent.value:
                    problems.append(YamlProblem("parse.duplicate-key", line, col,
                                                {"key": key}))
                    return out
                parent.pending_key = key
                keys[parent.path + (key,)] = (line, col)
                continue
            if parent is None:
                path: PathKey = ()
            elif parent.is_map:
                path = parent.path + (parent.pending_key,)
            else:
                path = parent.path + (len(parent.value),)
            values[path] = (line, col)
            if kind == _SCALAR:
                value = resolve_plain(event.value) if not event.style else event.value
                if value.__class__ in (int, float):
                    out.raw[path] = event.value
            else:
                value = {} if kind == _MAPPING else []
            if kind != _SCALAR and len(stack) >= MAX_DEPTH:
                value = {} if kind == _MAPPING else []
                _skip_container(events)
                kind = _SCALAR  # nothing is read inside it
            if parent is None:
                out.data = value
            elif parent.is_map:
                parent.value[parent.pending_key] = value
                parent.pending_key = None
            else:
                parent.value.append(value)
            if kind != _SCALAR:
                stack.append(_Container(value, path))
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        if error.context_mark is not None and _at_end(error):
            # "end of stream" errors point past the text; where the open quote or bracket
            # began is what the clerk must look at
            mark = error.context_mark
        line = (mark.line + 1) if mark else 1
        column = (mark.column + 1) if mark else 1
        detail = (error.problem or error.context or "").strip()
        cause = hint(error)
        tab = indenting_tab(text, line)
        if tab is not None:  # whatever the parser made of it, a Tab in the indentation did it
            (line, column), cause = tab, "yaml-tab"
        out.problems.append(YamlProblem("parse.yaml", line + line_offset, column, {
            "detail": detail, "hint": cause, "other": detail if cause == "yaml-other" else ""}))
        return out
    except YAMLError as error:
        line, column = 1, 1
        position = getattr(error, "position", None)  # a ReaderError: a character not allowed
        if isinstance(position, int) and 0 <= position <= len(text):
            line = text.count("\n", 0, position) + 1
            column = position - text.rfind("\n", 0, position)
        cause = "yaml-control" if isinstance(position, int) else "yaml-other"
        out.problems.append(YamlProblem("parse.yaml", line + line_offset, column, {
            "detail": str(error).strip(), "hint": cause,
            "other": str(error).strip() if cause == "yaml-other" else ""}))
        return out
    return out


_HINTS = (("tab", "yaml-tab"), ("escape", "yaml-escape"), ("hexdecimal", "yaml-escape"),
          ("cannot start any token", "yaml-character"), ("quoted scalar", "yaml-quote"),
          ("flow sequence", "yaml-bracket"), ("flow mapping", "yaml-bracket"),
          ("mapping values are not allowed", "yaml-colon"),
          ("could not find expected ':'", "yaml-colon"), ("block end", "yaml-indent"),
          ("block mapping", "yaml-indent"), ("block collection", "yaml-indent"),
          ("did not find expected", "yaml-indent"))


def hint(error: MarkedYAMLError) -> str:
    """The usual cause of a syntax error, as a word the catalogs explain to clerks."""
    text = f"{error.context or ''} {error.problem or ''}".lower()
    return next((word for needle, word in _HINTS if needle in text), "yaml-other")


def indenting_tab(text: str, upto: int) -> tuple[int, int] | None:
    """The first Tab in the indentation of a line up to `upto` (1-based), as (line, column)."""
    if "\t" not in text:
        return None
    for number, line in enumerate(text.split("\n")[:upto], start=1):
        indent = line[:len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            return number, indent.index("\t") + 1
    return None


def _at_end(error: MarkedYAMLError) -> bool:
    problem = error.problem or ""
    return "end of stream" in problem or "stream end" in problem


def _explicit_tag(event: Any) -> bool:
    return getattr(event, "tag", None) is not None


def _skip_container(events: Any) -> None:
    """Consume the events of a container already opened, however deep it goes."""
    depth = 1
    for event in events:
        kind = _KINDS.get(type(event))
        if kind in (_MAPPING, _SEQUENCE):
            depth += 1
        elif kind == _END:
            depth -= 1
            if depth == 0:
                return
