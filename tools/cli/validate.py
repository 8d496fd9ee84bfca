"""`tools validate`: the whole tree, the paths given, what a commit stages, or what changed
since a reference."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

import click

from tools.cli.app import fatal, main, say
from tools.cli.options import (
    LANG,
    TODAY,
    WITH_CARDS,
    Progress,
    cache_note,
    cache_options,
    cells_under,
    colour,
)
from tools.cli.quick import validate_changes
from tools.outputs.privacy import hide_cards
from tools.outputs.validation import REPORTERS
from tools.problems import FatalError


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "format_", type=click.Choice(sorted(REPORTERS)), default="text",
              show_default=True)
@LANG
@click.option("--strict", is_flag=True)
@TODAY
@click.option("--since", metavar="REF")
@click.option("--staged", is_flag=True)
@click.option("--no-cache", is_flag=True)
@WITH_CARDS
@click.pass_obj
def validate(root: Path, paths: tuple[Path, ...], format_: str, lang: str, strict: bool,
             today: dt.date, since: str | None, staged: bool, no_cache: bool,
             with_cards: bool) -> None:
    """Check records: the whole records/ tree, or the PATHS given (as pre-commit passes them)."""
    if staged and (since or paths):
        raise click.UsageError(say("staged-alone"))
    try:
        result = _validate(root, paths, today, since, staged, no_cache)
    except FatalError as error:
        raise fatal(error) from None
    if not with_cards:
        result.problems = hide_cards(result.problems)
    click.echo(REPORTERS[format_](result, lang, colour()), color=colour())
    failed = result.errors or (strict and result.warnings)
    sys.exit(1 if failed else 0)


def _validate(root: Path, paths: tuple[Path, ...], today: dt.date, since: str | None,
              staged: bool, no_cache: bool) -> Any:
    project, result = validate_changes(root, list(paths), today, since, staged)
    return _whole_tree(project, today, no_cache) if result is None else result


def _whole_tree(project: Any, today: dt.date, no_cache: bool) -> Any:
    from tools.checking.validate import validate_tree

    progress = Progress("tools validate", cells_under(project.root / "records"))
    options = cache_options(project, no_cache)
    try:
        return validate_tree(project, today, progress=progress, **options)
    finally:
        progress.close()
        cache_note(options)
