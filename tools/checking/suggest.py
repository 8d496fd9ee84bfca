"""What to suggest a clerk type: the closest allowed value or field name, matched on the English
words and on their Vietnamese labels alike, with or without diacritics; and the usual ways of
writing a time or a date turned into the one the records use."""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata

_SEPARATORS = re.compile(r"[\s_\-./]+")


def plain(text: str) -> str:
    """Lowercase ASCII words: `Thường kỳ`, `thuong-ky` and `THUONG_KY` all give `thuong ky`."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return _SEPARATORS.sub(" ", text).strip()


_LABELLED = re.compile(r"(?:^|[;:,]\s*)([a-z][a-z0-9-]*)(?::\s*([^;]+)|\s*\(([^)]+)\))")


def labels(description: str, values: list[str]) -> dict[str, list[str]]:
    """The Vietnamese labels a schema's description gives its values, written either way:
    `regular: sinh hoạt thường kỳ; thematic: …` or `village (thôn, làng), residential (…)`."""
    found: dict[str, list[str]] = {}
    for match in _LABELLED.finditer(description or ""):
        value, label = match.group(1), (match.group(2) or match.group(3) or "").rstrip(". ")
        if value in values and label:
            found.setdefault(value, []).extend(part.strip() for part in label.split(","))
    return found


def _score(word: str, choice: str, names: list[str]) -> float:
    best = 0.0
    for name in (choice, *names):
        name = plain(name)
        if not name:
            continue
        if word == name:
            return 2.0
        if f" {word} " in f" {name} " or f" {name} " in f" {word} ":
            best = max(best, 1.5)  # `thuong ky` in `sinh hoat thuong ky`
        best = max(best, difflib.SequenceMatcher(None, word, name).ratio())
    return best


def closest(word: str, choices: list[str], named: dict[str, list[str]] | None = None,
            floor: float = 0.0) -> str | None:
    """The choice nearest to `word`, comparing it with each choice and each of its labels;
    None when none reaches `floor` (1.0 is as alike as two different words get)."""
    if not choices:
        return None
    folded, named = plain(str(word)), named or {}
    score, best = max((_score(folded, choice, named.get(choice, [])), choice)
                      for choice in choices)
    return best if score >= floor else None


# -- times and dates as clerks write them ------------------------------------------------------

_TIME = re.compile(r"^\s*([01]?[0-9]|2[0-3])\s*(?::|h|g|giờ|\.)\s*([0-5][0-9])\s*(?:phút)?\s*$",
                   re.IGNORECASE)
_DATE = re.compile(r"^\s*([0-3]?[0-9])\s*([/.-])\s*([01]?[0-9])\s*\2\s*([0-9]{4})\s*$")


_DIGITS = re.compile(r"^\s*([01]?[0-9]|2[0-3])([0-5][0-9])\s*$")


def as_time(text: str) -> str | None:
    """`7:30`, `7h30`, `7g30`, `7 giờ 30`, `07.30`, `0730` → `07:30`; None when it is no
    time."""
    match = _TIME.match(str(text)) or _DIGITS.match(str(text))
    return f"{int(match.group(1)):02}:{match.group(2)}" if match else None


def as_date(text: str) -> str | None:
    """`05/03/2025`, `5/3/2025`, `05-03-2025`, `05.03.2025` → `2025-03-05` (day first, as
    Vietnamese dates are written); None when no such day exists."""
    match = _DATE.match(str(text))
    if not match:
        return None
    try:
        day = dt.date(int(match.group(4)), int(match.group(3)), int(match.group(1)))
    except ValueError:
        return None
    return day.isoformat()
