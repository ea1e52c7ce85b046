"""ORT004: Arabic kaf, yeh, alef maksura or heh where Urdu writes ک ی ہ/ھ."""
from __future__ import annotations

from ...data import word_frequencies
from ...model import Category, Fix, Severity
from ..base import Rule

_KINDS = {"arabic-kaf": "Arabic kaf ك", "arabic-yeh": "Arabic yeh ي", "alef-maksura": "alef maksura ى",
          "arabic-heh": "Arabic heh ه"}
DO_CHASHMI = "\u06be"  # ھ


class ArabicLetterInUrdu(Rule):
    """Arabic letters (ك ي ى ه) in Urdu text where Urdu writes ک ی ی ہ (or ھ).

    Why: they look alike in some fonts but are other code points: search, sorting, spell-checking
    and glossaries miss the word, and in Nastaliq they render visibly wrong. Arabic heh is also
    the old Persian-keyboard way to write do-chashmi he (بهی for بھی), still common in human text,
    so it and a yeh inside a word (which renders identically) are reported as info; kaf, alef
    maksura and a word-final yeh are warnings.
    Instead: ک (U+06A9), ی (U+06CC), ہ (U+06C1) or ھ (U+06BE) — the fix picks the spelling real
    Urdu text uses for the word.
    """

    code = "ORT004"
    name = "arabic-letter-in-urdu"
    category = Category.ORTHOGRAPHY
    severity = Severity.WARNING
    languages = ("ur",)
    fixable = True
    good = ("یہ کتاب میری ہے۔", "وہ بھی آیا۔")
    bad = (("یہ كتاب ہے۔", "ك"), ("وہ آدمي ہے۔", "ي"), ("وه آیا۔", "ه"), ("وہ بهی آیا۔", "ه"))

    def check(self, sentence):
        text = sentence.text
        for c in sentence.changes:
            if c.kind not in _KINDS:
                continue
            p = c.norm_start
            replacement, severity = c.replacement, Severity.WARNING
            if c.kind == "arabic-heh":
                replacement, severity = self._heh(sentence, p), Severity.INFO
            elif c.kind == "arabic-yeh" and p + 1 < len(text) and text[p + 1].isalpha():
                severity = Severity.INFO  # medial yeh: same shape as ی, only the code point differs
            yield self.finding(p, p + 1, f"{_KINDS[c.kind]} in Urdu: write {replacement}",
                               Fix(replacement, safe=True), severity)

    @staticmethod
    def _heh(sentence, p: int) -> str:
        """ہ or ھ: whichever spelling of the word real Urdu text uses more (بهی → بھی, وه → وہ)."""
        tok = next((t for t in sentence.tokens if t.start <= p < t.end), None)
        if tok is None:
            return "\u06c1"
        freq = word_frequencies("ur")
        i = p - tok.start
        aspirated = tok.text[:i] + DO_CHASHMI + tok.text[i + 1:]
        return DO_CHASHMI if freq.get(aspirated, 0) > freq.get(tok.text, 0) else "\u06c1"
