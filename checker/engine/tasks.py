"""The units of work an executor runs, each a module-level function of one picklable task, so
that any executor (this process, a process pool, a cluster) can run them: a block of lines
analysed, a run of whole files checked, and a streamed file's blocks in its two passes."""
from __future__ import annotations

from typing import NamedTuple, Optional, Sequence

from ..model import FileReport, Options
from ..rules.base import At
from . import spill
from .document import DocumentPasses, counts, file_report
from .lines import LineAnalyser, LineResult, RuleSet, document_language, split_lines


class Setup(NamedTuple):
    """What a worker needs to rebuild a document's rule set (rules go by code, not pickled)."""
    codes: tuple[str, ...]
    language: Optional[str]
    doc_language: str
    options: Options

    @classmethod
    def of(cls, rules: RuleSet) -> "Setup":
        return cls(rules.codes, rules.language, rules.doc_language, rules.options)

    def rules(self) -> list:
        from ..rules import all_rules
        wanted = set(self.codes)
        return [r for r in all_rules() if r.code in wanted]

    def rule_set(self) -> RuleSet:
        return RuleSet(self.rules(), self.language, self.doc_language, self.options)


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


class Block(NamedTuple):
    first_line: int
    lines: list[str]
    setup: Setup
    sources: Optional[LineWindow] = None


def analyse_block(block: Block, rules: Optional[RuleSet] = None) -> list[LineResult]:
    """Each line of the block analysed (sentence and line rules, document facts)."""
    analyser = LineAnalyser(rules or block.setup.rule_set(), block.sources)
    return [analyser.analyse(line, number) for number, line in enumerate(block.lines, block.first_line)]


class FactsBlock(NamedTuple):
    """Pass one of a streamed file's block; its analysed lines are kept in the folder `spool`."""
    block: Block
    spool: str


def facts_block(task: FactsBlock) -> tuple[int, list, str]:
    """(first line, each line's number of sentences and facts, the file its analysed lines went to)."""
    results = analyse_block(task.block)
    return task.block.first_line, list(counts(results)), spill.spill(results, task.spool)


class FileTask(NamedTuple):
    """A whole file for a worker; with `render`, it writes the report itself into `spool`."""
    path: str
    setup: Setup                 # its doc_language is decided by the worker, from the text
    severity: tuple              # (rule code, overriding severity) pairs
    render: Optional[str] = None
    spool: Optional[str] = None


def check_file(task: FileTask):
    """(path, its report), or (path, None) when it cannot be read (the parent reads it again and
    reports the error in its own words). With a format to render, the worker applies the
    severity overrides and writes the report (`Rendered`)."""
    from ..errors import InputError
    from ..loader import read
    try:
        lines = split_lines(read(task.path).text)
    except InputError:
        return task.path, None
    setup = task.setup
    rules = RuleSet(setup.rules(), setup.language, document_language(lines, setup.language), setup.options)
    report = file_report(task.path, rules, analyse_block(Block(1, lines, setup), rules))
    if task.render is None:
        return task.path, report
    return task.path, render(report, task.severity, task.render, task.spool)


def check_run(tasks: list[FileTask]) -> list:
    return [check_file(task) for task in tasks]


def render(report: FileReport, severity, fmt: str, spool: str):
    """The report with the severity overrides applied, written in `fmt` into a spool file."""
    from ..report.stream import to_spool
    from ..selection import apply_severity
    worst = apply_severity(report.findings, dict(severity))
    return to_spool(report, fmt, spool, worst)


class ReportBlock(NamedTuple):
    """Pass two of a streamed file's block: its report, written out."""
    start: At
    setup: Setup
    lines: str      # the file pass one left the block's analysed lines in
    states: bytes   # the document rules' states, pickled once by the parent for every block
    path: str
    severity: tuple
    render: str
    spool: str


_states: tuple = (b"", None)  # the document states this worker last unpickled, with their bytes


def _document_states(data: bytes) -> list:
    global _states
    if _states[0] != data:
        import pickle
        _states = (data, pickle.loads(data))
    return _states[1]


def report_block(task: ReportBlock):
    rules = task.setup.rule_set()
    results = spill.unspill(task.lines)
    sentences = DocumentPasses(rules).reports(results, _document_states(task.states), task.start)
    return render(FileReport(task.path, rules.doc_language, list(sentences)), task.severity, task.render, task.spool)
