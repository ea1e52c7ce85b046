"""Offsets between a normalised line and the original line it came from.

Each normalised character remembers the original span it came from (`ostart`, `oend`). A span
[a, b) of normalised text maps to [ostart[a], oend[b-1]); an empty span at p maps to the gap of
original characters that normalisation deleted there. Identity lines keep no arrays at all.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


@dataclass(frozen=True)
class Change:
    """One edit normalisation made: `original` at original [orig_start, orig_end) became
    `replacement` at normalised [norm_start, norm_end)."""
    kind: str
    orig_start: int
    orig_end: int
    norm_start: int
    norm_end: int
    original: str
    replacement: str

    def shifted(self, delta: int) -> "Change":
        return Change(self.kind, self.orig_start, self.orig_end, self.norm_start + delta,
                      self.norm_end + delta, self.original, self.replacement)


@dataclass
class LineMap:
    original: str
    text: str
    ostart: Optional[list[int]] = None  # None: identity
    oend: Optional[list[int]] = None
    changes: list[Change] = field(default_factory=list)

    @classmethod
    def identity(cls, line: str) -> "LineMap":
        return cls(line, line)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        if self.ostart is None:
            return start, end
        n = len(self.text)
        if start < end:
            return self.ostart[start], self.oend[end - 1]
        # empty span: the gap of deleted characters before position `start`
        lo = self.oend[start - 1] if start > 0 else 0
        hi = self.ostart[start] if start < n else len(self.original)
        return lo, max(lo, hi)


def compose(stage2: tuple[list[int], list[int]],
            stage1: Optional[tuple[list[int], list[int]]]) -> tuple[list[int], list[int]]:
    """Chain two maps: stage2 maps final characters to stage-one spans, stage1 maps stage-one
    characters to original spans. Every final character comes from at least one stage-one one."""
    s2start, s2end = stage2
    if stage1 is None:
        return s2start, s2end
    s1start, s1end = stage1
    return [s1start[a] for a in s2start], [s1end[b - 1] for b in s2end]
