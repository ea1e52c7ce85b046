"""`--jobs`: files in worker processes, or one large text analysed in blocks of whole lines.

For a large text each worker normalises, splits and checks its block's lines (sentence and line
rules, document-rule facts) and sends back the analysed lines; the parent runs the document rules'
two passes over them, so the report is the same as with one process.
"""
from __future__ import annotations

import atexit
import math
import multiprocessing
from typing import Sequence

from .pipeline import LineChecker, LineResult
from .rules import all_rules

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


def _analyse_block(task) -> list[LineResult]:
    first_line, lines, codes, language, doc_language, options, sources = task
    wanted = set(codes)
    checker = LineChecker([r for r in all_rules() if r.code in wanted], language, doc_language, options, sources)
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
    the worker applies the severity overrides and writes the report itself (`Rendered`), so that the
    parent only copies text out."""
    from .errors import InputError
    from .loader import read
    from .pipeline import check_text
    path, language, codes, options, severity, render = task
    wanted = set(codes)
    try:
        text = read(path).text
    except InputError:
        return path, None
    report = check_text(text, path=path, language=language,
                        rules=[r for r in all_rules() if r.code in wanted], options=options)
    if render is None:
        return path, report
    import importlib
    import io
    from .model import Rendered
    from .selection import apply_severity
    worst = apply_severity(report.findings, dict(severity))
    out = io.StringIO()
    importlib.import_module(f".report.{render}_report", __package__).write_file(report, out)
    return path, Rendered(path, out.getvalue(), worst)


def check_files(tasks: list, jobs: int):
    """(path, report) for each (path, language, rule codes, options, severity overrides, format to
    render or None) task, in order, on `jobs` processes."""
    return _get_pool(jobs).imap(_check_file, tasks)
