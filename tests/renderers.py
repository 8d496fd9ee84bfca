"""What the paper tests need from the machine: LibreOffice, poppler and Chromium (Debian's
packages, installed by .ci/run and ./dev), and python-docx and openpyxl (the `papers` extra).
Under CI a missing one fails the test; elsewhere it is skipped only when truly absent."""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
from pathlib import Path
from types import ModuleType

import pytest


def _missing(what: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{what} is required in CI (.ci/run installs it)")
    pytest.skip(f"{what} is not installed")


def need(program: str) -> str:
    found = shutil.which(program)
    if found is None:
        _missing(program)
    return found


def need_module(name: str) -> ModuleType:
    try:
        return importlib.import_module(name)
    except ImportError:
        _missing(f"the Python module {name}")
        raise


def chromium(*args: str, profile: Path) -> subprocess.CompletedProcess:
    """Chromium's own headless mode: no network, no sync, a profile of its own, console
    messages on stderr."""
    program = need("chromium")
    return subprocess.run(
        [program, "--headless", "--no-sandbox", "--disable-gpu",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--no-first-run", f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
         "--hide-scrollbars", *args],
        capture_output=True, text=True, timeout=180, check=False, stdin=subprocess.DEVNULL)


def pages(pdf: Path, folder: Path, dpi: int = 50) -> list[tuple[int, int, bytes]]:
    """Each page as a grey picture: (width, height, one byte per pixel), via pdftoppm."""
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run([need("pdftoppm"), "-r", str(dpi), "-gray", str(pdf), str(folder / "page")],
                   check=True, capture_output=True)
    return [_pgm(path.read_bytes()) for path in sorted(folder.glob("page*.pgm"))]


def _pgm(raw: bytes) -> tuple[int, int, bytes]:
    fields, position = [], 0
    while len(fields) < 4:  # P5, width, height, maximum, separated by whitespace
        while raw[position:position + 1].isspace():
            position += 1
        start = position
        while not raw[position:position + 1].isspace():
            position += 1
        fields.append(raw[start:position])
    width, height = int(fields[1]), int(fields[2])
    pixels = raw[position + 1:position + 1 + width * height]
    return width, height, pixels


def ink(picture: tuple[int, int, bytes], left: int, top: int, right: int,
        bottom: int) -> int:
    """How many pixels in the box are not white."""
    width, _, pixels = picture
    return sum(1 for y in range(top, bottom) for x in range(left, right)
               if pixels[y * width + x] < 200)
