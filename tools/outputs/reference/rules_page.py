"""docs/rules.md: every problem code and summary finding, and the rulebooks' parameters, from
the catalogs (tools/problems.py, tools/messages/) and the rulebooks."""

from __future__ import annotations

from typing import Any

from tools.messages import CATALOGS, render
from tools.outputs.reference.examples import yaml_value
from tools.outputs.reference.format_page import Words, code
from tools.outputs.reference.params import BASIS, example_params
from tools.outputs.summary_tables import finding_text
from tools.problems import CODES, FIXABLE, HISTORY


def cited(code_name: str, books: list[Any]) -> list[str]:
    """The documents behind a code, each with the rulebooks that cite it:
    `Điều lệ Đảng (2011), Điều 24 khoản 4 (hd12-2018, hd42-2025)`."""
    found: dict[frozenset, tuple[str, list[str]]] = {}
    for book in sorted(books, key=lambda item: (item.start, item.id)):
        parts = list(dict.fromkeys(part for name in BASIS.get(code_name, ())
                                   for part in book.cite(name).split("; ")))
        if parts:
            text, ids = found.setdefault(frozenset(parts), ("; ".join(parts), []))
            ids.append(code(book.id))
    return [f"{text} ({', '.join(ids)})" for text, ids in found.values()]


def newest_cite(code_name: str, books: list[Any]) -> str:
    names = BASIS.get(code_name, ())
    if not books or not names:
        return ""
    newest = max(books, key=lambda book: book.start)
    return "; ".join(dict.fromkeys(newest.cite(name) for name in names))


def when(name: str, words: Words, books: list[Any]) -> str:
    """When a code is given: its sentence in the catalog, with the figures of the newest
    rulebook (`fewer than {min_full_members} full members`)."""
    newest = max(books, key=lambda book: book.start).params if books else {}
    return render(words.catalog.WHEN[name], newest, words.lang)


def code_section(code_name: str, words: Words, books: list[Any], schemas: Any) -> list[str]:
    params = example_params(code_name, newest_cite(code_name, books), schemas)
    text, fix = CATALOGS[words.lang].MESSAGES[code_name]
    severity = words.catalog.WORDS[CODES[code_name]]
    lines = [f"### `{code_name}`", "",
             f"- {words('severity')}: {severity} ({words(f'severity-{CODES[code_name]}')})",
             f"- {words('when')}: {when(code_name, words, books)}",
             f"- {words('message')}: {render(text, params, words.lang)}",
             f"- {words('fix')}: {render(fix, params, words.lang)}"]
    if code_name in FIXABLE:
        lines.append(f"- {words('fixable')}")
    if code_name in HISTORY:
        lines.append(f"- {words('history')}")
    lines += [f"- {words('source')}: {item}" for item in cited(code_name, books)]
    return [*lines, ""]


def finding_section(name: str, words: Words, books: list[Any], schemas: Any) -> list[str]:
    params = example_params(name, newest_cite(name, books), schemas)
    lines = [f"### `{name}`", "",
             f"- {words('when')}: {when(name, words, books)}",
             f"- {words('message')}: {finding_text({'code': name, 'params': params}, words.lang)}"]
    lines += [f"- {words('source')}: {item}" for item in cited(name, books)]
    return [*lines, ""]


def summary_table(words: Words, books: list[Any]) -> list[str]:
    lines = [f"| {words('code')} | {words('severity')} | {words('when')} |", "|---|---|---|"]
    for name, severity in sorted(CODES.items()):
        lines.append(f"| [`{name}`](#{anchor(name)}) | {words.catalog.WORDS[severity]} | "
                     f"{when(name, words, books)} |")
    return [*lines, ""]


def anchor(name: str) -> str:
    """The anchor GitHub and GitLab give a heading `### \\`parse.bom\\``."""
    return "".join(char for char in name.lower() if char.isalnum() or char in "-_")


def rulebook_section(book: Any, schemas: Any, words: Words) -> list[str]:
    params = book.params
    end = params.get("effective_to") or words("in-force-open")
    lines = [f"### `{book.id}`: {params['title']}", "",
             f"- {words('document')}: {params['document']}",
             f"- {words('in-force')}: {params['effective_from']} – {end}", "",
             f"| {words('parameter')} | {words('label')} | {words('value')} | "
             f"{words('source')} |", "|---|---|---|---|"]
    schema = schemas.raw("rulebook")["properties"]
    for name in schema:
        if name in ("id", "document", "title", "sources", "effective_from", "effective_to",
                    "part_headings", "document_titles") or name not in params:
            continue
        label, _ = words.label("rulebook", name, schema[name])
        lines.append(f"| `{name}` | {label} | {_value(params[name])} | {book.cite(name)} |")
    return [*lines, "", f"{words('sources')}:", "", *_sources(params["sources"]), ""]


def _value(value: Any) -> str:
    return f"`{yaml_value(value, limit=None)}`".replace("|", "\\|")


def _sources(sources: list[dict]) -> list[str]:
    lines = []
    for source in sources:
        point = f", {source['point']}" if source.get("point") else ""
        names = ", ".join(code(name) for name in source.get("parameters", ()))
        about = f" {source['about']}" if source.get("about") else ""
        lines.append(f"- {source['document']} ({source['date']}){point}:{about} ({names})")
    return lines


def render_page(books: list[Any], schemas: Any, lang: str) -> str:
    words = Words(lang)
    lines = [f"# {words('rules-title')}", "", words("generated"), "", words("rules-intro"), "",
             f"## {words('codes')}", "", words("codes-intro"), "", *summary_table(words, books)]
    for name in sorted(CODES):
        lines += code_section(name, words, books, schemas)
    lines += [f"## {words('findings')}", "", words("findings-intro"), ""]
    for name in sorted(CATALOGS[lang].FINDINGS):
        lines += finding_section(name, words, books, schemas)
    lines += [f"## {words('rulebooks')}", "", words("rulebooks-intro"), ""]
    for book in sorted(books, key=lambda item: (item.start, item.id)):
        lines += rulebook_section(book, schemas, words)
    return "\n".join(lines).rstrip("\n") + "\n"
