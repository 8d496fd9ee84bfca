"""Summaries for people: the same tables as aligned text, Markdown or CSV; or the JSON."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Callable
from typing import Any

from tools.messages import CATALOGS, render
from tools.reading.layout import level_rank

# title, header, rows, notes: [label, value] lines printed under the table
Table = tuple[str, list[str], list[list[Any]], list[list[Any]]]
# each list of the members section, with the label of its reason
MEMBER_REASONS = {"removal_review": "removal", "excused_streaks": "streak",
                  "thematic_absences": "thematic_absence", "dues_unpaid": "dues"}
TABLES = ("structure", "committees", "cells", "meetings", "attendance", "members", "visits",
          "decisions", "ratings", "data_quality", "findings")


def _show(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".") if value % 1 else f"{value:.0f}"
    return str(value)


def _ratio(part: int, whole: int) -> str:
    return f"{part}/{whole}"


def finding_text(finding: dict[str, Any], lang: str) -> str:
    params = dict(finding["params"])
    params["who"] = (f"{params['name']} ({params['member']})" if params.get("name")
                     else params.get("member", ""))
    for key, value in params.items():
        if isinstance(value, list):
            params[key] = ", ".join(map(str, value))
        elif isinstance(value, float):
            params[key] = _show(value)
    return render(CATALOGS[lang].FINDINGS[finding["code"]], params, lang)


def labels(summary: dict[str, Any]) -> dict[str, str]:
    """Each unit's name as the tables show it: with its parent's name where two units share a
    name (a district has many "Chi bộ thôn 1"), with its path if even that repeats."""
    units = {u["path"]: u["name"] for u in summary.get("facts", {}).get("units", [])}
    units.update({c["path"]: c["name"] for c in (*summary["cells"], *summary["committees"])})
    count = Counter(units.values())
    shown = {path: name if count[name] == 1 else
             f"{name} ({units.get(path.rsplit('/', 1)[0], path.rsplit('/', 1)[0])})"
             for path, name in units.items()}
    again = Counter(shown.values())
    return {path: label if again[label] == 1 else f"{units[path]} ({path})"
            for path, label in shown.items()}


def tables(summary: dict[str, Any], lang: str) -> dict[str, Table]:
    t = CATALOGS[lang].SUMMARY
    label = labels(summary)
    s, m, a = summary["structure"], summary["meetings"], summary["attendance"]
    key_value = [t["item"], t["value"]]
    names = {"cells": "cells_total", "members": "members_total"}
    out: dict[str, Table] = {}
    out["structure"] = (t["structure"].format(end=summary["period"]["to"]), key_value,
                        [[t[names.get(k, k)], v] for k, v in s.items()], [])
    out["committees"] = (t["committees"], [
        t["unit"], t["col_organizations"], t["col_cells"], t["col_members"],
        t["col_village_cells"], t["col_heads_pct"], t["col_regular_pct"],
        t["col_thematic_pct"], t["col_attendance_pct"]], [
        [label.get(c["path"], c["name"]), c["structure"]["grassroots_organizations"],
         c["structure"]["cells"],
         c["structure"]["members"], c["structure"]["village_cells"],
         c["structure"]["village_secretaries_heads_pct"],
         c["meetings"]["regular_compliance_pct"], c["meetings"]["thematic_compliance_pct"],
         c["attendance"]["rate_pct"]] for c in summary["committees"]], [])
    out["cells"] = (t["cells"], [
        t["cell"], t["col_members"], t["col_regular"], t["col_thematic"],
        t["col_attendance_pct"], t["col_unexcused"], t["col_visits"], t["col_findings"]], [
        [label.get(c["path"], c["name"]), c["members"],
         _ratio(c["months_with_regular"], c["months_required"]),
         _ratio(c["quarters_with_thematic"], c["quarters_required"]), c["attendance_pct"],
         c["unexcused_absences"], c["visits"], c["findings"]] for c in summary["cells"]], [])
    out["meetings"] = (t["meetings"], key_value, [
        [t["meetings_total"], m["meetings"]],
        *[[t[kind], count] for kind, count in m["by_kind"].items()],
        [t["combined"], m["combined"]],
        [t["regular_months"], _ratio(m["months_with_regular"], m["months_required"])],
        [t["regular_compliance_pct"], m["regular_compliance_pct"]],
        [t["thematic_quarters"], _ratio(m["quarters_with_thematic"], m["quarters_required"])],
        [t["thematic_compliance_pct"], m["thematic_compliance_pct"]],
        [t["committee_months"],
         _ratio(m["months_with_committee"], m["committee_months_required"])],
        [t["committee_compliance_pct"], m["committee_compliance_pct"]],
        [t["average_minutes"], m["average_minutes"]]], [])
    out["attendance"] = (t["attendance"], key_value, [[t[k], v] for k, v in a.items()], [])
    people = summary["members"]
    out["members"] = (t["members"], [t["cell"], t["member"], t["reason"], t["finding"]], [
        [label.get(f["cell"], f["cell_name"]), f["params"].get("name") or f["params"]["member"],
         t[reason], finding_text(f, lang)]
        for section, reason in MEMBER_REASONS.items() for f in people[section]], [])
    by_level = sorted(summary["visits"]["by_level"].items(), key=lambda i: level_rank(i[0]))
    out["visits"] = (t["visits"], [t["level"], t["count"]], [
        [t.get(level, level), count] for level, count in by_level], [
        [t["never_visited"], label.get(path, path)]
        for path in summary["visits"]["cells_never_visited"]])
    d = summary["decisions"]
    out["decisions"] = (t["decisions"], key_value, [[t["decisions"], d["decisions"]],
                                                    [t["adopted"], d["adopted"]]], [])
    out["ratings"] = (t["ratings"], [t["year"], t["rating"], t["count"]], [
        [year, t.get(level, level), count] for year, levels in summary["ratings"].items()
        for level, count in levels.items()], [])
    q = summary["data_quality"]
    out["data_quality"] = (t["data_quality"], key_value, [
        [t["files_checked"], q["files_checked"]], [t["errors"], q["errors"]],
        [t["warnings"], q["warnings"]]], [
        [t["file_with_errors"], f"{f['path']} ({', '.join(f['codes'])})"]
        for f in q["files_with_errors"]] + [
        [t["file_partly_counted"],
         f"{f['path']} ({', '.join(t['left_' + part] for part in f['left_out'])})"]
        for f in q["files_partly_counted"]])
    out["findings"] = (t["findings"], [t["code"], t["cell"], t["finding"]], [
        [f["code"], label.get(f["cell"], f["cell_name"]), finding_text(f, lang)]
        for f in summary["findings"]], [])
    return out


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
        shown = [[_show(v) for v in row] for row in rows]
        if shown:
            lines += _aligned(header, shown)
        elif not notes:
            lines.append("  " + CATALOGS[lang].SUMMARY["none"])
        lines += [f"  {label}: {_show(value)}" for label, value in notes]
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
            lines += ["| " + " | ".join(_show(v).replace("|", "\\|") for v in row) + " |"
                      for row in rows]
        elif not notes:
            lines.append(CATALOGS[lang].SUMMARY["none"])
        lines += [f"- {label}: {_show(value)}" for label, value in notes]
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
