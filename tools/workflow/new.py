"""`tools new`: a meeting's minutes, pre-filled from the roster as of the meeting date."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from tools.checking.project import Project
from tools.checking.rulebook import Part
from tools.checking.run import Run
from tools.problems import FatalError, ToolProblem
from tools.reading.files import link_in
from tools.reading.layout import KINDS
from tools.reading.tree import Member, Roster, Unit

KIND_NAMES = {"regular": "sinh hoạt thường kỳ", "thematic": "sinh hoạt chuyên đề",
              "committee": "họp chi ủy", "extraordinary": "sinh hoạt bất thường"}
# what each part of the meeting records (the steps of HD 12-HD/BTCTW and HD 42-HD/BTCTW)
PART_HINTS = {
    "content": "Đánh giá việc thực hiện nhiệm vụ tháng trước; thảo luận; "
               "phân công nhiệm vụ tháng tới; biểu quyết.",
    "closing": "Thông qua biên bản; giờ kết thúc.",
    "presentation": "Người trình bày, nội dung chính của chuyên đề.",
    "discussion": "Ý kiến phát biểu của đảng viên, liên hệ thực tế.",
    "conclusion": "Kết luận của đồng chí chủ trì; việc làm cụ thể; thông qua biên bản.",
}


def _column(text: str, comment: str, width: int = 34) -> str:
    return f"{text.ljust(width)} # {comment}"


def _present(unit: Unit, roster: Roster, kind: str, day: dt.date) -> list[Member]:
    if kind == "committee":
        ids = unit.data.get("committee_members") or []
        return [roster.members[i] for i in ids
                if i in roster.members and roster.members[i].in_cell(day)]
    return roster.expected(day)


def render(unit: Unit, roster: Roster, kind: str, day: dt.date, parts: list[Part]) -> str:
    present = _present(unit, roster, kind, day)
    if not present:
        raise FatalError(f"{unit.folder}: no member expected on {day}", "new-nobody",
                         cell=unit.folder, date=day.isoformat())
    ids = [m.id for m in present]
    chair = unit.data.get("secretary") if unit.data.get("secretary") in ids else ids[0]
    clerk = next((i for i in (unit.data.get("deputy_secretary"), *ids) if i and i != chair),
                 chair)
    names = {m.id: m.name for m in roster.members.values()}
    lines = ["---",
             f"# Biên bản {KIND_NAMES[kind]}, {unit.data['name']}, ngày {day:%d/%m/%Y}.",
             "# Điền giờ bắt đầu, giờ kết thúc, địa điểm; chuyển người vắng khỏi present;",
             "# ghi nội dung vào các phần bên dưới. Dòng bắt đầu bằng # là ghi chú, có thể xóa.",
             _column(f"kind: {kind}", f"Loại: {KIND_NAMES[kind]}"),
             _column(f"date: {day.isoformat()}", "Ngày họp"),
             _column('start: ""', 'Giờ bắt đầu, ví dụ "07:30"'),
             _column('end: ""', 'Giờ kết thúc, ví dụ "09:45"'),
             _column('place: ""', "Địa điểm"),
             _column(f"chair: {chair}", f"Chủ trì: {names[chair]}"),
             _column(f"secretary: {clerk}", f"Thư ký: {names[clerk]}"),
             _column("present:", "Có mặt; người vắng chuyển xuống hai danh sách dưới")]
    lines += [_column(f"  - {member.id}", member.name + (
        " (sinh hoạt tạm thời, không biểu quyết)" if member.temporary else ""))
        for member in present]
    lines += [_column("absent_excused: {}", "Vắng có lý do, mỗi dòng  mã: lý do"),
              _column("absent_unexcused: []", "Vắng không lý do: [mã, mã]")]
    if kind != "committee":
        lines += _not_summoned(roster, day)
    if kind == "thematic":
        lines.append(_column('topic: ""', "Chủ đề sinh hoạt chuyên đề"))
    lines += [_column("speakers: []", "Đảng viên phát biểu: [mã, mã]"),
              _column("decisions: []", "Biểu quyết, mỗi mục: text, votes, adopted"),
              _column("minutes_adopted: true", "Biên bản đã được thông qua trước khi bế mạc"),
              "---", ""]
    lines += _opening(unit, kind, day, len(present), names[chair], names[clerk])
    for part in parts:
        if not part.unheaded:
            lines += [f"## {part.title}", "", f"<!-- {PART_HINTS.get(part.id, part.title)} -->",
                      ""]
    return "\n".join(lines)


def _not_summoned(roster: Roster, day: dt.date) -> list[str]:
    """Members in the cell who are not summoned, named in comments so the clerk knows why."""
    lines = []
    exempt = [m for m in roster.active(day) if m.is_exempt(day)]
    if exempt:
        lines.append("# Miễn sinh hoạt, không bắt buộc dự (nếu có dự thì thêm vào present):")
        lines += [f"#   {m.id} ({m.name})" for m in exempt]
    away = [m for m in roster.active(day) if m.is_away(day) and not m.is_exempt(day)]
    if away:
        lines.append("# Đi sinh hoạt tạm thời nơi khác hoặc bị đình chỉ, không triệu tập:")
        lines += [f"#   {m.id} ({m.name})" for m in away]
    return lines


def _opening(unit: Unit, kind: str, day: dt.date, expected: int, chair: str,
             clerk: str) -> list[str]:
    """The opening facts as real minutes write them: an unheaded block under the title."""
    lines = [f"# BIÊN BẢN {KIND_NAMES[kind].upper()}", "",
             f"{unit.data['name']}, ngày {day:%d/%m/%Y}.", "",
             "- Thời gian: từ … giờ … đến … giờ ….",
             "- Địa điểm: ….",
             f"- Thành phần: có mặt …/{expected} đồng chí; vắng có lý do: …; "
             "vắng không lý do: ….",
             f"- Chủ trì: đồng chí {chair}. Thư ký: đồng chí {clerk}."]
    if kind == "thematic":
        lines.append("- Mục đích, yêu cầu của buổi sinh hoạt chuyên đề: ….")
    return lines + [""]


def target(unit: Unit, kind: str, day: dt.date, another: bool, root: Path) -> Path:
    folder = root / unit.folder / "minutes" / str(day.year)
    base = folder / f"{day.isoformat()}-{kind}.md"
    if not another:
        return base
    number = 2
    while (folder / f"{day.isoformat()}-{kind}-{number}.md").exists():
        number += 1
    return folder / f"{day.isoformat()}-{kind}-{number}.md"


def new_minutes(project: Project, cell: str, kind: str, day: dt.date, another: bool,
                today: dt.date) -> Path:
    """Write the pre-filled file and return its path; never overwrite anything, never write
    through a link."""
    if kind not in KINDS:
        raise FatalError(f"kind must be one of {', '.join(KINDS)}", "new-kind",
                         kinds=", ".join(KINDS))
    link = link_in(project.root, cell)
    if link is not None:
        raise ToolProblem("through-link", path=cell, link=link)
    run = Run(project, today)
    unit = run.unit(cell) if run.has_unit(cell) else None
    if unit is None or not unit.record.ok or not unit.is_cell:
        raise FatalError(f"{cell} is not a cell folder (a unit.yaml with kind: cell)",
                         "new-not-a-cell", cell=cell)
    roster = run.roster(cell)
    if roster is None:
        raise FatalError(f"{cell}/members.yaml is missing or has errors: run tools validate",
                         "new-no-roster", cell=cell)
    text = render(unit, roster, kind, day, project.book(day).parts(kind))
    path = target(unit, kind, day, another, project.root)
    _folders(project.root, path.parent.relative_to(project.root).as_posix())
    try:  # O_EXCL: never an existing file, nor a link in its place
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o666)
    except FileExistsError:
        raise FileExistsError(path) from None
    with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
        stream.write(text)
    return path


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def _folders(root: Path, rel: str) -> None:
    """Make the folders of `rel` one by one, refusing any that is a link."""
    parts = rel.split("/")
    for depth in range(1, len(parts) + 1):
        folder = "/".join(parts[:depth])
        if os.path.islink(root / folder):
            raise ToolProblem("through-link", path=rel, link=folder)
        try:
            os.mkdir(root / folder)
        except FileExistsError:
            pass
