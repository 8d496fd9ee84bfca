"""Load the JSON Schemas once; validate data; turn jsonschema errors into positioned problems."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from functools import cached_property
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource

from tools.checking import suggest
from tools.problems import Problem, problem
from tools.reading.dates import parse_date
from tools.reading.records import Record

KINDS = ("unit", "members", "minutes", "ratings", "dues", "rulebook")
COMPILE_AFTER = 20  # records of one kind checked before its schema is compiled

format_checker = FormatChecker(formats=())


@format_checker.checks("date")
def is_date(value: object) -> bool:
    return not isinstance(value, str) or parse_date(value) is not None


class Schemas:
    def __init__(self, folder: Path, rulebook_ids: tuple[str, ...] = ()) -> None:
        self.folder = folder
        self.rulebook_ids = rulebook_ids
        self._fast: dict[str, Callable[[Any], Any]] = {}
        self._seen: dict[str, int] = {}

    def raw(self, name: str) -> dict:
        return json.loads((self.folder / f"{name}.schema.json").read_text(encoding="utf-8"))

    @cached_property
    def registry(self) -> Registry:
        common = Resource.from_contents(self.raw("common"))
        return Registry().with_resource("common.schema.json", common)

    def inlined(self, kind: str) -> dict:
        """The schema with every $ref replaced by its target: the same rules, validated
        without reference lookups, which were half of the validation time."""
        common = self.raw("common")

        def resolve(node: Any, base: dict) -> Any:
            if isinstance(node, list):
                return [resolve(item, base) for item in node]
            if not isinstance(node, dict):
                return node
            node = {key: resolve(value, base) for key, value in node.items()}
            ref = node.pop("$ref", None)
            if ref is None:
                return node
            uri, _, pointer = ref.partition("#")
            target_base = common if uri == "common.schema.json" else base
            target: Any = target_base
            for part in filter(None, pointer.split("/")):
                target = target[part]
            return {**resolve(target, target_base), **node}

        schema = self.raw(kind)
        return resolve(schema, schema)

    @cached_property
    def validators(self) -> dict[str, Draft202012Validator]:
        built = {}
        for kind in KINDS:
            schema = self.inlined(kind)
            if kind == "minutes" and self.rulebook_ids:
                schema["properties"]["rulebook"]["enum"] = list(self.rulebook_ids)
            built[kind] = Draft202012Validator(schema, registry=self.registry,
                                               format_checker=format_checker)
        return built

    def fast(self, kind: str) -> Callable[[Any], Any]:
        """The schema compiled to Python by fastjsonschema: a yes/no answer about ten times
        faster. Only data it rejects goes through jsonschema, for the errors' details."""
        if kind not in self._fast:
            import fastjsonschema

            self._fast[kind] = fastjsonschema.compile(_draft7(self.validators[kind].schema),
                                                      formats={"date": _is_date_text})
        return self._fast[kind]

    def check(self, kind: str, record: Record) -> list[Problem]:
        # compiling costs about 50 ms a schema: worth it for a tree, not for a commit's files
        self._seen[kind] = self._seen.get(kind, 0) + 1
        if self._seen[kind] > COMPILE_AFTER:
            from fastjsonschema import JsonSchemaException

            try:
                self.fast(kind)(record.data)
                return []
            except JsonSchemaException:
                pass
        return self.check_slowly(kind, record)

    def check_slowly(self, kind: str, record: Record) -> list[Problem]:
        validator = self.validators[kind]
        found: dict[tuple, Problem] = {}
        for error in validator.iter_errors(record.data):
            for item in self._problems(validator, error, record):
                found.setdefault(item.identity(), item)
        return sorted(found.values(), key=Problem.sort_key)

    def _problems(self, validator: Draft202012Validator, error: ValidationError,
                  record: Record) -> Iterator[Problem]:
        path = tuple(error.absolute_path)
        keyword = error.validator
        if keyword in ("required", "dependentRequired"):
            for name in _missing(error):
                yield problem("schema.required", record.path, record.position(*path),
                              **self._field(validator, path + (name,)))
        elif keyword in ("additionalProperties", "unevaluatedProperties"):
            known = error.schema.get("properties", {})
            titles = {key: [str(self._deref(sub).get("title", ""))] for key, sub in known.items()}
            for name in _extras(error):
                near = suggest.closest(name, sorted(known), titles, floor=FIELD_FLOOR) or ""
                yield problem("schema.unknown-field", record.path,
                              record.position(*path, name, key=True),
                              **self._field(validator, path + (name,)), closest=near,
                              closest_label=titles[near][0] if near else "")
        elif keyword == "type":
            yield problem("schema.type", record.path, record.position(*path),
                          **self._field(validator, path),
                          expected=_types(error.validator_value), got=_type_name(error.instance),
                          typed=_typed(error, path, record))
        elif keyword in ("enum", "const"):
            allowed = [str(v) for v in error.validator_value] if keyword == "enum" \
                else [str(error.validator_value)]
            named = suggest.labels(str(error.schema.get("description", "")), allowed)
            yield problem("schema.enum", record.path, record.position(*path),
                          **self._field(validator, path), value=_show(error.instance),
                          allowed=", ".join(f"{v} ({', '.join(named[v])})" if v in named else v
                                            for v in allowed),
                          closest=suggest.closest(str(error.instance), allowed, named)
                          or allowed[0])
        elif keyword in ("format", "pattern") and "propertyNames" in error.schema_path:
            # a key that should be an id (absent_excused): its own line, named as a key
            key = str(error.instance)
            yield problem("schema.format", record.path, record.position(*path, key, key=True),
                          **self._field(validator, path), value=_show(key),
                          format=error.schema.get("x-format", ""))
        elif keyword in ("format", "pattern"):
            form = error.schema.get("x-format", error.schema.get("format", ""))
            yield problem("schema.format", record.path, record.position(*path),
                          **self._field(validator, path), value=_show(error.instance),
                          format=form, typed=_typed(error, path, record, form),
                          quotes="word-quotes" if _CURLY & set(str(error.instance)) else "")
        else:
            yield problem("schema.invalid", record.path, record.position(*path),
                          **self._field(validator, path), rule=keyword,
                          limit=_show(error.validator_value))

    def _field(self, validator: Draft202012Validator, path: tuple) -> dict[str, str]:
        key = next((str(part) for part in reversed(path) if isinstance(part, str)), "")
        return {"field": field_name(path), "key": key, "label": self.label(validator, path)}

    def title(self, kind: str, path: tuple) -> str:
        """The Vietnamese label of a field of a kind of record."""
        return self.label(self.validators[kind], path)

    def label(self, validator: Draft202012Validator, path: tuple) -> str:
        schema: Any = validator.schema
        for part in path:
            schema = self._deref(schema)
            if isinstance(part, int):
                schema = schema.get("items", {})
            elif part in schema.get("properties", {}):
                schema = schema["properties"][part]
            elif isinstance(schema.get("additionalProperties"), dict):
                schema = schema["additionalProperties"]
            else:
                schema = next((sub for pattern, sub in schema.get("patternProperties", {}).items()
                               if re.search(pattern, str(part))), {})
        return str(schema.get("title", ""))

    def _deref(self, schema: Any) -> Any:
        """A schema node with its allOf parts merged in (refs are already inlined)."""
        if not isinstance(schema, dict):
            return {}
        merged: dict = {}
        for part in schema.get("allOf", []):
            merged.update(self._deref(part))
        merged.update({k: v for k, v in schema.items() if k != "allOf"})
        return merged


