"""The summary as a Word report a committee office can edit and send, in the layout of the
printed minutes (Hướng dẫn 36-HD/VPTW): headline figures, the committees, the cells, the
members to consider and the findings."""

from __future__ import annotations

import datetime as dt
from typing import IO, Any

from docx.shared import Pt

from tools.messages import CATALOGS
from tools.outputs.papers import layout
from tools.outputs.papers.figures import Figures, headline, show
from tools.outputs.papers.words import locality, place_date
from tools.outputs.summary_tables import MEMBER_REASONS, finding_text, tables

NUMERALS = ("I", "II", "III", "IV", "V", "VI", "VII")


def write(figures: Figures, lang: str, today: dt.date, stream: IO[bytes]) -> None:
    t, w, summary = CATALOGS[lang].SUMMARY, CATALOGS[lang].PAPERS, figures.summary
    document = layout.new_document()
    top = next((u for u in summary["facts"]["units"] if u["path"] == summary["unit"]), {})
    chain = [*figures.above, top]
    layout.header(document, figures.above[-1].get("name") if figures.above else None,
                  summary["name"] or t["all_records"], place_date(locality(chain), today, lang),
                  w["party"])
    period = summary["period"]
    layout.title(document, w["report"], w["report-subject"].format(
        start=_short(period["from"]), end=_short(period["to"])))
    parts = [(w["headline"], _headline), (t["meetings"], _meetings),
             (t["committees"], _committees),
             (t["cells"], _cells), (t["members"], _members),
             (t["findings"], _findings), (t["data_quality"], _quality)]
    for number, (heading, part) in enumerate(parts):
        document.add_paragraph(f"{NUMERALS[number]}. {heading.upper()}", style="Heading 1")
        part(document, figures, lang)
    layout.keep_with_next(document.paragraphs[-1:])  # the signer never alone on a page
    layout.recipients_and_signature(document, w["recipients"], [w["recipients-file"]],
                                    w["prepared-by"], w["sign-note"])
    document.core_properties.title = f"{w['report']} {summary['name'] or ''}".strip()
    document.save(stream)


def _short(day: str) -> str:
    value = dt.date.fromisoformat(day)
    return f"{value.day:02d}/{value.month:02d}/{value.year}"


def _percent(value: Any) -> str:
    return "–" if value is None else f"{show(value)}%"


def _headline(document: Any, figures: Figures, lang: str) -> None:
    t, w = CATALOGS[lang].SUMMARY, CATALOGS[lang].PAPERS
    rows = []
    for key, value, kind in headline(figures.summary):
        if kind == "ratio":
            rows.append([w[key], f"{value[0]}/{value[1]} ({_percent(value[2])})"])
        else:
            rows.append([w[key], _percent(value) if kind == "pct" else show(value)])
    layout.grid(document, [t["item"], t["value"]], rows, [3, 2])


def _meetings(document: Any, figures: Figures, lang: str) -> None:
    """The meetings as the text formats count them, cell committee meetings included."""
    _, header, rows, _ = tables(figures.summary, lang)["meetings"]
    layout.grid(document, header, [[show(value) for value in row] for row in rows], [3, 2],
                frozenset({1}))


def _committees(document: Any, figures: Figures, lang: str) -> None:
    t = CATALOGS[lang].SUMMARY
    rows = [[figures.unit(c["path"], c["name"]), c["structure"]["cells"],
             c["structure"]["members"],
             _percent(c["meetings"]["regular_compliance_pct"]),
             _percent(c["meetings"]["thematic_compliance_pct"]),
             _percent(c["attendance"]["rate_pct"])] for c in figures.summary["committees"]]
    layout.grid(document, [t["unit"], t["col_cells"], t["col_members"], t["col_regular_pct"],
                           t["col_thematic_pct"], t["col_attendance_pct"]], rows,
                [4, 1, 1.2, 1.5, 1.5, 1.5], frozenset(range(1, 6)))


def _cells(document: Any, figures: Figures, lang: str) -> None:
    t, w = CATALOGS[lang].SUMMARY, CATALOGS[lang].PAPERS
    rows = [[c.label, c.parent,
             f"{c.facts.get('months_with_regular')}/{c.facts.get('months_required')}",
             f"{c.facts.get('quarters_with_thematic')}/{c.facts.get('quarters_required')}",
             _percent(c.attendance_pct)] for c in figures.cells]
    layout.grid(document, [t["cell"], w["parent"], t["col_regular"], t["col_thematic"],
                           t["col_attendance_pct"]], rows, [3.2, 3.2, 1.4, 1.3, 1.3],
                frozenset(range(2, 5)))


def _line(document: Any, text: str) -> None:
    layout.paragraph(document, f"- {text}", indent=True, after=3)


def _members(document: Any, figures: Figures, lang: str) -> None:
    """The removal review, excused streaks, unexcused absences from thematic meetings and
    unpaid dues: one line each, the cell named as the text formats name it."""
    people = figures.summary["members"]
    found = [f for part in MEMBER_REASONS for f in people.get(part, [])]
    _findings_lines(document, figures, found, lang)


def _findings(document: Any, figures: Figures, lang: str) -> None:
    _findings_lines(document, figures, figures.summary["findings"], lang)


def _findings_lines(document: Any, figures: Figures, found: list[dict[str, Any]],
                    lang: str) -> None:
    if not found:
        layout.paragraph(document, CATALOGS[lang].SUMMARY["none"], indent=True)
    for item in found:
        _line(document, f"{figures.unit(item['cell'], item['cell_name'])}: "
                        f"{finding_text(item, lang)}")


def _quality(document: Any, figures: Figures, lang: str) -> None:
    """The counts, then each file with errors and each minutes counted as held with figures
    left out, in the words of the text formats."""
    _, _, rows, notes = tables(figures.summary, lang)["data_quality"]
    layout.paragraph(document, "; ".join(f"{label}: {value}" for label, value in rows) + ".",
                     indent=True)
    for label, value in notes:
        paragraph = layout.paragraph(document, f"- {label}: {value}", align="left",
                                     indent=True)  # a long path is no word to justify
        paragraph.runs[0].font.size = Pt(12)
