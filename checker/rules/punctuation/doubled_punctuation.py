"""PUN003: the same punctuation mark twice, or a comma right before a full stop."""
from __future__ import annotations

import regex

from ...model import Category, Fix, Severity
from ..base import Rule

# ,, ،، ;; :: ।। (spaces between allowed), exactly two . or ۔ (three are an ellipsis), and a
# comma that a full stop follows. ?? !! ?! are emphasis and stay quiet; ॥ is its own sign.
_DOUBLED = regex.compile(r"([,،;؛:।])(?:\s*\1)+|(?<![.۔])([.۔])\2(?![.۔])|[,،]\s*[.۔।](?![.۔])")
# Two Latin full stops after a word, ending the sentence (closing quotes or brackets may follow):
# the suspension Marathi headlines and captions write on purpose (`सांगतात..`).
_WORD_BEFORE = regex.compile(r"[\p{L}\p{M}]\Z")
_ONLY_CLOSERS = regex.compile(r"[\"'”’»)\]]*\Z")


class DoubledPunctuation(Rule):
    """A punctuation mark written twice (`,,` `، ،` `۔۔` `।।`) or a comma before a full stop.

    Why: a doubled comma or stop is a slip left by MT or by editing (a clause deleted, its comma
    kept); readers see a stutter. Three or more full stops are an ellipsis and `??`/`!!` are
    emphasis: quiet. Two full stops after the last word of a sentence (`सांगतात..`) are a
    suspension headlines write on purpose: info only, and no fix (one stop would change the tone).
    Instead: keep one mark (the fix does, and keeps the full stop after a stray comma).
    """

    code = "PUN003"
    name = "doubled-punctuation"
    category = Category.PUNCTUATION
    severity = Severity.WARNING
    fixable = True
    good = ("हे खरे आहे...", "کیا؟؟", "ठीक आहे, चला.", "آپ نے کہا۔۔۔", "श्लोक ॥", "www.x.com")
    bad = (("हे खरे आहे,, चला.", ",,"), ("یہ ہے ، ، وہ۔", "، ،"), ("ठीक आहे,.", ",."),
           ("وہ چلا گیا۔۔", "۔۔"), ("हे असे होते।। नंतर", "।।"), ("नेते काय सांगतात..", ".."))

    def check(self, sentence):
        text = sentence.text
        for m in _DOUBLED.finditer(text):
            if m.group() == ".." and _suspension(text, m.start(), m.end()):
                yield self.finding(m.start(), m.end(), "two full stops after the last word: a suspension "
                                   "if meant, else write one '.' (or an ellipsis '...')", severity=Severity.INFO)
                continue
            keep = m.group()[-1] if m.group()[0] in ",،" and m.group()[-1] in ".۔।" else m.group()[0]
            yield self.finding(m.start(), m.end(), f"doubled punctuation '{m.group()}': write '{keep}'",
                               Fix(keep, safe=True))


def _suspension(text: str, start: int, end: int) -> bool:
    return bool(_WORD_BEFORE.search(text, 0, start)) and bool(_ONLY_CLOSERS.match(text, end))
