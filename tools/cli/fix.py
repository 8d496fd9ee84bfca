"""`tools fix`: the fixes that cannot change what a record means, applied or shown."""

from __future__ import annotations

import difflib
import sys
from pathlib import Path
from typing import Any

import click

from tools.cli.app import fatal, main
from tools.cli.options import LANG
from tools.messages import CATALOGS, render
from tools.problems import FatalError


@main.command("fix")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--check", is_flag=True)
@LANG
@click.pass_obj
def fix(root: Path, paths: tuple[Path, ...], check: bool, lang: str) -> None:
    """Apply the fixes that cannot change meaning (byte-order mark, NFC, line endings, quoting
    times) to PATHS or all of records/. Comments and layout are kept; writes are atomic."""
    from tools.checking.project import Project
    from tools.workflow.fix import Refused, leftovers, record_files
    from tools.workflow.fix import plan as plan_fixes

    try:
        rels = record_files(root, list(paths))
    except FatalError as error:
        raise fatal(error) from None
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
        failed = not _apply(root, item, check, lang) or failed
    if not found:
        click.echo(words["nothing-to-fix"], err=True)
    sys.exit(1 if failed or (check and found) else 0)


def _apply(root: Path, item: Any, check: bool, lang: str) -> bool:
    """One file's fixes shown as a diff (--check) or written; False when it cannot be."""
    from tools.workflow.fix import write_atomically

    words = CATALOGS[lang].CLI
    done = ", ".join(words[f"fix-{name}"] for name in item.applied)
    if check:
        click.echo("".join(difflib.unified_diff(
            item.before.splitlines(keepends=True), item.after.splitlines(keepends=True),
            f"a/{item.path}", f"b/{item.path}")), nl=False)
        click.echo(render(words["would-fix"], {"path": item.path, "fixes": done}, lang),
                   err=True)
        return True
    try:
        write_atomically(root / item.path, item.after)
    except OSError as error:
        click.echo(render(words["cannot-write"], {"path": item.path,
                                                  "reason": error.strerror or error},
                          lang), err=True)
        return False
    click.echo(render(words["fixed"], {"path": item.path, "fixes": done}, lang))
    return True
