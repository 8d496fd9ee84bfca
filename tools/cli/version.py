"""What `tools --version` says: the toolkit's version and each rulebook with its dates. Without
Click, so that the answer before Click (tools/cli/__init__.py) and Click's own say the same."""

from __future__ import annotations

from tools import __version__
from tools.messages import CATALOGS, render


def version_lines(lang: str, books: list[tuple[str, str, str]]) -> list[str]:
    """`books`: (id, first day, last day or "") of each rulebook in use."""
    catalog = CATALOGS[lang].CLI
    lines = [render(catalog["version"], {"version": __version__}, lang)]
    for book, start, end in books:
        key = "version-rulebook" if end else "version-rulebook-open"
        lines.append(render(catalog[key], {"id": book, "start": start, "end": end}, lang))
    return lines
