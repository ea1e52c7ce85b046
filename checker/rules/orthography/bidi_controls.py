"""ORT007: bidirectional embedding, override and isolate controls."""
from __future__ import annotations

from ...model import Category, Severity
from .changes import DeletedCharacterRule

# LRE RLE PDF LRO RLO, LRI RLI FSI PDI: they reorder what follows (the "Trojan Source" trick).
CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


class BidiControl(DeletedCharacterRule):
    """A bidirectional embedding, override or isolate control (U+202A–202E, U+2066–2069).

    Why: invisible, yet it reorders how the following text is displayed: a sentence can show
    words in another order than the file holds, or hide text, so what a reviewer reads is not
    what is published. Plain Urdu and Marathi never need them (direction marks LRM/RLM are
    enough for mixed text).
    Instead: delete the control; where a Latin run needs its direction, use LRM/RLM.
    """

    code = "ORT007"
    name = "bidi-control"
    category = Category.ORTHOGRAPHY
    severity = Severity.ERROR
    fixable = True
    good = ("یہ NVIDIA \u200eہے۔", "हे ठीक आहे")
    bad = (("یہ \u202eNVIDIA ہے۔", "\u202e"), ("हे \u2067ठीक\u2069 आहे", "\u2067"))

    chars = CONTROLS

    def message(self, found):
        names = " ".join(f"U+{ord(ch):04X}" for ch in sorted(found))
        return f"bidirectional control {names} can reorder or hide text: delete it"
