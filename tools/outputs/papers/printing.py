"""`tools print`: each minutes file as a DOCX or PDF in the Party's layout."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from tools.checking.project import Project
from tools.messages import render
from tools.outputs.papers import minutes, minutes_docx, pdf
from tools.outputs.papers.words import words
from tools.outputs.validation import text as problems_text

Say = Callable[[str, bool], None]  # (text, to stderr)


def target_name(rel: str) -> str:
    """lang-so-lam-2025-07-05-regular: the cell's folder and the file's own name."""
    parts = rel.split("/")
    return f"{parts[parts.index('minutes') - 1]}-{Path(parts[-1]).stem}"


def print_minutes(project: Project, paths: list[Path], fmt: str, out: Path, today: dt.date,
                  lang: str, say: Say) -> int:
    """Write the papers; 0 when all were written, 1 when a file was refused or failed."""
    program = pdf.soffice() if fmt == "pdf" else None  # pdf.Missing before any work
    w = words(lang)
    papers, failed = [], False
    for path in paths:
        try:
            paper, result = minutes.load(project, path, today)
        except minutes.NotMinutes as error:
            missing = not os.path.lexists(path)  # a mistyped name is said as such
            say(render(w["no-such-file" if missing else "not-minutes"], {"path": str(error)},
                       lang), True)
            failed = True
            continue
        if result.problems:
            say(problems_text(result, lang, False), True)
        if paper is None:
            say(render(w["refused"], {"path": minutes.relative(project.root, path)}, lang),
                True)
            failed = True
            continue
        papers.append(paper)
    out.mkdir(parents=True, exist_ok=True)
    if fmt == "docx":
        for paper in papers:
            target = out / f"{target_name(paper.path)}.docx"
            minutes_docx.write(paper, target, lang)
            say(str(target), False)
    elif papers:
        failed |= _pdfs(program, papers, out, lang, say)
    return 1 if failed else 0


def _pdfs(program: str, papers: list[minutes.Paper], out: Path, lang: str, say: Say) -> bool:
    failed = False
    with tempfile.TemporaryDirectory(prefix="tools-print-") as folder:
        documents = []
        for paper in papers:
            document = Path(folder) / f"{target_name(paper.path)}.docx"
            minutes_docx.write(paper, document, lang)
            documents.append(document)
            (out / f"{document.stem}.pdf").unlink(missing_ok=True)  # never a stale success
        for document, reason in pdf.convert(program, documents, out).items():
            if reason is None:
                say(str(out / f"{document.stem}.pdf"), False)
            else:
                failed = True
                say(render(words(lang)["pdf-failed"], {"path": document.stem,
                                                       "reason": reason}, lang), True)
    return failed
