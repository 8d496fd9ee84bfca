"""The summary as one self-contained HTML file: inline CSS and SVG, no script, no network;
prints on A4 landscape. Every chart carries its numbers (a letter or a value on the chart, a
`<title>` tooltip, and a table), so colour is never the only way to read it."""

from __future__ import annotations

from html import escape
from typing import Any

from tools.messages import CATALOGS
from tools.outputs.papers.figures import CellRow, Figures, headline, show
from tools.outputs.summary_tables import MEMBER_REASONS, finding_text, tables

COLOURS = {"regular": "#2166ac", "combined": "#67a9cf", "missing": "#e08214",
           "absent": "#eeeeee", "held": "#2166ac"}
INK = {"regular": "#ffffff", "combined": "#08306b", "missing": "#ffffff", "absent": "#777777",
       "held": "#ffffff"}
SQUARE, GAP, LABEL = 26, 3, 330

CSS = """
@page { size: A4 landscape; margin: 12mm; }
* { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
h2 { break-after: avoid; }
body { font-family: "Liberation Sans", Arial, sans-serif; font-size: 13px; color: #111;
       margin: 16px; }
h1 { font-size: 20px; margin: 0 0 4px; } h2 { font-size: 16px; margin: 22px 0 6px;
     border-bottom: 1px solid #999; }
p.note { color: #333; max-width: 60em; }
.cards { display: flex; flex-wrap: wrap; gap: 8px; margin: 0; }
.cards div { border: 1px solid #999; border-radius: 4px; padding: 6px 10px; flex: 1 1 7em; }
.cards dt { font-size: 12px; color: #333; } .cards dd { margin: 0; font-size: 20px;
            font-weight: bold; } .cards small { font-size: 13px; font-weight: normal; }
table { border-collapse: collapse; margin: 6px 0; } th, td { border: 1px solid #bbb;
        padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #f0f0f0; } td.n { text-align: right; }
thead { display: table-header-group; } tr { break-inside: avoid; }
td.state { text-align: center; font-weight: bold; }
.legend span { display: inline-block; margin-right: 14px; }
.legend i { display: inline-block; width: 14px; height: 14px; vertical-align: middle;
            margin-right: 4px; border: 1px solid #999; font-style: normal; font-size: 10px;
            text-align: center; line-height: 14px; }
svg { max-width: 100%; height: auto; } svg text { font-family: inherit; }
section { break-inside: avoid-page; } section.long { break-inside: auto; }
"""


def render(figures: Figures, lang: str) -> str:
    w, summary = CATALOGS[lang].PAPERS, figures.summary
    title = _title(summary, lang)
    parts = [
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        'style-src \'unsafe-inline\'; img-src data:">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<link rel="icon" href="data:,">\n<title>{escape(title)}</title>',
        f"<style>{CSS}</style>\n</head>\n<body>",
        f"<h1>{escape(title)}</h1>",
        f'<p class="note">{escape(w["generated"])}</p>',
        _headline(summary, lang),
        _heatmap(figures, lang),
        _quarters(figures, lang),
        _attendance(figures, lang),
        _meetings(summary, lang),
        _committees(figures, lang),
        _members(figures, lang),
        _findings(figures, lang),
        _quality(figures, lang),
        "</body>\n</html>\n"]
    return "\n".join(parts)


def _title(summary: dict[str, Any], lang: str) -> str:
    t = CATALOGS[lang].SUMMARY
    name = summary["name"] or t["all_records"]
    return t["title"].format(who=f"{name} ({summary['unit']})", start=summary["period"]["from"],
                             end=summary["period"]["to"])


def _section(key: str, heading: str, body: str, long: bool = False) -> str:
    kind = ' class="long"' if long else ""
    return f'<section id="{key}"{kind}>\n<h2>{escape(heading)}</h2>\n{body}\n</section>'


