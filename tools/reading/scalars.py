"""Plain scalars resolved by the YAML 1.2 core schema: `yes` stays text, `0730` is a number,
and dates are kept as the strings the clerk typed (tools/reading/dates.py reads them)."""

from __future__ import annotations

import functools
import re

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing on the hook's path
if TYPE_CHECKING:
    from typing import Any

_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_TRUE = re.compile(r"^(?:true|True|TRUE)$")
_FALSE = re.compile(r"^(?:false|False|FALSE)$")
_INT = re.compile(r"^[-+]?[0-9]+$")
_OCT = re.compile(r"^0o[0-7]+$")
_HEX = re.compile(r"^0x[0-9a-fA-F]+$")
_FLOAT = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")
_INF = re.compile(r"^[-+]?\.(?:inf|Inf|INF)$")
_NAN = re.compile(r"^\.(?:nan|NaN|NAN)$")
MAYBE_NOT_TEXT = frozenset("0123456789+-.~tTfFnN")


class BigInt(int):
    """An integer of more than a thousand digits: Python will not read one (and reading it
    would be slow), so it stands in with the right sign and an order of magnitude beyond any
    limit, and shows the digits the clerk typed, shortened."""

    def __new__(cls, text: str) -> BigInt:
        value = super().__new__(cls, -(10 ** 1000) if text.startswith("-") else 10 ** 1000)
        value.text = text
        return value

    def __repr__(self) -> str:
        return f"{self.text[:20]}…"

    __str__ = __repr__

    def __reduce__(self) -> tuple:
        return (BigInt, (self.text,))


# What the patterns above read in a scalar that starts with a letter: null, true and false in
# their three spellings (`$` also matches before a final newline); any other word is text.
_NAMED = {word + end: value for value, words in ((None, "null Null NULL"),
                                                 (True, "true True TRUE"),
                                                 (False, "false False FALSE"))
          for word in words.split() for end in ("", "\n")}


def resolve_plain(text: str) -> Any:
    if text and text[0] not in MAYBE_NOT_TEXT:
        return text  # names, ids, places: most scalars in records, settled at once
    if text[:1].isalpha():  # an id such as tran-van-an, or true: no pattern to try
        return _NAMED.get(text, text)
    # short ones (dates, counts, true): the same few thousand, again and again (not .nan: each
    # NaN read stays its own value, as before)
    return _resolve_short(text) if len(text) <= 16 and text[:1] != "." else _resolve(text)


def _resolve(text: str) -> Any:
    if _NULL.match(text):
        return None
    if _TRUE.match(text):
        return True
    if _FALSE.match(text):
        return False
    if _INT.match(text):
        return int(text) if len(text) <= 1000 else BigInt(text)
    if _OCT.match(text):
        return int(text[2:], 8)
    if _HEX.match(text):
        return int(text[2:], 16)
    if _FLOAT.match(text) and any(c.isdigit() for c in text):
        return float(text)
    if _INF.match(text):
        return float("-inf") if text.startswith("-") else float("inf")
    if _NAN.match(text):
        return float("nan")
    return text


_resolve_short = functools.lru_cache(maxsize=8192)(_resolve)
