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
from tools.checking.project import Project
from tools.checking.validate import validate_paths, validate_tree
from tools.cli import clicklang
from tools.messages import CATALOGS, LANGUAGES, render
from tools.outputs.papers import BINARY_FORMATS, SUMMARY_FORMATS
from tools.outputs.privacy import hide_cards, hide_review_cards
from tools.outputs.summary_report import SUMMARY_REPORTERS, TABLES
from tools.outputs.validation import REPORTERS
from tools.problems import FatalError, ToolProblem
from tools.reading.files import link_in
from tools.reading.layout import KINDS
from tools.workflow.arguments import records_named, resolve
from tools.workflow.demo.names import KBANG

# Commands import what only they use when they run: a commit hook pays for `validate` alone.
REVIEW_FORMATS = ("text", "markdown", "json")
WITH_CARDS = click.option("--with-cards", is_flag=True)


class ToolError(click.ClickException):
    """The tool cannot run: exit status 2, as for usage errors."""

    exit_code = 2


def say(key: str, **params: object) -> str:
    """A sentence of the CLI catalog in the language of this run."""
    lang = clicklang.current()
    return render(CATALOGS[lang].CLI[key], params, lang)


def _fatal(error: FatalError) -> ToolError:
    """Why the tool cannot run, in the user's language: the sentence its key names, or the
    detail of a failure nobody can act on."""
    if error.key:
        return ToolError(say(error.key, **error.params))
    return ToolError(say("cannot-run", detail=str(error)))


def find_root(start: Path) -> Path:
    """The repository root: the nearest folder holding records/ or .git, looking up from
    `start` as written (a link inside the repository never leads to another one)."""
    start = Path(os.path.abspath(start))
    for folder in (start, *start.parents):
        if (folder / "records").is_dir() or (folder / ".git").exists():
            return folder.resolve()
    return start.resolve()


def _today(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date:
    if not value:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(say("not-a-date", value=value)) from None


def _cache_options(project: Project, no_cache: bool) -> dict:
    """The cache and the cores for whole-tree runs."""
    from tools.checking.cache import Cache

    cache = None if no_cache or os.environ.get("TOOLS_NO_CACHE") else \
        Cache.open(project.root, project.schemas.folder)
    return {"cache": cache, "jobs": os.cpu_count() or 1}


def _cache_note(options: dict, lang: str) -> None:
    cache = options["cache"]
    if cache is not None and not cache.usable:
        click.echo(say("cache-unwritable", path=str(cache.folder)), err=True)


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


def _version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(say("version", version=__version__))
        ctx.exit()


# Help texts and placeholders come from the catalogs' HELP tables (tools/clicklang.py).
@click.group("tools", cls=clicklang.Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_version)
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=None,
              metavar="DIR")
@click.pass_context
def main(ctx: click.Context, root: Path | None) -> None:
    """Validate and summarize party-cell meeting records kept in git."""
    ctx.obj = (root or find_root(Path.cwd())).resolve()


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "format_", type=click.Choice(sorted(REPORTERS)), default="text",
              show_default=True)
@click.option("--lang", type=click.Choice(LANGUAGES), default="vi", envvar="TOOLS_LANG",
              show_default=True)
@click.option("--strict", is_flag=True)
@click.option("--today", callback=_today, envvar="TOOLS_TODAY", metavar="DATE")
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
        project = Project.open(root)
        named = records_named(root, list(paths))  # never "0 files, no errors" for a typo
        files = [root / rel for rel in named.files]
        if since:
            from tools.workflow.changes import validate_since

            result = validate_since(project, since, today, [] if named.whole else files)
        elif staged:
            from tools.workflow.changes import validate_staged

            result = validate_staged(project, today)
        elif files and not named.whole:
            result = validate_paths(project, files, today)
        else:
            progress = _Progress("tools validate", _cells_under(root / "records"))
            options = _cache_options(project, no_cache)
            try:
                result = validate_tree(project, today, progress=progress, **options)
            finally:
                progress.close()
                _cache_note(options, lang)
    except FatalError as error:
        raise _fatal(error) from None
    if not with_cards:
        result.problems = hide_cards(result.problems)
    click.echo(REPORTERS[format_](result, lang, _colour()), color=_colour())
    failed = result.errors or (strict and result.warnings)
    sys.exit(1 if failed else 0)