def _table(header: list[str], rows: list[list[Any]], numeric: set[int] = frozenset()) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = []
    for row in rows:
        cells = []
        for index, value in enumerate(row):
            raw = value if isinstance(value, _Raw) else escape(show(value))
            kind = ' class="n"' if index in numeric else ""
            cells.append(f"<td{kind}>{raw}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>\n" + "\n".join(body) + \
        "\n</tbody></table>"


class _Raw(str):
    """HTML already escaped (links)."""


def _links(figures: Figures, paths: list[str]) -> _Raw:
    return _Raw("<br>".join(f'<a href="{escape(figures.link(p))}">{escape(p)}</a>'
                            for p in paths))


def _headline(summary: dict[str, Any], lang: str) -> str:
    w = CATALOGS[lang].PAPERS
    cards = []
    for key, value, kind in headline(summary):
        count = ""
        if kind == "ratio":
            text = f"{show(value[2])}%" if value[2] is not None else "–"
            count = f" <small>({value[0]}/{value[1]})</small>"
        else:
            text = show(value) + ("%" if kind == "pct" and value is not None else "")
        cards.append(f'<div><dt>{escape(w[key])}</dt><dd data-key="{key}">{escape(text)}'
                     f"{count}</dd></div>")
    return _section("headline", w["headline"], '<dl class="cards">' + "".join(cards) + "</dl>")


def _legend(states: list[tuple[str, str]], lang: str) -> str:
    """(state, its words) in the order shown."""
    w = CATALOGS[lang].PAPERS
    items = []
    for state, words in states:
        mark = w.get(f"mark-{state}", "")
        items.append(f'<span><i style="background:{COLOURS[state]};color:{INK[state]}">'
                     f"{escape(mark)}</i>{escape(words)}</span>")
    return '<p class="legend">' + "".join(items) + "</p>"


def _label(text: str, limit: int = 44) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _heatmap(figures: Figures, lang: str) -> str:
    w = CATALOGS[lang].PAPERS
    months, rows = figures.months, figures.cells
    width = LABEL + len(months) * (SQUARE + GAP)
    height = 40 + len(rows) * (SQUARE + GAP)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="heatmap" width="{width}" '
           f'height="{height}" viewBox="0 0 {width} {height}" role="img" '
           f'aria-label="{escape(w["heatmap"])}">']
    for column, month in enumerate(months):
        x = LABEL + column * (SQUARE + GAP) + SQUARE / 2
        out.append(f'<text x="{x}" y="14" font-size="10" text-anchor="middle">{month[5:]}</text>'
                   f'<text x="{x}" y="28" font-size="10" text-anchor="middle">{month[2:4]}'
                   "</text>")
    for line, cell in enumerate(rows):
        y = 36 + line * (SQUARE + GAP)
        name = f"{cell.name} · {cell.parent}"
        out.append(f'<text x="{LABEL - 8}" y="{y + SQUARE / 2 + 4}" font-size="12" '
                   f'text-anchor="end">{escape(_label(cell.label))}<title>{escape(name)}</title>'
                   "</text>")
        for column, month in enumerate(months):
            out.append(_square(cell, month, LABEL + column * (SQUARE + GAP), y, lang))
    out.append("</svg>")
    note = f'<p class="note">{escape(w["heatmap-note"])}</p>'
    legend = _legend([(state, w[f"state-{state}"])
                      for state in ("regular", "combined", "missing", "absent")], lang)
    return _section("heatmap", w["heatmap"], note + legend + "\n".join(out) + _cell_table(
        figures, lang), long=True)


def _square(cell: CellRow, month: str, x: float, y: float, lang: str) -> str:
    w = CATALOGS[lang].PAPERS
    state = cell.months[month]
    tip = f"{cell.name} ({cell.parent}) · {month}: {w[f'state-{state}']}"
    mark = w.get(f"mark-{state}", "")
    return (f'<g class="month" data-cell="{escape(cell.path)}" data-month="{month}" '
            f'data-state="{state}"><title>{escape(tip)}</title>'
            f'<rect x="{x}" y="{y}" width="{SQUARE}" height="{SQUARE}" rx="3" '
            f'fill="{COLOURS[state]}" stroke="#999" stroke-width="0.5"/>'
            f'<text x="{x + SQUARE / 2}" y="{y + SQUARE / 2 + 4}" font-size="12" '
            f'text-anchor="middle" fill="{INK[state]}">{escape(mark)}</text></g>')


def _cell_table(figures: Figures, lang: str) -> str:
    t, w = CATALOGS[lang].SUMMARY, CATALOGS[lang].PAPERS
    rows = [[c.label, c.parent, c.facts.get("months_with_regular"),
             c.facts.get("months_required"), c.facts.get("quarters_with_thematic"),
             c.facts.get("quarters_required"), c.attendance_pct] for c in figures.cells]
    return _table([t["cell"], w["parent"], w["months-held"], w["months-required"],
                   w["quarters-held"], w["quarters-required"], w["attendance-pct"] + " (%)"],
                  rows, {2, 3, 4, 5, 6})


def _quarters(figures: Figures, lang: str) -> str:
    t, w = CATALOGS[lang].SUMMARY, CATALOGS[lang].PAPERS
    head = "".join(f"<th>{q}</th>" for q in figures.quarters)
    body = []
    for cell in figures.cells:
        marks = []
        for quarter in figures.quarters:
            state = cell.quarters[quarter]
            words = w[f"quarter-{state}"] if state != "absent" else w["state-absent"]
            marks.append(f'<td class="state" data-quarter="{quarter}" data-state="{state}" '
                         f'style="background:{COLOURS[state]};color:{INK[state]}" '
                         f'title="{escape(words)}">{escape(w.get(f"mark-{state}", ""))}</td>')
        body.append(f"<tr><td>{escape(cell.label)}</td><td>{escape(cell.parent)}</td>"
                    + "".join(marks) + "</tr>")
    table = (f"<table><thead><tr><th>{escape(t['cell'])}</th><th>{escape(w['parent'])}</th>"
             f"{head}</tr></thead><tbody>\n" + "\n".join(body) + "\n</tbody></table>")
    legend = _legend([("held", w["quarter-held"]), ("missing", w["quarter-missing"]),
                      ("absent", w["state-absent"])], lang)
    return _section("quarters", w["quarters"], legend + table)


