"""Every code has a message and a fix in every language, with the same placeholders."""

from __future__ import annotations

import pytest

from tools.checking.labels import deref
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
    for table in ("WORDS", "SUMMARY", "FINDINGS", "REVIEW", "CLI", "FIELDS", "HELP", "CLICK"):
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


@pytest.mark.parametrize("kind", ["minutes", "members", "unit"])
def test_every_field_has_a_label(project, kind: str) -> None:
    """tools review names each field by its label: every field of the schemas has one, and
    the Vietnamese label is the schema's title."""
    schema = project.schemas.inlined(kind)
    fields = schema["properties"]
    if kind == "members":
        fields = deref(fields["members"])["items"]["properties"]
    for key in fields:
        title = project.schemas.title(kind, ("members", 0, key) if kind == "members" else (key,))
        assert CATALOGS["vi"].FIELDS.get(f"{kind}.{key}") == title, key


def _commands(command, name="tools"):
    yield name, command
    for sub, child in getattr(command, "commands", {}).items():
        yield from _commands(child, f"{name} {sub}")


@pytest.mark.parametrize("lang", sorted(CATALOGS))
def test_every_command_option_and_argument_has_its_help(lang: str) -> None:
    """Everything the command line shows goes through the catalogs (tools/cli/clicklang.py)."""
    import click

    from tools.cli import main

    help_ = CATALOGS[lang].HELP
    missing = []
    for name, command in _commands(main):
        keys = [name] + [f"{name} {p.opts[0]}" if isinstance(p, click.Option)
                         else f"{name} {p.name}" for p in command.params]
        keys += [f"METAVAR {p.__dict__.get('declared_metavar', p.metavar)}"
                 for p in command.params if isinstance(p, click.Option) and p.metavar]
        missing += [key for key in keys if key not in help_]
    assert missing == []