def _unit_path(root: Path, given: Path | None) -> str:
    """A unit folder under records/, never reached through a link."""
    if given is None:
        return "records"
    rel = resolve(root, given)
    if not (rel == "records" or rel.startswith("records/")) or not (root / rel).is_dir():
        raise ToolProblem("not-records", path=str(given))
    link = link_in(root, rel)
    if link is not None:
        raise ToolProblem("through-link", path=str(given), link=link)
    return rel


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


def _date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    return _today(_ctx, _param, value) if value else None


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


@main.command()
@click.argument("unit", nargs=-1, type=click.Path(path_type=Path))
@click.option("--year", type=click.IntRange(1930, 2200), metavar="YEAR")
@click.option("--from", "start", callback=_date, metavar="DATE")
@click.option("--to", "end", callback=_date, metavar="DATE")
@click.option("--format", "format_", type=click.Choice([*SUMMARY_REPORTERS, *SUMMARY_FORMATS]),
              default="table", show_default=True)
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              metavar="FILE")
@click.option("--section", type=click.Choice(TABLES), multiple=True)
@click.option("--lang", type=click.Choice(LANGUAGES), default="vi", envvar="TOOLS_LANG",
              show_default=True)
@click.option("--no-names", is_flag=True)
@click.option("--merge", "merging", is_flag=True)
@click.option("--today", callback=_today, envvar="TOOLS_TODAY", metavar="DATE")
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
    from tools.rollup.summary import summarize as summarize_tree

    if merging:
        files = _summaries(unit)
    elif len(unit) > 1:
        raise click.UsageError(say("stray-argument", arguments=" ".join(map(str, unit[1:]))))
    given = unit[0] if unit and not merging else None
    if given is not None and not click.get_current_context().find_root().params.get("root"):
        root = find_root(given if os.path.isdir(given) else given.parent)
    try:
        if merging:
            summary = merge([_load_json(path) for path in files])
        else:
            first, last = _period(year, start, end, today)
            top = _unit_path(root, given)
            progress = _Progress("tools summarize", _cells_under(root / top))
            project = Project.open(root)
            options = _cache_options(project, no_cache)
            try:
                summary = summarize_tree(project, top, first, last, today,
                                         names=not no_names, progress=progress,
                                         secret=_person_secret(), **options)
            finally:
                progress.close()
                _cache_note(options, lang)
    except FatalError as error:
        raise _fatal(error) from None
    except MergeError as error:
        raise ToolError(say("cannot-merge", detail=error)) from None
    if format_ in SUMMARY_FORMATS or output is not None:
        _write_report(root, summary, format_, lang, section or TABLES, output, today)
        return
    click.echo(SUMMARY_REPORTERS[format_](summary, lang, section or TABLES))


def _write_report(root: Path, summary: dict, format_: str, lang: str,
                  sections: tuple[str, ...], output: Path | None, today: dt.date) -> None:
    """A paper (html, xlsx, docx), or a text report written to --output."""
    try:
        if format_ in SUMMARY_FORMATS:
            _summary_paper(root, summary, format_, lang, output, today)
        else:
            output.write_text(SUMMARY_REPORTERS[format_](summary, lang, sections) + "\n",
                              encoding="utf-8")
    except OSError as error:
        raise ToolError(_cannot_write(error, output, lang)) from None


def _cannot_write(error: OSError, path: Path | None, lang: str) -> str:
    return render(CATALOGS[lang].CLI["cannot-write"], {
        "path": error.filename or path, "reason": error.strerror or error}, lang)


