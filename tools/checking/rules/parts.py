"""Advice on the parts of a meeting (rules.md §4): found by keywords in headings of any level,
in the rulebook's order; the unheaded opening block counts where the rulebook says so."""

from __future__ import annotations

from collections.abc import Iterator

from tools.checking.rulebook import Part, Rulebook, normalize_heading
from tools.problems import Problem, problem
from tools.reading.records import Record


def check_parts(record: Record, book: Rulebook) -> Iterator[Problem]:
    """Advice on the parts of a meeting (rules.md §4): each is looked for in the headings, in
    the rulebook's order, and the unheaded opening block counts where the rulebook says so."""
    parts = book.parts(record.data["kind"])
    if not parts:
        return
    titles = book.title_prefixes
    headings = [(heading.line, text) for heading in record.headings
                if not (text := normalize_heading(heading.text)).startswith(titles)]
    unheaded = _unheaded_line(record, headings[0][0] if headings else None)
    found, late = _find_parts(parts, headings, unheaded)
    end_line = record.body_line + record.body.rstrip("\n").count("\n")
    for position, part in enumerate(parts):
        if part.id not in found:
            later = [found[p.id] for p in parts[position + 1:] if p.id in found]
            yield problem("minutes.missing-section", record.path,
                          (later[0] if later else end_line, 1), section=part.title,
                          kind=record.data["kind"], keywords=", ".join(part.keywords))
    for part in parts:
        if part.id in late:
            yield problem("minutes.section-order", record.path, (found[part.id], 1),
                          section=part.title, order=" → ".join(p.title for p in parts))
            break


def _find_parts(parts: list[Part], headings: list[tuple[int, str]],
                unheaded: int | None) -> tuple[dict[str, int], set[str]]:
    """Each part's line: the first matching heading at or after the previous part's, so that a
    heading that fits two parts does not put them out of order; a part found only before the
    previous one is late."""
    found: dict[str, int] = {}
    late: set[str] = set()
    cursor = 0
    for part in parts:
        lines = [line for line, text in headings if part.matches(text)]
        if part.unheaded and unheaded is not None:
            lines.insert(0, unheaded)
        after = [line for line in lines if line >= cursor]
        if after:
            found[part.id] = cursor = after[0]
        elif lines:
            found[part.id] = lines[0]
            late.add(part.id)
    return found, late


def _unheaded_line(record: Record, first_heading: int | None) -> int | None:
    """The first line of text before the first heading (the document's title, BIÊN BẢN ...,
    is no heading here): where real minutes write time, place and attendance."""
    heading_lines = {heading.line for heading in record.headings}
    # the lines before the first heading are all that is looked at: the rest is left unsplit
    lines = record.body.split("\n", -1 if first_heading is None else
                              max(0, first_heading - record.body_line))
    for number, line in enumerate(lines, record.body_line):
        if first_heading is not None and number >= first_heading:
            return None
        text = line.strip()
        if text and number not in heading_lines and not _comment(text):
            return number
    return None


def _comment(text: str) -> bool:
    return text.startswith("<!--") and text.endswith("-->")


