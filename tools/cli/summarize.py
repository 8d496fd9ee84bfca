"""`tools summarize`: the rollup of a unit's tree for a period, or of summaries made in
separate repositories (--merge), as text or as a paper (reports.py)."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import click

from tools.cli.app import ToolError, fatal, find_root, main, root_given, say
from tools.cli.options import (
    LANG,
    TODAY,
    Progress,
    cache_note,
    cache_options,
    cells_under,
    date,
    unit_path,
)
from tools.cli.reports import write_report
from tools.outputs.papers import SUMMARY_FORMATS
from tools.outputs.summary_report import SUMMARY_REPORTERS, TABLES
from tools.problems import FatalError


@main.command()
@click.argument("unit", nargs=-1, type=click.Path(path_type=Path))
@click.option("--year", type=click.IntRange(1930, 2200), metavar="YEAR")
@click.option("--from", "start", callback=date, metavar="DATE")
@click.option("--to", "end", callback=date, metavar="DATE")
@click.option("--format", "format_", type=click.Choice([*SUMMARY_REPORTERS, *SUMMARY_FORMATS]),
              default="table", show_default=True)
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              metavar="FILE")
@click.option("--section", type=click.Choice(TABLES), multiple=True)
@LANG
@click.option("--no-names", is_flag=True)
@click.option("--merge", "merging", is_flag=True)
@TODAY
@click.option("--no-cache", is_flag=True)
@click.pass_obj
def summarize(root: Path, unit: tuple[Path, ...], year: int | None, start: dt.date | None,
              end: dt.date | None, format_: str, section: tuple[str, ...], lang: str,
              no_names: bool, merging: bool, today: dt.date, no_cache: bool,
              output: Path | None) -> None:
    """Roll up the records of UNIT (default: all of records/) for a period: structure,
    meetings, attendance, members to consider, visits, decisions, ratings, data quality and
    findings."""
    from tools.rollup.merge import MergeError, merge

    if merging:
        files = _summaries(unit)
    elif len(unit) > 1:
        raise click.UsageError(say("stray-argument", arguments=" ".join(map(str, unit[1:]))))
    given = unit[0] if unit and not merging else None
    if given is not None and not root_given():
        root = find_root(given if os.path.isdir(given) else given.parent)
    try:
        if merging:
            summary = merge([_load_json(path) for path in files])
        else:
            period = _period(year, start, end, today)
            summary = _summarize(root, given, period, today, not no_names, no_cache)
    except FatalError as error:
        raise fatal(error) from None
    except MergeError as error:
        raise ToolError(say("cannot-merge", detail=error)) from None
    if format_ in SUMMARY_FORMATS or output is not None:
        write_report(root, summary, format_, lang, section or TABLES, output, today)
        return
    click.echo(SUMMARY_REPORTERS[format_](summary, lang, section or TABLES))


def _summarize(root: Path, given: Path | None, period: tuple[dt.date, dt.date],
               today: dt.date, names: bool, no_cache: bool) -> dict[str, Any]:
    from tools.checking.project import Project
    from tools.rollup.summary import summarize as summarize_tree

    top = unit_path(root, given)
    progress = Progress("tools summarize", cells_under(root / top))
    project = Project.open(root)
    options = cache_options(project, no_cache)
    try:
        return summarize_tree(project, top, *period, today, names=names, progress=progress,
                              secret=_person_secret(), **options)
    finally:
        progress.close()
        cache_note(options)


def _period(year: int | None, start: dt.date | None, end: dt.date | None,
            today: dt.date) -> tuple[dt.date, dt.date]:
    if year and (start or end):
        raise click.UsageError(say("year-and-period"))
    if start or end:
        if not (start and end) or end < start:
            raise click.UsageError(say("from-and-to"))
        return start, end
    year = year or today.year
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _load_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ToolError(say("not-a-summary", path=path, detail=error)) from None


def _person_secret() -> bytes:
    """TOOLS_PERSON_KEY keys the hashes that match a member across cells in the JSON facts
    (SECURITY.md); the same value must be used for summaries that are to be merged."""
    from tools.rollup.people import DEFAULT_SECRET

    value = os.environ.get("TOOLS_PERSON_KEY")
    return value.encode("utf-8") if value else DEFAULT_SECRET


def _summaries(given: tuple[Path, ...]) -> tuple[Path, ...]:
    """With --merge, every argument is a JSON summary: one or more, all files."""
    if not given:
        raise click.UsageError(say("merge-nothing"))
    for path in given:
        if not path.is_file():
            raise click.BadParameter(say("not-a-file", path=path), param_hint="JSON")
    return given
