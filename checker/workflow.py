"""`checker scan` without the command line: a request in, a result out. Top down: plan the scan
(planning), check each file the way its mode asks (plain, fixed, diffed, aligned, streamed,
checked ahead by worker processes), settle the exit status, then write the output."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Callable, Optional

from .engine.executors import SERIAL, Executor
from .errors import InputError
from .formats import is_translation_file  # (light: the extensions only)
from .model import FileReport, Rendered, fail_threshold
from .planning import Planner, Settings, check_targets, files, size
from .requests import ScanRequest

PARALLEL_MIN_BYTES = 1 << 20  # smaller scans (a pre-commit run) stay in one process: a pool costs more
FILES_PER_JOB = 4             # files per process before whole files (not line blocks) are shared out
STREAM_MIN_BYTES = 16 << 20   # with a sink, larger files are streamed (analysed lines on disk) rather than held


@dataclass
class ScanResult:
    reports: list[FileReport] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)     # one line each, already naming the file
    notes: list[str] = field(default_factory=list)      # one line each, for stderr
    diffs: list[str] = field(default_factory=list)
    failing: bool = False                               # a finding reaches its file's fail-on

    @property
    def exit_code(self) -> int:
        if self.errors:
            return 2
        return 1 if (self.diffs or self.failing) else 0


def run(request: ScanRequest) -> ScanResult:
    """The scan, with its report (or diff) written where the request says."""
    sink = None
    if request.streams:
        from .report.stream import Sink
        sink = Sink(request.output.format)
    result = scan(request, sink)
    try:
        _deliver(request, result, sink)
    except InputError as e:
        result.errors.append(str(e))
        result.notes.clear()
    return result


def _deliver(request: ScanRequest, result: ScanResult, sink) -> None:
    from .report.output import write_out
    out = request.output
    if request.fixing.diff:
        if result.diffs or out.path:
            write_out(out.path, lambda stream: stream.write("".join(result.diffs)))
    elif sink is not None:
        sink.close()
    elif not request.baseline.write and (result.reports or not result.errors or out.format != "text"):
        # (a text report of nothing but errors would only say "0 files"; the errors said it all)
        from .report import writer
        write_out(out.path, lambda stream: writer(out.format)(result.reports, stream))


def scan(request: ScanRequest, sink: Optional[Callable] = None) -> ScanResult:
    """Run a scan. Raises InputError for a problem with the request itself (options, configuration,
    baseline); problems with single files land in `result.errors` and the other files are scanned.
    `sink`: called with each file's report as soon as it is ready, instead of keeping it."""
    return Scan(request, sink).run()