FIELD_FLOOR = 0.6  # a field name less alike than this is not suggested
_CURLY = set("“”‘’„‟«»″")
_YES = {"yes", "y", "co", "roi", "dung", "x", "on", "da"}
_NO = {"no", "n", "khong", "chua", "sai", "off"}


def _typed(error: ValidationError, path: tuple, record: Record, form: str = "") -> str:
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


def _is_time_field(error: ValidationError) -> bool:
    return error.schema.get("x-format") == "time" or any(
        isinstance(sub, dict) and sub.get("x-format") == "time"
        for sub in error.schema.get("allOf", []))


def _draft7(schema: Any) -> Any:
    """The draft 2020-12 schema in the draft-07 words fastjsonschema knows."""
    if isinstance(schema, list):
        return [_draft7(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out = {key: _draft7(value) for key, value in schema.items()
           if key not in ("$schema", "$defs", "dependentRequired")}
    if "dependentRequired" in schema:
        out["dependencies"] = schema["dependentRequired"]
    return out


def _is_date_text(value: str) -> bool:
    return parse_date(value) is not None


def field_name(path: tuple) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _missing(error: ValidationError) -> list[str]:
    instance = error.instance if isinstance(error.instance, dict) else {}
    if error.validator == "required":
        return [name for name in error.validator_value if name not in instance]
    return [name for key, names in error.validator_value.items() if key in instance
            for name in names if name not in instance]


def _extras(error: ValidationError) -> list[str]:
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
