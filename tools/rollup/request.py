"""What a summary asks of each cell while the engine checks it: the facts for a period, with
or without names, keyed by the person key's secret (tools/checking/cell_entry.py calls it)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tools.checking.cell_entry import CellRecords
from tools.checking.project import Project
from tools.rollup import people
from tools.rollup.cell import cell_facts
from tools.rollup.period import Period


@dataclass(frozen=True)
class Request:
    """What a summary needs of each cell; its key names the facts in the cache."""

    period: Period
    names: bool
    secret: bytes = people.DEFAULT_SECRET  # keys the person hashes (tools/rollup/people.py)

    @property
    def key(self) -> str:
        return f"{self.period.start}/{self.period.end}/{self.names}/" \
            f"{people.fingerprint(self.secret)}"

    def facts(self, project: Project, cell: CellRecords) -> dict[str, Any]:
        return cell_facts(project, self.period, self.names, self.secret, cell)
