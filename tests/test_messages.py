"""Every code has a message and a fix in every language, with the same placeholders."""

from __future__ import annotations

import pytest

from tools.messages import CATALOGS, message, placeholders
from tools.problems import CODES


@pytest.mark.parametrize("lang", sorted(CATALOGS))
def test_every_code_has_a_message(lang: str) -> None:
    assert sorted(CATALOGS[lang].MESSAGES) == sorted(CODES)


@pytest.mark.parametrize("code", sorted(CODES))
def test_placeholders_match_across_languages(code: str) -> None:
    shapes = {lang: frozenset().union(*(placeholders(t) for t in catalog.MESSAGES[code]))
              for lang, catalog in CATALOGS.items()}
    assert len(set(shapes.values())) == 1, shapes


@pytest.mark.parametrize("lang", sorted(CATALOGS))
def test_catalogs_share_words_and_labels(lang: str) -> None:
    for table in ("WORDS", "SUMMARY", "FINDINGS", "REVIEW", "CLI"):
        mine, theirs = getattr(CATALOGS[lang], table), getattr(CATALOGS["vi"], table)
        assert sorted(mine) == sorted(theirs), table
        assert [k for k in mine if placeholders(mine[k]) != placeholders(theirs[k])] == [], table


def test_optional_segment_is_dropped_when_empty() -> None:
    text, _ = message("schema.required", {"key": "place", "label": ""}, "vi")
    assert text == "Thiếu trường place."
    text, _ = message("schema.required", {"key": "place", "label": "Địa điểm"}, "vi")
    assert text == "Thiếu trường place (Địa điểm)."


def test_format_words_are_translated() -> None:
    params = {"key": "start", "label": "Giờ bắt đầu", "expected": "text", "got": "integer"}
    assert "chữ" in message("schema.type", params, "vi")[0]
    assert "a whole number" in message("schema.type", params, "en")[0]
