"""Corpora on a Dask cluster: `checker scan --dask` and `checker filter --dask`, and a Python entry
point for a dask.bag or dask.dataframe (checker.distributed.collections).

Needs the optional extra: pip install 'checker-ur-mr[dask]'. The cluster is Dask's: `--dask local:N` starts
a LocalCluster of N worker processes; any other value is the address of a running scheduler (one
started by dask-jobqueue on Slurm or PBS, by dask-kubernetes, or by `dask scheduler`). Every worker
needs checker installed and must see the input and output paths (a shared filesystem).

Partitions are read and checked on the workers: the client only plans them (byte ranges, Parquet row
groups), waits, and for `scan` copies the finished part files into the report in order. The document
rules run as a reduce (facts per partition -> folded in order -> findings per partition), so the report is
byte for byte the one `--jobs 1` writes; a task lost with a worker is run again by the scheduler, and
every part file is written whole or not at all, so a run that loses a worker gives the same output.
"""
from __future__ import annotations

import os
import sys
import uuid
from contextlib import contextmanager
from typing import Callable, Iterable, Iterator, Optional

from ..errors import InputError


def _import_distributed():
    try:
        import distributed
    except ImportError:
        raise InputError("--dask needs Dask: pip install 'checker-ur-mr[dask]'") from None
    return distributed


@contextmanager
def connect(address) -> Iterator:
    """A distributed.Client for `address`: a Client (used as it is), "local:N" (a LocalCluster with N
    single-threaded worker processes, closed afterwards) or a scheduler address."""
    distributed = _import_distributed()
    if isinstance(address, distributed.Client):
        yield address
        return
    if not isinstance(address, str) or not address.strip():
        raise InputError("--dask: give a scheduler address (tcp://host:8786) or local:N")
    address = address.strip()
    if address.startswith("local"):
        n = address.partition(":")[2] or str(os.cpu_count() or 1)
        if not n.isdigit() or int(n) < 1:
            raise InputError(f"--dask: {address!r}: expected local:N with N a number of workers")
        with distributed.LocalCluster(n_workers=int(n), threads_per_worker=1, processes=True,
                                      silence_logs=40) as cluster, distributed.Client(cluster) as client:
            yield client
        return
    try:
        client = distributed.Client(address, timeout="20s")
    except (OSError, TimeoutError) as e:
        raise InputError(f"--dask: cannot reach the scheduler at {address} ({e})") from None
    with client:
        yield client


def announce(client, stream=None) -> None:
    """The dashboard's address on stderr (the Bokeh dashboard needs `pip install bokeh`)."""
    import importlib.util
    stream = sys.stderr if stream is None else stream
    workers = len(client.scheduler_info().get("workers", {}))
    link = client.dashboard_link + ("" if importlib.util.find_spec("bokeh") else " (served once bokeh is installed)")
    stream.write(f"checker: Dask scheduler {client.scheduler.address}, {workers} workers; dashboard {link}\n")
    stream.flush()


def wait(futures: list, label: str, show: Optional[bool] = None) -> None:
    """Wait for `futures`, with a progress bar on stderr (on a terminal, as checker's own). An
    exception in a task is raised here."""
    from distributed import as_completed
    from ..progress import Progress, wanted
    show = wanted(len(futures), 1 << 40) if show is None else show
    with Progress(len(futures), len(futures), enabled=show) as bar:
        for future in as_completed(futures):
            future.result()  # raises the task's exception, if any
            bar.advance(label, 1)


MIN_PARTITION = 256 << 10
MAX_PARTITION = 1 << 20  # a few seconds of checking: a worker's memory for one partition, whatever the corpus
PARTITIONS_PER_WORKER = 4  # more partitions than workers, so that one slow partition holds up little


def workers_of(client) -> int:
    """The cluster's number of workers (at least 1: a cluster still starting has none yet)."""
    return max(1, len(client.scheduler_info().get("workers", {})))


