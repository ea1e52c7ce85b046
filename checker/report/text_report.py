"""Terminal output: `path:line:col: CODE message`, the sentence, and a marker under the span."""
from __future__ import annotations

import os
import unicodedata
from typing import TextIO

from ..model import FileReport
from . import summary

_COLOURS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_RESET = "\033[0m"
CONTEXT = 40  # characters of the sentence shown on each side of a span


def _width(s: str) -> int:
    """Terminal columns: combining marks and format characters take none, wide characters two."""
    w = 0
    for c in s:
        cat = unicodedata.category(c)
        if cat in ("Mn", "Me", "Cf"):
            continue
        w += 2 if unicodedata.east_asian_width(c) in "WF" else 1
    return w


def _context(sentence: str, start: int, end: int, room: int = CONTEXT) -> tuple[str, str]:
    """The sentence around a span, cut at word boundaries with an ellipsis when long."""
    before, after = sentence[:start], sentence[end:]
    if len(before) > room:
        cut = before.find(" ", len(before) - room)
        before = "…" + before[cut + 1 if cut >= 0 else len(before) - room:]
    if len(after) > room:
        cut = after.rfind(" ", 0, room)
        after = after[:cut if cut > 0 else room] + "…"
    return before, after


def _use_colour(out: TextIO) -> bool:
    return hasattr(out, "isatty") and out.isatty() and "NO_COLOR" not in os.environ


def write(reports: list[FileReport], out: TextIO) -> None:
    colour = _use_colour(out)
    for r in reports:
        for s in r.sentences:
            for f in s.findings:
                sev = f.severity.value
                tag = f"{_COLOURS[sev]}{sev}{_RESET}" if colour else sev
                out.write(f"{r.path}:{f.line}:{f.col}: {f.rule} {tag}: {f.message} «{f.text}»\n")
                before, after = _context(s.text, f.col - s.col, f.end_col - s.col)
                out.write(f"  | {before}{f.text}{after}\n")
                out.write(f"  | {' ' * _width(before)}{'^' * max(1, _width(f.text))}\n")
    c = summary(reports)
    n = c["findings"]
    safe = sum(1 for r in reports for f in r.findings if f.fix is not None and f.fix.safe)
    unsafe = sum(1 for r in reports for f in r.findings if f.fix is not None and not f.fix.safe)
    hint = f"; {safe} fixable with --fix" if safe else ""
    hint += f"; {unsafe} more with --fix --unsafe-fixes" if unsafe else ""
    out.write(f"{c['files']} file{'s' if c['files'] != 1 else ''}, {c['sentences']} sentence{'s' if c['sentences'] != 1 else ''}: "
              f"{n['error']} errors, {n['warning']} warnings, {n['info']} info{hint}\n")
    if "scores" in c:
        from ..scoring.render import corpus_line
        out.write(corpus_line(c["scores"]) + "\n")
