"""A real `git commit` through the project's pre-commit hooks in a temporary repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from builders import MINUTES, write_tree

PROJECT = Path(__file__).resolve().parent.parent


def git(repo: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Văn thư", "GIT_AUTHOR_EMAIL": "vt@example.org",
           "GIT_COMMITTER_NAME": "Văn thư", "GIT_COMMITTER_EMAIL": "vt@example.org",
           "TOOLS_TODAY": "2026-11-27"}
    env.pop("TOOLS_LANG", None)
    return subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True,
                          encoding="utf-8")


@pytest.fixture(scope="module")
def repo(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("clerk-repo")
    shutil.copytree(PROJECT / "tools", root / "tools", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(PROJECT / ".pre-commit-config.yaml", root)
    write_tree(root)
    assert git(root, "init", "-q", "-b", "main").returncode == 0
    install = subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=root,
                             capture_output=True, text=True)
    assert install.returncode == 0, install.stderr
    return root


def test_good_commit_passes_bad_commit_is_blocked(repo: Path) -> None:
    minutes = repo / MINUTES
    good = minutes.read_text(encoding="utf-8")
    minutes.unlink()
    git(repo, "add", "-A")
    first = git(repo, "commit", "-q", "-m", "Hồ sơ ban đầu")
    assert first.returncode == 0, first.stdout + first.stderr

    minutes.write_text(good.replace(", y-broh]", "]"), encoding="utf-8")
    git(repo, "add", MINUTES)
    blocked = git(repo, "commit", "-q", "-m", "Sửa biên bản tháng 3")
    output = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0
    assert f"{MINUTES}:9:1: lỗi minutes.attendance-missing" in output
    assert "Cách sửa:" in output
    assert git(repo, "rev-list", "--count", "HEAD").stdout.strip() == "1"

    minutes.write_text(good.replace("Nội dung\n\nChi bộ", "Nội dung\n\nHôm nay chi bộ"),
                       encoding="utf-8")
    git(repo, "add", MINUTES)
    fixed = git(repo, "commit", "-q", "-m", "Sửa biên bản tháng 3")
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    assert git(repo, "rev-list", "--count", "HEAD").stdout.strip() == "2"
