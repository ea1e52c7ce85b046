"""Helpers over `sentence.changes` shared by the ORT rules that report what normalisation saw.

Not a rule. Deleted characters (tatweel, ZWJ, bidi controls…) leave an empty span at a
position p of the normalised text; several may share one p, and an empty finding span at p maps
to all of them together, so a fix must rebuild that whole gap.
"""
from __future__ import annotations

from collections import defaultdict


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
