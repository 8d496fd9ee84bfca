"""The summary as a spreadsheet (openpyxl): one sheet per section, headers in the reader's
language, numbers as numbers, percentages as percentages, header rows and the columns that
name a row frozen, each cell named with the committee it belongs to."""

from __future__ import annotations

import datetime as dt
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from tools.messages import CATALOGS
from tools.outputs.papers.figures import Figures
from tools.outputs.papers.html_report import COLOURS, INK
from tools.outputs.papers.sections import INT, NUM, PCT, Section, sections

FORMATS = {INT: "0", NUM: "0.0", PCT: "0.00%"}
HEADER_FILL = PatternFill("solid", fgColor="F0F0F0")


def write(figures: Figures, lang: str, today: dt.date, stream: IO[bytes]) -> None:
    book = Workbook()
    book.remove(book.active)
    for section in sections(figures, lang):
        _sheet(book, section, lang)
    book.properties.title = CATALOGS[lang].PAPERS["report-subject"].format(
        start=figures.summary["period"]["from"], end=figures.summary["period"]["to"])
    book.properties.created = dt.datetime.combine(today, dt.time())
    book.save(stream)


def _sheet(book: Workbook, section: Section, lang: str) -> None:
    sheet = book.create_sheet(CATALOGS[lang].PAPERS[f"sheet-{section.key}"][:31])
    sheet.append(section.header)
    for cell in sheet[1]:
        cell.font, cell.fill = Font(bold=True), HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for index, row in enumerate(section.rows):
        sheet.append([_value(value, section.kind(index, column))
                      for column, value in enumerate(row)])
        for column, cell in enumerate(sheet[sheet.max_row]):
            kind = section.kind(index, column)
            if kind in FORMATS:
                cell.number_format = FORMATS[kind]
            if isinstance(cell.value, str) and "\n" in cell.value:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    if section.states is not None:
        _colour(sheet, section)
    sheet.freeze_panes = sheet.cell(row=2, column=section.identity + 1 if section.identity > 1
                                    else 1)
    _widths(sheet, section)


def _value(value: Any, kind: str) -> Any:
    if value is None:
        return None
    return value / 100 if kind == PCT else value


def _colour(sheet: Any, section: Section) -> None:
    for index, states in enumerate(section.states or []):
        for offset, state in enumerate(states):
            cell = sheet.cell(row=index + 2, column=section.identity + offset + 1)
            cell.fill = PatternFill("solid", fgColor=COLOURS[state].lstrip("#"))
            cell.font = Font(bold=True, color=INK[state].lstrip("#"))
            cell.alignment = Alignment(horizontal="center")


def _widths(sheet: Any, section: Section) -> None:
    for column, title in enumerate(section.header, start=1):
        values = [str(r[column - 1]) for r in section.rows if r[column - 1] is not None]
        longest = max([len(title) // 2, *(len(v.split("\n")[0]) for v in values)] or [8])
        sheet.column_dimensions[get_column_letter(column)].width = min(max(longest + 2, 8), 60)
