"""The command line: exit statuses, formats, languages, path mode, and what it reads."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from builders import CELL, MINUTES, write_tree
from tools.checking import run as validate_module
from tools.checking.project import schema_sources
from tools.cli import main


def invoke(root: Path, *args: str, env: dict | None = None):
    return CliRunner().invoke(main, ["--root", str(root), *args], env=env or {})


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    return write_tree(tmp_path)


def break_attendance(root: Path) -> None:
    path = root / MINUTES
    path.write_text(path.read_text(encoding="utf-8").replace(", y-broh]", "]"),
                    encoding="utf-8")


def test_valid_tree_exits_0(tree: Path) -> None:
    result = invoke(tree, "validate", "--today", "2026-11-27")
    assert result.exit_code == 0, result.output
    assert "không có lỗi" in result.output


def test_error_exits_1_with_path_line_and_fix(tree: Path) -> None:
    break_attendance(tree)
    result = invoke(tree, "validate", "--today", "2026-11-27")
    assert result.exit_code == 1
    first, fix = result.output.splitlines()[:2]
    assert first.startswith(f"{MINUTES}:9:1: lỗi minutes.attendance-missing ")
    assert "Y Brốh" in first
    assert fix.startswith("    Cách sửa: ")


def test_english_messages(tree: Path) -> None:
    break_attendance(tree)
    result = invoke(tree, "validate", "--lang", "en", "--today", "2026-11-27")
    assert "error minutes.attendance-missing Y Brốh (y-broh) was expected" in result.output
    env_result = invoke(tree, "validate", env={"TOOLS_LANG": "en", "TOOLS_TODAY": "2026-11-27"})
    assert env_result.output == result.output


def test_warning_exits_0_unless_strict(tree: Path) -> None:
    path = tree / MINUTES
    path.write_text(path.read_text(encoding="utf-8").replace('"09:30"', '"08:30"'),
                    encoding="utf-8")
    assert invoke(tree, "validate", "--today", "2026-11-27").exit_code == 0
    strict = invoke(tree, "validate", "--strict", "--today", "2026-11-27")
    assert strict.exit_code == 1
    assert "minutes.too-short" in strict.output


def test_json_contract(tree: Path) -> None:
    break_attendance(tree)
    result = invoke(tree, "validate", "--format", "json", "--today", "2026-11-27")
    document = json.loads(result.output)
    assert document["ok"] is False
    assert document["checked"] == 4
    [item] = document["problems"]
    assert {k: item[k] for k in ("code", "severity", "path", "line", "column", "params")} == {
        "code": "minutes.attendance-missing", "severity": "error", "path": MINUTES,
        "line": 9, "column": 1, "params": {"member": "y-broh", "name": "Y Brốh"}}
    english = json.loads(invoke(tree, "validate", "--format", "json", "--lang", "en",
                                "--today", "2026-11-27").output)
    assert english["problems"][0]["params"] == item["params"]
    assert english["problems"][0]["message"] != item["message"]


@pytest.mark.parametrize("args", [["validate", "--format", "xml"],
                                  ["validate", "--today", "2025-02-30"],
                                  ["validate", "--lang", "fr"],
                                  ["nonsense"]])
def test_usage_errors_exit_2(tree: Path, args: list[str]) -> None:
    assert invoke(tree, *args).exit_code == 2


def test_broken_rulebook_exits_2(tree: Path) -> None:
    (tree / "schemas").mkdir()
    for path in schema_sources().schemas.glob("*.json"):
        (tree / "schemas" / path.name).write_bytes(path.read_bytes())
    (tree / "schemas" / "rulebooks").mkdir()
    (tree / "schemas" / "rulebooks" / "bad.yaml").write_text("id: [\n", encoding="utf-8")
    result = invoke(tree, "validate")
    assert result.exit_code == 2
    assert "bad.yaml" in result.output


def test_path_mode_reads_only_the_cell(tree: Path, monkeypatch) -> None:
    other = tree / "records/xa-dak-roong/lang-khac"
    other.mkdir()
    (other / "unit.yaml").write_text("name: [\n", encoding="utf-8")
    read: list[str] = []
    for name in ("read_yaml", "read_minutes"):
        original = getattr(validate_module, name)

        def spy(path, rel, *rest, original=original):
            read.append(rel)
            return original(path, rel, *rest)

        monkeypatch.setattr(validate_module, name, spy)
    break_attendance(tree)
    result = invoke(tree, "validate", "--today", "2026-11-27", str(tree / MINUTES))
    assert result.exit_code == 1
    assert "minutes.attendance-missing" in result.output
    # the committee above is read for its local rules (rules.md §6); its sibling cell is not
    assert sorted(read) == sorted([f"{CELL}/unit.yaml", f"{CELL}/members.yaml", MINUTES,
                                   "records/xa-dak-roong/unit.yaml"])


def test_roster_change_rechecks_the_cells_minutes(tree: Path) -> None:
    roster = tree / CELL / "members.yaml"
    roster.write_text(roster.read_text(encoding="utf-8") + (
        "  - id: dinh-thi-hien\n    name: Đinh Thị Hiên\n    admitted: 2014-01-01\n"
        "    full_since: 2015-01-01\n    joined: 2014-01-01\n"), encoding="utf-8")
    result = invoke(tree, "validate", "--format", "json", "--today", "2026-11-27", str(roster))
    codes = [(p["code"], p["path"]) for p in json.loads(result.output)["problems"]]
    assert codes == [("minutes.attendance-missing", MINUTES)]


def test_paths_outside_records_are_refused(tree: Path) -> None:
    (tree / "README.md").write_text("x", encoding="utf-8")
    result = invoke(tree, "validate", "--today", "2026-11-27", str(tree / "README.md"))
    assert result.exit_code == 2  # names no record: never "0 files, no errors"


def test_validate_never_writes(tree: Path) -> None:
    path = tree / MINUTES
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    before = {p: p.read_bytes() for p in tree.rglob("*") if p.is_file()}
    result = invoke(tree, "validate", "--today", "2026-11-27", "--no-cache")
    assert "parse.bom" in result.output
    assert {p: p.read_bytes() for p in tree.rglob("*") if p.is_file()} == before
    # with its cache, validate writes only inside the repository's git directory
    subprocess.run(["git", "init", "-q", str(tree)], check=True)
    before = {p: p.read_bytes() for p in tree.rglob("*") if p.is_file()}
    invoke(tree, "validate", "--today", "2026-11-27")
    after = {p: p.read_bytes() for p in tree.rglob("*")
             if p.is_file() and "tools-cache" not in p.relative_to(tree).parts}
    assert after == before
    assert list((tree / ".git" / "tools-cache").rglob("*.bin"))


def test_no_colour_when_not_a_terminal(tree: Path) -> None:
    break_attendance(tree)
    assert "\x1b[" not in invoke(tree, "validate", "--today", "2026-11-27").output


def test_every_command_has_help() -> None:
    for name, command in main.commands.items():
        assert command.help, name
        assert CliRunner().invoke(main, [name, "--help"]).exit_code == 0


def test_review_formats_match_the_reporters() -> None:
    from tools.cli.review import REVIEW_FORMATS
    from tools.outputs.review_report import REVIEW_REPORTERS

    assert tuple(REVIEW_REPORTERS) == REVIEW_FORMATS


# -- the command line in the user's language ------------------------------------------------


@pytest.mark.parametrize("args", [["validate", "--format", "xml"], ["nonsense"],
                                  ["validate", "--bogus"], ["new", CELL, "--kind", "regular"],
                                  ["summarize", "records", "records/xa-dak-roong"]])
def test_usage_errors_speak_vietnamese_or_english(tree: Path, args: list[str]) -> None:
    vi = invoke(tree, *args)
    en = invoke(tree, *args, "--lang", "en") if args[0] != "nonsense" else \
        invoke(tree, *args, env={"TOOLS_LANG": "en"})
    assert vi.exit_code == en.exit_code == 2
    assert "Cách dùng: tools" in vi.output and "Lỗi: " in vi.output
    assert "Usage:" not in vi.output and "Error:" not in vi.output
    assert "Usage: tools" in en.output and "Error: " in en.output
    assert invoke(tree, *args, env={"TOOLS_LANG": "en"}).output == en.output


def test_help_speaks_vietnamese_or_english(tree: Path) -> None:
    vi = invoke(tree, "new", "--help").output
    en = invoke(tree, "new", "--help", "--lang", "en").output
    assert vi.startswith("Cách dùng: tools new [TÙY_CHỌN] THƯ_MỤC_CHI_BỘ")
    assert "Ngày họp." in vi and "[bắt buộc]" in vi and "In hướng dẫn này" in vi
    assert en.startswith("Usage: tools new [OPTIONS] CELL")
    assert "The meeting date." in en and "Show this message and exit." in en


def test_tools_new_speaks_vietnamese(tree: Path) -> None:
    committee = invoke(tree, "new", "records/xa-dak-roong", "--date", "2026-07-06", "--kind",
                       "regular")
    assert committee.exit_code == 2
    assert "không phải thư mục chi bộ" in committee.output
    english = invoke(tree, "new", "records/xa-dak-roong", "--date", "2026-07-06", "--kind",
                     "regular", "--lang", "en")
    assert "is not a cell folder" in english.output
    nobody = invoke(tree, "new", CELL, "--date", "1990-01-01", "--kind", "regular")
    assert nobody.exit_code == 2 and "Không có đảng viên nào phải dự họp" in nobody.output


# -- what the start costs: imports only what a command uses ----------------------------------


def _fresh(code: str, lang: str = "vi") -> subprocess.CompletedProcess:
    """Python code run in a new interpreter, as the console script would run."""
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**os.environ, "TOOLS_LANG": lang}, check=True)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_version_without_click_says_what_click_says(lang: str) -> None:
    """`tools --version` alone is answered before Click or YAML is imported, with the lines
    Click's path prints: the version and each shipped rulebook with its dates."""
    code = ("import sys; sys.argv = ['tools', '--version']; from tools.cli import run; run();"
            " print(sorted(m for m in ('click', 'tools.cli.validate', 'ruamel.yaml')"
            " if m in sys.modules))")
    fast = _fresh(code, lang).stdout.splitlines()
    assert fast[-1] == "[]"
    slow = CliRunner().invoke(main, ["--version"], env={"TOOLS_LANG": lang})
    assert slow.exit_code == 0
    assert len(fast) > 2 and fast[:-1] == slow.output.splitlines()


