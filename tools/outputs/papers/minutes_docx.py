"""A minutes file as a Word document in the Party's layout (`tools print --format docx`)."""

from __future__ import annotations

from pathlib import Path

from docx.document import Document
from docx.shared import Cm, Pt

from tools.messages import render
from tools.outputs.papers import layout
from tools.outputs.papers.body import Plan, plan
from tools.outputs.papers.markdown import Block, Run
from tools.outputs.papers.minutes import Paper
from tools.outputs.papers.words import date_words, place_date, words
from tools.reading.dates import parse_date


def write(paper: Paper, target: Path, lang: str) -> None:
    document = layout.new_document()
    w = words(lang)
    layout.header(document, paper.superior, paper.cell,
                  place_date(paper.locality, paper.day, lang), w["party"])
    layout.title(document, w["minutes"], _subject(paper, lang))
    shown = plan(paper.body, paper.data, paper.parts, paper.titles)
    for line in _facts(paper, shown.facts, lang):
        _line(document, line)
    for block in shown.blocks[:shown.before]:
        _block(document, block)
    _votes(document, paper, shown, lang)
    for block in shown.blocks[shown.before:]:
        _block(document, block)
    last = len(document.paragraphs) - 1  # the body's last words stay with the signatures
    _closing(document, paper, shown, lang)
    layout.keep_with_next(document.paragraphs[last:])
    layout.signatures(document, [
        (w["secretary-sign"], w["sign-note"], paper.name(paper.data["secretary"])),
        (w["chair-sign"], w["sign-note"], paper.name(paper.data["chair"]))])
    document.core_properties.title = f"{w['minutes']} {_subject(paper, lang)}"
    document.core_properties.author = paper.cell
    document.save(str(target))


def _subject(paper: Paper, lang: str) -> str:
    data, day = paper.data, paper.day
    key = "combined" if data["kind"] == "regular" and data.get("combined") else data["kind"]
    return words(lang)[f"title-{key}"].format(month=day.month, year=day.year)


def _clock(text: str, lang: str) -> str:
    hour, minute = str(text).split(":")
    return words(lang)["clock"].format(hour=hour, minute=minute)


def _names(paper: Paper, members: list[str]) -> str:
    return ", ".join(paper.name(m) for m in members)


def _role(paper: Paper, member: str, lang: str) -> str:
    role = paper.roles.get(member)
    return words(lang)[f"role-{role}"] if role else ""


def _facts(paper: Paper, groups: set[str], lang: str) -> list[str]:
    """The opening facts the body does not give itself (body.opening_facts): when, where,
    the topic, and the people."""
    w, data = words(lang), paper.data
    lines = []
    if "time" in groups:
        lines.append(render(w["time"], {
            "start": _clock(data["start"], lang), "end": _clock(data["end"], lang),
            "date": date_words(paper.day, lang)}, lang))
    if "place" in groups:
        lines.append(render(w["place"], {"place": data["place"]}, lang))
    if "topic" in groups and data.get("topic"):
        lines.append(render(w["topic"], {"topic": data["topic"]}, lang))
    return lines + (_people(paper, lang) if "people" in groups else [])


def _people(paper: Paper, lang: str) -> list[str]:
    """Who led and wrote, the cell's members, who was there and who was not, guests,
    speakers."""
    w, data = words(lang), paper.data
    excused = data.get("absent_excused") or {}
    unexcused = data.get("absent_unexcused") or []
    present = data.get("present") or []
    lines = [render(w[key], {"name": paper.name(data[key]),
                             "role": _role(paper, data[key], lang)}, lang)
             for key in ("chair", "secretary")]
    if data["kind"] != "committee":
        counts = dict(paper.counts)
        for optional in ("exempt", "away", "temporary"):  # none: the clause is left out
            counts[optional] = counts[optional] or None
        lines.append(render(w["members"], counts, lang))
    lines.append(render(w["summoned"], {"count": len(present) + len(excused) + len(unexcused)},
                        lang))
    lines.append(render(w["present"], {"count": len(present),
                                       "names": _names(paper, present)}, lang))
    reasons = "; ".join(f"{paper.name(m)}: {reason}" for m, reason in excused.items())
    lines.append(render(w["excused"], {"count": len(excused), "names": reasons}, lang))
    lines.append(render(w["unexcused"], {"count": len(unexcused),
                                         "names": _names(paper, unexcused)}, lang))
    guests = [render(w["guest"], {"name": g.get("name"), "position": g.get("position")}, lang)
              for g in data.get("guests") or []]
    if guests:
        lines.append(render(w["guests"], {"names": "; ".join(guests)}, lang))
    if data.get("speakers"):
        lines.append(render(w["speakers"], {"names": _names(paper, data["speakers"])}, lang))
    return lines