def _attendance(figures: Figures, lang: str) -> str:
    w = CATALOGS[lang].PAPERS
    bar, rows = 420, figures.cells
    width, height = LABEL + bar + 90, 16 + len(rows) * 22
    target_x = LABEL + bar * figures.target_pct / 100
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="attendance" width="{width}" '
           f'height="{height}" viewBox="0 0 {width} {height}" role="img" '
           f'aria-label="{escape(w["attendance-bars"].format(target=show(figures.target_pct)))}">']
    for line, cell in enumerate(rows):
        y, pct = 8 + line * 22, cell.attendance_pct
        tip = (f"{cell.label}: {show(pct)}% ({cell.facts.get('present', 0)}/"
               f"{cell.facts.get('expected', 0)}); {w['target']} {show(figures.target_pct)}%")
        fill = COLOURS["missing"] if pct is not None and pct < figures.target_pct \
            else COLOURS["regular"]
        length = bar * (pct or 0) / 100
        out.append(f'<g class="bar" data-cell="{escape(cell.path)}" data-pct="{show(pct)}">'
                   f"<title>{escape(tip)}</title>"
                   f'<text x="{LABEL - 8}" y="{y + 13}" font-size="12" text-anchor="end">'
                   f"{escape(_label(cell.label))}</text>"
                   f'<rect x="{LABEL}" y="{y}" width="{length:.1f}" height="16" fill="{fill}"/>'
                   f'<text x="{LABEL + length + 6:.1f}" y="{y + 13}" font-size="12">'
                   f"{escape(show(pct))}%</text></g>")
    out.append(f'<line x1="{target_x:.1f}" y1="0" x2="{target_x:.1f}" y2="{height}" '
               f'stroke="#111" stroke-dasharray="4 3"><title>{escape(w["target"])} '
               f"{show(figures.target_pct)}%</title></line></svg>")
    heading = w["attendance-bars"].format(target=show(figures.target_pct))
    return _section("attendance", heading, "\n".join(out), long=True)


def _committees(figures: Figures, lang: str) -> str:
    t = CATALOGS[lang].SUMMARY
    rows = [[figures.unit(c["path"], c["name"]), c["structure"]["cells"],
             c["structure"]["members"], c["meetings"]["regular_compliance_pct"],
             c["meetings"]["thematic_compliance_pct"], c["attendance"]["rate_pct"]]
            for c in figures.summary["committees"]]
    header = [t["unit"], t["col_cells"], t["col_members"], t["col_regular_pct"],
              t["col_thematic_pct"], t["col_attendance_pct"]]
    return _section("committees", t["committees"], _table(header, rows, {1, 2, 3, 4, 5}))


def _meetings(summary: dict[str, Any], lang: str) -> str:
    """The meetings as the text formats count them, cell committee meetings included."""
    title, header, rows, _ = tables(summary, lang)["meetings"]
    return _section("meetings", title, _table(header, rows, {1}))


def _members(figures: Figures, lang: str) -> str:
    """The members a cell must consider: the removal review, excused streaks, unexcused
    absences from thematic meetings and unpaid dues, each with the files behind it."""
    t = CATALOGS[lang].SUMMARY
    people = figures.summary["members"]
    rows = [[f["params"].get("name") or f["params"]["member"],
             figures.unit(f["cell"], f["cell_name"]), t[reason], finding_text(f, lang),
             _links(figures, f["files"])]
            for part, reason in MEMBER_REASONS.items() for f in people.get(part, [])]
    body = _table([t["member"], t["cell"], t["reason"], t["finding"],
                   CATALOGS[lang].PAPERS["files"]], rows) if rows \
        else f"<p>{escape(t['none'])}</p>"
    return _section("members", t["members"], body)


def _findings(figures: Figures, lang: str) -> str:
    t, w = CATALOGS[lang].SUMMARY, CATALOGS[lang].PAPERS
    rows = [[f["code"], figures.unit(f["cell"], f["cell_name"]), finding_text(f, lang),
             _links(figures, f["files"])] for f in figures.summary["findings"]]
    body = _table([t["code"], t["cell"], t["finding"], w["files"]], rows) \
        if rows else f"<p>{escape(t['none'])}</p>"
    return _section("findings", t["findings"], body, long=True)


def _quality(figures: Figures, lang: str) -> str:
    """The counts, the files with errors (their codes) and the minutes counted as held with
    some figures left out (which)."""
    t, w = CATALOGS[lang].SUMMARY, CATALOGS[lang].PAPERS
    q = figures.summary["data_quality"]
    counts = _table([t["item"], t["value"]], [[t["files_checked"], q["files_checked"]],
                                              [t["errors"], q["errors"]],
                                              [t["warnings"], q["warnings"]]], {1})
    rows = [[t["file_with_errors"], _links(figures, [f["path"]]), ", ".join(f["codes"])]
            for f in q["files_with_errors"]]
    rows += [[t["file_partly_counted"], _links(figures, [f["path"]]),
              ", ".join(t["left_" + part] for part in f["left_out"])]
             for f in q.get("files_partly_counted", [])]
    files = _table([t["item"], w["file"], w["detail"]], rows) if rows else ""
    return _section("data_quality", t["data_quality"], counts + files)
