"""PDF through LibreOffice in headless mode: the DOCX converted as Word would print it."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

FONT = "Liberation Serif"  # metric-compatible with Times New Roman
TIMEOUT = 300


class Missing(Exception):
    """LibreOffice or the font is not installed: the code of the message that says so."""


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        raise Missing("no-soffice")
    if not font_present():
        raise Missing("no-font")
    return found


def font_present() -> bool:
    if shutil.which("fc-list"):
        listed = subprocess.run(["fc-list", f":family={FONT}", "family"], capture_output=True,
                                text=True, check=False)
        return FONT in listed.stdout
    folders = ("/usr/share/fonts", "/usr/local/share/fonts", os.path.expanduser("~/.fonts"))
    return any(name.startswith("LiberationSerif") for folder in folders
               for _, _, names in os.walk(folder) for name in names)


def convert(program: str, documents: list[Path], out: Path) -> dict[Path, str | None]:
    """Convert DOCX files into PDFs in `out` in one LibreOffice run, with a profile of its own
    (so it runs beside an open LibreOffice or another conversion). Each document maps to None
    when its PDF was written, or to what went wrong."""
    with tempfile.TemporaryDirectory(prefix="tools-print-") as profile:
        command = [program, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
                   "--norestore", "--convert-to", "pdf", "--outdir", str(out),
                   *map(str, documents)]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT,
                                  check=False, stdin=subprocess.DEVNULL)
            reason = (done.stderr or done.stdout).strip() or f"exit status {done.returncode}"
        except (OSError, subprocess.TimeoutExpired) as error:
            reason = str(error)
    return {document: None if (out / (document.stem + ".pdf")).is_file() else reason
            for document in documents}
