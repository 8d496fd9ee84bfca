"""The `tools` command: options in, core call, report out, exit status."""

from __future__ import annotations

import datetime as dt
import difflib
import json
import os
import sys
from pathlib import Path

import click

from tools import __version__
from tools.demo import KBANG
from tools.messages import CATALOGS, LANGUAGES, render
from tools.problems import FatalError
from tools.report import REPORTERS
from tools.rules.layout import KINDS
from tools.summary_report import SUMMARY_REPORTERS, TABLES
from tools.validate import Project, validate_paths, validate_tree

# Commands import what only they use when they run: a commit hook pays for `validate` alone.
REVIEW_FORMATS = ("text", "markdown", "json")


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


def _cache_options(project: Project, no_cache: bool) -> dict:
    """The cache and the cores for whole-tree runs."""
    from tools.cache import Cache

    cache = None if no_cache or os.environ.get("TOOLS_NO_CACHE") else \
        Cache.open(project.root, project.schemas.folder)
    return {"cache": cache, "jobs": os.cpu_count() or 1}


def _cache_note(options: dict, lang: str) -> None:
    cache = options["cache"]
    if cache is not None and not cache.usable:
        click.echo(render(CATALOGS[lang].CLI["cache-unwritable"],
                          {"path": str(cache.folder)}, lang), err=True)


class _Progress:
    """A progress bar on stderr when it is a terminal; nothing on a pipe or in a git GUI."""

    def __init__(self, label: str, length: int) -> None:
        self.bar = click.progressbar(length=length, label=label, file=sys.stderr) \
            if sys.stderr.isatty() and length else None
        if self.bar is not None:
            self.bar.__enter__()

    def __call__(self, step: int) -> None:
        if self.bar is not None:
            self.bar.update(step)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


def _cells_under(folder: Path) -> int:
    return sum(1 for _ in folder.glob("**/members.yaml")) if sys.stderr.isatty() else 0


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
@click.option("--since", metavar="REF",
              help="Check what changed since the merge base with REF (for CI), plus the "
                   "repository-wide card check.")
@click.option("--staged", is_flag=True,
              help="Check what is staged for the next commit, deletions included, against "
                   "the last commit (the commit hook).")
@click.option("--no-cache", is_flag=True,
              help="Check everything afresh (also TOOLS_NO_CACHE=1); the cache never changes "
                   "an answer, only the time it takes.")
@click.pass_obj
def validate(root: Path, paths: tuple[Path, ...], format_: str, lang: str, strict: bool,
             today: dt.date, since: str | None, staged: bool, no_cache: bool) -> None:
    """Check records: the whole records/ tree, or the PATHS given (as pre-commit passes them)."""
    try:
        project = Project.open(root)
        if since:
            from tools.changes import validate_since

            result = validate_since(project, since, today, paths)
        elif staged:
            from tools.changes import validate_staged

            result = validate_staged(project, today)
        elif paths:
            result = validate_paths(project, paths, today)
        else:
            progress = _Progress("tools validate", _cells_under(root / "records"))
            options = _cache_options(project, no_cache)
            try:
                result = validate_tree(project, today, progress=progress, **options)
            finally:
                progress.close()
                _cache_note(options, lang)
    except FatalError as error:
        raise ToolError(str(error)) from None
    click.echo(REPORTERS[format_](result, lang, _colour()), color=_colour())
    failed = result.errors or (strict and result.warnings)
    sys.exit(1 if failed else 0)


def _unit_path(root: Path, given: Path | None) -> str:
    if given is None:
        return "records"
    candidates = [Path(os.path.abspath(given))]
    if not given.is_absolute():
        candidates.append(root / given)  # relative to --root, as with `git -C`
    try:
        rel = next(c.relative_to(root).as_posix() for c in candidates
                   if c.is_relative_to(root) and c.is_dir())
    except StopIteration:
        raise click.BadParameter(f"{given} is not a folder inside {root}",
                                 param_hint="UNIT") from None
    if not (rel == "records" or rel.startswith("records/")):
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
@click.option("--no-cache", is_flag=True, help="Read everything afresh (also TOOLS_NO_CACHE=1).")
@click.pass_obj
def summarize(root: Path, unit: Path | None, year: int | None, start: dt.date | None,
              end: dt.date | None, format_: str, section: tuple[str, ...], lang: str,
              no_names: bool, merge_files: tuple[Path, ...], today: dt.date,
              no_cache: bool) -> None:
    """Roll up the records of UNIT (default: all of records/) for a period: structure,
    meetings, attendance, members to consider, visits, decisions, ratings, data quality and
    findings."""
    from tools.summary import MergeError, merge
    from tools.summary import summarize as summarize_tree

    if unit is not None and not click.get_current_context().find_root().params.get("root"):
        root = find_root(unit if unit.is_dir() else unit.parent)
    try:
        if merge_files:
            summary = merge([_load_json(path) for path in merge_files])
        else:
            first, last = _period(year, start, end, today)
            top = _unit_path(root, unit)
            progress = _Progress("tools summarize", _cells_under(root / top))
            project = Project.open(root)
            options = _cache_options(project, no_cache)
            try:
                summary = summarize_tree(project, top, first, last, today,
                                         names=not no_names, progress=progress, **options)
            finally:
                progress.close()
                _cache_note(options, lang)
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
    from tools.demo import kbang

    if (directory / "records").exists():
        raise ToolError(f"{directory / 'records'} exists already; choose an empty folder")
    with click.progressbar(length=cells, label="demo", file=sys.stderr,
                           hidden=not sys.stderr.isatty()) as bar:
        written = kbang(directory, cells, years, year, seed, progress=bar.update)
    click.echo(f"{written} files written under {directory / 'records'}", err=True)


