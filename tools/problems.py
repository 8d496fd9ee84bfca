"""Problems found in records: values, never exceptions."""

from __future__ import annotations

from tools.values import Frozen

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing on the hook's path
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any

ERROR = "error"
WARNING = "warning"

# code -> severity; the order here is the order of rules.md §1.
CODES: dict[str, str] = {
    "parse.encoding": ERROR,
    "parse.unreadable": ERROR,
    "parse.bom": WARNING,
    "parse.not-nfc": WARNING,
    "parse.no-front-matter": ERROR,
    "parse.yaml": ERROR,
    "parse.duplicate-key": ERROR,
    "parse.alias": ERROR,
    "parse.too-large": ERROR,
    "parse.not-mapping": ERROR,
    "schema.required": ERROR,
    "schema.type": ERROR,
    "schema.enum": ERROR,
    "schema.format": ERROR,
    "schema.unknown-field": ERROR,
    "schema.invalid": ERROR,
    "layout.file-name": ERROR,
    "layout.date-mismatch": ERROR,
    "layout.no-unit": ERROR,
    "layout.minutes-outside-cell": ERROR,
    "layout.cell-has-children": ERROR,
    "layout.unexpected-file": WARNING,
    "layout.symlink": ERROR,
    "unit.secretary-not-member": ERROR,
    "unit.too-few-members": WARNING,
    "unit.committee-expected": WARNING,
    "unit.committee-not-member": ERROR,
    "roster.duplicate-id": ERROR,
    "roster.duplicate-card": ERROR,
    "roster.dates": ERROR,
    "roster.probation-overdue": WARNING,
    "minutes.unknown-member": ERROR,
    "minutes.not-in-cell": ERROR,
    "minutes.attendance-missing": ERROR,
    "minutes.attendance-duplicate": ERROR,
    "minutes.chair-not-present": ERROR,
    "minutes.secretary-not-present": ERROR,
    "minutes.speaker-not-present": ERROR,
    "minutes.time-order": ERROR,
    "minutes.too-short": WARNING,
    "minutes.future-date": ERROR,
    "minutes.votes-exceed": ERROR,
    "minutes.decision-not-passed": ERROR,
    "minutes.topic-missing": ERROR,
    "minutes.missing-section": WARNING,
    "minutes.section-order": WARNING,
    "minutes.duplicate": ERROR,
    "minutes.unexcused-absence": WARNING,
    "minutes.not-adopted": WARNING,
    "minutes.copy-of-previous": WARNING,
    # v2 (issue 9): the Party's own rules, each with its source in the rulebooks
    "minutes.exempt-unexcused": ERROR,
    "minutes.rulebook-not-in-force": ERROR,
    "minutes.temporary-voter": WARNING,
    "unit.probationary-officer": ERROR,
    "unit.temporary-officer": ERROR,
    "unit.committee-too-small": WARNING,
    "unit.partial-outside-grassroots": ERROR,
    "roster.probation-too-short": ERROR,
    # hygiene: what the generic pre-commit hooks checked, now with Vietnamese messages
    "parse.conflict-marker": ERROR,
    "layout.case-conflict": ERROR,
    "layout.too-large": ERROR,
    # protections: a change compared with the committed records (hook, CI and review)
    "roster.member-removed": ERROR,
    "record.deleted": ERROR,
    "record.changed-without-correction": ERROR,
    # `tools review` only
    "review.late": WARNING,
}

# Codes found only by comparing two versions of the records: no golden case can show them.
HISTORY = ("roster.member-removed", "record.deleted", "record.changed-without-correction",
           "review.late")

# The codes `tools fix` mends without changing what a record means, and the fix that does it.
FIXABLE: dict[str, str] = {"parse.bom": "bom", "parse.not-nfc": "nfc"}

Position = tuple[int | None, int | None]
NO_POSITION: Position = (None, None)


class Problem(Frozen):
    """A problem found: equal to another of the same code and place, whatever its params."""

    # folded: the problems that this one causes, reported under it (tools/checking/fold.py)
    __slots__ = ("code", "path", "line", "column", "params", "folded")
    UNCOMPARED = ("params", "folded")

    def __init__(self, code: str, path: str, line: int | None = None,
                 column: int | None = None, params: dict[str, Any] | None = None,
                 folded: tuple[Problem, ...] = ()) -> None:
        self.code = code
        self.path = path
        self.line = line
        self.column = column
        self.params = {} if params is None else params
        self.folded = folded

    def replace(self, **changes: Any) -> Problem:
        """This problem with some fields changed (as dataclasses.replace)."""
        fields = {name: getattr(self, name) for name in self.__slots__}
        return Problem(**{**fields, **changes})

    @property
    def severity(self) -> str:
        return CODES[self.code]

    def identity(self) -> tuple:
        """What makes two problems the same report (equality ignores the params)."""
        return (self.code, self.path, self.line, self.column, repr(sorted(self.params.items())))

    def sort_key(self) -> tuple:
        return (self.path, self.line or 0, self.column or 0, self.code)


def unique(problems: Iterable[Problem]) -> list[Problem]:
    """One of each problem (the same code, place and params: Problem.identity), in the order
    first seen."""
    return list({p.identity(): p for p in problems}.values())


def problem(code: str, path: str, position: Position = NO_POSITION, **params: Any) -> Problem:
    if code not in CODES:
        raise KeyError(f"unknown problem code {code!r}")
    return Problem(code, path, position[0], position[1], params)


class FatalError(Exception):
    """The tool itself cannot run (exit status 2). `key` and `params` name the sentence of the
    catalogs' CLI table that tells the user why; the message is for logs."""

    def __init__(self, message: str, key: str | None = None, **params: Any) -> None:
        super().__init__(message)
        self.key, self.params = key, params


class ToolProblem(FatalError):
    """The tool cannot run for a reason the user can act on, known by its sentence of the CLI
    catalogs alone."""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(f"{key}: {params}", key, **params)
