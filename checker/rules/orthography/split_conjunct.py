"""ORT008: a conjunct torn in two by a space after its virama (व्यक् त for व्यक्त)."""
from __future__ import annotations

from ...data import word_frequencies
from ...langs.affixes import strip_suffix
from ...model import Category, Fix, Severity
from ..base import Rule

VIRAMA = "\u094d"
_RA, _YA = "\u0930\u0931", "\u092f"


def _consonant(ch: str) -> bool:
    return "\u0915" <= ch <= "\u0939" or "\u0958" <= ch <= "\u095f"


class SplitConjunct(Rule):
    """A conjunct consonant split by a space after its virama (`व्यक् त`, `प्रश् न`).

    Why: a virama joins its consonant to the next one (क् + त = क्त); with a space between, the
    text shows a dangling virama and two non-words, which search, spell-checking and line breaking
    all get wrong. MT systems with subword vocabularies leave it (hundreds of times in one test set);
    human Marathi almost never ends a word in a virama (a Sanskrit `भगवान्`, an echo word `फण् फण्`).
    An error when the joined word is a real word (safe fix), a warning otherwise. ORT002 reports the
    र्य/ऱ्य clusters.
    Instead: join the two parts (`व्यक्त`).
    """

    code = "ORT008"
    name = "split-conjunct"
    category = Category.ORTHOGRAPHY
    severity = Severity.ERROR
    languages = ("mr",)
    fixable = True
    trigger = "\u094d[ \t]"
    good = ("त्यांनी मत व्यक्त केले", "अंतरावर फण् फण् करीत", "बर् याच लोकांनी")
    bad = (("त्यांनी मत व्यक् त केले", "व्यक् त"), ("हा प्रश् न आहे", "प्रश् न"),
           ("क्वार्ज् टिलम नावाचे", "क्वार्ज् टिलम"))

    def check(self, sentence):
        text, tokens, words = sentence.text, sentence.tokens, word_frequencies("mr")
        splits = [i for i in range(len(tokens) - 1) if _torn(text, tokens[i], tokens[i + 1])]
        for first, last in _runs(splits):
            if not any(self._conjunct(tokens, i, words) for i in range(first, last + 1)):
                continue
            # A chain of torn tokens is one finding over the whole chain: pairwise findings would
            # overlap, and each join would make a new pair, one more fixer pass per token.
            a, b = tokens[first], tokens[last + 1]
            joined = "".join(t.text for t in tokens[first:last + 2])
            known = self._known(joined, words)
            yield self.finding(a.start, b.end, f"space after the virama splits '{joined}': join it",
                               Fix(joined, safe=known), None if known else Severity.WARNING)

    def _conjunct(self, tokens, i, words) -> bool:
        left, right = tokens[i].text, tokens[i + 1].text
        echo = left == right or (i > 0 and tokens[i - 1].text == left)
        # an echo word (फण् फण्), or a word that ends in a virama of its own
        return not (echo or (left in words and not self._known(left + right, words)))

    @staticmethod
    def _known(word: str, words) -> bool:
        return word in words or strip_suffix(word, "mr")[0] in words


def _torn(text: str, a, b) -> bool:
    """Token a ends in a virama and only spaces part it from b, which starts with a consonant."""
    left, gap = a.text, text[a.end:b.start]
    if not left.endswith(VIRAMA) or len(left) < 2 or not _consonant(b.text[0]) or not gap or gap.strip(" \t"):
        return False
    return not (left[-2] in _RA and b.text[0] == _YA)  # ORT002's र्य cluster


def _runs(indices: list[int]):
    """Consecutive indices as (first, last) runs: [2, 3, 4, 7] -> (2, 4), (7, 7)."""
    start = prev = None
    for i in indices:
        if prev is not None and i == prev + 1:
            prev = i
            continue
        if start is not None:
            yield start, prev
        start = prev = i
    if start is not None:
        yield start, prev
