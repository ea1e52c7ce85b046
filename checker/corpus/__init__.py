"""Corpora as data: check an iterable of texts or (source, target) pairs, one record per segment.

    from checker.corpus import check_segments

    for rec in check_segments([("About 20,000 people came.", "सुमारे 20,000 लोक आले.")]):
        print(rec.index, rec.counts, [f.rule for f in rec.findings])

Segments are checked in batches of `batch_size`. With `document=False` (the default) each segment is
a document of its own, as in a corpus of unrelated pairs; with `document=True` the document rules
(consistency across a text) see each batch's segments as one document. `checker filter` and the
Dask entry points (checker.distributed) build on the same engine (checker.corpus.engine).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING, Iterable, Iterator, Optional, Sequence, Union

if TYPE_CHECKING:  # `checker filter` is registered at start-up: this package imports nothing then
    from ..model import Reported, SentenceReport

SegmentLike = Union[str, Sequence[Optional[str]]]  # a text, or (source, target)
SEVERITIES = ("error", "warning", "info")


@dataclass
class Record:
    """One segment's verdict. `findings` name lines and columns of the segment itself (line 1 is
    its first line; a segment without line breaks is all line 1)."""
    index: int                      # 0-based position in the input
    text: str
    source: Optional[str]
    language: str
    findings: list[Reported]
    fixed: Optional[str] = None     # the text with its safe fixes applied (fix=True), else None
    counts: dict = field(default_factory=dict)  # severity -> number of findings

    @property
    def worst(self) -> Optional[str]:
        """The highest severity among the findings, or None."""
        return next((s for s in SEVERITIES if self.counts.get(s)), None)

    def to_dict(self) -> dict:
        """A flat row (for pandas): counts as columns, findings as JSON-ready dicts."""
        row = {"index": self.index, "text": self.text, "source": self.source, "language": self.language,
               **{s: self.counts.get(s, 0) for s in SEVERITIES}, "worst": self.worst,
               "rules": sorted({f.rule for f in self.findings}),
               "findings": [f.to_json() for f in self.findings]}
        if self.fixed is not None:
            row["fixed"] = self.fixed
        return row


def _segment(item: SegmentLike):
    from .engine import Segment
    if isinstance(item, str):
        return Segment(item)
    source, target = item
    if not isinstance(target, str):
        raise TypeError(f"a segment's target must be a string, not {type(target).__name__}")
    return Segment(target, None if source is None else str(source))


def record(index: int, seg, language: str, sentences: list[SentenceReport]) -> Record:
    """A segment's record from its sentence reports (findings naming lines of the segment)."""
    findings: list[Reported] = []
    counts = dict.fromkeys(SEVERITIES, 0)
    for s in sentences:
        for f in s.findings:
            findings.append(f)
            counts[f.severity.value] += 1
    langs = {s.language for s in sentences}
    return Record(index, seg.text, seg.source, langs.pop() if len(langs) == 1 else language, findings,
                  counts=counts)


def check_segments(segments: Iterable[SegmentLike], language: Optional[str] = None, *,
                   select=None, ignore=None, glossary: Optional[str] = None, batch_size: int = 1000,
                   document: bool = False, fix: bool = False, unsafe_fixes: bool = False) -> Iterator[Record]:
    """One `Record` per segment, in order, reading `segments` lazily in batches.

    A segment is a string (the target) or a (source, target) pair: the English source turns on the
    source-aware rules (NUM011). `language` ("ur", "mr") forces the language; `select`/`ignore` as on
    the command line. `document=True`: each batch is one document for the document rules (a batch
    boundary is a document boundary). `fix=True` fills `Record.fixed` with the safe fixes applied
    (and unsafe ones with `unsafe_fixes`); the findings stay those of the text as given.
    """
    from .. import _language
    from . import engine
    setup = engine.setup_for(select, ignore, _language(language), glossary)
    it = iter(segments)
    index = 0
    while True:
        batch = [_segment(x) for x in islice(it, max(1, batch_size))]
        if not batch:
            return
        if document:
            doc_language, per_segment = engine.check_document(batch, setup, relative=True)
            records = [record(index + k, seg, doc_language, reports)
                       for k, (seg, reports) in enumerate(zip(batch, per_segment))]
        else:
            records = [record(index + k, seg, lang, reports)
                       for k, (seg, (lang, reports)) in enumerate(zip(batch, engine.independent(batch, setup)))]
        for rec in records:
            if fix:
                rec.fixed = fixed_text(rec, setup, unsafe_fixes)
            yield rec
        index += len(batch)


def fixed_text(rec: Record, setup, unsafe: bool = False) -> str:
    """The segment's text with its fixes applied until none is left (each pass checks it alone)."""
    from .. import fixer
    from ..model import FileReport, SentenceReport
    from . import engine
    if not any(fixer.wanted(f, unsafe) for f in rec.findings):
        return rec.text
    seg = engine.Segment(rec.text, rec.source)

    def check(text: str) -> FileReport:
        lang, reports = engine.independent([seg._replace(text=text)], setup)[0]
        return FileReport("<segment>", lang, reports)
    first = FileReport("<segment>", rec.language, [SentenceReport(0, 1, 1, 1, rec.language, "", rec.findings)])
    return fixer.fix_text(rec.text, check, unsafe=unsafe, report=first).text


def check_dataframe(df, text: str = "target", source: Optional[str] = None, **options):
    """A pandas DataFrame of records for the `text` column (and `source` column) of `df`, with
    the same index; `options` as `check_segments`."""
    import pandas as pd
    sources = df[source] if source is not None else [None] * len(df)
    rows = (r.to_dict() for r in check_segments(zip(sources, df[text]), **options))
    return pd.DataFrame(list(rows), index=df.index)


__all__ = ["Record", "check_segments", "check_dataframe"]
