"""`tools review`: what a change does to the records, for a reviewer."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from tools.cli.app import fatal, main
from tools.cli.options import LANG, TODAY, WITH_CARDS
from tools.outputs.privacy import hide_review_cards
from tools.problems import FatalError

REVIEW_FORMATS = ("text", "markdown", "json")


@main.command("review")
@click.option("--base", required=True, metavar="REF")
@click.option("--head", metavar="REF")
@click.option("--format", "format_", type=click.Choice(REVIEW_FORMATS),
              default="text", show_default=True)
@LANG
@click.option("--late-days", type=click.IntRange(0), default=30, show_default=True,
              metavar="N")
@TODAY
@WITH_CARDS
@click.pass_obj
def review_command(root: Path, base: str, head: str | None, format_: str, lang: str,
                   late_days: int, today: dt.date, with_cards: bool) -> None:
    """Report what a change does to the records, for a reviewer: added, changed and deleted
    records in plain words, and the problems of the changed files only."""
    from tools.checking.project import Project
    from tools.outputs.review_report import REVIEW_REPORTERS
    from tools.workflow.review import review

    try:
        result = review(Project.open(root), base, head, today, late_days)
    except FatalError as error:
        raise fatal(error) from None
    if not with_cards:
        hide_review_cards(result)
    click.echo(REVIEW_REPORTERS[format_](result, lang))
    sys.exit(1 if result.errors else 0)
