"""The trees measured: demo districts built once with `tools demo kbang` and reused while their
parameters match, each a git repository (the toolkit keeps its cache only inside one)."""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from settings import log


@dataclass
class Tree:
    name: str            # "small" / "large"
    cells: int
    years: int
    last_year: int
    path: Path
    minutes: list[Path] = field(default_factory=list)   # relative to path
    files: int = 0
    build_s: float | None = None   # None: reused


def scan(tree: Path) -> tuple[list[Path], int]:
    """Minutes files (records/**/minutes/YYYY/*.md, relative to tree) and the count of all files."""
    minutes: list[Path] = []
    total = 0
    for dirpath, dirnames, filenames in os.walk(tree / "records"):
        dirnames.sort()
        total += len(filenames)
        parts = Path(dirpath).parts
        if len(parts) >= 2 and parts[-2] == "minutes":
            for fn in sorted(filenames):
                if fn.endswith(".md"):
                    minutes.append(Path(dirpath, fn).relative_to(tree))
    return minutes, total


GIT_ID = ["-c", "user.name=bench", "-c", "user.email=bench@example.invalid",
          "-c", "commit.gpgsign=false"]


def pick_file(tree: Tree) -> Path:
    """The last minutes file (of the last year) of the first cell, in path order: the file the
    one-changed-file measurements work on."""
    first_cell = tree.minutes[0].parent.parent.parent
    mine = [p for p in tree.minutes if p.parent.parent.parent == first_cell
            and p.parent.name == str(tree.last_year)]
    return (mine or [p for p in tree.minutes if p.parent.parent.parent == first_cell])[-1]


def leave_out(tree: Tree) -> None:
    """HEAD holds every record but the picked minutes file: a clerk's new minutes, which the
    commit hook measurement stages (and unstages afterwards)."""
    rel = str(pick_file(tree))
    tracked = subprocess.run(["git", "-C", str(tree.path), "ls-files", "--error-unmatch", rel],
                             capture_output=True)
    if tracked.returncode == 0:
        subprocess.run(["git", "-C", str(tree.path), "rm", "-q", "--cached", "--", rel],
                       check=True)
        subprocess.run(["git", "-C", str(tree.path), *GIT_ID, "commit", "-q", "-m",
                        "all but one new minutes file"], check=True)


def as_repository(path: Path) -> None:
    """A records tree is a git repository with its records committed: the toolkit keeps its
    cache only inside one, and the commit hook (`validate --staged`) compares with HEAD."""
    if not (path / ".git").exists():
        subprocess.run(["git", "init", "-q", str(path)], check=True)
    head = subprocess.run(["git", "-C", str(path), "rev-parse", "-q", "--verify", "HEAD"],
                          capture_output=True)
    if head.returncode != 0:
        log(f"  committing the records of {path.name} (once)")
        subprocess.run(["git", "-C", str(path), "add", "-A", "records"], check=True)
        subprocess.run(["git", "-C", str(path), *GIT_ID, "commit", "-q", "-m", "records"],
                       check=True)


def build_tree(tools: str, work: Path, name: str, cells: int, years: int, last_year: int,
               rebuild: bool, env: dict[str, str]) -> Tree:
    path = work / "trees" / f"kbang-c{cells}-y{years}-{last_year}"
    stamp = path / ".bench-tree.json"
    params = {"cells": cells, "years": years, "year": last_year}
    tree = Tree(name, cells, years, last_year, path)
    if not rebuild and stamp.exists():
        try:
            saved = json.loads(stamp.read_text())
        except ValueError:
            saved = {}
        if all(saved.get(k) == v for k, v in params.items()):
            log(f"[{name}] reusing {path}")
            _ready(tree)
            if saved.get("minutes") not in (None, len(tree.minutes)):
                log(f"[{name}]   warning: the stamp says {saved['minutes']} minutes files,"
                    f" found {len(tree.minutes)}")
            return tree
    partial = path.with_name(path.name + ".partial")
    for p in (path, partial):
        if p.exists():
            shutil.rmtree(p)
    partial.parent.mkdir(parents=True, exist_ok=True)
    cmd = [tools, "demo", "kbang", str(partial), "--cells", str(cells), "--years", str(years),
           "--year", str(last_year)]
    log(f"[{name}] building: {' '.join(cmd[1:])}")
    t0 = time.perf_counter()
    r = subprocess.run(cmd, env=env, capture_output=True, text=True)
    tree.build_s = time.perf_counter() - t0
    if r.returncode != 0:
        raise SystemExit(f"tools demo failed (exit {r.returncode}):\n{r.stdout}\n{r.stderr}")
    partial.rename(path)
    _ready(tree)
    stamp.write_text(json.dumps({**params, "minutes": len(tree.minutes), "files": tree.files,
                                 "built": dt.datetime.now().isoformat(timespec="seconds")}))
    log(f"[{name}]   built in {tree.build_s:.1f} s")
    return tree


def _ready(tree: Tree) -> None:
    """A tree as measured: a git repository with all but one minutes file committed."""
    as_repository(tree.path)
    tree.minutes, tree.files = scan(tree.path)
    leave_out(tree)


def prewarm(paths: list[Path]) -> None:
    """Read every file once so that no measurement pays for the disk (the OS cache is warm)."""
    for root in paths:
        for dirpath, _, filenames in os.walk(root):
            for fn in filenames:
                try:
                    with open(os.path.join(dirpath, fn), "rb") as f:
                        while f.read(1 << 20):
                            pass
                except OSError:
                    pass
