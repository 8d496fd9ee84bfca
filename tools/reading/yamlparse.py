"""YAML parsed by ruamel.yaml (libyaml through ruamel.yaml.clib where installed), for what
the plainest reading (yamlplain.py) leaves: the data from a tight loop over the parser's
events (`_quick`), or the data, the positions and the first problem from every event
(`load_fully`). Imported only when a file needs it: a commit of plain records never loads the
parser. See yamlload.py for what is built and why.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError

try:  # libyaml through ruamel.yaml.clib: the events without ruamel's Python layers
    from _ruamel_yaml import CParser
except ImportError:  # pragma: no cover - a platform without the C extension
    CParser = None
from ruamel.yaml.events import (
    AliasEvent,
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

from tools.reading.scalars import MAYBE_NOT_TEXT, resolve_plain
from tools.reading.yamldata import PathKey, Positions, YamlProblem

# typ="safe" uses libyaml through ruamel.yaml.clib when it is installed (about ten times
# faster, with the same events and marks) and the pure-Python parser otherwise.
PARSER = YAML(typ="safe")


def quick(text: str) -> Any:
    """The data of a document that is not of the plainest (yamlplain.py), from a tight loop
    over libyaml's events; FULL_WAY for anything that loop does not take as it is."""
    return _quick(text) if CParser is not None else FULL_WAY


def load_fully(text: str, out: Any, line_offset: int) -> None:
    """The data, the positions and the first problem, from every event."""
    out.found = Positions()
    try:
        _build(PARSER.parse(text), out, line_offset)
    except MarkedYAMLError as error:
        out.problems.append(_syntax_problem(error, text, line_offset))
    except YAMLError as error:
        out.problems.append(_reader_problem(error, text, line_offset))




MAX_DEPTH = 32  # records nest five deep at most; deeper containers are kept empty


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


FULL_WAY = object()  # what _quick answers for anything but plain data


def _quick(text: str) -> Any:
    """The data of a document made of plain mappings, sequences and scalars, from libyaml's
    events, without positions; FULL_WAY for anything else (see the module's docstring)."""
    try:
        # no "&", "*" or "!" anywhere: no anchor, alias or tag can be in it, and no event
        # needs a look at them
        marked = "&" in text or "*" in text or "!" in text
        return _quick_events(CParser(text).get_event, marked)
    except YAMLError:
        return FULL_WAY


def _quick_events(get: Any, marked: bool) -> Any:
    get()  # the stream's start
    if get().__class__ is not DocumentStartEvent:
        return FULL_WAY  # an empty stream
    stack: list[list] = []  # [container, is a mapping, the key waiting for its value]
    while True:
        event = get()
        kind = event.__class__
        if kind is MappingEndEvent or kind is SequenceEndEvent:
            done = stack.pop()
            if stack:
                continue
            data = done[0]
            break
        if kind is not ScalarEvent and kind is not MappingStartEvent and \
                kind is not SequenceStartEvent or \
                marked and (event.anchor is not None or event.tag is not None):
            return FULL_WAY  # an alias, an anchor, a tag
        if kind is ScalarEvent:
            top = stack[-1] if stack else None
            value = event.value
            if top is not None and top[1] and top[2] is FULL_WAY:  # a key, as written
                if value in top[0]:
                    return FULL_WAY
                top[2] = value
                continue
            if not event.style and (not value or value[0] in MAYBE_NOT_TEXT):
                value = resolve_plain(value)
        elif len(stack) >= MAX_DEPTH - 1:
            return FULL_WAY
        else:
            value = {} if kind is MappingStartEvent else []
        if stack and not _put(stack[-1], value):
            return FULL_WAY
        if kind is not ScalarEvent:
            stack.append([value, kind is MappingStartEvent, FULL_WAY])
        elif not stack:
            data = value
            break
    return data if _single_document_ends(get) else FULL_WAY


def _put(top: list, value: Any) -> bool:
    """A value into its container; False for a complex key (a container as a key)."""
    if not top[1]:
        top[0].append(value)
        return True
    if top[2] is FULL_WAY:
        return False
    top[0][top[2]] = value
    top[2] = FULL_WAY
    return True


def _single_document_ends(get: Any) -> bool:
    return get().__class__ is DocumentEndEvent and get().__class__ is StreamEndEvent


def _build(events: Iterator[Any], out: Any, line_offset: int) -> None:
    """The data and the positions from the parser's events; stops at the first problem."""
    stack: list[_Container] = []
    documents = 0
    kinds_get = _KINDS.get
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
                out.problems.append(YamlProblem("parse.yaml", line, col,
                                                {"detail": "---", "hint": "yaml-documents"}))
                return
            continue
        if kind == _ALIAS or event.anchor is not None or _explicit_tag(event):
            out.problems.append(YamlProblem("parse.alias", line, col))
            return
        parent = stack[-1] if stack else None
        if parent is not None and parent.is_map and parent.pending_key is None:
            if not _take_key(out, parent, kind, event, (line, col)):
                return
            continue
        opened = _take_value(out, parent, kind, event, (line, col), events, len(stack))
        if opened is not None:
            stack.append(opened)


def _take_key(out: Any, parent: _Container, kind: int, event: Any,
              where: tuple[int, int]) -> bool:
    """A mapping's key, or the problem that stops the load (False)."""
    if kind != _SCALAR:
        out.problems.append(YamlProblem("parse.yaml", *where,
                                        {"detail": "key", "hint": "yaml-complex-key"}))
        return False
    key = event.value
    if key in parent.value:
        out.problems.append(YamlProblem("parse.duplicate-key", *where, {"key": key}))
        return False
    parent.pending_key = key
    out.found.keys[parent.path + (key,)] = where
    return True


def _take_value(out: Any, parent: _Container | None, kind: int, event: Any,
                where: tuple[int, int], events: Iterator[Any], depth: int) -> _Container | None:
    """A value put in its place; the container it opens, if any, to be filled next."""
    if parent is None:
        path: PathKey = ()
    elif parent.is_map:
        path = parent.path + (parent.pending_key,)
    else:
        path = parent.path + (len(parent.value),)
    out.found.values[path] = where
    if kind == _SCALAR:
        value = resolve_plain(event.value) if not event.style else event.value
        if value.__class__ in (int, float):
            out.found.raw[path] = event.value
    else:
        value = {} if kind == _MAPPING else []
        if depth >= MAX_DEPTH:
            _skip_container(events)
            kind = _SCALAR  # nothing is read inside it
    if parent is None:
        out.data = value
    elif parent.is_map:
        parent.value[parent.pending_key] = value
        parent.pending_key = None
    else:
        parent.value.append(value)
    return _Container(value, path) if kind != _SCALAR else None


def _syntax_problem(error: MarkedYAMLError, text: str, line_offset: int) -> YamlProblem:
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
    return YamlProblem("parse.yaml", line + line_offset, column, {
        "detail": detail, "hint": cause, "other": detail if cause == "yaml-other" else ""})


def _reader_problem(error: YAMLError, text: str, line_offset: int) -> YamlProblem:
    line, column = 1, 1
    position = getattr(error, "position", None)  # a ReaderError: a character not allowed
    if isinstance(position, int) and 0 <= position <= len(text):
        line = text.count("\n", 0, position) + 1
        column = position - text.rfind("\n", 0, position)
    cause = "yaml-control" if isinstance(position, int) else "yaml-other"
    return YamlProblem("parse.yaml", line + line_offset, column, {
        "detail": str(error).strip(), "hint": cause,
        "other": str(error).strip() if cause == "yaml-other" else ""})


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
