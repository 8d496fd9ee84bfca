"""A whole-tree run's answer kept whole, so that a repeated run with nothing changed costs what
git takes to say so, not a walk of the tree and a read of every cell's cache entry.

A snapshot answers again only when every one of these still holds:

- each folder the run listed has the same time (files.changed_ns): no file or folder was added,
  removed or renamed in it (an empty folder or a pipe included, which git does not see);
- git's index holds the same entries for the records the run read: HEAD's tree for them is
  the same, and `git status` lists the same differences between HEAD and the index (names,
  modes, blob ids) and the same tracked files differing from the index; no entry is marked
  "skip worktree" (a sparse checkout);
- every file git cannot vouch for (differing from the index, or not in it: untracked or
  ignored) has the same size and content hash (as the run read it, where a cell's check read
  it: its cache entry keeps them).

Git's answer for the files it tracks is the same one a commit relies on: a file whose size or
time changed is hashed again by git itself. The state is taken before the run and after it,
and the snapshot kept only when both agree and no folder, nor any file git cannot vouch for
and the run did not read, was changed too recently to be told apart by its time. It is
stored as two cache entries (cache.py): the state, and the answer it names, in the
environment folder of the code, schemas and rulebooks that made them.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from tools.checking.cache import RACY_NS, Cache, git_directory
from tools.reading.files import NotRegular, changed_ns, read_raw

# what a snapshot may cost to check: the files git cannot vouch for are hashed every time
MAX_UNVOUCHED = 2_000  # files git cannot vouch for, hashed on every check
GIT_TIMEOUT = 60
Mark = tuple[int, int, bytes]  # a file's size, time (files.changed_ns) and SHA-256


def name(top: str, request_key: str | None) -> str:
    """The snapshot's name among the cache's entries (one per top and kind of run)."""
    return f"/snapshot|{top}|{request_key or ''}"


class GitView:
    """What git says of the paths a run read: a digest of what the index holds for them (HEAD's
    tree and the index's differences from it), and the tracked files whose content differs
    from the index."""

    def __init__(self, digest: bytes, differing: set[str]) -> None:
        self.digest = digest
        self.differing = differing


GIT_ENV = {"GIT_LITERAL_PATHSPECS": "1", "GIT_OPTIONAL_LOCKS": "0", "LC_ALL": "C"}


class Git:
    """git commands started side by side (a run goes on meanwhile), their outputs read later."""

    def __init__(self, root: Path, *commands: list[str]) -> None:
        env = {**os.environ, **GIT_ENV}
        self.started: list[subprocess.Popen] | None = []
        try:
            for command in commands:
                self.started.append(subprocess.Popen(
                    ["git", *command], cwd=root, env=env, stdout=subprocess.PIPE,
                    stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL))
        except OSError:
            self.started = None

    def outputs(self) -> list[bytes] | None:
        """Each command's output; None when one failed."""
        if self.started is None:
            return None
        try:
            found = [p.communicate(timeout=GIT_TIMEOUT)[0] for p in self.started]
        except subprocess.SubprocessError:
            for process in self.started:
                process.kill()
            return None
        return None if any(p.returncode != 0 for p in self.started) else found


def view_commands(specs: list[str]) -> list[list[str]]:
    """What git is asked: HEAD's tree for the paths (it costs nothing) and `git status`, which
    reads the index once: its entries equal HEAD's but for the ones status lists."""
    return [["ls-tree", "-z", "HEAD", "--", *specs],
            ["status", "--porcelain=v2", "-z", "--untracked-files=no", "--no-renames",
             "--ignore-submodules=all", "--", *specs]]


def view_of(outputs: list[bytes] | None) -> GitView | None:
    """None when git could not answer (no commit yet: ls-tree fails) or its answer cannot be
    relied on."""
    differing = _differing(outputs[1]) if outputs is not None else None
    if differing is None:
        return None
    return GitView(hashlib.blake2b(b"\1".join(outputs), digest_size=20).digest(), differing)


# git's view asked for before the toolkit was imported (tools/cli/prefetch.py), by root and specs
_ASKED: dict[tuple[str, tuple[str, ...]], Git] = {}


def ask_early(root: Path, top: str) -> None:
    """Start git on the view a run under `top` will want, while Python imports the rest."""
    specs = specs_of(top)
    if plain_index(root, specs):
        _ASKED[(str(root), tuple(specs))] = Git(root, *view_commands(specs))


def git_view(root: Path, specs: list[str]) -> GitView | None:
    asked = _ASKED.pop((str(root), tuple(specs)), None)
    if asked is None:
        if not plain_index(root, specs):
            return None
        asked = Git(root, *view_commands(specs))
    return view_of(asked.outputs())


def plain_index(root: Path, specs: list[str]) -> bool:
    """Whether no index entry can be marked "skip worktree" (sparse checkouts), which git
    status never looks at: an index in version 2 cannot hold that mark; a later version is
    asked entry by entry. (Entries marked "assume unchanged" by hand are trusted as git
    trusts them: their changes are in no commit either.)"""
    folder = git_directory(root)
    if folder is None:
        return False
    try:
        with open(folder / "index", "rb") as stream:
            head = stream.read(8)
    except OSError:
        return False
    if head[:4] == b"DIRC" and head[4:8] == (2).to_bytes(4, "big"):
        return True
    outputs = Git(root, ["ls-files", "-t", "-z", "--", *specs]).outputs()
    return outputs is not None and b"\0S " not in b"\0" + outputs[0]


def paths_of(listing: bytes) -> set[str]:
    """The paths of `git ls-files -z`."""
    return {p.decode("utf-8", "surrogateescape") for p in listing.split(b"\0")[:-1]}


def _differing(status: bytes) -> set[str] | None:
    """The tracked files whose worktree content differs from the index (or that are in a
    conflict), from `git status --porcelain=v2 -z`."""
    found = set()
    for line in status.split(b"\0")[:-1] if status else []:
        fields = line.split(b" ")
        if line.startswith(b"1 ") and len(fields) >= 9:
            if fields[1][1:2] != b".":
                found.add(b" ".join(fields[8:]).decode("utf-8", "surrogateescape"))
        elif line.startswith(b"u ") and len(fields) >= 11:
            found.add(b" ".join(fields[10:]).decode("utf-8", "surrogateescape"))
        else:
            return None  # a rename, a submodule, something this reading does not know
    return found


def specs_of(top: str) -> list[str]:
    """What a run under `top` reads: the tree and the unit files of the committees above."""
    parts = top.split("/")
    return [top, *(f"{'/'.join(parts[:depth])}/unit.yaml" for depth in range(2, len(parts)))]


def above(top: str) -> list[str]:
    """The folders above `top` (records/ included): a unit file appearing there counts."""
    parts = top.split("/")
    return ["/".join(parts[:depth]) for depth in range(1, len(parts))]


def folder_times(root: Path, folders: Iterable[str]) -> dict[str, int] | None:
    times = {}
    for folder in folders:
        try:
            times[folder] = changed_ns(os.lstat(os.path.join(root, folder)))
        except OSError:
            return None
    return times


def fingerprint(root: Path, rel: str) -> Mark | None:
    """Size, time and content hash of a file git cannot vouch for, read as the checks read
    files (files.read_raw: never through a link, never more than a record may hold: a larger
    one is only ever measured, so its size is what counts); a link: its target."""
    path = os.path.join(root, rel)
    try:
        if os.path.islink(path):
            info = os.lstat(path)
            return info.st_size, changed_ns(info), \
                hashlib.sha256(os.readlink(path).encode("utf-8", "surrogateescape")).digest()
        raw = read_raw(Path(path))
    except (OSError, NotRegular):
        return None
    return raw.size, raw.mtime, hashlib.sha256(raw.data or b"").digest()


def unvouched(root: Path, rels: Iterable[str]) -> dict[str, tuple[int, bytes]] | None:
    """The size and content hash of each file (its time says nothing more: its content is
    compared, and a time kept by a cached read may be older than the file's)."""
    found = {}
    for rel in rels:
        mark = fingerprint(root, rel)
        if mark is None:
            return None
        found[rel] = (mark[0], mark[2])
    return found


def valid_id(cache: Cache, root: Path, top: str, request_key: str | None,
             today: str) -> bytes | None:
    """The id of the stored snapshot, when it still describes the tree; None otherwise."""
    entry = cache.load(name(top, request_key))
    if entry is None or entry.get("today") != today or entry.get("top") != top:
        return None
    if folder_times(root, entry["folders"]) != entry["folders"]:
        return None
    view = git_view(root, specs_of(top))
    if view is None or view.digest != entry["index"] or \
            not view.differing <= set(entry["unvouched"]):
        return None
    return entry["id"] if unvouched(root, entry["unvouched"]) == entry["unvouched"] \
        else None


def answer(cache: Cache, top: str, request_key: str | None, ident: bytes) -> Any:
    """The answer kept with the snapshot `ident` (a separate entry: what is derived from it
    may be all a run needs); None."""
    entry = cache.load(name(top, request_key) + "|answer")
    return entry["tree"] if entry is not None and entry.get("id") == ident else None


class Taking:
    """A snapshot in the making: git's view before the run, compared after it."""

    def __init__(self, root: Path, top: str) -> None:
        self.root, self.top = root, top
        self.started = Cache.now()
        specs = specs_of(top)
        # asked now, read when the run is done: the run does not wait for git
        self.asked = Git(root, *view_commands(specs), ["ls-files", "-z", "--", *specs]) \
            if plain_index(root, specs) else None

    def store(self, cache: Cache, request_key: str | None, today: str,
              folders: dict[str, int], walked: Iterable[str], tree: dict[str, Any],
              read: Callable[[str], Mark | None]) -> bytes | None:
        """Keep `tree` as the answer, when nothing moved while the run read; its id then.
        `read` gives a file's mark as the run read it (the very bytes checked), if it did."""
        outputs = self.asked.outputs() if self.asked is not None else None
        before = view_of(outputs[:2]) if outputs is not None else None
        if before is None:
            return None
        known = paths_of(outputs[2])
        higher = folder_times(self.root, above(self.top))
        if higher is None:
            return None
        folders = {**folders, **higher}
        after = git_view(self.root, specs_of(self.top))
        if after is None or after.digest != before.digest or \
                after.differing != before.differing:
            return None
        loose = {rel for rel in walked if rel not in known} | before.differing
        loose |= {rel for rel in specs_of(self.top)[1:]
                  if rel not in known and os.path.lexists(self.root / rel)}
        marks = self._marks(loose, read) if len(loose) <= MAX_UNVOUCHED else None
        if marks is None or folder_times(self.root, folders) != folders or \
                any(t >= self.started - RACY_NS for t in folders.values()):
            return None
        # a new name for every snapshot taken: what was derived from an earlier one is stale
        ident = hashlib.blake2b(repr((self.started, request_key, today)).encode() +
                                before.digest, digest_size=16).digest()
        label = name(self.top, request_key)
        # the answer first: a state naming an answer not (yet) there is only a miss
        stored = cache.store(label + "|answer", {"cell": label + "|answer", "id": ident,
                                                 "tree": tree}) and \
            cache.store(label, {"cell": label, "today": today, "top": self.top, "id": ident,
                                "folders": folders, "index": before.digest,
                                "unvouched": marks})
        return ident if stored else None

    def _marks(self, loose: set[str],
               read: Callable[[str], Mark | None]) -> dict[str, tuple[int, bytes]] | None:
        """Each file git cannot vouch for: its mark as the run read it (a file changed since
        then will not match it), else as it is now, when it has not changed since shortly
        before the run (a change during the run could have been read or not)."""
        marks = {}
        for rel in sorted(loose):
            mark = read(rel)
            if mark is None:
                mark = fingerprint(self.root, rel)
                if mark is None or mark[1] >= self.started - RACY_NS:
                    return None
            marks[rel] = (mark[0], mark[2])
        return marks


def derived(cache: Cache, label: str, ident: bytes | None) -> Any:
    """What was derived from the snapshot `ident` alone and kept under `label`; None."""
    if ident is None:
        return None
    entry = cache.load(f"/derived|{label}")
    return entry["value"] if entry is not None and entry.get("id") == ident else None


def keep_derived(cache: Cache, label: str, ident: bytes | None, value: Any) -> None:
    """Keep `value`, derived from the snapshot `ident` alone, until the snapshot changes."""
    if ident is not None:
        cache.store(f"/derived|{label}", {"cell": f"/derived|{label}", "id": ident,
                                          "value": value})
