"""Messages say what to type: suggestions from the Vietnamese labels, the exact line to write,
a Tab named on its line, the likely cause first."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from builders import CELL, MINUTES, write_tree
from tools.checking.project import Project
from tools.checking.validate import validate_paths
from tools.messages import message

TODAY = dt.date(2026, 11, 27)


def problems(root: Path, rel: str = MINUTES):
    return validate_paths(Project.open(root), [root / rel], TODAY).problems


def replaced(tmp_path: Path, old: str, new: str, rel: str = MINUTES):
    root = write_tree(tmp_path)
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    return problems(root, rel)


@pytest.mark.parametrize(("typed", "expected"), [
    ("thường kỳ", "regular"), ("thuong ky", "regular"), ("thuong-ky", "regular"),
    ("Thường Kỳ", "regular"), ("chuyen-de", "thematic"), ("chuyên đề", "thematic"),
    ("bất thường", "extraordinary"), ("họp chi ủy", "committee"), ("regualr", "regular")])
def test_a_kind_is_suggested_from_its_label(tmp_path: Path, typed: str, expected: str) -> None:
    [found] = replaced(tmp_path, "kind: regular", f"kind: {typed}")
    assert (found.code, found.params["closest"]) == ("schema.enum", expected)


@pytest.mark.parametrize(("typed", "expected"), [("khá", "fair"), ("kha", "fair"),
                                                 ("tốt", "good"), ("trung bình", "average")])
def test_a_quality_is_suggested_from_its_label(tmp_path: Path, typed: str, expected: str) -> None:
    [found] = replaced(tmp_path, "minutes_adopted: true",
                       f"minutes_adopted: true\nquality: {typed}")
    assert (found.code, found.params["closest"]) == ("schema.enum", expected)


@pytest.mark.parametrize(("typed", "expected"), [
    ("dia_diem", "place"), ("địa điểm", "place"), ("Dia-Diem", "place")])
def test_a_field_is_suggested_from_its_label(tmp_path: Path, typed: str, expected: str) -> None:
    [found] = replaced(tmp_path, "place:", f"{typed}:")
    assert (found.code, found.params["closest"]) == ("schema.unknown-field", expected)
    # the missing `place` is the same mistake
    assert [f.code for f in found.folded] == ["schema.required"]


def test_chu_tri_is_chair(tmp_path: Path) -> None:
    [found] = replaced(tmp_path, "chair:", "chủ trì:")
    assert found.params["closest"] == "chair"


def test_an_unlike_field_gets_no_suggestion(tmp_path: Path) -> None:
    [found] = replaced(tmp_path, "minutes_adopted: true", "minutes_adopted: true\nghi_chu: x")
    assert (found.code, found.params["closest"]) == ("schema.unknown-field", "")


@pytest.mark.parametrize(("line", "typed"), [
    ('start: "07:30"', 'start: "07:30"'), ('start: 0730', 'start: "07:30"'),
    ('start: 7.30', 'start: "07:30"'), ('start: 7h30', 'start: "07:30"'),
    ('start: "7:30"', 'start: "07:30"'), ("start: “07:30”", 'start: "07:30"')])
def test_a_time_gets_the_exact_text_to_type(tmp_path: Path, line: str, typed: str) -> None:
    found = replaced(tmp_path, 'start: "07:30"', line)
    if line == typed:
        assert found == []
        return
    [item] = found
    assert item.code in ("schema.type", "schema.format")
    assert item.params["typed"] == typed


def test_a_card_typed_as_a_number_keeps_its_zero(tmp_path: Path) -> None:
    [found] = replaced(tmp_path, 'card: "52012345"', "card: 052012345",
                       f"{CELL}/members.yaml")
    assert (found.code, found.params["typed"]) == ("schema.type", 'card: "052012345"')


def test_a_day_first_date_gets_the_iso_date(tmp_path: Path) -> None:
    found = replaced(tmp_path, "date: 2025-03-05", "date: 05/03/2025")
    assert [(p.code, p.params.get("typed")) for p in found] == [
        ("schema.format", "date: 2025-03-05")]


@pytest.mark.parametrize(("typed", "expected"), [("có", "true"), ("yes", "true"),
                                                 ("không", "false"), ("chưa", "false")])
def test_a_yes_or_no_gets_true_or_false(tmp_path: Path, typed: str, expected: str) -> None:
    [found] = replaced(tmp_path, "minutes_adopted: true", f"minutes_adopted: {typed}")
    assert found.params["typed"] == f"minutes_adopted: {expected}"


def test_the_word_quotes_hint_only_with_curly_quotes(tmp_path: Path) -> None:
    [curly] = replaced(tmp_path / "a", 'start: "07:30"', "start: “07:30”")
    [straight] = replaced(tmp_path / "b", 'start: "07:30"', 'start: "7g3"')
    assert curly.params["quotes"] == "word-quotes" and straight.params["quotes"] == ""
    assert "Word" in message(curly.code, curly.params, "vi")[1]
    assert "Word" not in message(straight.code, straight.params, "vi")[1]


@pytest.mark.parametrize("line", ["\tplace: Nhà rông làng Kon Hring",
                                  "place:\n\t  Nhà rông làng Kon Hring"])
def test_a_tab_is_named_on_its_line(tmp_path: Path, line: str) -> None:
    [found] = replaced(tmp_path, "place: Nhà rông làng Kon Hring", line)
    tab_line = (tmp_path / MINUTES).read_text(encoding="utf-8").split("\n").index(
        next(text for text in line.split("\n") if "\t" in text)) + 1
    assert (found.code, found.line, found.params["hint"]) == ("parse.yaml", tab_line, "yaml-tab")


def test_a_misspelt_cell_folder_leads_with_the_folder_it_meant(tmp_path: Path) -> None:
    root = write_tree(tmp_path)
    stray = MINUTES.replace("lang-kon-hring", "lang-kon-hrin")
    (root / stray).parent.mkdir(parents=True)
    (root / stray).write_text((root / MINUTES).read_text(encoding="utf-8"), encoding="utf-8")
    [found] = problems(root, stray)
    assert (found.code, found.path, found.params["closest"]) == (
        "layout.no-unit", "records/xa-dak-roong/lang-kon-hrin", CELL)
