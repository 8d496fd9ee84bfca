"""`tools validate` answered without Click (tools/cli/quick.py) says what Click's command says,
byte for byte: stdout, stderr and exit status of both, run as processes in real git
repositories with staged Vietnamese records, for the commit hook's cases (a new file, a bad
one, a deletion, a member removed, minutes changed without a correction, a case twin, nothing
staged, no commit yet), the files an editor names, every format and language, and what only
Click may answer (help, usage errors, refused paths), which the quick path leaves to it."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import click
import pytest

from builders import CELL, MINUTES, write_tree
from tools.cli import quick
from tools.outputs import validation

ROSTER = f"{CELL}/members.yaml"
TODAY = "2026-11-27"
NEW = MINUTES.replace("2025-03-05", "2025-04-02")
# the entry point (tools/cli/__init__.py) or Click's alone (tools/cli/app.py); afterwards the
# file named first says whether Click was imported
RUN = """import atexit, sys
mark = sys.argv.pop(1)
atexit.register(lambda: open(mark, "w").write(str("click" in sys.modules)))
sys.argv[0] = "tools"
from tools.cli{module} import run
run()
"""


def git(repo: Path, *args: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Văn thư", "GIT_AUTHOR_EMAIL": "vt@example.org",
           "GIT_COMMITTER_NAME": "Văn thư", "GIT_COMMITTER_EMAIL": "vt@example.org"}
    done = subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True)
    assert done.returncode == 0, done.stderr


def edit(repo: Path, rel: str, old: str, new: str) -> None:
    text = (repo / rel).read_text(encoding="utf-8")
    assert old in text, old
    (repo / rel).write_text(text.replace(old, new), encoding="utf-8")


def tools(repo: Path, args: list[str], click_only: bool, env: dict[str, str],
          tty: bool = False) -> tuple[int, bytes, bytes, bool]:
    """(exit status, stdout, stderr, Click imported) of `tools ARGS` in `repo`."""
    mark = repo.parent / "mark"
    command = [sys.executable, "-c", RUN.format(module=".app" if click_only else ""),
               str(mark), *args]
    environ = {key: value for key, value in os.environ.items()
               if not key.startswith("TOOLS_") and key != "NO_COLOR"}
    environ.update(env)
    if tty:  # stdout a terminal: colours, as pre-commit shows them
        leader, follower = pty.openpty()
        done = subprocess.run(command, cwd=repo, env=environ, stdout=follower,
                              stderr=subprocess.PIPE)
        os.close(follower)
        out = _drain(leader)
    else:
        done = subprocess.run(command, cwd=repo, env=environ, capture_output=True)
        out = done.stdout
    return done.returncode, out, done.stderr, mark.read_text() == "True"


def _drain(fd: int) -> bytes:
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the terminal closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(fd)
    return b"".join(chunks)


def same(repo: Path, *args: str, quick_path: bool = True, tty: bool = False,
         **env: str) -> tuple[int, str]:
    """Both paths run; their answers must be equal, and the quick one must have answered
    without Click (or, `quick_path` false, left the answer to Click)."""
    status, out, err, clicked = tools(repo, list(args), False, env, tty)
    expected = tools(repo, list(args), True, env, tty)
    assert (status, out, err) == expected[:3]
    assert clicked != quick_path
    return status, out.decode("utf-8")


@pytest.fixture(scope="module")
def committed(tmp_path_factory) -> Path:
    repo = write_tree(tmp_path_factory.mktemp("quick") / "repo")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "Hồ sơ ban đầu")
    return repo


@pytest.fixture
def repo(committed: Path) -> Path:
    """The repository as first committed, whatever the test before did."""
    git(committed, "reset", "-q", "--hard", "HEAD")
    git(committed, "clean", "-q", "-fdx", "records")
    return committed


def stage_new_minutes(repo: Path, replace: tuple[str, str] = ("", "")) -> None:
    text = (repo / MINUTES).read_text(encoding="utf-8").replace("2025-03-05", "2025-04-02")
    (repo / NEW).write_text(text.replace(*replace) if replace[0] else text, encoding="utf-8")
    git(repo, "add", NEW)


def test_new_valid_minutes_staged(repo: Path) -> None:
    stage_new_minutes(repo)
    status, out = same(repo, "validate", "--today", TODAY, "--staged")
    assert status == 0 and "Đã kiểm tra" in out


def test_new_minutes_with_an_error_in_every_format_and_language(repo: Path) -> None:
    stage_new_minutes(repo, (", y-broh]", "]"))
    for format_ in ("text", "json", "github", "gitlab"):
        status, out = same(repo, "validate", "--staged", "--format", format_,
                           f"--today={TODAY}")
        assert status == 1 and "minutes.attendance-missing" in out
    status, out = same(repo, "validate", "--staged", "--lang", "en", "--today", TODAY)
    assert status == 1 and "error minutes.attendance-missing" in out
    status, out = same(repo, "validate", "--staged", TOOLS_LANG="en", TOOLS_TODAY=TODAY)
    assert status == 1 and "error minutes.attendance-missing" in out


def test_unreadable_yaml_staged(repo: Path) -> None:
    stage_new_minutes(repo, ("place: Nhà rông", "place: [Nhà rông"))
    status, out = same(repo, "validate", "--today", TODAY, "--staged")
    assert status == 1 and "parse.yaml" in out


def test_deleted_minutes(repo: Path) -> None:
    git(repo, "rm", "-q", MINUTES)
    status, out = same(repo, "validate", "--today", TODAY, "--staged", "--no-cache")
    assert status == 1 and "record.deleted" in out


def test_minutes_changed_without_a_correction(repo: Path) -> None:
    edit(repo, MINUTES, "Chi bộ đánh giá", "Chi bộ thảo luận và đánh giá")
    git(repo, "add", MINUTES)
    status, out = same(repo, "validate", "--today", TODAY, "--staged")
    assert status == 1 and "record.changed-without-correction" in out


def test_member_removed_from_the_roster(repo: Path) -> None:
    edit(repo, ROSTER, "  - id: y-broh\n    name: Y Brốh\n    admitted: 2015-09-02\n"
         "    full_since: 2016-09-02\n    joined: 2015-09-02\n", "")
    git(repo, "add", ROSTER)
    for format_ in ("text", "json"):
        status, out = same(repo, "validate", "--today", TODAY, "--staged", "--format", format_)
        assert status == 1 and "roster.member-removed" in out and "y-broh" in out


def test_case_twin_in_the_index(repo: Path) -> None:
    twin = MINUTES.replace("regular.md", "Regular.md")
    blob = subprocess.run(["git", "hash-object", "-w", MINUTES], cwd=repo, capture_output=True,
                          text=True, check=True).stdout.strip()
    git(repo, "update-index", "--add", "--cacheinfo", f"100644,{blob},{twin}")
    status, out = same(repo, "validate", "--today", TODAY, "--staged")
    assert status == 1 and "layout.case-conflict" in out


def test_a_folder_twin_on_the_disk_and_in_the_index_is_reported_once(repo: Path) -> None:
    """The cell's folder in other letters: the disk's listing and the index both show it."""
    cell = CELL.rsplit("/", 1)
    twin = MINUTES.replace(CELL, f"{cell[0]}/{cell[1].upper()}")
    (repo / twin).parent.mkdir(parents=True)
    (repo / twin).write_text((repo / MINUTES).read_text(encoding="utf-8"), encoding="utf-8")
    git(repo, "add", twin)
    for format_ in ("text", "json"):
        status, out = same(repo, "validate", "--today", TODAY, "--staged", "--format", format_)
        assert status == 1 and out.count("layout.case-conflict") == 1


def test_nothing_staged(repo: Path) -> None:
    status, out = same(repo, "validate", "--today", TODAY, "--staged")
    assert status == 0 and "check-all-records" in out


def test_first_commit_has_nothing_to_protect(tmp_path: Path) -> None:
    repo = write_tree(tmp_path / "repo")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    status, out = same(repo, "validate", "--today", TODAY, "--staged")
    assert status == 0 and "Đã kiểm tra 4 tệp" in out


def test_cards_hidden_unless_asked_and_strict_warnings(repo: Path) -> None:
    edit(repo, ROSTER, "    name: Y Brốh\n", "    name: Y Brốh\n    card: \"5201234-77\"\n")
    edit(repo, ROSTER, "    full_since: 2016-09-02\n", "")  # a warning: probation overdue
    git(repo, "add", ROSTER)
    _, hidden = same(repo, "validate", "--today", TODAY, "--staged")
    assert "schema.format" in hidden and "5201234-77" not in hidden
    _, shown = same(repo, "validate", "--today", TODAY, "--staged", "--with-cards")
    assert "5201234-77" in shown
    edit(repo, ROSTER, "    card: \"5201234-77\"\n", "")
    git(repo, "add", ROSTER)
    assert same(repo, "validate", "--today", TODAY, "--staged")[0] == 0
    assert same(repo, "validate", "--today", TODAY, "--staged", "--strict")[0] == 1


def test_colours_on_a_terminal_and_control_codes_off_it(repo: Path) -> None:
    stage_new_minutes(repo, (", y-broh]", "]"))
    status, out = same(repo, "validate", "--today", TODAY, "--staged", tty=True)
    assert status == 1 and "\033[31m\033[1mlỗi\033[0m" in out
    # a record's own escape codes: Click takes them out of what goes to a pipe
    edit(repo, ROSTER, "name: Y Brốh", 'name: "Y \\e[31mBrốh"')
    edit(repo, ROSTER, "    full_since: 2016-09-02\n    joined: 2015-09-02\n",
         "    joined: 2015-09-02\n")
    git(repo, "add", ROSTER)
    status, out = same(repo, "validate", "--today", TODAY, "--staged")
    assert "Y Brốh" in out and "\033" not in out
    assert "\033[31mBrốh" in same(repo, "validate", "--today", TODAY, "--staged",
                                  "--with-cards", tty=True)[1]


def test_files_named_as_an_editor_does(repo: Path) -> None:
    stage_new_minutes(repo, (", y-broh]", "]"))
    status, out = same(repo, "validate", "--today", TODAY, NEW)
    assert status == 1 and "minutes.attendance-missing" in out
    status, out = same(repo, "validate", "--today", TODAY, MINUTES, ROSTER, "--format", "json")
    assert status == 1 and '"ok": false' in out  # the roster: the whole cell, NEW too
    assert same(repo, "validate", "--today", TODAY, f"{CELL}/minutes")[0] == 1
    (repo / "records" / "ghi-chu.txt").write_text("Ghi chú", encoding="utf-8")
    assert same(repo, "validate", "--today", TODAY, "records/ghi-chu.txt")[0] == 0


@pytest.mark.parametrize("args", [
    ["validate", "--today", TODAY, "records/khong-co.md"],  # no such path
    ["validate", "--today", TODAY, "README.md"],  # not a record
    ["validate", "--today", TODAY, "--staged", MINUTES],  # --staged takes no path
    ["validate", "--today", "27/11/2026", "--staged"],
    ["validate", "--today", TODAY, "--staged", "--lang", "fr"],
    ["validate", "--today", TODAY, "--staged", "--format", "xml"],
    ["validate", "--today", TODAY, "--staged", "--colour"],
    ["validate", "--today", TODAY, "--staged", "--staged"],
    ["validate", "--today"],
    ["validate", "--today", TODAY, "--since", "main"],
    ["validate", "--today", TODAY, "--", MINUTES],
    ["validate", "--help"],
    ["validate", "-h"],
])
def test_what_only_click_answers(repo: Path, args: list[str]) -> None:
    (repo / "README.md").write_text("Hồ sơ", encoding="utf-8")
    same(repo, *args, quick_path=False)


def test_click_answers_an_unknown_language_or_date_from_the_environment(repo: Path) -> None:
    stage_new_minutes(repo)
    same(repo, "validate", "--today", TODAY, "--staged", quick_path=False, TOOLS_LANG="fr")
    same(repo, "validate", "--staged", quick_path=False, TOOLS_TODAY="hôm nay")
    assert same(repo, "validate", "--today", TODAY, "--staged", TOOLS_LANG="")[0] == 0


def test_click_answers_when_git_fails(tmp_path: Path) -> None:
    repo = write_tree(tmp_path / "repo")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "Hồ sơ ban đầu")
    stage_new_minutes(repo)
    (repo / ".git" / "index").write_bytes(b"not an index")
    status, _ = same(repo, "validate", "--today", TODAY, "--staged", quick_path=False)
    assert status == 2


def test_the_whole_tree_is_left_to_click(repo: Path) -> None:
    assert quick.request(["validate"][1:], {}) is None
    assert same(repo, "validate", "--today", TODAY, "records", quick_path=False)[0] == 0


def test_the_formats_and_colours_are_the_commands() -> None:
    assert quick.FORMATS == tuple(sorted(validation.REPORTERS))
    for severity, colour in (("error", "red"), ("warning", "yellow")):
        assert validation.coloured("lỗi", severity) == click.style("lỗi", fg=colour, bold=True)
    assert quick.request(["--staged", "--today", TODAY, "--lang", "en"], {}) is not None
    assert quick.request(["--staged", "--today", TODAY, "--lang"], {}) is None


@pytest.mark.parametrize("spawn", [True, False])  # False: Windows, which has no posix_spawnp
def test_git_started_answers_and_fails_as_git_does(repo: Path, spawn: bool,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from tools.problems import FatalError
    from tools.workflow import git as calls

    if not spawn:
        monkeypatch.delattr(os, "posix_spawnp")
    stage_new_minutes(repo)
    assert calls.Started(repo, "ls-files", "-z", "--", NEW).output(repo) == f"{NEW}\0"
    # thousands of error lines: more than a pipe holds, read while git writes them
    missing = [f"records/khong-co-{number}.md" for number in range(3000)]
    with pytest.raises(FatalError) as failed:
        calls.Started(repo, "ls-files", "--error-unmatch", "--", *missing).output(repo)
    assert str(failed.value).count("khong-co-") > 3000
    with pytest.raises(FatalError, match="git cannot run"):
        monkeypatch.setenv("PATH", str(repo))
        calls.Started(repo, "status").output(repo)


def test_the_shipped_rulebooks_pass_the_shipped_schema() -> None:
    """What lets a run trust them unchecked (tools/checking/rulebook.py: shipped_and_valid)."""
    from tools.checking.rulebook import shipped_and_valid
    from tools.checking.schemas import Schemas
    from tools.checking.sources import SHIPPED, schema_sources
    from tools.reading.records import read_yaml

    found = schema_sources()
    assert found.rulebooks and found.schemas == SHIPPED
    for path in found.rulebooks:
        record = read_yaml(path, str(path))
        assert record.ok and not record.problems
        assert Schemas(SHIPPED).check("rulebook", record) == []
        assert shipped_and_valid(path, Schemas(SHIPPED))
        assert not shipped_and_valid(path, Schemas(path.parent))


# What the commit hook must not import: each costs every commit of every clerk milliseconds
# (dataclasses brings inspect, ast and tokenize; hashlib loads OpenSSL as _hashlib; the
# compiled schemas' Decimal is the toolkit's own stand-in, not the decimal module's).
HEAVY = ("dataclasses", "inspect", "ast", "_hashlib", "decimal", "typing")
MODULES = """import atexit, sys
listed = sys.argv.pop(1)
atexit.register(lambda: open(listed, "w").write("\\n".join(sorted(sys.modules))))
sys.argv[0] = "tools"
from tools.cli import run
run()
"""


def hook_modules(repo: Path) -> set[str]:
    """The modules `tools validate --staged` imports as the commit hook runs it."""
    listed = repo.parent / "modules"
    done = subprocess.run([sys.executable, "-c", MODULES, str(listed), "validate", "--today",
                           TODAY, "--staged"], cwd=repo, capture_output=True)
    assert done.returncode == 0 and b"\xc4\x90\xc3\xa3 ki\xe1\xbb\x83m tra" in done.stdout
    return set(listed.read_text().split())


def test_the_commit_hook_imports_nothing_heavy(repo: Path) -> None:
    stage_new_minutes(repo)
    modules = hook_modules(repo)
    assert "tools.checking.rules.minutes" in modules  # the minutes were checked
    assert sorted(modules & set(HEAVY)) == []
