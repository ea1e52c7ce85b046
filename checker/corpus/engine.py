"""Segments checked in partitions: the pieces every executor (this process, Dask workers) runs.

A segment is one text (a line of a corpus, a cell of a table) with an optional English source. It
may hold line breaks: its lines are checked as lines, and its findings name lines of the segment.

Two ways to check a run of segments:
- each segment alone (`independent`): the document rules see one segment as the whole document.
  Partitions need nothing from each other.
- the segments as one document (`facts` → `merge` → `report`): each partition sends back its lines'
  document facts, a reduce runs the document rules' first pass over them in order (in one process
  `merge`; on a cluster a chain, `merge_start` → `merge_step` per partition → `merged`, so that no
  task holds every partition's facts), then each partition writes its findings with the merged states. The report is the one a single
  process gives (the same two passes as checker.engine.document.DocumentPasses, cut at partition ends).
"""
from __future__ import annotations

import pickle
from dataclasses import dataclass, field
from typing import Iterable, Iterator, NamedTuple, Optional, Sequence

from ..model import Options, SentenceReport, Severity
from ..engine.document import Collection, DocumentPasses, Interner
from ..engine.lines import LANGUAGE_SAMPLE, LineAnalyser, RuleSet, document_language
from ..rules.base import At

__all__ = ["LANGUAGE_SAMPLE", "Segment", "Setup", "setup_for", "independent", "language_sample",
           "doc_language_of", "facts", "merge", "merge_start", "merge_step", "merged", "report", "advance", "check_document"]


class Segment(NamedTuple):
    text: str
    source: Optional[str] = None


@dataclass(frozen=True)
class Setup:
    """Everything a partition is checked with; small and picklable (rules travel by code)."""
    codes: tuple[str, ...]
    language: Optional[str] = None
    options: Options = field(default_factory=Options)
    severity: tuple[tuple[str, Severity], ...] = ()  # rule code -> overriding severity


def setup_for(select=None, ignore=None, language: Optional[str] = None, glossary: Optional[str] = None,
              severity: Sequence[tuple[str, Severity]] = ()) -> Setup:
    """A Setup from command-line style choices (codes, prefixes, names or categories)."""
    from ..rules import all_rules
    from ..selection import select_rules, split_csv
    pick = lambda v: split_csv([v] if isinstance(v, str) else list(v or ()))  # noqa: E731
    rules = select_rules(all_rules(), pick(select), pick(ignore))
    return Setup(tuple(r.code for r in rules), language, Options(glossary=glossary), tuple(severity))


_RULES: dict = {}


def rules_of(setup: Setup) -> list:
    """The rule objects of a setup, built once per process."""
    if setup.codes not in _RULES:
        from ..rules import all_rules
        wanted = set(setup.codes)
        _RULES[setup.codes] = [r for r in all_rules() if r.code in wanted]
    return _RULES[setup.codes]


def segment_lines(text: str) -> list[str]:
    """A segment's lines: split at LF, a CR before it dropped; an empty segment is one empty line."""
    return [x[:-1] if x.endswith("\r") else x for x in text.split("\n")]


class _Sources:
    """Source lines indexed by document line number (`LineAnalyser.source` reads `sources[n - 1]`)."""

    def __init__(self, by_line: dict):
        self.by_line = by_line

    def __len__(self) -> int:
        return 1 << 62

    def __getitem__(self, i: int) -> Optional[str]:
        return self.by_line.get(i + 1)


def _lines(segments: Sequence[Segment], first_line: int) -> tuple[list[str], Optional[_Sources], list[int]]:
    """The lines of `segments` numbered from `first_line`, their sources, each segment's line count.
    A source goes with its segment's lines when it has as many lines (else with none of them)."""
    lines: list[str] = []
    sources: dict = {}
    counts: list[int] = []
    for seg in segments:
        own = segment_lines(seg.text)
        if seg.source is not None:
            src = segment_lines(seg.source)
            if len(src) == len(own):
                for k, s in enumerate(src):
                    sources[first_line + len(lines) + k] = s
        lines += own
        counts.append(len(own))
    return lines, (_Sources(sources) if sources else None), counts


class _Document:
    """The engine's pieces for one document: its lines analysed, the document rules' two passes.
    (The only place that knows the engine's classes.)"""

    def __init__(self, setup: Setup, doc_language: str, sources=None):
        rules = RuleSet(rules_of(setup), setup.language, doc_language, setup.options)
        self._analyser, self._passes = LineAnalyser(rules, sources), DocumentPasses(rules)
        self.analyse = self._analyser.analyse
        self.document_rules = bool(rules.document_rules)

    def use_sources(self, sources) -> None:
        self._analyser.sources = sources

    def collect(self, lines: Iterable[tuple[int, tuple]]) -> list:
        """Pass one over each line's (number of sentences, document facts): the rules' states."""
        return self._passes.collect(lines)

    def fold(self, fold: "Fold", part: list[tuple[int, tuple]]) -> "Fold":
        """Pass one carried on over the next partition's line facts."""
        fold.collection.feed(self._passes.document_rules, fold.interner.block(fold.line, part))
        fold.line += len(part)
        return fold

    def concluded(self, fold: "Fold") -> list:
        return fold.collection.conclude(self._passes.document_rules)

    def reports(self, results: list, states: list, start: At = At(1, 0, 0)) -> Iterator[SentenceReport]:
        return self._passes.reports(results, states, start)


