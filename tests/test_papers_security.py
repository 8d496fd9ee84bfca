"""What SECURITY.md claims of the papers: no network, and text from records is text (escaped
in the HTML report, plain runs in Word), never markup or code."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from click.testing import CliRunner
from renderers import need_module

from builders import CELL, MINUTES, write_tree
from tools.cli import main

HOSTILE = '<script>alert("x")</script><img src="http://example.com/x.png">'


@pytest.fixture
def tree(tmp_path: Path, monkeypatch) -> Path:
    def refuse(*_args, **_kwargs):
        raise AssertionError("the tools opened a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    root = write_tree(tmp_path / "repo")
    unit = root / CELL / "unit.yaml"
    unit.write_text(unit.read_text(encoding="utf-8").replace(
        "name: Chi bộ làng Kon Hring", f"name: 'Chi bộ {HOSTILE}'"), encoding="utf-8")
    minutes = root / MINUTES
    minutes.write_text(minutes.read_text(encoding="utf-8").replace(
        "## Kết thúc", f"{HOSTILE}\n\n## Kết thúc"), encoding="utf-8")
    return root


def invoke(root: Path, *args: str):
    return CliRunner().invoke(main, ["--root", str(root), *args])


def test_html_report_escapes_record_text(tree: Path) -> None:
    result = invoke(tree, "summarize", "--year", "2025", "--today", "2025-12-31", "--format",
                    "html")
    assert result.exit_code == 0, result.output
    assert "<script" not in result.output and "<img" not in result.output
    assert "&lt;script&gt;" in result.output


def test_papers_open_no_connection_and_print_markup_as_text(tree: Path, tmp_path: Path) -> None:
    docx = need_module("docx")
    for args in (["summarize", "--year", "2025", "--today", "2025-12-31", "--format", "xlsx",
                  "--output", str(tmp_path / "r.xlsx")],
                 ["summarize", "--year", "2025", "--today", "2025-12-31", "--format", "docx",
                  "--output", str(tmp_path / "r.docx")],
                 ["print", str(tree / MINUTES), "--out", str(tmp_path)]):
        result = invoke(tree, *args)
        assert result.exit_code == 0, (args, result.output)
    printed = docx.Document(str(tmp_path / "lang-kon-hring-2025-03-05-regular.docx"))
    assert HOSTILE in [p.text for p in printed.paragraphs]
