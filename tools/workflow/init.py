"""`tools init`: a new records-only repository, ready for clerks, taking this toolkit at its
version's tag (scaffold.py holds the texts). Nothing is ever overwritten: when any of the files
exists, nothing is written at all."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tools import __version__
from tools.problems import FatalError, ToolProblem
from tools.reading.files import link_in
from tools.workflow import scaffold
from tools.workflow.codeowners import render as render_codeowners
from tools.workflow.git import git
from tools.workflow.scaffold import Toolkit

DISTRIBUTION = "party-records-tools"
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def installed_from() -> str | None:
    """Where pip installed this toolkit from, as it recorded it (PEP 610 `direct_url.json`):
    a git repository's URL, or a local folder's `file://` URL; None for an index or a wheel."""
    from importlib import metadata

    try:
        text = metadata.distribution(DISTRIBUTION).read_text("direct_url.json")
    except metadata.PackageNotFoundError:
        return None
    try:
        recorded = json.loads(text or "null")
    except ValueError:
        return None
    if not isinstance(recorded, dict) or not ("vcs_info" in recorded or "dir_info" in recorded):
        return None
    url = recorded.get("url")
    return url if isinstance(url, str) and url else None


def toolkit(url: str | None) -> Toolkit:
    """The toolkit to pin: `url` as given, else where this one was installed from."""
    found = url or installed_from()
    if not found:
        raise FatalError("no toolkit URL: give --toolkit", "init-no-toolkit")
    return Toolkit(found, __version__)


def files(unit: str, name: str, level: str, owners: tuple[str, ...],
          kit: Toolkit) -> dict[str, str]:
    """Every file `tools init` writes but CODEOWNERS (made from them), by path."""
    return {
        f"records/{unit}/unit.yaml": scaffold.unit_yaml(name, level, owners),
        ".pre-commit-config.yaml": scaffold.precommit_config(kit),
        ".gitlab-ci.yml": scaffold.gitlab_ci(kit),
        ".github/workflows/records.yml": scaffold.github_workflow(kit),
        ".gitignore": scaffold.GITIGNORE,
        ".vscode/settings.json": scaffold.vscode_settings(kit),
        "README.md": scaffold.readme(unit, name, kit),
    }


def init_repository(directory: Path, unit: str, name: str, level: str,
                    owners: tuple[str, ...], kit: Toolkit) -> list[str]:
    """Write the repository's files into `directory` (made if needed, `git init` if it is no
    repository yet) and return their paths. FileExistsError names the first file already
    there, before anything is written."""
    planned = files(unit, name, level, owners, kit)
    for rel in (*planned, "CODEOWNERS"):
        link = link_in(directory, rel)
        if link is not None:
            raise ToolProblem("through-link", path=rel, link=link)
        if (directory / rel).exists():
            raise FileExistsError(rel)
    directory.mkdir(parents=True, exist_ok=True)
    if not (directory / ".git").exists():
        git(directory, "init", "-q")
    for rel, text in planned.items():
        _write(directory, rel, text)
    _write(directory, "CODEOWNERS", render_codeowners(directory))
    return [*planned, "CODEOWNERS"]


def _write(root: Path, rel: str, text: str) -> None:
    """A new file, never an existing one nor one through a link (O_EXCL, O_NOFOLLOW)."""
    (root / rel).parent.mkdir(parents=True, exist_ok=True)
    try:
        handle = os.open(root / rel, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o666)
    except FileExistsError:
        raise FileExistsError(rel) from None
    with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
        stream.write(text)
