"""What several commands share: dates, the language, the cache and the cores, a progress bar
only a terminal sees, and the unit folder a command works on."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import Any

import click

from tools.cli.app import say
from tools.messages import CATALOGS, LANGUAGES, render
from tools.problems import ToolProblem
from tools.reading.files import link_in
from tools.workflow.arguments import resolve

WITH_CARDS = click.option("--with-cards", is_flag=True)
LANG = click.option("--lang", type=click.Choice(LANGUAGES), default="vi", envvar="TOOLS_LANG",
                    show_default=True)


def today(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date:
    if not value:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(say("not-a-date", value=value)) from None


def date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    return today(_ctx, _param, value) if value else None


TODAY = click.option("--today", callback=today, envvar="TOOLS_TODAY", metavar="DATE")


def cache_options(project: Any, no_cache: bool) -> dict[str, Any]:
    """The cache and the cores for whole-tree runs."""
    from tools.checking.cache import Cache

    cache = None if no_cache or os.environ.get("TOOLS_NO_CACHE") else \
        Cache.open(project.root, project.sources.files)
    return {"cache": cache, "jobs": os.cpu_count() or 1}


def cache_note(options: dict[str, Any]) -> None:
    cache = options["cache"]
    if cache is not None and not cache.usable:
        click.echo(say("cache-unwritable", path=str(cache.folder)), err=True)


class Progress:
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


def cells_under(folder: Path) -> int:
    return sum(1 for _ in folder.glob("**/members.yaml")) if sys.stderr.isatty() else 0


def colour() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


def unit_path(root: Path, given: Path | None) -> str:
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


def cannot_write(error: OSError, path: Path | None, lang: str) -> str:
    return render(CATALOGS[lang].CLI["cannot-write"], {
        "path": error.filename or path, "reason": error.strerror or error}, lang)
