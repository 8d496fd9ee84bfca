"""Problem reports: the same problems as text for people or JSON for programs."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable

import click

from tools.messages import message, word
from tools.problems import FIXABLE, Problem
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
    lines.append(text_summary(result, lang))
    return "\n".join(lines)


def text_summary(result: Result, lang: str) -> str:
    if result.problems:
        return word("summary", lang).format(checked=result.checked, errors=result.errors,
                                            warnings=result.warnings)
    return word("clean", lang).format(checked=result.checked)


def as_json(result: Result, lang: str, colour: bool) -> str:
    problems = []
    for item in result.problems:
        text_, fix = message(item.code, item.params, lang)
        problems.append({"code": item.code, "severity": item.severity, "path": item.path,
                         "line": item.line, "column": item.column, "message": text_,
                         "fix": fix, "fixable": item.code in FIXABLE, "params": item.params})
    document = {"ok": result.errors == 0, "checked": result.checked, "problems": problems}
    return json.dumps(document, ensure_ascii=False, indent=2)


def _escape(value: str, property_: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if property_ else value


def github(result: Result, lang: str, colour: bool) -> str:
    """GitHub Actions workflow commands: each problem becomes an annotation on its line."""
    lines = []
    for item in result.problems:
        text_, fix = message(item.code, item.params, lang)
        where = f"file={_escape(item.path, True)}"
        if item.line is not None:
            where += f",line={item.line},col={item.column or 1}"
        body = _escape(f"{text_} {word('fix', lang)}: {fix}")
        lines.append(f"::{item.severity} {where},title={_escape(item.code, True)}::{body}")
    lines.append(text_summary(result, lang))
    return "\n".join(lines)


def gitlab(result: Result, lang: str, colour: bool) -> str:
    """A GitLab Code Quality report: a JSON array of issues."""
    issues = []
    for item in result.problems:
        text_, fix = message(item.code, item.params, lang)
        key = json.dumps([item.code, item.path, item.line, item.column, item.params],
                         sort_keys=True, ensure_ascii=False)
        issues.append({"description": f"{item.code}: {text_} {fix}",
                       "check_name": item.code,
                       # a file name need not be UTF-8: its bytes, as the file system has them
                       "fingerprint": hashlib.sha256(
                           key.encode("utf-8", "surrogateescape")).hexdigest(),
                       "severity": "major" if item.severity == "error" else "minor",
                       "location": {"path": item.path, "lines": {"begin": item.line or 1}}})
    return json.dumps(issues, ensure_ascii=False, indent=2)


REPORTERS: dict[str, Callable[[Result, str, bool], str]] = {
    "text": text, "json": as_json, "github": github, "gitlab": gitlab}

