"""The commit hook's case twins (tools/workflow/staged.py), found in HEAD's folders and the
staged changes, held to what the index itself answers (`git ls-files ':(icase)…'`) in real
repositories: twins in the index only, in HEAD, in a folder of another case, deleted, at the
top, before the first commit, and in random trees."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tools.workflow import git as gitcalls
from tools.workflow.staged import Staged

ENV = {**os.environ, "GIT_AUTHOR_NAME": "Văn thư", "GIT_AUTHOR_EMAIL": "vt@example.org",
       "GIT_COMMITTER_NAME": "Văn thư", "GIT_COMMITTER_EMAIL": "vt@example.org"}
CELL = "records/huyen-a/chi-bo-b/minutes/2025"


def git(repo: Path, *args: str, stdin: str | None = None) -> str:
    return subprocess.run(["git", *args], cwd=repo, env=ENV, input=stdin, capture_output=True,
                          text=True, check=True).stdout


def repository(root: Path, head: list[str]) -> Path:
    """A repository whose HEAD holds `head` (one blob for all: only the names matter here;
    the index is written directly, so names equal but for case coexist)."""
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    stage(root, head)
    if head:
        git(root, "commit", "-q", "-m", "Sổ biên bản")
    return root


def stage(repo: Path, paths: list[str]) -> None:
    blob = git(repo, "hash-object", "-w", "--stdin", stdin="Biên bản\n").strip()
    git(repo, "update-index", "--add", "--index-info",
        stdin="".join(f"100644 {blob}\t{path}\n" for path in paths))


def unstage(repo: Path, paths: list[str]) -> None:
    git(repo, "update-index", "--force-remove", "--", *paths)


def truth(repo: Path) -> list[str]:
    """What the index itself holds: the question the walk stands in for."""
    kept = gitcalls.kept(Staged(repo).changes()[0])
    return sorted(set(gitcalls.case_twins(repo, kept)))


def found(repo: Path) -> list[str]:
    asked = Staged(repo)
    asked.read_early()
    return asked.case_twins()


@pytest.mark.parametrize(("head", "added", "removed", "twins"), [
    # a twin staged beside the file (what tests/test_quick.py commits)
    ([f"{CELL}/x.md"], [f"{CELL}/X.md"], [], [f"{CELL}/X.md", f"{CELL}/x.md"]),
    # a twin committed long ago, the file staged now
    ([f"{CELL}/X.md"], [f"{CELL}/x.md"], [], [f"{CELL}/X.md", f"{CELL}/x.md"]),
    # the twin's folder differs in case, two levels up
    (["records/huyen-a/Chi-Bo-b/minutes/2025/x.md"], [f"{CELL}/x.md"], [],
     ["records/huyen-a/Chi-Bo-b/minutes/2025/x.md", f"{CELL}/x.md"]),
    # a twin folder holding other names only: no twin
    (["records/huyen-a/Chi-Bo-b/minutes/2025/y.md"], [f"{CELL}/x.md"], [], [f"{CELL}/x.md"]),
    # the twin renamed away in this very commit (a delete and an add)
    ([f"{CELL}/X.md"], [f"{CELL}/x.md"], [f"{CELL}/X.md"], [f"{CELL}/x.md"]),
    # twins at the top, outside records/: committed long ago, or staged in this very commit
    (["Records/huyen-a/chi-bo-b/minutes/2025/x.md"], [f"{CELL}/x.md"], [],
     ["Records/huyen-a/chi-bo-b/minutes/2025/x.md", f"{CELL}/x.md"]),
    ([f"{CELL}/y.md"], [f"{CELL}/x.md", "Records/huyen-a/chi-bo-b/minutes/2025/x.md"], [],
     ["Records/huyen-a/chi-bo-b/minutes/2025/x.md", f"{CELL}/x.md"]),
    # a twin at the top removed in this very commit
    (["Records/huyen-a/chi-bo-b/minutes/2025/x.md"], [f"{CELL}/x.md"],
     ["Records/huyen-a/chi-bo-b/minutes/2025/x.md"], [f"{CELL}/x.md"]),
    # before the first commit
    ([], [f"{CELL}/x.md", f"{CELL}/X.md"], [], [f"{CELL}/X.md", f"{CELL}/x.md"]),
])
def test_twins_as_the_index_holds_them(tmp_path: Path, head: list[str], added: list[str],
                                       removed: list[str], twins: list[str]) -> None:
    repo = repository(tmp_path / "repo", head)
    stage(repo, added)
    if removed:
        unstage(repo, removed)
    assert found(repo) == twins == truth(repo)


def test_the_index_is_read_once_when_no_folder_has_a_twin(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The usual commit: one look at HEAD's folders, and the index never asked again."""
    repo = repository(tmp_path / "repo", [f"{CELL}/y.md", "records/huyen-a/unit.yaml"])
    stage(repo, [f"{CELL}/x.md"])
    asked: list[tuple[str, ...]] = []
    start = gitcalls.Started.__init__

    def spy(self: gitcalls.Started, root: Path, *args: str) -> None:
        asked.append(args)
        start(self, root, *args)

    monkeypatch.setattr(gitcalls.Started, "__init__", spy)
    assert found(repo) == [f"{CELL}/x.md"]
    assert [args[:2] for args in asked] == [("diff", "--cached"), ("--literal-pathspecs",
                                                                   "ls-tree")]


NAMES = st.lists(st.tuples(st.sampled_from(["records", "records", "Records"]),
                           st.sampled_from(["a", "A"]), st.sampled_from(["b", "B", "c"]),
                           st.sampled_from(["x.md", "X.md", "y.md"])).map("/".join),
                 max_size=6, unique=True)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(head=NAMES, added=NAMES, removed=st.lists(st.integers(0, 5), max_size=3))
def test_twins_of_random_trees_are_the_index_s(tmp_path_factory: pytest.TempPathFactory,
                                               head: list[str], added: list[str],
                                               removed: list[int]) -> None:
    repo = repository(tmp_path_factory.mktemp("twins") / "repo", head)
    stage(repo, added)
    gone = sorted({head[i] for i in removed if i < len(head)} - set(added))
    if gone:
        unstage(repo, gone)
    assert found(repo) == truth(repo)
