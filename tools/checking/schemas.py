"""Load the JSON Schemas once; validate data, compiled by fastjsonschema after the first records
of a kind; jsonschema explains what fails (schema_errors.py)."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource

from tools.checking.labels import label
from tools.checking.schema_errors import problems
from tools.problems import Problem
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
            for item in problems(validator.schema, error, record):
                found.setdefault(item.identity(), item)
        return sorted(found.values(), key=Problem.sort_key)

    def title(self, kind: str, path: tuple) -> str:
        """The Vietnamese label of a field of a kind of record."""
        return label(self.validators[kind].schema, path)


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
