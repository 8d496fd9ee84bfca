"""The few git calls the tools need; -z and NUL splitting keep odd file names intact."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

from tools.problems import FatalError


def git(root: Path, *args: str, binary: bool = False) -> str | bytes:
    try:
        done = subprocess.run(["git", "-c", "core.quotepath=off", *args], cwd=root,
                              capture_output=True, check=False)
    except OSError as error:
        raise FatalError(f"git cannot run: {error}") from None
    if done.returncode != 0:
        raise FatalError(f"git {' '.join(args)}: {done.stderr.decode(errors='replace').strip()}")
    return done.stdout if binary else done.stdout.decode("utf-8", errors="surrogateescape")


def _split(output: str) -> list[str]:
    return [item for item in output.split("\0") if item]


def merge_base(root: Path, base: str, head: str = "HEAD") -> str:
    return git(root, "merge-base", base, head).strip()


@dataclass(frozen=True)
class Change:
    status: str  # A added, M modified, D deleted (renames are a delete and an add)
    path: str


def changes(root: Path, base: str, head: str | None, under: str = "records") -> list[Change]:
    """What changed under `under` between the merge base of base and head (or the work tree,
    untracked files included) and head."""
    start = merge_base(root, base, head or "HEAD")
    args = ["diff", "--name-status", "-z", "--no-renames", start]
    if head:
        args.append(head)
    items = _split(git(root, *args, "--", under))
    found = [Change(items[i][0], items[i + 1]) for i in range(0, len(items), 2)]
    if head is None:
        found += [Change("A", path) for path in
                  _split(git(root, "ls-files", "--others", "--exclude-standard", "-z", under))]
    return sorted(set(found), key=lambda change: change.path)


def show(root: Path, ref: str, path: str) -> bytes:
    return git(root, "show", f"{ref}:{path}", binary=True)
