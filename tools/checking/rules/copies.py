"""A minutes body copied from the meeting before: the same words, nearly all of them."""

from __future__ import annotations

import re
from collections import Counter

from tools.problems import Problem, problem
from tools.reading.records import Record

COPY_RATIO = 0.9
COPY_MIN_WORDS = 40
COPY_MAX_WORDS = 600


_WORDS = re.compile(r"\w+")


def body_words(record: Record) -> list[str]:
    """The body's words without its headings: what a copied body keeps (worked out once per
    record: each minutes file is compared with the one before and the one after)."""
    if "words" not in record.memo:
        record.memo["words"] = _words(record)
    return record.memo["words"]


def _words(record: Record) -> list[str]:
    body = record.body
    if record.headings:  # a heading's line emptied: the same words, without its own
        lines = body.split("\n")
        for heading in record.headings:
            index = heading.line - record.body_line
            if 0 <= index < len(lines):
                lines[index] = ""
        body = "\n".join(lines)
    return _find_words(body.casefold())


def _find_words(text: str) -> list[str]:
    """_WORDS.findall(text), in a third less time: no word spans a blank, and most pieces
    between blanks are one word whole, or one with a stop or a comma after it (the regular
    expression is asked only about the others)."""
    words: list[str] = []
    for piece in text.split():
        if piece.isalnum():  # every character a word character (\w is those, and "_")
            words.append(piece)
            continue
        bare = piece.strip(".,;:")
        if bare.isalnum():
            words.append(bare)
        else:
            words += _WORDS.findall(piece)
    return words


def copy_of_previous(record: Record, previous: Record) -> Problem | None:
    # the first words suffice to tell a copy, and bound the comparison's cost
    mine, theirs = body_words(record)[:COPY_MAX_WORDS], body_words(previous)[:COPY_MAX_WORDS]
    if min(len(mine), len(theirs)) < COPY_MIN_WORDS:
        return None
    # difflib's quick_ratio (the words both share, counted) from two word counts, bounded first
    # from the distinct words alone: each one a body has and the other lacks is at least one of
    # its words not shared. The bound settles nearly every pair; the count is for close ones.
    distinct, others = _distinct(record, mine), _distinct(previous, theirs)
    common = distinct & others
    most = min(len(mine) - len(distinct), len(theirs) - len(others)) + len(common)
    if 2.0 * most / (len(mine) + len(theirs)) < COPY_RATIO:
        return None
    counts, their_counts = Counter(mine), Counter(theirs)
    shared = sum(min(counts[word], their_counts[word]) for word in common)
    if 2.0 * shared / (len(mine) + len(theirs)) < COPY_RATIO:
        return None
    import difflib  # only for two bodies this close: most commits never come here

    matcher = difflib.SequenceMatcher(None, mine, theirs, autojunk=False)
    if matcher.ratio() < COPY_RATIO:
        return None
    return problem("minutes.copy-of-previous", record.path, (record.body_line, 1),
                   previous=previous.path, percent=round(matcher.ratio() * 100))


def _distinct(record: Record, words: list[str]) -> set[str]:
    if "distinct" not in record.memo:
        record.memo["distinct"] = set(words)
    return record.memo["distinct"]
