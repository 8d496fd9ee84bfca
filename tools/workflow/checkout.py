"""A commit's files in a temporary folder of their own, for a review of that commit: made
through a temporary index (nothing is registered in the repository) and removed when the review
ends, is stopped, or, killed outright, by the next review on this machine."""

from __future__ import annotations

import os
import platform
import shutil
import signal
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tools.workflow import git

CHECKOUT = "tools-review-"  # the temporary folders of reviews of a commit
OWNER = "owner"  # in each: "<pid> <host>" of the review that made it


@contextmanager
def checkout(root: Path, head: str) -> Iterator[Path]:
    """The head commit's files in a temporary folder of its own, through a temporary index:
    nothing is registered in the repository (no worktree to leave behind). The folder goes
    when the review ends, is stopped (SIGTERM, a cancelled CI job) or, killed outright, at the
    next review on this machine."""
    _remove_abandoned_checkouts()
    with _Terminated() as terminated:
        folder = Path(tempfile.mkdtemp(prefix=CHECKOUT))
        try:
            (folder / OWNER).write_text(f"{os.getpid()} {platform.node()}\n", encoding="utf-8")
            env = {**os.environ, "GIT_INDEX_FILE": str(folder / "index")}
            git.git(root, "read-tree", head, env=env, bound=True)
            git.git(root, "checkout-index", "--all", f"--prefix={folder / 'tree'}{os.sep}",
                    env=env, bound=True)
            yield folder / "tree"
        finally:
            terminated.cleaning = True
            _remove_checkout(folder)


class _Terminated:
    """SIGTERM (a cancelled CI job) ends the review as Ctrl-C would, so that its clean-up runs;
    one that comes during the clean-up waits for its end."""

    def __init__(self) -> None:
        self.cleaning = self.pending = False
        self.previous: Any = None

    def __enter__(self) -> _Terminated:
        try:
            self.previous = signal.signal(signal.SIGTERM, self._stop)
        except ValueError:  # not the main thread: the caller handles its own signals
            self.previous = None
        return self

    def _stop(self, *_: Any) -> None:
        if self.cleaning:
            self.pending = True
        else:
            raise SystemExit(128 + signal.SIGTERM)

    def __exit__(self, *_: Any) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGTERM, self.previous)
        if self.pending:
            raise SystemExit(128 + signal.SIGTERM)


def _remove_abandoned_checkouts() -> None:
    """Checkouts whose review was killed: made on this machine by a process that is gone. Only
    folders holding the owner file a review writes are touched."""
    if os.name == "nt":  # no harmless way there to ask whether a process still runs
        return
    for folder in Path(tempfile.gettempdir()).glob(f"{CHECKOUT}*"):
        try:
            pid, host = (folder / OWNER).read_text(encoding="utf-8").split()
        except (OSError, ValueError):
            continue
        if host == platform.node() and not _running(int(pid)):
            _remove_checkout(folder)


def _remove_checkout(folder: Path) -> None:
    """The owner file goes last: a folder not wholly removed is still known as a checkout."""
    for item in folder.iterdir():
        if item.name != OWNER:
            shutil.rmtree(item, ignore_errors=True) if item.is_dir() and not item.is_symlink() \
                else item.unlink(missing_ok=True)
    if [item.name for item in folder.iterdir()] == [OWNER]:
        (folder / OWNER).unlink()
        folder.rmdir()


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process
    return True
