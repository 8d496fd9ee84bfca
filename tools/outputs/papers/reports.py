"""A summary as a paper: HTML, XLSX or DOCX bytes, from the summary's plain data."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

from tools.outputs.papers.figures import figures
from tools.reading.layout import ancestors
from tools.reading.records import read_yaml


def summary_paper(fmt: str, summary: dict[str, Any], lang: str, root: Path,
                  output: Path | None, target: float, today: dt.date) -> bytes:
    """`target` is the rulebook's attendance target (a fraction); links to records are made
    relative to where `output` is written."""
    found = figures(summary, target, root, output)
    found.above = _above(root, summary["unit"])
    if fmt == "html":
        from tools.outputs.papers.html_report import render

        return render(found, lang).encode("utf-8")
    buffer = io.BytesIO()
    if fmt == "xlsx":
        from tools.outputs.papers.xlsx_report import write
    else:
        from tools.outputs.papers.docx_report import write
    write(found, lang, today, buffer)
    return buffer.getvalue()


def _above(root: Path, unit: str) -> list[dict[str, Any]]:
    """The unit.yaml of each committee above the summary's unit, where this repository has
    them (a merged summary's may not)."""
    found = []
    for folder in ancestors(unit)[:-1]:
        path = root / folder / "unit.yaml"
        data = read_yaml(path, f"{folder}/unit.yaml").data if path.is_file() else None
        if isinstance(data, dict):
            found.append(data)
    return found
