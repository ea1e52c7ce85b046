from __future__ import annotations

from ...model import Category, Fix, Severity
from ..base import Rule
from ...analysis.scripts import DIGIT_TRIGGER

_KIND = "arabic-indic-digit"


class ArabicIndicDigits(Rule):
    """Arabic-Indic digits (٠١٢٣٤٥٦٧٨٩, U+0660–0669) in Urdu text.

    Why: Urdu writes the Extended Arabic-Indic digits (۰۱۲۳۴۵۶۷۸۹, U+06F0–06F9) or ASCII ones;
    the Arabic forms of 4, 5, 6 and 7 look different (٤ vs ۴), and search and sorting treat the
    two sets as different characters. MT trained on Arabic produces them.
    Instead: the Urdu digits (`٤٥` → `۴۵`); the fix changes nothing else and is safe.
    """

    code = "NUM008"
    name = "arabic-indic-digits"
    category = Category.NUMBER
    severity = Severity.ERROR
    trigger = DIGIT_TRIGGER
    languages = ("ur",)
    fixable = True
    good = ("قیمت ۴۵ روپے ہے", "قیمت 45 روپے ہے", "سال ۲۰۲۳ میں")
    bad = (("قیمت ٤٥ روپے ہے", "٤٥"), ("سال ٢٠٢٣ میں", "٢٠٢٣"), ("تقریباً ٥٠,٠٠٠ افراد", "٥٠,٠٠٠"))

    def check(self, sentence):
        spans = sorted((c.norm_start, c.norm_end) for c in sentence.changes if c.kind == _KIND)
        if not spans:
            return
        for n in sentence.numbers:  # one finding per number, its digits rewritten as Urdu ones
            if any(n.start <= a and b <= n.end for a, b in spans):
                yield self.finding(n.start, n.end, f"Arabic-Indic digits in Urdu: write {n.text}",
                                   Fix(n.text, safe=True))
