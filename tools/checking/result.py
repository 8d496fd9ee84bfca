"""What a validation answers: the problems found and how many files were checked."""

from __future__ import annotations

from tools.problems import Problem
from tools.values import Value


class Result(Value):
    __slots__ = ("problems", "checked", "changed", "staged")

    def __init__(self, problems: list[Problem], checked: int,
                 changed: frozenset[str] = frozenset(), staged: bool = False) -> None:
        self.problems = problems
        self.checked = checked
        self.changed = changed  # the files a change touched (CI shows them first)
        self.staged = staged  # a check of what a commit stages (tools/workflow/changes.py)

    @property
    def errors(self) -> int:
        return sum(1 for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> int:
        return len(self.problems) - self.errors
