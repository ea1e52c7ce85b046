"""Executors: who runs the engine's tasks (checker.engine.tasks). The engine is handed one and
never asks which: this process (`Serial`), a pool of processes (checker.parallel.ProcessPool),
or any other that implements the two members below, such as a cluster's."""
from __future__ import annotations

from typing import Callable, Iterable, Iterator, Optional, Protocol, TypeVar

T = TypeVar("T")
R = TypeVar("R")


class Executor(Protocol):
    jobs: int  # how many tasks run at once: the engine splits work only when it is more than 1

    def map(self, func: Callable[[T], R], tasks: Iterable[T], window: Optional[int] = None) -> Iterator[R]:
        """`func` (a module-level function of checker.engine.tasks) over `tasks`, results in task
        order. `window`: at most that many tasks taken from `tasks` ahead of the results given
        (a streamed file's blocks); None: all of them may be."""
        ...


class Serial:
    """Every task in this process, one after the other."""
    jobs = 1

    def map(self, func: Callable[[T], R], tasks: Iterable[T], window: Optional[int] = None) -> Iterator[R]:
        return map(func, tasks)


SERIAL = Serial()
