"""Where a file stands in the records tree, and what that makes it."""

from __future__ import annotations

import datetime as dt
import functools
import re

from tools.values import Frozen

RECORDS = "records"
KINDS = ("regular", "thematic", "committee", "extraordinary")
MINUTES_NAME = re.compile(r"^([0-9]{4})/(([0-9]{4})-[0-9]{2}-[0-9]{2})-("
                          + "|".join(KINDS) + r")(?:-([1-9][0-9]*))?\.md$")
UNIT_FILES = {"unit.yaml": "unit", "members.yaml": "members", "ratings.yaml": "ratings",
              "README.md": "readme"}
IGNORED = {".gitkeep", ".gitignore", ".gitattributes"}
# Left by Finder, Explorer, Word, editors and merges: not a meeting saved under a wrong name.
JUNK_NAMES = {"Thumbs.db", "desktop.ini"}
JUNK_PREFIXES = (".", "~$")
JUNK_SUFFIXES = ("~", ".orig", ".bak", ".swp", ".tmp", ".rej")
DUES = "dues"  # a cell's folder of unpaid party dues, one file a year
DUES_NAME = re.compile(r"^[0-9]{4}\.yaml$")
UNIT_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")  # a unit's folder name is its id
LEVELS = ("central", "province", "district", "commune", "grassroots", "partial")


def level_rank(level: str) -> tuple[int, str]:
    """Committee levels in the order of the hierarchy, from the top (unknown ones last)."""
    return (LEVELS.index(level) if level in LEVELS else len(LEVELS), str(level))


class Placed(Frozen):
    __slots__ = ("rel", "role", "folder", "name")

    def __init__(self, rel: str, role: str, folder: str, name: re.Match | None = None) -> None:
        self.rel = rel  # repository-relative, '/' separators
        # unit | members | ratings | dues | minutes | stray | readme | ignored | unexpected
        self.role = role
        self.folder = folder  # the unit folder the file belongs to ("" for files in records/)
        self.name = name  # a minutes file's parsed name, None if malformed

    @property
    def date(self) -> str | None:
        return self.name.group(2) if self.name else None

    @property
    def kind(self) -> str | None:
        return self.name.group(4) if self.name else None

    @property
    def order(self) -> tuple:
        if not self.name:
            return ("", "", 0)
        return (self.name.group(2), self.name.group(4), int(self.name.group(5) or 1))


# a cell's files are placed by its listing, the checks and the rollup in turn: worked out once
@functools.lru_cache(maxsize=4096)
def place(rel: str) -> Placed:
    """Classify a repository-relative path under records/ (called for every file: plain
    string work only)."""
    parts = rel.split("/")[1:]
    folders, name = parts[:-1], parts[-1]
    if "minutes" in folders:
        index = folders.index("minutes")
        folder = "/".join((RECORDS, *folders[:index])) if index else ""
        if not name.endswith(".md"):
            if name in IGNORED:
                return Placed(rel, "ignored", folder)
            # a meeting saved as .md.txt, .MD or .docx is one no rollup would see
            return Placed(rel, "unexpected" if _junk(name) else "stray", folder)
        name_match = MINUTES_NAME.match("/".join(parts[index + 1:]))
        if name_match is not None and not _real_date(name_match.group(2)):
            name_match = None  # 2025-02-30 is no day a meeting was held
        return Placed(rel, "minutes", folder, name_match)
    if len(folders) > 1 and folders[-1] == DUES:
        folder = "/".join((RECORDS, *folders[:-1]))
        role = "ignored" if name in IGNORED else "dues" if DUES_NAME.match(name) else "unexpected"
        return Placed(rel, role, folder)
    folder = "/".join((RECORDS, *folders)) if folders else ""
    if name in IGNORED:
        return Placed(rel, "ignored", folder)
    role = UNIT_FILES.get(name, "unexpected")
    if not folders and role != "readme":
        role = "unexpected"
    return Placed(rel, role, folder)


def _junk(name: str) -> bool:
    return name in JUNK_NAMES or name.startswith(JUNK_PREFIXES) or name.endswith(JUNK_SUFFIXES)


def _real_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def ancestors(folder: str) -> list[str]:
    """The unit folders from the top of records/ down to `folder` itself."""
    parts = folder.split("/")[1:] if folder else []
    return ["/".join((RECORDS, *parts[:depth])) for depth in range(1, len(parts) + 1)]
