"""Rulebooks: the parameters that come from Party documents, chosen by meeting date, and the
local rules a committee sets for its subtree."""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from tools.checking.schemas import Schemas
from tools.checking.sources import SHIPPED
from tools.problems import FatalError
from tools.reading.dates import parse_date
from tools.reading.records import read_yaml
from tools.values import Frozen, Value

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing on the hook's path
if TYPE_CHECKING:
    from typing import Any


class Part(Frozen):
    """A part of a meeting as the rulebook advises it: found by keywords in any heading."""

    __slots__ = ("id", "title", "keywords", "unheaded")

    def __init__(self, id: str, title: str, keywords: tuple[str, ...],
                 unheaded: bool = False) -> None:
        self.id = id
        self.title = title  # the heading `tools new` writes and messages name
        self.keywords = keywords  # normalized once, as headings are
        self.unheaded = unheaded  # the text before the first heading counts as this part

    def matches(self, normalized: str) -> bool:
        return _matches(self.keywords, normalized)


@functools.lru_cache(maxsize=1 << 16)
def _matches(keywords: tuple[str, ...], normalized: str) -> bool:
    """Whether a normalized heading holds one of the keywords as whole words (asked once per
    heading and part: minutes repeat their headings)."""
    padded = f" {normalized} "
    return any(f" {keyword} " in padded for keyword in keywords)


class Rulebook(Value):
    # _parts: the parts of each kind of meeting; title_prefixes: headings that name the
    # document (BIÊN BẢN ...) rather than a part
    __slots__ = ("id", "start", "end", "params", "_parts", "title_prefixes")
    HIDDEN = ("_parts",)

    def __init__(self, id: str, start: dt.date, end: dt.date | None,
                 params: dict[str, Any]) -> None:
        self.id = id
        self.start = start
        self.end = end
        self.params = params
        catalog = {
            name: Part(name, spec["title"],
                       tuple(dict.fromkeys(normalize_heading(k) for k in spec["keywords"])),
                       bool(spec.get("unheaded")))
            for name, spec in self.params["part_headings"].items()}
        unknown = sorted({name for names in self.params["parts"].values() for name in names}
                         - set(catalog))
        if unknown:
            raise FatalError(f"rulebook {self.id}: parts without part_headings: {unknown}")
        self.title_prefixes = tuple(normalize_heading(word)
                                    for word in self.params.get("document_titles", ()))
        self._parts = {kind: [catalog[name] for name in names]
                       for kind, names in self.params["parts"].items()}

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    def parts(self, kind: str) -> list[Part]:
        return self._parts.get(kind, [])

    def min_minutes(self, kind: str, combined: bool) -> int | None:
        table = self.params["min_minutes"]
        return table.get("combined") if combined else table.get(kind)

    def cite(self, parameter: str) -> str:
        """The document (and point) behind a parameter, as a clerk would look it up."""
        found = [_citation(source) for source in self.params["sources"]
                 if parameter in source.get("parameters", ())]
        return "; ".join(dict.fromkeys(found)) or self.params["document"]


def _citation(source: dict) -> str:
    """`Hướng dẫn 12-HD/BTCTW ngày 6-7-2018, điểm 1.2`: a numbered document always with its
    date (two documents may share a number), and the point where there is one."""
    text = source["document"]
    day = parse_date(source.get("date"))
    if "/" in text and day is not None:
        text += f" ngày {day.day}-{day.month}-{day.year}"
    return f"{text}, {source['point']}" if source.get("point") else text


_NUMBERING = re.compile(r"^(?:[ivxlcdm]+|[0-9]+(?:\.[0-9]+)*|[a-zđ])\s*[.)/:-]\s*",
                        re.IGNORECASE)
_PART = re.compile(r"^phần\s+", re.IGNORECASE)
_MARKUP = re.compile(r"[*_`]")
_NOT_WORD = re.compile(r"[^\w]+")


@functools.lru_cache(maxsize=1 << 16)  # minutes repeat their headings: each is worked out once
def normalize_heading(text: str) -> str:
    """A heading (or a keyword) as parts are matched: NFC, case-folded, without markup, its
    numbering (`I.`, `1.`, `a)`), the word `Phần` and punctuation."""
    text = _MARKUP.sub("", unicodedata.normalize("NFC", text)).casefold().strip()
    previous = None
    while previous != text:
        previous = text
        text = _NUMBERING.sub("", text)
        text = _PART.sub("", text).strip()
    return " ".join(_NOT_WORD.sub(" ", text).split())


def load_rulebooks(paths: Iterable[Path], schemas: Schemas) -> list[Rulebook]:
    books = []
    for path in paths:
        data = _read_ahead(path, schemas)
        if data is None:
            data = _read(path, schemas)
        books.append(Rulebook(data["id"], parse_date(data["effective_from"]),
                              parse_date(data.get("effective_to")), data))
    if not books:
        raise FatalError("no rulebook")
    ids = [book.id for book in books]
    twice = sorted({name for name in ids if ids.count(name) > 1})
    if twice:
        raise FatalError(f"rulebook id used twice: {', '.join(twice)}")
    return books


def _read(path: Path, schemas: Schemas) -> dict[str, Any]:
    record = read_yaml(path, str(path))
    checked = record.ok and not shipped_and_valid(path, schemas)
    problems = record.problems or (schemas.check("rulebook", record) if checked else [])
    if problems or not record.ok:
        first = problems[0] if problems else None
        where = f"{path}:{first.line}" if first else str(path)
        raise FatalError(f"rulebook {where}: {first.code if first else 'unreadable'} "
                         f"{first.params if first else ''}")
    return record.data


def _read_ahead(path: Path, schemas: Schemas) -> dict[str, Any] | None:
    """A shipped rulebook's data as read ahead of time (tools/checking/compiled/rulebooks.py),
    when the file is the very one it was read from."""
    if not shipped_and_valid(path, schemas):
        return None
    from tools.checking.compiled import shipped_rulebook

    try:
        return shipped_rulebook(path.name, path.read_bytes())
    except OSError:
        return None


def shipped_and_valid(path: Path, schemas: Schemas) -> bool:
    """A rulebook the toolkit ships, read with the schemas it ships: valid, as
    tests/test_quick.py checks, so that no run pays for checking it again (nor for importing
    its compiled schema). A records repository's own rulebooks and schemas are checked."""
    shipped = SHIPPED / "rulebooks"
    return schemas.folder == SHIPPED and path.parent == shipped


def rulebook_for(books: list[Rulebook], day: dt.date, named: str | None = None) -> Rulebook:
    if named:
        for book in books:
            if book.id == named:
                return book
    for book in books:
        if book.covers(day):
            return book
    # Before the oldest rulebook: the oldest one is the closest description of practice.
    return min(books, key=lambda book: book.start)


# -- local rules (a committee's `local_rules` in unit.yaml) -------------------------------------

# (committee folder, its local rules), nearest committee first
LocalChain = tuple[tuple[str, tuple[dict, ...]], ...]


class LocalRule(Frozen):
    __slots__ = ("value", "source")

    def __init__(self, value: Any, source: str) -> None:
        self.value = value
        self.source = source  # the decision that set it


def local_rule(chain: LocalChain, name: str, day: dt.date) -> LocalRule | None:
    """The rule `name` in force on `day` from the nearest committee that sets it."""
    for _, rules in chain:
        for rule in rules:
            start = parse_date(rule.get("effective_from"))
            end = parse_date(rule.get("effective_to"))
            if name in rule and start is not None and start <= day and (end is None or day <= end):
                return LocalRule(rule[name], rule["source"])
    return None
