"""`tools new`: a meeting's minutes started from a pre-filled file."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from tools.cli.app import fatal, main, say
from tools.cli.options import LANG, TODAY, date, unit_path
from tools.problems import FatalError
from tools.reading.layout import KINDS


@main.command("new")
@click.argument("cell", type=click.Path(file_okay=False, path_type=Path))
@click.option("--date", "day", required=True, callback=date, metavar="DATE")
@click.option("--kind", type=click.Choice(KINDS), required=True)
@click.option("--another", is_flag=True)
@LANG
@TODAY
@click.pass_obj
def new(root: Path, cell: Path, day: dt.date, kind: str, another: bool, lang: str,
        today: dt.date) -> None:
    """Start a meeting's minutes in CELL from a pre-filled file: everyone expected on that day
    in `present`, the rulebook's headings, and a note on each field. Never overwrites a file."""
    from tools.checking.project import Project
    from tools.workflow.new import new_minutes

    try:
        path = new_minutes(Project.open(root), unit_path(root, cell), kind, day,
                           another, today)
    except FatalError as error:
        raise fatal(error) from None
    except FileExistsError as error:
        existing = Path(str(error)).relative_to(root).as_posix()
        click.echo(say("exists", path=existing), err=True)
        sys.exit(1)
    click.echo(path.relative_to(root).as_posix())
