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


def head(root: Path) -> str | None:
    """The commit HEAD names, or None before the first commit."""
    try:
        return git(root, "rev-parse", "--verify", "--quiet", "HEAD^{commit}").strip() or None
    except FatalError:
        return None


def staged(root: Path, committed: bool, under: str = "records") -> list[Change]:
    """What the index changes under `under` against HEAD, deletions included (what a commit
    would record). Before the first commit (`committed` false) everything staged is an
    addition."""
    if not committed:
        return [Change("A", path) for path in
                sorted(_split(git(root, "ls-files", "--cached", "-z", "--", under)))]
    items = _split(git(root, "diff", "--cached", "--name-status", "-z", "--no-renames",
                       "HEAD", "--", under))
    found = [Change(items[i][0], items[i + 1]) for i in range(0, len(items), 2)]
    return sorted(set(found), key=lambda change: change.path)


def _batch(root: Path, mode: str, specs: list[str]) -> bytes:
    try:
        done = subprocess.run(["git", "cat-file", mode], cwd=root, check=False,
                              capture_output=True, input="".join(
                                  f"{spec}\n" for spec in specs).encode("utf-8",
                                                                       "surrogateescape"))
    except OSError as error:
        raise FatalError(f"git cannot run: {error}") from None
    if done.returncode != 0:
        raise FatalError(f"git cat-file: {done.stderr.decode(errors='replace').strip()}")
    return done.stdout


def case_twins(root: Path, paths: list[str]) -> list[str]:
    """The index's paths that equal one of `paths` but for upper and lower case (the paths
    themselves included): on Windows and macOS such twins are one file."""
    if not paths:
        return []
    return _split(git(root, "ls-files", "-z", "--cached", "--",
                      *(f":(icase){path}" for path in paths)))


def blobs(root: Path, specs: list[str], limit: int) -> dict[str, bytes | None]:
    """The contents of `REV:path` (or `:path`, the index) for each spec, in two git processes
    whatever their number; None for a spec that names no file or one over `limit` bytes."""
    found: dict[str, bytes | None] = {spec: None for spec in specs}
    sizes = _batch(root, "--batch-check", [s for s in specs if "\n" not in s]).split(b"\n")
    wanted = [spec for spec, header in zip([s for s in specs if "\n" not in s], sizes,
                                           strict=False)
              if len(header.split()) == 3 and header.split()[1] == b"blob"
              and int(header.split()[2]) <= limit]
    out, position = _batch(root, "--batch", wanted) if wanted else b"", 0
    for spec in wanted:
        end = out.index(b"\n", position)
        size = int(out[position:end].split()[2])
        found[spec] = out[end + 1:end + 1 + size]
        position = end + 1 + size + 1
    return found
