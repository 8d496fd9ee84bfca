"""Examples for the reference pages: each field's value taken from the records shipped in the
repository where it occurs there (the first file in name order), else made from its schema."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tools.outputs.reference.fields import Field
from tools.reading.layout import DUES_NAME, MINUTES_NAME
from tools.reading.records import read_minutes, read_yaml

# a value made from the schema, by its x-format, where no record shows one
BY_FORMAT = {"date": "2025-03-05", "time": "07:30", "id": "dinh-van-hung", "month": "2025-03",
             "card": "52012345", "owner": "@van-thu-chi-bo"}
QUOTED = {"time", "card", "owner"}  # formats a clerk must write in quotes
LISTED = 4  # items of a list shown in an example
_TOKEN = re.compile(r"\[\]|[^.\[\]]+")


def _kind(rel: str) -> str | None:
    parts = rel.split("/")
    if parts[-1] in ("unit.yaml", "members.yaml", "ratings.yaml"):
        return parts[-1].removesuffix(".yaml")
    if len(parts) > 1 and parts[-2] == "dues" and DUES_NAME.match(parts[-1]):
        return "dues"
    if "minutes" in parts and MINUTES_NAME.match("/".join(parts[parts.index("minutes") + 1:])):
        return "minutes"
    return None


def sample_records(root: Path) -> dict[str, list[Any]]:
    """The data of each readable record under records/, by kind, in path order."""
    found: dict[str, list[Any]] = {}
    folder = root / "records"
    if not folder.is_dir() or folder.is_symlink():
        return found
    for path in sorted(folder.rglob("*"), key=lambda item: item.as_posix()):
        rel = path.relative_to(root).as_posix()
        kind = _kind(rel)
        if kind is None or path.is_symlink() or not path.is_file():
            continue
        record = (read_minutes if kind == "minutes" else read_yaml)(path, rel)
        if record.ok:
            found.setdefault(kind, []).append(record.data)
    return found


def values_at(data: Any, tokens: list[str]) -> Iterator[Any]:
    """The values a field path reaches in one record's data."""
    if not tokens:
        yield data
        return
    head, rest = tokens[0], tokens[1:]
    if head == "[]":
        for item in data if isinstance(data, list) else ():
            yield from values_at(item, rest)
    elif head.startswith("<") and isinstance(data, dict):
        for key in sorted(data, key=str):
            yield from values_at(data[key], rest)
    elif isinstance(data, dict) and head in data:
        yield from values_at(data[head], rest)


def found_example(item: Field, records: dict[str, list[Any]]) -> Any:
    tokens = _TOKEN.findall(item.path)
    for data in records.get(item.kind, ()):
        for value in values_at(data, tokens):
            if value is not None and value != [] and value != {}:
                return value
    return None


def example(item: Field, records: dict[str, list[Any]]) -> str | None:
    """The example shown for a field, as a clerk types the value in YAML, or None."""
    schema = item.schema
    fmt = schema.get("x-format")
    value = None if fmt == "card" else found_example(item, records)  # no card in the docs
    if value is None:
        value = _from_schema(schema)
    if value is None or not _shown(value):
        return None
    return yaml_value(value, fmt)


def _from_schema(schema: dict) -> Any:
    if "enum" in schema:
        return schema["enum"][0]
    if schema.get("x-format") in BY_FORMAT:
        return BY_FORMAT[schema["x-format"]]
    types = schema.get("type")
    if types == "boolean":
        return True
    if types == "integer":
        return schema.get("minimum", 0) or 1
    if types == "array" and isinstance(schema.get("items"), dict):
        item = _from_schema(schema["items"])
        return None if item is None else [item]
    return None


def _shown(value: Any) -> bool:
    """Scalars, and lists or maps of scalars: nested data shows in its own fields."""
    if isinstance(value, list):
        return all(not isinstance(item, (list, dict)) for item in value)
    if isinstance(value, dict):
        return all(not isinstance(item, (list, dict)) for item in value.values())
    return True


def yaml_value(value: Any, fmt: str | None = None, limit: int | None = LISTED) -> str:
    """A value as YAML's flow style writes it; lists and maps cut after `limit` items."""
    if isinstance(value, (list, dict)):
        items = list(value.items()) if isinstance(value, dict) else list(value)
        shown = [f"{item[0]}: {yaml_value(item[1], None, limit)}" if isinstance(value, dict)
                 else yaml_value(item, fmt, limit) for item in items[:limit]]
        more = ["…"] if limit is not None and len(items) > limit else []
        ends = "{}" if isinstance(value, dict) else "[]"
        return ends[0] + ", ".join(shown + more) + ends[1]
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, str) and (fmt in QUOTED or _needs_quotes(value)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _needs_quotes(text: str) -> bool:
    return (": " in text or " #" in text or text[:1] in "@`!&*[]{}#|>%'\",-?"
            or text.lower() in ("yes", "no", "true", "false", "null", "on", "off"))