def _counts(results: Iterable) -> Iterator[tuple[int, tuple]]:
    return ((len(r.sentences), r.facts) for r in results)


def _checker(setup: Setup, doc_language: str, sources) -> _Document:
    return _Document(setup, doc_language, sources)


def _overridden(reports: list[SentenceReport], setup: Setup) -> list[SentenceReport]:
    if setup.severity:
        from ..selection import apply_severity
        overrides = dict(setup.severity)
        for s in reports:
            apply_severity(s.findings, overrides)
    return reports


def _split(reports: Iterable[SentenceReport], counts: list[int], first_line: int,
           relative: bool) -> list[list[SentenceReport]]:
    """Sentence reports grouped by the segment their line belongs to; `relative`: findings name
    lines of their segment (its first line is 1), not of the document."""
    out: list[list[SentenceReport]] = [[] for _ in counts]
    ends, end = [], first_line
    for c in counts:
        end += c
        ends.append(end)
    k = 0
    for s in reports:
        while s.line >= ends[k]:
            k += 1
        out[k].append(s)
        if relative:
            shift = ends[k] - counts[k] - 1
            for f in s.findings:
                f.line -= shift
    return out


# ---- each segment alone ------------------------------------------------------------------------

def independent(segments: Sequence[Segment], setup: Setup) -> list[tuple[str, list[SentenceReport]]]:
    """Each segment checked as a document of its own: (its language, its sentence reports, lines
    numbered from 1 in the segment)."""
    checkers: dict = {}
    out = []
    for seg in segments:
        lines, sources, _ = _lines([seg], 1)
        doc_language = document_language(lines, setup.language)
        checker = checkers.get(doc_language)
        if checker is None:
            checker = checkers[doc_language] = _checker(setup, doc_language, None)
        checker.use_sources(sources)
        out.append((doc_language, _both_passes(checker, lines, setup)))
    return out


def _both_passes(checker: _Document, lines: list[str], setup: Setup) -> list[SentenceReport]:
    """One document's sentence reports, both passes of the document rules in this process: each
    line analysed once, its analysis kept for pass two."""
    results = [checker.analyse(line, n) for n, line in enumerate(lines, 1)]
    states = checker.collect(_counts(results)) if checker.document_rules else []
    return _overridden(list(checker.reports(results, states)), setup)


# ---- the segments as one document --------------------------------------------------------------

def language_sample(segments: Iterable[Segment], limit: int) -> list[str]:
    """The languages of the first `limit` lines with letters (a document's language is their majority)."""
    from ..analysis.scripts import detect_language
    seen: list[str] = []
    for seg in segments:
        for line in segment_lines(seg.text):
            lang = detect_language(line)
            if lang:
                seen.append(lang)
                if len(seen) >= limit:
                    return seen
    return seen


def doc_language_of(samples: Iterable[list[str]], forced: Optional[str]) -> str:
    """The document's language from the partitions' samples, in order (as pipeline.document_language)."""
    from collections import Counter
    if forced:
        return forced
    seen: list[str] = []
    for sample in samples:
        seen += sample
        if len(seen) >= LANGUAGE_SAMPLE:
            break
    return Counter(seen[:LANGUAGE_SAMPLE]).most_common(1)[0][0] if seen else "mr"


def facts(segments: Sequence[Segment], setup: Setup, doc_language: str,
          keep: Optional[str] = None) -> list[tuple[int, tuple]]:
    """Pass one of a partition: each line's number of sentences and document facts. Line numbers
    do not matter here (facts are a function of the line's text and source). `keep`: a file name
    under which the analysed lines are kept for pass two in this process (or spilled to that file;
    a pass two elsewhere analyses them again)."""
    lines, sources, _ = _lines(segments, 1)
    checker = _checker(setup, doc_language, sources)
    results = [checker.analyse(x, n) for n, x in enumerate(lines, 1)]
    if keep is not None:
        _keep(keep, results)
    return list(_counts(results))


class Held:
    """Analysed partitions kept between the passes: every one pickled to its file (pickling keeps
    a repeated line one object), so that pass two finds it wherever it runs (a task moved to
    another worker, a worker lost), and the latest, up to `budget` characters of their lines,
    also in this process's memory. Pass two takes a partition from memory, or from its file, or
    analyses it again."""

    def __init__(self, budget: int):
        self.budget, self.held, self.store = budget, 0, {}

    def put(self, path: str, results: list) -> None:
        _spill(path, results)
        weight = sum(len(r.line_map.original) for r in results)
        self.store[path] = (results, weight)
        self.held += weight
        while self.held > self.budget and len(self.store) > 1:
            _, w = self.store.pop(next(iter(self.store)))
            self.held -= w

    def take(self, path: Optional[str]) -> Optional[list]:
        if path is None:
            return None
        if path in self.store:
            results, weight = self.store.pop(path)
            self.held -= weight
            _unlink(path)
            return results
        return _unspill(path)


