"""Line-aligned inputs: a hypothesis with its reference and English source, or a `source<TAB>target` TSV.

Line n of every file belongs to line n of the others (after a BOM is dropped and CRLF read as LF;
a final line ending adds no empty line). A file whose name ends in `.tsv` is read as two columns,
English source then target; the target column is what gets scanned and scored, and the report's
columns point into the TSV line itself, so `text == line[col-1:end_col-1]` still holds.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional

from ..errors import InputError
from ..loader import Source, read
from ..model import FileReport
from ..pipeline import split_lines
from .reference import Scores, corpus_json, score_lines, segment_json


@dataclass
class Aligned:
    path: str
    targets: list[str]                     # the hypothesis lines (the TSV's second column)
    sources: Optional[list[str]] = None    # English source lines
    references: Optional[list[str]] = None
    offsets: Optional[list[int]] = None    # per line: where the target column starts (TSV only)

    @property
    def target_text(self) -> str:
        return "".join(t + "\n" for t in self.targets)


def is_tsv(path: str) -> bool:
    return path.lower().endswith(".tsv")


def split_tsv(text: str, name: str) -> tuple[list[str], list[str], list[int]]:
    """Sources, targets and target-column offsets of a `source<TAB>target` file; a blank line is blank in both."""
    sources, targets, offsets = [], [], []
    for n, line in enumerate(split_lines(text), 1):
        if line == "":
            sources.append(""), targets.append(""), offsets.append(0)
            continue
        cells = line.split("\t")
        if len(cells) != 2:
            raise InputError(f"{name}: line {n} has {len(cells)} tab-separated columns; "
                             "a .tsv input needs exactly two (source<TAB>target)")
        sources.append(cells[0]), targets.append(cells[1]), offsets.append(len(cells[0]) + 1)
    return sources, targets, offsets


def _lines_of(path: str, role: str, expected: int, hyp: str) -> list[str]:
    lines = split_lines(read(path).text)
    if len(lines) != expected:
        raise InputError(f"{path}: {role} has {len(lines)} lines but {hyp} has {expected}; "
                         "they must be line-aligned")
    return lines


def load(hyp: Source, reference: Optional[str] = None, source: Optional[str] = None) -> Aligned:
    """The hypothesis (already read) with its reference and source lines; InputError when they do not align."""
    if is_tsv(hyp.path):
        if source is not None:
            raise InputError(f"{hyp.path}: a .tsv input already holds the source; leave out --source")
        sources, targets, offsets = split_tsv(hyp.text, hyp.path)
        aligned = Aligned(hyp.path, targets, sources, offsets=offsets)
    else:
        aligned = Aligned(hyp.path, split_lines(hyp.text))
        if source is not None:
            aligned.sources = _lines_of(source, "the source", len(aligned.targets), hyp.path)
    if reference is not None:
        aligned.references = _lines_of(reference, "the reference", len(aligned.targets), hyp.path)
        if not aligned.targets:
            raise InputError(f"{hyp.path}: empty, and so is {reference}; nothing to score")
    return aligned


def annotate(report: FileReport, aligned: Aligned, scores: Optional[Scores] = None) -> FileReport:
    """Carry source, reference and line scores into each sentence; shift TSV columns; corpus scores."""
    for s in report.sentences:
        i = s.line - 1
        if aligned.offsets is not None and aligned.offsets[i]:
            delta = aligned.offsets[i]
            s.col, s.end_col = s.col + delta, s.end_col + delta
            for f in s.findings:
                f.col, f.end_col = f.col + delta, f.end_col + delta
        if aligned.sources is not None:
            s.source = aligned.sources[i]
        if aligned.references is not None:
            s.reference = aligned.references[i]
        if scores is not None:
            s.scores = segment_json(scores, i)
    if scores is not None:
        report.scores = corpus_json(scores)
    return report


def check_aligned(hyp: Source, check: Callable[..., FileReport], reference: Optional[str] = None,
                  source: Optional[str] = None, normalize: bool = False, tokenize: str = "intl") -> FileReport:
    """What `scan` does with one file: check the target text, then add source, reference and scores.
    `check(text, sources=lines)` gets the source lines when there are any (the source-aware rules)."""
    if reference is None and source is None and not is_tsv(hyp.path):
        return check(hyp.text)
    aligned = load(hyp, reference, source)
    scores = None
    if aligned.references is not None:
        scores = score_lines(aligned.targets, aligned.references, tokenize, normalize)
    report = check(aligned.target_text) if aligned.sources is None else \
        check(aligned.target_text, sources=aligned.sources)
    return annotate(report, aligned, scores)
