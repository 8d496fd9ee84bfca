"""`tools codeowners`: CODEOWNERS written from the units' owners, or checked (CI)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from tools.cli.app import fatal, main, say
from tools.problems import ToolProblem


@main.command("codeowners")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              metavar="FILE")
@click.option("--check", is_flag=True)
@click.pass_obj
def codeowners(root: Path, output: Path | None, check: bool) -> None:
    """Write CODEOWNERS from the `owners` of each unit.yaml (GitHub and GitLab syntax)."""
    from tools.workflow.codeowners import render as render_codeowners
    from tools.workflow.fix import write_atomically

    target = output or root / "CODEOWNERS"
    if os.path.islink(target):  # never read or written through a link
        raise fatal(ToolProblem("through-link", path=str(target), link=str(target)))
    text = render_codeowners(root)
    current = target.read_text(encoding="utf-8") if target.is_file() else None
    if check:
        if current != text:
            click.echo(say("codeowners-stale", path=target), err=True)
            sys.exit(1)
        return
    if current != text:
        write_atomically(target, text) if target.exists() else target.write_text(
            text, encoding="utf-8")
    click.echo(str(target))
