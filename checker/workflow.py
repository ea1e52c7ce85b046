"""`checker scan` without the command line: configuration per file, scanning, severity overrides,
baseline, fixes, diffs and the exit status. The CLI only parses options and prints the result."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Callable, Optional, Sequence, Union

from .config import Config, Resolver
from .errors import InputError
from .model import FileReport, Options, Rendered, Severity

RANK = {"info": 1, "warning": 2, "error": 3}
PARALLEL_MIN_BYTES = 1 << 20  # smaller scans (a pre-commit run) stay in one process: a pool costs more
FILES_PER_JOB = 4             # files per process before whole files (not line blocks) are shared out
STREAM_MIN_BYTES = 16 << 20   # with a sink, larger files are read twice from disk rather than held


@dataclass
class ScanRequest:
    paths: Sequence[str]
    glob: str = "*.txt"
    select: Optional[Sequence[str]] = None   # command line: wins over the configuration
    ignore: Optional[Sequence[str]] = None
    language: Optional[str] = None
    glossary: Optional[str] = None
    fail_on: Optional[str] = None
    config: Optional[str] = None             # an explicit configuration file for every path
    isolated: bool = False                   # ignore configuration files
    fix: bool = False
    unsafe_fixes: bool = False
    diff: bool = False
    baseline: Optional[str] = None
    write_baseline: Optional[str] = None
    progress: Optional[bool] = None          # None: decide from the terminal and the scan's size
    reference: Optional[str] = None          # line-aligned reference: scores per sentence and corpus
    source: Optional[str] = None             # line-aligned English source, carried into the report
    normalize_before_scoring: bool = False
    output: Optional[str] = None             # where the CLI writes the report: never onto a scanned file
    jobs: Optional[int] = None               # processes; None: the number of cores
    # Called with each file's report as soon as it is ready, instead of keeping it in the result
    # (a streaming report format). A large file's report then holds an iterator of sentences.
    sink: Optional[Callable[[Union[FileReport, Rendered]], None]] = None
    render: Optional[str] = None             # the sink's format, which worker processes may write for it


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


@dataclass(frozen=True)
class Settings:
    """Everything one file is checked with."""
    rules: tuple
    language: Optional[str]
    options: Options
    severity: tuple[tuple[str, Severity], ...]   # rule code -> overriding severity
    fail_on: str


class Planner:
    """Turns the request and each file's configuration into `Settings`, caching them."""

    def __init__(self, request: ScanRequest):
        from .rules import all_rules
        from .selection import split_csv, unknown_tokens
        self.request = request
        self.rules = all_rules()
        self.select = split_csv(request.select) or None
        if request.select is not None and self.select is None:
            raise InputError("--select: no rule named (give codes, code prefixes, names or categories, "
                             "or leave --select out for every rule)")
        self.ignore = split_csv(request.ignore)
        for option, tokens in (("--select", self.select or ()), ("--ignore", self.ignore)):
            bad = unknown_tokens(tokens, self.rules)
            if bad:
                raise InputError(f"{option}: unknown rule code, name or category '{bad[0]}' (see `checker rules`)")
        if request.glossary is not None:
            from .analysis.glossary import load_glossary
            if not os.path.isfile(request.glossary):
                raise InputError(f"{request.glossary}: no such glossary file (--glossary)")
            load_glossary(request.glossary)  # an unusable glossary is an input error before any scan
        if request.fail_on is not None and request.fail_on not in ("error", "warning", "info", "never"):
            raise InputError(f"--fail-on: expected error, warning, info or never, got {request.fail_on!r}")
        self.resolver = Resolver(request.config, request.isolated)
        self._cache: dict = {}

    def settings(self, path: str) -> Settings:
        from .selection import resolve, severity_for
        cfg: Config = self.resolver.for_file(path)
        per_file = tuple(cfg.ignores_for(path)) if path != "-" else ()
        language = self.request.language or (cfg.language_for(path) if path != "-" else cfg.language)
        key = (id(cfg), per_file, language)
        if key not in self._cache:
            layers = [(cfg.select, cfg.ignore), (self.select, self.ignore), (None, per_file)]
            rules = tuple(resolve(self.rules, layers))
            severity = tuple((r.code, s) for r in rules if (s := severity_for(r, cfg.severity)) is not None)
            options = Options(glossary=self.request.glossary or cfg.glossary)
            if options.glossary:
                from .analysis.glossary import load_glossary
                load_glossary(options.glossary)  # InputError naming the file, before any rule runs
            fail_on = self.request.fail_on or cfg.fail_on or "error"
            self._cache[key] = Settings(rules, language, options, severity, fail_on)
        return self._cache[key]


