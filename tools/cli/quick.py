"""`tools validate` as the commit hook runs it (`--staged`) and as editors do (record files
named), answered without Click: Click and the command modules cost about a third of a commit
hook's time. The answer is the Click command's own, byte for byte, exit status included
(tests/test_quick.py runs both): the work is the same function (`validate_changes`) and the
report the same reporter. Whatever else the command line holds (help, an unknown option, a
usage error, a whole-tree run) and any failure (a path refused, git failing) is left to
Click, which then answers from the start: nothing has been written or changed before."""

from __future__ import annotations

import os
import sys
from pathlib import Path

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing on the hook's path
if TYPE_CHECKING:
    from typing import Any

FLAGS = ("--staged", "--strict", "--with-cards", "--no-cache")
OPTIONS = ("--today", "--lang", "--format")
FORMATS = ("github", "gitlab", "json", "text")  # sorted(REPORTERS): tests/test_quick.py
# what click.echo removes from a text bound for a pipe (click._compat._ansi_re)
ANSI = r"\033\[[0-?]*[ -/]*[@-~]"


def validate(args: list[str]) -> int | None:
    """The exit status of `tools validate ARGS`, its report written; None: Click answers."""
    asked = request(args, os.environ)
    if asked is None:
        return None
    for stream in (sys.stdout, sys.stderr):  # as tools/cli/app.py: run
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    try:
        result = validate_changes(Path(_root()), asked["paths"], asked["today"], None,
                                  asked["staged"])[1]
    except KeyboardInterrupt:  # as Click: a new line, then "Aborted!" in the user's words
        from tools.messages import CATALOGS

        sys.stderr.write(f"\n{CATALOGS[asked['lang']].CLICK['Aborted!']}\n")
        return 1
    except Exception:  # noqa: BLE001 - Click says why, in the user's words
        return None
    if result is None:  # the whole tree: Click's command, with its cache and progress bar
        return None
    return report(result, asked)


def _root() -> str:
    from tools.checking.heads import root_of

    return root_of(os.getcwd())


def request(args: list[str], environ: Any) -> dict[str, Any] | None:
    """The options of `tools validate ARGS` as the command reads them, or None for anything
    but the plain forms the commit hook and editors use."""
    given = options(args)
    if given is None:
        return None
    flags, values, paths = given
    from tools.messages import LANGUAGES

    lang = values["--lang"] if "--lang" in values else environ.get("TOOLS_LANG") or "vi"
    today = _today(values["--today"] if "--today" in values else environ.get("TOOLS_TODAY"))
    format_ = values.get("--format", "text")
    if lang not in LANGUAGES or today is None or format_ not in FORMATS or \
            ("--staged" in flags) == bool(paths):  # --staged with paths: a usage error
        return None
    return {"paths": [Path(path) for path in paths], "staged": "--staged" in flags,
            "lang": lang, "today": today, "format": format_, "strict": "--strict" in flags,
            "with_cards": "--with-cards" in flags}


def options(args: list[str], known_flags: tuple[str, ...] = FLAGS,
            valued: tuple[str, ...] = OPTIONS) -> tuple[set[str], dict[str, str], list[str]] | None:
    """(flags, option values, arguments); None when an option is unknown, repeated or lacks
    its value, or `--` is given. The plain forms only: anything else is Click's to read."""
    flags: set[str] = set()
    values: dict[str, str] = {}
    paths: list[str] = []
    rest = iter(args)
    for arg in rest:
        name, equals, value = arg.partition("=")
        if arg in known_flags and arg not in flags:
            flags.add(arg)
        elif name in valued and name not in values:
            value = value if equals else next(rest, None)
            if value is None:
                return None
            values[name] = value
        elif arg.startswith("-"):
            return None
        else:
            paths.append(arg)
    return flags, values, paths


def _today(text: str | None) -> Any:
    """The day of `--today` or TOOLS_TODAY (today when empty); None for what is not a date."""
    import datetime as dt

    if not text:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def validate_changes(root: Path, paths: list[Path], today: Any, since: str | None,
                     staged: bool) -> tuple[Any, Any]:
    """(the project, the result) of `tools validate` short of a whole tree: what a commit
    stages, what changed since a reference, or the files named; the result is None for the
    whole tree, which the command runs itself. git is asked what is staged before the checks
    are imported, and the rest while they run (tools/workflow/staged.py)."""
    asked = None
    if staged:
        from tools.workflow.staged import Staged

        asked = Staged(root)
    from tools.checking.project import Project

    if asked is not None:
        # the checks imported while git reads the index (a province's takes longer than
        # importing the project alone); then its answer, and its next question while the
        # staged files are checked
        import tools.checking.cell  # noqa: F401
        import tools.workflow.changes  # noqa: F401

        asked.read_early()
    project = Project.open(root)
    whole, named = _named(root, paths)
    files = [root / rel for rel in named]
    if since:
        from tools.workflow.changes import validate_since

        return project, validate_since(project, since, today, [] if whole else files)
    if staged:
        from tools.workflow.changes import validate_staged

        return project, validate_staged(project, today, asked)
    if files and not whole:
        from tools.checking.validate import validate_paths

        return project, validate_paths(project, files, today)
    return project, None


def _named(root: Path, paths: list[Path]) -> tuple[bool, list[str]]:
    """(the whole tree?, the files) the paths name, never "0 files, no errors" for a typo;
    neither for no path, as the commit hook gives."""
    if not paths:
        return False, []
    from tools.workflow.arguments import records_named

    named = records_named(root, list(paths))
    return named.whole, named.files


def report(result: Any, asked: dict[str, Any]) -> int:
    """The report written as the command writes it (click.echo), and the exit status."""
    from tools.outputs.privacy import hide_cards
    from tools.outputs.validation import REPORTERS

    if not asked["with_cards"]:
        result.problems = hide_cards(result.problems)
    colour = sys.stdout.isatty() and "NO_COLOR" not in os.environ  # tools/cli/options.py
    text = REPORTERS[asked["format"]](result, asked["lang"], colour) + "\n"
    if not colour and "\033" in text:
        import re

        text = re.sub(ANSI, "", text)
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:  # as Click: the reader went away, status 1 and no traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return 1 if result.errors or (asked["strict"] and result.warnings) else 0
