"""Reading records: the fast heading scan agrees with CommonMark on every body we have."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


PREFIXES = ["", " ", "   ", "    ", "\t", " \t", "\x0c", "\u00a0", "- ", "* ", "+ ", "1. ",
            "2) ", "²) ", "١. ", "> ", "```", "~~~", "<b>", "<!-- c -->", "===", "---", "Đ",
            "a", "#", "## ", "Nội dung"]
LINE = st.tuples(st.sampled_from(PREFIXES), st.sampled_from(["", "# x", "## Mở đầu", "text"]))


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(LINE, max_size=6))
def test_the_scan_looks_closer_at_every_line_that_needs_it(lines) -> None:
    """Only lines that may be tricky get a closer look: whatever they start with (blanks,
    list markers, digits of any script, fences, quotes, tags, underlines), the headings are
    CommonMark's."""
    body = "\n".join(prefix + rest for prefix, rest in lines) + "\n"
    assert [(h.text, h.line) for h in headings(body, 1)] == \
        [(h.text, h.line) for h in markdown_headings(body, 1)], body
