"""Apply the fixes rules attach to findings; write files only atomically and only when asked.

Guarantees (each has a test):
- only the characters of fixed spans change: the BOM, every line ending and every other byte stay;
- a fix never touches a line break, and of two overlapping fixes the later one is skipped (it is
  looked at again in the next pass, against the fixed text);
- fixing runs passes until nothing is left to fix, so fixing a fixed file changes nothing;
- a file that cannot be decoded is never written (the loader raises before the fixer runs);
- the write is atomic: a temporary file in the same directory, fsync, then os.replace.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Callable, Optional

from .files import write_atomic  # noqa: F401  (where fixes are written: checker.files)
from .model import FileReport, Reported

MAX_PASSES = 10


@dataclass(frozen=True)
class Edit:
    start: int          # code-point offsets into the whole text (BOM excluded)
    end: int
    replacement: str
    rule: str


@dataclass
class FixResult:
    text: str                      # the fixed text
    report: FileReport             # the report of the fixed text
    applied: list[Edit] = field(default_factory=list)
    converged: bool = True

    @property
    def changed(self) -> bool:
        return bool(self.applied)


def line_starts(text: str) -> list[int]:
    """Offset of the first character of each line (lines as the pipeline counts them)."""
    starts = [0]
    i = text.find("\n")
    while i >= 0:
        starts.append(i + 1)
        i = text.find("\n", i + 1)
    return starts


def wanted(f: Reported, unsafe: bool) -> bool:
    return f.fix is not None and (f.fix.safe or unsafe)


def plan(text: str, findings: list[Reported], unsafe: bool = False,
         accept: Callable[[Reported], bool] = lambda f: True, nonempty: frozenset[int] = frozenset()
         ) -> list[Edit]:
    """The edits of one pass: fixable findings whose span still reads as reported, no line break
    touched, no overlap (the earlier span wins; equal starts: the shorter, then the lower code), no
    line of `nonempty` (0-based) emptied."""
    starts = line_starts(text)
    candidates = []
    for f in findings:
        if not wanted(f, unsafe) or not accept(f) or not 1 <= f.line <= len(starts):
            continue
        a = starts[f.line - 1] + f.col - 1
        b = starts[f.line - 1] + f.end_col - 1
        if not (0 <= a < b <= len(text)) or text[a:b] != f.text:
            continue  # the report does not match this text: never guess
        if any(c in "\r\n" for c in text[a:b] + f.fix.replacement) or f.fix.replacement == f.text:
            continue
        candidates.append(Edit(a, b, f.fix.replacement, f.rule))
    candidates.sort(key=lambda e: (e.start, e.end, e.rule))
    edits: list[Edit] = []
    for e in candidates:
        if edits and e.start < edits[-1].end:
            continue  # overlaps an earlier fix: skip the later one
        edits.append(e)
    return _not_emptying(text, edits, starts, nonempty) if nonempty else edits


def _not_emptying(text: str, edits: list[Edit], starts: list[int], nonempty: frozenset[int]) -> list[Edit]:
    """The edits less those that would empty a line of `nonempty`: a line after a lone-CR line,
    which, empty, would join that CR and its own LF into one CR LF ending (a line lost)."""
    dropped: set[int] = set()
    for k in nonempty:
        if k >= len(starts):
            continue
        a = starts[k]
        b = starts[k + 1] - 1 if k + 1 < len(starts) else len(text)
        inside = [e for e in edits if a <= e.start and e.end <= b]
        if inside and not apply(text[a:b], [Edit(e.start - a, e.end - a, e.replacement, e.rule) for e in inside]):
            dropped.update(id(e) for e in inside)
    return [e for e in edits if id(e) not in dropped]


def apply(text: str, edits: list[Edit]) -> str:
    """Apply non-overlapping edits sorted by position."""
    pieces, pos = [], 0
    for e in edits:
        pieces.append(text[pos:e.start])
        pieces.append(e.replacement)
        pos = e.end
    pieces.append(text[pos:])
    return "".join(pieces)


def fix_text(text: str, check: Callable[[str], FileReport], unsafe: bool = False,
             accept: Callable[[Reported], bool] = lambda f: True, report: Optional[FileReport] = None,
             max_passes: int = MAX_PASSES, nonempty: frozenset[int] = frozenset()) -> FixResult:
    """Fix `text` until no wanted fix is left (or `max_passes`); `check` scans a text; the lines
    of `nonempty` (0-based) are never emptied."""
    report = check(text) if report is None else report
    applied: list[Edit] = []
    for _ in range(max_passes):
        edits = plan(text, report.findings, unsafe, accept, nonempty)
        if not edits:
            return FixResult(text, report, applied, True)
        text = apply(text, edits)
        applied.extend(edits)
        report = check(text)
    return FixResult(text, report, applied, not plan(text, report.findings, unsafe, accept, nonempty))


def encode(text: str, bom: bool) -> bytes:
    return ("\ufeff" + text if bom else text).encode("utf-8")


def _lines(text: str) -> list[str]:
    """Lines as patch and git see them: cut after each LF only (str.splitlines would also cut at a
    lone CR, form feed, U+2028… and make a diff that does not apply)."""
    lines = text.split("\n")
    out = [x + "\n" for x in lines[:-1]]
    return out + [lines[-1]] if lines[-1] else out


def unified_diff(path: str, before: str, after: str) -> str:
    lines = difflib.unified_diff(_lines(before), _lines(after), f"a/{path}", f"b/{path}")
    out = []
    for line in lines:
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)


def fix_file(path: str, source, check: Callable[..., FileReport], unsafe: bool,
             passes: int = MAX_PASSES) -> tuple[FixResult, str]:
    """(FixResult, the whole fixed text) of a read file. A `.tsv` (source<TAB>target) has only its
    target column fixed, checked with its source as a scan checks it, and the report is the scan's
    (TSV columns); every other byte of the file stays. `passes=0`: only the report of the text."""
    after_cr = frozenset(k + 1 for k in getattr(source, "cr_lines", ()))  # see _not_emptying
    if not path.lower().endswith(".tsv"):
        fixed = fix_text(source.text, check, unsafe=unsafe, max_passes=passes, nonempty=after_cr)
        return fixed, fixed.text
    from .scoring.aligned import annotate, load
    aligned = load(source)
    fixed = fix_text(aligned.target_text, lambda text: check(text, sources=aligned.sources),
                     unsafe=unsafe, max_passes=passes, nonempty=after_cr)
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
