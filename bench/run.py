#!/usr/bin/env python3
"""Benchmark of the `tools` CLI on synthetic records trees.

Builds (or reuses) two demo districts with `tools demo kbang`, about 10,000 and about
100,000 minutes files, and measures, each against its baseline in the same run:

  a. cold full validation (no cache) versus check-jsonschema on the same front matter;
  b. repeated full validation with nothing changed;
  c. validation of one changed minutes file, as pre-commit calls it, at both sizes;
  d. summarize of the whole tree, cold and repeated;
  e. the peak memory of each.

It only runs the CLI (`tools ...`) as a child process, with the tree as working directory;
it never imports the toolkit. Python 3.10+, standard library only; check-jsonschema is
installed into its own venv in the work folder.

    .venv/bin/python bench/run.py                 # both sizes (the large one takes long)
    .venv/bin/python bench/run.py --skip-large    # the 10k size only
    .venv/bin/python bench/run.py --small-cells 60 --skip-large   # a quick end-to-end check
    .venv/bin/python bench/run.py --markdown      # results as Markdown, for bench/README.md

Progress goes to stderr, the results to stdout (and JSON into the work folder).
"""
from __future__ import annotations

import argparse
import copy
import datetime as dt
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TODAY = "2026-11-27"
CACHE_DIR = ".git/tools-cache"  # the toolkit's cache folder: only inside a git repository
MEM_LIMIT_MB = 500.0
OTHERS_WARN = 0.25            # CPUs used by other processes during a run: note it
MACHINE_KEYS = ("nproc", "cpu", "memory", "python", "os", "tools", "commit", "load")

# targets
COLD_VS_PEER = 1 / 3          # cold validation at 10k <= 1/3 of check-jsonschema
REPEATED_VALIDATE_S = 2.0     # repeated full validation at 100k
ONE_FILE_S = 0.5              # one changed file, at 10k and at 100k
ONE_FILE_RATIO = 1.5          # large / small: our tolerance for "about 1"
REPEATED_SUMMARIZE_S = 3.0    # repeated summarize at 100k


