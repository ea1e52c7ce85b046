"""Findings of the checked targets placed in the translation file: line and column of the flagged
characters inside the target element or msgstr, the unit's id on every sentence and finding."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..model import FileReport, Reported, SentenceReport
from .model import Target, Unit

_BREAK = re.compile(r"\r\n|\n|\r")
_IGNORE = re.compile(r"checker:\s*ignore\b([^\n]*)", re.I)


@dataclass
class Checked:
    unit: Unit
    target: Target
    ignored: frozenset   # rule codes a translator comment suppresses here ("*": every rule)

    @property
    def label(self) -> str:
        plural = self.target.plural
        return self.unit.id if plural is None else f"{self.unit.id}[{plural}]"


def suppressions(notes, rules) -> frozenset:
    """Rules a unit's notes suppress: `checker: ignore NUM001, TRL003` (codes or names); a bare
    `checker: ignore` suppresses every rule for the unit."""
    names = {r.name: r.code for r in rules}
    out: set = set()
    for note in notes:
        for m in _IGNORE.finditer(note):
            words = [w for w in re.split(r"[\s,;]+", m.group(1)) if w]
            codes = [w.upper() if w.upper()[:3].isalpha() and w[3:].isdigit() else names.get(w.lower()) for w in words]
            out.update(c for c in codes if c) if words else out.add("*")
    return frozenset(out)


class Lines:
    """Line and column (1-based, code points) of offsets into a file's text."""

    def __init__(self, text: str):
        self.text = text
        self.starts = [0] + [m.end() for m in _BREAK.finditer(text)]

    def at(self, offset: int) -> tuple[int, int]:
        k = bisect.bisect_right(self.starts, offset) - 1
        return k + 1, offset - self.starts[k] + 1


def file_span(target: Target, a: int, b: int) -> tuple[int, int]:
    """File offsets of target characters [a, b); the anchor when the target is unmapped."""
    if not target.spans or not 0 <= a < b <= len(target.spans):
        if target.spans and a == b and 0 <= a <= len(target.spans):
            p = target.spans[a][0] if a < len(target.spans) else target.spans[-1][1]
            return p, p
        return target.anchor
    return target.spans[a][0], target.spans[b - 1][1]


def _move(obj, lines: Lines, start: int, end: int) -> None:
    line, col = lines.at(start)
    end_line, end_col = lines.at(end)
    obj.line, obj.col, obj.end_col = line, col, end_col
    obj.end_line = end_line if end_line != line else None


def place(raw: FileReport, checked: list[Checked], lines: Lines, unit_rules=(), overrides=None) -> FileReport:
    """`raw`: the report of the checked targets, one line each; returns it placed in the file,
    suppressed findings out, unit-rule findings (inline markup) in, sentences renumbered."""
    by_line: dict[int, list[SentenceReport]] = {}
    for s in raw.sentences:
        by_line.setdefault(s.line, []).append(s)
    out: list[SentenceReport] = []
    for k, c in enumerate(checked, 1):
        sentences = by_line.get(k, [])
        t = c.target
        for s in sentences:
            _move(s, lines, *file_span(t, s.col - 1, s.end_col - 1))
            s.unit = c.label
            kept = []
            for f in s.findings:
                if "*" in c.ignored or f.rule in c.ignored:
                    continue
                _move(f, lines, *file_span(t, f.col - 1, f.end_col - 1))
                f.unit = c.label
                kept.append(f)
            s.findings = kept
        extra = list(_unit_findings(c, lines, unit_rules, overrides or {}))
        if extra:
            if not sentences:  # a target of markup only: the unit still gets its sentence
                a, b = t.anchor
                s = SentenceReport(0, 0, 0, 0, c.unit.language or raw.language, t.text, [])
                _move(s, lines, a, b)
                s.unit = c.label
                sentences = [s]
            sentences[0].findings = sorted(sentences[0].findings + extra, key=lambda f: (f.line, f.col, f.rule))
        out.extend(sentences)
    for i, s in enumerate(out):
        s.index = i
    for s in out:
        for f in s.findings:
            f.sentence = s.index
    raw.sentences = out
    return raw


def _unit_findings(c: Checked, lines: Lines, rules, overrides):
    for rule in rules:
        if "*" in c.ignored or rule.code in c.ignored:
            continue
        for index, message, severity in rule.check_unit(c.unit.source_markup, c.target.markup):
            a, b = c.target.markup_spans[index] if index is not None else c.target.anchor
            f = Reported(rule.code, rule.name, rule.category, overrides.get(rule.code, severity), 0, 0, 0,
                         lines.text[a:b], message, None, 0, c.label)
            _move(f, lines, a, b)
            yield f
