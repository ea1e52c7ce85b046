"""PUN002: a hyphen cut off from the word it joins (राज्य -मालकीच्या)."""
from __future__ import annotations

import regex

from ...model import Category, Fix, Severity
from ..base import Rule

# Word, space(s), hyphen glued to the next word. "X - Y" is a dash and "X- Y" a suspended
# hyphen (पूर्व- आणि उत्तर-): both stay quiet. A digit after the hyphen is a minus sign.
_DETACHED = regex.compile(r"(?<=[\p{L}\p{M}])[ \t]+(?=-\p{L})")


class DetachedHyphen(Rule):
    """A hyphen with a space before it and none after (`राज्य -मालकीच्या`, `SARS -CoV`).

    Why: the hyphen joins two words into one (राज्य-मालकीच्या, "state-owned"); detached, it
    reads as a stray dash or minus sign and the compound falls apart. MT leaves it when it
    translates the parts of a hyphenated English word separately.
    Instead: close the gap (`राज्य-मालकीच्या`), or use a spaced dash if a pause was meant.
    """

    code = "PUN002"
    name = "detached-hyphen"
    category = Category.PUNCTUATION
    severity = Severity.WARNING
    fixable = True
    good = ("राज्य-मालकीच्या कंपन्या", "पूर्व- आणि उत्तर-भाग", "एक - दोन", "तापमान -5 अंश", "- पहिला मुद्दा")
    bad = (("आणि 10 राज्य -मालकीच्या ऊर्जा कंपन्या", " -"), "کچھ ایکس -رے لوں۔")

    def check(self, sentence):
        for m in _DETACHED.finditer(sentence.text):
            b = m.end() + 1
            yield self.finding(m.start(), b, "hyphen detached from the word before it: delete the space",
                               Fix("-", safe=False))
