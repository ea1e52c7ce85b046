"""`checker scan --dask`: files checked on the workers, the report written by them in part files
(JSON Lines), then copied in order into the report: byte for byte `--jobs 1`.

A small file, when there are files enough for every worker, is one task: checked whole on one
worker, as --jobs checks it. Any other file is split in line partitions: pass one on each (its
document facts), the reduce of the document rules, then pass two on each (its findings).

Lines are read as the scan reads them (checker.loader.line_reader: a BOM dropped, CRLF and a lone CR
end a line). A file that cannot be read (bad UTF-8, NUL bytes, an overlong line) is reported as the
scan reports it, in the scan's words, and the other files are scanned.
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
from typing import Iterator, NamedTuple, Optional

from ..corpus import engine
from ..corpus.readers import Part, partitions, raw_lines
from ..errors import InputError
from ..loader import MAX_LINE
from ..model import fail_threshold
from ..workflow import STREAM_MIN_BYTES
from . import ahead_of_reduce, announce, atomic_write, connect, packed, reduce_on, tune, wait, workers_of
from . import partition_bytes as sized


class Unreadable(Exception):
    """A partition holds a line the scan cannot read; the client words the error (with its line)."""


def scan_lines(part: Part) -> Iterator[str]:
    """The part's lines, cut and decoded as checker.loader.line_reader does."""
    for k, raw in enumerate(raw_lines(part)):
        if k == 0 and part.start == 0 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if b"\x00" in raw:
            raise Unreadable(part.path)
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise Unreadable(part.path) from None
        line = line[:-1] if line.endswith("\n") else line
        line = line[:-1] if line.endswith("\r") else line
        for piece in line.split("\r"):
            if len(piece) > MAX_LINE:
                raise Unreadable(part.path)
            yield piece


def _segments(part: Part) -> list:
    tune()
    return [engine.Segment(line) for line in scan_lines(part)]


def _sample(part: Part) -> list[str]:
    tune()
    return engine.language_sample((engine.Segment(x) for x in scan_lines(part)), engine.LANGUAGE_SAMPLE)


def _facts(part: Part, setup, language: str, keep: str) -> bytes:
    return packed(engine.facts(_segments(part), setup, language, keep))


def _write(part: Part, setup, language: str, merged, index: int, path: str, target: str, keep: str) -> int:
    """On a worker: the part's report as JSON Lines in `target`; the highest severity rank in it."""
    per_segment = engine.report(_segments(part), setup, language, merged.states, merged.starts[index],
                                kept=keep)
    return _written(per_segment, path, language, target)


def _whole(part: Part, setup, path: str, target: str) -> int:
    """On a worker: a whole file checked as --jobs checks it (its language, both passes here, each
    line analysed once), its report written to `target`; the highest severity rank in it."""
    language, per_segment = engine.check_document(_segments(part), setup)
    return _written(per_segment, path, language, target)


def _written(per_segment: list, path: str, language: str, target: str) -> int:
    """A file's (or partition's) sentence reports written to `target` whole or not at all."""
    import io
    from ..model import FileReport
    from ..report.jsonl_report import write_file
    sentences = [s for per in per_segment for s in per]
    worst = max((f.severity.rank for s in sentences for f in s.findings), default=0)

    def write(f) -> None:
        out = io.TextIOWrapper(f, encoding="utf-8", newline="")
        write_file(FileReport(path, language, sentences), out)
        out.flush()
        out.detach()
    atomic_write(target, write)
    return worst


def _refuse(request) -> None:
    if request.output.format != "jsonl":
        raise InputError("--dask writes the report as JSON Lines (--format jsonl): the workers write it in parts")
    for flag, on in (("--fix", request.fixing.fix), ("--diff", request.fixing.diff),
                     ("--baseline", request.baseline.read), ("--write-baseline", request.baseline.write),
                     ("--reference", request.alignment.reference), ("--source", request.alignment.source)):
        if on:
            raise InputError(f"--dask does not combine with {flag} (run that scan without --dask)")


def _refuse_input(path: str) -> None:
    """--dask scans plain text files the workers read: the other inputs go through the scan without it."""
    from ..formats import is_translation_file
    if path == "-" or path.lower().endswith(".tsv"):
        raise InputError(f"{path}: --dask scans files the workers can read, not standard input or a .tsv "
                         "(use checker filter --dask for source<TAB>target corpora)")
    if is_translation_file(path):
        raise InputError(f"{path}: --dask scans plain text; a translation file (XLIFF, PO, TMX, CSV) is scanned "
                         "without --dask")


def _language(client, parts: list[Part], forced: Optional[str]) -> str:
    """The file's language from its first lines, read on the workers one partition at a time."""
    if forced:
        return forced
    samples: list[list[str]] = []
    for part in parts:
        samples.append(client.submit(_sample, part, pure=False).result())
        if sum(map(len, samples)) >= engine.LANGUAGE_SAMPLE:
            break
    return engine.doc_language_of(samples, None)


def _unreadable(path: str) -> str:
    """The scan's own error for a file it cannot read (read here, up to the bad line)."""
    from ..loader import line_reader
    try:
        for _ in line_reader(path)():
            pass
    except InputError as e:
        return str(e)
    return f"{path}: cannot be read"


