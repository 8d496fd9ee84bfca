"""Cells checked afresh over every core: worker processes forked from the run, each ending
when the run that started it ends."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from tools.checking.cell_entry import FactsRequest, cell_entry
from tools.checking.project import Project
from tools.checking.rulebook import LocalChain

PARALLEL_FROM = 16  # fewer fresh cells than this are not worth starting processes for
ORPHAN_POLL = 0.2  # seconds between a worker's looks at whether its parent is still there

_STATE: tuple = ()
Task = tuple[str, LocalChain]  # a cell's folder and the local rules above it


def _job(task: Task) -> dict[str, Any]:
    project, today, request, cached = _STATE
    return cell_entry(project, today, task[0], request, cached=cached, local=task[1])


def _die_with(parent: int) -> None:
    """A worker ends when the run that started it ends. A parent killed outright sends no word
    (its workers hold the task pipe open themselves, so they would wait for ever): a thread
    watches for the worker being handed to another parent."""
    if os.getppid() != parent:
        os._exit(1)
    threading.Thread(target=_orphaned, args=(parent,), daemon=True).start()


def _orphaned(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(ORPHAN_POLL)
    os._exit(1)


def check_all(project: Project, today: dt.date, tasks: list[Task],
              request: FactsRequest | None, jobs: int, done: Callable[[int], None],
              cached: bool) -> Iterator[dict[str, Any]]:
    """The cache entry of each cell, in the order of `tasks`."""
    if jobs > 1 and len(tasks) >= PARALLEL_FROM and "fork" in \
            multiprocessing.get_all_start_methods():
        global _STATE
        _STATE = (project, today, request, cached)
        # the checks imported once, here, before the fork: not again in every worker
        import tools.checking.cell  # noqa: F401
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(jobs, mp_context=context, initializer=_die_with,
                                 initargs=(os.getpid(),)) as pool:
            # small chunks: a worker left alone with the last big one would idle the others
            for entry in pool.map(_job, tasks, chunksize=max(1, len(tasks) // (jobs * 64))):
                done(1)
                yield entry
        return
    for folder, local in tasks:
        entry = cell_entry(project, today, folder, request, cached=cached, local=local)
        done(1)
        yield entry
