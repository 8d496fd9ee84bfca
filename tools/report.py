"""Problem reports: the same problems as text for people or JSON for programs."""

from __future__ import annotations

import json
from collections.abc import Callable

import click

from tools.messages import message, word
from tools.problems import Problem
from tools.validate import Result

_COLOURS = {"error": "red", "warning": "yellow"}


def _where(item: Problem) -> str:
    if item.line is None:
        return f"{item.path}:"
    return f"{item.path}:{item.line}:{item.column or 1}:"


def text(result: Result, lang: str, colour: bool) -> str:
    lines = []
    for item in result.problems:
        text_, fix = message(item.code, item.params, lang)
        severity = word(item.severity, lang)
        if colour:
            severity = click.style(severity, fg=_COLOURS[item.severity], bold=True)
        lines.append(f"{_where(item)} {severity} {item.code} {text_}")
        lines.append(f"    {word('fix', lang)}: {fix}")
    if result.problems:
        lines.append(word("summary", lang).format(checked=result.checked, errors=result.errors,
                                                  warnings=result.warnings))
    else:
        lines.append(word("clean", lang).format(checked=result.checked))
    return "\n".join(lines)


def as_json(result: Result, lang: str, colour: bool) -> str:
    problems = []
    for item in result.problems:
        text_, fix = message(item.code, item.params, lang)
        problems.append({"code": item.code, "severity": item.severity, "path": item.path,
                         "line": item.line, "column": item.column, "message": text_,
                         "fix": fix, "params": item.params})
    document = {"ok": result.errors == 0, "checked": result.checked, "problems": problems}
    return json.dumps(document, ensure_ascii=False, indent=2)


REPORTERS: dict[str, Callable[[Result, str, bool], str]] = {"text": text, "json": as_json}

