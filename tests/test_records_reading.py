"""Reading records: the fast heading scan agrees with CommonMark on every body we have."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.reading.headings import headings, markdown_headings

ROOT = Path(__file__).resolve().parent.parent
BODIES = [
    "## Mở đầu\ntext\n## II. PHẦN NỘI DUNG ##\n", "# A\n```\n## not\n```\n", "text\n---\n",
    "#no\n#\n## x #\n  ### y\n    #### code\n", "- ## in list\n", "> ## quote\n",
    "<!-- c -->\n## A\n", "<div>\n## x\n</div>\n", "## A\\#\n", "## *b* `c`\n", "##\ttab\n",
    "#5 bolt\n", "## a ## b\n", "Nội dung\n===\n", "~~~\n## x\n~~~\n## y\n", "1. # one\n",
    "  - item\n\n    ## deep\n", "## Kết thúc\r\n", "\u00a0## nbsp\n",
    "###### six\n####### seven\n",
]


def _bodies():
    yield from BODIES
    for base in (ROOT / "records", ROOT / "tests" / "cases", ROOT / "tests" / "summary"):
        for path in sorted(base.rglob("*.md")):
            text = path.read_bytes().decode("utf-8", errors="replace")
            yield text.split("\n---\n", 1)[-1]


def test_heading_scan_agrees_with_commonmark() -> None:
    bodies = list(_bodies())
    assert len(bodies) > 150
    for body in bodies:
        fast = [(h.text, h.line) for h in headings(body, 1)]
        assert fast == [(h.text, h.line) for h in markdown_headings(body, 1)], body[:200]


@pytest.mark.parametrize("body", ["text\n---\nmore\n", "```\n## x\n```\n"])
def test_tricky_bodies_use_commonmark(body: str) -> None:
    assert [h.text for h in headings(body, 1)] == [h.text for h in markdown_headings(body, 1)]
