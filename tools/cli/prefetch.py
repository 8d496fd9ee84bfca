"""Work started before the toolkit is imported: a whole-tree `tools validate` or a `tools
summarize` asks git whether anything changed since the last run (tools/checking/snapshot.py)
while Python imports the rest, so a repeated run waits for the longer of the two, not both.
Only the plain forms are recognized; anything else simply starts nothing."""

from __future__ import annotations

import os
from pathlib import Path

from tools.cli.quick import options

# the options of each command that take a value, and the flags that leave a run's tree as is
VALUED = {"validate": ("--format", "--lang", "--today"),
          "summarize": ("--year", "--from", "--to", "--format", "--output", "--section",
                        "--lang", "--today")}
FLAGS = {"validate": ("--strict", "--with-cards"), "summarize": ("--no-names",)}


def positionals(command: str, args: list[str]) -> list[str] | None:
    """The arguments that are not options; None when an option could change what is run."""
    given = options(args, FLAGS[command], VALUED[command])
    return None if given is None else given[2]


def start(argv: list[str]) -> None:
    """Ask git early for `tools validate` (no paths) and `tools summarize [UNIT]`."""
    command = argv[0] if argv else None
    if command not in VALUED or os.environ.get("TOOLS_NO_CACHE"):
        return
    given = positionals(command, argv[1:])
    if given is None or len(given) > (0 if command == "validate" else 1):
        return
    try:
        _start(given[0] if given else None)
    except (OSError, ValueError):
        return  # the command says what is wrong, in its own words


def _start(given: str | None) -> None:
    from tools.checking import snapshot
    from tools.checking.sources import find_root
    from tools.reading.layout import RECORDS

    if given is None:
        root = find_root(Path.cwd()).resolve()
        top = RECORDS
    else:
        path = Path(given)
        root = find_root(path if path.is_dir() else path.parent).resolve()
        top = Path(os.path.abspath(path)).relative_to(root).as_posix()
    if (root / top).is_dir() and (top == RECORDS or top.startswith(RECORDS + "/")):
        snapshot.ask_early(root, top)
