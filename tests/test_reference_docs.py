"""The reference pages (`tools docs`) are up to date and complete, the README and docs/ name no
file outside the repository, and every `./dev tools …` example of the README runs as written."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tools.messages import CATALOGS, en, vi
from tools.problems import CODES

ROOT = Path(__file__).resolve().parent.parent
TOOLS = [sys.executable, "-m", "tools"]  # the installed toolkit, as `.venv/bin/tools` runs it
PAGES = ("format.md", "rules.md", "en/format.md", "en/rules.md")


def run(*args: str, cwd: Path = ROOT, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "TOOLS_LANG": "vi", "NO_COLOR": "1"}
    return subprocess.run([*TOOLS, *args], cwd=cwd, capture_output=True, text=True,
                          timeout=600, env=env, check=False, **kwargs)


def page(name: str) -> str:
    return (ROOT / "docs" / name).read_text(encoding="utf-8")


def repository_copy(tmp_path: Path) -> Path:
    """The repository's records, docs and README in a fresh folder (no .git, no .venv)."""
    copy = tmp_path / "repo"
    copy.mkdir()
    for name in ("records", "docs", "schemas"):
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, copy / name, symlinks=True)
    shutil.copy(ROOT / "README.md", copy / "README.md")
    return copy


# -- up to date ----------------------------------------------------------------------------------

def test_the_reference_pages_are_up_to_date() -> None:
    result = run("docs", "--check")
    assert result.returncode == 0, result.stderr


def test_a_stale_or_missing_page_fails_the_check_and_names_the_command(tmp_path: Path) -> None:
    out = tmp_path / "docs"
    assert run("docs", "--out", str(out)).returncode == 0
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.md")) == sorted(PAGES)
    assert run("docs", "--check", "--out", str(out)).returncode == 0
    rules = out / "rules.md"
    rules.write_text(rules.read_text(encoding="utf-8").replace("lỗi", "loi", 1), encoding="utf-8")
    (out / "en" / "format.md").unlink()
    result = run("docs", "--check", "--out", str(out))
    assert result.returncode == 1
    assert f"{rules} chưa cập nhật" in result.stderr
    assert str(out / "en" / "format.md") in result.stderr
    assert f"tools docs --out {out}" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 2  # format.md and en/rules.md are fine
    assert run("docs", "--out", str(out)).returncode == 0
    assert run("docs", "--check", "--out", str(out)).returncode == 0


def test_the_examples_come_from_the_records_so_a_changed_record_makes_the_pages_stale(
        tmp_path: Path) -> None:
    copy = repository_copy(tmp_path)
    assert run("docs", "--check", cwd=copy).returncode == 0
    first = sorted((copy / "records").rglob("unit.yaml"), key=lambda p: p.as_posix())[0]
    text = first.read_text(encoding="utf-8")
    name = re.search(r"^name: (.+)$", text, re.MULTILINE).group(1)
    assert f"`name: {name}`" in (copy / "docs" / "format.md").read_text(encoding="utf-8")
    first.write_text(text.replace(name, "Đảng bộ xã Thử Nghiệm"), encoding="utf-8")
    result = run("docs", "--check", cwd=copy)
    assert result.returncode == 1
    assert "format.md" in result.stderr and "rules.md" not in result.stderr


def test_the_output_has_no_date_of_the_run() -> None:
    for name in PAGES:
        assert not re.search(r"20[0-9]{2}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:", page(name)), name


# -- complete ------------------------------------------------------------------------------------

def _schema_files() -> dict[str, dict]:
    """The record schemas, read straight from the folder the toolkit uses."""
    from tools.checking.project import Project

    folder = Project.open(ROOT).schemas.folder
    return {path.name.removesuffix(".schema.json"): json.loads(path.read_text(encoding="utf-8"))
            for path in sorted(folder.glob("*.schema.json")) if path.name != "common.schema.json"}


def _property_names(schema: object) -> set[str]:
    found = set()
    if isinstance(schema, dict):
        for key, value in schema.items():
            if key == "properties" and isinstance(value, dict):
                found |= set(value)
            found |= _property_names(value)
    elif isinstance(schema, list):
        for item in schema:
            found |= _property_names(item)
    return found


@pytest.mark.parametrize("name", ["format.md", "en/format.md"])
def test_every_schema_property_has_its_section(name: str) -> None:
    headings = re.findall(r"^### `([^`]+)`", page(name), re.MULTILINE)
    last_parts = {heading.rsplit(".", 1)[-1].removesuffix("[]") for heading in headings}
    schemas = _schema_files()
    assert len(schemas) == 6
    missing = {kind: sorted(_property_names(schema) - last_parts)
               for kind, schema in schemas.items()}
    assert {kind: names for kind, names in missing.items() if names} == {}
    for kind, schema in schemas.items():  # each file's section is named by the schema's title
        title = en.SCHEMA[f"{kind}:"][0] if name.startswith("en/") else schema["title"]
        assert re.search(rf"^## `[^`]+`: {re.escape(title)}$", page(name), re.MULTILINE), title


def test_every_vietnamese_label_and_description_is_in_the_page() -> None:
    text = page("format.md")
    for kind, schema in _schema_files().items():
        for label in re.findall(r'"title": "([^"]+)"', json.dumps(schema, ensure_ascii=False)):
            assert label in text, (kind, label)


def test_every_field_has_its_english_label_and_no_label_is_left_over() -> None:
    from tools.checking.project import Project
    from tools.outputs.reference.fields import FILES, all_fields

    fields = {item.key for item in all_fields(Project.open(ROOT).schemas)}
    fields |= {f"{kind}:" for kind, _ in FILES}
    assert sorted(fields - set(en.SCHEMA)) == []
    assert sorted(set(en.SCHEMA) - fields) == []
    assert [key for key, (label, text) in en.SCHEMA.items() if not label or not text] == []