def _summary_paper(root: Path, summary: dict, format_: str, lang: str, output: Path | None,
                   today: dt.date) -> None:
    """HTML, XLSX or DOCX: to --output, or to standard output unless binary for a terminal."""
    words = CATALOGS[lang].PAPERS
    if output is None and format_ in BINARY_FORMATS and sys.stdout.isatty():
        raise ToolError(render(words["binary-terminal"], {"format": format_}, lang))
    try:
        from tools.outputs.papers.reports import summary_paper
    except ImportError:
        raise ToolError(words["no-papers"]) from None
    end = dt.date.fromisoformat(summary["period"]["to"])
    target = Project.open(root).book(end).params["attendance_target"]
    data = summary_paper(format_, summary, lang, root, output, target, today)
    if output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        output.write_bytes(data)


def _summaries(given: tuple[Path, ...]) -> tuple[Path, ...]:
    """With --merge, every argument is a JSON summary: one or more, all files."""
    if not given:
        raise click.UsageError(say("merge-nothing"))
    for path in given:
        if not path.is_file():
            raise click.BadParameter(say("not-a-file", path=path), param_hint="JSON")
    return given


@main.group()
def demo() -> None:
    """Write synthetic records trees, for demonstrations and benchmarks."""


@demo.command("kbang")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--cells", type=click.IntRange(5, 100_000), default=KBANG["cells"],
              show_default=True, metavar="N")
@click.option("--years", type=click.IntRange(1, 50), default=1, show_default=True, metavar="N")
@click.option("--year", type=click.IntRange(1990, 2100), default=2024, show_default=True,
              metavar="YEAR")
@click.option("--seed", type=int, default=1, show_default=True, metavar="N")
def demo_kbang(directory: Path, cells: int, years: int, year: int, seed: int) -> None:
    """Write a district shaped like Kbang's report into DIRECTORY/records: with the defaults,
    17 grassroots committees holding 199 cells, 37 grassroots cells, 3,814 members, 110 village
    cells (86 secretaries are village heads) and a year of minutes with real-life gaps."""
    from tools.workflow.demo.kbang import kbang

    if (directory / "records").exists():
        raise ToolError(say("demo-exists", path=directory / "records"))
    with click.progressbar(length=cells, label="demo", file=sys.stderr,
                           hidden=not sys.stderr.isatty()) as bar:
        written = kbang(directory, cells, years, year, seed, progress=bar.update)
    click.echo(say("demo-written", count=written, path=directory / "records"), err=True)


@main.command("new")
@click.argument("cell", type=click.Path(file_okay=False, path_type=Path))
@click.option("--date", "day", required=True, callback=_date, metavar="DATE")
@click.option("--kind", type=click.Choice(KINDS), required=True)
@click.option("--another", is_flag=True)
@click.option("--lang", type=click.Choice(LANGUAGES), default="vi", envvar="TOOLS_LANG",
              show_default=True)
@click.option("--today", callback=_today, envvar="TOOLS_TODAY", metavar="DATE")
@click.pass_obj
def new(root: Path, cell: Path, day: dt.date, kind: str, another: bool, lang: str,
        today: dt.date) -> None:
    """Start a meeting's minutes in CELL from a pre-filled file: everyone expected on that day
    in `present`, the rulebook's headings, and a note on each field. Never overwrites a file."""
    from tools.workflow.new import new_minutes

    try:
        path = new_minutes(Project.open(root), _unit_path(root, cell), kind, day,
                           another, today)
    except FatalError as error:
        raise _fatal(error) from None
    except FileExistsError as error:
        existing = Path(str(error)).relative_to(root).as_posix()
        click.echo(say("exists", path=existing), err=True)
        sys.exit(1)
    click.echo(path.relative_to(root).as_posix())


@main.command("fix")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--check", is_flag=True)
@click.option("--lang", type=click.Choice(LANGUAGES), default="vi", envvar="TOOLS_LANG",
              show_default=True)
@click.pass_obj
def fix(root: Path, paths: tuple[Path, ...], check: bool, lang: str) -> None:
    """Apply the fixes that cannot change meaning (byte-order mark, NFC, line endings, quoting
    times) to PATHS or all of records/. Comments and layout are kept; writes are atomic."""
    from tools.workflow.fix import Refused, leftovers, record_files, write_atomically
    from tools.workflow.fix import plan as plan_fixes

    try:
        rels = record_files(root, list(paths))
    except FatalError as error:
        raise _fatal(error) from None
    words = CATALOGS[lang].CLI
    failed = False
    # shown, never deleted: only the temporary files of this run are ours to delete
    for leftover in leftovers(root, rels):
        click.echo(render(words["leftover"], {"path": leftover.relative_to(root).as_posix()},
                          lang), err=True)
    found = 0
    schemas = Project.open(root).schemas
    for item in plan_fixes(root, rels, schemas):  # one file at a time: memory stays flat
        if isinstance(item, Refused):
            click.echo(render(words[item.reason], {"path": item.path, **item.params}, lang),
                       err=True)
            continue
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
              metavar="FILE")
