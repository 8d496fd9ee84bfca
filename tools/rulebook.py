"""Rulebooks: the parameters that come from Party documents, chosen by meeting date."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tools.problems import FatalError
from tools.records import read_yaml
from tools.schemas import Schemas, parse_date


@dataclass
class Rulebook:
    id: str
    start: dt.date
    end: dt.date | None
    params: dict[str, Any]

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    def sections(self, kind: str) -> list[str]:
        return list(self.params["sections"].get(kind, []))

    def section_names(self, required: str) -> set[str]:
        synonyms = self.params["section_synonyms"].get(required, [])
        return {normalize_heading(name) for name in [required, *synonyms]}

    def min_minutes(self, kind: str, combined: bool) -> int | None:
        table = self.params["min_minutes"]
        return table.get("combined") if combined else table.get(kind)


_NUMBERING = re.compile(r"^(?:[ivxlcdm]+|[0-9]+|[a-zđ])\s*[.)/:-]\s*", re.IGNORECASE)
_PART = re.compile(r"^phần\s+", re.IGNORECASE)
_MARKUP = re.compile(r"[*_`]")


def normalize_heading(text: str) -> str:
    text = _MARKUP.sub("", unicodedata.normalize("NFC", text)).casefold().strip()
    previous = None
    while previous != text:
        previous = text
        text = _NUMBERING.sub("", text)
        text = _PART.sub("", text).strip()
    text = text.rstrip(" \t\n:.;,-–—")
    return " ".join(text.split())


def load_rulebooks(folder: Path, schemas: Schemas) -> list[Rulebook]:
    books = []
    for path in sorted(folder.glob("*.yaml")):
        record = read_yaml(path, str(path))
        problems = record.problems or (schemas.check("rulebook", record) if record.ok else [])
        if problems or not record.ok:
            first = problems[0] if problems else None
            where = f"{path}:{first.line}" if first else str(path)
            raise FatalError(f"rulebook {where}: {first.code if first else 'unreadable'} "
                             f"{first.params if first else ''}")
        data = record.data
        books.append(Rulebook(data["id"], parse_date(data["effective_from"]),
                              parse_date(data.get("effective_to")), data))
    if not books:
        raise FatalError(f"no rulebook in {folder}")
    return books


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
