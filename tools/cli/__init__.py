"""The `tools` command: options in, core call, report out, exit status.

app.py holds the group and the boundary (run); each command is a module of its own, and
importing this package adds them all to the group. clicklang.py speaks the user's language.
"""

from __future__ import annotations

# each module adds its command to the group: the commands exist once this package is imported
from tools.cli import (  # noqa: F401
    codeowners,
    demo,
    docs,
    fix,
    init,
    new,
    printing,
    review,
    summarize,
    validate,
)
from tools.cli.app import main, run

__all__ = ["main", "run"]