def checker_for(path: str, settings: Settings, baseline=None, dropped: Optional[list] = None,
                jobs: int = 1, done: Optional[FileReport] = None) -> Callable[[str], FileReport]:
    """A function that scans one text of `path` with `settings`, then applies the severity
    overrides and the baseline (counting what the baseline hid into `dropped[0]`). `done`: the
    report of the file's text already checked in a worker process."""
    from .pipeline import check_text
    overrides = dict(settings.severity)

    def check(text: str, sources: Optional[list[str]] = None) -> FileReport:
        nonlocal done
        if done is not None and sources is None:
            report, done = done, None
        else:
            report = check_text(text, path=path, language=settings.language, rules=settings.rules,
                                options=settings.options, sources=sources, jobs=jobs)
        if overrides:
            from .selection import apply_severity
            apply_severity(report.findings, overrides)
        if baseline is not None:
            n = baseline.filter(report)
            if dropped is not None:
                dropped[0] = n
        return report
    return check


def _checked_ahead(files: list[str], sizes: list[int], planner: Planner, jobs: int,
                   render: Optional[str]) -> "Ahead":
    """Plain files (not stdin, not .tsv) checked in worker processes, in file order."""
    from .parallel import check_files
    todo: list = []
    for path, size in zip(files, sizes):
        if path == "-" or path.lower().endswith(".tsv"):
            continue
        try:
            todo.append((path, planner.settings(path), size))
        except InputError:
            continue  # the main loop reports it
    ahead = Ahead(check_files([(p, s.language, tuple(r.code for r in s.rules), s.options, s.severity)
                               for p, s, _ in todo], [n for *_, n in todo], jobs, render))
    ahead.paths = {p for p, *_ in todo}
    return ahead


class Ahead:
    """Reports computed by worker processes, arriving in file order; `take` waits for one."""

    def __init__(self, results):
        self._results, self._got, self.paths = results, {}, set()

    def __contains__(self, path: str) -> bool:
        return path in self._got or path in self.paths

    def take(self, path: str) -> Optional[FileReport]:
        """The report of `path`, or None when the worker could not read it (the caller will)."""
        while path not in self._got:
            p, report = next(self._results)
            self._got[p] = report
        return self._got.pop(path)


def _check_glob(glob: str) -> None:
    from pathlib import PurePosixPath
    parts = PurePosixPath(glob.replace("\\", "/")).parts
    if not glob.strip() or glob.startswith(("/", "\\")) or os.path.isabs(glob) or ".." in parts:
        raise InputError(f"--glob: {glob!r} is not a pattern relative to the scanned directory "
                         "(e.g. '*.txt' or 'ur/**/*.txt')")


def _same_file(a: str, b: str) -> bool:
    return os.path.realpath(a) == os.path.realpath(b)


def _check_targets(request: ScanRequest, files: list[str]) -> None:
    """Refuse, before anything is written, a report or baseline that would replace a scanned file,
    the baseline being read or any file that is not a checker baseline."""
    targets = [(request.output, "--output", "the report"), (request.write_baseline, "--write-baseline", "the baseline")]
    for target, option, what in targets:
        if not target or target == "-":
            continue
        inputs = [p for p in (*files, request.reference, request.source, request.glossary, request.config)
                  if p and p != "-"]
        if any(_same_file(target, p) for p in inputs):
            raise InputError(f"{target}: {option} would overwrite a file this scan reads; write {what} elsewhere")
        if os.path.isdir(target):
            raise InputError(f"{target}: {option} names a directory; give a file name")
        parent = os.path.dirname(os.path.abspath(target))
        if not os.path.isdir(parent):
            raise InputError(f"{target}: {option}: no such directory {parent}")
    if request.output and request.baseline and _same_file(request.output, request.baseline):
        raise InputError(f"{request.output}: --output would overwrite the baseline given with --baseline")
    target = request.write_baseline
    if target and os.path.isfile(target) and os.path.getsize(target) > 0:
        from .baseline import Baseline
        try:
            Baseline.read(target)
        except InputError:
            raise InputError(f"{target}: exists and is not a checker baseline; not overwritten "
                             "(--write-baseline replaces only a baseline)") from None


def _check_stdin(request: ScanRequest) -> None:
    readers = [p for p in request.paths if p == "-"] + [p for p in (request.reference, request.source) if p == "-"]
    if len(readers) > 1:
        raise InputError("-: standard input can be read only once; give the other inputs as files")


def _files(request: ScanRequest, result: ScanResult) -> list[str]:
    from .loader import expand
    files = []
    for item in expand(list(request.paths), request.glob):
        if isinstance(item, InputError):
            result.errors.append(str(item))
        else:
            files.append(item)
    return files


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size if path != "-" else 0
    except OSError:
        return 0


