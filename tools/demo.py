"""`tools demo kbang`: a synthetic, deterministic district with the Kbang report's structure.

The default sizes reproduce the district report in shared/seed (54 grassroots organizations:
17 grassroots committees holding 199 cells, and 37 grassroots cells; 3,814 members; 110 village
cells, all with a committee, 86 of whose secretaries are village heads), with a year of minutes
under the 2018 rulebook and the imperfections a real year has. Other sizes keep the same
proportions, for benchmarks.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

KBANG = {"cells": 236, "committees": 17, "grassroots_cells": 37, "members": 3814,
         "villages": 110, "heads": 86}

COMMUNES = ["Thị trấn Kbang", "Xã Đak Rong", "Xã Sơn Lang", "Xã Krong", "Xã Sơ Pai",
            "Xã Lơ Ku", "Xã Đông", "Xã Nghĩa An", "Xã Tơ Tung", "Xã Kông Lơng Khơng",
            "Xã Kông Bơ La", "Xã Đak HLơ", "Xã Đak Smar", "Xã Kon Pne"]
OTHER_COMMITTEES = ["Công an huyện", "Quân sự huyện", "Công ty TNHH MTV Lâm nghiệp Sơ Pai"]
AGENCIES = ["Văn phòng Huyện ủy", "Ủy ban Kiểm tra Huyện ủy", "Ban Tổ chức Huyện ủy",
            "Ban Tuyên giáo Huyện ủy", "Ban Dân vận Huyện ủy", "Văn phòng HĐND và UBND huyện",
            "Phòng Tài chính - Kế hoạch", "Phòng Nội vụ", "Phòng Nông nghiệp và PTNT",
            "Phòng Tài nguyên và Môi trường", "Phòng Giáo dục và Đào tạo", "Phòng Y tế",
            "Phòng Dân tộc", "Phòng Văn hóa và Thông tin", "Phòng Lao động - TB&XH",
            "Phòng Kinh tế - Hạ tầng", "Thanh tra huyện", "Tòa án nhân dân huyện",
            "Viện Kiểm sát nhân dân huyện", "Chi cục Thi hành án dân sự", "Chi cục Thuế",
            "Kho bạc Nhà nước", "Bảo hiểm xã hội huyện", "Ngân hàng Chính sách xã hội",
            "Trung tâm Y tế huyện", "Trung tâm Văn hóa - Thể thao", "Trường THPT Kbang",
            "Trường THPT Lương Thế Vinh", "Trường Phổ thông DTNT huyện",
            "Trung tâm GDNN - GDTX", "Hạt Kiểm lâm", "Vườn quốc gia Kon Ka Kinh",
            "Ban Quản lý rừng phòng hộ", "Điện lực Kbang", "Ủy ban MTTQ Việt Nam huyện",
            "Huyện đoàn", "Hội Nông dân huyện"]
VILLAGE_PARTS = ["Kon", "Đê", "Tơ", "Đak", "Lơ", "Hra", "Krăp", "Groi", "Bơ", "Ya"]
VILLAGE_NAMES = ["Mông", "Hring", "Lốk", "Bar", "Pơng", "Tung", "Hlang", "Kơ Tu", "Broch",
                 "Sơ Lam", "Jơ Dreh", "Klah", "Đon", "Lok", "Rơng", "Pling", "Kta", "Ktu"]
SUBORDINATE = ["Trường Tiểu học", "Trường THCS", "Trường Mầm non", "Trạm Y tế", "Công an",
               "Quân sự", "Khối Mặt trận và đoàn thể", "Khối cơ quan", "Đội sản xuất",
               "Tổ bảo vệ rừng"]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Võ", "Đặng", "Bùi",
            "Đỗ", "Hồ", "Ngô", "Dương"]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quang"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hòa", "Hùng", "Hương", "Lan",
         "Long", "Mai", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Thủy", "Trung",
         "Tuấn", "Vân", "Yến"]
HIGHLAND = [("Đinh Văn", ["Hùng", "Nhứ", "Ken", "Phin", "Thuân", "Blưu", "Hlip", "Thơm"]),
            ("Đinh Thị", ["Hiên", "Bul", "Ngưm", "Hới", "Lăm", "Tih"]),
            ("Rơ Châm", ["Thị Hoa", "Blưu", "Phăm", "H'Luih"]),
            ("Rơ Mah", ["Blưu", "Thơm", "H'Yer", "Tuih"]), ("Ksor", ["H'Nhi", "Phun", "Kơl"]),
            ("Siu", ["Thu", "H'Ngưm", "Pran"]), ("Y", ["Brốh", "Khim", "Nhiên"])]
REASONS = ["Đi làm ăn xa", "Ốm đau", "Bận việc gia đình", "Đi công tác", "Đi học tập trung",
           "Chăm người nhà nằm viện"]
TOPICS = ["Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về trách nhiệm nêu "
          "gương (Chỉ thị 05-CT/TW)",
          "Giải pháp hạn chế tín dụng đen trong đồng bào dân tộc thiểu số",
          "Nâng cao chất lượng sinh hoạt chi bộ ở làng đặc biệt khó khăn",
          "Phòng chống cháy rừng mùa khô và bảo vệ rừng đầu nguồn",
          "Xây dựng phong cách, tác phong người đứng đầu theo phong cách Hồ Chí Minh",
          "Chuyển đổi cây trồng, trồng cà phê xen canh trên đất dốc"]
WORK = ["thu hoạch cà phê", "chăm sóc mì (sắn)", "làm cỏ lúa nước", "phòng chống cháy rừng",
        "vận động học sinh ra lớp", "tiêm phòng cho gia súc", "sửa đường liên thôn",
        "thu nộp đảng phí", "vệ sinh môi trường", "phòng chống lũ quét", "đăng ký mô hình nuôi bò",
        "trồng rừng sản xuất", "rà soát hộ nghèo", "làm nhà văn hóa"]


def slug(text: str) -> str:
    text = text.replace("Đ", "D").replace("đ", "d")
    ascii_ = unicodedata.normalize("NFD", text).encode("ascii", "ignore").decode().lower()
    return "-".join("".join(c if c.isalnum() else " " for c in ascii_).split())


@dataclass
class Person:
    id: str
    name: str
    card: str
    admitted: dt.date
    full_since: dt.date | None
    exempt_from: dt.date | None = None


@dataclass
class Cell:
    folder: str
    name: str
    type: str
    people: list[Person] = field(default_factory=list)
    has_committee: bool = True
    head: bool = False


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
                self._cell(folder, f"Chi bộ Đội {number} {place_name}", _cell_type(place_name))
        for index in range(grassroots_cells):
            base = AGENCIES[index % len(AGENCIES)]
            name = base if index < len(AGENCIES) else f"{base} {index // len(AGENCIES) + 1}"
            self._cell(top, f"Chi bộ {name}", _cell_type(name))
        self._people(round(KBANG["members"] * self.scale))

    def _cell(self, parent: str, name: str, type_: str, head: bool = False) -> None:
        folder = f"{parent}/{slug(name.removeprefix('Chi bộ '))}"
        taken = {c.folder for c in self.cells}
        base, number = folder, 2
        while folder in taken:
            folder, number = f"{base}-{number}", number + 1
        self.cells.append(Cell(folder, name, type_, head=head))

    def _people(self, total: int) -> None:
        sizes = [6 + self.random.randint(0, 20) for _ in self.cells]
        while sum(sizes) != total:
            index = self.random.randrange(len(sizes))
            step = 1 if sum(sizes) < total else -1
            if sizes[index] + step >= 5:
                sizes[index] += step
        first = dt.date(self.years[0], 1, 1)
        for cell, size in zip(self.cells, sizes, strict=True):
            ids: set[str] = set()
            for number in range(size):
                name = self._name(cell.type)
                person_id, suffix = slug(name), 2
                while person_id in ids:
                    person_id, suffix = f"{slug(name)}-{suffix}", suffix + 1
                ids.add(person_id)
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
                cell.people.append(person)
            cell.has_committee = cell.type in ("village", "residential") or size >= 9

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


# -- writing ---------------------------------------------------------------------------------


def _yaml_list(items: list[str]) -> str:
    return "[" + ", ".join(items) + "]"


class Writer:
    def __init__(self, district: District, root: Path) -> None:
        self.district, self.root, self.random = district, root, district.random
        self.written = 0
        # the imperfections of a real year: who skips, which months a cell misses
        self.habitual: set[tuple[str, str]] = set()

    def write(self, path: str, text: str) -> None:
        target = self.root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8", newline="\n")
        self.written += 1

    def units(self) -> None:
        first = self.district.years[0]
        name = "Đảng bộ huyện Kbang" if self.district.top.endswith("/huyen-kbang") else \
            f"Đảng bộ {self.district.top.rsplit('/', 1)[1]}"
        self.write(f"{self.district.top}/unit.yaml",
                   f"name: {name}\nkind: committee\nlevel: district\nestablished: 1975-03-17\n")
        for folder, name in self.district.committees:
            self.write(f"{folder}/unit.yaml", f"name: {name}\nkind: committee\n"
                       f"level: grassroots\nestablished: {first - 20}-01-01\n")
        for cell in self.district.cells:
            self.cell(cell)

    def cell(self, cell: Cell) -> None:
        active = [p for p in cell.people if p.exempt_from is None and p.full_since]
        secretary = active[0]
        lines = [f"name: {cell.name}", "kind: cell", f"type: {cell.type}",
                 "established: 1990-01-01", f"has_committee: {str(cell.has_committee).lower()}",
                 f"secretary: {secretary.id}"]
        if cell.has_committee:
            lines.append(f"committee_members: {_yaml_list([p.id for p in active[:3]])}")
        if cell.type in ("village", "residential"):
            lines.append(f"secretary_is_village_head: {str(cell.head).lower()}")
        self.write(f"{cell.folder}/unit.yaml", "\n".join(lines) + "\n")
        roster = ["members:"]
        for person in cell.people:
            roster += [f"  - id: {person.id}", f"    name: {person.name}",
                       f"    card: \"{person.card}\"", f"    admitted: {person.admitted}"]
            if person.full_since:
                roster.append(f"    full_since: {person.full_since}")
            roster.append(f"    joined: {person.admitted}")
            if person.exempt_from:
                roster += ["    exempt:", f"      - from: {person.exempt_from}",
                           "        reason: Tuổi cao, sức yếu"]
        self.write(f"{cell.folder}/members.yaml", "\n".join(roster) + "\n")

    def minutes(self, progress: Callable[[int], None]) -> None:
        removal = self.district.cells[0]
        self.habitual = {(removal.folder, removal.people[-2].id)}
        never_visited = set(self.random.sample(range(len(self.district.cells)),
                                               k=max(1, len(self.district.cells) // 12)))
        for index, cell in enumerate(self.district.cells):
            for year in self.district.years:
                self._year(cell, year, visited=index not in never_visited)
            progress(1)

    def _year(self, cell: Cell, year: int, visited: bool) -> None:
        missed = {m for m in range(1, 13) if self.random.random() < 0.03}
        for month in range(1, 13):
            if month not in missed:
                self._meeting(cell, dt.date(year, month, self.random.randint(3, 9)),
                              "regular", visited)
            if month % 3 == 2 and self.random.random() > 0.05:
                self._meeting(cell, dt.date(year, month, self.random.randint(15, 25)),
                              "thematic", visited)

    def _attendance(self, cell: Cell, day: dt.date) -> tuple[list[str], dict, list[str]]:
        present, excused, unexcused = [], {}, []
        for person in cell.people:
            if person.exempt_from and person.exempt_from <= day:
                continue
            roll = self.random.random()
            if (cell.folder, person.id) in self.habitual and day.month in (2, 4, 6, 8, 10):
                unexcused.append(person.id)
            elif person is cell.people[0] or person is cell.people[1]:
                present.append(person.id)
            elif roll < 0.004:
                unexcused.append(person.id)
            elif roll < 0.06:
                excused[person.id] = self.random.choice(REASONS)
            else:
                present.append(person.id)
        return present, excused, unexcused

    def _meeting(self, cell: Cell, day: dt.date, kind: str, visited: bool) -> None:
        present, excused, unexcused = self._attendance(cell, day)
        chair, clerk = cell.people[0], cell.people[1]
        start = self.random.choice(["07:30", "08:00", "14:00", "19:00"])
        minutes = self.random.choice([95, 100, 110, 120, 135])
        end = _add(start, minutes)
        full = [p for p in cell.people if p.full_since and p.full_since <= day]
        full_present = sum(1 for p in full if p.id in present)
        eligible = sum(1 for p in full if p.id in present or not p.exempt_from)
        lines = ["---", f"kind: {kind}", f"date: {day}", f'start: "{start}"', f'end: "{end}"',
                 f"place: Hội trường {cell.name.removeprefix('Chi bộ ')}",
                 f"chair: {chair.id}", f"secretary: {clerk.id}",
                 f"present: {_yaml_list(present)}"]
        if excused:
            lines.append("absent_excused:")
            lines += [f"  {member}: {reason}" for member, reason in excused.items()]
        if unexcused:
            lines.append(f"absent_unexcused: {_yaml_list(unexcused)}")
        if visited and self.random.random() < 0.12:
            level = self.random.choice(["district", "district", "grassroots", "province"])
            lines += ["guests:", "  - name: Đồng chí cấp ủy viên theo dõi chi bộ",
                      "    position: Cấp ủy viên phụ trách địa bàn", f"    level: {level}"]
        if kind == "thematic":
            lines.append(f"topic: {self.random.choice(TOPICS)}")
        speakers = present[:2] + self.random.sample(present[2:], k=min(2, len(present[2:])))
        lines.append(f"speakers: {_yaml_list(speakers)}")
        assigned = self.random.sample(present, k=min(3, len(present)))
        work = self.random.sample(WORK, k=4)
        lines.append("tasks:")
        for member, task in zip(assigned, work[1:], strict=False):
            due = day + dt.timedelta(days=self.random.randint(20, 40))
            lines += [f"  - member: {member}", f"    task: {task.capitalize()}", f"    due: {due}"]
        if kind == "regular":
            lines += ["decisions:", f"  - text: Thông qua nghị quyết tháng {day.month}/{day.year}",
                      f"    votes: {{for: {full_present}, against: 0, abstain: 0}}",
                      f"    adopted: {str(2 * full_present > eligible).lower()}"]
        lines += ["minutes_adopted: true", "---", "",
                  *self._body(cell, day, kind, present, assigned, work)]
        name = f"{day:%Y-%m-%d}-{kind}.md"
        self.write(f"{cell.folder}/minutes/{day.year}/{name}", "\n".join(lines) + "\n")

    def _body(self, cell: Cell, day: dt.date, kind: str, present: list[str],
              assigned: list[str], work: list[str]) -> list[str]:
        people = {p.id: p.name for p in cell.people}
        tasks = [f"- Đồng chí {people[m]}: {w}, báo cáo kết quả trước ngày "
                 f"{self.random.randint(1, 28)}/{day.month % 12 + 1}."
                 for m, w in zip(assigned, work[1:], strict=False)]
        opening = (f"Hôm nay, ngày {day.day} tháng {day.month} năm {day.year}, {cell.name} "
                   f"họp với {len(present)} đảng viên có mặt.")
        if kind == "thematic":
            return ["## Mở đầu", "", opening, "", "## Trình bày chuyên đề", "",
                    f"Đồng chí {people[present[0]]} trình bày chuyên đề, liên hệ việc "
                    f"{work[0]} của địa phương trong tháng {day.month}.", "",
                    "## Thảo luận", "", *tasks, "", "## Kết luận", "",
                    f"Chi bộ thống nhất {self.random.randint(2, 6)} việc làm cụ thể."]
        return ["## Mở đầu", "", opening, "", "## Nội dung", "",
                f"Đánh giá tháng {day.month}: {work[0]} đạt {self.random.randint(60, 100)}% "
                f"kế hoạch; thu đảng phí {self.random.randint(80, 100)}%.", "",
                "Phân công nhiệm vụ tháng tới:", *tasks, "", "## Kết thúc", "",
                f"Biên bản được thông qua, kết thúc lúc {self.random.randint(9, 21)} giờ."]


def _add(start: str, minutes: int) -> str:
    hours, mins = map(int, start.split(":"))
    total = hours * 60 + mins + minutes
    return f"{total // 60:02d}:{total % 60:02d}"


def kbang(root: Path, cells: int = KBANG["cells"], years: int = 1, last_year: int = 2024,
          seed: int = 1, progress: Callable[[int], None] = lambda _: None,
          top: str = "huyen-kbang") -> int:
    """Write the demo district under root/records/<top>; returns the number of files written."""
    district = District(cells, years, last_year, seed, top)
    district.build()
    writer = Writer(district, root)
    writer.units()
    writer.minutes(progress)
    return writer.written

