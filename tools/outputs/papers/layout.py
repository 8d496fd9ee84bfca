"""The layout of a Party document (Hướng dẫn 36-HD/VPTW, 3-4-2018), shared by every DOCX.

A4 portrait; margins of 25, 25, 35 and 15 mm (top, bottom, left, right), inside the guide's
ranges (20-25, 20-25, 30-35, 15-20 mm) and equal to the fixed values of the guide before it;
Times New Roman, which LibreOffice draws with the metric-compatible Liberation
Serif; the header with the committees at the top left and "ĐẢNG CỘNG SẢN VIỆT NAM" at the top
right; page numbers from the second page on, at the top centre. docs/the-thuc-van-ban.md cites
each rule.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

FONT = "Times New Roman"
MARGINS_MM = {"top": 25, "bottom": 25, "left": 35, "right": 15}
A4_MM = (210, 297)
BODY_PT = 14
INDENT = Cm(1.27)  # a paragraph's first line


def new_document(landscape: bool = False) -> Document:
    import docx

    document = docx.Document()
    section = document.sections[0]
    width, height = A4_MM
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        width, height = height, width
    section.page_width, section.page_height = Mm(width), Mm(height)
    for side, mm in MARGINS_MM.items():
        setattr(section, f"{side}_margin", Mm(mm))
    section.header_distance = Mm(10)
    _styles(document)
    _page_numbers(document)
    return document


def text_width(document: Document) -> Any:
    section = document.sections[0]
    return section.page_width - section.left_margin - section.right_margin


def set_font(element: Any, name: str = FONT) -> None:
    """Every script's font on a style or run: theme fonts would otherwise win in Word."""
    properties = element.get_or_add_rPr()
    fonts = properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        properties.insert(0, fonts)
    for attribute in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attribute}"), None)
    for attribute in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{attribute}"), name)


def _styles(document: Document) -> None:
    normal = document.styles["Normal"]
    normal.font.size = Pt(BODY_PT)
    set_font(normal.element)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    for level in range(1, 4):
        style = document.styles[f"Heading {level}"]
        set_font(style.element)
        style.font.size = Pt(BODY_PT)
        style.font.bold, style.font.italic = True, False
        style.font.color.rgb = RGBColor(0, 0, 0)
        style.paragraph_format.space_before = Pt(6)
        style.paragraph_format.space_after = Pt(3)
        style.paragraph_format.keep_with_next = True


def _page_numbers(document: Document) -> None:
    """Arabic page numbers at the top centre, from the second page on."""
    section = document.sections[0]
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "2"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def paragraph(container: Any, text: str = "", *, bold: bool = False, italic: bool = False,
              size: float = BODY_PT, align: str = "justify", indent: bool = False,
              underline: bool = False, after: float = 0, before: float = 0) -> Paragraph:
    """One paragraph of one run; `container` is the document or a table cell."""
    made = container.add_paragraph()
    made.alignment = {"justify": WD_ALIGN_PARAGRAPH.JUSTIFY, "center": WD_ALIGN_PARAGRAPH.CENTER,
                      "left": WD_ALIGN_PARAGRAPH.LEFT,
                      "right": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    made.paragraph_format.space_after = Pt(after)
    made.paragraph_format.space_before = Pt(before)
    if indent:
        made.paragraph_format.first_line_indent = INDENT
    if text:
        run = made.add_run(text)
        run.bold, run.italic, run.underline = bold, italic, underline
        run.font.size = Pt(size)
    return made


def _borderless(table: Table, widths: list[Any]) -> None:
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width  # the grid LibreOffice lays out by
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width
            cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)


