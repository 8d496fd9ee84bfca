"""Hostile inputs: every file gets a clear coded problem, never a traceback or a hang, and no
file on disk changes. Each folder under tests/hostile/ is a records tree (or a generator in
tests/hostile/generate.py writes one) and case.yaml lists the expected [code, path] pairs."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from ruamel.yaml import YAML

HOSTILE = Path(__file__).resolve().parent / "hostile"
PROJECT = Path(__file__).resolve().parent.parent
CASES = sorted(p for p in HOSTILE.iterdir() if (p / "case.yaml").is_file())
HANG = 30  # seconds: a run this long is a hang, whatever the machine


def _generators():
    spec = importlib.util.spec_from_file_location("hostile_generate", HOSTILE / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _snapshot(root: Path) -> dict[str, str]:
    found = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.is_symlink():
            found[rel] = "link:" + os.readlink(path)
        elif path.is_file():
            found[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def _prepare(case: Path, tmp_path: Path) -> tuple[Path, dict]:
    spec = YAML(typ="safe").load((case / "case.yaml").read_text(encoding="utf-8"))
    root = tmp_path / "repo"
    shutil.copytree(case, root, symlinks=True, ignore=shutil.ignore_patterns("case.yaml"))
    if spec.get("generate"):
        getattr(_generators(), spec["generate"])(root)
    return root, spec


@pytest.mark.parametrize("case", CASES, ids=[p.name for p in CASES])
def test_hostile_input(case: Path, tmp_path: Path) -> None:
    root, spec = _prepare(case, tmp_path)
    before = _snapshot(tmp_path)
    command = [sys.executable, "-m", "tools", "validate", "--format", "json", "--no-cache",
               "--today", str(spec.get("today", "2026-11-27")), *spec.get("args", [])]
    env = {**os.environ, "PYTHONPATH": str(PROJECT)}
    started = time.monotonic()
    done = subprocess.run(command, cwd=root, env=env, capture_output=True, timeout=HANG)
    elapsed = time.monotonic() - started
    stderr = done.stderr.decode("utf-8", errors="replace")
    assert "Traceback" not in stderr and "internal error" not in stderr, stderr
    assert done.returncode in (0, 1), stderr
    report = json.loads(done.stdout)
    found = sorted({(p["code"], p["path"]) for p in report["problems"]})
    expected = sorted({(code, path) for code, path in spec["expected"]})
    assert found == expected
    assert all(p["message"] and p["fix"] for p in report["problems"])
    assert _snapshot(tmp_path) == before
    print(f"{case.name}: {elapsed:.2f} s")


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 60