@click.option("--check", is_flag=True)
@click.pass_obj
def codeowners(root: Path, output: Path | None, check: bool) -> None:
    """Write CODEOWNERS from the `owners` of each unit.yaml (GitHub and GitLab syntax)."""
    from tools.workflow.codeowners import render as render_codeowners
    from tools.workflow.fix import write_atomically

    target = output or root / "CODEOWNERS"
    if os.path.islink(target):  # never read or written through a link
        raise _fatal(ToolProblem("through-link", path=str(target), link=str(target)))
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


@main.command("review")
@click.option("--base", required=True, metavar="REF")
@click.option("--head", metavar="REF")
@click.option("--format", "format_", type=click.Choice(REVIEW_FORMATS),
              default="text", show_default=True)
@click.option("--lang", type=click.Choice(LANGUAGES), default="vi", envvar="TOOLS_LANG",
              show_default=True)
@click.option("--late-days", type=click.IntRange(0), default=30, show_default=True,
              metavar="N")
@click.option("--today", callback=_today, envvar="TOOLS_TODAY", metavar="DATE")
@WITH_CARDS
@click.pass_obj
def review_command(root: Path, base: str, head: str | None, format_: str, lang: str,
                   late_days: int, today: dt.date, with_cards: bool) -> None:
    """Report what a change does to the records, for a reviewer: added, changed and deleted
    records in plain words, and the problems of the changed files only."""
    from tools.outputs.review_report import REVIEW_REPORTERS
    from tools.workflow.review import review

    try:
        result = review(Project.open(root), base, head, today, late_days)
    except FatalError as error:
        raise _fatal(error) from None
    if not with_cards:
        hide_review_cards(result)
    click.echo(REVIEW_REPORTERS[format_](result, lang))
    sys.exit(1 if result.errors else 0)


@main.command("print")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "format_", type=click.Choice(("docx", "pdf")), default="docx",
              show_default=True)
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("."),
              show_default=True, metavar="DIR")
@click.option("--lang", type=click.Choice(LANGUAGES), default="vi", envvar="TOOLS_LANG",
              show_default=True)
@click.option("--today", callback=_today, envvar="TOOLS_TODAY", metavar="DATE")
@click.pass_obj
def print_command(root: Path, paths: tuple[Path, ...], format_: str, out: Path, lang: str,
                  today: dt.date) -> None:
    """Print minutes files as documents in the Party's layout (Hướng dẫn 36-HD/VPTW): A4,
    the committees and "ĐẢNG CỘNG SẢN VIỆT NAM" at the top, the opening facts, the body,
    the votes and the chair's and clerk's signature blocks. Files with errors are not
    printed."""
    words = CATALOGS[lang].PAPERS
    try:
        from tools.outputs.papers.printing import print_minutes
    except ImportError:
        raise ToolError(words["no-papers"]) from None
    from tools.outputs.papers.pdf import Missing

    if not click.get_current_context().find_root().params.get("root"):
        root = find_root(paths[0] if paths[0].is_dir() else paths[0].parent)
    try:
        status = print_minutes(Project.open(root), list(paths), format_, out, today, lang,
                               lambda text, err: click.echo(text, err=err))
    except Missing as missing:
        raise ToolError(words[str(missing)]) from None
    except OSError as error:
        raise ToolError(_cannot_write(error, out, lang)) from None
    except FatalError as error:
        raise ToolError(str(error)) from None
    sys.exit(status)


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
        click.echo(say("internal-error", detail=f"{type(error).__name__}: {error}"), err=True)
        sys.exit(2)
