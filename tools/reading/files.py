"""Files as the toolkit opens them: never through a symbolic link, never waiting on a pipe,
never more than a record may hold."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from tools.values import Frozen

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing on the hook's path
if TYPE_CHECKING:
    from typing import Any

MAX_BYTES = 1024 * 1024


# What a read saw, by repository-relative path: size, time (changed_ns) and the SHA-256 of the
# bytes read (None when the file was too large to read), or None when it could not be read.
Seen = dict[str, tuple[int, int, bytes | None] | None]
_OPEN = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | \
    getattr(os, "O_BINARY", 0)


def link_in(root: Path, rel: str) -> str | None:
    """The first part of `rel` (records/ itself included) that is a symbolic link, if any:
    nothing is ever read or written through one."""
    parts = rel.split("/")
    for depth in range(1, len(parts) + 1):
        candidate = "/".join(parts[:depth])
        if os.path.islink(root / candidate):
            return candidate
    return None


def readlink(path: str | Path) -> str:
    """A link's target, as layout.symlink reports it ("?" when the link is gone already)."""
    try:
        return os.readlink(path)
    except OSError:
        return "?"


def changed_ns(info: os.stat_result) -> int:
    """When a file last changed, as far as its stat can tell: the later of its modification
    time, which anyone may set back (`cp -p`, `touch -r`, a restore from a backup), and its
    status-change time, which no one can (on Windows, its creation time: the later of the two
    is still the modification time, or the time a copy was made)."""
    return max(info.st_mtime_ns, info.st_ctime_ns)


class NotRegular(Exception):
    """A link, a folder, a pipe or a device: never opened as a record."""


class Raw(Frozen):
    __slots__ = ("size", "mtime", "data")

    def __init__(self, size: int, mtime: int, data: bytes | None) -> None:
        self.size = size
        self.mtime = mtime  # ns: changed_ns
        self.data = data  # None: larger than the limit, left unread


def read_raw(path: str | Path, limit: int = MAX_BYTES, listed: bool = False) -> Raw:
    """A file's bytes from one open that never follows a link nor waits on a pipe, with the
    stat of what was opened, reading at most `limit` + 1 bytes: whatever happens to the file
    meanwhile, the bytes and the stat belong together, and a file that grows costs no more
    than the limit. `listed`: the caller's directory listing said a regular file (no link,
    no device), so nothing else is opened without a look first. Raises NotRegular, or OSError
    when it cannot be read."""
    if not listed and not stat.S_ISREG(os.lstat(path).st_mode):
        raise NotRegular(path)
    handle = os.open(path, _OPEN)
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegular(path)
        if info.st_size > limit:
            return Raw(info.st_size, changed_ns(info), None)
        data = _read_all(handle, info.st_size, limit)
    finally:
        os.close(handle)
    if len(data) > limit:
        return Raw(len(data), changed_ns(info), None)
    return Raw(info.st_size, changed_ns(info), data)


def _read_all(handle: int, size: int, limit: int) -> bytes:
    """Up to `limit` + 1 bytes. The size fstat gave is asked for first, one byte more: a
    regular file that answers with exactly its size has ended (one read, not two); one that
    answers otherwise changed meanwhile and is read on until it ends or passes the limit."""
    first = os.read(handle, min(size, limit) + 1)
    if len(first) == size or not first:
        return first
    chunks, left = [first], limit + 1 - len(first)
    while left > 0 and (chunk := os.read(handle, min(left, 1 << 20))):
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def sha256(data: bytes = b"") -> Any:
    """hashlib.sha256(data). OpenSSL's when hashlib is loaded already (whole-tree runs load
    it: on many small files it is about five times faster), else the interpreter's own
    module: loading OpenSSL would cost the commit hook about 5 ms for its few files."""
    hashlib = sys.modules.get("hashlib")
    if hashlib is not None:
        return hashlib.sha256(data)
    try:
        from _sha256 import sha256 as made  # Python 3.10 and 3.11
    except ImportError:
        try:
            from _sha2 import sha256 as made  # Python 3.12 on
        except ImportError:
            from hashlib import sha256 as made
    return made(data)