def scan_on(request, address, partition_bytes: Optional[int] = None, show: Optional[bool] = None):
    """Run the scan of `request` (a checker.requests.ScanRequest) on Dask; writes the report to
    its output or stdout. Returns a workflow.ScanResult (errors, exit status)."""
    from ..planning import Planner, check_targets
    from ..planning import files as scanned_files
    from ..workflow import ScanResult
    _refuse(request)
    planner = Planner(request)
    result = ScanResult()
    files = scanned_files(request, result.errors)
    for item in files:
        _refuse_input(item)
    check_targets(request, files)
    spool = os.environ.get("CHECKER_DASK_SPOOL") or None
    spool = tempfile.mkdtemp(prefix="checker-dask-", dir=spool)
    try:
        with connect(address) as client:
            announce(client)
            jobs = _submit(client, planner, files, spool, partition_bytes, result.errors, show)
            _wait_all(jobs, show)
            _emit(jobs, request.output.path, result)
    finally:
        shutil.rmtree(spool, ignore_errors=True)
    return result


class _Job(NamedTuple):
    """A file's tasks: their part files, in order, and the futures writing them."""
    path: str
    settings: object
    targets: list
    writes: list


class _Split(NamedTuple):
    """A file split in partitions, its pass one queued: what pass two needs."""
    index: int
    path: str
    settings: object
    setup: engine.Setup
    language: str
    parts: list
    keeps: list
    merged: object


def _submit(client, planner, files: list[str], spool: str, partition_bytes: Optional[int], errors: list,
            show: Optional[bool]) -> list:
    """Every file's tasks, the jobs in file order: a file checked whole is one task; a split file
    has its pass one and reduce run (this waits on them: pass one stays a few partitions ahead of
    the reduce), then its pass two queued, before the next files' pass one."""
    whole = _whole_files(client, files, partition_bytes)
    jobs = []
    for i, path in enumerate(files):
        try:
            settings = planner.settings(path)
            setup = engine.Setup(tuple(r.code for r in settings.rules), settings.language,
                                 settings.options, settings.severity)
            if path in whole:
                target = os.path.join(spool, f"{i:05d}.jsonl")
                part = Part(path, "text", 0, os.path.getsize(path))
                jobs.append(_Job(path, settings, [target], [client.submit(_whole, part, setup, path, target,
                                                                          pure=False)]))
            else:
                split = _pass_one(client, i, path, settings, setup, spool, partition_bytes, show)
                jobs.append(_pass_two(client, split, spool))
        except (InputError, Unreadable) as e:
            errors.append(_unreadable(path) if isinstance(e, Unreadable) else str(e))
    return jobs


def _pass_one(client, i: int, path: str, settings, setup, spool: str, partition_bytes: Optional[int],
              show: Optional[bool]) -> _Split:
    """A split file's pass one and reduce queued; returns as its reduce ends (a bar on a terminal)."""
    from ..progress import Progress, wanted
    parts = partitions(path, "text", sized(client, os.path.getsize(path), partition_bytes))
    language = _language(client, parts, settings.language)
    keeps = [os.path.join(spool, f"{i:05d}-{j:05d}.pkl") for j in range(len(parts))]
    show = wanted(len(parts), 1 << 40) if show is None else show
    with Progress(len(parts), len(parts), enabled=show) as bar:
        merged = reduce_on(client, (client.submit(_facts, part, setup, language, keep, pure=False)
                                    for part, keep in zip(parts, keeps)), setup, language, ahead_of_reduce(client),
                           lambda: bar.advance(f"{path}: pass one", 1))
    return _Split(i, path, settings, setup, language, parts, keeps, merged)


def _pass_two(client, f: _Split, spool: str) -> _Job:
    targets = [os.path.join(spool, f"{f.index:05d}-{j:05d}.jsonl") for j in range(len(f.parts))]
    writes = [client.submit(_write, part, f.setup, f.language, f.merged, j, f.path, target, keep, pure=False)
              for j, (part, target, keep) in enumerate(zip(f.parts, targets, f.keeps))]
    return _Job(f.path, f.settings, targets, writes)


WHOLE_FILE = STREAM_MIN_BYTES  # as --jobs: a smaller file is checked whole in one process
WHOLE_FILES_PER_WORKER = 2  # fewer files than this per worker: split them, or some workers would wait


def _whole_files(client, files: list[str], partition_bytes: Optional[int]) -> set[str]:
    """The files checked whole, one task each: with files enough to keep every worker busy, those
    --jobs checks whole (their lines analysed once, nothing spilled or sent between the passes);
    with fewer files, or partitions asked for, every file is split so that all workers have work."""
    small = {p for p in files if os.path.isfile(p) and os.path.getsize(p) < WHOLE_FILE}
    return small if partition_bytes is None and len(small) >= WHOLE_FILES_PER_WORKER * workers_of(client) else set()


def _wait_all(jobs: list, show: Optional[bool]) -> None:
    from distributed import wait as dask_wait
    futures = [f for *_, writes in jobs for f in writes]
    try:
        wait(futures, "partitions", show)
    except Exception:  # noqa: BLE001 - a file's failure is reported with that file below
        dask_wait(futures)


def _emit(jobs: list, output: Optional[str], result) -> None:
    """The finished files' part files, in order, into the report."""
    def copy(out) -> None:
        for path, settings, targets, writes in jobs:
            failed = next((f for f in writes if f.status == "error"), None)
            if failed is not None:
                error = failed.exception()
                result.errors.append(_unreadable(path) if isinstance(error, Unreadable) else f"{path}: {error}")
                continue
            worst = max((f.result() for f in writes), default=0)
            threshold = fail_threshold(settings.fail_on)
            result.failing |= threshold is not None and worst >= threshold
            for target in targets:
                with open(target, "rb") as f:
                    shutil.copyfileobj(f, out, 1 << 20)
                os.unlink(target)
    if not output or output == "-":
        sys.stdout.flush()
        copy(sys.stdout.buffer)
        sys.stdout.buffer.flush()
        return
    atomic_write(output, copy)
