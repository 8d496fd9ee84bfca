"""A records repository as the checks see it: its root, its schemas and its rulebooks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from tools.checking.rulebook import Rulebook, load_rulebooks, rulebook_for
from tools.checking.schemas import Schemas

# The JSON Schemas and the rulebooks the toolkit ships: package data of `tools`, so an installed
# toolkit carries them (pyproject.toml, [tool.setuptools.package-data]).
SHIPPED = Path(__file__).resolve().parents[1] / "schemas"
LOCAL = "schemas"  # a records repository's own folder, beside records/


@dataclass(frozen=True)
class Sources:
    """Where the schemas and the rulebooks in use come from."""

    schemas: Path  # the folder of the JSON Schemas (*.schema.json)
    rulebooks: tuple[Path, ...]  # every rulebook file in use, by name

    @property
    def files(self) -> tuple[Path, ...]:
        """Every file whose content decides a verdict: what the cache key covers."""
        return (*sorted(self.schemas.glob("*.schema.json")), *self.rulebooks)


def schema_sources(root: Path | None = None) -> Sources:
    """The one place that knows where the schemas and the rulebooks are.

    The JSON Schemas: the records repository's own `schemas/` when it has them, else those the
    toolkit ships. The rulebooks: those shipped with the toolkit, plus the repository's own
    `schemas/rulebooks/*.yaml` (rules.md §6), a file of the same name taking the shipped one's
    place. Without a root, what the toolkit ships."""
    local = root / LOCAL if root is not None else None
    own = local is not None and (local / "minutes.schema.json").is_file()
    books = {path.name: path for path in (SHIPPED / "rulebooks").glob("*.yaml")}
    if local is not None and (local / "rulebooks").is_dir():
        books.update((path.name, path) for path in (local / "rulebooks").glob("*.yaml"))
    return Sources(local if own else SHIPPED, tuple(books[name] for name in sorted(books)))


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
