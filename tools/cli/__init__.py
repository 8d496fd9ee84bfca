"""The `tools` command: options in, core call, report out, exit status.

app.py holds the group and the boundary (run); each command is a module of its own, imported
when the command is run (tools/cli/app.py: COMMANDS), so that `tools --version` and the commit
hook pay for what they use alone. `main` from here is the group with every command loaded.
clicklang.py speaks the user's language.
"""

from __future__ import annotations

import os
import sys

__all__ = ["main", "run"]


def run() -> None:
    """The entry point. `tools --version` alone is answered without Click or any command: the
    same sentence, in the language TOOLS_LANG names, in a third of the time; so is
    `tools validate` as the commit hook and editors run it (tools/cli/quick.py)."""
    if sys.argv[1:] == ["--version"] and _version_alone():
        return
    from tools.cli.prefetch import start

    start(sys.argv[1:])  # git asked whether anything changed while the toolkit is imported
    if sys.argv[1:2] == ["validate"]:
        from tools.cli.quick import validate

        status = validate(sys.argv[2:])
        if status is not None:
            sys.exit(status)
    from tools.cli.app import run as run_app

    run_app()


def _version_alone() -> bool:
    """`tools --version` when the toolkit's own rulebooks are the ones in use: the same lines
    as the full answer (tests/test_cli.py), read without Click or YAML. False when a records
    repository adds rulebooks: those are loaded and checked the full way."""
    from tools.checking.heads import shipped_heads
    from tools.cli.version import version_lines
    from tools.messages import LANGUAGES

    heads = shipped_heads(os.getcwd())
    if heads is None:
        return False
    lang = os.environ.get("TOOLS_LANG") or "vi"
    print("\n".join(version_lines(lang if lang in LANGUAGES else "vi", heads)))
    return True


def __getattr__(name: str) -> object:
    if name == "main":
        from tools.cli.app import load_all, main

        load_all()
        return main
    raise AttributeError(name)
