"""A minutes body copied from the meeting before: the same words, nearly all of them."""

from __future__ import annotations

import difflib
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
    return _WORDS.findall(body.casefold())


def copy_of_previous(record: Record, previous: Record) -> Problem | None:
    # the first words suffice to tell a copy, and bound the comparison's cost
    mine, theirs = body_words(record)[:COPY_MAX_WORDS], body_words(previous)[:COPY_MAX_WORDS]
    if min(len(mine), len(theirs)) < COPY_MIN_WORDS:
        return None
    # difflib's quick_ratio (the words both share, counted) from two word counts: the same
    # figure, without indexing the previous body for the full comparison most pairs never need
    counts, others = _counts(record, mine), _counts(previous, theirs)
    common = counts.keys() & others.keys()  # the sum of (counts & others), without the Counter
    shared = sum(map(min, map(counts.__getitem__, common), map(others.__getitem__, common)))
    if 2.0 * shared / (len(mine) + len(theirs)) < COPY_RATIO:
        return None
    matcher = difflib.SequenceMatcher(None, mine, theirs, autojunk=False)
    if matcher.ratio() < COPY_RATIO:
        return None
    return problem("minutes.copy-of-previous", record.path, (record.body_line, 1),
                   previous=previous.path, percent=round(matcher.ratio() * 100))


def _counts(record: Record, words: list[str]) -> Counter:
    if "counts" not in record.memo:
        record.memo["counts"] = Counter(words)
    return record.memo["counts"]
