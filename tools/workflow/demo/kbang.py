"""`tools demo kbang`: a synthetic, deterministic district with the Kbang report's structure.

The default sizes reproduce the district report in shared/seed (54 grassroots organizations:
17 grassroots committees holding 199 cells, and 37 grassroots cells; 3,814 members; 110 village
cells, all with a committee, 86 of whose secretaries are village heads), with a year of minutes
under the 2018 rulebook and the imperfections a real year has. Other sizes keep the same
proportions, for benchmarks.

It keeps the rules: a cell committee only where 9 full members or more, meeting monthly; the
closing time in each text is the `end` of its front matter; a cell's tasks fit its type;
superior visits come at the rate a district sees. It holds one of each v2 record: members away
on temporary activity, members here on temporary activity (not counted as members), a partial
committee in the forestry company, and dues files with one member three months behind.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tools.workflow.demo.district import District
from tools.workflow.demo.minutes import Minutes
from tools.workflow.demo.names import KBANG
from tools.workflow.demo.output import Output
from tools.workflow.demo.units import Units


def kbang(root: Path, cells: int = KBANG["cells"], years: int = 1, last_year: int = 2024,
          seed: int = 1, progress: Callable[[int], None] = lambda _: None,
          top: str = "huyen-kbang") -> int:
    """Write the demo district under root/records/<top>; returns the number of files written."""
    district = District(cells, years, last_year, seed, top)
    district.build()
    out = Output(root)
    Units(district, out).units()
    Minutes(district, out).minutes(progress)
    return out.written
