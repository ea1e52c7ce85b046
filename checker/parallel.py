"""`--jobs`: the process-pool executor. Worker processes are forked once per run and kept; the
engine's tasks (checker.engine.tasks) go to them, results come back in task order."""
from __future__ import annotations

import atexit
from collections import deque
from typing import Callable, Iterable, Iterator, Optional

_pools: dict = {}  # jobs -> multiprocessing pool, one live at a time


def _pool(jobs: int):
    pool = _pools.get(jobs)
    if pool is None:
        for old in _pools.values():
            old.terminate()
        _pools.clear()
        import gc
        import multiprocessing  # here: a small scan never starts a pool, nor pays for the import
        methods = multiprocessing.get_all_start_methods()
        ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
        # What the workers inherit (rules, tables) lives to the end: out of the collector's reach,
        # a worker's collections neither walk it nor write to its pages (which forks would copy)
        gc.freeze()
        pool = _pools[jobs] = ctx.Pool(jobs)
        atexit.register(pool.terminate)
    return pool


class ProcessPool:
    """An executor (checker.engine.executors.Executor) on `jobs` worker processes."""

    def __init__(self, jobs: int):
        self.jobs = jobs

    def map(self, func: Callable, tasks: Iterable, window: Optional[int] = None) -> Iterator:
        pool = _pool(self.jobs)
        if window is None:
            return pool.imap(func, tasks)
        return _windowed(pool, func, tasks, window)


def _windowed(pool, func: Callable, tasks: Iterable, window: int) -> Iterator:
    """func over tasks on the pool, results in order, at most `window` tasks queued at a time
    (Pool.imap would read every task, a whole file of lines, ahead)."""
    pending: deque = deque()
    for task in tasks:
        pending.append(pool.apply_async(func, (task,)))
        if len(pending) >= window:
            yield pending.popleft().get()
    while pending:
        yield pending.popleft().get()
