"""`tools print`: minutes files as documents in the Party's layout (DOCX or PDF)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from tools.cli.app import ToolError, find_root, main, root_given
from tools.cli.options import LANG, TODAY, cannot_write
from tools.messages import CATALOGS
from tools.problems import FatalError


@main.command("print")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "format_", type=click.Choice(("docx", "pdf")), default="docx",
              show_default=True)
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("."),
              show_default=True, metavar="DIR")
@LANG
@TODAY
@click.pass_obj
def print_command(root: Path, paths: tuple[Path, ...], format_: str, out: Path, lang: str,
                  today: dt.date) -> None:
    """Print minutes files as documents in the Party's layout (Hướng dẫn 36-HD/VPTW): A4,
    the committees and "ĐẢNG CỘNG SẢN VIỆT NAM" at the top, the opening facts, the body,
    the votes and the chair's and clerk's signature blocks. Files with errors are not
    printed."""
    from tools.checking.project import Project

    words = CATALOGS[lang].PAPERS
    try:
        from tools.outputs.papers.printing import print_minutes
    except ImportError:
        raise ToolError(words["no-papers"]) from None
    from tools.outputs.papers.pdf import Missing

    if not root_given():
        root = find_root(paths[0] if paths[0].is_dir() else paths[0].parent)
    try:
        status = print_minutes(Project.open(root), list(paths), format_, out, today, lang,
                               lambda text, err: click.echo(text, err=err))
    except Missing as missing:
        raise ToolError(words[str(missing)]) from None
    except OSError as error:
        raise ToolError(cannot_write(error, out, lang)) from None
    except FatalError as error:
        raise ToolError(str(error)) from None
    sys.exit(status)
