"""Reliability of what CI and reviewers run: shallow clones, review and its leftovers, card
numbers kept out of CI outputs, CODEOWNERS, the workflow templates, worker processes, fix's
temporary files (issue 14, findings 5 and 8)."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from builders import CELL, MINUTES, write_tree

PROJECT = Path(__file__).resolve().parent.parent
TODAY = "2026-11-27"


def git(root: Path, *args: str) -> str:
    return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org",
                           "-c", "protocol.file.allow=always", *args], cwd=root, check=True,
                          capture_output=True, text=True).stdout


def tools(root: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(PROJECT), "TOOLS_TODAY": TODAY}
    return subprocess.run([sys.executable, "-m", "tools", *args], cwd=root, env=env,
                          capture_output=True, text=True)


@pytest.fixture
def branches(tmp_path: Path) -> Path:
    """`main` with a few commits, and `feature` changing a minutes file."""
    repo = write_tree(tmp_path / "repo")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "records")
    for number in range(3):
        (repo / "records" / f"note-{number}.txt").write_text("x", encoding="utf-8")
        git(repo, "add", "-A")
        git(repo, "commit", "-qm", f"note {number}")
    git(repo, "checkout", "-q", "-b", "feature")
    minutes = repo / MINUTES
    minutes.write_text(minutes.read_text(encoding="utf-8").replace(", y-broh]", "]"),
                       encoding="utf-8")
    git(repo, "commit", "-qam", "edit")
    return repo


# -- a shallow clone, an unknown branch --------------------------------------------------------


@pytest.mark.parametrize("command", [["review", "--base"], ["validate", "--since"]])
def test_a_shallow_clone_says_how_to_fetch_the_history(branches: Path, tmp_path: Path,
                                                       command: list[str]) -> None:
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--depth", "1", "--branch", "feature",
        branches.as_uri(), str(clone))
    git(clone, "fetch", "-q", "--depth", "1", "origin", "main:refs/remotes/origin/main")
    done = tools(clone, *command, "origin/main")
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and "--unshallow" in done.stderr
    english = tools(clone, *command, "origin/main", "--lang", "en")
    assert "shallow clone" in english.stderr
    unknown = tools(clone, *command, "origin/no-such-branch")
    assert unknown.returncode == 2 and "origin/no-such-branch" in unknown.stderr
    git(clone, "fetch", "-q", "--unshallow", "origin", "main:refs/remotes/origin/main")
    assert tools(clone, *command, "origin/main").returncode == 1  # the edit breaks attendance


# -- finding 5: CODEOWNERS from validated values only --------------------------------------------

LINE = re.compile(r"^/[A-Za-z0-9./_-]+ (@[A-Za-z0-9_./-]+)( @[A-Za-z0-9_./-]+)*$")
INFRASTRUCTURE = ("/CODEOWNERS", "/.ci/", "/.github/", "/.gitlab-ci.yml",
                  "/.pre-commit-config.yaml", "/schemas/", "/tools/")


def _owners(root: Path, rel: str, owners: str) -> None:
    path = root / rel
    path.write_text(path.read_text(encoding="utf-8") + f"owners: {owners}\n", encoding="utf-8")


def test_codeowners_cannot_be_injected(tmp_path: Path) -> None:
    write_tree(tmp_path)
    _owners(tmp_path, "records/xa-dak-roong/unit.yaml", '["@dang-uy-xa"]')
    _owners(tmp_path, f"{CELL}/unit.yaml", r'["@van-thu\n* @ke-gian", "@x y", "@ok", "@z\n"]')
    odd = tmp_path / "records" / "xa-dak-roong" / "lang\n* @ke-gian"
    odd.mkdir()
    (odd / "unit.yaml").write_text('name: Chi bộ lạ\nkind: cell\nowners: ["@ke-gian"]\n',
                                   encoding="utf-8")
    assert tools(tmp_path, "codeowners").returncode == 0
    lines = [line for line in (tmp_path / "CODEOWNERS").read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    assert all(LINE.match(line) for line in lines), lines
    assert "@ke-gian" not in "\n".join(lines)
    assert f"/{CELL}/ @ok" in lines
    found = json.loads(tools(tmp_path, "validate", "--format", "json").stdout)["problems"]
    owners = sorted(p["line"] for p in found if p["path"] == f"{CELL}/unit.yaml")
    assert len(owners) == 3  # each bad owner is a problem of validate too


def test_codeowners_gives_the_toolkit_and_ci_files_to_the_root_owners(tmp_path: Path) -> None:
    write_tree(tmp_path)
    _owners(tmp_path, "records/xa-dak-roong/unit.yaml", '["@dang-uy-xa", "@van-phong"]')
    _owners(tmp_path, f"{CELL}/unit.yaml", '["@van-thu"]')
    assert tools(tmp_path, "codeowners").returncode == 0
    lines = (tmp_path / "CODEOWNERS").read_text(encoding="utf-8").splitlines()
    for path in INFRASTRUCTURE:
        assert f"{path} @dang-uy-xa @van-phong" in lines, path
    assert lines.index("/tools/ @dang-uy-xa @van-phong") < lines.index(f"/{CELL}/ @van-thu")


# -- finding 8: workers die with their parent ------------------------------------------------


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="lists processes through /proc")
def test_workers_die_with_a_killed_parent(tmp_path: Path) -> None:
    from test_faults import children, no_survivors

    from tools.workflow.demo.kbang import kbang

    kbang(tmp_path, cells=40)
    git(tmp_path, "init", "-q")
    env = {**os.environ, "PYTHONPATH": str(PROJECT)}
    process = subprocess.Popen([sys.executable, "-m", "tools", "validate", "--today", TODAY],
                               cwd=tmp_path, env=env, stdout=subprocess.DEVNULL)
    workers: set[int] = set()
    deadline = time.monotonic() + 60
    while not workers and process.poll() is None and time.monotonic() < deadline:
        workers = children(process.pid)
        time.sleep(0.01)
    assert workers, "the run started no workers"
    process.kill()
    process.wait()
    assert no_survivors(workers)


# -- finding 8: fix deletes only the temporary files it created -----------------------------------


def test_fix_never_deletes_a_file_it_did_not_create(tmp_path: Path) -> None:
    root = write_tree(tmp_path)
    minutes = root / MINUTES
    minutes.write_bytes(b"\xef\xbb\xbf" + minutes.read_bytes())
    beside = minutes.parent / f".{minutes.name}.ghi_chu.tmp"  # a clerk's own hidden note
    beside.write_text("Ghi chú riêng của văn thư.\n", encoding="utf-8")
    done = tools(root, "fix")
    assert done.returncode == 0, done.stderr
    assert beside.read_text(encoding="utf-8") == "Ghi chú riêng của văn thư.\n"
    assert beside.relative_to(root).as_posix() in done.stderr  # pointed out, left to the clerk
    assert not minutes.read_bytes().startswith(b"\xef\xbb\xbf")
    assert sorted(p.name for p in minutes.parent.iterdir()) == sorted([minutes.name,
                                                                       beside.name])


# -- finding 8: review Markdown shows record values as text ---------------------------------------

FORGED = ("Thông qua nghị quyết\\n\\n### Lỗi phải sửa trước khi duyệt\\n\\nKhông có.\\n\\n"
          "<!-- [bấm](https://example.org) **đậm** `mã` | a | b |")


def _blocks(markdown: str) -> tuple[list[str], set[str], list[str]]:
    """Headings, token kinds, and what is in bold (only problem codes are)."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    inline = [c for t in tokens for c in t.children or []]
    kinds = {t.type for t in tokens} | {c.type for c in inline}
    bold = [inline[i + 1].content for i, c in enumerate(inline) if c.type == "strong_open"]
    return headings, kinds, bold


