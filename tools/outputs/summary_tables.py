"""A summary's sections as tables (title, header, rows, notes) in the user's language, with
each unit named so that no two rows read alike: what every text format prints."""

from __future__ import annotations

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


def show(value: Any) -> str:
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
            params[key] = show(value)
    if params.get("level") in CATALOGS[lang].SUMMARY:  # a level code, said as a word
        params["level"] = CATALOGS[lang].SUMMARY[params["level"]].lower()
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
    """Every section as a table, in the user's language."""
    shown = Shown(CATALOGS[lang].SUMMARY, labels(summary), lang)
    return {name: build(summary, shown) for name, build in SECTIONS.items()}


class Shown:
    """What the tables are written with: the catalog's words and each unit's label."""

    def __init__(self, words: dict[str, str], label: dict[str, str], lang: str) -> None:
        self.t, self.label, self.lang = words, label, lang

    def unit(self, path: str, name: str) -> str:
        return self.label.get(path, name)

    def key_value(self) -> list[str]:
        return [self.t["item"], self.t["value"]]


def _structure(summary: dict[str, Any], s: Shown) -> Table:
    names = {"cells": "cells_total", "members": "members_total"}
    return (s.t["structure"].format(end=summary["period"]["to"]), s.key_value(),
            [[s.t[names.get(k, k)], v] for k, v in summary["structure"].items()], [])


def _committees(summary: dict[str, Any], s: Shown) -> Table:
    t = s.t
    return (t["committees"], [
        t["unit"], t["col_organizations"], t["col_cells"], t["col_members"],
        t["col_village_cells"], t["col_heads_pct"], t["col_regular_pct"],
        t["col_thematic_pct"], t["col_attendance_pct"]], [
        [s.unit(c["path"], c["name"]), c["structure"]["grassroots_organizations"],
         c["structure"]["cells"],
         c["structure"]["members"], c["structure"]["village_cells"],
         c["structure"]["village_secretaries_heads_pct"],
         c["meetings"]["regular_compliance_pct"], c["meetings"]["thematic_compliance_pct"],
         c["attendance"]["rate_pct"]] for c in summary["committees"]], [])


def _cells(summary: dict[str, Any], s: Shown) -> Table:
    t = s.t
    return (t["cells"], [
        t["cell"], t["col_members"], t["col_regular"], t["col_thematic"],
        t["col_attendance_pct"], t["col_unexcused"], t["col_visits"], t["col_findings"]], [
        [s.unit(c["path"], c["name"]), c["members"],
         _ratio(c["months_with_regular"], c["months_required"]),
         _ratio(c["quarters_with_thematic"], c["quarters_required"]), c["attendance_pct"],
         c["unexcused_absences"], c["visits"], c["findings"]] for c in summary["cells"]], [])


def _meetings(summary: dict[str, Any], s: Shown) -> Table:
    t, m = s.t, summary["meetings"]
    return (t["meetings"], s.key_value(), [
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


def _attendance(summary: dict[str, Any], s: Shown) -> Table:
    return (s.t["attendance"], s.key_value(),
            [[s.t[k], v] for k, v in summary["attendance"].items()], [])


def _members(summary: dict[str, Any], s: Shown) -> Table:
    t, people = s.t, summary["members"]
    return (t["members"], [t["cell"], t["member"], t["reason"], t["finding"]], [
        [s.unit(f["cell"], f["cell_name"]), f["params"].get("name") or f["params"]["member"],
         t[reason], finding_text(f, s.lang)]
        for section, reason in MEMBER_REASONS.items() for f in people[section]], [])


def _visits(summary: dict[str, Any], s: Shown) -> Table:
    t = s.t
    by_level = sorted(summary["visits"]["by_level"].items(), key=lambda i: level_rank(i[0]))
    return (t["visits"], [t["level"], t["count"]], [
        [t.get(level, level), count] for level, count in by_level], [
        [t["never_visited"], s.label.get(path, path)]
        for path in summary["visits"]["cells_never_visited"]])


def _decisions(summary: dict[str, Any], s: Shown) -> Table:
    d = summary["decisions"]
    return (s.t["decisions"], s.key_value(), [[s.t["decisions"], d["decisions"]],
                                              [s.t["adopted"], d["adopted"]]], [])


def _ratings(summary: dict[str, Any], s: Shown) -> Table:
    t = s.t
    return (t["ratings"], [t["year"], t["rating"], t["count"]], [
        [year, t.get(level, level), count] for year, levels in summary["ratings"].items()
        for level, count in levels.items()], [])


def _data_quality(summary: dict[str, Any], s: Shown) -> Table:
    t, q = s.t, summary["data_quality"]
    return (t["data_quality"], s.key_value(), [
        [t["files_checked"], q["files_checked"]], [t["errors"], q["errors"]],
        [t["warnings"], q["warnings"]]], [
        [t["file_with_errors"], f"{f['path']} ({', '.join(f['codes'])})"]
        for f in q["files_with_errors"]] + [
        [t["file_partly_counted"],
         f"{f['path']} ({', '.join(t['left_' + part] for part in f['left_out'])})"]
        for f in q["files_partly_counted"]])


def _findings(summary: dict[str, Any], s: Shown) -> Table:
    t = s.t
    return (t["findings"], [t["code"], t["cell"], t["finding"]], [
        [f["code"], s.unit(f["cell"], f["cell_name"]), finding_text(f, s.lang)]
        for f in summary["findings"]], [])


SECTIONS: dict[str, Callable[[dict[str, Any], Shown], Table]] = {
    "structure": _structure, "committees": _committees, "cells": _cells,
    "meetings": _meetings, "attendance": _attendance, "members": _members,
    "visits": _visits, "decisions": _decisions, "ratings": _ratings,
    "data_quality": _data_quality, "findings": _findings}
TABLES = tuple(SECTIONS)
