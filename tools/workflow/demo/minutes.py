"""The demo's minutes: a year of meetings for each cell, with real-life gaps (a missed month,
an absent member, a visit now and then), the closing time in each text the `end` of its front
matter."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from tools.workflow.demo.district import Cell, District, officers_of
from tools.workflow.demo.names import REASONS, TOPICS, VISITS, WORK
from tools.workflow.demo.output import Output, yaml_list


class Minutes:
    def __init__(self, district: District, out: Output) -> None:
        self.district, self.random, self.write = district, district.random, out.write
        # the imperfections of a real year: who skips, which months a cell misses
        self.habitual: set[tuple[str, str]] = set()

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
        officers = officers_of(cell)
        absent = officers[-1] if self.random.random() < 0.05 else None
        start = self.random.choice(["07:30", "14:00", "19:00"])
        end = add_minutes(start, self.random.choice([60, 75, 90]))
        present = [p.id for p in officers if p is not absent]
        lines = ["---", "kind: committee", f"date: {day}", f'start: "{start}"', f'end: "{end}"',
                 f"place: Hội trường {cell.name.removeprefix('Chi bộ ')}",
                 f"chair: {officers[0].id}", f"secretary: {officers[1].id}",
                 f"present: {yaml_list(present)}"]
        if absent:
            lines += ["absent_excused:", f"  {absent.id}: {self.random.choice(REASONS)}"]
        work = self.random.sample(WORK[cell.type], k=2)
        lines += ["minutes_adopted: true", "---", "", "## Nội dung", "",
                  f"Chi ủy họp với {len(present)}/{len(officers)} đồng chí chi ủy viên, chuẩn bị "
                  f"nội dung sinh hoạt chi bộ tháng {day.month}/{day.year}: đánh giá việc "
                  f"{work[0]}, bàn kế hoạch {work[1]}.", "", "## Kết luận", "",
                  f"Thống nhất trình chi bộ; kết thúc lúc {spoken(end)}."]
        self.write(f"{cell.folder}/minutes/{day.year}/{day:%Y-%m-%d}-committee.md",
                   "\n".join(lines) + "\n")

    def _meeting(self, cell: Cell, day: dt.date, kind: str, visited: bool) -> None:
        present, excused, unexcused = self._attendance(cell, day)
        chair, clerk = cell.people[0], cell.people[1]
        start = self.random.choice(["07:30", "08:00", "14:00", "19:00"])
        minutes = self.random.choice([95, 100, 110, 120, 135])
        end = add_minutes(start, minutes)
        lines = ["---", f"kind: {kind}", f"date: {day}", f'start: "{start}"', f'end: "{end}"',
                 f"place: Hội trường {cell.name.removeprefix('Chi bộ ')}",
                 f"chair: {chair.id}", f"secretary: {clerk.id}",
                 f"present: {yaml_list(present)}"]
        if excused:
            lines.append("absent_excused:")
            lines += [f"  {member}: {reason}" for member, reason in excused.items()]
        if unexcused:
            lines.append(f"absent_unexcused: {yaml_list(unexcused)}")
        if visited:
            lines += self._guest(cell)
        if kind == "thematic":
            lines.append(f"topic: {self.random.choice(TOPICS)}")
        speakers = present[:2] + self.random.sample(present[2:], k=min(2, len(present[2:])))
        lines.append(f"speakers: {yaml_list(speakers)}")
        assigned = self.random.sample(present, k=min(3, len(present)))
        work = self.random.sample(WORK[cell.type], k=4)
        lines += self._tasks(day, assigned, work)
        if kind == "regular":
            lines += _decision(cell, day, present)
        lines += ["minutes_adopted: true", "---", "",
                  *self._body(cell, day, kind, present, assigned, work, end)]
        name = f"{day:%Y-%m-%d}-{kind}.md"
        self.write(f"{cell.folder}/minutes/{day.year}/{name}", "\n".join(lines) + "\n")

    def _tasks(self, day: dt.date, assigned: list[str], work: list[str]) -> list[str]:
        lines = ["tasks:"]
        for member, task in zip(assigned, work[1:], strict=False):
            due = day + dt.timedelta(days=self.random.randint(20, 40))
            lines += [f"  - member: {member}", f"    task: {task[0].upper() + task[1:]}",
                      f"    due: {due}"]
        return lines

    def _body(self, cell: Cell, day: dt.date, kind: str, present: list[str],
              assigned: list[str], work: list[str], end: str) -> list[str]:
        people = {p.id: p.name for p in cell.people}
        tasks = [f"- Đồng chí {people[m]}: {w}, báo cáo kết quả trước ngày "
                 f"{self.random.randint(1, 28)}/{day.month % 12 + 1}."
                 for m, w in zip(assigned, work[1:], strict=False)]
        opening = (f"Hôm nay, ngày {day.day} tháng {day.month} năm {day.year}, {cell.name} "
                   f"họp với {len(present)} đảng viên có mặt.")
        closing = f"Biên bản được thông qua, kết thúc lúc {spoken(end)}."
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


def spoken(time: str) -> str:
    hours, minutes = time.split(":")
    return f"{int(hours)} giờ {minutes} phút"


def add_minutes(start: str, minutes: int) -> str:
    hours, mins = map(int, start.split(":"))
    total = hours * 60 + mins + minutes
    return f"{total // 60:02d}:{total % 60:02d}"


def _decision(cell: Cell, day: dt.date, present: list[str]) -> list[str]:
    """The month's resolution, voted by this cell's full members (not those here on temporary
    activity), less the exempt and the away who did not come."""
    full = [p for p in cell.people if p.votes(day) and (p.joined is None or p.joined <= day)]
    full_present = sum(1 for p in full if p.id in present)
    eligible = sum(1 for p in full if p.id in present or p.here(day))
    return ["decisions:", f"  - text: Thông qua nghị quyết tháng {day.month}/{day.year}",
            f"    votes: {{for: {full_present}, against: 0, abstain: 0}}",
            f"    adopted: {str(2 * full_present > eligible).lower()}"]
