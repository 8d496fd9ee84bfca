"""A per-cell cache of validation results, so that a run costs what changed, not what exists.

One file per cell under `.cache/tools/` (git-ignored), named by the cell's folder, holding the
size, modification time and SHA-256 of each of the cell's record files, and what was found in
them. An entry is used only when every file still has the recorded content: a file whose size
or time differs, or whose time is too close to when the entry was written to be trusted, is
hashed again. The folder's name carries a hash of the schemas, the rulebooks, the tool's version
and the Python version, so changing any of them starts afresh. Entries are written to a
temporary file and renamed, so concurrent runs never see half an entry; a damaged entry fails
its checksum and is rebuilt.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tools import __version__

MAGIC = b"TOOLSCACHE1"
RACY_NS = 2_000_000_000  # files changed this close to the entry's writing are hashed again
FileStat = tuple[int, int]  # size, mtime_ns


def environment_key(schemas: Path) -> str:
    digest = hashlib.sha256(f"{__version__}|{sys.version}".encode())
    for path in sorted(schemas.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(schemas).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Cache:
    def __init__(self, root: Path, schemas: Path) -> None:
        self.folder = root / ".cache" / "tools" / environment_key(schemas)[:24]
        self.usable = True
        self.hits = 0
        self.misses = 0

    def _path(self, cell: str) -> Path:
        return self.folder / (hashlib.sha1(cell.encode()).hexdigest() + ".bin")

    def load(self, cell: str) -> dict[str, Any] | None:
        path = self._path(cell)
        try:
            raw = path.read_bytes()
        except OSError:
            return None
        body = raw[len(MAGIC) + 32:]
        if raw[:len(MAGIC)] != MAGIC or hashlib.sha256(body).digest() != \
                raw[len(MAGIC):len(MAGIC) + 32]:
            path.unlink(missing_ok=True)
            return None
        try:
            entry = marshal.loads(body)
        except (EOFError, ValueError, TypeError):
            path.unlink(missing_ok=True)
            return None
        return entry if isinstance(entry, dict) and entry.get("cell") == cell else None

    def store(self, cell: str, entry: dict[str, Any]) -> None:
        if not self.usable:
            return
        body = marshal.dumps(entry)
        payload = MAGIC + hashlib.sha256(body).digest() + body
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            with os.fdopen(handle, "wb") as stream:
                stream.write(payload)
            os.replace(temporary, self._path(cell))
        except OSError:
            # a read-only checkout still validates, only without a cache
            self.usable = False

    def valid(self, entry: dict[str, Any] | None, root: Path, files: dict[str, FileStat],
              today: str) -> bool:
        """Whether `entry` describes exactly these files, with the same content."""
        if entry is None or entry.get("today") != today or set(entry["files"]) != set(files):
            return False
        written = entry["written"]
        for rel, (size, mtime) in files.items():
            old_size, old_mtime, digest = entry["files"][rel]
            if size == old_size and mtime == old_mtime and mtime < written - RACY_NS:
                continue
            if size != old_size or file_hash(root / rel) != digest:
                return False
        return True

    @staticmethod
    def describe(root: Path, files: dict[str, FileStat]) -> dict[str, tuple[int, int, str]]:
        return {rel: (size, mtime, file_hash(root / rel)) for rel, (size, mtime) in files.items()}

    @staticmethod
    def now() -> int:
        return time.time_ns()
