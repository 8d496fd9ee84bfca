"""What a validation answers: the problems found and how many files were checked."""

from __future__ import annotations

from dataclasses import dataclass

from tools.problems import Problem


@dataclass
class Result:
    problems: list[Problem]
    checked: int
    changed: frozenset[str] = frozenset()  # the files a change touched (CI shows them first)
    staged: bool = False  # a check of what a commit stages (tools/workflow/changes.py)

    @property
    def errors(self) -> int:
        return sum(1 for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> int:
        return len(self.problems) - self.errors
