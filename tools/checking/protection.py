"""What the protections of a change hand to the checks: their problems, and the roster ids the
change takes away, whose consequences are folded under them (tools/checking/fold.py). The
protections themselves compare a change with the committed records:
tools/workflow/protect.py."""

from __future__ import annotations

from dataclasses import dataclass, field

from tools.problems import Problem


@dataclass(frozen=True)
class Removed:
    """A roster id that the change takes away: the minutes that name it are its consequences."""

    roster: str  # the members.yaml path
    member: str
    renamed_to: str | None

    @property
    def cell(self) -> str:
        return self.roster.rsplit("/", 1)[0]


@dataclass
class Protection:
    problems: list[Problem] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
