"""Properties on random input: nothing crashes validate or summarize, and `tools fix` is
idempotent and keeps the parsed data."""

from __future__ import annotations

import datetime as dt
import os
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from builders import CELL, MINUTES, write_tree
from tools.checking.project import Project
from tools.checking.validate import validate_tree
from tools.reading.records import parse_text
from tools.rollup.summary import summarize
from tools.workflow.fix import fix_text

TODAY = dt.date(2026, 11, 27)
KEYS = ["kind", "date", "start", "end", "place", "chair", "secretary", "present",
        "absent_excused", "absent_unexcused", "guests", "topic", "combined", "speakers",
        "tasks", "decisions", "minutes_adopted", "quality", "rulebook", "corrections", "x"]
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-10**20, 10**20), st.floats(allow_nan=True),
    st.text(max_size=20), st.sampled_from(["2025-03-05", "2025-02-30", "0000-01-01", "07:30",
                                           "24:60", "regular", "thematic", "dinh-van-hung",
                                           "y-broh", "no", "on", "~", "&a", "*a", "!!str"]))
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(KEYS + ["for", "against",
                                                                         "abstain", "text"]),
                                                  inner, max_size=4)), max_leaves=12)
LINES = st.lists(st.one_of(st.text(max_size=30), st.sampled_from(
    ["## Mở đầu", "## Nội dung", "## Kết thúc", "---", "```", "  - x", "> q", "# Kết luận",
     "\ufeff", "\r", "\t", "Nội dung\n===", "<!-- c -->"])), max_size=12)


def _render(value, indent: int = 0) -> str:
    """A YAML-ish rendering that is sometimes valid YAML and sometimes not."""
    pad = " " * indent
    if isinstance(value, dict):
        return "".join(f"{pad}{key}:\n{_render(item, indent + 2)}" if isinstance(
            item, (dict, list)) and item else f"{pad}{key}: {_render(item).strip()}\n"
            for key, item in value.items())
    if isinstance(value, list):
        return "".join(f"{pad}- {_render(item, indent + 2).strip()}\n" for item in value) \
            or f"{pad}[]\n"
    return f"{pad}{value}\n"


FRONT = st.one_of(st.dictionaries(st.sampled_from(KEYS), VALUES, max_size=10).map(_render),
                  st.text(max_size=200))
