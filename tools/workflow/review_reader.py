"""Records as a review reads them: at the merge base and at the head (a commit, or the work
tree), never through a link, never past the size limit; with the cells' names and rosters."""

from __future__ import annotations

from tools.checking.project import Project
from tools.reading.files import MAX_BYTES, NotRegular, link_in, read_raw
from tools.reading.records import Record, parse_text
from tools.workflow import git


def _text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


class ReviewReader:
    """Records as they were at the merge base and as they are at the head (a commit, or the work
    tree), read as `validate` reads them: never through a link, never past the size limit. A
    file that cannot be read so is a record without data; the validation part says why."""

    def __init__(self, project: Project, base: str, head: str | None) -> None:
        self.root, self.base, self.head = project.root, base, head
        self.start = git.merge_base(project.root, base, head or "HEAD")
        self.blobs = git.Blobs(project.root)
        self.cells: dict[tuple[str, bool], str | None] = {}
        self.rosters: dict[str, dict[str, str]] = {}

    def at_base(self, path: str) -> Record:
        return self._record(path, self._blob(self.start, path))

    def at_head(self, path: str) -> Record:
        data = self._blob(self.head, path) if self.head else self._worktree(path)
        return self._record(path, data)

    def _blob(self, ref: str, path: str) -> bytes | None:
        try:
            return self.blobs.read(ref, path, MAX_BYTES)
        except git.TooLarge:
            return None

    def _worktree(self, path: str) -> bytes | None:
        if link_in(self.root, path) is not None:
            return None
        try:
            return read_raw(self.root / path).data
        except (OSError, NotRegular):
            return None

    @staticmethod
    def _record(path: str, data: bytes | None) -> Record:
        return Record(path) if data is None else parse_text(_text(data), path)

    def cell_name(self, folder: str, deleted: bool) -> str | None:
        if (folder, deleted) not in self.cells:
            path = f"{folder}/unit.yaml"
            record = self.at_base(path) if deleted else self.at_head(path)
            self.cells[folder, deleted] = record.data.get("name") if record.ok else None
        return self.cells[folder, deleted]

    def names(self, folder: str) -> dict[str, str]:
        if folder not in self.rosters:
            record = self.at_head(f"{folder}/members.yaml")
            members = (record.data or {}).get("members") or [] if record.ok else []
            self.rosters[folder] = {m["id"]: m.get("name", m["id"]) for m in members
                                    if isinstance(m, dict) and "id" in m}
        return self.rosters[folder]

    def close(self) -> None:
        self.blobs.close()
