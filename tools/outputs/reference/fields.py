"""Every field of a kind of record, nested ones included, as its JSON Schema describes it.

A field's path is the same in every language: `members[].away[].from`, `absent_excused.<id>`,
`unpaid.<id>[].month`, `<YYYY>` for a year's key; `[]` is an item of a list."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

# the files of a records repository, in the order a reader meets them, with their schema
FILES = (("unit", "unit.yaml"), ("members", "members.yaml"), ("ratings", "ratings.yaml"),
         ("dues", "dues/<YYYY>.yaml"), ("minutes", "minutes/<YYYY>/<YYYY-MM-DD>-<kind>.md"),
         ("rulebook", "<id>.yaml"))


@dataclass(frozen=True)
class Field:
    kind: str  # the schema: unit, members, minutes...
    path: str  # members[].away[].from
    schema: dict
    required: bool
    required_with: tuple[str, ...] = ()  # required when one of these fields is given
    required_when: tuple[tuple[str, Any], ...] = ()  # required when a field has this value

    @property
    def name(self) -> str:
        return self.path.rsplit(".", 1)[-1].removesuffix("[]")

    @property
    def key(self) -> str:
        """The field's key in the catalogs: kind and path."""
        return f"{self.kind}:{self.path}"


def key_name(schema: dict) -> str:
    """How a map's keys are written in a path: a level, a year or an id."""
    names = schema.get("propertyNames", {})
    if "enum" in names:
        return "<level>"
    return "<id>"


def _conditions(schema: dict) -> dict[str, list[tuple[str, Any]]]:
    """`if kind is committee then level is required`: field -> [(other field, value)]."""
    found: dict[str, list[tuple[str, Any]]] = {}
    for rule in schema.get("allOf", ()):
        cond = rule.get("if", {}).get("properties", {})
        for name in rule.get("then", {}).get("required", ()):
            for other, test in cond.items():
                if "const" in test:
                    found.setdefault(name, []).append((other, test["const"]))
    return found


def fields(kind: str, schema: dict, prefix: str = "") -> Iterator[Field]:
    """The fields of an object schema, each followed by the fields inside it."""
    required = set(schema.get("required", ()))
    with_ = {}
    for name, needs in schema.get("dependentRequired", {}).items():
        for needed in needs:
            with_.setdefault(needed, []).append(name)
    when = _conditions(schema)
    children = [(name, sub) for name, sub in schema.get("properties", {}).items()]
    children += [("<YYYY>" if "[0-9]{4}" in pattern else "<id>", sub)
                 for pattern, sub in schema.get("patternProperties", {}).items()]
    for name, given in children:
        path, sub = f"{prefix}{name}", flat(given)
        yield Field(kind, path, sub, name in required, tuple(with_.get(name, ())),
                    tuple(when.get(name, ())))
        yield from inside(kind, sub, path)


def flat(schema: dict) -> dict:
    """The schema with its `allOf` parts (a shared definition it refers to) merged in."""
    merged = {key: value for key, value in schema.items() if key != "allOf"}
    for part in schema.get("allOf", ()):
        if "if" not in part:
            merged = {**flat(part), **merged}
    if "allOf" in schema and any("if" in part for part in schema["allOf"]):
        merged["allOf"] = [part for part in schema["allOf"] if "if" in part]
    return merged


def inside(kind: str, schema: dict, path: str) -> Iterator[Field]:
    """The fields inside one: an object's, a list's items', a map's values'."""
    if "properties" in schema or "patternProperties" in schema:
        yield from fields(kind, schema, f"{path}.")
    items = schema.get("items")
    if isinstance(items, dict) and ("properties" in items or "additionalProperties" in items):
        yield from inside(kind, items, f"{path}[]")
    values = schema.get("additionalProperties")
    if isinstance(values, dict):
        value_path, values = f"{path}.{key_name(schema)}", flat(values)
        if "title" in values:
            yield Field(kind, value_path, values, False)
        yield from inside(kind, values, value_path)


def all_fields(schemas: Any) -> list[Field]:
    """Every field of every kind of record, in the order of FILES and of each schema."""
    return [item for kind, _ in FILES for item in fields(kind, schemas.inlined(kind))]


def type_names(schema: dict) -> list[str]:
    """The JSON types a value may have, as the catalogs' WORDS name them."""
    names = {"string": "text", "integer": "integer", "number": "number", "boolean": "boolean",
             "array": "list", "object": "mapping", "null": "null"}
    given = schema.get("type")
    if given is None:
        if "enum" in schema:
            return ["text"]
        if "properties" in schema or "additionalProperties" in schema:
            return ["mapping"]
        return []
    return [names[item] for item in ([given] if isinstance(given, str) else given)]