def log(*args: object) -> None:
    print(*args, file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- running

@dataclass
class Run:
    """One child process: wall seconds, peak RSS and exit status."""
    label: str
    cmd: list[str]
    cwd: str
    wall: float
    rss_mb: float
    rc: int
    stdout: Path
    stderr: Path
    broken: str = ""     # why this run cannot be trusted (traceback, crash, wrong output)
    tree_mb: float = 0.0   # sampled peak of the summed PSS of the child's whole process tree
    procs: int = 0         # most processes seen at once in that tree
    cpu: float = 0.0       # user + system seconds of the child and its waited-for descendants
    others: float = 0.0    # CPUs busy with other work meanwhile (average; 0 on a quiet machine)


class TreeSampler(threading.Thread):
    """Samples the summed memory (PSS, else RSS) of a process and all its descendants.

    ru_maxrss is the peak of the largest single process; a tool that forks workers can use
    several times that. PSS splits shared pages between the processes that share them, so
    forked workers are not counted twice. Sampled, so a short spike can be missed."""

    def __init__(self, pid: int, interval: float) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.interval = interval
        self.stop = threading.Event()
        self.peak_kb = 0
        self.procs = 0

    @staticmethod
    def _children() -> dict[int, list[int]]:
        kids: dict[int, list[int]] = {}
        for name in os.listdir("/proc"):
            if not name.isdigit():
                continue
            try:
                with open(f"/proc/{name}/stat", "rb") as f:
                    stat = f.read()
            except OSError:
                continue
            ppid = int(stat[stat.rindex(b")") + 2:].split()[1])
            kids.setdefault(ppid, []).append(int(name))
        return kids

    @staticmethod
    def _mem_kb(pid: int) -> int:
        try:
            with open(f"/proc/{pid}/smaps_rollup", "rb") as f:
                for line in f:
                    if line.startswith(b"Pss:"):
                        return int(line.split()[1])
        except OSError:
            pass
        try:
            with open(f"/proc/{pid}/statm", "rb") as f:
                return int(f.read().split()[1]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
        except OSError:
            return 0

    def sample(self) -> None:
        kids = self._children()
        todo, seen = [self.pid], []
        while todo:
            p = todo.pop()
            seen.append(p)
            todo.extend(kids.get(p, []))
        self.peak_kb = max(self.peak_kb, sum(self._mem_kb(p) for p in seen))
        self.procs = max(self.procs, len(seen))

    def run(self) -> None:
        while not self.stop.wait(self.interval):
            try:
                self.sample()
            except (OSError, ValueError):
                pass


def busy_seconds() -> float | None:
    """CPU seconds the whole machine has been busy (from /proc/stat)."""
    try:
        with open("/proc/stat") as f:
            fields = [int(x) for x in f.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)   # idle + iowait
    busy = sum(fields[:8]) - idle                                # without guest time
    return busy / os.sysconf("SC_CLK_TCK")


def own_cpu() -> float:
    t = os.times()
    return t.user + t.system


class Runner:
    """Runs a command and measures its wall time and peak RSS.

    Uses `/usr/bin/time -v -o FILE` where it works; otherwise os.wait4() on the child, whose
    rusage ru_maxrss is that child's own peak (kB on Linux)."""

    def __init__(self, logdir: Path, mode: str = "auto", interval: float = 0.05) -> None:
        self.logdir = logdir
        self.interval = interval
        logdir.mkdir(parents=True, exist_ok=True)
        self.counter = 0
        self.time_bin = None
        if mode in ("auto", "time"):
            tb = shutil.which("time", path="/usr/bin:/bin") or None
            if tb and self._time_works(tb):
                self.time_bin = tb
            elif mode == "time":
                raise SystemExit("/usr/bin/time -v is not available; use --runner wait4")
        self.mode = "time" if self.time_bin else "wait4"
        self.base_procs = 2 if self.time_bin else 1   # /usr/bin/time itself, then the command

    @staticmethod
    def _time_works(tb: str) -> bool:
        with tempfile.NamedTemporaryFile("r", suffix=".time") as f:
            try:
                subprocess.run([tb, "-v", "-o", f.name, "true"], check=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            except (OSError, subprocess.CalledProcessError):
                return False
            return "Maximum resident set size" in Path(f.name).read_text()

    def run(self, label: str, cmd: list[str], cwd: Path | str, env: dict[str, str]) -> Run:
        self.counter += 1
        stem = f"{self.counter:03d}-" + re.sub(r"[^A-Za-z0-9_.-]+", "_", label)[:80]
        out_path = self.logdir / f"{stem}.out"
        err_path = self.logdir / f"{stem}.err"
        time_path = self.logdir / f"{stem}.time"
        full = [self.time_bin, "-v", "-o", str(time_path), *cmd] if self.time_bin else cmd
        with open(out_path, "wb") as out, open(err_path, "wb") as err:
            busy0, self0 = busy_seconds(), own_cpu()
            t0 = time.perf_counter()
            proc = subprocess.Popen(full, cwd=str(cwd), env=env, stdout=out, stderr=err,
                                    stdin=subprocess.DEVNULL)
            sampler = TreeSampler(proc.pid, self.interval) if self.interval > 0 else None
            if sampler:
                sampler.start()
            _, status, usage = os.wait4(proc.pid, 0)
            wall = time.perf_counter() - t0
            if sampler:
                sampler.stop.set()
                sampler.join()
            busy1, self1 = busy_seconds(), own_cpu()
            proc.returncode = os.waitstatus_to_exitcode(status)
        rc = proc.returncode
        rss_kb = float(usage.ru_maxrss)
        if self.time_bin:
            text = time_path.read_text(errors="replace")
            m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
            if m:
                rss_kb = float(m.group(1))
            m = re.search(r"Exit status: (-?\d+)", text)
            if m:
                rc = int(m.group(1))
            m = re.search(r"terminated by signal (\d+)", text)
            if m:
                rc = -int(m.group(1))
        run = Run(label, cmd, str(cwd), wall, rss_kb / 1024.0, rc, out_path, err_path,
                  cpu=usage.ru_utime + usage.ru_stime)
        if sampler:
            run.tree_mb = sampler.peak_kb / 1024.0
            run.procs = sampler.procs
        if busy0 is not None and busy1 is not None and wall > 0:
            run.others = max(0.0, (busy1 - busy0) - run.cpu - (self1 - self0)) / wall
        return run


def tail(path: Path, n: int = 15) -> str:
    try:
        lines = path.read_text(errors="replace").splitlines()
    except OSError:
        return ""
    return "\n".join("    " + line for line in lines[-n:])


# --------------------------------------------------------------------------- machine

def machine_info(tools: str) -> dict[str, str]:
    info: dict[str, str] = {}
    try:
        info["nproc"] = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
    except OSError:
        info["nproc"] = str(len(os.sched_getaffinity(0)))
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor() or "unknown"
    info["cpu"] = cpu
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                kb = int(line.split()[1])
                info["memory"] = f"{kb / 1024 / 1024:.1f} GiB"
    except OSError:
        info["memory"] = "unknown"
    tools_python = Path(tools).with_name("python")
    if tools_python.exists():
        r = subprocess.run([str(tools_python), "--version"], capture_output=True, text=True)
        info["python"] = (r.stdout or r.stderr).strip().replace("Python ", "")
    else:
        info["python"] = platform.python_version()
    info["os"] = f"{platform.system()} {platform.release()}"
    r = subprocess.run([tools, "--version"], capture_output=True, text=True)
    info["tools"] = (r.stdout or r.stderr).strip()
    try:
        head = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--", "tools"],
                               capture_output=True, text=True).stdout.strip()
        if head:
            info["commit"] = head + (" (tools/ modified in the work tree)" if dirty else "")
    except OSError:
        pass
    return info


def load_text(when: str) -> str:
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "unknown"
    text = f"{one:.2f} / {five:.2f} / {fifteen:.2f} (1 / 5 / 15 min) {when}"
    if one > 0.5:
        text += ": OTHER WORK IS RUNNING, the figures are inflated"
    return text


# --------------------------------------------------------------------------- trees

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


def as_repository(path: Path) -> None:
    """A records tree is a git repository: the toolkit keeps its cache only inside one."""
    if not (path / ".git").exists():
        subprocess.run(["git", "init", "-q", str(path)], check=True)


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
            as_repository(path)
            tree.minutes, tree.files = scan(path)
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
    as_repository(path)
    tree.minutes, tree.files = scan(path)
    stamp.write_text(json.dumps({**params, "minutes": len(tree.minutes), "files": tree.files,
                                 "built": dt.datetime.now().isoformat(timespec="seconds")}))
    log(f"[{name}]   built in {tree.build_s:.1f} s")
    return tree


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


# --------------------------------------------------------------------------- peer

def inline_refs(minutes: dict, common: dict) -> dict:
    """Bundle minutes.schema.json: replace {"$ref": "common.schema.json#/$defs/X"} (and, inside
    common, {"$ref": "#/$defs/X"}) with the target, so check-jsonschema needs one file."""
    defs = common.get("$defs", {})

    def target(ref: str, in_common: bool) -> dict:
        if ref.startswith("common.schema.json#/$defs/"):
            key = ref[len("common.schema.json#/$defs/"):]
        elif in_common and ref.startswith("#/$defs/"):
            key = ref[len("#/$defs/"):]
        else:
            raise ValueError(f"cannot inline $ref {ref!r}")
        if key not in defs:
            raise ValueError(f"$ref {ref!r}: no such definition in common.schema.json")
        return defs[key]

    def walk(node, in_common: bool, depth: int = 0):
        if depth > 50:
            raise ValueError("$ref cycle")
        if isinstance(node, dict):
            if "$ref" in node and isinstance(node["$ref"], str):
                ref = node["$ref"]
                resolved = walk(copy.deepcopy(target(ref, in_common)), True, depth + 1)
                rest = {k: walk(v, in_common, depth) for k, v in node.items() if k != "$ref"}
                if not rest:
                    return resolved
                merged = dict(resolved)
                merged.update(rest)       # the referrer's own keywords win (titles, minItems)
                return merged
            return {k: walk(v, in_common, depth) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v, in_common, depth) for v in node]
        return node

    bundled = walk(copy.deepcopy(minutes), False)
    if "$ref" in json.dumps(bundled):
        raise ValueError("a $ref is left in the bundled schema")
    return bundled


def bundle_schema(work: Path) -> Path:
    minutes = json.loads((REPO / "schemas" / "minutes.schema.json").read_text(encoding="utf-8"))
    common = json.loads((REPO / "schemas" / "common.schema.json").read_text(encoding="utf-8"))
    out = work / "minutes.bundled.schema.json"
    out.write_text(json.dumps(inline_refs(minutes, common), ensure_ascii=False, indent=1),
                   encoding="utf-8")
    return out


def ensure_peer(work: Path) -> Path:
    venv = work / "peer-venv"
    exe = venv / "bin" / "check-jsonschema"
    if exe.exists():
        return exe
    log(f"installing check-jsonschema into {venv}")
    base = shutil.which("python3") or sys.executable
    pip_log = work / "peer-venv-install.log"
    with open(pip_log, "w") as out:
        for cmd in ([base, "-m", "venv", str(venv)],
                    [str(venv / "bin" / "python"), "-m", "pip", "install",
                     "--disable-pip-version-check", "check-jsonschema"]):
            if subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT).returncode != 0:
                shutil.rmtree(venv, ignore_errors=True)
                raise SystemExit(f"installing check-jsonschema failed: {' '.join(cmd)}\n"
                                 + tail(pip_log, 20))
    return exe


