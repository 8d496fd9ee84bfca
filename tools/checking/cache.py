"""A per-cell cache of validation results, so that a run costs what changed, not what exists.

The cache can only ever lose speed, never data: it lives inside the repository's own git
directory (`.git/tools-cache/`), in a folder it created and marked as its own, never at a path
reached through a symbolic link, and outside a git repository there is no cache at all. It
deletes only files it wrote, by their names.

One file per cell, named by the cell's folder, holding the size, time (the later of the
modification and status-change times: files.changed_ns) and SHA-256 of each of the cell's record
files as the check read them (from the very bytes it checked), and what was found in them. An
entry is used only when every file still has the recorded content: a file whose size or time
differs, or whose time is too close to when the entry was written to be trusted, is hashed
again. The environment folder's
name carries a hash of the schemas, the rulebooks, the toolkit's own code, its dependencies'
versions and the Python version, so changing any of them starts afresh. Entries are written to
a temporary file and renamed, so concurrent runs never see half an entry; a damaged entry fails
its checksum and is rebuilt. A whole run's answer is kept as entries too (snapshot.py).
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import stat as stat_module
import sys
import tempfile
import time
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from tools import __version__
from tools.reading.files import NotRegular, Seen, read_raw

MAGIC = b"TOOLSCACHE8"  # bump when an entry's shape changes
RACY_NS = 2_000_000_000  # files changed this close to the entry's writing are hashed again
FileStat = tuple[int, int]  # size, files.changed_ns

FOLDER = "tools-cache"  # inside the git directory
# The mark of a folder this toolkit made (the Cache Directory Tagging convention, so backup
# tools skip it too). Nothing is ever deleted from a folder without it.
TAG_NAME = "CACHEDIR.TAG"
TAG = (b"Signature: 8a477f597d28d172789f06886806bc55\n"
       b"# The cache of party-records-tools (`tools validate`, `tools summarize`).\n"
       b"# Safe to delete; it holds only copies of results.\n")
# The names of what the cache writes: environment folders, entries and their temporary files.
ENVIRONMENT_NAME = re.compile(r"^[0-9a-f]{24}$")
ENTRY_NAME = re.compile(r"^(?:[0-9a-f]{40}\.bin|entry-[A-Za-z0-9_]+\.tmp)$")
DEPENDENCIES = ("click", "ruamel.yaml", "ruamel.yaml.clib", "jsonschema", "fastjsonschema",
                "markdown-it-py")
TOOLKIT = Path(__file__).resolve().parents[1]  # every module of tools/


def _code_digest(digest: Any) -> None:
    """The toolkit's own code and its dependencies' versions: a rule changed in `tools/`, or a
    library upgraded, must never be answered from entries made by the old code."""
    for path in sorted(TOOLKIT.rglob("*.py")):
        digest.update(path.relative_to(TOOLKIT).as_posix().encode())
        digest.update(path.read_bytes())
    for installed in installed_versions():
        digest.update(f"|{installed}".encode("utf-8", "surrogateescape"))


_NAME_PARTS = re.compile(r"[-_.]+")


def installed_versions() -> list[str]:
    """The dependencies as installed: the names of their metadata folders
    (`<name>-<version>.dist-info`, or `.egg-info`) on the import path. Read from the listings,
    not through importlib.metadata, whose import alone costs a repeated run a tenth of a
    second."""
    wanted = {_NAME_PARTS.sub("_", name).lower() for name in DEPENDENCIES}
    found = []
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.endswith((".dist-info", ".egg-info")) and \
                    _NAME_PARTS.sub("_", name.split("-", 1)[0]).lower() in wanted:
                found.append(f"{entry}/{name}")
    return sorted(found)


def environment_key(files: Iterable[Path]) -> str:
    """The hash of what decides a verdict: the toolkit, its dependencies, Python, and exactly
    the schemas and rulebooks in use (`files`, from project.schema_sources: shipped and local)."""
    digest = hashlib.sha256(f"{__version__}|{MAGIC!r}|{sys.version}".encode())
    _code_digest(digest)
    for path in files:
        digest.update(f"|{path.parent.name}/{path.name}|{path.stat().st_size}|".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def git_directory(root: Path) -> Path | None:
    """The repository's own git directory, or None outside a repository. `.git` is never
    followed when it is a symbolic link; a worktree's `.git` file names its directory."""
    dot_git = root / ".git"
    try:
        info = dot_git.lstat()
    except OSError:
        return None
    if stat_module.S_ISDIR(info.st_mode):
        return dot_git
    if not stat_module.S_ISREG(info.st_mode):
        return None
    try:
        line = dot_git.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    if not line.startswith("gitdir:"):
        return None
    folder = Path(line[len("gitdir:"):].strip())
    folder = folder if folder.is_absolute() else root / folder
    return folder if _real_folder(folder) else None


def _real_folder(path: Path) -> bool:
    try:
        return stat_module.S_ISDIR(path.lstat().st_mode)
    except OSError:
        return False


def file_hash(path: Path) -> bytes | None:
    """The SHA-256 of the file as a record read would see it; None when it cannot be read."""
    try:
        data = read_raw(path).data
    except (OSError, NotRegular):
        return None
    return None if data is None else hashlib.sha256(data).digest()


def stamp(files: dict[str, FileStat]) -> bytes:
    text = "\n".join(f"{rel}\0{size}\0{mtime}" for rel, (size, mtime) in sorted(files.items()))
    return hashlib.blake2b(text.encode("utf-8", "surrogateescape"), digest_size=16).digest()


