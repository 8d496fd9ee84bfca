"""A records repository as the checks see it: its root, its schemas and its rulebooks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from tools.checking.rulebook import Rulebook, load_rulebooks, rulebook_for
from tools.checking.schemas import Schemas
from tools.checking.sources import LOCAL, SHIPPED, Sources, schema_sources

__all__ = ["LOCAL", "SHIPPED", "Project", "Sources", "schema_sources"]

@dataclass
class Project:
    """A records repository: its root, schemas and rulebooks (schema_sources)."""

    root: Path
    schemas: Schemas
    rulebooks: list[Rulebook]
    sources: Sources

    @classmethod
    def open(cls, root: Path) -> Project:
        found = schema_sources(root)
        bootstrap = Schemas(found.schemas)
        books = load_rulebooks(found.rulebooks, bootstrap)
        return cls(root, Schemas(found.schemas, tuple(book.id for book in books)), books, found)

    def book(self, day: dt.date, named: str | None = None) -> Rulebook:
        return rulebook_for(self.rulebooks, day, named)
