"""The headings of a minutes body with their lines: a line scan for plain bodies, CommonMark
(markdown-it-py, imported only then) where a heading might not be what it seems."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from tools.values import Value

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing on the hook's path
if TYPE_CHECKING:
    from typing import Any


class Heading(Value):
    __slots__ = ("text", "line")

    def __init__(self, text: str, line: int) -> None:
        self.text = text
        self.line = line


_FENCES = ("```", "~~~")


def _atx(line: str) -> str | None:
    """The text of an ATX heading line, or None: plain string work, linear in the line."""
    stripped = line.lstrip(" ")
    if len(line) - len(stripped) > 3 or not stripped.startswith("#"):
        return None
    hashes = len(stripped) - len(stripped.lstrip("#"))
    rest = stripped[hashes:]
    if hashes > 6 or (rest and rest[0] not in " \t"):
        return None
    rest = rest.strip(" \t")
    closing = rest.rstrip("#")
    if closing != rest and (not closing or closing[-1] in " \t"):
        rest = closing.rstrip(" \t")
    return rest


def _tricky(line: str) -> bool:
    """A line after which a heading may not be what it seems: a fence, an HTML block, a block
    quote, a setext underline, a list item starting with #, or a # indented into a list item
    or a code block. Bodies with one go through CommonMark."""
    stripped = line.lstrip(" ")
    indent = len(line) - len(stripped)
    if "\t" in line[:indent + 1] or indent > 3:
        return stripped.lstrip(" \t").startswith("#")
    if stripped.startswith(_FENCES) or stripped.startswith(">"):
        return True
    if stripped.startswith("<"):
        return not (stripped.startswith("<!--") and stripped.rstrip(" \t").endswith("-->"))
    bare = stripped.rstrip(" \t")
    if bare and (bare == "=" * len(bare) or bare == "-" * len(bare)):
        return True
    marker = stripped.split(None, 1)
    if len(marker) == 2 and marker[1].startswith("#"):
        head = marker[0]
        return head in ("-", "*", "+") or (head[:-1].isdigit() and head[-1:] in ".)"
                                           and len(head) <= 10)
    return False


# A line can be tricky only when, after up to three spaces, it starts with one of `~<> (a
# fence, a quote, a tag), is an underline of = or - (blanks may follow), or is a - list item
# whose text starts with "#"; or it holds a "#" and starts with a blank,
# `*`, `+`, a digit or a character beyond ASCII (str.isdigit knows more digits than \d; list
# markers are split on any blank), or is indented four spaces: other lines (most of a body)
# need no closer look. (A blank here is never the line break: a match stays in its line.)
_CANDIDATE = re.compile(r"^(?: {0,3}(?:[`~<>]|=+[ \t]*$|-+[ \t]*$|-[^\S\n]+#)|"
                        r"(?: {4}| {0,3}(?:[^\S\n]|[*+0-9]|[^\x00-\x7f]))[^\n]*#)", re.MULTILINE)
_ATX_START = re.compile(r"^ {0,3}#", re.MULTILINE)  # where an ATX heading can start


def _maybe_tricky(text: str) -> Iterator[str]:
    """The lines of `text` that _tricky must look at."""
    for match in _CANDIDATE.finditer(text):
        end = text.find("\n", match.start())
        yield text[match.start():end if end >= 0 else len(text)]


def headings(body: str, first_line: int) -> list[Heading]:
    """ATX headings with their lines. Plain bodies are scanned line by line; anything that
    could change what counts as a heading is left to a full CommonMark parse."""
    text = body.replace("\r\n", "\n").replace("\r", "\n")  # as CommonMark does
    if any(_tricky(line) for line in _maybe_tricky(text)):
        return markdown_headings(body, first_line)
    found = []
    line, counted = first_line, 0
    for match in _ATX_START.finditer(text):  # only these lines can be headings
        start = match.start()
        line += text.count("\n", counted, start)
        counted = start
        end = text.find("\n", start)
        heading = _atx(text[start:end if end >= 0 else len(text)])
        if heading is not None:
            found.append(Heading(heading, line))
    return found


@functools.cache
def _commonmark() -> Any:
    from markdown_it import MarkdownIt  # imported only for bodies that need it

    # only block structure is needed (headings and their lines): inline parsing is skipped
    md = MarkdownIt("commonmark", {"maxNesting": NESTING})
    return md.disable(["inline", "text_join"], ignoreInvalid=True)


NESTING = 200  # markdown-it's depth limit here; deeper, it stops reading the rest


def markdown_headings(body: str, first_line: int) -> list[Heading]:
    try:
        tokens = _commonmark().parse(body)
    except RecursionError:
        tokens = None
    if tokens is None or any(token.level >= NESTING - 1 for token in tokens):
        # a list or a quote thousands deep: markdown-it gave up on the rest of the body, so
        # headings are read line by line, as they are in plain bodies
        lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        return [Heading(text, first_line + number) for number, line in enumerate(lines)
                if "#" in line and (text := _atx(line)) is not None]
    return [Heading(tokens[index + 1].content, first_line + token.map[0])
            for index, token in enumerate(tokens)
            if token.type == "heading_open" and token.map]
