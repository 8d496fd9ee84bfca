"""What every part of the benchmark shares: where things are, the date it pins, the speed
targets, and the log on stderr."""
from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TODAY = "2026-11-27"
CACHE_DIR = ".git/tools-cache"  # the toolkit's cache folder: only inside a git repository
MEM_LIMIT_MB = 500.0
OTHERS_WARN = 0.25            # CPUs used by other processes during a run: note it
MACHINE_KEYS = ("nproc", "cpu", "memory", "python", "os", "tools", "commit", "load")

# targets (issue 13)
STARTUP_S = 0.08              # tools --version
COLD_VS_FLOOR = 2.0           # cold validation at 10k <= 2x the floor (bench/floor.py)
REPEATED_VALIDATE_S = 1.0     # repeated full validation at 100k
ONE_FILE_S = 0.15             # one staged file (validate --staged), at 10k and at 100k
COLD_SUMMARIZE_S = 40.0       # cold summarize at 100k
REPEATED_SUMMARIZE_S = 1.0    # repeated summarize at 100k


def log(*args: object) -> None:
    print(*args, file=sys.stderr, flush=True)
