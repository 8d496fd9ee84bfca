"""Problem reports: the same problems as text for people or JSON for programs."""

from __future__ import annotations

from collections.abc import Callable

from tools.checking.result import Result
from tools.messages import message, notes, word
from tools.problems import FIXABLE, Problem

_COLOURS = {"error": "\033[31m", "warning": "\033[33m"}  # red, yellow


def coloured(text: str, severity: str) -> str:
    """`text` in bold in the severity's colour, as click.style(text, fg=..., bold=True) writes
    it, without importing Click (tests/test_quick.py compares)."""
    return f"{_COLOURS[severity]}\033[1m{text}\033[0m"


def _where(item: Problem) -> str:
    if item.line is None:
        return f"{item.path}:"
    return f"{item.path}:{item.line}:{item.column or 1}:"


def text(result: Result, lang: str, colour: bool) -> str:
    lines = [line for item in result.problems for line in _text_lines(item, lang, colour)]
    lines.append(text_summary(result, lang))
    return "\n".join(lines)


def _text_lines(item: Problem, lang: str, colour: bool = False) -> list[str]:
    text_, fix = message(item.code, item.params, lang)
    severity = word(item.severity, lang)
    if colour:
        severity = coloured(severity, item.severity)
    return [f"{_where(item)} {severity} {item.code} {text_}",
            f"    {word('fix', lang)}: {fix}", *(f"    {note}" for note in notes(item, lang))]


def text_summary(result: Result, lang: str) -> str:
    if result.staged and not result.changed:
        return word("nothing-staged", lang)
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
                         "fix": fix, "fixable": item.code in FIXABLE, "params": item.params,
                         "notes": notes(item, lang),
                         "folded": [{"code": f.code, "path": f.path, "line": f.line,
                                     "column": f.column, "params": f.params}
                                    for f in item.folded]})
    document = {"ok": result.errors == 0, "checked": result.checked, "problems": problems}
    import json  # the commit hook's text report needs neither json nor hashlib

    return json.dumps(document, ensure_ascii=False, indent=2)


def _escape(value: str, property_: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if property_ else value


GITHUB_LIMIT = 10  # GitHub shows at most this many annotations of each kind per step


def github(result: Result, lang: str, colour: bool) -> str:
    """GitHub Actions workflow commands: the problems of the files the pull request changed
    first, at most ten annotations of each severity (the tenth sums up the rest), then every
    problem not annotated as plain lines for the step's log."""
    ordered = sorted(result.problems, key=lambda p: (p.path not in result.changed, p.sort_key()))
    lines, logged = [], []
    for severity in ("error", "warning"):
        chosen = [p for p in ordered if p.severity == severity]
        shown = chosen if len(chosen) <= GITHUB_LIMIT else chosen[:GITHUB_LIMIT - 1]
        lines += [_annotation(item, lang) for item in shown]
        rest = chosen[len(shown):]
        if rest:
            more = word("github-more", lang).format(
                count=len(rest), severity=word(severity, lang),
                files=len({p.path for p in rest}))
            lines.append(f"::{severity} title={_escape('tools validate', True)}::"
                         f"{_escape(more)}")
            logged += rest
    lines += [line for item in sorted(logged, key=Problem.sort_key)
              for line in _text_lines(item, lang)]
    lines.append(text_summary(result, lang))
    return "\n".join(lines)


def _annotation(item: Problem, lang: str) -> str:
    text_, fix = message(item.code, item.params, lang)
    where = f"file={_escape(item.path, True)}"
    if item.line is not None:
        where += f",line={item.line},col={item.column or 1}"
    body = " ".join([text_, f"{word('fix', lang)}: {fix}", *notes(item, lang)])
    return f"::{item.severity} {where},title={_escape(item.code, True)}::{_escape(body)}"


def gitlab(result: Result, lang: str, colour: bool) -> str:
    """A GitLab Code Quality report: a JSON array of issues. A fingerprint names the problem,
    not its place: the same problem keeps it when lines are added above it."""
    import hashlib
    import json

    issues = []
    for item in result.problems:
        text_, fix = message(item.code, item.params, lang)
        key = json.dumps([item.code, item.path, item.params], sort_keys=True,
                         ensure_ascii=False, default=str)
        issues.append({"description": " ".join([f"{item.code}: {text_} {fix}",
                                                *notes(item, lang)]),
                       "check_name": item.code,
                       # a file name need not be UTF-8: its bytes, as the file system has them
                       "fingerprint": hashlib.sha256(
                           key.encode("utf-8", "surrogateescape")).hexdigest(),
                       "severity": "major" if item.severity == "error" else "minor",
                       "location": {"path": item.path, "lines": {"begin": item.line or 1}}})
    return json.dumps(issues, ensure_ascii=False, indent=2)


REPORTERS: dict[str, Callable[[Result, str, bool], str]] = {
    "text": text, "json": as_json, "github": github, "gitlab": gitlab}

