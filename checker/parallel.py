"""`--jobs`: one large text checked in blocks of whole lines on several processes.

Each worker normalises and splits its block and runs the sentence and line rules; the parent
renumbers the sentences, then runs the document rules (consistency across the whole file) over all
of them, so the report is the same as with one process. Workers compute the facts the document
rules declare (`Rule.facts`, e.g. name candidates) so the parent does not compute them again.
"""
from __future__ import annotations

import atexit
import math
from functools import cached_property
import multiprocessing
from typing import Optional, Sequence

from .model import Document, FileReport, Options, Scope, Sentence
from .pipeline import (build_sentences, document_language, place_all, report_sentences, run_rules,
                       split_lines)
from .rules import Rule, all_rules

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


def _check_block(task):
    first_line, lines, path, language, doc_language, codes, options, sources, facts = task
    wanted = set(codes)
    rules = [r for r in all_rules() if r.code in wanted]
    sentences = build_sentences(lines, first_line, language, doc_language)
    doc = Document(path, doc_language, sentences, lines, options, sources)
    reports = report_sentences(doc, run_rules(doc, rules, (Scope.SENTENCE, Scope.LINE)), rules)
    for s in sentences:  # send back only what the document rules will read
        for name in facts:
            getattr(s, name)
        for name in [k for k in vars(s) if k not in facts and k in _CACHED]:
            del s.__dict__[name]
    return sentences, reports


# Sentence's cached facts, from the class itself: a fact added there is handled here too
_CACHED = frozenset(k for k, v in vars(Sentence).items() if isinstance(v, cached_property))


def check_text_parallel(text: str, path: str, language: Optional[str], rules: list[Rule],
                        options: Options, sources: Optional[list[str]], jobs: int) -> FileReport:
    lines = split_lines(text)
    doc_language = document_language(lines, language)
    codes = tuple(r.code for r in rules)
    facts = tuple(sorted({f for r in rules if r.scope is Scope.DOCUMENT for f in r.facts}))
    size = max(1, math.ceil(len(lines) / (jobs * BLOCKS_PER_JOB)))
    tasks = []
    for first in range(0, len(lines), size):
        block = lines[first:first + size]
        window = None if sources is None else LineWindow(sources[first:first + size], first + 1, len(sources))
        tasks.append((first + 1, block, path, language, doc_language, codes, options, window, facts))

    sentences, reports = [], []
    for block_sentences, block_reports in _get_pool(jobs).imap(_check_block, tasks):
        offset = len(sentences)
        for s in block_sentences:
            s.index += offset
        for r in block_reports:
            r.index += offset
            for f in r.findings:
                f.sentence += offset
        sentences += block_sentences
        reports += block_reports

    doc = Document(path, doc_language, sentences, lines, options, sources)
    by_code = {r.code: r for r in rules}
    for s, found in zip(sentences, run_rules(doc, rules, (Scope.DOCUMENT,))):
        if found:
            report = reports[s.index]
            kept = {(r.rule, r.col, r.end_col): r for r in report.findings}
            report.findings = place_all(found, s, by_code, kept)
    return FileReport(path, doc_language, reports)


def _check_file(task):
    """One whole file in a worker: (path, its report), or (path, None) when it cannot be read
    (the parent reads it again and reports the error in its own words)."""
    from .errors import InputError
    from .loader import read
    from .pipeline import check_text
    path, language, codes, options = task
    wanted = set(codes)
    try:
        text = read(path).text
    except InputError:
        return path, None
    return path, check_text(text, path=path, language=language,
                            rules=[r for r in all_rules() if r.code in wanted], options=options)


def check_files(tasks: list, jobs: int):
    """(path, report) for each (path, language, rule codes, options) task, in order, on `jobs` processes."""
    return _get_pool(jobs).imap(_check_file, tasks)