class Cache:
    def __init__(self, root: Path, files: Iterable[Path]) -> None:
        """`files`: the schemas and rulebooks in use (project.Sources.files)."""
        git = git_directory(root)
        self.top = git / FOLDER if git is not None else None
        self.folder = self.top / environment_key(files)[:24] if self.top is not None \
            else root / ".git" / FOLDER
        # outside a repository there is no cache: nothing is read or written
        self.usable = self.top is not None
        self.cleaned = False
        self.hits = 0
        self.misses = 0
        self.answered: dict[tuple, bytes | None] = {}  # snapshots found valid (engine.py)

    @classmethod
    def open(cls, root: Path, files: Iterable[Path]) -> Cache | None:
        """The repository's cache, or None outside a git repository."""
        return cls(root, files) if git_directory(root) is not None else None

    def _path(self, cell: str) -> Path:
        return self.folder / (hashlib.sha1(cell.encode()).hexdigest() + ".bin")

    def load(self, cell: str) -> dict[str, Any] | None:
        if not self.usable:
            return None
        path = self._path(cell)
        try:
            raw = path.read_bytes()
        except OSError:
            return None
        # a CRC is enough to tell a damaged or half-written entry, and costs little to check
        body = raw[len(MAGIC) + 4:]
        if raw[:len(MAGIC)] != MAGIC or zlib.crc32(body).to_bytes(4, "big") != \
                raw[len(MAGIC):len(MAGIC) + 4]:
            path.unlink(missing_ok=True)
            return None
        try:
            entry = marshal.loads(body)
        except (EOFError, ValueError, TypeError):
            path.unlink(missing_ok=True)
            return None
        return entry if isinstance(entry, dict) and entry.get("cell") == cell else None

    def store(self, cell: str, entry: dict[str, Any]) -> bool:
        """Whether the entry was written."""
        if not self.usable:
            return False
        try:
            body = marshal.dumps(entry)
        except ValueError:  # a value marshal cannot store (a broken record's odd data)
            return False
        payload = MAGIC + zlib.crc32(body).to_bytes(4, "big") + body
        try:
            if not self.cleaned:
                self._prepare()
            if not self.usable:
                return False
            handle, temporary = tempfile.mkstemp(dir=self.folder, prefix="entry-",
                                                 suffix=".tmp")
            with os.fdopen(handle, "wb") as stream:
                stream.write(payload)
            os.replace(temporary, self._path(cell))
        except OSError:
            # a read-only checkout still validates, only without a cache
            self.usable = False
            return False
        return True

    def _prepare(self) -> None:
        """Make the cache's folders (each checked to be a real folder, never a link), mark the
        top one as the toolkit's, and forget other environments' entries."""
        self.cleaned = True
        assert self.top is not None
        for folder in (self.top, self.folder):
            try:
                folder.mkdir()
            except FileExistsError:
                pass
            if not _real_folder(folder):
                self.usable = False
                return
        tag = self.top / TAG_NAME
        if not tag.exists() and not tag.is_symlink():
            tag.write_bytes(TAG)
        if not self._ours():
            self.usable = False
            return
        self._forget_other_environments()

    def _ours(self) -> bool:
        tag = self.top / TAG_NAME
        try:
            return stat_module.S_ISREG(tag.lstat().st_mode) and tag.read_bytes() == TAG
        except OSError:
            return False

    def _forget_other_environments(self) -> None:
        """Entries made with other schemas, rulebooks or code will never be used again. Only
        the files this cache writes are deleted, by name, and then their folder if it is empty:
        anything else found there stays."""
        with os.scandir(self.top) as listing:
            others = [e for e in listing if ENVIRONMENT_NAME.match(e.name)
                      and e.path != str(self.folder) and e.is_dir(follow_symlinks=False)]
        for other in others:
            with os.scandir(other.path) as listing:
                for entry in listing:
                    if ENTRY_NAME.match(entry.name) and entry.is_file(follow_symlinks=False):
                        Path(entry.path).unlink(missing_ok=True)
            try:
                os.rmdir(other.path)
            except OSError:
                pass  # something the cache did not write: left alone

    def valid(self, entry: dict[str, Any] | None, root: Path, files: dict[str, FileStat],
              today: str) -> bool:
        """Whether `entry` describes exactly these files, with the same content."""
        if entry is None or entry.get("today") != today:
            return False
        if entry["settled"] and entry["stamp"] == stamp(files):
            return True  # same names, sizes and times, none too recent to trust
        recorded = marshal.loads(entry["files"])
        if set(recorded) != set(files):
            return False
        written = entry["written"]
        for rel, (size, mtime) in files.items():
            old_size, old_mtime, digest = recorded[rel]
            if size == old_size and mtime == old_mtime and mtime < written - RACY_NS:
                continue
            if size != old_size or digest is None or file_hash(root / rel) != digest:
                return False
        return True

    @staticmethod
    def describe(seen: Seen, written: int) -> dict[str, Any] | None:
        """What an entry records of the files its results came from, as the reads that checked
        them saw them (never a second read, which could see other bytes): their content hashes
        (kept packed: they are read only when a file's size or time changed), and a stamp of
        names, sizes and times that settles the common case in one comparison. None when a
        file could not be read: such a cell is never kept."""
        if any(value is None for value in seen.values()):
            return None
        files = {rel: (size, mtime) for rel, (size, mtime, _) in seen.items()}
        return {"files": marshal.dumps(seen), "stamp": stamp(files),
                "settled": all(mtime < written - RACY_NS for _, mtime in files.values())}

    @staticmethod
    def now() -> int:
        return time.time_ns()
