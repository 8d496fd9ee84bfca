"""The pre-filled minutes `tools new` writes: everyone expected on the day in `present`, the
opening as real minutes write it (an unheaded sentence; the facts are typed once, in the front
matter), the rulebook's headings, and a note on each field."""

from __future__ import annotations

import datetime as dt

from tools.checking.rulebook import Part
from tools.problems import FatalError
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
    lines = _front_matter(unit, roster, kind, day, present, (chair, clerk), names)
    lines += _opening(kind)
    for part in parts:
        if not part.unheaded:
            lines += [f"## {part.title}", "", f"<!-- {PART_HINTS.get(part.id, part.title)} -->",
                      ""]
    return "\n".join(lines)


def _front_matter(unit: Unit, roster: Roster, kind: str, day: dt.date, present: list[Member],
                  officers: tuple[str, str], names: dict[str, str]) -> list[str]:
    chair, clerk = officers
    lines = ["---",
             f"# Biên bản {KIND_NAMES[kind]}, {unit.data['name']}, ngày {day:%d/%m/%Y}.",
             "# Điền giờ bắt đầu, giờ kết thúc, địa điểm; chuyển người vắng khỏi present;",
             "# ghi nội dung vào các phần bên dưới. Dòng bắt đầu bằng # là ghi chú, có thể xóa.",
             "# Thời gian, địa điểm, người dự chỉ ghi ở đây: bản in (tools print) tự ghi lại.",
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
    return lines + [_column("speakers: []", "Đảng viên phát biểu: [mã, mã]"),
                    _column("decisions: []", "Biểu quyết, mỗi mục: text, votes, adopted"),
                    _column("minutes_adopted: true",
                            "Biên bản đã được thông qua trước khi bế mạc"), "---", ""]


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


# The body's unheaded opening: how real minutes open, and nothing to fill in. Time, place and
# who came are typed once, in the front matter; `tools print` writes them on the paper.
OPENINGS = {
    "regular": "Đồng chí chủ trì tuyên bố lý do, giới thiệu thành phần dự họp và thông qua "
               "chương trình sinh hoạt; chi bộ thống nhất chương trình.",
    "thematic": "Đồng chí chủ trì tuyên bố lý do, giới thiệu thành phần dự họp và nêu mục đích, "
                "yêu cầu của buổi sinh hoạt chuyên đề.",
    "committee": "Đồng chí chủ trì tuyên bố lý do và thông qua chương trình cuộc họp chi ủy.",
    "extraordinary": "Đồng chí chủ trì tuyên bố lý do triệu tập buổi sinh hoạt bất thường, "
                     "giới thiệu thành phần dự họp và thông qua chương trình.",
}
OPENING_HINTS = {
    "thematic": "Ghi mục đích, yêu cầu của chuyên đề.",
}


def _opening(kind: str) -> list[str]:
    """The title and the opening sentence: an unheaded block, as real minutes open."""
    lines = [f"# BIÊN BẢN {KIND_NAMES[kind].upper()}", "", OPENINGS[kind], ""]
    if kind in OPENING_HINTS:
        lines += [f"<!-- {OPENING_HINTS[kind]} -->", ""]
    return lines
