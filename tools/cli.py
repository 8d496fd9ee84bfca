"""The `tools` command: options in, core call, report out, exit status."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path

import click

from tools import __version__
from tools.demo import KBANG, kbang
from tools.messages import LANGUAGES
from tools.problems import FatalError
from tools.report import REPORTERS
from tools.summary import MergeError, merge
from tools.summary import summarize as summarize_tree
from tools.summary_report import SUMMARY_REPORTERS, TABLES
from tools.validate import Project, validate_paths, validate_tree


class ToolError(click.ClickException):
    """The tool cannot run: exit status 2, as for usage errors."""

    exit_code = 2


def find_root(start: Path) -> Path:
    """The repository root: the nearest folder holding records/ or .git."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / "records").is_dir() or (folder / ".git").exists():
            return folder
    return start


def _today(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date:
    if not value:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date YYYY-MM-DD") from None


def _colour() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tools")
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Repository root (default: the nearest folder above with records/ or .git).")
@click.pass_context
def main(ctx: click.Context, root: Path | None) -> None:
    """Validate and summarize party-cell meeting records kept in git."""
    ctx.obj = (root or find_root(Path.cwd())).resolve()


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "format_", type=click.Choice(sorted(REPORTERS)), default="text",
              show_default=True, help="Report format.")
@click.option("--lang", type=click.Choice(LANGUAGES), default="vi", envvar="TOOLS_LANG",
              show_default=True, help="Language of the messages (also TOOLS_LANG).")
@click.option("--strict", is_flag=True, help="Exit 1 on warnings too.")
@click.option("--today", callback=_today, envvar="TOOLS_TODAY", metavar="DATE",
              help="Take DATE as today (also TOOLS_TODAY), for reproducible runs.")
@click.pass_obj
def validate(root: Path, paths: tuple[Path, ...], format_: str, lang: str, strict: bool,
             today: dt.date) -> None:
    """Check records: the whole records/ tree, or the PATHS given (as pre-commit passes them)."""
    try:
        project = Project.open(root)
        result = validate_paths(project, paths, today) if paths else validate_tree(project, today)
    except FatalError as error:
        raise ToolError(str(error)) from None
    click.echo(REPORTERS[format_](result, lang, _colour()), color=_colour())
    failed = result.errors or (strict and result.warnings)
    sys.exit(1 if failed else 0)


def _unit_path(root: Path, given: Path | None) -> str:
    if given is None:
        return "records"
    try:
        rel = Path(os.path.abspath(given)).relative_to(root).as_posix()
    except ValueError:
        raise click.BadParameter(f"{given} is not inside {root}", param_hint="UNIT") from None
    if not (root / rel).is_dir() or not (rel == "records" or rel.startswith("records/")):
        raise click.BadParameter(f"{given} is not a unit folder under records/",
                                 param_hint="UNIT")
    return rel


def _period(year: int | None, start: dt.date | None, end: dt.date | None,
            today: dt.date) -> tuple[dt.date, dt.date]:
    if year and (start or end):
        raise click.UsageError("--year cannot be combined with --from/--to")
    if start or end:
        if not (start and end) or end < start:
            raise click.UsageError("--from and --to go together, --from first")
        return start, end
    year = year or today.year
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    return _today(_ctx, _param, value) if value else None


def _load_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ToolError(f"{path}: {error}") from None


@main.command()
@click.argument("unit", required=False, type=click.Path(path_type=Path))
@click.option("--year", type=click.IntRange(1930, 2200), help="Calendar year (default: this year).")
@click.option("--from", "start", callback=_date, metavar="DATE", help="First day of the period.")
@click.option("--to", "end", callback=_date, metavar="DATE", help="Last day of the period.")
@click.option("--format", "format_", type=click.Choice(list(SUMMARY_REPORTERS)),
              default="table", show_default=True, help="Report format.")
@click.option("--section", type=click.Choice(TABLES), multiple=True,
              help="Only this section (repeatable).")
@click.option("--lang", type=click.Choice(LANGUAGES), default="vi", envvar="TOOLS_LANG",
              show_default=True, help="Language of the report (also TOOLS_LANG).")
@click.option("--no-names", is_flag=True, help="Show member ids instead of names everywhere.")
@click.option("--merge", "merge_files", multiple=True, type=click.Path(
    exists=True, dir_okay=False, path_type=Path),
    help="Combine JSON summaries made elsewhere instead of reading records (repeatable).")
@click.option("--today", callback=_today, envvar="TOOLS_TODAY", metavar="DATE",
              help="Take DATE as today (also TOOLS_TODAY), for reproducible runs.")
@click.pass_obj
def summarize(root: Path, unit: Path | None, year: int | None, start: dt.date | None,
              end: dt.date | None, format_: str, section: tuple[str, ...], lang: str,
              no_names: bool, merge_files: tuple[Path, ...], today: dt.date) -> None:
    """Roll up the records of UNIT (default: all of records/) for a period: structure,
    meetings, attendance, members to consider, visits, decisions, ratings, data quality and
    findings."""
    if unit is not None and not click.get_current_context().find_root().params.get("root"):
        root = find_root(unit if unit.is_dir() else unit.parent)
    try:
        if merge_files:
            summary = merge([_load_json(path) for path in merge_files])
        else:
            first, last = _period(year, start, end, today)
            summary = summarize_tree(Project.open(root), _unit_path(root, unit), first, last,
                                     today, names=not no_names)
    except (FatalError, MergeError) as error:
        raise ToolError(str(error)) from None
    click.echo(SUMMARY_REPORTERS[format_](summary, lang, section or TABLES))


@main.group()
def demo() -> None:
    """Write synthetic records trees, for demonstrations and benchmarks."""


@demo.command("kbang")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--cells", type=click.IntRange(5, 100_000), default=KBANG["cells"],
              show_default=True, help="Number of cells (other counts keep Kbang's proportions).")
@click.option("--years", type=click.IntRange(1, 50), default=1, show_default=True,
              help="Years of minutes, ending with --year.")
@click.option("--year", type=click.IntRange(1990, 2100), default=2024, show_default=True,
              help="The last year of minutes (2024: under the 2018 rulebook).")
@click.option("--seed", type=int, default=1, show_default=True, help="Random seed.")
def demo_kbang(directory: Path, cells: int, years: int, year: int, seed: int) -> None:
    """Write a district shaped like Kbang's report into DIRECTORY/records: with the defaults,
    17 grassroots committees holding 199 cells, 37 grassroots cells, 3,814 members, 110 village
    cells (86 secretaries are village heads) and a year of minutes with real-life gaps."""
    if (directory / "records").exists():
        raise ToolError(f"{directory / 'records'} exists already; choose an empty folder")
    with click.progressbar(length=cells, label="demo", file=sys.stderr,
                           hidden=not sys.stderr.isatty()) as bar:
        written = kbang(directory, cells, years, year, seed, progress=bar.update)
    click.echo(f"{written} files written under {directory / 'records'}", err=True)


def run() -> None:
    """Entry point that turns a crash into a short message and exit status 2."""
    for stream in (sys.stdout, sys.stderr):
        # git GUIs on Windows give hooks a pipe in the local code page: Vietnamese must
        # still come out, never a UnicodeEncodeError
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    try:
        main(standalone_mode=True)
    except SystemExit:
        raise
    except Exception as error:  # noqa: BLE001 - the boundary: never show a clerk a traceback
        if os.environ.get("TOOLS_DEBUG"):
            raise
        click.echo(f"tools: internal error: {type(error).__name__}: {error}", err=True)
        sys.exit(2)
