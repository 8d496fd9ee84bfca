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
    asked = None
    if staged:  # git answers what is staged while the checks are imported
        from tools.workflow.git import staged_diff

        asked = staged_diff(root)
    from tools.checking.project import Project
    from tools.checking.validate import validate_paths
    from tools.workflow.arguments import records_named

    project = Project.open(root)
    named = records_named(root, list(paths))  # never "0 files, no errors" for a typo
    files = [root / rel for rel in named.files]
    if since:
        from tools.workflow.changes import validate_since

        return validate_since(project, since, today, [] if named.whole else files)
    if staged:
        from tools.workflow.changes import validate_staged

        return validate_staged(project, today, asked)
    if files and not named.whole:
        return validate_paths(project, files, today)
    return _whole_tree(project, today, no_cache)


def _whole_tree(project: Any, today: dt.date, no_cache: bool) -> Any:
    from tools.checking.validate import validate_tree

    progress = Progress("tools validate", cells_under(project.root / "records"))
    options = cache_options(project, no_cache)
    try:
        return validate_tree(project, today, progress=progress, **options)
    finally:
        progress.close()
        cache_note(options)
