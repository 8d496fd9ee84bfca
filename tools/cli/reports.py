"""A summary written to a file or as a paper: HTML, XLSX or DOCX (tools/outputs/papers/,
imported only here, when asked for), or a text format to --output."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from tools.cli.app import ToolError
from tools.cli.options import cannot_write
from tools.messages import CATALOGS, render
from tools.outputs.papers import BINARY_FORMATS, SUMMARY_FORMATS
from tools.outputs.summary_report import SUMMARY_REPORTERS


def write_report(root: Path, summary: dict, format_: str, lang: str,
                 sections: tuple[str, ...], output: Path | None, today: dt.date) -> None:
    """A paper (html, xlsx, docx), or a text report written to --output."""
    try:
        if format_ in SUMMARY_FORMATS:
            _summary_paper(root, summary, format_, lang, output, today)
        else:
            output.write_text(SUMMARY_REPORTERS[format_](summary, lang, sections) + "\n",
                              encoding="utf-8")
    except OSError as error:
        raise ToolError(cannot_write(error, output, lang)) from None


def _summary_paper(root: Path, summary: dict, format_: str, lang: str, output: Path | None,
                   today: dt.date) -> None:
    """HTML, XLSX or DOCX: to --output, or to standard output unless binary for a terminal."""
    from tools.checking.project import Project

    words = CATALOGS[lang].PAPERS
    if output is None and format_ in BINARY_FORMATS and sys.stdout.isatty():
        raise ToolError(render(words["binary-terminal"], {"format": format_}, lang))
    try:
        from tools.outputs.papers.reports import summary_paper
    except ImportError:
        raise ToolError(words["no-papers"]) from None
    end = dt.date.fromisoformat(summary["period"]["to"])
    target = Project.open(root).book(end).params["attendance_target"]
    data = summary_paper(format_, summary, lang, root, output, target, today)
    if output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        output.write_bytes(data)
