"""docs/format.md: every file of a records repository and every field, from the JSON Schemas."""

from __future__ import annotations

from typing import Any

from tools.messages import CATALOGS
from tools.outputs.reference.examples import example
from tools.outputs.reference.fields import FILES, Field, fields, type_names
from tools.reading.layout import KINDS


class Words:
    """The catalogs' words for one language, and each field's label and description in it."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.catalog = CATALOGS[lang]
        self.docs = self.catalog.DOCS

    def __call__(self, key: str, **params: Any) -> str:
        return self.docs[key].format(**params) if params else self.docs[key]

    def word(self, key: str) -> str:
        return self.catalog.WORDS.get(key) or self.docs[f"format-{key}"]

    def label(self, kind: str, path: str, schema: dict) -> tuple[str, str]:
        """A field's (label, description): the schema's own Vietnamese words, or the English
        catalog's with the Vietnamese label that messages use."""
        title, description = schema.get("title", ""), schema.get("description", "")
        if self.lang == "vi":
            return title, description
        english, description = self.catalog.SCHEMA.get(f"{kind}:{path}", ("", ""))
        if path and title and english:  # a field: with the label the messages show
            return f"{english} ({title})", description
        return english or title, description


def code(text: Any) -> str:
    return f"`{text}`"


def type_line(item: Field, words: Words) -> str:
    names = [words.word(name) for name in type_names(item.schema)]
    items = item.schema.get("items")
    if isinstance(items, dict) and "list" in type_names(item.schema):
        inner = type_names(items)
        if inner and inner != ["mapping"]:
            names[names.index(words.word("list"))] += words("list-of",
                                                            item=words.word(inner[0]))
    return words("or").join(names)


def allowed(schema: dict, words: Words) -> list[str]:
    """What a value may be: its values, its form, its range."""
    found = []
    if "enum" in schema:
        found.append(", ".join(code(value) for value in schema["enum"]))
    if schema.get("x-format"):
        found.append(words.word(schema["x-format"]))
    elif "pattern" in schema:
        found.append(words("pattern", pattern=schema["pattern"]))
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is not None and high is not None:
        found.append(words("range", low=low, high=high))
    elif low is not None:
        found.append(words("at-least", low=low))
    if schema.get("minLength"):
        found.append(words("not-empty"))
    if schema.get("minItems"):
        found.append(words("min-items", count=schema["minItems"]))
    for part, key in (("items", "each-item"), ("propertyNames", "each-key"),
                      ("additionalProperties", "each-value")):
        inner = schema.get(part)
        if isinstance(inner, dict) and "title" not in inner and "properties" not in inner:
            inner_allowed = allowed(inner, words)
            if inner_allowed:
                found.append(words(key, what="; ".join(inner_allowed)))
    return found


def required_line(item: Field, words: Words) -> str:
    if item.required:
        return words("yes")
    if item.required_with:
        return words("required-with", fields=", ".join(code(n) for n in item.required_with))
    if item.required_when:
        return words("required-when", conditions=words("or").join(
            f"`{name}: {value}`" for name, value in item.required_when))
    return words("no")


def field_section(item: Field, words: Words, records: dict) -> list[str]:
    label, description = words.label(item.kind, item.path, item.schema)
    lines = [f"### `{item.path}`" + (f": {label}" if label else ""), ""]
    if description:
        lines += [description, ""]
    kind_line = type_line(item, words)
    if kind_line:
        lines.append(f"- {words('type')}: {kind_line}")
    values = allowed(item.schema, words)
    if values:
        lines.append(f"- {words('allowed')}: {'; '.join(values)}")
    lines.append(f"- {words('required')}: {required_line(item, words)}")
    shown = example(item, records)
    if shown is not None:
        written = shown if item.name.startswith("<") else f"{item.name}: {shown}"
        lines.append(f"- {words('example')}: `{written}`")
    return [*lines, ""]


def file_table(schemas: Any, words: Words) -> list[str]:
    lines = [f"| {words('file')} | {words('content')} |", "|---|---|"]
    for kind, name in FILES:
        label, _ = words.label(kind, "", schemas.raw(kind))
        lines.append(f"| `{name}` | {label} |")
    return [*lines, ""]


def minutes_names(words: Words) -> list[str]:
    kinds = ", ".join(code(kind) for kind in KINDS)
    return [words("minutes-names", kinds=kinds), ""]


def render(schemas: Any, records: dict, lang: str) -> str:
    words = Words(lang)
    lines = [f"# {words('format-title')}", "", words("generated"), "", words("format-intro"), "",
             f"## {words('files')}", "", words("tree"), "", *file_table(schemas, words),
             *minutes_names(words)]
    for kind, name in FILES:
        title, description = words.label(kind, "", schemas.raw(kind))
        lines += [f"## `{name}`: {title}", "", description, "", words(f"file-{kind}"), ""]
        # as validation uses it: `rulebook` of minutes takes the ids of the rulebooks found
        for item in fields(kind, schemas.validators[kind].schema):
            lines += field_section(item, words, records)
    return "\n".join(lines).rstrip("\n") + "\n"

