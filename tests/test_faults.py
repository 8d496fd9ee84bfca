"""Faults: a process killed in the middle of `tools fix` or of a cache write leaves every record
intact and the cache usable; a file that cannot be written gives a clear message."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from builders import MINUTES, write_tree
from tools.cli import main
from tools.workflow import fix as fix_module
from tools.workflow.demo.kbang import kbang
from tools.workflow.fix import fix_text

PROJECT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": str(PROJECT)}


def _dirty_tree(root: Path) -> dict[str, tuple[bytes, bytes]]:
    """A demo tree whose every minutes file has a BOM and CRLF: (before, after fixing)."""
    kbang(root, cells=30)
    expected = {}
    for path in sorted((root / "records").rglob("*.md")):
        clean = path.read_bytes()
        dirty = b"\xef\xbb\xbf" + clean.replace(b"\n", b"\r\n")
        path.write_bytes(dirty)
        rel = path.relative_to(root).as_posix()
        expected[rel] = (dirty, fix_text(dirty.decode("utf-8"), rel)[0].encode("utf-8"))
    return expected


@pytest.mark.parametrize("after", [1, 40, 200])
def test_killing_fix_leaves_every_record_whole(tmp_path: Path, after: int) -> None:
    expected = _dirty_tree(tmp_path)
    process = subprocess.Popen([sys.executable, "-m", "tools", "fix"], cwd=tmp_path, env=ENV,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while process.poll() is None and time.monotonic() < deadline:
        if _states(tmp_path, expected)["fixed"] >= after:
            process.send_signal(signal.SIGKILL)  # in the middle of writing the records
            break
        time.sleep(0.005)
    process.wait()
    states = _states(tmp_path, expected)
    assert states["torn"] == 0
    assert states["original"] > 0  # the kill did land mid-run
    rerun = subprocess.run([sys.executable, "-m", "tools", "fix"], cwd=tmp_path, env=ENV,
                           capture_output=True, text=True)
    assert rerun.returncode == 0
    assert _states(tmp_path, expected)["fixed"] == len(expected)
    # at most the file being written when killed remains: pointed out, not deleted
    leftovers = list((tmp_path / "records").rglob("*.tmp"))
    assert len(leftovers) <= 1
    assert all(p.relative_to(tmp_path).as_posix() in rerun.stderr for p in leftovers)


def children(pid: int) -> set[int]:
    """The processes whose parent is `pid` (Linux /proc; none found elsewhere)."""
    found = set()
    for entry in os.listdir("/proc") if os.path.isdir("/proc") else []:
        status = _stat(entry)
        if status is not None and int(status[1]) == pid:
            found.add(int(entry))
    return found


def _stat(pid: str) -> list[str] | None:
    """State and parent of a process, from /proc/PID/stat (None when it is gone)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8", errors="replace") as stream:
            return stream.read().rsplit(")", 1)[1].split()[:2]
    except (OSError, IndexError, ValueError):
        return None


def no_survivors(pids: set[int], patience: float = 10) -> bool:
    """Whether every process in `pids` ends (a zombie has ended) within `patience` seconds."""
    deadline = time.monotonic() + patience
    while time.monotonic() < deadline:
        if all((_stat(str(pid)) or ["Z"])[0] == "Z" for pid in pids):
            return True
        time.sleep(0.05)
    return False


def _states(root: Path, expected: dict[str, tuple[bytes, bytes]]) -> dict[str, int]:
    counts = {"original": 0, "fixed": 0, "torn": 0}
    for rel, (before, after) in expected.items():
        now = (root / rel).read_bytes()
        counts["original" if now == before else "fixed" if now == after else "torn"] += 1
    return counts


def test_killing_a_cold_validation_leaves_a_usable_cache(tmp_path: Path) -> None:
    kbang(tmp_path, cells=60)
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    command = [sys.executable, "-m", "tools", "validate", "--format", "json",
               "--today", "2026-11-27"]
    process = subprocess.Popen(command, cwd=tmp_path, env=ENV, stdout=subprocess.DEVNULL)
    time.sleep(1.5)
    workers = children(process.pid)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert no_survivors(workers)
    cached = subprocess.run(command, cwd=tmp_path, env=ENV, capture_output=True)
    plain = subprocess.run([*command, "--no-cache"], cwd=tmp_path, env=ENV,
                           capture_output=True)
    assert json.loads(cached.stdout) == json.loads(plain.stdout)


def test_a_file_that_cannot_be_written_is_reported(tmp_path: Path, monkeypatch) -> None:
    write_tree(tmp_path)
    path = tmp_path / MINUTES
    dirty = b"\xef\xbb\xbf" + path.read_bytes()
    path.write_bytes(dirty)

    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(fix_module.os, "replace", refuse)
    result = CliRunner().invoke(main, ["--root", str(tmp_path), "fix"])
    assert result.exit_code == 1
    assert "Không ghi được" in result.output and "Permission denied" in result.output
    assert "Traceback" not in result.output
    assert path.read_bytes() == dirty
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]


def test_validate_in_a_read_only_checkout(tmp_path: Path, monkeypatch) -> None:
    write_tree(tmp_path)
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    from tools.checking import cache as cache_module

    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Read-only file system")

    monkeypatch.setattr(cache_module.tempfile, "mkstemp", refuse)
    result = CliRunner().invoke(main, ["--root", str(tmp_path), "validate",
                                       "--today", "2026-11-27"])
    assert result.exit_code == 0, result.output
    assert "Không ghi được bộ nhớ đệm" in result.output and "Traceback" not in result.output
    assert not list((tmp_path / ".git").rglob("*.bin"))