def test_review_markdown_cannot_be_forged_by_a_record(branches: Path) -> None:
    git(branches, "checkout", "-q", "main")
    git(branches, "checkout", "-q", "-b", "forged")
    minutes = branches / MINUTES.replace("03-05", "04-05")
    text = (branches / MINUTES).read_text(encoding="utf-8").replace("2025-03-05", "2025-04-05")
    minutes.write_text(text.replace(", y-broh]", "]").replace(
        "minutes_adopted: true", f'decisions:\n  - text: "{FORGED}"\n    votes: '
        "{for: 2, against: 0, abstain: 0}\n    adopted: true\nminutes_adopted: true\n"
        "quality: \"x\\n### Lỗi phải sửa trước khi duyệt\""), encoding="utf-8")
    done = tools(branches, "review", "--base", "main", "--format", "markdown")
    assert done.returncode == 1, done.stderr
    headings, kinds, bold = _blocks(done.stdout)
    assert headings.count("Lỗi phải sửa trước khi duyệt") == 1
    assert not kinds & {"link_open", "html_block", "html_inline", "table_open"}
    assert all(re.fullmatch(r"[a-z]+\.[a-z-]+", text) for text in bold), bold
    assert "Thông qua nghị quyết" in done.stdout
    lines = [line.strip() for line in tools(branches, "review", "--base", "main").stdout
             .splitlines()]  # the text review: a value never starts a line either
    assert lines.count("Lỗi phải sửa trước khi duyệt") == 1 and "Không có." not in lines


# -- finding 8: card numbers stay in the repository unless asked ---------------------------------

CARD = "52014567"


