"""Where the demo writes: files under a root, counted."""

from __future__ import annotations

from pathlib import Path


class Output:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.written = 0

    def write(self, path: str, text: str) -> None:
        target = self.root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8", newline="\n")
        self.written += 1


def yaml_list(items: list[str]) -> str:
    return "[" + ", ".join(items) + "]"
