"""A minutes body, parsed by markdown-it-py, as the blocks a printed page is made of."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from tools.reading.headings import NESTING

COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False


@dataclass
class Block:
    kind: str  # heading | paragraph | item | quote | code | table
    runs: list[Run] = field(default_factory=list)
    level: int = 0  # a heading's level; a list item's depth (0 outermost)
    marker: str = ""  # a list item's "-" or "3."
    rows: list[list[list[Run]]] = field(default_factory=list)  # a table's cells


def _parser() -> Any:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"maxNesting": NESTING}).enable("table")


def blocks(body: str) -> list[Block]:
    """The body's blocks in order, without HTML comments (rendered Markdown hides them, and
    `tools new` writes its hints as comments) nor the blocks they alone made. A body
    markdown-it cannot read (nesting deeper than Python's stack) is printed as plain
    paragraphs: nothing a clerk wrote is dropped."""
    try:
        tokens = _parser().parse(body)
    except RecursionError:
        return [Block("paragraph", [Run(part.strip())])
                for part in body.split("\n\n") if part.strip()]
    return [block for block in _Walk().run(tokens) if block.kind in ("heading", "table", "code")
            or "".join(run.text for run in block.runs).strip()]


class _Walk:
    def __init__(self) -> None:
        self.out: list[Block] = []
        self.lists: list[list[Any]] = []  # per open list: [ordered, next number]
        self.quote = 0
        self.item_open = False
        self.row: list[list[Run]] | None = None
        self.table: Block | None = None

    def run(self, tokens: list[Any]) -> list[Block]:
        for token in tokens:
            handler = getattr(self, "_" + token.type, None)
            if handler is not None:
                handler(token)
        return self.out

    def _bullet_list_open(self, _token: Any) -> None:
        self.lists.append([False, 0])

    def _ordered_list_open(self, token: Any) -> None:
        self.lists.append([True, int(token.attrGet("start") or 1)])

    def _bullet_list_close(self, _token: Any) -> None:
        self.lists.pop()

    _ordered_list_close = _bullet_list_close

    def _list_item_open(self, _token: Any) -> None:
        self.item_open = True

    def _marker(self) -> str:
        ordered = self.lists[-1]
        if ordered[0]:
            ordered[1] += 1
            return f"{ordered[1] - 1}."
        return "-" if len(self.lists) == 1 else "+"

    def _heading_open(self, token: Any) -> None:
        self.out.append(Block("heading", level=int(token.tag[1])))

    def _paragraph_open(self, _token: Any) -> None:
        if self.item_open and self.lists:
            self.out.append(Block("item", level=len(self.lists) - 1, marker=self._marker()))
            self.item_open = False
        else:
            self.out.append(Block("quote" if self.quote else "paragraph",
                                  level=max(len(self.lists) - 1, 0)))

    def _blockquote_open(self, _token: Any) -> None:
        self.quote += 1

    def _blockquote_close(self, _token: Any) -> None:
        self.quote -= 1

    def _fence(self, token: Any) -> None:
        self.out.append(Block("code", [Run(token.content.rstrip("\n"), code=True)]))

    _code_block = _fence

    def _html_block(self, token: Any) -> None:
        """Raw HTML is printed as written, but comments are hidden wherever Markdown is
        rendered (`tools new` writes its hints as comments), so they are not printed."""
        text = COMMENT.sub("", token.content).strip()
        if text:
            self.out.append(Block("paragraph", [Run(text)]))

    def _table_open(self, _token: Any) -> None:
        self.table = Block("table")
        self.out.append(self.table)

    def _tr_open(self, _token: Any) -> None:
        self.row = []
        if self.table is not None:
            self.table.rows.append(self.row)

    def _inline(self, token: Any) -> None:
        runs = _runs(token.children or [])
        if self.row is not None and self.table is not None and self.table.rows:
            self.row.append(runs)
        elif self.out:
            self.out[-1].runs.extend(runs)

    def _table_close(self, _token: Any) -> None:
        self.table, self.row = None, None


def _runs(children: list[Any]) -> list[Run]:
    runs: list[Run] = []
    bold = italic = 0
    for child in _uncommented(children):
        kind = child.type
        if kind in ("strong_open", "strong_close"):
            bold += 1 if kind.endswith("open") else -1
        elif kind in ("em_open", "em_close"):
            italic += 1 if kind.endswith("open") else -1
        elif kind in ("text", "html_inline"):
            runs.append(Run(child.content, bool(bold), bool(italic)))
        elif kind == "code_inline":
            runs.append(Run(child.content, bool(bold), bool(italic), code=True))
        elif kind in ("softbreak",):
            runs.append(Run(" ", bool(bold), bool(italic)))
        elif kind == "hardbreak":
            runs.append(Run("\n", bool(bold), bool(italic)))
        elif kind == "image":
            runs.append(Run(child.content or "", bool(bold), bool(italic)))
    return runs



def _uncommented(children: list[Any]) -> list[Any]:
    """The inline tokens without HTML comments, and without the space a comment leaves twice:
    "cà phê <!-- ghi chú --> và" prints "cà phê và"."""
    kept: list[Any] = []
    trim = False
    for child in children:
        if child.type == "html_inline" and COMMENT.fullmatch(child.content):
            trim = not kept or (kept[-1].type == "text" and kept[-1].content[-1:].isspace())
            continue
        if trim and child.type == "text":
            child.content = child.content.lstrip()
        trim = False
        kept.append(child)
    return kept
