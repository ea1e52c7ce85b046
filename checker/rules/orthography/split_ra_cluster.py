"""ORT002: a र्य / ऱ्य cluster torn in two by a space (बर् याच)."""
from __future__ import annotations

import regex

from ...model import Category, Fix, Severity
from ..base import Rule
from .eyelash_evidence import RA_YA, Verdict, judge, with_eyelash

# A word ending in र or ऱ + virama, a space, then a word starting with य: one word cut in two.
# The match starts only at a word's start: tried inside a long word, each start would rescan it.
_SPLIT = regex.compile(r"(?<![\p{L}\p{M}])([\p{L}\p{M}]*+(?<=[\u0930\u0931]\u094d))[ \t]+(\u092f[\p{L}\p{M}]*)")
_PREFIXES = {"पुन", "अंत", "अन्त", "बहि"}


class SplitRaCluster(Rule):
    """A र्य or ऱ्य cluster split by a space (`बर् याच`, `कर्मचार् यांनी`).

    Why: MT and some converters break the eyelash ra at the virama; no Marathi word ends in र्
    followed by a word in य-, so the text shows a dangling virama and two non-words.
    Instead: join the word. When the joined word is the oblique of a -रा/-री word, with eyelash ra
    (बऱ्याच); the fix is offered as safe only when real text confirms that spelling.
    """

    code = "ORT002"
    name = "split-ra-cluster"
    category = Category.ORTHOGRAPHY
    severity = Severity.ERROR
    languages = ("mr",)
    fixable = True
    trigger = "[\u0930\u0931]\u094d[ \t]+\u092f"  # what _SPLIT needs: र् or ऱ्, a space, य
    good = ("बऱ्याच गुंतवणूकदारांना", "हे कार्य आहे", "पुनर् योजना", "कर्मचाऱ्यांनी सांगितले")
    bad = (("बर् याच गुंतवणूकदारांना", "बर् याच"), ("दोन कर्मचार् यांनी सांगितले", "कर्मचार् यांनी"),
           ("बऱ् याच लोकांनी", "बऱ् याच"))

    def check(self, sentence):
        for m in _SPLIT.finditer(sentence.text):
            left, right = m.group(1), m.group(2)
            if len(left) < 3 or left[:-2] in _PREFIXES:  # a bare र्; पुनर्, अंतर् written apart
                continue
            joined = left[:-2] + RA_YA + right[1:]
            at = len(left) - 2
            verdict = judge(joined, at)
            if left.endswith("\u0931\u094d") or verdict in (Verdict.CERTAIN, Verdict.LIKELY):
                fixed = with_eyelash(joined, at)
                safe = left.endswith("\u0931\u094d") or verdict is Verdict.CERTAIN
            else:
                fixed, safe = joined, False
            yield self.finding(m.start(), m.end(), f"word split inside र्य: write {fixed}", Fix(fixed, safe))
