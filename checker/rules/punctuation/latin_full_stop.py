"""PUN008: an Urdu sentence closed with the Latin full stop `.` instead of `۔`."""
from __future__ import annotations

import regex

from ...model import Category, Fix, Severity
from ..base import Rule

# A point right after an Urdu letter (or a closing quote after one) that ends the sentence: the end of
# the text or a space before more text. Not after a digit (NUM005's `१.`, a list number), a Latin
# letter (an abbreviation or an English title kept in Latin) or another point (an ellipsis).
_STOP = regex.compile(r"(?V1)(?<=[\p{Arabic}&&\p{L}][\"'”’»)]?)\.(?![.\p{L}\p{N}])(?=\s|$)")


class LatinFullStopInUrdu(Rule):
    """An Urdu sentence closed with the Latin full stop `.` instead of the Urdu full stop `۔`.

    Why: Urdu ends a sentence with `۔` (U+06D4); the Latin point is a different character that sits
    on the baseline at the other end of the word in right-to-left text, and sentence splitters, search
    and text-to-speech treat the two differently. MT systems trained on mixed text often write it;
    human Urdu text almost never does. A point after digits, Latin letters or another point is left
    alone (list numbers, abbreviations, English kept in Latin, ellipses).
    Instead: write `۔`; the fix is safe.
    """

    code = "PUN008"
    name = "latin-full-stop-in-urdu"
    category = Category.PUNCTUATION
    severity = Severity.WARNING
    languages = ("ur",)
    fixable = True
    trigger = r"\."
    good = ("وہ کل آئے گا۔", "قیمت 5.5 فیصد ہے۔", "یہ U.S. کی بات ہے۔", "انتظار کریں...", "فہرست: 1. اول")
    bad = (("وہ کل آئے گا.", "."), ("انہوں نے کہا کہ وہ آئیں گے. پھر چلے گئے۔", "."), ('اس نے کہا "ٹھیک ہے".', "."))

    def check(self, sentence):
        for m in _STOP.finditer(sentence.text):
            yield self.finding(m.start(), m.end(), "Latin full stop '.' ends an Urdu sentence: write '۔'",
                               Fix("\u06d4", safe=True))
