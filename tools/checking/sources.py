"""Where the schemas and the rulebooks in use are, and the repository a run is in."""

from __future__ import annotations

from pathlib import Path

from tools.checking.heads import LOCAL, root_of
from tools.values import Frozen

# The JSON Schemas and the rulebooks the toolkit ships: package data of `tools`, so an installed
# toolkit carries them (pyproject.toml, [tool.setuptools.package-data]).
SHIPPED = Path(__file__).resolve().parents[1] / "schemas"


class Sources(Frozen):
    """Where the schemas and the rulebooks in use come from."""

    __slots__ = ("schemas", "rulebooks")

    def __init__(self, schemas: Path, rulebooks: tuple[Path, ...]) -> None:
        self.schemas = schemas  # the folder of the JSON Schemas (*.schema.json)
        self.rulebooks = rulebooks  # every rulebook file in use, by name

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


def find_root(start: Path) -> Path:
    """The repository root: the nearest folder holding records/ or .git, looking up from
    `start` as written (a link inside the repository never leads to another one)."""
    return Path(root_of(str(start)))
