"""Message catalogs: code -> (message, fix) templates with named placeholders.

The core never builds sentences; it emits codes and params, rendered here last. A segment in
[[double brackets]] is left out when a placeholder inside it is empty.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator, Mapping
from types import ModuleType


class _Catalogs(Mapping):
    """The catalogs by language, each imported when first asked for: a run speaks one."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self._names = names
        self._loaded: dict[str, ModuleType] = {}

    def __getitem__(self, lang: str) -> ModuleType:
        if lang not in self._loaded:
            if lang not in self._names:
                raise KeyError(lang)
            self._loaded[lang] = importlib.import_module(f"tools.messages.{lang}")
        return self._loaded[lang]

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)


CATALOGS: Mapping[str, ModuleType] = _Catalogs(("vi", "en"))
LANGUAGES = tuple(CATALOGS)
# a segment left out when a placeholder inside it is empty: [[, ngày {date}]]
OPTIONAL = re.compile(r"\[\[(.*?)\]\]")
# params whose values are words of the format, shown in the reader's language
_TRANSLATED = {"expected", "got", "kind", "file", "format", "encoding", "rule", "hint", "list",
               "role", "date_field", "other_field", "mismatch", "cause", "officer", "what",
               "quotes"}
FOLDED_LISTED = 5  # consequences named one by one; more are counted


def placeholders(template: str) -> set[str]:
    import string  # imported when a message is written: a clean commit writes none

    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def required(template: str) -> set[str]:
    """The placeholders a problem must give: those of optional segments may be absent."""
    return placeholders(OPTIONAL.sub("", template))


def _value(catalog: object, name: str, value: object) -> str:
    if name in _TRANSLATED and isinstance(value, str):
        return ", ".join(catalog.WORDS.get(part, part) for part in value.split(", "))
    return "" if value is None else str(value)


def render(template: str, params: dict[str, object], lang: str) -> str:
    catalog = CATALOGS[lang]
    values = {name: _value(catalog, name, params.get(name)) for name in placeholders(template)}

    def optional(match: re.Match) -> str:
        inner = match.group(1)
        return inner.format(**values) if all(values[n] for n in placeholders(inner)) else ""

    return OPTIONAL.sub(optional, template).format(**values)


def message(code: str, params: dict[str, object], lang: str) -> tuple[str, str]:
    text, fix = CATALOGS[lang].MESSAGES[code]
    return render(text, params, lang), render(fix, params, lang)


def word(key: str, lang: str) -> str:
    return CATALOGS[lang].WORDS[key]


def notes(item: object, lang: str) -> list[str]:
    """Lines said under a problem: the problems it causes (folded into it), and the minutes a
    broken roster kept from being checked."""
    found = []
    if item.folded:
        words = CATALOGS[lang].WORDS
        if len(item.folded) <= FOLDED_LISTED and all(f.path == item.path for f in item.folded):
            items = ", ".join(words["folded-line"].format(code=f.code, line=f.line)
                              if f.line else f.code for f in item.folded)
        else:
            items = words["folded-many"].format(count=len(item.folded),
                                                files=len({f.path for f in item.folded}))
        found.append(words["folded"].format(items=items))
    if item.params.get("unchecked"):
        found.append(word("unchecked", lang).format(count=item.params["unchecked"]))
    return found
