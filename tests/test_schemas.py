"""The schemas are valid JSON Schemas, every field is documented, and rulebooks validate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from tools.checking.project import SHIPPED, schema_sources

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = sorted(schema_sources().schemas.glob("*.schema.json"))


@pytest.mark.parametrize("path", SCHEMAS, ids=[p.name for p in SCHEMAS])
def test_schema_is_valid_against_the_metaschema(path: Path) -> None:
    Draft202012Validator.check_schema(json.loads(path.read_text(encoding="utf-8")))


def _fields(schema: dict, where: str = ""):
    for name, sub in schema.get("properties", {}).items():
        yield f"{where}.{name}", sub
        yield from _fields(sub, f"{where}.{name}")
        if isinstance(sub.get("items"), dict):
            yield from _fields(sub["items"], f"{where}.{name}[]")
    for pattern, sub in schema.get("patternProperties", {}).items():
        yield f"{where}.{pattern}", sub


@pytest.mark.parametrize("path", SCHEMAS, ids=[p.name for p in SCHEMAS])
def test_every_field_has_a_vietnamese_title_and_description(path: Path) -> None:
    schema = json.loads(path.read_text(encoding="utf-8"))
    missing = [where for where, sub in _fields(schema)
               if not sub.get("title") or not sub.get("description")]
    assert missing == []


def test_rulebooks_load(project) -> None:
    ids = [book.id for book in project.rulebooks]
    assert ids == ["hd12-2018", "hd42-2025"]


def test_rulebook_in_force_by_date(project) -> None:
    import datetime as dt

    assert project.book(dt.date(2025, 10, 27)).id == "hd12-2018"
    assert project.book(dt.date(2025, 10, 28)).id == "hd42-2025"
    assert project.book(dt.date(2025, 3, 1), "hd42-2025").id == "hd42-2025"
    assert project.book(dt.date(2026, 3, 1)).min_minutes("regular", True) == 120
    assert project.book(dt.date(2024, 3, 1)).min_minutes("regular", True) == 90


def _records():
    from tools.reading.layout import place
    from tools.reading.records import read_minutes, read_yaml

    kinds = {"unit": "unit", "members": "members", "ratings": "ratings", "minutes": "minutes"}
    for base in [ROOT / "records", *sorted((ROOT / "tests" / "cases").iterdir()),
                 ROOT / "tests" / "summary" / "small", ROOT / "tests" / "summary" / "rules"]:
        for path in sorted(base.rglob("*")):
            if not path.is_file() or path.is_symlink():
                continue
            rel = path.relative_to(base).as_posix()
            kind = kinds.get(place(rel).role) if rel.startswith("records/") else None
            if kind is None:
                continue
            record = (read_minutes if kind == "minutes" else read_yaml)(path, rel)
            if record.ok:
                yield kind, record


def test_fast_and_full_schema_checks_agree(project) -> None:
    """The shipped compiled schemas, the same compiled at run time, and jsonschema: one
    verdict for every record of the repository and the golden cases."""
    import fastjsonschema

    from tools.checking.schemas import is_date_text

    compiled_now = {kind: fastjsonschema.compile(project.schemas.fast_schema(kind),
                                                 formats={"date": is_date_text})
                    for kind in ("unit", "members", "ratings", "minutes")}
    checked, verdicts = 0, {True: 0, False: 0}
    for kind, record in _records():
        shipped = project.schemas.fast(kind)(record.data)
        try:
            compiled_now[kind](record.data)
            now = True
        except fastjsonschema.JsonSchemaException:
            now = False
        full_valid = not project.schemas.check_slowly(kind, record)
        assert shipped == now == full_valid, record.path
        checked += 1
        verdicts[full_valid] += 1
    assert checked > 300
    assert verdicts[False] > 5  # the cases hold records the schemas reject


def test_shipped_compiled_schemas_match_the_schemas(project) -> None:
    """tools/checking/compiled/ holds the schemas in force, compiled: written afresh, each
    module is the same (when made by the same fastjsonschema). After changing a schema:
    `python -m tools.checking.compiled`."""
    import re

    from tools.checking import compiled
    from tools.checking.schemas import KINDS

    folder = ROOT / "tools" / "checking" / "compiled"
    for kind in KINDS:
        assert project.schemas.shipped(kind) is not None, kind
        shipped = (folder / f"{kind}.py").read_text(encoding="utf-8")
        fresh = compiled.generate(kind, project.schemas.fast_schema(kind),
                                  project.schemas.key(kind))
        version = re.compile(r'^VERSION = "(.*)"$', re.MULTILINE)
        if version.search(shipped).group(1) == version.search(fresh).group(1):
            assert shipped == fresh, kind


def test_shipped_rulebooks_read_ahead_match_the_files() -> None:
    """tools/checking/compiled/rulebooks.py holds each shipped rulebook as the reader reads
    it, with the hash of its file: written afresh, the module is the same; a file that is not
    the one it was read from is never answered from it."""
    from tools.checking import compiled
    from tools.checking.sources import SHIPPED
    from tools.reading.records import read_yaml

    books = sorted((SHIPPED / "rulebooks").glob("*.yaml"))
    assert books
    fresh = compiled.rulebooks_module({b.name: (b.read_bytes(), read_yaml(b, str(b)).data)
                                       for b in books})
    shipped = ROOT / "tools" / "checking" / "compiled" / "rulebooks.py"
    assert shipped.read_text(encoding="utf-8") == fresh
    for book in books:
        raw = book.read_bytes()
        assert compiled.shipped_rulebook(book.name, raw) == read_yaml(book, str(book)).data
        assert compiled.shipped_rulebook(book.name, raw + "\n# sửa\n".encode()) is None
        assert compiled.shipped_rulebook("khac-" + book.name, raw) is None


def test_a_schema_of_its_own_is_compiled_not_shipped(tmp_path: Path) -> None:
    """A repository with schemas of its own (here: two years rated at least) is never answered
    by the code compiled from the toolkit's schemas."""
    import shutil

    from tools.checking.project import Project
    from tools.reading.records import Record

    shutil.copytree(SHIPPED, tmp_path / "schemas")
    path = tmp_path / "schemas" / "ratings.schema.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    schema["minProperties"] = 2
    path.write_text(json.dumps(schema, ensure_ascii=False), encoding="utf-8")
    own, toolkit = Project.open(tmp_path).schemas, Project.open(ROOT).schemas
    assert own.shipped("ratings") is None
    assert own.shipped("minutes") is not None  # the same files, the same code
    one_year = {"2024": "good"}
    assert toolkit.fast("ratings")(one_year)
    assert not own.fast("ratings")(one_year)
    assert own.check("ratings", Record("r.yaml", data=one_year))
