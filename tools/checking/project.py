"""A records repository as the checks see it: its root, its schemas and its rulebooks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from tools.checking.rulebook import Rulebook, load_rulebooks, rulebook_for
from tools.checking.schemas import Schemas

PROJECT = Path(__file__).resolve().parents[2]  # the toolkit's own repository


@dataclass
class Project:
    """A records repository: its root, schemas and rulebooks (its own `schemas/`, else the
    toolkit's)."""

    root: Path
    schemas: Schemas
    rulebooks: list[Rulebook]

    @classmethod
    def open(cls, root: Path) -> Project:
        folder = root / "schemas" if (root / "schemas" / "minutes.schema.json").is_file() \
            else PROJECT / "schemas"
        bootstrap = Schemas(folder)
        books = load_rulebooks(folder / "rulebooks", bootstrap)
        return cls(root, Schemas(folder, tuple(book.id for book in books)), books)

    def book(self, day: dt.date, named: str | None = None) -> Rulebook:
        return rulebook_for(self.rulebooks, day, named)
