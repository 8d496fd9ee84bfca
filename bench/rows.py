"""The rows of the results table, their labels, and how figures are written."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Row:
    size: str
    what: str
    wall: float | None
    rss: float | None
    ratio: str = ""
    target: str = ""
    ok: bool | None = None          # target met
    ours: bool = True               # counts for the memory target
    note: str = ""
    rc: int | None = None
    broken: str = ""
    tree_mb: float = 0.0
    procs: int = 0
    cpu: float | None = None
    others: float = 0.0

    @property
    def mem(self) -> float:
        return max(self.rss or 0.0, self.tree_mb)


PEER = "check-jsonschema, front matter only (peer)"
FLOOR = "floor: read every file, its YAML parsed by libyaml, all cores"
STARTUP = "startup: tools --version"
COLD_NOCACHE = "validate, cold (TOOLS_NO_CACHE=1)"
COLD = "validate, cold (cache removed)"
REPEATED = "validate, repeated (nothing changed)"
ONE_FILE = "one changed minutes file, staged: validate --staged (the commit hook)"
ONE_FILE_NOCACHE = "one changed minutes file: validate FILE"
SUMMARIZE_COLD = "summarize, cold (cache removed)"
SUMMARIZE_REPEATED = "summarize, repeated"


def fmt_s(x: float | None) -> str:
    if x is None:
        return "—"
    return f"{x:.3f}" if x < 1 else f"{x:.2f}" if x < 100 else f"{x:.1f}"


def fmt_mb(x: float | None) -> str:
    return "—" if x is None else f"{x:.0f}"


def verdict(ok: bool | None, broken: str = "") -> str:
    if broken:
        return "BROKEN"
    return "" if ok is None else ("PASS" if ok else "FAIL")
