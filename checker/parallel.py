"""`--jobs`: files in worker processes, or one large text analysed in blocks of whole lines.

For a large text each worker normalises, splits and checks its block's lines (sentence and line
rules, document-rule facts) and sends back the analysed lines; the parent runs the document rules'
two passes over them, so the report is the same as with one process. A file too large to hold
(streamed) goes through the workers twice in blocks: they send back each line's document facts
for the parent's first pass, then write the blocks' reports with the rules' states.
"""
from __future__ import annotations

import atexit
import importlib
import math
import multiprocessing
import os
import pickle
import shutil
import tempfile
from collections import deque
from typing import Callable, Iterable, Iterator, Optional, Sequence, TextIO

from .model import FileReport, Rendered
from .pipeline import REPEATS_LIMIT, LineChecker, LineResult, document_language
from .rules import all_rules
from .rules.base import At

BLOCKS_PER_JOB = 4  # more blocks than processes, so that one slow block does not hold up the rest
_pool = None
_pool_jobs = 0


def _get_pool(jobs: int):
    global _pool, _pool_jobs
    if _pool is None or _pool_jobs != jobs:
        if _pool is not None:
            _pool.terminate()
        methods = multiprocessing.get_all_start_methods()
        ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
        _pool, _pool_jobs = ctx.Pool(jobs), jobs
        atexit.register(_pool.terminate)
    return _pool


class LineWindow(Sequence):
    """The aligned source lines of one block, indexed like the whole file's (line n at n - 1)."""

    def __init__(self, lines: Sequence[str], first: int, total: int):
        self.lines, self.first, self.total = list(lines), first, total

    def __len__(self) -> int:
        return self.total

    def __getitem__(self, i):
        j = i - (self.first - 1)
        if not 0 <= j < len(self.lines):
            raise IndexError(i)
        return self.lines[j]


def _rules(codes) -> list:
    """The rules a parent chose, by code (rule objects are rebuilt in the worker, not sent)."""
    wanted = set(codes)
    return [r for r in all_rules() if r.code in wanted]


def _analyse_block(task) -> list[LineResult]:
    first_line, lines, codes, language, doc_language, options, sources = task
    checker = LineChecker(_rules(codes), language, doc_language, options, sources)
    return [checker.analyse(line, number) for number, line in enumerate(lines, first_line)]


def analyse_parallel(lines: Sequence[str], checker: LineChecker, jobs: int) -> list[LineResult]:
    """`checker.analyse` of every line, in order, computed on `jobs` processes."""
    codes = tuple(checker.by_code)
    size = max(1, math.ceil(len(lines) / (jobs * BLOCKS_PER_JOB)))
    tasks = []
    sources = checker.sources
    for first in range(0, len(lines), size):
        window = None if sources is None else LineWindow(sources[first:first + size], first + 1, len(sources))
        tasks.append((first + 1, lines[first:first + size], codes, checker.language, checker.doc_language,
                      checker.options, window))
    results: list[LineResult] = []
    for block in _get_pool(jobs).imap(_analyse_block, tasks):
        results += block
    return results


def _check_file(task):
    """One whole file in a worker: (path, its report), or (path, None) when it cannot be read
    (the parent reads it again and reports the error in its own words). With a format to render,
    the worker applies the severity overrides and writes the report itself (`Rendered`)."""
    from .errors import InputError
    from .loader import read
    from .pipeline import check_text
    path, language, codes, options, severity, render, spool = task
    try:
        text = read(path).text
    except InputError:
        return path, None
    report = check_text(text, path=path, language=language,
                        rules=_rules(codes), options=options)
    if render is None:
        return path, report
    return path, _render(report, severity, render, spool)


def _render(report: FileReport, severity, render: str, spool: str) -> Rendered:
    """The report with the severity overrides applied, written in the format `render` into a
    spool file (the parent only copies bytes out)."""
    from .selection import apply_severity
    worst = apply_severity(report.findings, dict(severity))
    fd, name = tempfile.mkstemp(suffix=f".{render}", dir=spool)
    with open(fd, "w", encoding="utf-8") as out:
        importlib.import_module(f".report.{render}_report", __package__).write_file(report, out)
    return Rendered(report.path, name, worst)


_spool = None


def _spool_dir() -> str:
    """The directory of this run's spool files, removed at exit."""
    global _spool
    if _spool is None:
        _spool = tempfile.mkdtemp(prefix="checker-")
        atexit.register(shutil.rmtree, _spool, True)
    return _spool


def _check_group(tasks: list) -> list:
    return [_check_file(task) for task in tasks]


def _groups(tasks: list, sizes: Sequence[int], jobs: int) -> list[list]:
    """`jobs` runs of neighbouring files of about equal size. Neighbouring files tend to share
    text (one article set, one language, one template): one process checks them, so its memo
    sees their repeats instead of every process analysing every repeated line afresh."""
    target = sum(sizes) / jobs
    groups: list[list] = [[]]
    done = 0
    for task, size in zip(tasks, sizes):
        if groups[-1] and done + size / 2 > target * len(groups) and len(groups) < jobs:  # by its middle
            groups.append([])
        groups[-1].append(task)
        done += size
    return groups


