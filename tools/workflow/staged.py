"""The commit hook's questions to git, each asked as soon as it can be and answered while
Python imports and checks: what the index changes against HEAD (asked at once), then which
paths of the index are case twins of those it keeps (asked once the changes are read).

The index is HEAD's tree changed by what is staged, and the staged changes under records/ are
the diff's answer already: the twins are looked for in HEAD's folders along each kept path
(`git ls-tree`, which reads a few tree objects), not by reading the whole index a second time
(`git ls-files ':(icase)…'`, which costs a province's 15 MB index as much as the diff). The diff
is asked for every staged change, so that a twin staged outside records/ is seen too."""

from __future__ import annotations

from pathlib import Path

from tools.problems import FatalError
from tools.workflow import git

Entries = dict[str, bool]  # HEAD's paths seen -> whether a folder


class Staged:
    def __init__(self, root: Path, under: str = "records") -> None:
        self.root, self.under = root, under
        # every staged change, not only under records/: a twin may be staged anywhere
        # (`Records/…`), and the index is read all the same
        self.diff = git.staged_diff(root, ".")
        self.answer: tuple[list[git.Change], bool] | None = None
        self.everything: list[git.Change] = []  # the staged changes, wherever they are
        self.failure: FatalError | None = None
        self.asked: git.Started | None = None  # the first look at HEAD's folders, or ls-files

    def changes(self) -> tuple[list[git.Change], bool]:
        """staged_with_head's answer under `under` (a failure is raised at each call)."""
        if self.answer is None and self.failure is None:
            try:
                self.everything, committed = git.staged_with_head(self.root, self.under,
                                                                  self.diff)
            except FatalError as error:
                self.failure = error
            else:
                self.answer = ([change for change in self.everything
                                if inside(change.path, self.under)], committed)
                self._ask()
        if self.failure is not None:
            raise self.failure
        return self.answer

    def _ask(self) -> None:
        changes, committed = self.answer
        paths = git.kept(changes)
        if not committed:  # no HEAD: ask the index itself
            self.asked = git.ask_case_twins(self.root, paths)
        elif paths:
            self.asked = look(self.root, folders_along(paths))

    def read_early(self) -> None:
        """Read the changes now and ask for the twins; a failure waits for `changes`."""
        try:
            self.changes()
        except FatalError:
            pass

    def case_twins(self) -> list[str]:
        """The index's paths that equal a kept path but for upper and lower case (the kept
        paths themselves included): on Windows and macOS such twins are one file."""
        changes, committed = self.changes()
        paths = git.kept(changes)
        if not committed or not paths:
            return git.case_twins(self.root, paths, self.asked)
        keys = {path.casefold() for path in paths}
        gone = {change.path for change in self.everything if change.status == "D"}
        staged = {change.path for change in self.everything
                  if change.status != "D" and change.path.casefold() in keys}
        head = head_twins(self.root, paths, self.asked)
        return sorted({*(path for path in head if path not in gone), *staged})


def inside(path: str, under: str) -> bool:
    """Whether `path` is what the pathspec `under` names, or under it."""
    return path == under or path.startswith(f"{under}/")


def folders_along(paths: list[str]) -> list[str]:
    """The folders from the top down to each path's own, as ls-tree lists them ("." the top)."""
    found = {"."}
    for path in paths:
        parts = path.split("/")[:-1]
        found.update("/".join(parts[:depth]) + "/" for depth in range(1, len(parts) + 1))
    return sorted(found)


def look(root: Path, folders: list[str]) -> git.Started:
    """HEAD's entries in `folders`, asked now (a folder on the way to another one is listed
    through it: ls-tree shows that one's entries instead)."""
    return git.Started(root, "--literal-pathspecs", "ls-tree", "-z", "HEAD", "--", *folders)


def entries(output: str) -> Entries:
    """ls-tree's entries, with every folder their paths pass through."""
    found: Entries = {}
    for line in output.split("\0"):
        if not line:
            continue
        info, _, path = line.partition("\t")
        found[path] = info.split(" ")[1] == "tree"
        while "/" in path:
            path = path.rsplit("/", 1)[0]
            found[path] = True
    return found


def head_twins(root: Path, paths: list[str], asked: git.Started) -> list[str]:
    """HEAD's files equal to one of `paths` but for case. A folder of HEAD equal to one on a
    path's way but for case (`Ban-a/` beside `ban-a/`) is looked into in turn, along the rest
    of the path: one more look per such folder, none in the usual case."""
    looked = set(folders_along(paths))
    keys = {path.casefold() for path in paths}
    twins: set[str] = set()
    while True:
        seen = entries(asked.output(root))
        twins.update(path for path, folder in seen.items()
                     if not folder and path.casefold() in keys)
        further = sorted(_detours(seen, paths, looked))
        if not further:
            return sorted(twins)
        looked.update(further)
        asked = look(root, further)


def _detours(seen: Entries, paths: list[str], looked: set[str]) -> set[str]:
    """The folders still to be listed: those under a folder of HEAD that equals one on a
    path's way but for case, along the rest of the path."""
    ways: dict[str, list[list[str]]] = {}  # a folder on a path's way, casefolded -> the rests
    for path in paths:
        parts = path.split("/")
        for depth in range(1, len(parts)):
            ways.setdefault("/".join(parts[:depth]).casefold(), []).append(parts[depth:-1])
    found = set()
    for folder in (path for path, is_folder in seen.items() if is_folder):
        for rest in ways.get(folder.casefold(), ()):
            found.update("/".join([folder, *rest[:end]]) + "/" for end in range(len(rest) + 1))
    return found - looked
