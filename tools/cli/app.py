"""The `tools` group: the options every command shares (--root, --version), the language of
the run, and the boundary where a failure becomes a short message and an exit status.

Commands import what only they use when they run: a commit hook pays for `validate` alone."""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

import click

from tools.checking.sources import find_root
from tools.cli import clicklang
from tools.cli.version import version_lines
from tools.messages import CATALOGS, render
from tools.problems import FatalError

__all__ = ["ToolError", "fatal", "find_root", "main", "run", "say"]


class ToolError(click.ClickException):
    """The tool cannot run: exit status 2, as for usage errors."""

    exit_code = 2


def say(key: str, **params: object) -> str:
    """A sentence of the CLI catalog in the language of this run."""
    lang = clicklang.current()
    return render(CATALOGS[lang].CLI[key], params, lang)


def fatal(error: FatalError) -> ToolError:
    """Why the tool cannot run, in the user's language: the sentence its key names, or the
    detail of a failure nobody can act on."""
    if error.key:
        return ToolError(say(error.key, **error.params))
    return ToolError(say("cannot-run", detail=str(error)))


def root_given() -> bool:
    """Whether --root was given (else a command may find the root from its own argument)."""
    return bool(click.get_current_context().find_root().params.get("root"))


def _version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    """The toolkit's version and the rulebooks it judges by (shipped, and the records
    repository's own when run in one)."""
    if value and not ctx.resilient_parsing:
        from tools.checking.project import Project

        try:
            books = Project.open(find_root(Path.cwd())).rulebooks
        except FatalError as error:
            raise fatal(error) from None
        click.echo("\n".join(version_lines(clicklang.current(), [
            (book.id, book.start.isoformat(), book.end.isoformat() if book.end else "")
            for book in books])))
        ctx.exit()


# each command's module, imported when the command is run; a module not named here is found by
# importing every module of tools/cli/ (slower, never wrong)
COMMANDS = {"validate": "validate", "summarize": "summarize", "review": "review",
            "print": "printing", "fix": "fix", "new": "new", "codeowners": "codeowners",
            "demo": "demo", "init": "init", "docs": "docs"}
# modules that declare no command
_HELPERS = {"app", "clicklang", "options", "quick", "reports", "version"}


def load_all() -> None:
    """Every command module of tools/cli/ imported: the group then holds every command."""
    import pkgutil

    for module in pkgutil.iter_modules([str(Path(__file__).parent)]):
        if module.name not in _HELPERS:
            importlib.import_module(f"tools.cli.{module.name}")


class Commands(clicklang.Group):
    """The `tools` group, importing a command's module only when the command is asked for."""

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands:
            if cmd_name in COMMANDS:
                importlib.import_module(f"tools.cli.{COMMANDS[cmd_name]}")
            else:
                load_all()
            if cmd_name in self.commands:
                clicklang.localize(self.commands[cmd_name], clicklang.current(),
                                   f"tools {cmd_name}")
        return super().get_command(ctx, cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        before = set(self.commands)
        load_all()
        for name in set(self.commands) - before:
            clicklang.localize(self.commands[name], clicklang.current(), f"tools {name}")
        return super().list_commands(ctx)


# Help texts and placeholders come from the catalogs' HELP tables (tools/cli/clicklang.py).
@click.group("tools", cls=Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_version)
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=None,
              metavar="DIR")
@click.pass_context
def main(ctx: click.Context, root: Path | None) -> None:
    """Validate and summarize party-cell meeting records kept in git."""
    ctx.obj = (root or find_root(Path.cwd())).resolve()


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
