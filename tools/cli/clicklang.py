"""The command line in the user's language: Click's own words (usage errors, help headings) and
every command's help, from the catalogs (`CLICK` and `HELP` tables).

Click translates its messages with gettext, each module calling its own `_` and `ngettext`;
pointing those at the catalog is the whole translation, and nothing is written anywhere."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Any

import click
from click import core, decorators, exceptions, formatting, parser, termui, types, utils

from tools.messages import CATALOGS, LANGUAGES

_MODULES = (core, decorators, exceptions, formatting, parser, termui, types, utils)
DEFAULT = "vi"
_chosen = [DEFAULT]


def current() -> str:
    """The language of this run (the default before the command line is read)."""
    return _chosen[0]


def language(args: Sequence[str]) -> str:
    """The language asked for by `--lang` on the command line, else TOOLS_LANG, else
    Vietnamese: known before Click parses anything, so its errors come out in it too."""
    chosen = os.environ.get("TOOLS_LANG") or DEFAULT
    for index, arg in enumerate(args):
        if arg == "--lang" and index + 1 < len(args):
            chosen = args[index + 1]
        elif arg.startswith("--lang="):
            chosen = arg.split("=", 1)[1]
    return chosen if chosen in LANGUAGES else DEFAULT


def install(lang: str) -> None:
    table = CATALOGS[lang].CLICK

    def gettext(message: str) -> str:
        return table.get(message, message)

    def ngettext(singular: str, plural: str, count: int) -> str:
        return gettext(singular if count == 1 else plural)

    for module in _MODULES:
        if hasattr(module, "_"):
            module._ = gettext
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext


def localize(command: click.Command, lang: str, name: str = "tools") -> None:
    """Help texts and placeholders of `command` and its subcommands from the catalog."""
    help_ = CATALOGS[lang].HELP
    # a command or option without its entry keeps the text it was declared with: a missing
    # translation (tests/test_messages.py looks for them) never stops the tool
    command.help = help_.get(name, command.help)
    command.short_help = None
    command.options_metavar = help_["[OPTIONS]"]
    if isinstance(command, click.Group):
        command.subcommand_metavar = help_["COMMAND [ARGS]..."]
    command._help_option = None  # made again, in this language, when asked for
    for param in command.params:
        if isinstance(param, click.Option):
            key = f"{name} {param.opts[0]}"
            param.help = help_.get(key, param.help)
            if param.metavar is not None:
                declared = param.__dict__.setdefault("declared_metavar", param.metavar)
                param.metavar = help_.get(f"METAVAR {declared}", declared)
        else:
            param.metavar = help_.get(f"{name} {param.name}", param.metavar)
    for sub, child in getattr(command, "commands", {}).items():
        localize(child, lang, f"{name} {sub}")


def prepare(args: Sequence[str], command: click.Command) -> str:
    lang = language(args)
    _chosen[0] = lang
    install(lang)
    localize(command, lang)
    return lang


class Group(click.Group):
    """The `tools` group: speaks the user's language from the first word it says."""

    def main(self, args: Sequence[str] | None = None, *rest: Any, **extra: Any) -> Any:
        prepare(sys.argv[1:] if args is None else list(args), self)
        return super().main(args, *rest, **extra)