def test_version_with_rulebooks_of_its_own_goes_the_full_way(tmp_path: Path) -> None:
    """A records repository's own rulebooks are loaded and checked: a broken one stops it."""
    (tmp_path / "records").mkdir()
    (tmp_path / "schemas" / "rulebooks").mkdir(parents=True)
    (tmp_path / "schemas" / "rulebooks" / "tinh.yaml").write_text("id: tinh\n",
                                                                 encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "tools", "--version"], cwd=tmp_path,
                            capture_output=True, text=True)
    assert result.returncode == 2 and "tinh.yaml" in result.stderr


def test_a_command_imports_its_own_module_only() -> None:
    code = ("import sys; from tools.cli.app import main;"
            " main(['validate', '--help'], standalone_mode=False);"
            " print(sorted(m for m in ('tools.cli.summarize', 'tools.cli.printing',"
            " 'tools.cli.validate') if m in sys.modules))")
    assert _fresh(code).stdout.splitlines()[-1] == "['tools.cli.validate']"


def test_the_commit_hook_on_valid_records_needs_no_jsonschema(tree: Path) -> None:
    """A staged valid minutes file is checked by the shipped compiled schemas: jsonschema,
    fastjsonschema's compiler and the whole-tree engine are never imported. A broken one still
    gets jsonschema's explanation."""
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    subprocess.run([*git, "init", "-q", str(tree)], check=True)
    subprocess.run([*git, "-C", str(tree), "add", "records"], check=True)
    code = ("import sys; from tools.cli.app import main\n"
            "try:\n    main(['validate', '--staged', '--today', '2026-11-27'])\n"
            "except SystemExit as end:\n    print('exit', end.code)\n"
            "print(sorted(m for m in ('jsonschema', 'fastjsonschema', 'tools.checking.engine',"
            " 'multiprocessing') if m in sys.modules))")
    run = subprocess.run([sys.executable, "-c", code], cwd=tree, capture_output=True, text=True,
                         env={**os.environ, "TOOLS_LANG": "en"}, check=True)
    assert run.stdout.splitlines()[-2:] == ["exit 0", "[]"], run.stdout + run.stderr
    path = tree / MINUTES
    path.write_text(path.read_text(encoding="utf-8").replace("kind: regular", "kind: party"),
                    encoding="utf-8")
    subprocess.run([*git, "-C", str(tree), "add", "records"], check=True)
    run = subprocess.run([sys.executable, "-c", code], cwd=tree, capture_output=True, text=True,
                         env={**os.environ, "TOOLS_LANG": "en"}, check=True)
    assert "schema" in run.stdout and run.stdout.splitlines()[-2] == "exit 1", run.stdout
    assert "'jsonschema'" in run.stdout.splitlines()[-1]
