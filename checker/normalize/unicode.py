"""NFC with an offset map, through unicodedata2 (newer Unicode than the interpreter's tables)."""
from __future__ import annotations

from typing import Optional

import regex
import unicodedata2

_CLUSTER = regex.compile(r"\X")


def nfc_with_map(line: str) -> tuple[str, Optional[tuple[list[int], list[int]]]]:
    """Return the NFC text and, when it differs, per-character original spans.

    Composition never crosses an extended grapheme cluster, so each cluster is normalised on its
    own and every character it yields maps to the whole cluster (or 1:1 when lengths agree).
    """
    nfc = unicodedata2.normalize("NFC", line)
    if nfc == line:
        return line, None
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for m in _CLUSTER.finditer(line):
        a, b = m.span()
        piece = unicodedata2.normalize("NFC", m.group())
        out.append(piece)
        if len(piece) == b - a:
            starts.extend(range(a, b))
            ends.extend(range(a + 1, b + 1))
        else:
            starts.extend([a] * len(piece))
            ends.extend([b] * len(piece))
    return "".join(out), (starts, ends)
