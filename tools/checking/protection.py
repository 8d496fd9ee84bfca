"""What the protections of a change hand to the checks: their problems, and the roster ids the
change takes away, whose consequences are folded under them (tools/checking/fold.py). The
protections themselves compare a change with the committed records:
tools/workflow/protect.py."""

from __future__ import annotations

from tools.problems import Problem
from tools.values import Frozen, Value


class Removed(Frozen):
    """A roster id that the change takes away: the minutes that name it are its consequences."""

    __slots__ = ("roster", "member", "renamed_to")

    def __init__(self, roster: str, member: str, renamed_to: str | None) -> None:
        self.roster = roster  # the members.yaml path
        self.member = member
        self.renamed_to = renamed_to

    @property
    def cell(self) -> str:
        return self.roster.rsplit("/", 1)[0]


class Protection(Value):
    __slots__ = ("problems", "removed")

    def __init__(self, problems: list[Problem] | None = None,
                 removed: list[Removed] | None = None) -> None:
        self.problems = [] if problems is None else problems
        self.removed = [] if removed is None else removed