class Scan:
    """One scan's state while its files are checked in order."""

    def __init__(self, request: ScanRequest, sink: Optional[Callable]):
        self.request, self.sink = request, sink
        self.planner = Planner(request)
        self.baseline = None
        if request.baseline.read and not request.baseline.write:
            from .baseline import Baseline
            self.baseline = Baseline.read(request.baseline.read)
        self.result = ScanResult()
        self.executor = _executor(request.output.jobs or os.cpu_count() or 1)
        self.ahead: Optional[Ahead] = None
        self.fixed_findings = self.fixed_files = self.hidden = 0

    def run(self) -> ScanResult:
        from .progress import Progress, wanted
        request, result = self.request, self.result
        if request.fixing.unsafe and not request.fixing.active:  # (a warning, as ruff gives: the scan is still right)
            result.notes.append("warning: --unsafe-fixes does nothing without --fix or --diff")
        scanned = files(request, result.errors, result.notes, self.planner.resolver)
        check_targets(request, scanned)
        if request.alignment.active and len(scanned) + len(result.errors) != 1:
            raise InputError("--reference and --source need exactly one file to scan")
        sizes = [size(p) for p in scanned]
        show = request.output.progress
        show = wanted(len(scanned), sum(sizes)) if show is None else show
        if self._in_workers(scanned, sizes):
            self.ahead = checked_ahead(scanned, sizes, self.planner, self.executor, self._render())
        with Progress(len(scanned), sum(sizes), enabled=bool(show)) as bar:
            for path, n in zip(scanned, sizes):
                bar.begin(path)
                self.check(path, n)
                bar.advance(path, n)
        self._finish()
        return result

    @property
    def plain(self) -> bool:
        """No fixes, no aligned text: files may go to workers and large ones stream."""
        return not (self.request.fixing.active or self.request.alignment.active)

    def _in_workers(self, scanned: list[str], sizes: list[int]) -> bool:
        """Many files: whole files go to worker processes, in order. A few large files are split
        into line blocks instead (engine.run.check_text), which keeps every process busy."""
        jobs = self.executor.jobs
        return self.plain and jobs > 1 and len(scanned) >= FILES_PER_JOB * jobs and sum(sizes) >= PARALLEL_MIN_BYTES

    def _render(self) -> Optional[str]:
        """The format workers write reports in themselves, if they may."""
        streamable = self.plain and self.sink is not None and self.baseline is None and not self.request.baseline.write
        return self.request.output.format if streamable else None

    def check(self, path: str, n: int) -> None:
        """Check one file the way the request asks."""
        ahead = self.ahead is not None and path in self.ahead
        if self._render() and n >= STREAM_MIN_BYTES and not path.lower().endswith(".tsv") and not ahead \
                and not is_translation_file(path):
            self._stream(path)  # (stdin has size 0: never streamed)
            return
        done = self.ahead.take(path) if ahead else None
        if isinstance(done, Rendered):  # written out by a worker: only the exit status is left to settle
            self.sink(done)
            self._settle(self.planner.settings(path), done.worst)
            return
        try:
            source = self._read(path)
            settings = self.planner.settings(path)
            check = self._checker(path, source, settings, done)
            report = self._report(path, source, check)
            report.source_rules = tuple(r.code for r in settings.rules if r.needs_source)
        except InputError as e:
            self.result.errors.append(str(e))
            return
        self.hidden += check.hidden
        if self.sink is not None:
            self.sink(report)
        else:
            self.result.reports.append(report)
        self._settle(settings, max((f.severity.rank for f in report.findings), default=0))

    def _read(self, path: str):
        from .loader import read
        return read(path)

    def _checker(self, path: str, source, settings: Settings, done: Optional[FileReport]) -> "FileCheck":
        executor = SERIAL if self.ahead is not None else self.executor
        return FileCheck(source.path if path == "-" else path, settings, self.baseline, executor, done)

    def _report(self, path: str, source, check: "FileCheck") -> FileReport:
        if is_translation_file(path):  # hook: XLIFF, PO, TMX and CSV are read by checker.formats
            return self._translation(path, source, check)
        if self.request.fixing.active:
            return self._fix(path, source, check)
        if not self.request.alignment.active and not path.lower().endswith(".tsv"):
            report = check(source.text)
        else:  # a .tsv input, --reference or --source: the aligned text is checked and scored
            from .scoring.aligned import check_aligned
            alignment = self.request.alignment
            report = check_aligned(source, check, alignment.reference, alignment.source,
                                   alignment.normalize_before_scoring)
        return report

    def _translation(self, path: str, source, check: "FileCheck") -> FileReport:
        """A translation file: its units' targets checked with their sources (checker.formats),
        in the file's target language unless --lang or the configuration names one."""
        from .formats.scan import scan_file
        fixing = self.request.fixing

        def make_check(settings: Settings) -> "FileCheck":
            return FileCheck(check.path, settings, check.baseline, check.executor)
        outcome = scan_file(path, source, check.settings, make_check, self.result, fix=fixing.fix, diff=fixing.diff,
                            unsafe=fixing.unsafe, unfinished=self.request.targets.unfinished, baseline=self.baseline)
        check.hidden = outcome.check.hidden + outcome.hidden
        self.fixed_findings += outcome.written
        self.fixed_files += bool(outcome.written)
        return outcome.report

    def _fix(self, path: str, source, check: "FileCheck") -> FileReport:
        """The file fixed (--fix) or its fixes shown (--diff); the report of what is left."""
        from . import fixer
        fixing = self.request.fixing
        fixed, fixed_text = fixer.fix_file(path, source, check, fixing.unsafe)
        report = fixed.report
        if not fixed.converged:
            self.result.notes.append(f"{path}: fixes did not settle after {fixer.MAX_PASSES} passes")
        if fixed.changed:
            # lone CR endings were read as LF: they are put back, as every other byte stays
            before, after = source.restore(source.text), source.restore(fixed_text)
            if fixing.diff:  # the BOM stays in the diff, so that `patch` and `git apply` find the lines
                bom = "\ufeff" if source.bom else ""
                self.result.diffs.append(fixer.unified_diff(report.path, bom + before, bom + after))
                return report
            try:
                fixer.write_atomic(path, fixer.encode(after, source.bom), expect=fixer.encode(before, source.bom))
            except OSError as e:
                self.result.errors.append(f"{path}: cannot write the fixes ({e.strerror or e})")
                return fixer.fix_file(path, source, check, fixing.unsafe, passes=0)[0].report
            self.fixed_findings += len(fixed.applied)
            self.fixed_files += 1
        return report

    def _settle(self, settings: Settings, worst: int) -> None:
        threshold = fail_threshold(settings.fail_on)
        if threshold is not None and worst >= threshold:
            self.result.failing = True

    def _stream(self, path: str) -> None:
        """A large file read once from disk (its analysed lines kept on disk for pass two), its report
        handed to the sink as it is made: memory does not grow with its size. With more than one job
        its line blocks go to the workers. A file that turns out unreadable, or changed after its first
        look or while it is read (checker.loader.line_reader), is an error, met before its report starts."""
        from .loader import line_reader
        from .engine import run
        try:
            settings = self.planner.settings(path)
            args = (line_reader(path), path, settings.language, settings.rules, settings.options)
            if self.executor.jobs > 1:
                from .report.stream import spool_dir
                for part in run.stream_blocks(*args, settings.severity, self._render(), spool_dir(), self.executor):
                    self.sink(part)  # written out by the workers: only the exit status is left to settle
                    self._settle(settings, part.worst)
                return
            report = run.check_lines(*args)
            report.sentences = self._watched(report.sentences, settings)
            self.sink(report)
        except InputError as e:
            self.result.errors.append(str(e))

    def _watched(self, sentences, settings: Settings):
        """The sentences with their severity overrides applied (whatever fail-on says), settling
        the exit status as they pass."""
        from .selection import apply_severity
        overrides = dict(settings.severity)
        for s in sentences:
            self._settle(settings, apply_severity(s.findings, overrides))
            yield s

    def _finish(self) -> None:
        request, result = self.request, self.result
        if request.baseline.write:
            from .baseline import write
            n = write(request.baseline.write, result.reports)
            result.notes.append(f"wrote {n} finding{'s' if n != 1 else ''} to the baseline {request.baseline.write}")
            result.failing = False
        if request.fixing.fix:
            f, n = self.fixed_findings, self.fixed_files
            result.notes.append(f"fixed {f} finding{'s' if f != 1 else ''} in {n} file{'s' if n != 1 else ''}")
        if self.hidden:
            result.notes.append(f"{self.hidden} finding{'s' if self.hidden != 1 else ''} in the baseline not shown")
        result.errors = list(dict.fromkeys(result.errors))  # a broken configuration is named once, not per file