@main.command("new")
@click.argument("cell", type=click.Path(file_okay=False, path_type=Path))
@click.option("--date", "day", required=True, callback=_date, metavar="DATE",
              help="The meeting date.")
@click.option("--kind", type=click.Choice(KINDS), required=True, help="The kind of meeting.")
@click.option("--another", is_flag=True,
              help="A second meeting of the same kind that day (file name ends -2, -3...).")
@click.option("--lang", type=click.Choice(LANGUAGES), default="vi", envvar="TOOLS_LANG",
              show_default=True, help="Language of the messages (also TOOLS_LANG).")
@click.option("--today", callback=_today, envvar="TOOLS_TODAY", metavar="DATE",
              help="Take DATE as today (also TOOLS_TODAY).")
@click.pass_obj
def new(root: Path, cell: Path, day: dt.date, kind: str, another: bool, lang: str,
        today: dt.date) -> None:
    """Start a meeting's minutes in CELL from a pre-filled file: everyone expected on that day
    in `present`, the rulebook's headings, and a note on each field. Never overwrites a file."""
    from tools.new import new_minutes

    try:
        path = new_minutes(Project.open(root), _unit_path(root, cell), kind, day, another, today)
    except FatalError as error:
        raise ToolError(str(error)) from None
    except FileExistsError as error:
        existing = Path(str(error)).relative_to(root).as_posix()
        click.echo(render(CATALOGS[lang].CLI["exists"], {"path": existing}, lang), err=True)
        sys.exit(1)
    click.echo(path.relative_to(root).as_posix())


@main.command("fix")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--check", is_flag=True, help="Print the changes as a diff; write nothing.")
@click.option("--lang", type=click.Choice(LANGUAGES), default="vi", envvar="TOOLS_LANG",
              show_default=True, help="Language of the messages (also TOOLS_LANG).")
@click.pass_obj
def fix(root: Path, paths: tuple[Path, ...], check: bool, lang: str) -> None:
    """Apply the fixes that cannot change meaning (byte-order mark, NFC, line endings, quoting
    times) to PATHS or all of records/. Comments and layout are kept; writes are atomic."""
    from tools.fix import leftovers, record_files, write_atomically
    from tools.fix import plan as plan_fixes

    rels = record_files(root, list(paths))
    words = CATALOGS[lang].CLI
    failed = False
    if not check:
        for leftover in leftovers(root, rels):
            leftover.unlink()
            click.echo(render(words["leftover"], {"path": leftover.relative_to(root).as_posix()},
                              lang), err=True)
    found = 0
    schemas = Project.open(root).schemas
    for item in plan_fixes(root, rels, schemas):  # one file at a time: memory stays flat
        found += 1
        done = ", ".join(words[f"fix-{name}"] for name in item.applied)
        if check:
            click.echo("".join(difflib.unified_diff(
                item.before.splitlines(keepends=True), item.after.splitlines(keepends=True),
                f"a/{item.path}", f"b/{item.path}")), nl=False)
            click.echo(render(words["would-fix"], {"path": item.path, "fixes": done}, lang),
                       err=True)
        else:
            try:
                write_atomically(root / item.path, item.after)
            except OSError as error:
                failed = True
                click.echo(render(words["cannot-write"], {"path": item.path,
                                                          "reason": error.strerror or error},
                                  lang), err=True)
                continue
            click.echo(render(words["fixed"], {"path": item.path, "fixes": done}, lang))
    if not found:
        click.echo(words["nothing-to-fix"], err=True)
    sys.exit(1 if failed or (check and found) else 0)


@main.command("codeowners")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write (default: CODEOWNERS at the repository root).")
@click.option("--check", is_flag=True, help="Fail (exit 1) when the file is not up to date.")
@click.pass_obj
def codeowners(root: Path, output: Path | None, check: bool) -> None:
    """Write CODEOWNERS from the `owners` of each unit.yaml (GitHub and GitLab syntax)."""
    from tools.codeowners import render as render_codeowners
    from tools.fix import write_atomically

    target = output or root / "CODEOWNERS"
    text = render_codeowners(root)
    current = target.read_text(encoding="utf-8") if target.is_file() else None
    if check:
        if current != text:
            click.echo(f"{target} is not up to date: run `tools codeowners`", err=True)
            sys.exit(1)
        return
    if current != text:
        write_atomically(target, text) if target.exists() else target.write_text(
            text, encoding="utf-8")
    click.echo(str(target))


@main.command("review")
@click.option("--base", required=True, metavar="REF", help="The branch the change goes into.")
@click.option("--head", metavar="REF", help="The changed version (default: the work tree).")
@click.option("--format", "format_", type=click.Choice(REVIEW_FORMATS),
              default="text", show_default=True, help="Report format.")
@click.option("--lang", type=click.Choice(LANGUAGES), default="vi", envvar="TOOLS_LANG",
              show_default=True, help="Language of the report (also TOOLS_LANG).")
@click.option("--late-days", type=click.IntRange(0), default=30, show_default=True,
              help="Minutes filed more days than this after the meeting get a warning.")
@click.option("--today", callback=_today, envvar="TOOLS_TODAY", metavar="DATE",
              help="Take DATE as today (also TOOLS_TODAY).")
@click.pass_obj
def review_command(root: Path, base: str, head: str | None, format_: str, lang: str,
                   late_days: int, today: dt.date) -> None:
    """Report what a change does to the records, for a reviewer: added, changed and deleted
    records in plain words, and the problems of the changed files only."""
    from tools.review import review
    from tools.review_report import REVIEW_REPORTERS

    try:
        result = review(Project.open(root), base, head, today, late_days)
    except FatalError as error:
        raise ToolError(str(error)) from None
    click.echo(REVIEW_REPORTERS[format_](result, lang))
    sys.exit(1 if result.errors else 0)


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