def partition_bytes(client, size: int, given: Optional[int] = None) -> int:
    """Bytes per partition: as given, or enough partitions to keep every worker busy, each
    between MIN_PARTITION and MAX_PARTITION. The cap does not grow with the input: what a
    worker holds at once (a partition's lines, facts and report) stays the same for any corpus."""
    if given:
        return given
    return max(MIN_PARTITION, min(MAX_PARTITION, -(-size // (workers_of(client) * PARTITIONS_PER_WORKER))))


def atomic_write(path: str, write) -> None:
    """Write a part file whole or not at all: a task run again after a lost worker replaces it."""
    tmp = f"{path}.{uuid.uuid4().hex}.tmp"
    try:
        with open(tmp, "wb") as f:
            write(f)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


_tuned = False


def tune() -> None:
    """A worker process collects garbage rarely, as the command line does (checker.cli.main): the
    line memo holds many long-lived objects, and the default thresholds would walk them again
    and again (a third of a scan's time on a worker)."""
    global _tuned
    if not _tuned:
        import gc
        gc.set_threshold(100_000, 50, 100)
        _tuned = True


def reduce_on(client, facts: Iterable, setup, language: str, ahead: Optional[int] = None,
              done: Optional[Callable[[], None]] = None):
    """The reduce of the document rules' pass one as a chain of small tasks, one per partition in
    document order (checker.corpus.engine.merge_step): each partition's facts are freed once folded,
    so no task holds every line's facts. `facts` yields the partitions' futures of `packed` facts
    lazily, each submitted just before its step. Left alone, pass one outruns the chain and the facts pile up
    for the whole document (measured: 28 partitions' facts waiting on one worker): with `ahead`, a
    partition's facts are submitted only once the step `ahead` partitions back is done (this call
    waits on the cluster meanwhile), so at most `ahead` partitions' facts wait, whatever the
    document's length. `done` is called as each step is seen done (a progress bar; with it, this
    call returns once the whole chain is). The caller keeps no futures of `facts`. A future of Merged."""
    from collections import deque
    from distributed import wait as dask_wait
    from ..corpus import engine

    def settle(step) -> None:
        dask_wait(step)
        if done is not None:
            done()
    fold = client.submit(engine.merge_start, setup, language, pure=False)
    window: deque = deque()
    facts = iter(facts)
    while True:
        if ahead and len(window) >= ahead:
            settle(window.popleft())
        part = next(facts, None)
        if part is None:
            break
        fold = client.submit(_step, fold, part, setup, language, pure=False)
        window.append(fold)
    while done is not None and window:
        settle(window.popleft())
    return client.submit(engine.merged, fold, setup, language, pure=False)


def packed(facts: list) -> bytes:
    """A partition's line facts as pass one hands them to the reduce: pickled on its worker. As
    bytes Dask weighs them truly (a tenth of what it guesses for the objects), so it moves them to
    the worker holding the fold, not the fold to them, and sends them without pickling them."""
    import pickle
    return pickle.dumps(facts, pickle.HIGHEST_PROTOCOL)


def _step(fold, facts: bytes, setup, language: str):
    import pickle
    from ..corpus import engine
    return engine.merge_step(fold, pickle.loads(facts), setup, language)


def ahead_of_reduce(client) -> int:
    """How many partitions pass one may run ahead of the reduce: enough to keep every worker busy."""
    return PARTITIONS_PER_WORKER * workers_of(client)


def part_name(directory: str, index: int, ext: str, count: int) -> str:
    """Part `index` of `count`: numbered with as many digits as the last needs (at least 5), so
    that the names sort in input order."""
    return os.path.join(directory, f"part-{index:0{max(5, len(str(count - 1)))}d}.{ext}")


def filter_on_dask(path: str, opts, kept: str, rejected: str, address, fmt: Optional[str] = None,
                   partition_bytes: Optional[int] = None, show: Optional[bool] = None):
    from .filter import filter_on
    return filter_on(path, opts, kept, rejected, address, fmt, partition_bytes, show)


def scan_on_dask(request, address, partition_bytes: Optional[int] = None, show: Optional[bool] = None):
    from .scan import scan_on
    return scan_on(request, address, partition_bytes, show)


def scan_command(request, address) -> int:
    """`checker scan --dask`: errors and notes on stderr; the exit status."""
    def fail(message: str) -> None:  # one line on stderr, as the other commands write it
        sys.stderr.write(f"checker: error: {message}\n")
    try:
        result = scan_on_dask(request, address, show=request.output.progress)
    except InputError as e:
        fail(str(e))
        return 2
    for line in result.errors:
        fail(line)
    return result.exit_code
