"""What of a minutes body goes on its paper, and what the paper adds from the front matter.

The paper prints its own header and title, so the body's own (`# BIÊN BẢN ...`, with the
committee and the Party's name above it, as minutes copied from Word carry them) are left out.
The front matter's facts (the opening facts, the votes, the assignments, whether the minutes
were adopted) are added where the body does not already state them: a minutes book never says
the same thing twice, and the clerk types each fact once.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from tools.checking.rulebook import Part, normalize_heading
from tools.outputs.papers.markdown import Block, blocks

# a rule under a document's title, as Word users type it: "-----", "—–", "*****"
RULE = re.compile(r"[-–—*_=~.·\s]{2,}")
# the minutes say they were adopted, in one sentence: "biên bản được thông qua", "nhất trí
# thông qua biên bản", "thư ký đọc lại biên bản; chi bộ nhất trí thông qua"
ADOPTED = re.compile(r"biên bản[^.!?\n]*thông qua|thông qua[^.!?\n]*biên bản")
# attendance given as a number: "11/12 đồng chí", "có mặt: 10 đồng chí", "29 đảng viên"
ATTENDANCE = re.compile(r"\d+\s*/\s*\d+|\d+\s*(?:đồng chí|đảng viên)"
                        r"|(?:có mặt|dự họp|tham dự)\D{0,12}\d+")


# the opening facts in the groups a body's opening gives them in
OPENING_FACTS = ("time", "place", "topic", "people")


@dataclass
class Plan:
    blocks: list[Block]  # the body as printed
    facts: set[str]  # the opening facts printed from the front matter: OPENING_FACTS
    decisions: list[dict[str, Any]]  # the votes the body does not state
    tasks: list[dict[str, Any]]  # the assignments the body does not state
    adopted: bool  # print whether the minutes were adopted
    before: int  # where the votes and assignments go: before the closing part


def plan(body: str, data: dict[str, Any], parts: list[Part], titles: tuple[str, ...]) -> Plan:
    """`parts` are the rulebook's parts for the meeting's kind, `titles` the words that start
    a document's title (`document_titles`)."""
    found = blocks(body)
    shown = found[own_head(found, parts, titles):]
    text = fold(". ".join(plain(block) for block in shown))  # a block ends a sentence
    stated = ADOPTED.search(text) is not None and data.get("minutes_adopted") is True
    return Plan(shown, opening_facts(opening(shown, parts), text, data),
                unstated(data.get("decisions"), "text", text),
                unstated(data.get("tasks"), "task", text),
                "minutes_adopted" in data and not stated, closing_at(shown, parts))


def plain(block: Block) -> str:
    if block.kind == "table":
        return " ".join("".join(run.text for run in cell) for row in block.rows for cell in row)
    return "".join(run.text for run in block.runs)


def fold(text: str) -> str:
    """Text as facts are compared: NFC, case-folded, one space between words."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _rule(block: Block) -> bool:
    return block.kind == "paragraph" and RULE.fullmatch(plain(block).strip()) is not None


def _head_line(block: Block) -> bool:
    """A line of a document's head: in bold or in capitals (the committee, the Party's name,
    the meeting and month under the title), or a rule."""
    if _rule(block):
        return True
    text = plain(block).strip()
    if block.kind != "paragraph" or not any(c.isalpha() for c in text):
        return False
    return text == text.upper() or all(run.bold for run in block.runs if run.text.strip())


def _subtitle(block: Block, parts: list[Part]) -> bool:
    """A line under the title that goes with it ("**tháng 3 năm 2025**", a rule), not a fact
    in bold ("**Thời gian: …**") nor a part of the meeting ("**I. MỞ ĐẦU**")."""
    return _head_line(block) and ":" not in plain(block) and not _names_part(block, parts)


def _is_title(block: Block, titles: tuple[str, ...]) -> bool:
    return bool(titles) and normalize_heading(plain(block)).startswith(titles)


def _names_part(block: Block, parts: list[Part]) -> bool:
    normalized = normalize_heading(plain(block))
    return any(part.matches(normalized) for part in parts)


def own_head(found: list[Block], parts: list[Part], titles: tuple[str, ...]) -> int:
    """How many blocks at the top of the body are its own head: lines in bold or capitals up
    to the title (BIÊN BẢN ..., a heading or a line) and those after it that name no part of
    the meeting; without a title, such lines closed by a rule (`*****` under them)."""
    for index, block in enumerate(found):
        if _is_title(block, titles) and (block.kind == "heading" or _head_line(block)):
            end = index + 1
            while end < len(found) and _subtitle(found[end], parts):
                end += 1
            return end
        if not _head_line(block):
            break
    top = 0
    while top < len(found) and _head_line(found[top]):
        top += 1
    rules = [index for index in range(top) if _rule(found[index])]
    return rules[-1] + 1 if rules else 0


def opening(shown: list[Block], parts: list[Part]) -> str:
    """The text of the body's opening: up to the first heading of a part that is not the
    opening (a heading "Mở đầu" belongs to it); in a body that starts with such a part, the
    text under its heading, up to the next one."""
    first, later = [p for p in parts if p.unheaded], [p for p in parts if not p.unheaded]
    text = []
    for block in shown:
        if block.kind == "heading" and _names_part(block, later) \
                and not _names_part(block, first):
            break
        text.append(plain(block))
    if not "".join(text).strip():  # the body opens with a part ("I. Nội dung"): its first text
        after = next((i for i, block in enumerate(shown) if block.kind != "heading"), len(shown))
        for block in shown[after:]:
            if block.kind == "heading":
                break
            text.append(plain(block))
    return fold(" ".join(text))


def opening_facts(opened: str, text: str, data: dict[str, Any]) -> set[str]:
    """The opening facts the paper writes from the front matter: those the body's opening
    (`opened`) does not give itself, as real minutes do. The time when it does not say the
    hour the meeting began (19 giờ 00, 19h00, 19:00); the place when it does not name it; the
    topic when the body (`text`) does not; the people (chair, clerk, members, present, absent,
    guests, speakers) when it does not give the attendance as a number."""
    start = str(data.get("start") or "")
    hour = start[:2].isdigit() and re.search(rf"(?<!\d)0?{int(start[:2])}\s*(?:giờ|h|g|:)",
                                             opened)
    given = {"time": bool(hour),
             "place": fold(str(data.get("place") or "")) in opened or "địa điểm" in opened,
             "topic": fold(str(data.get("topic") or "")) in text,
             "people": ATTENDANCE.search(opened) is not None}
    return {fact for fact in OPENING_FACTS if not given[fact]}


def unstated(items: Any, key: str, text: str) -> list[dict[str, Any]]:
    """The votes or assignments whose text the body does not contain."""
    return [item for item in items or [] if isinstance(item, dict)
            and fold(str(item.get(key) or "")).rstrip(".") not in text]


def closing_at(shown: list[Block], parts: list[Part]) -> int:
    """Where the meeting's closing part starts: its last heading, or else the body's last
    paragraph when it closes the meeting ("kết thúc lúc ..."), or the end."""
    if not parts:
        return len(shown)
    found = [index for index, block in enumerate(shown)
             if block.kind == "heading" and _names_part(block, parts[-1:])]
    if found:
        return found[-1]
    last = len(shown) - 1
    return last if last >= 0 and shown[last].kind == "paragraph" \
        and _names_part(shown[last], parts[-1:]) else len(shown)