def scan(request: ScanRequest) -> ScanResult:
    """Run a scan. Raises InputError for a problem with the request itself (options, configuration,
    baseline); problems with single files land in `result.errors` and the other files are scanned."""
    from .loader import read
    from .progress import Progress, wanted

    if request.fix and request.diff:
        raise InputError("--fix and --diff: choose one (--diff shows the fixes, --fix writes them)")
    if (request.fix or request.diff) and request.write_baseline:
        raise InputError("--write-baseline records findings; it does not combine with --fix or --diff")
    if request.write_baseline and request.output:
        raise InputError("--write-baseline writes no report; leave out --output")
    if request.config is not None and request.isolated:
        raise InputError("--config and --no-config: choose one")
    if request.fix and "-" in request.paths:
        raise InputError("-: cannot fix standard input in place (use --diff)")

    aligned = request.reference is not None or request.source is not None
    if aligned and (request.fix or request.diff):
        raise InputError("--reference and --source do not combine with --fix or --diff")

    if request.fix or request.diff:
        from . import fixer
    _check_glob(request.glob)
    _check_stdin(request)
    planner = Planner(request)
    baseline = None
    if request.baseline and not request.write_baseline:
        from .baseline import Baseline
        baseline = Baseline.read(request.baseline)
    result = ScanResult()
    files = _files(request, result)
    _check_targets(request, files)
    if aligned and len(files) + len(result.errors) != 1:
        raise InputError("--reference and --source need exactly one file to scan")
    sizes = [_size(p) for p in files]
    show = request.progress if request.progress is not None else wanted(len(files), sum(sizes))
    fixed_findings = fixed_files = hidden = 0

    jobs = request.jobs or os.cpu_count() or 1
    plain = not (request.fix or request.diff or aligned)
    # Many files: whole files go to worker processes, in order; one large file: its line blocks do.
    # Whole files to workers only when there are enough to balance the load; a few large files
    # are split into line blocks instead (check_text), which keeps every process busy.
    parallel = plain and jobs > 1 and len(files) >= FILES_PER_JOB * jobs and sum(sizes) >= PARALLEL_MIN_BYTES
    streamable = plain and request.sink is not None and baseline is None and not request.write_baseline
    ahead = _checked_ahead(files, sizes, planner, jobs, request.render if streamable else None) if parallel else None
    with Progress(len(files), sum(sizes), enabled=bool(show)) as bar:
        for path, size in zip(files, sizes):
            bar.begin(path)
            if streamable and size >= STREAM_MIN_BYTES and not path.lower().endswith(".tsv") \
                    and not (ahead and path in ahead):  # (stdin has size 0: never streamed)
                _stream(path, planner, result, jobs)
                bar.advance(path, size)
                continue
            done = ahead.take(path) if ahead and path in ahead else None
            if isinstance(done, Rendered):  # written out by a worker: only the exit status is left to settle
                request.sink(done)
                threshold = RANK.get(planner.settings(path).fail_on)
                result.failing |= threshold is not None and done.worst >= threshold
                bar.advance(path, size)
                continue
            try:
                source = read(path)
                settings = planner.settings(path)
            except InputError as e:
                result.errors.append(str(e))
                bar.advance(path, size)
                continue
            dropped = [0]
            check = checker_for(source.path if path == "-" else path, settings, baseline, dropped,
                                jobs=1 if ahead else jobs, done=done)
            if request.fix or request.diff:
                try:
                    fixed, fixed_text = _fix(path, source, check, request.unsafe_fixes)
                except InputError as e:  # a .tsv line without two columns
                    result.errors.append(str(e))
                    bar.advance(path, size)
                    continue
                report = fixed.report
                if not fixed.converged:
                    result.notes.append(f"{path}: fixes did not settle after {fixer.MAX_PASSES} passes")
                if fixed.changed:
                    # lone CR endings were read as LF: they are put back, as every other byte stays
                    before, after = source.restore(source.text), source.restore(fixed_text)
                    if request.diff:  # the BOM stays in the diff, so that `patch` and `git apply` find the lines
                        bom = "\ufeff" if source.bom else ""
                        result.diffs.append(fixer.unified_diff(report.path, bom + before, bom + after))
                    else:
                        try:
                            fixer.write_atomic(path, fixer.encode(after, source.bom),
                                               expect=fixer.encode(before, source.bom))
                        except OSError as e:
                            result.errors.append(f"{path}: cannot write the fixes ({e.strerror or e})")
                            report = _fix(path, source, check, request.unsafe_fixes, passes=0)[0].report
                        else:
                            fixed_findings += len(fixed.applied)
                            fixed_files += 1
            elif not aligned and not path.lower().endswith(".tsv"):
                report = check(source.text)
            else:  # a .tsv input, --reference or --source: the aligned text is checked and scored
                from .scoring.aligned import check_aligned
                try:
                    report = check_aligned(source, check, request.reference, request.source,
                                           request.normalize_before_scoring)
                except InputError as e:
                    result.errors.append(str(e))
                    bar.advance(path, size)
                    continue
            hidden += dropped[0]
            if request.sink is not None:
                request.sink(report)
            else:
                result.reports.append(report)
            threshold = RANK.get(settings.fail_on)
            if threshold is not None and any(f.severity.rank >= threshold for f in report.findings):
                result.failing = True
            bar.advance(path, size)

    if request.write_baseline:
        from .baseline import write
        n = write(request.write_baseline, result.reports)
        result.notes.append(f"wrote {n} finding{'s' if n != 1 else ''} to the baseline {request.write_baseline}")
        result.failing = False
    if request.fix:
        result.notes.append(f"fixed {fixed_findings} finding{'s' if fixed_findings != 1 else ''} "
                            f"in {fixed_files} file{'s' if fixed_files != 1 else ''}")
    if hidden:
        result.notes.append(f"{hidden} finding{'s' if hidden != 1 else ''} in the baseline not shown")
    result.errors = list(dict.fromkeys(result.errors))  # a broken configuration is named once, not per file
    return result


