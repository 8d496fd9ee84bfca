"""The demo's unit files, rosters and dues files."""

from __future__ import annotations

from tools.workflow.demo.district import Cell, District, officers_of
from tools.workflow.demo.names import AWAY, REASONS
from tools.workflow.demo.output import Output, yaml_list


class Units:
    def __init__(self, district: District, out: Output) -> None:
        self.district, self.random, self.write = district, district.random, out.write

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
        officers = officers_of(cell)
        lines = [f"name: {cell.name}", "kind: cell", f"type: {cell.type}",
                 "established: 1990-01-01", f"has_committee: {str(cell.has_committee).lower()}",
                 f"secretary: {officers[0].id}"]
        if cell.has_committee:
            lines.append(f"committee_members: {yaml_list([p.id for p in officers])}")
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
