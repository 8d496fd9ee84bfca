"""Fields as a clerk knows them: the Vietnamese label (the schema's `title`) of the field at a
path of a record, and the path written out (`members[2].card`)."""

from __future__ import annotations

import re

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing on the hook's path
if TYPE_CHECKING:
    from typing import Any


def label(schema: Any, path: tuple) -> str:
    """The title of the field at `path` in a schema whose refs are inlined."""
    for part in path:
        schema = deref(schema)
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


def deref(schema: Any) -> Any:
    """A schema node with its allOf parts merged in (refs are already inlined)."""
    if not isinstance(schema, dict):
        return {}
    merged: dict = {}
    for part in schema.get("allOf", []):
        merged.update(deref(part))
    merged.update({k: v for k, v in schema.items() if k != "allOf"})
    return merged


def field_name(path: tuple) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text