@pytest.mark.parametrize("name", ["rules.md", "en/rules.md"])
def test_every_code_and_finding_has_its_section(name: str) -> None:
    text = page(name)
    lang = "en" if name.startswith("en/") else "vi"
    headings = set(re.findall(r"^### `([^`]+)`", text, re.MULTILINE))
    assert sorted(set(CODES) - headings) == []
    assert sorted(set(CATALOGS[lang].FINDINGS) - headings) == []
    for code, severity in CODES.items():  # each with its severity, when and fix
        section = text.split(f"### `{code}`\n", 1)[1].split("\n### ", 1)[0]
        assert CATALOGS[lang].WORDS[severity] in section, code
        when = re.sub(r"\\\{[a-z_]+\\\}", ".+", re.escape(CATALOGS[lang].WHEN[code]))
        assert re.search(when, section), code
        assert f"- {CATALOGS[lang].DOCS['fix']}: " in section, code


@pytest.mark.parametrize("name", ["rules.md", "en/rules.md"])
def test_every_message_is_shown_rendered(name: str) -> None:
    """No placeholder is left in a message: each is shown as the clerk reads it."""
    text = page(name)
    lines = [line for line in text.splitlines() if line.startswith("- ")]
    leftovers = [line for line in lines if re.search(r"\{[a-z_]+\}|\[\[", line)]
    assert leftovers == []


def test_every_rulebook_and_its_parameters_with_their_sources() -> None:
    from tools.checking.project import Project

    text = page("rules.md")
    for book in Project.open(ROOT).rulebooks:
        section = text.split(f"### `{book.id}`", 1)[1].split("\n### ", 1)[0]
        assert str(book.params["effective_from"]) in section
        for parameter in ("min_minutes", "attendance_target", "removal_review_months",
                          "committee_full_members", "probation_months"):
            row = next(line for line in section.splitlines() if line.startswith(f"| `{parameter}`"))
            assert book.cite(parameter) in row, (book.id, parameter)
        for source in book.params["sources"]:
            assert source["document"] in section


def test_the_catalogs_explain_exactly_the_codes_and_findings() -> None:
    for catalog in (vi, en):
        assert sorted(catalog.WHEN) == sorted({*CODES, *catalog.FINDINGS})
        assert all(catalog.WHEN.values())
    assert sorted(vi.DOCS) == sorted(en.DOCS)


# -- self-contained ------------------------------------------------------------------------------

def _documents() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]


@pytest.mark.parametrize("path", _documents(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_no_document_names_a_path_outside_the_repository(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert [word for word in ("../", "shared/", "/work/", "records.md") if word in text] == []


@pytest.mark.parametrize("path", _documents(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_link_of_a_document_leads_to_a_file_of_the_repository(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    broken = []
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"[a-z]+:", target) or target.startswith("#"):
            continue
        local = (path.parent / target.split("#", 1)[0]).resolve()
        if not local.exists() or ROOT not in (local, *local.parents):
            broken.append(target)
    assert broken == []


def test_the_self_containment_checks_can_fail(tmp_path: Path) -> None:
    planted = tmp_path / "README.md"
    planted.write_text("See [the spec](../shared/spec/rules.md).\n", encoding="utf-8")
    with pytest.raises(AssertionError):
        test_no_document_names_a_path_outside_the_repository(planted)
    with pytest.raises(AssertionError):
        test_every_link_of_a_document_leads_to_a_file_of_the_repository(planted)


# -- the README's examples run -------------------------------------------------------------------

def readme_examples() -> list[list[str]]:
    """The `./dev tools …` commands of each of the README's code blocks, as written (a block's
    commands run in order: a later one may read what an earlier one wrote)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    found = []
    for block in re.findall(r"^```[a-z]*\n(.*?)^```", text, re.MULTILINE | re.DOTALL):
        commands = [line.removeprefix("$ ").strip() for line in block.splitlines()]
        commands = [line for line in commands if line.startswith("./dev tools ")]
        if commands:
            found.append(commands)
    return found


def test_the_readme_has_examples() -> None:
    examples = [line for block in readme_examples() for line in block]
    assert len(examples) >= 5
    assert any(" validate" in line for line in examples)
    assert "./dev tools docs --check" in examples


def run_example(example: str, copy: Path, scratch: Path) -> None:
    words = shlex.split(example, comments=True)[2:]  # after ./dev tools
    output = None
    if ">" in words:
        words, output = words[:words.index(">")], copy / words[words.index(">") + 1]
    words = [word.replace("/tmp/", f"{scratch}/") for word in words]
    result = run(*words, cwd=copy)
    assert result.returncode in (0, 1), (example, result.stderr[-2000:])
    assert "Traceback" not in result.stderr
    if output is not None:
        output.write_text(result.stdout, encoding="utf-8")
        assert output.stat().st_size > 0


@pytest.mark.parametrize("block", readme_examples(), ids=lambda block: block[0][12:60])
def test_every_readme_example_runs_as_written(block: list[str], tmp_path: Path) -> None:
    """Run from a fresh copy of the repository (examples write files); `/tmp/` stands for a
    temporary folder of the test's own. Exit 0 or 1, never a usage error or a traceback."""
    if any("--format pdf" in line for line in block) and shutil.which("soffice") is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice is required in CI (.ci/run installs it)")
        pytest.skip("tools print --format pdf needs LibreOffice")
    copy = repository_copy(tmp_path)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    for example in block:
        run_example(example, copy, scratch)
