"""`tools init`: a new records-only repository, ready for clerks."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from tools.cli.app import fatal, main, say
from tools.cli.options import LANG
from tools.problems import FatalError

# the levels of a committee (common.schema.json, $defs/level; tests/test_package.py compares)
LEVELS = ("central", "province", "district", "commune", "grassroots", "partial")


def _unit_id(_ctx: click.Context, _param: click.Parameter, value: str) -> str:
    from tools.reading.layout import UNIT_ID

    if not UNIT_ID.fullmatch(value):
        raise click.BadParameter(say("init-unit-id", value=value))
    return value


def _accounts(_ctx: click.Context, _param: click.Parameter,
              value: tuple[str, ...]) -> tuple[str, ...]:
    from tools.workflow.codeowners import ACCOUNT

    for account in value:
        if not ACCOUNT.fullmatch(account):
            raise click.BadParameter(say("init-owner", value=account))
    return value


@main.command("init")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--unit", required=True, callback=_unit_id, metavar="ID")
@click.option("--name", required=True, metavar="TEXT")
@click.option("--level", type=click.Choice(LEVELS), required=True)
@click.option("--owner", "owners", multiple=True, callback=_accounts, metavar="ACCOUNT")
@click.option("--toolkit", "url", metavar="URL")
@LANG
def init(directory: Path, unit: str, name: str, level: str, owners: tuple[str, ...],
         url: str | None, lang: str) -> None:
    """Make DIRECTORY a records-only repository, ready for clerks: the top unit's unit.yaml,
    the commit hook and the CI templates pinned to this toolkit's version, CODEOWNERS,
    .gitignore, the editor's settings and a README for clerks. Never overwrites a file."""
    from tools.workflow.init import init_repository, toolkit

    try:
        written = init_repository(directory, unit, name, level, owners, toolkit(url))
    except FatalError as error:
        raise fatal(error) from None
    except FileExistsError as error:
        click.echo(say("init-exists", path=(directory / str(error)).as_posix()), err=True)
        sys.exit(1)
    for rel in written:
        click.echo((directory / rel).as_posix())
    click.echo(say("init-written", path=directory.as_posix(), unit=unit, name=name), err=True)
