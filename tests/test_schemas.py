"""The schemas are valid JSON Schemas, every field is documented, and rulebooks validate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from tools.checking.project import schema_sources

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
    import fastjsonschema

    checked = disagreements = 0
    for kind, record in _records():
        try:
            project.schemas.fast(kind)(record.data)
            fast_valid = True
        except fastjsonschema.JsonSchemaException:
            fast_valid = False
        full_valid = not project.schemas.check_slowly(kind, record)
        checked += 1
        disagreements += fast_valid != full_valid
    assert checked > 300
    assert disagreements == 0
