from __future__ import annotations

from collections import Counter

from ...analysis.scripts import digit_script, to_digit_script
from ...model import Category, Fix, Severity
from ..base import Rule
from ...analysis.scripts import DIGIT_TRIGGER


class MixedDigitScripts(Rule):
    """Digits of two scripts inside one number.

    Why: `२०२23` or `१.8` is never written by a person: MT copied part of the number and
    transliterated the rest, and a reader cannot tell which digits are right.
    Instead: write the number in one script, the one the sentence mostly uses (`२०२३`, `१.८`).
    """

    code = "NUM001"
    name = "mixed-digit-scripts"
    category = Category.NUMBER
    severity = Severity.ERROR
    trigger = DIGIT_TRIGGER
    fixable = True
    good = ("२०२३ मध्ये", "In 2023 ٢٠٢٣", "سال 2023 میں", "२०२० आणि 2021", "قیمت ۱۲۳ روپے")
    bad = (("२०२23 मध्ये", "२०२23"), ("साधारणतः १.8 लाख", "१.8"), ("سال ۲۰19 میں", "۲۰19"))

    def check(self, sentence):
        numbers = sentence.numbers
        counts = None
        for n in numbers:
            if not n.is_mixed:
                continue
            # the script most digits of the sentence use, this number's digits counted too
            # (counted once per sentence: per mixed number it is quadratic on `1१-1१-…`)
            if counts is None:
                counts = Counter(digit_script(c) for m in numbers for c in m.digits)
            target = max(n.scripts, key=lambda s: (counts[s], s != "ascii"))
            fixed = to_digit_script(n.text, target)
            yield self.finding(n.start, n.end,
                               f"digits of two scripts ({' and '.join(n.scripts)}) in one number; "
                               f"write it in one script: {fixed}",
                               Fix(fixed, safe=False))
