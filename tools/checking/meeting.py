"""One minutes file checked in its cell: its name, the rulebook in force on its date, the
rules of a meeting, and the meetings of the same kind just before it (a duplicate, a copy)."""

from __future__ import annotations

import bisect
import datetime as dt

from tools.checking.names import name_mismatches, proposal
from tools.checking.rulebook import Rulebook
from tools.checking.rules.copies import copy_of_previous
from tools.checking.rules.minutes import check_minutes
from tools.checking.run import Run, usable
from tools.problems import problem
from tools.reading import layout
from tools.reading.dates import parse_date
from tools.reading.layout import Placed
from tools.reading.records import Record
from tools.reading.tree import Roster, Unit


class Siblings:
    """A cell's minutes of each kind in meeting order, indexed once per cell, so that finding
    the same day's and the previous meetings costs a bisection, not a scan."""

    def __init__(self, names: dict[str, Placed]) -> None:
        self.items: dict[str, list[tuple[tuple, Placed]]] = {}
        for placed in names.values():
            if placed.name is not None:
                self.items.setdefault(placed.kind, []).append((placed.order, placed))
        for items in self.items.values():
            items.sort(key=lambda item: item[0])
        self.orders = {kind: [order for order, _ in items] for kind, items in self.items.items()}

    def earlier(self, placed: Placed) -> list[Placed]:
        """The same kind's minutes just before this one (a day's worth and more), oldest
        first."""
        orders = self.orders.get(placed.kind, [])
        index = bisect.bisect_left(orders, placed.order)
        return [p for _, p in self.items.get(placed.kind, [])[max(0, index - 20):index]]


def check_meeting(run: Run, placed: Placed, unit: Unit, roster: Roster | None,
                  siblings: Siblings) -> None:
    record = run.read(placed.rel, "minutes")
    folder = unit.folder
    run.report(record, folder)
    if placed.name is None:
        run.emit(folder, [problem("layout.file-name", placed.rel,
                                  kinds=", ".join(layout.KINDS),
                                  proposed=proposal(run.root, folder, placed.rel,
                                                    record.data))])
    if not usable(record):
        return
    day = parse_date(record.data["date"])
    if placed.name is not None:
        run.emit(placed.folder, name_mismatches(placed, record))
    book = _book(run, record, day, folder)
    usable_unit = unit if usable(unit.record) else None
    run.emit(folder, check_minutes(record, usable_unit, roster, book, run.today,
                                   run.local_chain(folder)))
    if placed.name is not None:
        _against_siblings(run, placed, record, siblings)


def _book(run: Run, record: Record, day: dt.date, folder: str) -> Rulebook:
    """The rulebook in force on the meeting's date; one named in the front matter must be
    in force that day too."""
    book = run.project.book(day)
    named = record.data.get("rulebook")
    if named and named != book.id:
        other = run.project.book(day, named)
        if other.covers(day):  # rulebooks whose dates overlap: the named one is in force
            return other
        run.emit(folder, [problem(
            "minutes.rulebook-not-in-force", record.path, record.position("rulebook"),
            rulebook=named, date=record.data["date"], start=other.start.isoformat(),
            end=other.end.isoformat() if other.end else "", in_force=book.id)])
    return book


def _sibling(run: Run, placed: Placed) -> Record | None:
    record = run.read(placed.rel, "minutes")
    return record if usable(record) else None


def _against_siblings(run: Run, placed: Placed, record: Record, siblings: Siblings) -> None:
    earlier = siblings.earlier(placed)
    same_day = len(earlier)  # the same day's come last: meeting order starts with the date
    while same_day and earlier[same_day - 1].date == placed.date:
        same_day -= 1
    for other in earlier[same_day:]:
        sibling = _sibling(run, other)
        if sibling is not None and sibling.data["start"] == record.data["start"]:
            run.emit(placed.folder, [problem("minutes.duplicate", record.path,
                                             record.position("start"), other=other.rel)])
            break
    if earlier:
        previous = _sibling(run, earlier[-1])
        found = copy_of_previous(record, previous) if previous is not None else None
        if found is not None:
            run.emit(placed.folder, [found])

