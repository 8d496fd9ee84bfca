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


@settings(max_examples=600, deadline=None, derandomize=True)
@given(st.lists(st.one_of(st.tuples(st.sampled_from(PREFIXES), st.sampled_from(
    ["", "# x", "## Mở đầu", "text", "a #", " #"])), st.tuples(st.just(""), st.text(
        alphabet=" \t\x0b\u00a0#-=*+1²<>`~!Đa\n", max_size=8))), max_size=8))
def test_the_lines_looked_at_are_all_that_may_be_tricky(lines) -> None:
    """The candidate scan passes over no line the closer look would find tricky."""
    from tools.reading.headings import _maybe_tricky, _tricky

    text = "\n".join(prefix + rest for prefix, rest in lines)
    assert any(_tricky(line) for line in _maybe_tricky(text)) == \
        any(_tricky(line) for line in text.split("\n")), text


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(["---", "--- ", "---\t", "----", " ---", "-- -", "a: 1", "",
                                 "## b", "x\r", "...", "c"]), max_size=8), st.booleans())
def test_the_front_matter_splits_as_its_lines_do(lines, newline_at_end) -> None:
    """The fences found in the text as a whole, as they are line by line."""
    import re

    from tools.reading.records import Record, minutes_from_text

    text = "\n".join(lines) + ("\n" if newline_at_end else "")
    record = minutes_from_text(Record("m.md"), text)
    split = re.split(r"\r\n|\r|\n", text)
    fence = re.compile(r"^---[ \t]*$")
    close = next((i for i in range(1, len(split)) if fence.match(split[i])), None) \
        if split and fence.match(split[0]) else None
    if close is None:
        assert [p.code for p in record.problems] == ["parse.no-front-matter"]
        return
    assert record.loaded.text == "\n".join(split[1:close]) + "\n"
    assert (record.body, record.body_line) == ("\n".join(split[close + 1:]), close + 2)
