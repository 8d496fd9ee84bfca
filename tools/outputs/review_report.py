"""A review as Markdown (a merge-request comment), plain text, or JSON."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from tools.messages import CATALOGS, message, word
from tools.problems import Problem
from tools.workflow.review import Entry, Review


def _label(lang: str, role: str, key: str) -> str:
    return CATALOGS[lang].FIELDS.get(f"{role}.{key}", key)


def _show(value: Any, t: dict[str, str]) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return t["yes"] if value else t["no"]
    if isinstance(value, dict) and {"for", "against", "abstain"} <= set(value):
        return "–".join(str(value[k]) for k in ("for", "against", "abstain"))
    if isinstance(value, list):
        return ", ".join(_show(item, t) for item in value)
    return str(value)


def describe_change(change: dict[str, Any], lang: str, role: str = "minutes") -> str:
    t = CATALOGS[lang].REVIEW
    name = change["field"]
    if name in ("member-added", "member-removed"):
        return t[name].format(member=change["member"])
    if name == "member-field":
        return t[name].format(member=change["member"],
                              label=_label(lang, "members", change["key"]),
                              before=_show(change["before"], t), after=_show(change["after"], t))
    if name == "corrections":
        return f"{_label(lang, 'minutes', 'corrections')}: " + "; ".join(
            f"{c.get('date')} \"{c.get('reason')}\"" for c in change["added"])
    if name == "format-only":
        return t["format-only"]
    if name == "body":
        label = _label(lang, "minutes", "body")
        if not change["words"]:
            return t["body-spacing"].format(label=label)
        return t["body"].format(label=label, before=change["before"], after=change["after"])
    if name in ("decision-added", "decision-removed"):
        return t[name].format(decision=change["decision"], votes=_show(change["votes"], t))
    if name.startswith("decisions."):
        return t["decision-field"].format(label=_label(lang, role, name),
                                          decision=change["decision"],
                                          before=_show(change["before"], t),
                                          after=_show(change["after"], t))
    text = t["field"].format(label=_label(lang, role, name), before=_show(change["before"], t),
                             after=_show(change["after"], t))
    extra = [f"+{who}" for who in change.get("added", [])]
    extra += [f"-{who}" for who in change.get("removed", [])]
    return text + (f" ({', '.join(extra)})" if extra else "")


def describe_entry(entry: Entry, lang: str) -> str:
    t = CATALOGS[lang].REVIEW
    parts = []
    facts = entry.facts
    if facts:
        parts.append(t["meeting"].format(
            kind=word(facts["kind"], lang) if facts["kind"] in CATALOGS[lang].WORDS
            else facts["kind"], date=facts["date"], present=facts["present"],
            absent_excused=facts["absent_excused"], absent_unexcused=facts["absent_unexcused"]))
        if facts["guests"]:
            parts.append(t["guests"].format(count=facts["guests"]))
        for decision in facts["decisions"]:
            votes = decision["votes"]
            shown = t["votes"].format(**{k: votes.get(k) for k in ("for", "against", "abstain")}) \
                if isinstance(votes, dict) else "–"
            adopted = {True: t["adopted"], False: t["rejected"]}.get(decision["adopted"], "")
            parts.append(t["decision"].format(text=decision["text"], votes=shown,
                                              adopted=adopted))
    parts += [describe_change(change, lang, entry.role) for change in entry.changes]
    return "; ".join(parts)


_MARKUP = re.compile(r"([\\`*_\[\]<>#|~&])")  # what starts markup in a line of text
_BREAKS = re.compile(r"[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]+")


def _line(value: str) -> str:
    """A record's value on one line: a line break in it can never start a line of the report
    (a heading, a "no errors" section)."""
    return _BREAKS.sub(" ", value)


def _md(value: str) -> str:
    """A value as Markdown text that renders as itself: no link, emphasis, HTML or table."""
    return _MARKUP.sub(r"\\\1", _line(value))


def _code(value: str) -> str:
    """A path as a Markdown code span, whatever backticks or line breaks it holds."""
    value = _BREAKS.sub(lambda m: repr(m.group())[1:-1], value)
    fence = "`" * (max((len(run) for run in re.findall("`+", value)), default=0) + 1)
    return f"{fence} {value} {fence}" if value.startswith("`") or value.endswith("`") \
        else f"{fence}{value}{fence}"


def _problem_line(item: Problem, lang: str, markdown: bool) -> str:
    text, fix = message(item.code, item.params, lang)
    where = item.path if item.line is None else f"{item.path}:{item.line}"
    if markdown:
        return f"- {_code(where)} **{item.code}**: {_md(text)} {_md(fix)}"
    return f"  {_line(where)}: {word(item.severity, lang)} {item.code} {_line(text)}\n" \
           f"      {_line(fix)}"


def _lines(result: Review, lang: str, markdown: bool) -> list[str]:
    t = CATALOGS[lang].REVIEW
    head = result.head or t["worktree"]
    shown = _md if markdown else _line
    title = t["title"].format(base=shown(result.base), head=shown(head))
    out = [f"## {title}" if markdown else title]
    problems = [*result.problems, *result.validation.problems]
    for severity, heading in (("error", "blocking"), ("warning", "advice")):
        chosen = [p for p in problems if p.severity == severity]
        out += ["", f"### {t[heading]}" if markdown else t[heading]]
        out += [_problem_line(p, lang, markdown) for p in chosen] or [t["none"]]
    if not result.entries:
        return [*out, "", t["nothing"]]
    for status in ("added", "changed", "deleted"):
        entries = [e for e in result.entries if e.status == status]
        if not entries:
            continue
        out += ["", f"### {t[status]} ({len(entries)})" if markdown
                else f"{t[status]} ({len(entries)})"]
        for entry in entries:
            who = f"{shown(str(entry.cell))}, " if entry.cell else ""
            details = shown(describe_entry(entry, lang))
            line = f"{who}{t[entry.role]}: {_code(entry.path)}" if markdown \
                else f"{who}{t[entry.role]}: {_line(entry.path)}"
            out.append(f"- {line}" + (f" — {details}" if details else "") if markdown
                       else f"  {line}" + (f"\n      {details}" if details else ""))
    warnings = sum(1 for p in problems if p.severity == "warning")
    out += ["", t["summary"].format(entries=len(result.entries), errors=result.errors,
                                    warnings=warnings)]
    return out


def as_text(result: Review, lang: str) -> str:
    return "\n".join(_lines(result, lang, markdown=False))


def as_markdown(result: Review, lang: str) -> str:
    return "\n".join(_lines(result, lang, markdown=True))


def as_json(result: Review, lang: str) -> str:
    def problem_json(item: Problem) -> dict[str, Any]:
        text, fix = message(item.code, item.params, lang)
        return {"code": item.code, "severity": item.severity, "path": item.path,
                "line": item.line, "column": item.column, "message": text, "fix": fix,
                "params": item.params}

    problems = [*result.problems, *result.validation.problems]
    document = {
        "base": result.base, "head": result.head, "ok": result.errors == 0,
        "entries": [{"status": e.status, "path": e.path, "role": e.role, "cell": e.cell,
                     "facts": e.facts, "changes": e.changes,
                     "description": describe_entry(e, lang)} for e in result.entries],
        "blocking": [problem_json(p) for p in problems if p.severity == "error"],
        "advice": [problem_json(p) for p in problems if p.severity == "warning"]}
    return json.dumps(document, ensure_ascii=False, indent=2, default=str)


REVIEW_REPORTERS: dict[str, Callable[[Review, str], str]] = {
    "text": as_text, "markdown": as_markdown, "json": as_json}
