"""A records repository as the checks see it: its root, its schemas and its rulebooks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tools.checking.rulebook import Rulebook, load_rulebooks, rulebook_for
from tools.checking.schemas import Schemas
from tools.checking.sources import LOCAL, SHIPPED, Sources, schema_sources
from tools.values import Value

__all__ = ["LOCAL", "SHIPPED", "Project", "Sources", "schema_sources"]

class Project(Value):
    """A records repository: its root, schemas and rulebooks (schema_sources)."""

    __slots__ = ("root", "schemas", "rulebooks", "sources")

    def __init__(self, root: Path, schemas: Schemas, rulebooks: list[Rulebook],
                 sources: Sources) -> None:
        self.root = root
        self.schemas = schemas
        self.rulebooks = rulebooks
        self.sources = sources

    @classmethod
    def open(cls, root: Path) -> Project:
        found = schema_sources(root)
        bootstrap = Schemas(found.schemas)
        books = load_rulebooks(found.rulebooks, bootstrap)
        return cls(root, Schemas(found.schemas, tuple(book.id for book in books)), books, found)

    def book(self, day: dt.date, named: str | None = None) -> Rulebook:
        return rulebook_for(self.rulebooks, day, named)
