"""No silent pass on path arguments, and nothing read or written through a link, in any command
(issue 14, findings 3 and 4)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from builders import CELL, MINUTES, write_tree

PROJECT = Path(__file__).resolve().parent.parent
TODAY = "2026-11-27"


def tools(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(PROJECT), "TOOLS_TODAY": TODAY}
    env.pop("TOOLS_LANG", None)
    return subprocess.run([sys.executable, "-m", "tools", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=60)


def git(root: Path, *args: str) -> str:
    return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
                          cwd=root, check=True, capture_output=True, text=True).stdout


def snapshot(folder: Path) -> dict[str, bytes | None]:
    return {p.relative_to(folder).as_posix(): (p.read_bytes() if p.is_file() else None)
            for p in sorted(folder.rglob("*"))}


def break_attendance(root: Path) -> None:
    path = root / MINUTES
    path.write_text(path.read_text(encoding="utf-8").replace(", y-broh]", "]"),
                    encoding="utf-8")


def codes(done: subprocess.CompletedProcess) -> list[tuple[str, str]]:
    return sorted((p["code"], p["path"]) for p in json.loads(done.stdout)["problems"])


# -- finding 3: a path argument never gives "0 files, no errors" --------------------------------


@pytest.mark.parametrize("argument", [".", "records", "records/"])
def test_the_root_or_records_validates_the_whole_tree(tmp_path: Path, argument: str) -> None:
    write_tree(tmp_path)
    break_attendance(tmp_path)
    whole = tools(tmp_path, "validate", "--format", "json")
    given = tools(tmp_path, "validate", "--format", "json", argument)
    assert given.returncode == whole.returncode == 1
    assert json.loads(given.stdout) == json.loads(whole.stdout)
    assert json.loads(given.stdout)["checked"] == 4


def test_a_folder_validates_the_records_under_it(tmp_path: Path) -> None:
    write_tree(tmp_path)
    break_attendance(tmp_path)
    done = tools(tmp_path / CELL, "validate", "--format", "json", ".")
    assert done.returncode == 1, done.stderr
    assert json.loads(done.stdout)["checked"] == 3  # unit.yaml, members.yaml, the minutes
    assert codes(done) == [("minutes.attendance-missing", MINUTES)]
    year = tools(tmp_path, "validate", "--format", "json", f"{CELL}/minutes/2025")
    assert codes(year) == codes(done)


@pytest.mark.parametrize("argument", ["records/xa-dak-roong/lang-kon-hrinh",
                                      f"{MINUTES}.txt", "README.md", "tools",
                                      "records/empty", "../elsewhere"])
def test_a_path_that_names_no_record_is_a_usage_error(tmp_path: Path, argument: str) -> None:
    root = write_tree(tmp_path / "repo")
    (root / "README.md").write_text("Kho hồ sơ\n", encoding="utf-8")
    (root / "tools").mkdir()
    (root / "records" / "empty").mkdir()
    (tmp_path / "elsewhere").mkdir()
    git(root, "init", "-q")
    vi = tools(root, "validate", argument)
    en = tools(root, "validate", "--lang", "en", argument)
    assert vi.returncode == en.returncode == 2
    assert "Đã kiểm tra" not in vi.stdout and "Traceback" not in vi.stderr
    assert argument.rstrip("/") in vi.stderr and argument.rstrip("/") in en.stderr
    assert vi.stderr != en.stderr


def test_the_commit_hook_still_passes_files_that_hold_no_record(tmp_path: Path) -> None:
    write_tree(tmp_path)
    keep = tmp_path / CELL / "minutes" / ".gitkeep"
    keep.write_text("", encoding="utf-8")
    assert tools(tmp_path, "validate", str(keep.relative_to(tmp_path))).returncode == 0


# -- finding 4: links --------------------------------------------------------------------------


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A records tree outside the repository, whose minutes have an error and a BOM, and whose
    units name owners."""
    folder = write_tree(tmp_path / "outside")
    break_attendance(folder)
    minutes = folder / MINUTES
    minutes.write_bytes(b"\xef\xbb\xbf" + minutes.read_bytes())
    for unit in folder.rglob("unit.yaml"):
        unit.write_text(unit.read_text(encoding="utf-8") + 'owners: ["@outsider"]\n',
                        encoding="utf-8")
    return folder


def repository(root: Path) -> Path:
    write_tree(root)
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "records")
    return root


def test_a_minutes_folder_link_is_never_listed_through(tmp_path: Path, outside: Path) -> None:
    root = repository(tmp_path / "repo")
    shutil.rmtree(root / CELL / "minutes")
    (root / CELL / "minutes").symlink_to(outside / CELL / "minutes", target_is_directory=True)
    before = snapshot(outside)
    link = [("layout.symlink", f"{CELL}/minutes")]
    for args in ([], ["--no-cache"], [CELL], [f"{CELL}/minutes/2025"], [MINUTES]):
        assert codes(tools(root, "validate", "--format", "json", *args)) == link, args
    summary = tools(root, "summarize", "--year", "2025", "--format", "json")
    assert json.loads(summary.stdout)["meetings"]["meetings"] == 0
    assert tools(root, "fix").returncode == 0 and tools(root, "fix", MINUTES).returncode == 0
    new = tools(root, "new", CELL, "--date", "2026-07-06", "--kind", "regular")
    assert new.returncode == 2 and "Traceback" not in new.stderr
    assert snapshot(outside) == before


