"""The demo district's units and people: committees, cells of each type and their members,
with the imperfections a real year has (probationary, exempt, away and temporary members)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from tools.workflow.demo.names import (
    AGENCIES,
    COMMUNES,
    GIVEN,
    HIGHLAND,
    KBANG,
    MIDDLE,
    OTHER_COMMITTEES,
    SUBORDINATE,
    SURNAMES,
    VILLAGE_NAMES,
    VILLAGE_PARTS,
    slug,
)


@dataclass
class Person:
    id: str
    name: str
    card: str
    admitted: dt.date
    full_since: dt.date | None
    exempt_from: dt.date | None = None
    away: tuple[dt.date, dt.date] | None = None
    temporary: bool = False  # here on temporary activity: expected, but no member of ours
    joined: dt.date | None = None  # None: joined when admitted

    def here(self, day: dt.date) -> bool:
        """Expected at a meeting on `day`: in the cell, neither exempt nor away."""
        return (self.joined is None or self.joined <= day) and \
            not (self.exempt_from and self.exempt_from <= day) and \
            not (self.away and self.away[0] <= day <= self.away[1])

    def votes(self, day: dt.date) -> bool:
        return not self.temporary and self.full_since is not None and self.full_since <= day


@dataclass
class Cell:
    folder: str
    name: str
    type: str
    people: list[Person] = field(default_factory=list)
    has_committee: bool = True
    head: bool = False
    subordinate: bool = False
    unpaid: dict[str, list[tuple[str, str | None]]] = field(default_factory=dict)


class District:
    def __init__(self, cells: int, years: int, last_year: int, seed: int,
                 top: str = "huyen-kbang") -> None:
        self.random = random.Random(seed)
        self.top = f"records/{top}"
        self.scale = cells / KBANG["cells"]
        self.cells_total = cells
        self.years = list(range(last_year - years + 1, last_year + 1))
        self.card = 52_000_000 + 100_000 * seed  # card numbers unique across seeds
        self.cells: list[Cell] = []
        self.committees: list[tuple[str, str]] = []
        self.partials: list[tuple[str, str]] = []  # đảng bộ bộ phận, inside a committee

    def _count(self, key: str) -> int:
        return max(1, round(KBANG[key] * self.scale))

    def build(self) -> None:
        top = self.top
        committees = self._count("committees")
        grassroots_cells = min(self._count("grassroots_cells"), self.cells_total - committees)
        subordinate = self.cells_total - grassroots_cells
        villages = min(self._count("villages"), subordinate)
        heads = round(villages * KBANG["heads"] / KBANG["villages"])
        names = (COMMUNES + OTHER_COMMITTEES)
        for index in range(committees):
            base = names[index % len(names)]
            name = base if index < len(names) else f"{base} {index // len(names) + 1}"
            self.committees.append((f"{top}/{slug(name)}", f"Đảng bộ {name}"))
        communes = [c for c in self.committees if "/xa-" in c[0] or "/thi-tran" in c[0]] \
            or self.committees
        for index in range(villages):
            folder, commune = communes[index % len(communes)]
            town = "thi-tran" in folder
            name = (f"Tổ dân phố {index // len(communes) + 1}" if town else
                    f"Làng {self.random.choice(VILLAGE_PARTS)} "
                    f"{self.random.choice(VILLAGE_NAMES)}")
            self._cell(folder, f"Chi bộ {name}", "residential" if town else "village",
                       head=index < heads)
        for index in range(subordinate - villages):
            folder, committee = self.committees[index % len(self.committees)]
            place_name = committee.removeprefix("Đảng bộ ")
            if (folder, committee) in communes:
                kind = SUBORDINATE[index % len(SUBORDINATE)]
                self._cell(folder, f"Chi bộ {kind} {place_name}", _cell_type(kind))
            else:
                number = index // len(self.committees) + 1
                parent = self._partial(folder, place_name) if number % 2 else folder
                self._cell(parent, f"Chi bộ Đội {number} {place_name}", _cell_type(place_name))
        for index in range(grassroots_cells):
            base = AGENCIES[index % len(AGENCIES)]
            name = base if index < len(AGENCIES) else f"{base} {index // len(AGENCIES) + 1}"
            self._cell(top, f"Chi bộ {name}", _cell_type(name))
        self._people(round(KBANG["members"] * self.scale))

    def _partial(self, folder: str, place_name: str) -> str:
        """The forestry company's production teams form a partial committee [đảng bộ bộ
        phận]: its cells stay subordinate cells of the company's grassroots committee."""
        if not place_name.startswith("Công ty"):
            return folder
        partial = (f"{folder}/khoi-san-xuat", "Đảng bộ bộ phận Khối sản xuất")
        if partial not in self.partials:
            self.partials.append(partial)
        return partial[0]

    def _cell(self, parent: str, name: str, type_: str, head: bool = False) -> None:
        folder = f"{parent}/{slug(name.removeprefix('Chi bộ '))}"
        taken = {c.folder for c in self.cells}
        base, number = folder, 2
        while folder in taken:
            folder, number = f"{base}-{number}", number + 1
        self.cells.append(Cell(folder, name, type_, head=head,
                               subordinate=parent != self.top))

    def _people(self, total: int) -> None:
        # a village cell has a committee, so 9 full members or more (Charter, Art. 24.4)
        floors = [10 if c.type in ("village", "residential") else 5 for c in self.cells]
        sizes = [floor + self.random.randint(0, 16 if floor == 10 else 20) for floor in floors]
        while sum(sizes) != total:
            index = self.random.randrange(len(sizes))
            step = 1 if sum(sizes) < total else -1
            if sizes[index] + step >= floors[index]:
                sizes[index] += step
        for cell, size in zip(self.cells, sizes, strict=True):
            ids: set[str] = set()
            for number in range(size):
                cell.people.append(self._person(cell, number, size, ids))
            if self.random.random() < 0.04:
                cell.people.append(self._temporary(cell, ids))
            full = sum(1 for p in cell.people if p.full_since and not p.temporary)
            cell.has_committee = full >= 9

    def _person(self, cell: Cell, number: int, size: int, ids: set[str]) -> Person:
        first = dt.date(self.years[0], 1, 1)
        person_id, name = self._new_id(cell, ids)
        self.card += 1
        probationary = number == size - 1 and self.random.random() < 0.35
        admitted = (first - dt.timedelta(days=self.random.randint(40, 200))
                    if probationary else
                    dt.date(self.random.randint(1975, self.years[0] - 2),
                            self.random.randint(1, 12), self.random.randint(1, 28)))
        person = Person(person_id, name, str(self.card), admitted,
                        None if probationary else _plus_year(admitted))
        if number == 3 and self.random.random() < 0.15:
            person.exempt_from = dt.date(self.years[0] - 1, 1, 1)
        # a few go away for months (studies, work elsewhere): never an officer, never the
        # member who skips meetings (the second to last)
        elif 4 <= number < size - 2 and self.random.random() < 0.015:
            start = dt.date(self.years[0], self.random.randint(2, 7), 1)
            end = _month_end(start, self.random.randint(3, 6))
            person.away = (start, end)
        return person

    def _temporary(self, cell: Cell, ids: set[str]) -> Person:
        """A member of another organization working here, who attends this cell's meetings."""
        person_id, name = self._new_id(cell, ids)
        self.card += 1
        admitted = dt.date(self.random.randint(1990, self.years[0] - 3),
                           self.random.randint(1, 12), self.random.randint(1, 28))
        return Person(person_id, name, str(self.card), admitted, _plus_year(admitted),
                      temporary=True,
                      joined=dt.date(self.years[0], self.random.randint(2, 6), 1))

    def _new_id(self, cell: Cell, ids: set[str]) -> tuple[str, str]:
        name = self._name(cell.type)
        person_id, suffix = slug(name), 2
        while person_id in ids:
            person_id, suffix = f"{slug(name)}-{suffix}", suffix + 1
        ids.add(person_id)
        return person_id, name

    def _name(self, cell_type: str) -> str:
        if cell_type in ("village", "residential") and self.random.random() < 0.7:
            family, given = self.random.choice(HIGHLAND)
            return f"{family} {self.random.choice(given)}"
        return (f"{self.random.choice(SURNAMES)} {self.random.choice(MIDDLE)} "
                f"{self.random.choice(GIVEN)}")


def _cell_type(name: str) -> str:
    lowered = name.lower()
    for words, type_ in ((("trường", "mầm non", "gdnn"), "education"),
                         (("công an", "quân sự"), "armed-forces"),
                         (("công ty", "điện lực", "đội sản xuất", "tổ bảo vệ"), "state-enterprise"),
                         (("trung tâm", "trạm y tế", "vườn quốc gia", "ban quản lý", "hạt"),
                          "public-service")):
        if any(word in lowered for word in words):
            return type_
    return "agency"


def _plus_year(day: dt.date) -> dt.date:
    return day.replace(year=day.year + 1, day=min(day.day, 28))


def _month_end(first: dt.date, months: int) -> dt.date:
    """The last day of the month `months - 1` months after `first`'s."""
    index = first.month - 1 + months
    return dt.date(first.year + index // 12, index % 12 + 1, 1) - dt.timedelta(days=1)


def officers_of(cell: Cell) -> list[Person]:
    """The secretary and the committee: full members, neither exempt nor here temporarily."""
    return [p for p in cell.people
            if p.exempt_from is None and p.full_since and not p.temporary][:3]
