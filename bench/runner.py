"""Running one child process and measuring it: wall and CPU seconds, the peak memory of the
largest process (`/usr/bin/time -v`, else `os.wait4`) and of the whole process tree (sampled),
and how busy the rest of the machine was meanwhile."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path


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
            rss_kb, rc = _time_file(time_path, rss_kb, rc)
        run = Run(label, cmd, str(cwd), wall, rss_kb / 1024.0, rc, out_path, err_path,
                  cpu=usage.ru_utime + usage.ru_stime)
        if sampler:
            run.tree_mb = sampler.peak_kb / 1024.0
            run.procs = sampler.procs
        if busy0 is not None and busy1 is not None and wall > 0:
            run.others = max(0.0, (busy1 - busy0) - run.cpu - (self1 - self0)) / wall
        return run


def _time_file(path: Path, rss_kb: float, rc: int) -> tuple[float, int]:
    """Peak RSS and exit status as `/usr/bin/time -v` wrote them (a signal as its negative)."""
    text = path.read_text(errors="replace")
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    if m:
        rss_kb = float(m.group(1))
    m = re.search(r"Exit status: (-?\d+)", text)
    if m:
        rc = int(m.group(1))
    m = re.search(r"terminated by signal (\d+)", text)
    if m:
        rc = -int(m.group(1))
    return rss_kb, rc


def tail(path: Path, n: int = 15) -> str:
    try:
        lines = path.read_text(errors="replace").splitlines()
    except OSError:
        return ""
    return "\n".join("    " + line for line in lines[-n:])
