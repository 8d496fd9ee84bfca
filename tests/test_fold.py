"""One problem per mistake (tools/checking/fold.py): what a cause takes with it, and what it
leaves."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from builders import CELL, MINUTES, write_tree
from tools.checking.project import Project
from tools.checking.validate import validate_paths, validate_tree

TODAY = dt.date(2026, 11, 27)


def edit(root: Path, rel: str, old: str, new: str) -> None:
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_a_broken_roster_leaves_the_roster_free_checks_and_counts_what_waits(
        tmp_path: Path) -> None:
    root = write_tree(tmp_path)
    second = MINUTES.replace("03-05", "04-02")
    (root / second).write_text((root / MINUTES).read_text(encoding="utf-8").replace(
        "2025-03-05", "2025-04-02").replace('end: "09:30"', 'end: "07:00"'), encoding="utf-8")
    edit(root, f"{CELL}/members.yaml", "    name: Y Brốh\n", "    name: [Y Brốh\n")
    for result in (validate_tree(Project.open(root), TODAY, cache=None),
                   validate_paths(Project.open(root), [root / CELL / "members.yaml"], TODAY)):
        found = {(p.code, p.path): p for p in result.problems}
        # the minutes' own checks ran: the times are wrong whatever the roster says
        assert ("minutes.time-order", second) in found
        roster = found[("parse.yaml", f"{CELL}/members.yaml")]
        assert roster.params["unchecked"] == 2


def test_an_unknown_id_far_from_every_missing_member_is_not_paired(tmp_path: Path) -> None:
    root = write_tree(tmp_path)
    edit(root, MINUTES, ", y-broh]", ", nguyen-van-an]")
    result = validate_paths(Project.open(root), [root / MINUTES], TODAY)
    found = sorted((p.code, tuple(f.code for f in p.folded), p.params.get("closest"))
                   for p in result.problems)
    # a different person, not a misspelling: both problems stand, neither suggests the other
    assert found == [("minutes.attendance-missing", (), None),
                     ("minutes.unknown-member", (), None)]


def test_a_misspelt_speaker_is_one_problem(tmp_path: Path) -> None:
    root = write_tree(tmp_path)
    edit(root, MINUTES, "minutes_adopted: true", "speakers: [y-brok]\nminutes_adopted: true")
    result = validate_paths(Project.open(root), [root / MINUTES], TODAY)
    # nobody is missing from the attendance, so no suggestion; an unknown id is not present
    # either, which is the same mistake
    assert [(p.code, [f.code for f in p.folded], p.params.get("closest"))
            for p in result.problems] == [
        ("minutes.unknown-member", ["minutes.speaker-not-present"], None)]
