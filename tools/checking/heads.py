"""What `tools --version` says of the rulebooks, read without Click, YAML or even pathlib
(a tenth of the answer's time): only for the rulebooks the toolkit ships."""

from __future__ import annotations

import os
import re

LOCAL = "schemas"  # a records repository's own folder, beside records/
SHIPPED_BOOKS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                             "schemas", "rulebooks")
_HEAD = re.compile(r"^(id|effective_from|effective_to):[ \t]*(\S*)", re.M)


def root_of(start: str) -> str:
    """The repository root: the nearest folder holding records/ or .git, looking up from
    `start` as written (a link inside the repository never leads to another one)."""
    start = folder = os.path.abspath(start)
    while True:
        if os.path.isdir(os.path.join(folder, "records")) or \
                os.path.exists(os.path.join(folder, ".git")):
            return os.path.realpath(folder)
        parent = os.path.dirname(folder)
        if parent == folder:
            return os.path.realpath(start)
        folder = parent


def shipped_heads(cwd: str) -> list[tuple[str, str, str]] | None:
    """(id, first day, last day or "") of each rulebook in file-name order, as a full load
    gives them, read off the files' top-level lines (the shipped files are tested valid, and
    tests compare this with a full load); None when the repository has a `schemas/` folder of
    its own, whose rulebooks are loaded and checked the full way."""
    if os.path.isdir(os.path.join(root_of(cwd), LOCAL)):
        return None
    heads = []
    for name in sorted(os.listdir(SHIPPED_BOOKS)):
        if name.endswith(".yaml"):
            with open(os.path.join(SHIPPED_BOOKS, name), encoding="utf-8") as book:
                fields = dict(_HEAD.findall(book.read()))
            end = fields.get("effective_to", "")
            heads.append((fields["id"], fields["effective_from"], "" if end == "null" else end))
    return heads
