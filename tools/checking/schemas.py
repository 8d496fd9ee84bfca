"""Load the JSON Schemas once; validate data with the schemas compiled to Python by
fastjsonschema (shipped ahead of time in tools/checking/compiled/, else compiled after the
first records of a kind); jsonschema, imported only then, explains what fails
(schema_errors.py)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from pathlib import Path

from tools.checking import compiled
from tools.checking.labels import label
from tools.problems import Problem
from tools.reading.dates import parse_date
from tools.reading.files import sha256
from tools.reading.records import Record

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing on the hook's path
if TYPE_CHECKING:
    from typing import Any

KINDS = ("unit", "members", "minutes", "ratings", "dues", "rulebook")
COMPILE_AFTER = 20  # records of one kind checked before a schema not shipped is compiled


def is_date(value: object) -> bool:
    return not isinstance(value, str) or parse_date(value) is not None


class Schemas:
    def __init__(self, folder: Path, rulebook_ids: tuple[str, ...] = ()) -> None:
        self.folder = folder
        self.rulebook_ids = rulebook_ids
        self._fast: dict[str, Callable[[Any], bool] | None] = {}
        self._seen: dict[str, int] = {}
        self._schemas: dict[str, dict] = {}

    def raw(self, name: str) -> dict:
        import json  # only when a schema is read: valid records are checked by compiled code

        return json.loads((self.folder / f"{name}.schema.json").read_text(encoding="utf-8"))

    @cached_property
    def registry(self) -> Any:
        from referencing import Registry, Resource

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

    def schema(self, kind: str) -> dict:
        """The schema of a kind as records are checked against it: inlined, and a minutes
        file's rulebook one of the rulebooks there are."""
        if kind not in self._schemas:
            schema = self.inlined(kind)
            if kind == "minutes" and self.rulebook_ids:
                schema["properties"]["rulebook"]["enum"] = list(self.rulebook_ids)
            self._schemas[kind] = schema
        return self._schemas[kind]

    def fast_schema(self, kind: str) -> dict:
        """The schema in the words fastjsonschema knows (draft-07)."""
        return _draft7(self.schema(kind))

    def key(self, kind: str) -> str:
        """What a compiled validator was made from (the schema files read and the rulebooks'
        ids): shipped code is used only for this key."""
        ids = self.rulebook_ids if kind == "minutes" else ()  # a minutes file names one
        digest = sha256(f"{kind}|{'|'.join(ids)}".encode())
        for name in ("common", kind):
            digest.update(b"\0" + (self.folder / f"{name}.schema.json").read_bytes())
        return digest.hexdigest()

    @cached_property
    def validators(self) -> dict[str, Any]:
        from jsonschema import Draft202012Validator, FormatChecker

        checker = FormatChecker(formats=())
        checker.checks("date")(is_date)
        return {kind: Draft202012Validator(self.schema(kind), registry=self.registry,
                                           format_checker=checker) for kind in KINDS}

    def shipped(self, kind: str) -> Callable[[Any], bool] | None:
        """The validator compiled ahead of time (tools/checking/compiled/), when it was made
        from exactly this schema; None otherwise."""
        if kind not in self._fast:
            self._fast[kind] = compiled.validator(kind, self.key(kind), is_date_text)
        return self._fast[kind]

    def fast(self, kind: str) -> Callable[[Any], bool]:
        """The schema compiled to Python by fastjsonschema: a yes/no answer about ten times
        faster than jsonschema's. Only data it rejects goes through jsonschema, for the
        errors' details."""
        found = self.shipped(kind)
        if found is None:
            import fastjsonschema

            validate = fastjsonschema.compile(self.fast_schema(kind),
                                              formats={"date": is_date_text})
            found = self._fast[kind] = compiled.as_verdict(validate,
                                                           fastjsonschema.JsonSchemaException)
        return found

    def check(self, kind: str, record: Record) -> list[Problem]:
        # compiling costs about 50 ms a schema: worth it for a tree, not for a commit's files
        # (whose schemas are shipped compiled, unless the repository has schemas of its own)
        self._seen[kind] = self._seen.get(kind, 0) + 1
        if (self._seen[kind] > COMPILE_AFTER or self.shipped(kind) is not None) and \
                self.fast(kind)(record.data):
            return []
        return self.check_slowly(kind, record)

    def check_slowly(self, kind: str, record: Record) -> list[Problem]:
        from tools.checking.schema_errors import problems

        validator = self.validators[kind]
        found: dict[tuple, Problem] = {}
        for error in validator.iter_errors(record.data):
            for item in problems(validator.schema, error, record):
                found.setdefault(item.identity(), item)
        return sorted(found.values(), key=Problem.sort_key)

    def title(self, kind: str, path: tuple) -> str:
        """The Vietnamese label of a field of a kind of record."""
        return label(self.schema(kind), path)


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


def is_date_text(value: str) -> bool:
    return parse_date(value) is not None
