"""`tools demo kbang`: a synthetic, deterministic district with the Kbang report's structure.

The default sizes reproduce the district report in shared/seed (54 grassroots organizations:
17 grassroots committees holding 199 cells, and 37 grassroots cells; 3,814 members; 110 village
cells, all with a committee, 86 of whose secretaries are village heads), with a year of minutes
under the 2018 rulebook and the imperfections a real year has. Other sizes keep the same
proportions, for benchmarks.

It keeps the rules: a cell committee only where 9 full members or more, meeting monthly; the
closing time in each text is the `end` of its front matter; a cell's tasks fit its type;
superior visits come at the rate a district sees. It holds one of each v2 record: members away
on temporary activity, members here on temporary activity (not counted as members), a partial
committee in the forestry company, and dues files with one member three months behind.
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
# the month's work a cell reviews and assigns, by the cell's type: a village cell's tasks are
# not a school's
WORK = {
    "village": ["thu hoạch cà phê", "chăm sóc mì (sắn)", "làm cỏ lúa nước",
                "phòng chống cháy rừng", "vận động học sinh ra lớp", "tiêm phòng cho gia súc",
                "sửa đường liên thôn", "thu nộp đảng phí", "vệ sinh môi trường",
                "phòng chống lũ quét", "đăng ký mô hình nuôi bò", "trồng rừng sản xuất",
                "rà soát hộ nghèo", "làm nhà văn hóa"],
    "residential": ["vệ sinh đường phố", "rà soát hộ nghèo", "thu nộp đảng phí",
                    "vận động đóng góp quỹ khuyến học", "phòng chống dịch sốt xuất huyết",
                    "tuần tra an ninh tổ dân phố", "hòa giải mâu thuẫn trong khu dân cư",
                    "vận động người dân cài ứng dụng định danh điện tử",
                    "lắp đèn chiếu sáng ngõ xóm", "đăng ký gia đình văn hóa"],
    "education": ["ôn tập cho học sinh cuối cấp", "bồi dưỡng học sinh giỏi",
                  "phụ đạo học sinh yếu", "vận động học sinh bỏ học trở lại lớp",
                  "soạn đề kiểm tra giữa kỳ", "dự giờ đồng nghiệp", "thu nộp đảng phí",
                  "chuẩn bị khai giảng năm học mới", "tu sửa phòng học",
                  "họp phụ huynh học sinh"],
    "armed-forces": ["tuần tra kiểm soát địa bàn", "huấn luyện điều lệnh",
                     "trực sẵn sàng chiến đấu", "tuyên truyền luật nghĩa vụ quân sự",
                     "thu nộp đảng phí", "giúp dân phòng chống lũ quét",
                     "rà soát thanh niên trong độ tuổi nhập ngũ", "giữ gìn an ninh dịp lễ, Tết"],
    "agency": ["giải quyết hồ sơ đúng hạn", "cải cách thủ tục hành chính",
               "số hóa hồ sơ lưu trữ", "thu nộp đảng phí", "tiếp công dân định kỳ",
               "tham mưu báo cáo sơ kết", "kiểm tra việc thực hiện quy chế dân chủ",
               "chuẩn bị hội nghị cán bộ, công chức"],
    "public-service": ["khám bệnh cho người dân vùng sâu", "tiêm chủng mở rộng",
                       "tuần tra bảo vệ rừng", "tổ chức hoạt động văn hóa, thể thao",
                       "thu nộp đảng phí", "cải tiến quy trình phục vụ người dân",
                       "kiểm kê tài sản", "đào tạo nghề cho lao động nông thôn"],
    "state-enterprise": ["tuần tra bảo vệ rừng", "trồng rừng sản xuất",
                         "khai thác gỗ đúng kế hoạch", "phòng chống cháy rừng",
                         "thu nộp đảng phí", "bảo dưỡng máy móc",
                         "bảo đảm an toàn lao động", "giao khoán bảo vệ rừng cho hộ dân"],
}
# superior visits, as the chance that a meeting has one, by the visitor's level: the grassroots
# committee member who follows a subordinate cell comes often, a district member about once a
# year, a provincial member a few times a year in the whole district
VISITS = {"subordinate": (("grassroots", 0.25), ("district", 0.06), ("province", 0.003)),
          "grassroots": (("district", 0.15), ("province", 0.006))}
AWAY = ["Học lớp trung cấp lý luận chính trị tại Trường Chính trị tỉnh",
        "Đi làm việc theo hợp đồng ở tỉnh khác, sinh hoạt tạm thời tại nơi làm việc",
        "Đi học đại học hệ tập trung"]
TEMPORARY = "Sinh hoạt tạm thời (đang công tác, làm việc trên địa bàn)"


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
        for folder, name in self.district.partials:
            self.write(f"{folder}/unit.yaml", f"name: {name}\nkind: committee\n"
                       f"level: partial\nestablished: {first - 10}-01-01\n")
        for cell in self.district.cells:
            self.cell(cell)
        self.dues()

    def cell(self, cell: Cell) -> None:
        officers = _officers(cell)
        lines = [f"name: {cell.name}", "kind: cell", f"type: {cell.type}",
                 "established: 1990-01-01", f"has_committee: {str(cell.has_committee).lower()}",
                 f"secretary: {officers[0].id}"]
        if cell.has_committee:
            lines.append(f"committee_members: {_yaml_list([p.id for p in officers])}")
        if cell.type in ("village", "residential"):
            lines.append(f"secretary_is_village_head: {str(cell.head).lower()}")
        self.write(f"{cell.folder}/unit.yaml", "\n".join(lines) + "\n")
        roster = ["members:"]
        for person in cell.people:
            roster += [f"  - id: {person.id}", f"    name: {person.name}",
                       f"    card: \"{person.card}\"", f"    admitted: {person.admitted}"]
            if person.full_since:
                roster.append(f"    full_since: {person.full_since}")
            roster.append(f"    joined: {person.joined or person.admitted}")
            if person.temporary:
                roster.append("    temporary: true")
            if person.exempt_from:
                roster += ["    exempt:", f"      - from: {person.exempt_from}",
                           "        reason: Tuổi cao, sức yếu"]
            if person.away:
                roster += ["    away:", f"      - from: {person.away[0]}",
                           f"        to: {person.away[1]}", "        kind: temporary",
                           f"        note: {self.random.choice(AWAY)}"]
        self.write(f"{cell.folder}/members.yaml", "\n".join(roster) + "\n")

    def dues(self) -> None:
        """A few cells keep their unpaid dues [đảng phí]; one member owes three months without
        reason, the other ground for removal."""
        cells = self.district.cells
        owing = cells[min(1, len(cells) - 1)]
        for cell in cells:
            if cell is not owing and self.random.random() > 0.08:
                continue
            for year in self.district.years:
                unpaid: dict[str, list[str]] = {}
                members = [p for p in cell.people[2:] if not p.temporary]
                for person in self.random.sample(members, k=min(2, len(members))):
                    months = sorted(self.random.sample(range(1, 13), k=self.random.randint(1, 2)))
                    unpaid[person.id] = [
                        f"    - {{month: {year}-{month:02d}}}" if self.random.random() < 0.5
                        else f"    - {{month: {year}-{month:02d}, reason: "
                             f"{self.random.choice(REASONS)}}}" for month in months]
                if cell is owing:
                    unpaid[owing.people[2].id] = [f"    - {{month: {year}-{month:02d}}}"
                                                  for month in (3, 4, 7)]
                lines = ["unpaid:"]
                for member, months in unpaid.items():
                    lines += [f"  {member}:", *months]
                self.write(f"{cell.folder}/dues/{year}.yaml", "\n".join(lines) + "\n")

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
            # the committee prepares the month's meeting (Charter, Art. 24: monthly)
            if cell.has_committee and self.random.random() > 0.03:
                self._committee(cell, dt.date(year, month, self.random.randint(1, 2)))
            if month not in missed:
                self._meeting(cell, dt.date(year, month, self.random.randint(3, 9)),
                              "regular", visited)
            if month % 3 == 2 and self.random.random() > 0.05:
                self._meeting(cell, dt.date(year, month, self.random.randint(15, 25)),
                              "thematic", visited)

    def _attendance(self, cell: Cell, day: dt.date) -> tuple[list[str], dict, list[str]]:
        present, excused, unexcused = [], {}, []
        for person in cell.people:
            if not person.here(day):
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

    def _guest(self, cell: Cell) -> list[str]:
        for level, chance in VISITS["subordinate" if cell.subordinate else "grassroots"]:
            if self.random.random() < chance:
                return ["guests:", "  - name: Đồng chí cấp ủy viên theo dõi chi bộ",
                        "    position: Cấp ủy viên phụ trách địa bàn", f"    level: {level}"]
        return []

    def _committee(self, cell: Cell, day: dt.date) -> None:
        officers = _officers(cell)
        absent = officers[-1] if self.random.random() < 0.05 else None
        start = self.random.choice(["07:30", "14:00", "19:00"])
        end = _add(start, self.random.choice([60, 75, 90]))
        present = [p.id for p in officers if p is not absent]
        lines = ["---", "kind: committee", f"date: {day}", f'start: "{start}"', f'end: "{end}"',
                 f"place: Hội trường {cell.name.removeprefix('Chi bộ ')}",
                 f"chair: {officers[0].id}", f"secretary: {officers[1].id}",
                 f"present: {_yaml_list(present)}"]
        if absent:
            lines += ["absent_excused:", f"  {absent.id}: {self.random.choice(REASONS)}"]
        work = self.random.sample(WORK[cell.type], k=2)
        lines += ["minutes_adopted: true", "---", "", "## Nội dung", "",
                  f"Chi ủy họp với {len(present)}/{len(officers)} đồng chí chi ủy viên, chuẩn bị "
                  f"nội dung sinh hoạt chi bộ tháng {day.month}/{day.year}: đánh giá việc "
                  f"{work[0]}, bàn kế hoạch {work[1]}.", "", "## Kết luận", "",
                  f"Thống nhất trình chi bộ; kết thúc lúc {_spoken(end)}."]
        self.write(f"{cell.folder}/minutes/{day.year}/{day:%Y-%m-%d}-committee.md",
                   "\n".join(lines) + "\n")

    def _meeting(self, cell: Cell, day: dt.date, kind: str, visited: bool) -> None:
        present, excused, unexcused = self._attendance(cell, day)
        chair, clerk = cell.people[0], cell.people[1]
        start = self.random.choice(["07:30", "08:00", "14:00", "19:00"])
        minutes = self.random.choice([95, 100, 110, 120, 135])
        end = _add(start, minutes)
        # the voters: this cell's full members (not those here on temporary activity), less
        # the exempt and the away who did not come
        full = [p for p in cell.people if p.votes(day) and (p.joined is None or p.joined <= day)]
        full_present = sum(1 for p in full if p.id in present)
        eligible = sum(1 for p in full if p.id in present or p.here(day))
        lines = ["---", f"kind: {kind}", f"date: {day}", f'start: "{start}"', f'end: "{end}"',
                 f"place: Hội trường {cell.name.removeprefix('Chi bộ ')}",
                 f"chair: {chair.id}", f"secretary: {clerk.id}",
                 f"present: {_yaml_list(present)}"]
        if excused:
            lines.append("absent_excused:")
            lines += [f"  {member}: {reason}" for member, reason in excused.items()]
        if unexcused:
            lines.append(f"absent_unexcused: {_yaml_list(unexcused)}")
        if visited:
            lines += self._guest(cell)
        if kind == "thematic":
            lines.append(f"topic: {self.random.choice(TOPICS)}")
        speakers = present[:2] + self.random.sample(present[2:], k=min(2, len(present[2:])))
        lines.append(f"speakers: {_yaml_list(speakers)}")
        assigned = self.random.sample(present, k=min(3, len(present)))
        work = self.random.sample(WORK[cell.type], k=4)
        lines.append("tasks:")
        for member, task in zip(assigned, work[1:], strict=False):
            due = day + dt.timedelta(days=self.random.randint(20, 40))
            lines += [f"  - member: {member}", f"    task: {task[0].upper() + task[1:]}",
                      f"    due: {due}"]
        if kind == "regular":
            lines += ["decisions:", f"  - text: Thông qua nghị quyết tháng {day.month}/{day.year}",
                      f"    votes: {{for: {full_present}, against: 0, abstain: 0}}",
                      f"    adopted: {str(2 * full_present > eligible).lower()}"]
        lines += ["minutes_adopted: true", "---", "",
                  *self._body(cell, day, kind, present, assigned, work, end)]
        name = f"{day:%Y-%m-%d}-{kind}.md"
        self.write(f"{cell.folder}/minutes/{day.year}/{name}", "\n".join(lines) + "\n")

    def _body(self, cell: Cell, day: dt.date, kind: str, present: list[str],
              assigned: list[str], work: list[str], end: str) -> list[str]:
        people = {p.id: p.name for p in cell.people}
        tasks = [f"- Đồng chí {people[m]}: {w}, báo cáo kết quả trước ngày "
                 f"{self.random.randint(1, 28)}/{day.month % 12 + 1}."
                 for m, w in zip(assigned, work[1:], strict=False)]
        opening = (f"Hôm nay, ngày {day.day} tháng {day.month} năm {day.year}, {cell.name} "
                   f"họp với {len(present)} đảng viên có mặt.")
        closing = f"Biên bản được thông qua, kết thúc lúc {_spoken(end)}."
        if kind == "thematic":
            return ["## Mở đầu", "", opening, "", "## Trình bày chuyên đề", "",
                    f"Đồng chí {people[present[0]]} trình bày chuyên đề, liên hệ việc "
                    f"{work[0]} trong tháng {day.month}.", "",
                    "## Thảo luận", "", *tasks, "", "## Kết luận", "",
                    f"Chi bộ thống nhất {self.random.randint(2, 6)} việc làm cụ thể. {closing}"]
        return ["## Mở đầu", "", opening, "", "## Nội dung", "",
                f"Đánh giá tháng {day.month}: {work[0]} đạt {self.random.randint(60, 100)}% "
                f"kế hoạch; thu đảng phí {self.random.randint(80, 100)}%.", "",
                "Phân công nhiệm vụ tháng tới:", *tasks, "", "## Kết thúc", "", closing]


def _officers(cell: Cell) -> list[Person]:
    """The secretary and the committee: full members, neither exempt nor here temporarily."""
    return [p for p in cell.people
            if p.exempt_from is None and p.full_since and not p.temporary][:3]


def _spoken(time: str) -> str:
    hours, minutes = time.split(":")
    return f"{int(hours)} giờ {minutes} phút"


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