def _fix(path: str, source, check: Callable[..., FileReport], unsafe: bool, passes: Optional[int] = None):
    """(FixResult, the whole fixed text). A `.tsv` (source<TAB>target) has only its target column
    fixed, checked with its source as a scan checks it, and the report is the scan's (TSV columns);
    every other byte of the file stays. `passes=0`: only the report of the text as it is."""
    from . import fixer
    passes = fixer.MAX_PASSES if passes is None else passes
    if not path.lower().endswith(".tsv"):
        fixed = fixer.fix_text(source.text, check, unsafe=unsafe, max_passes=passes)
        return fixed, fixed.text
    from .scoring.aligned import annotate, load
    aligned = load(source)
    fixed = fixer.fix_text(aligned.target_text, lambda text: check(text, sources=aligned.sources),
                           unsafe=unsafe, max_passes=passes)
    annotate(fixed.report, aligned)
    return fixed, _with_targets(source.text, fixed.text.split("\n"))


def _with_targets(text: str, targets: list[str]) -> str:
    """`text`, a source<TAB>target file, with the target cell of each non-blank line replaced."""
    lines = text.split("\n")
    for i, line in enumerate(lines[:len(targets)]):
        cr = "\r" if line.endswith("\r") else ""
        body = line[:len(line) - len(cr)]
        if body:
            lines[i] = body.split("\t", 1)[0] + "\t" + targets[i] + cr
    return "\n".join(lines)


def _stream(path: str, planner: Planner, result: ScanResult, jobs: int) -> None:
    """A large file read twice from disk, its report handed to the sink as it is made: memory does
    not grow with its size. Only the plain scan streams (no fixes, baseline or aligned text). With
    `jobs` > 1 and a format workers can write, its line blocks are checked in worker processes."""
    from .loader import line_reader
    request = planner.request
    in_blocks = jobs > 1 and request.render is not None
    try:
        settings = planner.settings(path)
        if in_blocks:
            from .parallel import stream_blocks
            parts = stream_blocks(line_reader(path), path, settings.language, settings.rules, settings.options,
                                  settings.severity, request.render, jobs)
        else:
            from .pipeline import check_lines
            report = check_lines(line_reader(path), path, settings.language, settings.rules, settings.options)
    except InputError as e:
        result.errors.append(str(e))
        return
    overrides, threshold = dict(settings.severity), RANK.get(settings.fail_on)
    if in_blocks:
        for part in parts:  # written out by the workers: only the exit status is left to settle
            request.sink(part)
            result.failing |= threshold is not None and part.worst >= threshold
        return
    from .selection import apply_severity

    def watched(sentences):
        for s in sentences:
            worst = apply_severity(s.findings, overrides)  # overrides apply whatever fail-on says
            if threshold is not None and worst >= threshold:
                result.failing = True
            yield s
    report.sentences = watched(report.sentences)
    request.sink(report)


def example_fixes(rule) -> list[tuple[str, list]]:
    """Each bad example of `rule` with its (flagged text, fix) pairs, for `checker explain`."""
    from .pipeline import check_text
    out = []
    for ex in rule.bad:
        text = ex[0] if isinstance(ex, tuple) else ex
        report = check_text(text, rules=[rule])
        out.append((text, [(f.text, f.fix) for f in report.findings if f.rule == rule.code]))
    return out