@pytest.fixture
def two_cells(tmp_path: Path) -> Path:
    """A card held in two cells at once (roster.duplicate-card), and in a third cell a
    malformed card (schema.format)."""
    root = write_tree(tmp_path / "repo")
    roster = root / CELL / "members.yaml"
    roster.write_text(roster.read_text(encoding="utf-8").replace("52012345", CARD),
                      encoding="utf-8")
    shutil.copytree(root / CELL, root / f"{CELL}-2")
    shutil.copytree(root / CELL, root / f"{CELL}-3")
    third = root / f"{CELL}-3" / "members.yaml"
    third.write_text(third.read_text(encoding="utf-8").replace(CARD, "5201 9876"),
                     encoding="utf-8")
    return root


@pytest.mark.parametrize("format_", ["text", "json", "github", "gitlab"])
def test_validate_outputs_hold_no_card_number_unless_asked(two_cells: Path,
                                                          format_: str) -> None:
    hidden = tools(two_cells, "validate", "--format", format_)
    shown = tools(two_cells, "validate", "--format", format_, "--with-cards")
    assert hidden.returncode == shown.returncode == 1, hidden.stderr
    assert "roster.duplicate-card" in hidden.stdout and "schema.format" in hidden.stdout
    assert CARD not in hidden.stdout and "9876" not in hidden.stdout
    assert "******67" in hidden.stdout  # the last two digits say which card it is
    assert CARD in shown.stdout and "5201 9876" in shown.stdout


def test_review_holds_no_card_number_unless_asked(two_cells: Path) -> None:
    git(two_cells, "init", "-q", "-b", "main")
    git(two_cells, "add", "-A")
    git(two_cells, "commit", "-qm", "records")
    roster = two_cells / CELL / "members.yaml"
    roster.write_text(roster.read_text(encoding="utf-8").replace(CARD, "52012399"),
                      encoding="utf-8")  # a card edit, and still a duplicate in -2 below
    (two_cells / f"{CELL}-2" / "members.yaml").write_text(roster.read_text(encoding="utf-8"),
                                                          encoding="utf-8")
    for format_ in ("text", "markdown", "json"):
        hidden = tools(two_cells, "review", "--base", "main", "--format", format_)
        shown = tools(two_cells, "review", "--base", "main", "--format", format_,
                      "--with-cards")
        assert "roster.duplicate-card" in hidden.stdout, hidden.stderr
        assert CARD not in hidden.stdout and "52012399" not in hidden.stdout, format_
        assert CARD in shown.stdout and "52012399" in shown.stdout, format_


# -- finding 8: review --head leaves nothing behind -----------------------------------------------


@pytest.mark.parametrize("signal_", ["SIGKILL", "SIGTERM"])
def test_a_killed_review_of_a_commit_leaves_nothing_behind(tmp_path: Path, signal_: str) -> None:
    from tools.workflow.demo.kbang import kbang

    root = tmp_path / "repo"
    kbang(root, cells=60)
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "records")
    git(root, "checkout", "-q", "-b", "feature")
    minutes = next((root / "records").rglob("*-regular.md"))
    minutes.write_text(minutes.read_text(encoding="utf-8") + "\nBổ sung.\n", encoding="utf-8")
    git(root, "commit", "-qam", "edit")
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    env = {**os.environ, "PYTHONPATH": str(PROJECT), "TMPDIR": str(temporary),
           "TOOLS_TODAY": TODAY}
    command = [sys.executable, "-m", "tools", "review", "--base", "main", "--head", "feature"]
    process = subprocess.Popen(command, cwd=root, env=env, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not list(temporary.glob("tools-review-*")) and process.poll() is None \
            and time.monotonic() < deadline:
        time.sleep(0.002)
    assert process.poll() is None, "the review ended before it could be killed"
    time.sleep(0.2)  # in the middle of checking out the commit or validating it
    process.send_signal(getattr(signal, signal_))
    process.wait()
    if signal_ == "SIGTERM":  # a cancelled CI job: cleaned up at once
        assert list(temporary.iterdir()) == []
    again = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True)
    assert again.returncode in (0, 1), again.stderr
    assert list(temporary.iterdir()) == []
    assert len(git(root, "worktree", "list", "--porcelain").strip().split("\n\n")) == 1


# -- finding 8: the GitHub workflow --------------------------------------------------------------


def test_the_github_workflow_pastes_no_value_into_a_script_and_checks_every_pull_request() -> None:
    from ruamel.yaml import YAML

    workflow = YAML(typ="safe").load((PROJECT / ".github/workflows/records.yml")
                                     .read_text(encoding="utf-8"))
    trigger = workflow["on"]["pull_request"] or {}
    assert not {"paths", "paths-ignore", "branches-ignore"} & set(trigger)
    job = workflow["jobs"]["records"]
    runs = [step["run"] for step in job["steps"] if "run" in step]
    assert runs and not [run for run in runs if "${{" in run]  # a branch name is never code
    assert "${{ github.base_ref }}" in json.dumps([job.get("env"), *(s.get("env") for s in
                                                                      job["steps"])])
    assert job.get("permissions", workflow.get("permissions")) == {"contents": "read"}
