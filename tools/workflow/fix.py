"""`tools fix`: only the fixes that cannot change what a record means.

Each fix works on the text itself, line by line, so comments, quoting and layout stay exactly as
the clerk wrote them (a YAML round trip would re-indent and re-quote). A fix is kept only if the
parsed data before and after are equal; files are replaced atomically.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tools.reading.files import MAX_BYTES, NotRegular, link_in, read_raw
from tools.reading.layout import RECORDS
from tools.reading.records import parse_text
from tools.workflow.arguments import files_under, records_named
from tools.workflow.repair import repair

_TIME = re.compile(r"^(?P<head>[ \t]*(?:start|end):[ \t]+)(?P<time>[0-9]{1,2}:[0-9]{2})"
                   r"(?P<tail>[ \t]*(?:#.*)?)$")
_FENCE = re.compile(r"^---[ \t]*$")
RECORD_SUFFIXES = (".md", ".yaml")


def _quote_times(text: str, path: str) -> str:
    """Quote unquoted `start: 07:30`: the same string in YAML 1.2, a number in YAML 1.1."""
    if not path.endswith(".md"):
        return text
    lines = text.split("\n")
    if not lines or not _FENCE.match(lines[0]):
        return text
    for index in range(1, len(lines)):
        if _FENCE.match(lines[index]):
            break
        match = _TIME.match(lines[index])
        if match:
            lines[index] = f'{match["head"]}"{match["time"]}"{match["tail"]}'
    return "\n".join(lines)


# name -> text transformation; the names are words of the message catalogs
FIXES: dict[str, Callable[[str, str], str]] = {
    "bom": lambda text, _: text.lstrip("\ufeff"),
    "eol": lambda text, _: text.replace("\r\n", "\n").replace("\r", "\n"),
    "nfc": lambda text, _: unicodedata.normalize("NFC", text),
    "times": _quote_times,
}


@dataclass
class Fixed:
    path: str
    before: str
    after: str
    applied: list[str]


def fix_text(text: str, path: str) -> tuple[str, list[str]]:
    applied = []
    for name, transform in FIXES.items():
        changed = transform(text, path)
        if changed != text:
            applied.append(name)
            text = changed
    return text, applied


@dataclass
class Refused:
    """A record file fix will not touch, and why (a word of the CLI catalogs)."""

    path: str
    reason: str
    params: dict[str, Any]


def plan(root: Path, rels: list[str], schemas: Any = None) -> Iterator[Fixed | Refused]:
    """What fixing would change, file by file. Files reached through a link, larger than a
    record may be, or unreadable are refused; files that cannot be decoded are left alone.
    `schemas` (tools/checking/schemas.py) enables the repairs of times and dates (repair.py)."""
    for rel in rels:
        if not rel.endswith(RECORD_SUFFIXES):
            continue
        link = link_in(root, rel)
        if link is not None:
            yield Refused(rel, "fix-link", {"link": link})
            continue
        try:
            raw = read_raw(root / rel)
        except NotRegular:
            continue
        except OSError as error:
            yield Refused(rel, "fix-unreadable", {"reason": error.strerror or error})
            continue
        if raw.data is None:  # never loaded: memory stays that of one record
            yield Refused(rel, "fix-too-large", {"size": raw.size, "limit": MAX_BYTES})
            continue
        try:
            before = raw.data.decode("utf-8")
        except UnicodeDecodeError:
            continue
        after, applied = fix_text(before, rel)
        if applied and not same_meaning(before, after, rel):
            after, applied = before, []
        if schemas is not None:
            after, repaired = repair(after, rel, schemas)
            applied += repaired
        if applied:
            yield Fixed(rel, before, after, applied)


def same_meaning(before: str, after: str, rel: str) -> bool:
    """The records read from both texts hold the same data and the same body."""
    old, new = parse_text(before, rel), parse_text(after, rel)
    return (old.data, old.body) == (new.data, new.body)


def write_atomically(path: Path, text: str) -> None:
    """Replace `path` so that an interruption leaves either the old file or the new one."""
    mode = path.stat().st_mode & 0o7777
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


_LEFTOVER = re.compile(r"^\.(?P<name>.+)\.[A-Za-z0-9_]+\.tmp$")


def leftovers(root: Path, rels: list[str]) -> list[Path]:
    """Files shaped like the temporary files of an interrupted `tools fix` beside the records
    it was writing: pointed out, never deleted (one may be a clerk's own)."""
    folders = {(root / rel).parent for rel in rels}
    found = []
    for folder in sorted(folders):
        for path in folder.glob(".*.tmp"):
            match = _LEFTOVER.match(path.name)
            if match and (folder / match["name"]).is_file() and not path.is_symlink():
                found.append(path)
    return found


def record_files(root: Path, given: list[Path]) -> list[str]:
    """Repository-relative files: those given (a folder's found without entering a link), or
    all of records/. Paths that do not exist or leave the repository are refused."""
    named = records_named(root, given or [Path(root, RECORDS)])
    return files_under(root, RECORDS) if named.whole else named.files
