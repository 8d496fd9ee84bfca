"""The machine a benchmark ran on, and how busy it was: printed with every result."""
from __future__ import annotations

import os
import platform
import subprocess
from pathlib import Path

from settings import REPO


def machine_info(tools: str) -> dict[str, str]:
    info: dict[str, str] = {}
    try:
        info["nproc"] = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
    except OSError:
        info["nproc"] = str(len(os.sched_getaffinity(0)))
    info["cpu"] = _cpu()
    memory = _memory()
    if memory is not None:
        info["memory"] = memory
    info["python"] = _python(tools)
    info["os"] = f"{platform.system()} {platform.release()}"
    r = subprocess.run([tools, "--version"], capture_output=True, text=True)
    info["tools"] = (r.stdout or r.stderr).strip()
    commit = _commit()
    if commit:
        info["commit"] = commit
    return info


def _cpu() -> str:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor() or "unknown"
    return cpu


def _memory() -> str | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                kb = int(line.split()[1])
                return f"{kb / 1024 / 1024:.1f} GiB"
    except OSError:
        return "unknown"
    return None


def _python(tools: str) -> str:
    tools_python = Path(tools).with_name("python")
    if tools_python.exists():
        r = subprocess.run([str(tools_python), "--version"], capture_output=True, text=True)
        return (r.stdout or r.stderr).strip().replace("Python ", "")
    return platform.python_version()


def _commit() -> str | None:
    try:
        head = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--", "tools"],
                               capture_output=True, text=True).stdout.strip()
    except OSError:
        return None
    if head:
        return head + (" (tools/ modified in the work tree)" if dirty else "")
    return None


def load_text(when: str) -> str:
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "unknown"
    text = f"{one:.2f} / {five:.2f} / {fifteen:.2f} (1 / 5 / 15 min) {when}"
    if one > 0.5:
        text += ": OTHER WORK IS RUNNING, the figures are inflated"
    return text
