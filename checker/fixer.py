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
import os
import stat
import tempfile
from dataclasses import dataclass, field
from typing import Callable, Optional

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
         accept: Callable[[Reported], bool] = lambda f: True) -> list[Edit]:
    """The edits of one pass: fixable findings whose span still reads as reported, no line break
    touched, no overlap (the earlier span wins; equal starts: the shorter, then the lower code)."""
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
    return edits


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
             max_passes: int = MAX_PASSES) -> FixResult:
    """Fix `text` until no wanted fix is left (or `max_passes`); `check` scans a text."""
    report = check(text) if report is None else report
    applied: list[Edit] = []
    for _ in range(max_passes):
        edits = plan(text, report.findings, unsafe, accept)
        if not edits:
            return FixResult(text, report, applied, True)
        text = apply(text, edits)
        applied.extend(edits)
        report = check(text)
    return FixResult(text, report, applied, not plan(text, report.findings, unsafe, accept))


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


def write_atomic(path: str, data: bytes, expect: Optional[bytes] = None) -> None:
    """Replace `path` by `data` atomically, keeping its permissions; a symbolic link keeps
    pointing at the file it names. With `expect`, refuse when the file no longer holds it."""
    real = os.path.realpath(path)
    directory = os.path.dirname(real) or "."
    try:
        mode = stat.S_IMODE(os.stat(real).st_mode)
    except FileNotFoundError:
        mode = None
    if expect is not None:
        with open(real, "rb") as f:
            if f.read() != expect:
                raise OSError(0, "the file changed while it was checked; not written")
    fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(real)}.", suffix=".checker-tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        else:
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, real)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