def peer_version(exe: Path) -> str:
    r = subprocess.run([str(exe), "--version"], capture_output=True, text=True)
    return (r.stdout or r.stderr).strip()


FM_RE = re.compile(r"^---[ \t]*$")


def front_matter(text: str) -> str | None:
    """The text between the first two `---` lines, or None."""
    lines = text.splitlines(keepends=True)
    if not lines or not FM_RE.match(lines[0].lstrip("\ufeff").rstrip("\r\n")):
        return None
    for i in range(1, len(lines)):
        if FM_RE.match(lines[i].rstrip("\r\n")):
            return "".join(lines[1:i])
    return None


def build_mirror(tree: Tree) -> tuple[Path, list[str]]:
    """Front matter of each minutes file as a .yaml file in a mirror folder beside the tree
    (made once, reused while the stamp matches)."""
    mirror = tree.path.with_name(tree.path.name + ".frontmatter")
    stamp = mirror / ".bench-mirror.json"
    if stamp.exists():
        try:
            saved = json.loads(stamp.read_text())
        except ValueError:
            saved = {}
        if saved.get("minutes") == len(tree.minutes) and saved.get("files"):
            return mirror, saved["files"]
    if mirror.exists():
        shutil.rmtree(mirror)
    files: list[str] = []
    skipped = 0
    for rel in tree.minutes:
        text = (tree.path / rel).read_text(encoding="utf-8", errors="replace")
        fm = front_matter(text)
        if fm is None:
            skipped += 1
            continue
        out_rel = rel.with_suffix(".yaml")
        out = mirror / out_rel
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(fm, encoding="utf-8")
        files.append(str(out_rel))
    if skipped:
        log(f"[{tree.name}]   {skipped} minutes files have no front matter; left out of the peer")
    stamp.write_text(json.dumps({"minutes": len(tree.minutes), "files": files}))
    return mirror, files


