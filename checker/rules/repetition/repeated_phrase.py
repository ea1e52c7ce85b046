"""REP003: a phrase of three or more words said twice in one sentence."""
from __future__ import annotations

from bisect import bisect_left

from ...langs.letters import letter_spellings
from ...langs.reduplication import ALTERNATIVES, INTENSIVE_LINKS, REDUPLICATING
from ...model import Category, Severity
from ..base import Rule
from .runs import in_loop, loops

MIN_WORDS = 3
LONG_WORDS, LONG_LETTERS = 6, 30  # a repeat this long is worth a look even without a telltale
_JOINERS = {"आणि", "व", "اور", "or", "and"}
# Bounds that keep a pathological "sentence" (a line of one phrase repeated thousands of times)
# linear: copies further apart than this are not one clause said twice, and a run stops here.
MAX_DISTANCE, MAX_RUN = 200, 60


def _match(words: list[str], i: int, j: int) -> int:
    """Length of the common run of words starting at i and j (i < j, runs may not overlap); a
    last word may carry an extra suffix (युनिट्स / युनिट्सचा)."""
    k = 0
    while k < MAX_RUN and j + k < len(words) and i + k < j and words[i + k] == words[j + k]:
        k += 1
    if k and j + k < len(words) and i + k < j and words[j + k].startswith(words[i + k]) and len(words[i + k]) > 2:
        k += 1
    return k


def _pair_twice(words: list[str], i: int, j: int, lang: str) -> bool:
    """Two words said twice in a row (`کے بعد کے بعد`), not a reduplicated word or initialism."""
    pair, letters = words[i:i + 2], letter_spellings(lang)
    return j == i + 2 and words[j:j + 2] == pair and pair[0] != pair[1] and \
        pair[0] not in INTENSIVE_LINKS.get(lang, ()) and \
        not all(w in letters for w in pair) and \
        not any(w.isdigit() or w in REDUPLICATING.get(lang, ()) for w in pair)


def _gapped(text: str, toks, i: int, j: int) -> bool:
    """Punctuation inside or between the two copies of a pair (سمیع اسلم، شان اسلم، شان مسعود)."""
    return any(text[toks[k].end:toks[k + 1].start].strip() for k in range(i, j + 1))


class RepeatedPhrase(Rule):
    """A phrase of three or more words repeated inside one sentence (a clause said twice:
    `दोन माजी कर्मचार्यांच्या म्हणण्यानुसार, … असे दोन माजी कर्मचार्यांच्या म्हणण्यानुसार`).

    Why: MT sometimes translates a clause twice (fronted and again at the end), or turns an
    alternative into a copy of the first term (`X केलेल्या डेटाच्या युनिट्स किंवा X केलेल्या डेटाच्या
    युनिट्सचा`); the source's other content is lost. Technical prose repeats noun phrases on
    purpose (lists, comparisons), so only the telltale shapes are warnings: the copies side by side
    or joined by "or"/"and" with no punctuation between, or a clause of three or more words opening
    and closing the sentence. A long repeat otherwise is info. Two words said twice in a row with
    nothing between (`کے بعد کے بعد`, `करण्यात आली करण्यात आली`) are a warning too; three copies or
    more are a loop (REP004).
    Instead: keep one copy and restore what the source said in the other.
    """

    code = "REP003"
    name = "repeated-phrase"
    category = Category.REPETITION
    severity = Severity.WARNING
    good = ("एक दोन तीन आणि चार पाच सहा", "हात धुण्याचा सल्ला दिला जातो आणि नंतर हात धुण्याचा सल्ला पुन्हा दिला.",
            "دو سابق ملازمین کے مطابق وہ آیا۔", "तो घरी गेला आणि ती पण घरी गेली.", "پی ٹی پی ٹی",
            "ہاتھ دھونے کے بعد، ہاتھ دھونے", "एक एक दोन दोन", "ساتھیوں سے کم سے کم رابطہ",
            "سمیع اسلم، شان اسلم، شان مسعود")
    bad = (("दोन माजी कर्मचार्यांच्या म्हणण्यानुसार, तो आला, असे दोन माजी कर्मचार्यांच्या म्हणण्यानुसार.",
            "दोन माजी कर्मचार्यांच्या म्हणण्यानुसार"),
           "ماڈل کے ذریعے پروسیس کیے گئے ڈیٹا یا ماڈل کے ذریعے پروسیس کیے گئے ڈیٹا کا استعمال",
           "प्रक्रिया केलेल्या डेटाच्या युनिट्स किंवा प्रक्रिया केलेल्या डेटाच्या युनिट्सचा वापर केला",
           ("मुंबईतील गुंतवणूकदारांनी सांगितले की बाजार स्थिर आहे, मुंबईतील गुंतवणूकदारांनी सांगितले.",
            "मुंबईतील गुंतवणूकदारांनी सांगितले"), ("اس کے بعد کے بعد وہ آیا", "کے بعد"))

    def check(self, sentence):
        toks = [t for t in sentence.tokens if not t.text.isdigit()]
        words = [t.text for t in toks]
        n, joiners = len(words), _JOINERS | ALTERNATIVES.get(sentence.language, frozenset())
        if len(set(zip(words, words[1:]))) == n - 1:
            return  # a repeat of three words repeats a pair of words exactly: none here
        runs = loops(words)
        where: dict[str, list[int]] = {}
        for i, w in enumerate(words):
            where.setdefault(w, []).append(i)
        j = 1
        while j < n:
            best, at = 0, 0
            seen = where[words[j]]  # only where the run can start: the same word, not too far back
            for q in range(bisect_left(seen, j - MAX_DISTANCE), len(seen)):  # (a scan from the first was quadratic)
                i = seen[q]
                if i >= j:
                    break
                k = _match(words, i, j)
                if k < MIN_WORDS and _pair_twice(words, i, j, sentence.language) and \
                        not joiners.intersection(words[i:i + 2]):  # "X and X and": REP005's
                    k = 2
                elif k < MIN_WORDS:
                    continue
                if k > best:
                    best, at = k, i
            if best and (in_loop(runs, j) or best == 2 and _gapped(sentence.text, toks, at, j)):
                j += best  # a loop is REP004's; two words are a telltale only side by side
                continue
            if not best:
                j += 1
                continue
            gap = words[at + best:j]
            between = sentence.text[toks[at + best - 1].end:toks[j].start]
            side_by_side = (not gap or (len(gap) == 1 and gap[0] in joiners)) and \
                not any(c in between for c in ",،;؛:-–—()")
            edges = at == 0 and j + best == n  # a clause opens and closes the sentence
            telltale = side_by_side or edges
            letters = sum(map(len, words[j:j + best]))
            if telltale or (best >= LONG_WORDS and letters >= LONG_LETTERS):
                phrase = " ".join(words[j:j + best])
                yield self.finding(toks[j].start, toks[j + best - 1].end, f"'{phrase}' said twice in this sentence",
                                   severity=None if telltale else Severity.INFO)
            j += best
