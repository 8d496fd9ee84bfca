"""`tools docs`: the reference pages written from the schemas, catalogs and rulebooks, or
checked (CI)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from tools.cli.app import fatal, main, say
from tools.problems import ToolProblem


@main.command("docs")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              metavar="DIR")
@click.option("--check", is_flag=True)
@click.pass_obj
def docs(root: Path, out: Path | None, check: bool) -> None:
    """Write docs/format.md and docs/rules.md (and docs/en/) from the schemas and catalogs."""
    from tools.outputs.reference import pages
    from tools.workflow.fix import write_atomically

    folder = out or root / "docs"
    written = pages(root)
    if check:
        refresh = "tools docs" + (f" --out {out}" if out else "")
        stale = [name for name, text in written.items() if _current(folder / name) != text]
        for name in stale:
            click.echo(say("docs-stale", path=folder / name, command=refresh), err=True)
        sys.exit(1 if stale else 0)
    for name, text in written.items():
        target = folder / name
        if target.is_symlink() or any(part.is_symlink() for part in target.parents):
            raise fatal(ToolProblem("through-link", path=str(target), link=str(target)))
        if _current(target) != text:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(target, text) if target.exists() else target.write_text(
                text, encoding="utf-8", newline="")
        click.echo(str(target))


def _current(path: Path) -> str | None:
    return path.read_bytes().decode("utf-8", "replace") if path.is_file() else None