# --------------------------------------------------------------------------- measurements

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
STARTUP = "startup: tools --version"
COLD_NOCACHE = "validate, cold (TOOLS_NO_CACHE=1)"
COLD = "validate, cold (cache removed)"
REPEATED = "validate, repeated (nothing changed)"
ONE_FILE = "validate one changed minutes file (after the full runs)"
ONE_FILE_NOCACHE = "validate one changed minutes file (TOOLS_NO_CACHE=1)"
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

    # -- helpers

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

    # -- the measurements of one size

    def startup(self, tree: Tree) -> None:
        """Warm up (byte-compile the modules, load the disk cache), then time the bare start of
        the CLI: the floor under every figure, the one-changed-file one above all."""
        one = str(self.pick_file(tree))
        self.run(tree, "warmup-version", [self.tools, "--version"], ours=False)
        self.run(tree, "warmup-validate-one", [self.tools, "validate", "--today", TODAY, one],
                 ours=False)
        runs = [self.run(tree, f"startup-version#{i + 1}", [self.tools, "--version"])
                for i in range(max(self.args.single_repeat, 1))]
        self.add(Row("all", STARTUP, statistics.median(r.wall for r in runs),
                     max(r.rss_mb for r in runs), note="the CLI's start: Python, imports"
                     + (f"; median of {len(runs)}" if len(runs) > 1 else "")), *runs)

    def measure(self, tree: Tree, first_size: bool) -> None:
        a = self.args
        t = tree.name
        n = len(tree.minutes)
        validate = [self.tools, "validate", "--today", TODAY]
        log(f"[{t}] {n:,} minutes files, {tree.files:,} files in records/ ({tree.path})")
        prewarm([tree.path / "records"])
        if first_size:
            self.startup(tree)

        # a. the peer: check-jsonschema on the front matter, in batches, times summed
        peer_wall = None
        if not a.skip_peer and (first_size or a.peer_large):
            mirror, files = build_mirror(tree)
            prewarm([mirror])
            exe = ensure_peer(self.work)
            schema = self.work / "minutes.bundled.schema.json"
            self.run(tree, "warmup-check-jsonschema", [str(exe), "--schemafile", str(schema),
                                                       files[0]], cwd=mirror, ours=False)
            peer_wall, peer_rss, failed, batches, runs = 0.0, 0.0, 0, 0, []
            for i in range(0, len(files), a.peer_batch):
                chunk = files[i:i + a.peer_batch]
                batches += 1
                r = self.run(tree, f"check-jsonschema-batch{batches}",
                             [str(exe), "--schemafile", str(schema), *chunk],
                             cwd=mirror, ours=False)
                runs.append(r)
                peer_wall += r.wall
                peer_rss = max(peer_rss, r.rss_mb)
                if r.rc != 0:
                    failed += 1
            note = f"{len(files):,} files in {batches} runs of ≤{a.peer_batch}"
            if failed:
                note += f"; {failed} runs reported invalid files (see logs)"
                self.problems.append(f"{t}: check-jsonschema reported problems in {failed} of"
                                     f" {batches} batches (logs in {self.runner.logdir})")
            self.add(Row(t, PEER, peer_wall, peer_rss, ours=False, note=note,
                         cpu=sum(r.cpu for r in runs)), *runs)

        def vs_peer(wall: float) -> tuple[str, str, bool | None]:
            if peer_wall is None:
                return "", "", None
            ratio = wall / peer_wall
            if first_size:
                return f"{ratio:.2f}× peer", "≤ 0.33× peer", ratio <= COLD_VS_PEER
            return f"{ratio:.2f}× peer", "", None

        # a. cold full validation: TOOLS_NO_CACHE=1 (and no cache), then the cache removed
        self.clear_cache(tree)
        r = self.run(tree, "validate-cold-TOOLS_NO_CACHE", validate,
                     env_extra={"TOOLS_NO_CACHE": "1"}, expect_checked=tree.files)
        ratio, target, ok = vs_peer(r.wall)
        note = self.last_line(r)
        if (tree.path / CACHE_DIR).exists():
            note += f"; {CACHE_DIR}/ was written despite TOOLS_NO_CACHE=1"
            self.problems.append(f"{t}: validate with TOOLS_NO_CACHE=1 wrote {CACHE_DIR}/")
        self.add(Row(t, COLD_NOCACHE, r.wall, r.rss_mb, ratio, target, ok, note=note, rc=r.rc), r)
        nocache_run = r

        self.clear_cache(tree)
        cold = self.run(tree, "validate-cold", validate, expect_checked=tree.files)
        ratio, target, ok = vs_peer(cold.wall)
        note = ""
        if not self.same_output(cold, nocache_run):
            note = "OUTPUT DIFFERS from the TOOLS_NO_CACHE=1 run"
            self.problems.append(f"{t}: validate output differs between the cache removed and"
                                 f" TOOLS_NO_CACHE=1 ({cold.stdout} vs {nocache_run.stdout})")
        self.add(Row(t, COLD, cold.wall, cold.rss_mb, ratio, target, ok, note=note, rc=cold.rc),
                 cold)

        # b. repeated full validation, nothing changed (the cold run above was the first)
        self.repeated(tree, "validate", validate, cold, REPEATED, REPEATED_VALIDATE_S,
                      first_size, expect_checked=tree.files)

        # c. one changed minutes file, as pre-commit passes it (path relative to the root)
        self.one_changed(tree, first_size)

        # d. summarize the whole tree, cold and repeated
        summarize = [self.tools, "summarize", f"records/{a.unit}", "--year", str(tree.last_year)]
        self.clear_cache(tree)
        scold = self.run(tree, "summarize-cold", summarize)
        self.add(Row(t, SUMMARIZE_COLD, scold.wall, scold.rss_mb, rc=scold.rc,
                     note=f"records/{a.unit} --year {tree.last_year}"), scold)
        self.repeated(tree, "summarize", summarize, scold, SUMMARIZE_REPEATED,
                      REPEATED_SUMMARIZE_S, first_size)

    def repeated(self, tree: Tree, name: str, command: list[str], cold, row: str, limit: float,
                 first_size: bool, **expect) -> None:
        """A command run again with nothing changed, against its cold run (the target applies
        at the large size only)."""
        a, t = self.args, tree.name
        wall, rss, runs = self.repeat(tree, f"{name}-repeated", command, a.repeat, **expect)
        same = all(self.same_output(cold, x) for x in runs)
        if not same:
            self.problems.append(f"{t}: repeated {name} output differs from the cold run")
        self.add(Row(t, row, wall, rss, f"{wall / cold.wall:.2f}× cold",
                     "" if first_size else f"≤ {limit:g} s",
                     None if first_size else wall <= limit,
                     note=("" if same else "OUTPUT DIFFERS from the cold run; ")
                     + (f"median of {a.repeat}" if a.repeat > 1 else ""), rc=runs[-1].rc), *runs)

    def pick_file(self, tree: Tree) -> Path:
        """The last minutes file (of the last year) of the first cell, in path order."""
        first_cell = tree.minutes[0].parent.parent.parent
        mine = [p for p in tree.minutes if p.parent.parent.parent == first_cell
                and p.parent.name == str(tree.last_year)]
        return (mine or [p for p in tree.minutes if p.parent.parent.parent == first_cell])[-1]

    def one_changed(self, tree: Tree, first_size: bool) -> None:
        """Append a line to one minutes file's body, time `tools validate <file>` (after the full
        runs, so whatever cache they left is there; and with TOOLS_NO_CACHE=1), restore it."""
        a = self.args
        t = tree.name
        rel = self.pick_file(tree)
        path = tree.path / rel
        original = path.read_bytes()
        st = os.stat(path)
        cmd = [self.tools, "validate", "--today", TODAY, str(rel)]
        results: dict[str, tuple[float, float, list[Run]]] = {}
        try:
            for variant, extra in (("warm", None), ("nocache", {"TOOLS_NO_CACHE": "1"})):
                runs = []
                for i in range(a.single_repeat):
                    stamp = dt.datetime.now().isoformat(timespec="microseconds")
                    line = f"\nGhi chú thêm (bench {variant} {i + 1}, {stamp}).\n"
                    path.write_bytes(original + line.encode())
                    runs.append(self.run(tree, f"validate-one-file-{variant}#{i + 1}", cmd,
                                         env_extra=extra))
                results[variant] = (statistics.median(r.wall for r in runs),
                                    max(r.rss_mb for r in runs), runs)
        finally:
            path.write_bytes(original)
            os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
        med = f"; median of {a.single_repeat}" if a.single_repeat > 1 else ""

        wall, rss, runs = results["warm"]
        ratio, target, ok = "", f"≤ {ONE_FILE_S:g} s", wall <= ONE_FILE_S
        small = self.one_file.get("small")
        if not first_size and small is not None:
            q = wall / small.wall
            ratio = f"{q:.2f}× small"
            target = f"≤ {ONE_FILE_S:g} s, ≈1× small (≤ {ONE_FILE_RATIO:g}×)"
            ok = ok and q <= ONE_FILE_RATIO
        self.one_file[t] = self.add(Row(t, ONE_FILE, wall, rss, ratio, target, ok,
                                        note=f"{rel}: {self.last_line(runs[-1])}{med}",
                                        rc=runs[-1].rc), *runs)

        wall, rss, runs = results["nocache"]
        small = self.one_file.get("small-nocache")
        ratio = f"{wall / small.wall:.2f}× small" if (not first_size and small) else ""
        self.one_file[f"{t}-nocache"] = self.add(
            Row(t, ONE_FILE_NOCACHE, wall, rss, ratio, note=med.lstrip("; "), rc=runs[-1].rc),
            *runs)

    # -- output

    def targets(self, trees: list[Tree]) -> list[tuple[str, str, bool | None]]:
        out: list[tuple[str, str, bool | None]] = []
        by = {(r.size, r.what): r for r in self.rows}
        small = trees[0].name if trees else "small"
        large = trees[1].name if len(trees) > 1 else None

        def with_broken(fig: str, ok: bool | None, *rows: Row | None) -> tuple[str, bool | None]:
            why = [r.broken for r in rows if r is not None and r.broken]
            return (fig + f" (BROKEN run: {'; '.join(why)})", False) if why else (fig, ok)

        peer = by.get((small, PEER))
        for what in (COLD, COLD_NOCACHE):
            r = by.get((small, what))
            if r is None:
                continue
            variant = what.split("(")[1][:-1]
            name = f"cold validation of {small} ({variant}) ≤ 1/3 of check-jsonschema"
            if peer is not None:
                out.append((name, *with_broken(
                    f"{fmt_s(r.wall)} s vs {fmt_s(peer.wall)} s = {r.wall / peer.wall:.2f}×",
                    r.wall <= COLD_VS_PEER * peer.wall, r, peer)))
            else:
                out.append((name, f"{fmt_s(r.wall)} s; peer skipped", None))
        if large:
            r = by[(large, REPEATED)]
            out.append((f"repeated full validation of {large} ≤ {REPEATED_VALIDATE_S:g} s",
                        *with_broken(f"{fmt_s(r.wall)} s", r.wall <= REPEATED_VALIDATE_S, r)))
        else:
            out.append((f"repeated full validation of the large size ≤ {REPEATED_VALIDATE_S:g} s",
                        "large size skipped", None))
        s = self.one_file.get(small)
        lg = self.one_file.get(large) if large else None
        if s is not None and lg is not None:
            q = lg.wall / s.wall
            out.append((f"one changed file ≤ {ONE_FILE_S:g} s at {large} as at {small}"
                        f" (large ÷ small ≤ {ONE_FILE_RATIO:g})",
                        *with_broken(f"{fmt_s(s.wall)} s → {fmt_s(lg.wall)} s ({q:.2f}×)",
                                     s.wall <= ONE_FILE_S and lg.wall <= ONE_FILE_S
                                     and q <= ONE_FILE_RATIO, s, lg)))
        elif s is not None:
            out.append((f"one changed file ≤ {ONE_FILE_S:g} s (large size skipped)",
                        *with_broken(f"{fmt_s(s.wall)} s at {small}", s.wall <= ONE_FILE_S, s)))
        if large:
            r = by[(large, SUMMARIZE_REPEATED)]
            out.append((f"repeated summarize of {large} ≤ {REPEATED_SUMMARIZE_S:g} s",
                        *with_broken(f"{fmt_s(r.wall)} s", r.wall <= REPEATED_SUMMARIZE_S, r)))
        else:
            out.append((f"repeated summarize of the large size ≤ {REPEATED_SUMMARIZE_S:g} s",
                        "large size skipped", None))
        if self.all_runs:
            label, worst = max(self.all_runs, key=lambda x: max(x[1].rss_mb, x[1].tree_mb))
            broken = [lb for lb, r in self.all_runs if r.broken]
            peak = max(worst.rss_mb, worst.tree_mb)
            fig = (f"max {fmt_mb(peak)} MB ({label}; largest process {fmt_mb(worst.rss_mb)} MB,"
                   f" process tree {fmt_mb(worst.tree_mb)} MB)")
            ok = peak <= MEM_LIMIT_MB
            if broken:
                fig, ok = fig + f" (BROKEN runs: {', '.join(broken[:3])})", False
            out.append((f"peak memory ≤ {MEM_LIMIT_MB:g} MB (every tools run)", fig, ok))
        return out

    def table(self, trees: list[Tree]) -> tuple[list[str], list[list[str]]]:
        sizes = {tr.name: f"{tr.name} ({len(tr.minutes):,})" for tr in trees}
        sizes["all"] = "—"
        head = ["size (minutes)", "measurement", "wall s", "cpu s", "peak MB", "tree MB", "ratio",
                "target", "result", f"≤{MEM_LIMIT_MB:g} MB", "notes"]
        rows = []
        for r in self.rows:
            mem = verdict(r.mem <= MEM_LIMIT_MB, r.broken) if (r.ours and r.rss is not None) else ""
            notes = [f"BROKEN: {r.broken}"] if r.broken else []
            if r.others >= OTHERS_WARN:
                notes.append(f"other work used {r.others:.1f} CPUs meanwhile")
            if r.procs > self.runner.base_procs:
                notes.append(f"up to {r.procs - self.runner.base_procs + 1} processes")
            if r.rc not in (None, 0):
                notes.append(f"exit {r.rc}")
            if r.note:
                notes.append(r.note)
            rows.append([sizes.get(r.size, r.size), r.what, fmt_s(r.wall), fmt_s(r.cpu),
                         fmt_mb(r.rss),
                         fmt_mb(r.tree_mb) if self.runner.interval > 0 else "—", r.ratio,
                         r.target, verdict(r.ok, r.broken), mem, "; ".join(notes)])
        return head, rows

    def report(self, info: dict[str, str], trees: list[Tree], markdown: bool) -> str:
        head, rows = self.table(trees)
        targets = self.targets(trees)
        out: list[str] = []
        tree_lines = []
        for tr in trees:
            built = f"built in {tr.build_s:.1f} s" if tr.build_s is not None else "reused"
            tree_lines.append(f"{tr.name}: `tools demo kbang DIR --cells {tr.cells}"
                              f" --years {tr.years}"
                              f" --year {tr.last_year}`: {len(tr.minutes):,} minutes files,"
                              f" {tr.files:,} files in records/ ({built})")
        when = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
        if markdown:
            out.append(f"Run on {when}:\n")
            for k in (*MACHINE_KEYS, "peer", "runner"):
                if k in info:
                    out.append(f"- {k}: {info[k]}")
            for line in tree_lines:
                out.append(f"- {line}")
            out.append("")
            out.append("| " + " | ".join(head) + " |")
            numeric = ("wall s", "cpu s", "peak MB", "tree MB")
            out.append("|" + "|".join("---:" if h in numeric else "---" for h in head) + "|")
            for row in rows:
                out.append("| " + " | ".join(c.replace("|", "\\|") for c in row) + " |")
            out.append("")
            out.append("| target | figure | result |")
            out.append("|---|---|---|")
            for what, fig, ok in targets:
                out.append(f"| {what} | {fig} | {verdict(ok) or 'n/a'} |")
            if self.problems:
                out.append("")
                out.append("Problems seen:")
                for p in self.problems:
                    out.append(f"- {p.splitlines()[0]}")
        else:
            out.append(f"Results ({when})")
            for line in tree_lines:
                out.append(f"  {line.replace('`', '')}")
            out.append("")
            body = [r[:-1] for r in rows]
            hd = head[:-1]
            widths = [max(len(x) for x in col) for col in zip(hd, *body, strict=True)]
            right = {2, 3, 4, 5}

            def line(cells: list[str]) -> str:
                pairs = enumerate(zip(cells, widths, strict=True))
                return "  ".join(c.rjust(w) if i in right else c.ljust(w)
                                 for i, (c, w) in pairs).rstrip()

            out.append(line(hd))
            out.append("  ".join("-" * w for w in widths))
            for r in body:
                out.append(line(r))
            notes = [(r[0], r[1], r[-1]) for r in rows if r[-1]]
            if notes:
                out.append("")
                out.append("Notes:")
                for size, what, note in notes:
                    out.append(f"  {size}, {what}: {note}")
            out.append("")
            out.append("Targets:")
            for what, fig, ok in targets:
                out.append(f"  [{verdict(ok) or 'n/a':4}] {what}: {fig}")
            if self.problems:
                out.append("")
                out.append("Problems seen:")
                for p in self.problems:
                    out.append("  " + p.replace("\n", "\n  "))
        return "\n".join(out)


