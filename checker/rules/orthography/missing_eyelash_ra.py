from __future__ import annotations

import regex

from ...model import Category, Fix, Severity
from ...normalize.devanagari import EYELASH
from ..base import Rule

# Participles in -णारा/-णारी inflect as -णाऱ्या/-णाऱ्यां: the stem ends in र, never in र्य.
_PARTICIPLE = regex.compile(r"णार्(?=य[\u093e\u0947\u0948])")
_WORD = regex.compile(r"[\p{L}\p{M}]+")


class MissingEyelashRa(Rule):
    """Marathi र्य written where the spelling needs eyelash ra (ऱ्य).

    Why: oblique forms of words in -रा/-री (जाणारा → जाणाऱ्या, कर्मचारी → कर्मचाऱ्यांची) take the
    eyelash ra; MT and some keyboards write र्य, which reads as a different (Sanskrit) cluster.
    Instead: ऱ्य (either encoding: ऱ + virama, or र + virama + ZWJ).
    """

    code = "ORT001"
    name = "missing-eyelash-ra"
    category = Category.ORTHOGRAPHY
    severity = Severity.ERROR
    languages = ("mr",)
    fixable = True
    good = ("वापरल्या जाणाऱ्या चिप्स", "हे कार्य महत्त्वाचे आहे", "कार्यालय उघडले", "जाणाऱ्या लोकांना")
    bad = (("वापरल्या जाणार्या चिप्स", "जाणार्या"), ("पुस्तक वाचणार्यांनी सांगितले", "वाचणार्यांनी"))

    def check(self, sentence):
        text = sentence.text
        for m in _PARTICIPLE.finditer(text):
            w = next(w for w in _WORD.finditer(text) if w.start() <= m.start() < w.end())
            ra = m.end() - 2  # र + virama
            fixed = text[w.start():ra] + EYELASH + text[m.end():w.end()]
            yield self.finding(w.start(), w.end(), f"missing eyelash ra: write {fixed}",
                               Fix(fixed, safe=True))
