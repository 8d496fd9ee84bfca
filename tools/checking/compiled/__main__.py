"""Write tools/checking/compiled/<kind>.py from the toolkit's own schemas and rulebooks."""

from __future__ import annotations

from pathlib import Path

from tools.checking.compiled import generate, rulebooks_module
from tools.checking.project import SHIPPED, Project
from tools.checking.schemas import KINDS
from tools.reading.records import read_yaml

if __name__ == "__main__":
    schemas = Project.open(SHIPPED.parent).schemas  # no records repository: the shipped ones
    for kind in KINDS:
        path = Path(__file__).parent / f"{kind}.py"
        path.write_text(generate(kind, schemas.fast_schema(kind), schemas.key(kind)),
                        encoding="utf-8")
        print(path)
    books = sorted((SHIPPED / "rulebooks").glob("*.yaml"))
    path = Path(__file__).parent / "rulebooks.py"
    path.write_text(rulebooks_module({book.name: (book.read_bytes(),
                                                  read_yaml(book, str(book)).data)
                                      for book in books}), encoding="utf-8")
    print(path)
