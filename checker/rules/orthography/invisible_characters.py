"""ORT006: invisible characters that change nothing but break search and word boundaries."""
from __future__ import annotations

import unicodedata2

from ...model import Category, Fix, Severity
from ..base import Rule
from .changes import deletion_gaps, gap_without

_NAMES = {"\u200b": "zero-width space", "\u00ad": "soft hyphen", "\ufeff": "byte-order mark",
          "\u2060": "word joiner", "\u200c": "zero-width non-joiner", "\u200d": "zero-width joiner",
          "\u200e": "left-to-right mark", "\u200f": "right-to-left mark", "\u061c": "Arabic letter mark"}
_ALWAYS = set("\u200b\u00ad\ufeff\u2060")  # never needed inside a Marathi or Urdu sentence
_JOINERS, _MARKS = set("\u200c\u200d"), set("\u200e\u200f\u061c")
# Arabic-script letters that never join to the following letter: a ZWNJ after them does nothing.
_RIGHT_JOINING = set("اآأإٱدذڈرزڑژوؤۓےۃةءۀ")
VIRAMA = "\u094d"


def _stray_joiner(ch: str, before: str, after: str) -> bool:
    """ZWJ/ZWNJ that cannot change the rendering of its neighbours."""
    if before == VIRAMA or unicodedata2.category(after or " ").startswith("M"):
        return False  # half forms (क्‍ष), explicit virama, अ‍ॅ: the joiner shapes the cluster
    if not before.isalpha() or not after.isalpha():
        return True   # at a word edge, next to a space, digit or punctuation
    if "\u0600" <= before <= "\u06ff":  # Arabic script: only a ZWNJ after a dual-joining letter acts
        return ch == "\u200d" or before in _RIGHT_JOINING
    return "\u0900" <= before <= "\u097f"  # Devanagari: only after a virama or before a sign


class InvisibleCharacter(Rule):
    """An invisible character that changes nothing: zero-width space, soft hyphen, BOM, word
    joiner, a stray ZWJ/ZWNJ or direction mark, or a no-break space inside a word.

    Why: they are invisible in the text yet split words for search, spell-checking, glossaries
    and word counts (MT pipelines and copy-paste leave them behind). ZWSP, soft hyphen, BOM and
    word joiner are warnings; a ZWJ/ZWNJ or direction mark that cannot change the rendering is
    info (a ZWJ after a virama, ZWNJ after a joining Urdu letter, or अ‍ॅ stay quiet).
    Instead: delete them; a no-break space inside a word becomes a plain space or nothing.
    """

    code = "ORT006"
    name = "invisible-character"
    category = Category.ORTHOGRAPHY
    severity = Severity.WARNING
    fixable = True
    good = ("क्\u200dष", "अ\u200dॅप", "कर\u200d्याला", "वाढत्या", "می\u200cخواہم ہے۔", "آج")
    bad = (("कंपनी\u200bच्या", "\u200b"), ("कर्म\u00adचारी", "\u00ad"), ("दोन \u200dलोक", "\u200d"),
           ("ہے\u200c۔", "\u200c"), ("आ\u2060ज", "\u2060"), ("मॉडे\u00a0ल\u00a0ा", "\u00a0"), ("शक्\u00a0ती", "\u00a0"))

    def check(self, sentence):
        text = sentence.text
        for p, changes in deletion_gaps(sentence).items():
            before, after = text[p - 1:p], text[p:p + 1]
            flagged, worst = set(), None
            for c in changes:
                ch = c.original
                if ch in _ALWAYS:
                    sev = Severity.WARNING
                elif ch in _JOINERS and _stray_joiner(ch, before, after):
                    sev = Severity.INFO
                elif ch in _MARKS and before.isalpha() and after.isalpha():
                    sev = Severity.INFO  # a direction mark between two letters of one word
                else:
                    continue
                flagged.add(ch)
                worst = sev if worst is None or sev.rank > worst.rank else worst
            if flagged:
                names = ", ".join(sorted(_NAMES[ch] for ch in flagged))
                yield self.finding(p, p, f"invisible {names}: delete it",
                                   Fix(gap_without(sentence, p, flagged.__contains__), safe=True), worst)
        for c in sentence.changes:
            p = c.norm_start
            if c.kind == "no-break-space" and p > 0 and self._inside_word(text, p):
                yield self.finding(p, p + 1, "no-break space inside a word: delete it", Fix("", safe=False))

    @staticmethod
    def _inside_word(text: str, p: int) -> bool:
        """Followed by a combining mark, or preceded by a virama: it cuts a letter cluster."""
        after = text[p + 1:p + 2]
        return text[p - 1] == VIRAMA or (after != "" and unicodedata2.category(after).startswith("M"))