# derandomized: CI runs the same examples every time; PROPERTY_EXAMPLES=1000 explores more
SETTINGS = settings(max_examples=int(os.environ.get("PROPERTY_EXAMPLES", "60")),
                    deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


@SETTINGS
@given(front=FRONT, body=LINES, raw=st.binary(max_size=64), crlf=st.booleans())
def test_random_minutes_never_crash(tmp_path_factory, front: str, body: list[str], raw: bytes,
                                    crlf: bool) -> None:
    root = write_tree(tmp_path_factory.mktemp("random"))
    text = "---\n" + front + "---\n" + "\n".join(body)
    data = text.replace("\n", "\r\n") if crlf else text
    (root / MINUTES).write_bytes(data.encode("utf-8", errors="surrogatepass") + raw)
    (root / CELL / "minutes/2025/2025-04-05-regular.md").write_text(
        "---\n" + front + "---\n", encoding="utf-8", errors="replace")
    project = Project.open(root)
    result = validate_tree(project, TODAY)
    assert all(p.code for p in result.problems)
    summary = summarize(project, "records", dt.date(2025, 1, 1), dt.date(2025, 12, 31), TODAY)
    assert summary["data_quality"]["files_checked"] >= 3
    shutil.rmtree(root)


@SETTINGS
@given(front=FRONT, body=LINES, bom=st.booleans(), crlf=st.booleans(), nfd=st.booleans())
def test_fix_is_idempotent_and_keeps_the_data(front: str, body: list[str], bom: bool,
                                              crlf: bool, nfd: bool) -> None:
    import unicodedata

    text = "---\n" + front + "---\n" + "\n".join(body)
    if nfd:
        text = unicodedata.normalize("NFD", text)
    if crlf:
        text = text.replace("\n", "\r\n")
    if bom:
        text = "\ufeff" + text
    rel = "records/x/y/minutes/2025/2025-03-05-regular.md"
    fixed, applied = fix_text(text, rel)
    assert fix_text(fixed, rel) == (fixed, [])
    if applied:
        old, new = parse_text(text, rel), parse_text(fixed, rel)
        assert (old.data, old.body) == (new.data, new.body)


WORDS = st.lists(st.sampled_from(["họp", "chi", "bộ", "nghị", "quyết", "đảng", "viên", "thôn",
                                  "kon", "hring", "tháng", "1", "2"]), min_size=30, max_size=80)


@given(WORDS, WORDS, st.integers(0, 80))
@settings(max_examples=300, deadline=None)
def test_the_copy_check_decides_as_difflib(first: list[str], second: list[str],
                                           kept: int) -> None:
    """The copy check counts the shared words before it compares in order: every verdict is
    the one difflib's quick_ratio and ratio give (pairs sharing most words included)."""
    import difflib

    from tools.checking.rules.copies import COPY_MIN_WORDS, COPY_RATIO, copy_of_previous
    from tools.reading.records import Record

    second = first[:kept] + second[kept:]  # from nothing shared to a plain copy
    mine = Record("records/a/minutes/2025/2025-03-05-regular.md", body=" ".join(first))
    theirs = Record("records/a/minutes/2025/2025-02-05-regular.md", body=" ".join(second))
    matcher = difflib.SequenceMatcher(None, first, second, autojunk=False)
    expected = min(len(first), len(second)) >= COPY_MIN_WORDS and \
        matcher.quick_ratio() >= COPY_RATIO and matcher.ratio() >= COPY_RATIO
    found = copy_of_previous(mine, theirs)
    assert (found is not None) == expected
    if found is not None:
        assert found.params["percent"] == round(matcher.ratio() * 100)


@SETTINGS
@given(st.text(alphabet=list("aĐé1²½_.,;:!-/ \n\t\u00a0\u2028"), max_size=40))
def test_the_copy_check_finds_the_words_a_regular_expression_finds(body: str) -> None:
    """Words are read piece by piece between blanks: the same words, stops, commas and
    underscores around them or not."""
    import re

    from tools.checking.rules.copies import body_words
    from tools.reading.records import Record

    record = Record("records/a/minutes/2025/2025-03-05-regular.md", body=body)
    assert body_words(record) == re.findall(r"\w+", body.casefold())


def _both_ways(text: str, offset: int = 0):
    """A text loaded as records are (the quick loop, positions later) and the full way."""
    from tools.reading import yamlload

    quick = yamlload.load(text, offset)
    full = yamlload.Loaded()
    yamlload.load_fully(text, full, offset)
    return quick, full


def _same(quick, full) -> None:
    assert repr(quick.data) == repr(full.data)  # repr: nan, and 1 and True told apart
    assert quick.problems == full.problems
    assert (quick.values, quick.keys, quick.raw) == (full.values, full.keys, full.raw)


@SETTINGS
@given(front=FRONT, extra=st.sampled_from(["", "a: &x 1\n", "b: *x\n", "c: !!str 1\n",
                                           "---\nd: 1\n", "e: {[1]: 2}\n", "kind: x\n",
                                           "f: " + "[" * 40 + "]" * 40 + "\n", "? g\n: 1\n",
                                           "h: 'q'\n", "i: \"0730\"\n", "j: 0730\n", "...\n"]))
def test_the_quick_yaml_loop_reads_as_the_full_one(front: str, extra: str) -> None:
    """Data, problems (duplicate keys, aliases, anchors, tags, second documents, syntax) and
    positions (worked out when asked for) are those of the full reading of the events."""
    _same(*_both_ways(front + extra, 1))


def test_every_record_of_the_corpora_reads_as_the_full_way() -> None:
    """The golden cases, the hostile corpus, the real minutes and the shipped records."""
    from pathlib import Path

    from tools.reading.records import Record, minutes_from_text

    root = Path(__file__).resolve().parent.parent
    count = 0
    for base in ("tests/cases", "tests/hostile", "tests/real", "records", "schemas"):
        for path in sorted((root / base).rglob("*")):
            if path.is_symlink() or not path.is_file() or path.suffix not in (".md", ".yaml"):
                continue
            text = path.read_bytes().decode("utf-8", errors="replace")
            offset = 0
            if path.suffix == ".md":
                loaded = minutes_from_text(Record(path.name), text).loaded
                if loaded is None:
                    continue
                text, offset = loaded.text, 1
            _same(*_both_ways(text, offset))
            count += 1
    assert count > 400


# Lines close to front matter, with the characters and shapes that make YAML less than plain:
# indentation, dashes, colons, brackets, quotes, indicators, blanks YAML does not see as such
PLAIN_KEYS = ["kind", "date", "present", "for", "a-b", "tên", "_x", "-a", "1", "a b", "x.y",
              "votes", ""]
PLAIN_VALUES = st.one_of(
    st.text(alphabet=list("ab1-: ,[]{}'\"#&*!|>%@`\\?~.+eé\u00a0\u2028\x85\t😀xy"), max_size=14),
    st.sampled_from(["[a, b]", "[ ]", "[]", "{for: 1, against: 0}", "{}", "{a: 1, a: 2}",
                     "[a,]", "[a, [b]]", "\"14:00\"", "'x'", "\"a\\\"b\"", "'it''s'", "12:30",
                     "2024-07-28", "0730", "0x1F", "1e3", ".inf", "~", "null", "yes", "-5",
                     "- x", "a: b", "x #c", "TB&XH", "[a b, c  d]", "{a: x y}", "\"a\" b",
                     "[-1, 2]", "{a: [1]}", "[a: 1]", "| x", "> x", "&a x", "*a", "!x y"]))
MILD_VALUES = st.one_of(
    st.text(alphabet=list("ab1 -:,.'\"éĐ~+"), max_size=10), st.sampled_from(
        ["[a, b]", "[ ]", "{for: 1, against: 0}", "\"14:00\"", "'x'", "2024-07-28", "0730",
         "1e3", "~", "null", "yes", "true", "[1, 2.5, ~, x y]", "{a: 1, b: x-y}", ""]))
MILD_DATA = st.recursive(MILD_VALUES, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(PLAIN_KEYS), inner,
                                                 max_size=4)), max_leaves=12)
