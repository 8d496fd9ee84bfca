"""Summaries for people: the same tables as aligned text, Markdown or CSV; or the JSON."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from typing import Any

from tools.messages import CATALOGS
from tools.outputs.summary_tables import TABLES, show, tables


def _title(summary: dict[str, Any], lang: str) -> str:
    name = summary["name"] or CATALOGS[lang].SUMMARY["all_records"]
    who = f"{name} ({summary['unit']})"
    period = summary["period"]
    return CATALOGS[lang].SUMMARY["title"].format(who=who, start=period["from"],
                                                  end=period["to"])


def _aligned(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(row: list[str]) -> str:
        cells = [c.rjust(w) if i and _numeric(c) else c.ljust(w)
                 for i, (c, w) in enumerate(zip(row, widths, strict=True))]
        return "  " + "  ".join(cells).rstrip()

    return [line(header), "  " + "  ".join("-" * w for w in widths), *map(line, rows)]


def _numeric(text: str) -> bool:
    return text.replace(".", "", 1).replace("/", "", 1).replace("–", "").isdigit() or text == "–"


def as_table(summary: dict[str, Any], lang: str, sections: tuple[str, ...]) -> str:
    lines = [_title(summary, lang)]
    built = tables(summary, lang)
    for name in sections:
        title, header, rows, notes = built[name]
        lines += ["", title, "=" * len(title)]
        shown = [[show(v) for v in row] for row in rows]
        if shown:
            lines += _aligned(header, shown)
        elif not notes:
            lines.append("  " + CATALOGS[lang].SUMMARY["none"])
        lines += [f"  {label}: {show(value)}" for label, value in notes]
    return "\n".join(lines)


def as_markdown(summary: dict[str, Any], lang: str, sections: tuple[str, ...]) -> str:
    lines = [f"# {_title(summary, lang)}"]
    built = tables(summary, lang)
    for name in sections:
        title, header, rows, notes = built[name]
        lines += ["", f"## {title}", ""]
        if rows:
            lines.append("| " + " | ".join(header) + " |")
            lines.append("|" + "|".join("---" for _ in header) + "|")
            lines += ["| " + " | ".join(show(v).replace("|", "\\|") for v in row) + " |"
                      for row in rows]
        elif not notes:
            lines.append(CATALOGS[lang].SUMMARY["none"])
        lines += [f"- {label}: {show(value)}" for label, value in notes]
    return "\n".join(lines)


def as_csv(summary: dict[str, Any], lang: str, sections: tuple[str, ...]) -> str:
    """One table per section, each row labelled with its section's title, after a UTF-8
    byte-order mark: Excel then reads the Vietnamese as UTF-8, and a filtered or sorted
    sheet still says which table each row came from."""
    blocks = []
    built = tables(summary, lang)
    section = CATALOGS[lang].SUMMARY["section"]
    for name in sections:
        title, header, rows, notes = built[name]
        rows = rows + [note + [""] * (len(header) - 2) for note in notes]
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow([section, *header])
        writer.writerows([[title, *("" if v is None else v for v in row)] for row in rows])
        blocks.append(buffer.getvalue())
    return "\ufeff" + "\n".join(blocks).rstrip("\n")


def as_json(summary: dict[str, Any], lang: str, sections: tuple[str, ...]) -> str:
    if sections != TABLES:
        summary = {k: v for k, v in summary.items()
                   if k in sections or k in ("format", "unit", "name", "period")}
    return json.dumps(summary, ensure_ascii=False, indent=2)


SUMMARY_REPORTERS: dict[str, Callable[[dict[str, Any], str, tuple[str, ...]], str]] = {
    "table": as_table, "markdown": as_markdown, "csv": as_csv, "json": as_json}