# --------------------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    add = ap.add_argument
    add("--small-cells", type=int, default=640,
        help="cells of the small tree (default 640: about 10,000 minutes)")
    add("--small-years", type=int, default=1, help="years of the small tree (default 1)")
    add("--large-cells", type=int, default=2100, help="cells of the large tree (default 2100)")
    add("--large-years", type=int, default=3,
        help="years of the large tree (default 3: about 100,000 minutes)")
    add("--skip-large", action="store_true", help="measure the small tree only")
    add("--year", type=int, default=2024,
        help="the demo's last year of minutes, and summarize's --year (default 2024)")
    add("--work", type=Path, default=Path("/tmp/tools-bench"),
        help="work folder: trees, front matter mirrors, peer venv, logs (default /tmp/tools-bench)")
    add("--rebuild", action="store_true",
        help="rebuild the trees even if built with the same parameters")
    add("--repeat", type=int, default=1,
        help="timed repeated runs of validate and summarize (median; default 1)")
    add("--single-repeat", type=int, default=3,
        help="timed runs of the one-changed-file validation (median; default 3)")
    add("--peer-batch", type=int, default=2000,
        help="files per check-jsonschema run (default 2000)")
    add("--skip-peer", action="store_true", help="do not run check-jsonschema")
    add("--peer-large", action="store_true",
        help="run check-jsonschema on the large tree too (its target is at the small size;"
             " about 10 ms a file here, so about 17 minutes at 100k)")
    add("--unit", default="huyen-kbang",
        help="the unit summarized, under records/ (default huyen-kbang)")
    add("--tools", default=str(REPO / ".venv" / "bin" / "tools"),
        help="the tools executable (default .venv/bin/tools of this repository)")
    add("--runner", choices=("auto", "time", "wait4"), default="auto",
        help="how peak RSS is measured: /usr/bin/time -v or os.wait4"
             " (default auto: /usr/bin/time if it works)")
    add("--sample-interval", type=float, default=0.05,
        help="seconds between samples of the process tree's memory (0: off; default 0.05)")
    add("--markdown", action="store_true",
        help="print the results as Markdown (for bench/README.md)")
    args = ap.parse_args(argv)

    if not Path(args.tools).exists():
        found = shutil.which("tools")
        if not found:
            ap.error(f"no tools executable at {args.tools}; install the toolkit (./dev)"
                     " or pass --tools")
        args.tools = found
    probe = subprocess.run([args.tools, "--version"], capture_output=True, text=True)
    if probe.returncode != 0:
        raise SystemExit(f"`{args.tools} --version` fails (exit {probe.returncode}); is tools/"
                         f" in the middle of a change?\n{probe.stderr.strip()[-2000:]}")
    args.work = args.work.resolve()
    args.work.mkdir(parents=True, exist_ok=True)

    bench = Bench(args)
    info = machine_info(args.tools)
    info["load"] = load_text("at start")
    info["runner"] = (("/usr/bin/time -v" if bench.runner.mode == "time" else "os.wait4")
                      + " for peak MB (largest process); tree MB = summed PSS of the process tree,"
                      f" sampled every {args.sample_interval:g} s; wall = perf_counter around the"
                      f" child; logs in {bench.runner.logdir}")
    machine = "Machine:\n" + "\n".join(f"  {k}: {info[k]}" for k in MACHINE_KEYS if k in info)
    log(machine)
    if not args.markdown:
        print(machine, flush=True)

    if not args.skip_peer:
        bundle_schema(args.work)
        exe = ensure_peer(args.work)
        info["peer"] = f"{peer_version(exe)} ({exe})"
        log(f"  peer: {info['peer']}")

    env = dict(bench.env)
    sizes = [("small", args.small_cells, args.small_years)]
    if not args.skip_large:
        sizes.append(("large", args.large_cells, args.large_years))
    trees: list[Tree] = []
    for name, cells, years in sizes:
        trees.append(build_tree(args.tools, args.work, name, cells, years, args.year,
                                args.rebuild, env))
    for tr in trees:
        msg = (f"{tr.name}: {len(tr.minutes):,} minutes files ({tr.files:,} files in records/)"
               f" in {tr.path}")
        log(msg)
        if not args.markdown:
            print(msg, flush=True)
    for i, tr in enumerate(trees):
        if not tr.minutes:
            raise SystemExit(f"{tr.path}: no minutes files")
        bench.measure(tr, first_size=(i == 0))

    report = bench.report(info, trees, args.markdown)
    print(report, flush=True)
    results = {
        "machine": info,
        "trees": [{"name": t.name, "cells": t.cells, "years": t.years, "year": t.last_year,
                   "minutes": len(t.minutes), "files": t.files, "path": str(t.path),
                   "build_s": t.build_s} for t in trees],
        "rows": [r.__dict__ for r in bench.rows],
        "targets": [{"target": w, "figure": f, "ok": ok} for w, f, ok in bench.targets(trees)],
        "problems": bench.problems,
    }
    out = args.work / "results.json"
    out.write_text(json.dumps(results, ensure_ascii=False, indent=1))
    log(f"results saved in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