PLAIN_LINE = st.tuples(st.integers(0, 6), st.sampled_from(["", "- ", "-   ", "- - ", "-"]),
                       st.sampled_from(PLAIN_KEYS), st.sampled_from([": ", ":", ":  ", " : "]),
                       PLAIN_VALUES, st.sampled_from(["", " ", "  "]))
MILD_LINE = st.tuples(st.sampled_from([0, 0, 2, 2, 4, 6]), st.sampled_from(["", "", "- "]),
                      st.sampled_from(PLAIN_KEYS[:6] + ["", "x"]), st.sampled_from([": ", ":"]),
                      MILD_VALUES, st.sampled_from(["", " "]))


def _plain_text(lines: list[tuple]) -> str:
    return "".join(" " * indent + dash + (key + colon if key else "") + value + tail + "\n"
                   for indent, dash, key, colon, value, tail in lines)


@settings(max_examples=int(os.environ.get("PROPERTY_EXAMPLES", "400")), deadline=None,
          derandomize=True)
@given(st.one_of(st.lists(PLAIN_LINE, max_size=8).map(_plain_text),
                st.lists(MILD_LINE, max_size=8).map(_plain_text), FRONT,
                st.dictionaries(st.sampled_from(KEYS), MILD_DATA, max_size=8).map(_render)))
