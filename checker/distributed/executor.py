"""A Dask cluster as an executor of the engine's tasks (the interface of checker.engine.executors:
`jobs` and `map(func, tasks, window)`, results in task order). The engine then splits a large text
into blocks and runs them on the cluster's workers as it runs them on a process pool; the text
itself travels from this process. For corpora read on the workers, see checker.distributed.scan."""
from __future__ import annotations

from collections import deque
from typing import Callable, Iterable, Iterator, Optional


class DaskExecutor:
    """Tasks submitted to a distributed.Client; at most `window` of them ahead of the results."""

    def __init__(self, client, jobs: Optional[int] = None):
        self.client = client
        workers = client.scheduler_info().get("workers", {}).values()
        self.jobs = jobs or max(1, sum(w.get("nthreads", 1) for w in workers))

    def map(self, func: Callable, tasks: Iterable, window: Optional[int] = None) -> Iterator:
        pending: deque = deque()
        for task in tasks:
            pending.append(self.client.submit(func, task, pure=False))
            if window is not None and len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
