"""The docs keep up with the code: every problem code is explained to clerks."""

from __future__ import annotations

from pathlib import Path

from tools.problems import CODES

ROOT = Path(__file__).resolve().parent.parent


def test_clerk_guide_explains_every_code() -> None:
    guide = (ROOT / "docs" / "huong-dan-van-thu.md").read_text(encoding="utf-8")
    assert [code for code in CODES if f"`{code}`" not in guide] == []


def test_readme_names_every_command() -> None:
    from tools.cli import main

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert [name for name in main.commands if f"tools {name}" not in readme] == []
