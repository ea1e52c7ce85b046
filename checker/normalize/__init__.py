"""Normalise one line for matching and keep the way back to the original (see textmap)."""
from __future__ import annotations

import regex

from ..textmap import Change, LineMap, compose
from . import devanagari, invisible, urdu
from .unicode import nfc_with_map

_TABLE: dict[str, tuple[str, str]] = {**urdu.TABLE, **invisible.TABLE, **devanagari.SEQUENCES}
# Longest keys first so that र्‍ wins over a lone ZWJ.
_PATTERN = regex.compile("|".join(regex.escape(k) for k in sorted(_TABLE, key=len, reverse=True)))


def normalize_line(line: str) -> LineMap:
    """NFC, then the per-script unification tables; every edit becomes a `Change`."""
    if line.isascii():
        return LineMap.identity(line)
    text, nfc_map = nfc_with_map(line)
    matches = list(_PATTERN.finditer(text))
    if not matches and nfc_map is None:
        return LineMap.identity(line)

    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    changes: list[Change] = []
    pos = 0
    for m in matches:
        a, b = m.span()
        pieces.append(text[pos:a])
        starts.extend(range(pos, a))
        ends.extend(range(pos + 1, a + 1))
        replacement, kind = _TABLE[m.group()]
        norm_start = len(starts)
        pieces.append(replacement)
        starts.extend([a] * len(replacement))
        ends.extend([b] * len(replacement))
        changes.append(Change(kind, a, b, norm_start, norm_start + len(replacement), m.group(), replacement))
        pos = b
    pieces.append(text[pos:])
    starts.extend(range(pos, len(text)))
    ends.extend(range(pos + 1, len(text) + 1))

    ostart, oend = compose((starts, ends), nfc_map)
    if nfc_map is not None:  # express each change in original offsets
        s1start, s1end = nfc_map
        changes = [Change(c.kind, s1start[c.orig_start], s1end[c.orig_end - 1], c.norm_start, c.norm_end,
                          line[s1start[c.orig_start]:s1end[c.orig_end - 1]], c.replacement) for c in changes]
    return LineMap(line, "".join(pieces), ostart, oend, changes)