def header(document: Document, superior: str | None, issuer: str, place_date: str,
           party: str) -> None:
    """The first lines of every Party document: at the top left the superior committee (in
    capitals), the issuing body (capitals, bold) and a star; at the top right the Party's
    name (capitals, bold, underlined) and the place and date (italics)."""
    width = text_width(document)
    left, right = int(width * 0.45), width - int(width * 0.45)
    table = document.add_table(rows=1, cols=2)
    _borderless(table, [left, right])
    cell_left, cell_right = table.rows[0].cells
    if superior:
        paragraph(cell_left, superior.upper(), align="center")
    paragraph(cell_left, issuer.upper(), bold=True, align="center")
    paragraph(cell_left, "*", align="center")
    paragraph(cell_right, party, bold=True, underline=True, size=15, align="center")
    paragraph(cell_right, place_date, italic=True, align="center", before=6)


def title(document: Document, kind: str, summary: str) -> None:
    """The document's kind (capitals, bold) and what it is about (bold), then a short rule."""
    paragraph(document, kind.upper(), bold=True, size=16, align="center", before=18)
    paragraph(document, summary, bold=True, align="center")
    paragraph(document, "-----", align="center", after=12)


def keep_with_next(paragraphs: list[Paragraph]) -> None:
    """Keep these paragraphs on the page of what follows them (Word and LibreOffice both
    honour it, a table after them included): the signatures never stand alone on a page."""
    for made in paragraphs:
        made.paragraph_format.keep_with_next = True
        made.paragraph_format.widow_control = True


def signatures(document: Document, blocks: list[tuple[str, str, str]]) -> None:
    """Signature blocks side by side: (title, note, name); room to sign between title and
    name, and the blocks never split across pages."""
    table = document.add_table(rows=1, cols=len(blocks))
    width = text_width(document)
    _borderless(table, [int(width / len(blocks))] * len(blocks))
    row = table.rows[0]
    properties = row._tr.get_or_add_trPr()
    properties.append(OxmlElement("w:cantSplit"))
    for cell, (role, note, name) in zip(row.cells, blocks, strict=True):
        paragraph(cell, role.upper(), bold=True, align="center", before=12)
        paragraph(cell, note, italic=True, size=12, align="center", after=60)
        paragraph(cell, name, bold=True, align="center")


def recipients_and_signature(document: Document, heading: str, lines: list[str], role: str,
                             note: str) -> None:
    """A report's last lines: whom it goes to at the left ("Nơi nhận:", underlined), the
    signer's block at the right."""
    table = document.add_table(rows=1, cols=2)
    width = text_width(document)
    _borderless(table, [int(width * 0.45), width - int(width * 0.45)])
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    left, right = table.rows[0].cells
    paragraph(left, heading, underline=True, align="left", before=12)
    for line in lines:
        paragraph(left, line, size=12, align="left")
    paragraph(right, role.upper(), bold=True, align="center", before=12)
    paragraph(right, note, italic=True, size=12, align="center", after=60)


def grid(document: Document, header_row: list[str], rows: list[list[Any]],
         weights: list[float] | None = None, numeric: frozenset[int] = frozenset(),
         size: float = 12) -> Table:
    """A bordered table across the text width with a bold header row that repeats on every
    page; `weights` share the width between the columns, `numeric` columns align right."""
    table = document.add_table(rows=1, cols=len(header_row))
    table.style = document.styles["Table Grid"]
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.CENTER  # borders inside the margins, not past them
    for cell, text in zip(table.rows[0].cells, header_row, strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for values in rows:
        cells = table.add_row().cells
        for index, (cell, value) in enumerate(zip(cells, values, strict=True)):
            cell.paragraphs[0].add_run("–" if value is None else str(value))
            if index in numeric:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    weights = weights or [1.0] * len(header_row)
    width = text_width(document)
    for index, column in enumerate(table.columns):
        column.width = int(width * weights[index] / sum(weights))
        for cell in column.cells:
            cell.width = column.width
            for made in cell.paragraphs:
                made.alignment = made.alignment or WD_ALIGN_PARAGRAPH.LEFT
                for run in made.runs:
                    run.font.size = Pt(size)
    return table
