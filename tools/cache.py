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
import shutil
import sys
import tempfile
import time
import zlib
from pathlib import Path
from typing import Any

from tools import __version__

MAGIC = b"TOOLSCACHE5"  # bump when an entry's shape changes
RACY_NS = 2_000_000_000  # files changed this close to the entry's writing are hashed again
FileStat = tuple[int, int]  # size, mtime_ns


def environment_key(schemas: Path) -> str:
    digest = hashlib.sha256(f"{__version__}|{MAGIC!r}|{sys.version}".encode())
    for path in sorted(schemas.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(schemas).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def file_hash(path: Path) -> bytes:
    return hashlib.sha256(path.read_bytes()).digest()


def stamp(files: dict[str, FileStat]) -> bytes:
    text = "\n".join(f"{rel}\0{size}\0{mtime}" for rel, (size, mtime) in sorted(files.items()))
    return hashlib.blake2b(text.encode("utf-8", "surrogateescape"), digest_size=16).digest()


class Cache:
    def __init__(self, root: Path, schemas: Path) -> None:
        self.folder = root / ".cache" / "tools" / environment_key(schemas)[:24]
        self.usable = True
        self.cleaned = False
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

    def store(self, cell: str, entry: dict[str, Any]) -> None:
        if not self.usable:
            return
        try:
            body = marshal.dumps(entry)
        except ValueError:  # a value marshal cannot store (a broken record's odd data)
            return
        payload = MAGIC + zlib.crc32(body).to_bytes(4, "big") + body
        try:
            if not self.cleaned:
                self._forget_other_environments()
            self.folder.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            with os.fdopen(handle, "wb") as stream:
                stream.write(payload)
            os.replace(temporary, self._path(cell))
        except OSError:
            # a read-only checkout still validates, only without a cache
            self.usable = False

    def _forget_other_environments(self) -> None:
        """Entries made with other schemas, rulebooks or versions will never be used again."""
        self.cleaned = True
        parent = self.folder.parent
        if parent.is_dir():
            for other in parent.iterdir():
                if other != self.folder and other.is_dir():
                    shutil.rmtree(other, ignore_errors=True)

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
            if size != old_size or file_hash(root / rel) != digest:
                return False
        return True

    @staticmethod
    def describe(root: Path, files: dict[str, FileStat], written: int) -> dict[str, Any]:
        """What an entry records of its files: their content hashes (kept packed: they are
        read only when a file's size or time changed), and a stamp of names, sizes and times
        that settles the common case in one comparison."""
        hashes = {rel: (size, mtime, file_hash(root / rel))
                  for rel, (size, mtime) in files.items()}
        return {"files": marshal.dumps(hashes), "stamp": stamp(files),
                "settled": all(mtime < written - RACY_NS for _, mtime in files.values())}

    @staticmethod
    def now() -> int:
        return time.time_ns()