HELD = Held(2_000_000)  # characters: with the line memo's 4,000,000, a worker's memory stays bounded


def _keep(path: str, results: list) -> None:
    HELD.put(path, results)


def _kept(path: Optional[str]) -> Optional[list]:
    return HELD.take(path)


def _spill(path: str, results: list) -> None:
    """Analysed lines pickled whole or not at all."""
    import os
    tmp = f"{path}.{os.getpid()}.tmp"
    with open(tmp, "wb") as f:
        pickle.dump(results, f, pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)


def _unlink(path: str) -> None:
    import os
    try:
        os.unlink(path)
    except OSError:
        pass


def _unspill(path: str) -> Optional[list]:
    """The analysed lines spilled to `path` (then removed), or None when they are not there."""
    try:
        with open(path, "rb") as f:
            results = pickle.load(f)
    except (OSError, EOFError, pickle.UnpicklingError):
        return None
    _unlink(path)
    return results


class Merged(NamedTuple):
    states: bytes          # the document rules' states after pass one, pickled once
    starts: list[At]       # where each partition begins in the document


class Fold:
    """The reduce's state between partitions: pass one of the document rules so far, where the next
    partition begins (`merge_start` -> `merge_step` per partition -> `merged`). On a cluster a chain
    of small tasks, each holding one partition's facts, never all of them; each step carries the
    state on in place (its link of the chain is not read again), so a chain that stays on one
    worker never copies it, and one that moves pickles it."""

    def __init__(self, checker: _Document):
        self.collection = Collection(checker._passes.document_rules)
        self.interner = Interner([])
        self.line = 1

    def __sizeof__(self) -> int:
        # what Dask weighs to place the next step: the repeats and interned facts it holds, roughly
        seen = sum(len(d) for d in self.collection.seen if d)
        return 4096 + 400 * (seen + len(self.interner.interned)) + 64 * len(self.interner.starts)


def merge_start(setup: Setup, doc_language: str) -> Fold:
    return Fold(_checker(setup, doc_language, None))


def merge_step(fold: Fold, part: list[tuple[int, tuple]], setup: Setup, doc_language: str) -> Fold:
    """The reduce carried over one more partition's facts, in document order."""
    return _checker(setup, doc_language, None).fold(fold, part)


def merged(fold: Fold, setup: Setup, doc_language: str) -> Merged:
    """The reduce's result: the concluded states and where each partition begins."""
    states = _checker(setup, doc_language, None).concluded(fold)
    return Merged(pickle.dumps(states, pickle.HIGHEST_PROTOCOL), fold.interner.starts)


def merge(parts: Sequence[list[tuple[int, tuple]]], setup: Setup, doc_language: str) -> Merged:
    """The reduce in one process: pass one of the document rules over every partition's facts, in order."""
    checker = _checker(setup, doc_language, None)
    fold = Fold(checker)
    for part in parts:
        checker.fold(fold, part)
    return merged(fold, setup, doc_language)


_states: tuple = (b"", None)


def _unpickled(data: bytes):
    """Merged states, unpickled once per process however many partitions it reports."""
    global _states
    if _states[0] != data:
        _states = (data, pickle.loads(data))
    return _states[1]


def report(segments: Sequence[Segment], setup: Setup, doc_language: str, states: bytes,
           start: At, relative: bool = False, kept: Optional[str] = None) -> list[list[SentenceReport]]:
    """Pass two of a partition that begins at `start`: each segment's sentence reports, with
    document line numbers and sentence indexes (findings with segment lines if `relative`).
    `kept`: where pass one may have kept the analysed lines (see `facts`)."""
    lines, sources, counts = _lines(segments, start.line)
    checker = _checker(setup, doc_language, sources)
    results = _kept(kept)
    if results is None or len(results) != len(lines):
        results = [checker.analyse(x, n) for n, x in enumerate(lines, start.line)]
    reports = _overridden(list(checker.reports(results, _unpickled(states), start)), setup)
    return _split(reports, counts, start.line, relative)


def advance(at: At, segments: Sequence[Segment], reports: list[list[SentenceReport]]) -> At:
    """Where the segments after these begin in the document."""
    lines = sum(len(segment_lines(s.text)) for s in segments)
    sentences = [s for per in reports for s in per]
    return At(at.line + lines, at.first + len(sentences), at.ordinal + len({s.line for s in sentences}))


def check_document(segments: Sequence[Segment], setup: Setup,
                   relative: bool = False) -> tuple[str, list[list[SentenceReport]]]:
    """`segments` as one document, in this process: its language and each segment's reports."""
    doc_language = doc_language_of([language_sample(segments, LANGUAGE_SAMPLE)], setup.language)
    lines, sources, counts = _lines(segments, 1)
    reports = _both_passes(_checker(setup, doc_language, sources), lines, setup)
    return doc_language, _split(reports, counts, 1, relative)
