"""A text checked from top to bottom: its lines analysed (here or by the executor's workers, in
blocks), the document passes run over them, the sentences' reports made. Also many whole files,
and a file too large to hold (streamed), on an executor."""
from __future__ import annotations

import math
from typing import Callable, Iterable, Iterator, Optional, Sequence

from ..model import FileReport, Options, Rendered
from ..rules import Rule, all_rules
from ..rules.base import At
from . import spill, tasks
from .document import DocumentPasses, counts, file_report, interned_facts
from .executors import SERIAL, Executor
from .lines import LineAnalyser, LineResult, RuleSet, document_language, split_lines

PARALLEL_MIN_LINES = 4000  # below this a file is checked in one process: a pool costs more than it saves
BLOCKS_PER_JOB = 4         # more blocks than processes, so that one slow block does not hold up the rest
RUNS_PER_JOB = 4           # runs of whole files per process, handed out as processes come free
STREAM_BLOCK_LINES = 4000  # lines per task when a streamed file is checked in parallel
WINDOW_PER_JOB = 2         # streamed blocks queued per process: enough to keep it busy, few enough to hold


def check_text(text: str, path: str = "<text>", language: Optional[str] = None,
               rules: Optional[Iterable[Rule]] = None, options: Optional[Options] = None,
               sources: Optional[Sequence[str]] = None, executor: Executor = SERIAL) -> FileReport:
    """`sources`: the English source line by line, for the source-aware rules (NUM011). An
    executor with more than one job analyses a large text in line blocks; the result is the same."""
    lines = split_lines(text)
    rule_set = RuleSet(all_rules() if rules is None else list(rules), language,
                       document_language(lines, language), options)
    if executor.jobs > 1 and len(lines) >= PARALLEL_MIN_LINES:
        results = analyse_in_blocks(lines, rule_set, sources, executor)
    else:
        analyser = LineAnalyser(rule_set, sources)
        results = [analyser.analyse(line, number) for number, line in enumerate(lines, 1)]
    return file_report(path, rule_set, results)


def analyse_in_blocks(lines: Sequence[str], rules: RuleSet, sources: Optional[Sequence[str]],
                      executor: Executor) -> list[LineResult]:
    """Every line analysed, in order, in blocks on the executor."""
    setup = tasks.Setup.of(rules)
    size = max(1, math.ceil(len(lines) / (executor.jobs * BLOCKS_PER_JOB)))
    blocks = [tasks.Block(first + 1, list(lines[first:first + size]), setup,
                          None if sources is None else tasks.LineWindow(sources[first:first + size], first + 1,
                                                                       len(sources)))
              for first in range(0, len(lines), size)]
    results: list[LineResult] = []
    for block in executor.map(tasks.analyse_block, blocks):
        results += block
    return results


def check_lines(read_lines: Callable[[], Iterable[str]], path: str, language: Optional[str] = None,
                rules: Optional[Iterable[Rule]] = None, options: Optional[Options] = None) -> FileReport:
    """A text too large to hold, given as a function that reads its lines afresh on each call: a
    first look at its opening lines decides the language; one reading then analyses every line,
    runs the document rules' first pass and keeps the analysed lines on disk (so it meets any
    unreadable line before a report starts); the report's `sentences` is an iterator over them.
    Memory stays flat whatever the size."""
    rule_set = RuleSet(all_rules() if rules is None else list(rules), language,
                       document_language(read_lines(), language), options)
    analyser, passes, store = LineAnalyser(rule_set), DocumentPasses(rule_set), spill.LineStore()

    def pass_one() -> Iterator[tuple[int, tuple]]:
        for first, block in _blocks(read_lines(), STREAM_BLOCK_LINES):
            results = [analyser.analyse(line, number) for number, line in enumerate(block, first)]
            store.add(results)
            yield from counts(results)
    states = passes.collect(pass_one())
    return FileReport(path, rule_set.doc_language, passes.reports(store.replay(), states))


def runs(items: list, sizes: Sequence[int], count: int) -> list[list]:
    """`count` runs of neighbouring items of about equal size. Neighbouring files tend to share
    text (one article set, one language, one template): one process checks a run, so its memo
    sees their repeats instead of every process analysing every repeated line afresh."""
    target = sum(sizes) / count
    groups: list[list] = [[]]
    done = 0
    for item, size in zip(items, sizes):
        if groups[-1] and done + size / 2 > target * len(groups) and len(groups) < count:  # by its middle
            groups.append([])
        groups[-1].append(item)
        done += size
    return groups


def check_files(files: list[tasks.FileTask], sizes: Sequence[int], executor: Executor) -> Iterator[tuple]:
    """(path, report) of each file task, in order. The files go out in more runs than processes,
    each taken by the next process to come free: files that take longer (one language's text is
    slower to check than the other's) do not leave a process idle."""
    groups = runs(files, sizes, executor.jobs * RUNS_PER_JOB)
    return (result for group in executor.map(tasks.check_run, groups) for result in group)


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


def stream_blocks(read_lines: Callable[[], Iterable[str]], path: str, language: Optional[str], rules,
                  options, severity, render: str, spool: str, executor: Executor) -> Iterator[Rendered]:
    """A file too large to hold, given as a function that reads its lines afresh (as check_lines
    takes it), checked in blocks on the executor: its report as `Rendered` blocks, in order, the
    same as check_lines gives. Pass one's workers keep their analysed blocks in `spool` for pass
    two, so the file is read once, and any unreadable line is met before a block is written."""
    rule_set = RuleSet(rules, language, document_language(read_lines(), language), options)
    setup, window = tasks.Setup.of(rule_set), executor.jobs * WINDOW_PER_JOB
    starts: list[At] = []  # where each block begins: its line, first sentence and line ordinal
    spilled: list[str] = []  # each block's analysed lines, on disk
    blocks = (tasks.FactsBlock(tasks.Block(number, lines, setup), spool)
              for number, lines in _blocks(read_lines(), STREAM_BLOCK_LINES))

    def pass_one() -> Iterator[tuple[int, list]]:
        for first_line, facts, name in executor.map(tasks.facts_block, blocks, window):
            spilled.append(name)
            yield first_line, facts
    facts = interned_facts(pass_one(), starts)
    import pickle
    states = pickle.dumps(DocumentPasses(rule_set).collect(facts), pickle.HIGHEST_PROTOCOL)
    reports = (tasks.ReportBlock(start, setup, name, states, path, severity, render, spool)
               for start, name in zip(starts, spilled))
    return executor.map(tasks.report_block, reports, window)