def _line(document: Document, text: str) -> None:
    """A fact of the opening: a dash, as lists are written in Party documents."""
    layout.paragraph(document, f"- {text}", indent=True, after=3)


def _runs(paragraph, runs: list[Run]) -> None:
    for item in runs:
        run = paragraph.add_run(item.text)
        run.bold, run.italic = item.bold or None, item.italic or None
        if item.code:
            layout.set_font(run._r, "Courier New")
            run.font.size = Pt(12)


def _block(document: Document, block: Block) -> None:
    if block.kind == "heading":
        paragraph = document.add_paragraph(style=f"Heading {min(max(block.level - 1, 1), 3)}")
        _runs(paragraph, block.runs)
        return
    if block.kind == "table":
        layout.grid(document, ["".join(r.text for r in cell) for cell in block.rows[0]],
                    [["".join(r.text for r in cell) for cell in row] for row in block.rows[1:]])
        return
    paragraph = layout.paragraph(document, indent=block.kind != "code", after=3)
    if block.kind == "item":
        paragraph.paragraph_format.first_line_indent = layout.INDENT + Cm(0.63 * block.level)
        paragraph.add_run(f"{block.marker} ")
    elif block.kind == "quote":
        paragraph.paragraph_format.left_indent = Cm(1)
        block.runs = [Run(r.text, r.bold, True, r.code) for r in block.runs]
    _runs(paragraph, block.runs)


def _votes(document: Document, paper: Paper, shown: Plan, lang: str) -> None:
    """The votes and assignments of the front matter that the body does not state, before
    the body's closing part."""
    w = words(lang)
    if shown.decisions:
        document.add_paragraph(w["decisions"], style="Heading 1")
        for item in shown.decisions:
            votes = item.get("votes") or {}
            _line(document, render(w["decision"], {
                "text": item.get("text"), "number": item.get("number"),
                "for": votes.get("for", 0), "against": votes.get("against", 0),
                "abstain": votes.get("abstain", 0),
                "result": w["adopted" if item.get("adopted") else "rejected"]}, lang))
    if shown.tasks:
        document.add_paragraph(w["tasks"], style="Heading 1")
        for task in shown.tasks:
            due = task.get("due")
            _line(document, render(w["task"], {
                "name": paper.name(task.get("member")), "task": task.get("task"),
                "due": date_words(parse_date(due), lang) if due else None}, lang))


def _closing(document: Document, paper: Paper, shown: Plan, lang: str) -> None:
    """What the front matter adds at the end: whether the minutes were adopted (unless the
    body says so), the self-assessment and later corrections."""
    w, data = words(lang), paper.data
    if shown.adopted:
        layout.paragraph(document, w["minutes-adopted" if data["minutes_adopted"]
                                     else "minutes-not-adopted"], indent=True, before=6)
    if data.get("quality"):
        layout.paragraph(document, render(w["quality"], {
            "quality": w[f"quality-{data['quality']}"]}, lang), indent=True)
    for item in data.get("corrections") or []:
        layout.paragraph(document, render(w["correction"], {
            "date": date_words(parse_date(item.get("date")), lang), "reason": item.get("reason")},
            lang), italic=True, indent=True)
