"""The summary's sections as typed tables, for the spreadsheet and the Word report: each column
says whether it holds text, whole numbers or percentages, so numbers stay numbers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tools.messages import CATALOGS
from tools.outputs.papers.figures import Figures, headline
from tools.outputs.summary_tables import MEMBER_REASONS, finding_text, tables

TEXT, INT, NUM, PCT = "text", "int", "number", "pct"  # PCT values are in percent (93.53)


@dataclass
class Section:
    key: str  # the sheet's name in the catalog: sheet-<key>
    header: list[str]
    kinds: list[str]
    rows: list[list[Any]]
    identity: int = 1  # the leading columns that say what a row is (frozen in the sheet)
    row_kinds: list[str] | None = None  # label-value sections: each value's own kind
    states: list[list[str]] | None = None  # month and quarter grids: each mark's state

    def kind(self, row: int, column: int) -> str:
        if self.row_kinds is not None and column == 1:
            return self.row_kinds[row]
        return self.kinds[column]


def sections(figures: Figures, lang: str) -> list[Section]:
    return [_headline(figures, lang), _key_values(figures, lang, "structure"),
            _committees(figures, lang), _cells(figures, lang), _months(figures, lang),
            _quarters(figures, lang), _meetings(figures, lang),
            _key_values(figures, lang, "attendance"), _members(figures, lang),
            _visits(figures, lang), _decisions(figures, lang), _ratings(figures, lang),
            _quality(figures, lang), _findings(figures, lang)]


def _item_header(lang: str) -> list[str]:
    t = CATALOGS[lang].SUMMARY
    return [t["item"], t["value"]]


def _headline(figures: Figures, lang: str) -> Section:
    w = CATALOGS[lang].PAPERS
    rows = []
    for key, value, kind in headline(figures.summary):
        if kind == "ratio":
            rows.append([w[key] + " (%)", value[2], PCT])
        else:
            rows.append([w[key], value, kind])
    return _mixed("headline", lang, rows)


def _mixed(key: str, lang: str, rows: list[list[Any]]) -> Section:
    """Label-value rows whose values differ in kind: the kind rides along in the row."""
    return Section(key, _item_header(lang), [TEXT, INT], [r[:2] for r in rows],
                   row_kinds=[r[2] for r in rows])


_NAMES = {"cells": "cells_total", "members": "members_total"}


def _key_values(figures: Figures, lang: str, part: str) -> Section:
    t = CATALOGS[lang].SUMMARY
    rows = [[t[_NAMES.get(key, key)], value, PCT if key.endswith("_pct") else INT]
            for key, value in figures.summary[part].items()]
    return _mixed(part, lang, rows)


def _meetings(figures: Figures, lang: str) -> Section:
    t, m = CATALOGS[lang].SUMMARY, figures.summary["meetings"]
    rows = [[t["meetings_total"], m["meetings"], INT],
            *[[t[kind], count, INT] for kind, count in m["by_kind"].items()],
            [t["combined"], m["combined"], INT],
            [t["regular_months"], m["months_with_regular"], INT],
            [CATALOGS[lang].PAPERS["months-required"], m["months_required"], INT],
            [t["regular_compliance_pct"], m["regular_compliance_pct"], PCT],
            [t["thematic_quarters"], m["quarters_with_thematic"], INT],
            [CATALOGS[lang].PAPERS["quarters-required"], m["quarters_required"], INT],
            [t["thematic_compliance_pct"], m["thematic_compliance_pct"], PCT],
            [t["committee_months"], m.get("months_with_committee"), INT],
            [CATALOGS[lang].PAPERS["committee-months-required"],
             m.get("committee_months_required"), INT],
            [t["committee_compliance_pct"], m.get("committee_compliance_pct"), PCT],
            [t["average_minutes"], m["average_minutes"], NUM]]
    return _mixed("meetings", lang, rows)


def _committees(figures: Figures, lang: str) -> Section:
    t = CATALOGS[lang].SUMMARY
    rows = [[c["name"], c["path"], c["structure"]["grassroots_organizations"],
             c["structure"]["cells"], c["structure"]["members"],
             c["structure"]["village_cells"], c["structure"]["village_secretaries_heads_pct"],
             c["meetings"]["regular_compliance_pct"], c["meetings"]["thematic_compliance_pct"],
             c["attendance"]["rate_pct"]] for c in figures.summary["committees"]]
    header = [t["unit"], CATALOGS[lang].PAPERS["path"], t["col_organizations"], t["col_cells"],
              t["col_members"], t["col_village_cells"], t["col_heads_pct"],
              t["col_regular_pct"], t["col_thematic_pct"], t["col_attendance_pct"]]
    return Section("committees", header, [TEXT, TEXT, INT, INT, INT, INT, PCT, PCT, PCT, PCT],
                   rows)


def _who(lang: str) -> list[str]:
    t, w = CATALOGS[lang].SUMMARY, CATALOGS[lang].PAPERS
    return [w["parent"], t["cell"], w["path"]]


def _cells(figures: Figures, lang: str) -> Section:
    t, w = CATALOGS[lang].SUMMARY, CATALOGS[lang].PAPERS
    rows = [[c.parent, c.name, c.path, c.facts.get("members"), c.facts.get("months_with_regular"),
             c.facts.get("months_required"), c.facts.get("quarters_with_thematic"),
             c.facts.get("quarters_required"), c.facts.get("expected"), c.facts.get("present"),
             c.attendance_pct, c.facts.get("unexcused_absences"),
             sum((c.facts.get("visits") or {}).values()), len(c.facts.get("findings") or [])]
            for c in figures.cells]
    header = [*_who(lang), t["col_members"], w["months-held"], w["months-required"],
              w["quarters-held"], w["quarters-required"], w["expected"], w["present-count"],
              w["attendance-pct"], t["col_unexcused"], t["col_visits"], t["col_findings"]]
    return Section("cells", header, [TEXT] * 3 + [INT] * 7 + [PCT] + [INT] * 3, rows, 3)


def _months(figures: Figures, lang: str) -> Section:
    w = CATALOGS[lang].PAPERS
    rows = [[c.parent, c.name, c.path, *(w.get(f"mark-{c.months[m]}", "")
                                         for m in figures.months)] for c in figures.cells]
    return Section("months", [*_who(lang), *figures.months],
                   [TEXT] * (3 + len(figures.months)), rows, 3,
                   states=[[c.months[m] for m in figures.months] for c in figures.cells])


def _quarters(figures: Figures, lang: str) -> Section:
    w = CATALOGS[lang].PAPERS
    rows = [[c.parent, c.name, c.path, *(w.get(f"mark-{c.quarters[q]}", "")
                                         for q in figures.quarters)] for c in figures.cells]
    return Section("quarters", [*_who(lang), *figures.quarters],
                   [TEXT] * (3 + len(figures.quarters)), rows, 3,
                   states=[[c.quarters[q] for q in figures.quarters] for c in figures.cells])


def _members(figures: Figures, lang: str) -> Section:
    t, w = CATALOGS[lang].SUMMARY, CATALOGS[lang].PAPERS
    people = figures.summary["members"]
    parents = {c.path: c.parent for c in figures.cells}
    rows = [[parents.get(f["cell"], ""), f["cell_name"], f["cell"],
             f["params"].get("name") or f["params"]["member"], t[reason],
             finding_text(f, lang), "\n".join(f["files"])]
            for part, reason in MEMBER_REASONS.items() for f in people.get(part, [])]
    return Section("members", [*_who(lang), t["member"], t["reason"], t["finding"], w["files"]],
                   [TEXT] * 7, rows, 3)


def _visits(figures: Figures, lang: str) -> Section:
    t = CATALOGS[lang].SUMMARY
    names = {c.path: (c.parent, c.name) for c in figures.cells}
    visits = figures.summary["visits"]
    rows = [[t.get(level, level), count, ""] for level, count in visits["by_level"].items()]
    rows += [[t["never_visited"], None, " · ".join(names.get(path, ("", path))[::-1])]
             for path in visits["cells_never_visited"]]
    return Section("visits", [t["level"], t["count"], t["cell"]], [TEXT, INT, TEXT], rows)


def _decisions(figures: Figures, lang: str) -> Section:
    t, d = CATALOGS[lang].SUMMARY, figures.summary["decisions"]
    return Section("decisions", _item_header(lang), [TEXT, INT],
                   [[t["decisions"], d["decisions"]], [t["adopted"], d["adopted"]]])


def _ratings(figures: Figures, lang: str) -> Section:
    t = CATALOGS[lang].SUMMARY
    rows = [[int(year), t.get(level, level), count]
            for year, levels in figures.summary["ratings"].items()
            for level, count in levels.items()]
    return Section("ratings", [t["year"], t["rating"], t["count"]], [INT, TEXT, INT], rows)


def _quality(figures: Figures, lang: str) -> Section:
    t, q = CATALOGS[lang].SUMMARY, figures.summary["data_quality"]
    rows = [[t["files_checked"], q["files_checked"], ""], [t["errors"], q["errors"], ""],
            [t["warnings"], q["warnings"], ""]]
    rows += [[label, None, value]
              for label, value in tables(figures.summary, lang)["data_quality"][3]]
    return Section("quality", [*_item_header(lang), CATALOGS[lang].PAPERS["file"]],
                   [TEXT, INT, TEXT], rows)


def _findings(figures: Figures, lang: str) -> Section:
    t, w = CATALOGS[lang].SUMMARY, CATALOGS[lang].PAPERS
    parents = {c.path: c.parent for c in figures.cells}
    rows = [[parents.get(f["cell"], ""), f["cell_name"], f["cell"], f["code"],
             finding_text(f, lang), "\n".join(f["files"])]
            for f in figures.summary["findings"]]
    return Section("findings", [*_who(lang), t["code"], t["finding"], w["files"]], [TEXT] * 6,
                   rows, 3)