def _executor(jobs: int) -> Executor:
    return SERIAL if jobs <= 1 else PoolWhenNeeded(jobs)


class PoolWhenNeeded:
    """The process pool, imported and started when work is first handed to it: a small scan (a
    pre-commit run) never pays for either."""

    def __init__(self, jobs: int):
        self.jobs, self._pool = jobs, None

    def map(self, func, tasks, window=None):
        if self._pool is None:
            from .parallel import ProcessPool
            self._pool = ProcessPool(self.jobs)
        return self._pool.map(func, tasks, window)


class FileCheck:
    """Scans one text of a file with its settings, then applies the severity overrides and the
    baseline (counting what it hid). `done`: the report of the file already checked in a worker."""

    def __init__(self, path: str, settings: Settings, baseline, executor: Executor,
                 done: Optional[FileReport] = None):
        self.path, self.settings, self.baseline, self.executor, self.done = path, settings, baseline, executor, done
        self.overrides = dict(settings.severity)
        self.hidden = 0

    def __call__(self, text: str, sources: Optional[list[str]] = None) -> FileReport:
        from .engine.run import check_text
        if self.done is not None and sources is None:
            report, self.done = self.done, None
        else:
            s = self.settings
            report = check_text(text, path=self.path, language=s.language, rules=s.rules, options=s.options,
                                sources=sources, executor=self.executor)
        if self.overrides:
            from .selection import apply_severity
            apply_severity(report.findings, self.overrides)
        if self.baseline is not None:
            self.hidden = self.baseline.filter(report)
        return report


def checked_ahead(scanned: list[str], sizes: list[int], planner: Planner, executor: Executor,
                  render: Optional[str]) -> "Ahead":
    """Plain files (not stdin, not .tsv, not translation files) checked on the executor's workers, in file order."""
    from .engine import run, tasks
    from .report.stream import spool_dir
    todo, todo_sizes = [], []
    spool = spool_dir() if render else None
    for path, n in zip(scanned, sizes):
        if path == "-" or path.lower().endswith(".tsv") or is_translation_file(path):
            continue
        try:
            s = planner.settings(path)
        except InputError:
            continue  # the main loop reports it
        setup = tasks.Setup(tuple(r.code for r in s.rules), s.language, "", s.options)
        todo.append(tasks.FileTask(path, setup, s.severity, render, spool))
        todo_sizes.append(n)
    return Ahead(run.check_files(todo, todo_sizes, executor), {t.path for t in todo})


class Ahead:
    """Reports computed by worker processes, arriving in file order; `take` waits for one."""

    def __init__(self, results, paths: set[str]):
        self._results, self._got, self.paths = results, {}, paths

    def __contains__(self, path: str) -> bool:
        return path in self._got or path in self.paths

    def take(self, path: str) -> Optional[FileReport]:
        """The report of `path`, or None when the worker could not read it (the caller will)."""
        while path not in self._got:
            p, report = next(self._results)
            self._got[p] = report
        return self._got.pop(path)


def example_fixes(rule) -> list[tuple[str, list]]:
    """Each bad example of `rule` with its (flagged text, fix) pairs, for `checker explain`."""
    from .engine.run import check_text
    out = []
    for ex in rule.bad:
        text = ex[0] if isinstance(ex, tuple) else ex
        report = check_text(text, rules=[rule])
        out.append((text, [(f.text, f.fix) for f in report.findings if f.rule == rule.code]))
    return out
