"""Words and dates as a Party document writes them; no python-docx here."""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

from tools.messages import CATALOGS


def words(lang: str) -> dict[str, str]:
    return CATALOGS[lang].PAPERS


def date_words(day: dt.date, lang: str) -> str:
    """"ngày 05 tháng 7 năm 2025": days under 10 and the months January and February with a
    leading zero, as in the guide's examples (ngày 03 tháng 4, ngày 20 tháng 02)."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return words(lang)["date"].format(day=f"{day.day:02d}", month=month, year=day.year)


def place_date(place: str | None, day: dt.date, lang: str) -> str:
    text = date_words(day, lang)
    return f"{place}, {text}" if place else text[:1].upper() + text[1:]


# the words that start the name of an administrative unit, a Party committee's place
ADMINISTRATIVE = ("xã ", "phường ", "thị trấn ", "đặc khu ", "huyện ", "quận ", "thị xã ",
                  "thành phố ", "tỉnh ")


def locality(committees: list[dict[str, Any]]) -> str | None:
    """The place name of the place-and-date line: the nearest committee named after an
    administrative unit, without its "Đảng bộ" ("Đảng bộ xã Krong" gives "Xã Krong"), whatever
    its level (a commune's committee may be a grassroots one). A committee named after no
    place ("Đảng ủy Khối các cơ quan tỉnh", "Đảng bộ Công ty ...") gives none."""
    for data in reversed(committees):
        name = unicodedata.normalize("NFC", str(data.get("name") or ""))
        for prefix in ("Đảng bộ ", "Đảng ủy ", "Đảng uỷ "):
            if name.startswith(prefix):
                name = name[len(prefix):]
        if name.casefold().startswith(ADMINISTRATIVE):
            return name[:1].upper() + name[1:]
    return None