def test_records_as_a_link_is_never_followed(tmp_path: Path, outside: Path) -> None:
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    (root / "records").symlink_to(outside / "records", target_is_directory=True)
    before = snapshot(outside)
    link = [("layout.symlink", "records")]
    for args in ([], ["--no-cache"], ["records"], [CELL], [MINUTES]):
        assert codes(tools(root, "validate", "--format", "json", *args)) == link, args
    summary = tools(root, "summarize", "--year", "2025", "--format", "json")
    assert summary.returncode == 0 and "Kon Hring" not in summary.stdout
    assert tools(root, "summarize", CELL).returncode == 2
    assert tools(root, "codeowners").returncode == 0
    assert "@outsider" not in (root / "CODEOWNERS").read_text(encoding="utf-8")
    tools(root, "fix")
    tools(root, "fix", MINUTES)
    assert tools(root, "new", CELL, "--date", "2026-07-06", "--kind", "regular").returncode == 2
    assert snapshot(outside) == before


def test_review_reads_nothing_through_a_link(tmp_path: Path, outside: Path) -> None:
    root = repository(tmp_path / "repo")
    secret = outside / "secret.json"
    secret.write_text('{"name": "Bí mật ngoài kho", "kind": "cell"}', encoding="utf-8")
    (root / CELL / "unit.yaml").unlink()
    (root / CELL / "unit.yaml").symlink_to(secret)  # a tracked file replaced by a link
    minutes = root / CELL / "minutes"
    (minutes / "2026").symlink_to(outside / CELL / "minutes" / "2025", target_is_directory=True)
    (minutes / "2025" / "2025-04-05-regular.md").symlink_to(outside / "nowhere.md")
    (minutes / "2025" / "2025-05-05-regular.md").symlink_to(os.devnull)
    if os.path.exists("/dev/zero"):
        (minutes / "2025" / "2025-06-05-regular.md").symlink_to("/dev/zero")
    for args in (["--format", "json"], ["--format", "markdown"], []):
        done = tools(root, "review", "--base", "main", *args)
        assert done.returncode == 1, done.stderr
        assert "Bí mật" not in done.stdout and "Traceback" not in done.stderr
    report = json.loads(tools(root, "review", "--base", "main", "--format", "json").stdout)
    links = {p["path"] for p in report["blocking"] if p["code"] == "layout.symlink"}
    assert {f"{CELL}/unit.yaml", f"{CELL}/minutes/2026"} <= links
    assert f"{CELL}/minutes/2025/2025-04-05-regular.md" in links


def test_fix_never_writes_through_a_link(tmp_path: Path, outside: Path) -> None:
    root = repository(tmp_path / "repo")
    (root / "records" / "linked").symlink_to(outside / "records" / "xa-dak-roong",
                                             target_is_directory=True)
    before = snapshot(outside)
    through = "records/linked/lang-kon-hring/minutes/2025/2025-03-05-regular.md"
    done = tools(root, "fix", through)
    assert done.returncode == 0 and through in done.stderr
    tools(root, "fix", "records/linked")
    tools(root, "fix")
    assert snapshot(outside) == before
    assert tools(root, "fix", str(outside / MINUTES)).returncode == 2  # outside the repository
    assert snapshot(outside) == before


@pytest.mark.parametrize("link", ["cell", "minutes", "year"])
def test_new_never_writes_through_a_link(tmp_path: Path, outside: Path, link: str) -> None:
    root = repository(tmp_path / "repo")
    target = {"cell": (root / CELL, outside / CELL),
              "minutes": (root / CELL / "minutes", outside / CELL / "minutes"),
              "year": (root / CELL / "minutes" / "2026", outside / CELL / "minutes" / "2025")}
    here, there = target[link]
    if here.exists():
        shutil.rmtree(here)
    here.symlink_to(there, target_is_directory=True)
    before = snapshot(outside)
    done = tools(root, "new", CELL, "--date", "2026-07-06", "--kind", "regular")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert snapshot(outside) == before


def test_codeowners_is_never_written_through_a_link(tmp_path: Path) -> None:
    root = repository(tmp_path / "repo")
    planted = tmp_path / "planted"
    (root / "CODEOWNERS").symlink_to(planted)  # a committed link to where it should not write
    for args in ([], ["--check"]):
        done = tools(root, "codeowners", *args)
        assert done.returncode == 2 and "Traceback" not in done.stderr
    assert not planted.exists()