def check_files(tasks: list, sizes: Sequence[int], jobs: int, render: Optional[str] = None):
    """(path, report) for each (path, language, rule codes, options, severity overrides) task of
    a file of `sizes[i]` bytes, in order, on `jobs` processes. With a streaming format to `render`,
    the reports come as `Rendered` spool files."""
    spool = None if render is None else _spool_dir()
    groups = _groups([(*t, render, spool) for t in tasks], sizes, jobs)
    return (result for group in _get_pool(jobs).imap(_check_group, groups) for result in group)


def copy_spool(report, out: TextIO) -> None:
    """Copy a `Rendered` report to `out` (bytes as they are when `out` writes UTF-8), then delete
    its spool file."""
    try:
        buffer = getattr(out, "buffer", None)
        if buffer is not None and (getattr(out, "encoding", None) or "").lower().replace("-", "") == "utf8":
            out.flush()
            with open(report.spool, "rb") as f:
                shutil.copyfileobj(f, buffer, 1 << 20)
        else:
            with open(report.spool, encoding="utf-8") as f:
                shutil.copyfileobj(f, out, 1 << 20)
    finally:
        os.unlink(report.spool)


# ---- a streamed file in blocks -----------------------------------------------------------------

STREAM_BLOCK_LINES = 4000  # lines per task when a streamed file is checked in parallel
WINDOW_PER_JOB = 2         # blocks queued per process: enough to keep it busy, few enough to hold


def _ordered(pool, func: Callable, tasks: Iterable, window: int) -> Iterator:
    """func over tasks on the pool, results in order, at most `window` tasks queued at a time
    (Pool.imap would read every task, a whole file of lines, ahead)."""
    pending: deque = deque()
    for task in tasks:
        pending.append(pool.apply_async(func, (task,)))
        if len(pending) >= window:
            yield pending.popleft().get()
    while pending:
        yield pending.popleft().get()


def _blocks(lines: Iterable[str], size: int) -> Iterator[tuple[int, list[str]]]:
    """(number of the first line, lines) blocks of `size` lines."""
    block: list[str] = []
    first = 1
    for line in lines:
        block.append(line)
        if len(block) >= size:
            yield first, block
            first, block = first + len(block), []
    if block:
        yield first, block


def _block_checker(setup) -> LineChecker:
    codes, language, doc_language, options = setup
    return LineChecker(_rules(codes), language, doc_language, options)


def _facts_block(task) -> tuple[int, list[tuple[int, tuple]]]:
    """Pass one in a worker: (first line, each line's number of sentences and document facts)."""
    first_line, lines, setup = task
    checker = _block_checker(setup)
    return first_line, [(len(r.sentences), r.facts)
                        for r in (checker.analyse(line, number) for number, line in enumerate(lines, first_line))]


_states: tuple = (b"", None)  # the document states this worker last unpickled, with their bytes


def _document_states(data: bytes) -> list:
    """The document rules' states after pass one: they come pickled with every block of a file
    (pickled once by the parent, not once per block) and are unpickled once per worker."""
    global _states
    if _states[0] != data:
        _states = (data, pickle.loads(data))
    return _states[1]


def _report_block(task) -> Rendered:
    """Pass two in a worker: the block's report, written out (`Rendered`)."""
    start, lines, setup, states_data, path, severity, render, spool = task
    states = _document_states(states_data)
    checker = _block_checker(setup)
    results = [checker.analyse(line, number) for number, line in enumerate(lines, start.line)]
    report = FileReport(path, checker.doc_language, list(checker.reports(results, states, start)))
    return _render(report, severity, render, spool)


def stream_blocks(read_lines: Callable[[], Iterable[str]], path: str, language: Optional[str], rules,
                  options, severity, render: str, jobs: int) -> Iterator[Rendered]:
    """A file too large to hold, given as a function that reads its lines afresh (as
    pipeline.check_lines takes it), checked in blocks on `jobs` processes: its report as `Rendered`
    blocks, in order, the same as pipeline.check_lines gives. The first reading meets any
    unreadable line before a block is written."""
    doc_language = document_language(read_lines(), language)
    checker = LineChecker(rules, language, doc_language, options)
    setup = (tuple(checker.by_code), language, doc_language, options)
    pool, window = _get_pool(jobs), jobs * WINDOW_PER_JOB
    starts: list[At] = []  # where each block begins: its line, first sentence and line ordinal

    def pass_one() -> Iterator[tuple[int, tuple]]:
        first = ordinal = 0
        tasks = ((number, block, setup) for number, block in _blocks(read_lines(), STREAM_BLOCK_LINES))
        # A repeated line's facts arrive as a fresh copy in each block: made one object again, so
        # that pass one counts them as repeats (facts that cannot be hashed are taken as they are)
        interned: dict = {}
        for number, lines in _ordered(pool, _facts_block, tasks, window):
            starts.append(At(number, first, ordinal))
            if len(interned) > REPEATS_LIMIT:
                interned.clear()
            for count, facts in lines:
                if count:
                    first, ordinal = first + count, ordinal + 1
                    if facts:
                        try:
                            facts = interned.setdefault(facts, facts)
                        except TypeError:
                            pass
                yield count, facts
    states = pickle.dumps(checker.collect_facts(pass_one()), pickle.HIGHEST_PROTOCOL)
    spool = _spool_dir()
    tasks = ((start, block, setup, states, path, severity, render, spool)
             for start, (_, block) in zip(starts, _blocks(read_lines(), STREAM_BLOCK_LINES)))
    return _ordered(pool, _report_block, tasks, window)
