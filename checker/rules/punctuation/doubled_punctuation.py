"""PUN003: the same punctuation mark twice, or a comma right before a full stop."""
from __future__ import annotations

import regex

from ...model import Category, Fix, Severity
from ..base import Rule

# ,, ،، ;; :: ।। (spaces between allowed), exactly two . or ۔ (three are an ellipsis), and a
# comma that a full stop follows. ?? !! ?! are emphasis and stay quiet; ॥ is its own sign.
_DOUBLED = regex.compile(r"([,،;؛:।])(?:\s*\1)+|(?<![.۔])([.۔])\2(?![.۔])|[,،]\s*[.۔।](?![.۔])")


class DoubledPunctuation(Rule):
    """A punctuation mark written twice (`,,` `، ،` `۔۔` `..` `।।`) or a comma before a full stop.

    Why: a doubled comma or stop is a slip left by MT or by editing (a clause deleted, its comma
    kept); readers see a stutter. Three or more full stops are an ellipsis and `??`/`!!` are
    emphasis: quiet.
    Instead: keep one mark (the fix does, and keeps the full stop after a stray comma).
    """

    code = "PUN003"
    name = "doubled-punctuation"
    category = Category.PUNCTUATION
    severity = Severity.WARNING
    fixable = True
    good = ("हे खरे आहे...", "کیا؟؟", "ठीक आहे, चला.", "آپ نے کہا۔۔۔", "श्लोक ॥", "www.x.com")
    bad = (("हे खरे आहे,, चला.", ",,"), ("یہ ہے ، ، وہ۔", "، ،"), ("हे खरे आहे..", ".."), ("ठीक आहे,.", ",."))

    def check(self, sentence):
        for m in _DOUBLED.finditer(sentence.text):
            keep = m.group()[-1] if m.group()[0] in ",،" and m.group()[-1] in ".۔।" else m.group()[0]
            yield self.finding(m.start(), m.end(), f"doubled punctuation '{m.group()}': write '{keep}'",
                               Fix(keep, safe=True))
