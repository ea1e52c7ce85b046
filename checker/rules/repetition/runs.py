"""Runs of one word or short phrase said three or more times in a row (MT's degenerate loops:
`کی کی کی کی`, `हात धुणे हात धुणे हात धुणे`), shared by REP001, REP003 and REP004 so that a loop is
reported once, by REP004."""
from __future__ import annotations

from typing import NamedTuple

MAX_UNIT = 6    # a loop's unit: at most this many words
MIN_COPIES = 3  # two copies are a doubled word or phrase (REP001, REP003)


class Run(NamedTuple):
    start: int   # index of the first word of the first copy
    unit: int    # words per copy
    copies: int

    @property
    def end(self) -> int:
        return self.start + self.unit * self.copies


def loops(words: list[str]) -> list[Run]:
    """The loops in a list of words, left to right, not overlapping; the shortest unit wins
    (`ही ही ही ही` is one word four times, not two words twice). Linear in the words: after a
    loop the search resumes where it ends."""
    out: list[Run] = []
    n, i = len(words), 0
    while i < n:
        found = None
        w = words[i]
        for unit in range(1, MAX_UNIT + 1):
            if i + unit * MIN_COPIES > n:
                break
            if words[i + unit] != w or words[i + 2 * unit] != w:
                continue  # three copies start with the same word: a cheap test before the slices
            head = words[i:i + unit]
            copies = 1
            while words[i + copies * unit:i + (copies + 1) * unit] == head:
                copies += 1
            if copies >= MIN_COPIES:
                found = Run(i, unit, copies)
                break
        if found:
            out.append(found)
            i = found.end
        else:
            i += 1
    return out


def in_loop(runs: list[Run], i: int) -> bool:
    """Word i belongs to one of the loops."""
    return any(r.start <= i < r.end for r in runs)