def test_the_plain_reader_reads_as_the_parser(text: str) -> None:
    """The line reader (tools/reading/yamlplain.py) takes only what the parser reads without
    a problem, and gives the same data and positions; everything else it leaves to the
    parser."""
    from tools.reading import yamlload, yamlplain

    plain = yamlplain.read(text)
    if plain is yamlplain.FULL_WAY:
        return
    full = yamlload.Loaded()
    yamlload.load_fully(text, full, 3)
    assert full.problems == [], text
    assert repr(plain) == repr(full.data), text
    marks = yamlplain.positions(text, 3)
    assert (marks.values, marks.keys, marks.raw) == \
        (full.found.values, full.found.keys, full.found.raw), text


@settings(max_examples=int(os.environ.get("PROPERTY_EXAMPLES", "400")), deadline=None,
          derandomize=True)
@given(st.one_of(st.text(alphabet=list("tTfFnNrRuUeElLsSaA~.+-0123456789oxi_\n "), max_size=7),
                 st.sampled_from(["true", "True", "TRUE", "false", "False", "FALSE", "null",
                                  "Null", "NULL", "true\n", "Null\n", "nUll", "tran-van-an",
                                  "0x1F", "0o17", "1e3", ".inf", "-.Inf", ".NaN", "~", ""])))
def test_plain_scalars_resolve_as_the_core_schema_patterns_say(text: str) -> None:
    """resolve_plain's shortcuts (the named words, the cache of short ones) answer as the core
    schema's patterns, tried in turn, do, for any scalar that may be other than text."""
    from tools.reading import scalars

    expected = text if text and text[0] not in scalars.MAYBE_NOT_TEXT else scalars._resolve(text)
    assert repr(scalars.resolve_plain(text)) == repr(expected), text


@pytest.mark.parametrize("text", [
    "kind: regular\npresent: [a-b, c]\nabsent_excused:\n  x-y: Đi học\ntasks:\n"
    "  - member: a-b\n    due: 2024-07-28\ndecisions:\n  - text: T\n"
    "    votes: {for: 8, against: 0, abstain: 0}\n    adopted: true\n",
    "place: Hội trường Phòng Lao động - TB&XH 2\nstart: \"14:00\"\nn: 0730\nx:\ny: ~\n",
    "- a\n- - b\n  - c\n-   d: 1\n    e: 'q'\n"])
def test_the_plain_reader_takes_front_matter_as_clerks_write_it(text: str) -> None:
    from tools.reading import yamlload, yamlplain

    full = yamlload.Loaded()
    yamlload.load_fully(text, full, 0)
    assert repr(yamlplain.read(text)) == repr(full.data)


@pytest.mark.parametrize("text", [
    "a: b\n  c\n", "a:\n- x\n", "a: x # c\n", "a: &x 1\n", "a: 1\na: 2\n", "a: \"\\t\"\n",
    "a: [a, [b]]\n", "a: |\n  x\n", "? a\n: 1\n", "a: b: c\n", "a:\tb\n", "- \n", "",
    "a: 'x\n  y'\n", "  a: 1\nb: 2\n", "a: 1\n...\n", "---\na: 1\n"])
def test_the_plain_reader_leaves_the_rest_to_the_parser(text: str) -> None:
    from tools.reading import yamlplain

    assert yamlplain.read(text) is yamlplain.FULL_WAY


@SETTINGS
@given(body=LINES)
def test_the_copy_check_reads_the_words_outside_headings(body: list[str]) -> None:
    """A body's words for the copy check: every line's but its headings', in order."""
    import re

    from tools.checking.rules.copies import body_words
    from tools.reading.records import Record, minutes_from_text

    record = minutes_from_text(Record("records/a/minutes/2025/2025-03-05-regular.md"),
                               "---\nkind: regular\n---\n" + "\n".join(body))
    heading_lines = {heading.line for heading in record.headings}
    kept = [line for number, line in enumerate(record.body.split("\n"), record.body_line)
            if number not in heading_lines]
    assert body_words(record) == re.findall(r"\w+", "\n".join(kept).casefold())
