"""A jsonschema error as the problems a clerk reads: each with its code, the field's path and
Vietnamese label, and where it is in the file; with the value to type instead where the intent
is plain (`start: "07:30"` for `start: 7h30`)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from typing import Any

from tools.checking import suggest
from tools.checking.labels import deref, field_name, label
from tools.problems import Problem, problem
from tools.reading.records import Record

Error = Any  # a jsonschema ValidationError; jsonschema is imported by schemas.py alone


def problems(schema: dict, error: Error, record: Record) -> Iterable[Problem]:
    """The problems `error` stands for, in a record checked against `schema`."""
    path = tuple(error.absolute_path)
    if error.validator in ("format", "pattern") and "propertyNames" in error.schema_path:
        return _key_format(schema, error, record, path)
    return _BY_KEYWORD.get(error.validator, _invalid)(schema, error, record, path)


def _field(schema: dict, path: tuple) -> dict[str, str]:
    key = next((str(part) for part in reversed(path) if isinstance(part, str)), "")
    return {"field": field_name(path), "key": key, "label": label(schema, path)}


def _required(schema: dict, error: Error, record: Record, path: tuple) -> list[Problem]:
    return [problem("schema.required", record.path, record.position(*path),
                    **_field(schema, path + (name,))) for name in _missing(error)]


def _unknown(schema: dict, error: Error, record: Record, path: tuple) -> list[Problem]:
    known = error.schema.get("properties", {})
    titles = {key: [str(deref(sub).get("title", ""))] for key, sub in known.items()}
    found = []
    for name in _extras(error):
        near = suggest.closest(name, sorted(known), titles, floor=FIELD_FLOOR) or ""
        found.append(problem("schema.unknown-field", record.path,
                             record.position(*path, name, key=True),
                             **_field(schema, path + (name,)), closest=near,
                             closest_label=titles[near][0] if near else ""))
    return found


def _type(schema: dict, error: Error, record: Record, path: tuple) -> list[Problem]:
    return [problem("schema.type", record.path, record.position(*path), **_field(schema, path),
                    expected=_types(error.validator_value), got=_type_name(error.instance),
                    typed=_typed(error, path, record))]


def _enum(schema: dict, error: Error, record: Record, path: tuple) -> list[Problem]:
    allowed = [str(v) for v in error.validator_value] if error.validator == "enum" \
        else [str(error.validator_value)]
    named = suggest.labels(str(error.schema.get("description", "")), allowed)
    return [problem("schema.enum", record.path, record.position(*path),
                    **_field(schema, path), value=_show(error.instance),
                    allowed=", ".join(f"{v} ({', '.join(named[v])})" if v in named else v
                                      for v in allowed),
                    closest=suggest.closest(str(error.instance), allowed, named)
                    or allowed[0])]


def _key_format(schema: dict, error: Error, record: Record, path: tuple) -> list[Problem]:
    """A key that should be an id (absent_excused): its own line, named as a key."""
    key = str(error.instance)
    return [problem("schema.format", record.path, record.position(*path, key, key=True),
                    **_field(schema, path), value=_show(key),
                    format=error.schema.get("x-format", ""))]


def _format(schema: dict, error: Error, record: Record, path: tuple) -> list[Problem]:
    form = error.schema.get("x-format", error.schema.get("format", ""))
    return [problem("schema.format", record.path, record.position(*path),
                    **_field(schema, path), value=_show(error.instance),
                    format=form, typed=_typed(error, path, record, form),
                    quotes="word-quotes" if _CURLY & set(str(error.instance)) else "")]


def _invalid(schema: dict, error: Error, record: Record, path: tuple) -> list[Problem]:
    return [problem("schema.invalid", record.path, record.position(*path),
                    **_field(schema, path), rule=error.validator,
                    limit=_show(error.validator_value))]


_BY_KEYWORD: dict[str, Callable[[dict, Error, Record, tuple], list[Problem]]] = {
    "required": _required, "dependentRequired": _required,
    "additionalProperties": _unknown, "unevaluatedProperties": _unknown,
    "type": _type, "enum": _enum, "const": _enum, "format": _format, "pattern": _format}


FIELD_FLOOR = 0.6  # a field name less alike than this is not suggested
_CURLY = set("“”‘’„‟«»″")
_YES = {"yes", "y", "co", "roi", "dung", "x", "on", "da"}
_NO = {"no", "n", "khong", "chua", "sai", "off"}


def _typed(error: Error, path: tuple, record: Record, form: str = "") -> str:
    """The line to type instead, when the intent is plain: `start: "07:30"` for `start: 7h30`
    or an unquoted 0730, `card: "064099001"` for a number, `true` for `có`."""
    key = next((str(part) for part in reversed(path) if isinstance(part, str)), None)
    if key is None:
        return ""
    raw = record.loaded.raw.get(path) if record.loaded is not None else None
    text = raw if raw is not None else str(error.instance)
    text = "".join(c for c in text if c not in _CURLY)
    expected = error.validator_value if error.validator == "type" else "string"
    wanted = set(expected) if isinstance(expected, list) else {expected}
    if form == "time" or (form == "" and _is_time_field(error)):
        fixed = suggest.as_time(text)
        return f'{key}: "{fixed}"' if fixed else ""
    if form == "date":
        fixed = suggest.as_date(text)
        return f"{key}: {fixed}" if fixed else ""
    if "boolean" in wanted and isinstance(error.instance, str):
        word = suggest.plain(error.instance)
        return f"{key}: true" if word in _YES else f"{key}: false" if word in _NO else ""
    if "string" in wanted and isinstance(error.instance, (int, float)) \
            and not isinstance(error.instance, bool):
        return f'{key}: "{text}"'
    return ""


def _is_time_field(error: Error) -> bool:
    return error.schema.get("x-format") == "time" or any(
        isinstance(sub, dict) and sub.get("x-format") == "time"
        for sub in error.schema.get("allOf", []))


def _missing(error: Error) -> list[str]:
    instance = error.instance if isinstance(error.instance, dict) else {}
    if error.validator == "required":
        return [name for name in error.validator_value if name not in instance]
    return [name for key, names in error.validator_value.items() if key in instance
            for name in names if name not in instance]


def _extras(error: Error) -> list[str]:
    schema = error.schema
    known = set(schema.get("properties", {}))
    patterns = list(schema.get("patternProperties", {}))
    return [key for key in error.instance
            if key not in known and not any(re.search(p, key) for p in patterns)]


_TYPE_NAMES = {"string": "text", "integer": "integer", "number": "number", "boolean": "boolean",
               "array": "list", "object": "mapping", "null": "null"}


def _types(value: Any) -> str:
    names = value if isinstance(value, list) else [value]
    return ", ".join(_TYPE_NAMES.get(name, name) for name in names)


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "list"
    return "mapping"


def _show(value: Any) -> str:
    if isinstance(value, str):
        text = value
    else:
        try:
            text = json.dumps(value, ensure_ascii=False, default=str)
        except ValueError:  # holds an integer too long to print
            text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
