"""Helpers over `sentence.changes` shared by the ORT rules that report what normalisation saw.

Not a rule. Deleted characters (tatweel, ZWJ, bidi controls…) leave an empty span at a
position p of the normalised text; several may share one p, and an empty finding span at p maps
to all of them together, so a fix must rebuild that whole gap.
"""
from __future__ import annotations

from collections import defaultdict
from typing import ClassVar, Optional

from ...model import Fix
from ..base import Rule


def deletion_gaps(sentence) -> dict[int, list]:
    """Changes that deleted characters, grouped by their position in the normalised sentence."""
    gaps: dict[int, list] = defaultdict(list)
    for c in sentence.changes:
        if c.norm_start == c.norm_end:
            gaps[c.norm_start].append(c)
    return gaps


def gap_without(sentence, p: int, drop) -> str:
    """The original characters deleted at p, minus those `drop(ch)` is true for."""
    return "".join(ch for ch in sentence.original_text(p, p) if not drop(ch))


class DeletedCharacterRule(Rule):
    """A rule kind: characters that normalisation deletes, one finding per place they stand at,
    fixed (safely) by deleting them. A rule of the kind is data: `chars` (what the fix deletes),
    `kind` (the change kind that names them; None: any change whose original is in `chars`) and
    its `message` for the characters found."""

    chars: ClassVar[frozenset[str]]
    kind: ClassVar[Optional[str]] = None
    fixable = True

    def message(self, found: set[str]) -> str:
        raise NotImplementedError

    def check(self, sentence):
        chars = self.chars
        for p, changes in deletion_gaps(sentence).items():
            found = {c.original for c in changes if (c.kind == self.kind if self.kind else c.original in chars)}
            if found:
                yield self.finding(p, p, self.message(found), Fix(gap_without(sentence, p, chars.__contains__), safe=True))
