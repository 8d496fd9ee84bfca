"""A benchmark run: the runner, the environment every child gets, and the rows, problems and
runs gathered so far."""
from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shutil
import statistics
from pathlib import Path

from rows import Row, fmt_mb, fmt_s
from runner import Run, Runner, tail
from settings import CACHE_DIR, log
from trees import Tree


class Bench:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.tools = args.tools
        self.work: Path = args.work
        self.runner = Runner(self.work / "logs" / dt.datetime.now().strftime("%Y%m%d-%H%M%S"),
                             args.runner, args.sample_interval)
        env = {k: v for k, v in os.environ.items()
               if k not in ("TOOLS_TODAY", "TOOLS_LANG", "TOOLS_NO_CACHE", "FORCE_COLOR",
                            "PYTHONDONTWRITEBYTECODE")}
        env["NO_COLOR"] = "1"
        # Byte-compiled modules as on an ordinary install, but kept in the work folder: the
        # toolkit is installed editable, and nothing may be written into the repository.
        env["PYTHONPYCACHEPREFIX"] = str(self.work / "pycache")
        self.env = env
        self.rows: list[Row] = []
        self.problems: list[str] = []
        self.one_file: dict[str, Row] = {}
        self.all_runs: list[tuple[str, Run]] = []

    def run(self, tree: Tree, label: str, cmd: list[str], *, env_extra: dict | None = None,
            cwd: Path | None = None, ours: bool = True, expect_checked: int | None = None) -> Run:
        env = dict(self.env)
        if env_extra:
            env.update(env_extra)
        r = self.runner.run(f"{tree.name}-{label}", cmd, cwd or tree.path, env)
        err = r.stderr.read_text(errors="replace")
        out_lines = r.stdout.read_text(errors="replace").strip().splitlines()
        if "Traceback (most recent call last)" in err:
            r.broken = "traceback: " + (err.strip().splitlines() or [""])[-1][:200]
        elif r.rc not in (0, 1):   # 1: records with errors (validate) or invalid files (peer)
            r.broken = f"exit {r.rc}"
        elif not out_lines:
            r.broken = "printed nothing"
        elif expect_checked is not None:
            m = re.search(r"(\d+)", out_lines[-1])
            if not m or int(m.group(1)) != expect_checked:
                r.broken = (f"expected {expect_checked} files checked, last line was"
                            f" {out_lines[-1][:120]!r}")
        log(f"[{tree.name}]   {label}: {fmt_s(r.wall)} s (cpu {fmt_s(r.cpu)} s,"
            f" others {r.others:.2f} CPUs), {fmt_mb(r.rss_mb)} MB"
            f" (tree {fmt_mb(r.tree_mb)} MB, {r.procs} procs), exit {r.rc}"
            + (f"  BROKEN: {r.broken}" if r.broken else ""))
        if ours:
            self.all_runs.append((f"{tree.name}: {label}", r))
        if r.broken:
            self.problems.append(f"{tree.name}: {label}: {r.broken}; stderr ({r.stderr}):\n"
                                 + tail(r.stderr))
        return r

    def add(self, row: Row, *runs: Run) -> Row:
        """Append a row; a row resting on a broken run fails whatever its figure."""
        row.tree_mb = max((r.tree_mb for r in runs), default=0.0)
        row.others = max((r.others for r in runs), default=0.0)
        if row.cpu is None and runs:
            row.cpu = statistics.median(r.cpu for r in runs)
        row.procs = max((r.procs for r in runs), default=0)
        why = sorted({r.broken for r in runs if r.broken})
        if why:
            row.broken = "; ".join(why)
            row.ok = False
        self.rows.append(row)
        return row

    def clear_cache(self, tree: Tree) -> None:
        cache = tree.path / CACHE_DIR
        if cache.is_symlink() or cache.is_file():
            cache.unlink()
        elif cache.exists():
            shutil.rmtree(cache)

    def same_output(self, a: Run, b: Run) -> bool:
        return a.stdout.read_bytes() == b.stdout.read_bytes()

    def repeat(self, tree: Tree, label: str, cmd: list[str], n: int,
               **kw) -> tuple[float, float, list[Run]]:
        runs = [self.run(tree, f"{label}#{i + 1}" if n > 1 else label, cmd, **kw) for i in range(n)]
        return (statistics.median(r.wall for r in runs), max(r.rss_mb for r in runs), runs)

    def last_line(self, r: Run) -> str:
        lines = r.stdout.read_text(errors="replace").strip().splitlines()
        return lines[-1] if lines else ""
