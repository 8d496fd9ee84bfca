"""Write tools/checking/compiled/<kind>.py from the toolkit's own schemas and rulebooks."""

from __future__ import annotations

from pathlib import Path

from tools.checking.compiled import generate
from tools.checking.project import SHIPPED, Project
from tools.checking.schemas import KINDS

if __name__ == "__main__":
    schemas = Project.open(SHIPPED.parent).schemas  # no records repository: the shipped ones
    for kind in KINDS:
        path = Path(__file__).parent / f"{kind}.py"
        path.write_text(generate(kind, schemas.fast_schema(kind), schemas.key(kind)),
                        encoding="utf-8")
        print(path)
