"""REP005: the same word on both sides of "and" (دوا اور دوا), or twice in one list (A، B، A)."""
from __future__ import annotations

from functools import lru_cache

from ...langs.reduplication import (AND, AUXILIARIES, CASE_WORDS, COMPOUND_SUFFIXES, GENITIVES, HOMOGRAPHS,
                                    REDUPLICATING)
from ...model import Category, Scope, Severity
from ..base import Rule

_COMMAS = {",", "،"}


@lru_cache(maxsize=1024)
def _source_pairs(source: str) -> tuple[bool, bool]:
    """(the source joins two different words by "and", it joins a word to itself: "alcohol and
    alcohol rubs", "Punjab and the Punjab government")."""
    import regex  # only with a source
    words = regex.findall(r"[\p{L}\p{N}][\p{L}\p{N}'’-]*|&", source.lower())
    skip = {"the", "a", "an", "its", "their", "his", "her", "other"}
    different = same = False
    for i, w in enumerate(words[1:-1], 1):
        if w in ("and", "&"):
            j = i + 1
            while j < len(words) - 1 and words[j] in skip:
                j += 1
            a, b = words[i - 1], words[j]  # hydroxychloroquine and chloroquine: one word holds the other
            alike = a.startswith(b) or b.startswith(a) or a.endswith(b) or b.endswith(a)
            same |= alike
            different |= not alike
    return different, same


class SameConjunct(Rule):
    """The same word on both sides of "and" (`دوا اور دوا`), or twice in one list (`A، B، A`).

    `دوا اور دوا` for "medicine and vaccine", `निदान आणि निदान`, `بخار، کھانسی، بخار`.

    Why: MT renders two near-synonyms of the source by one word and the sentence lists a thing
    twice; the other term is lost. Human prose says "X and X" when a second head follows
    (`व्यापारी आणि व्यापारी संघटना` "traders and traders' unions", `X5 आणि X5 Pro`) or a suffix makes
    it another word (`حفظان صحت اور صحت مند` "hygiene and healthy"): so it is an
    error only with the source (`--source`, .tsv) joining two different words by "and" and none to
    itself and the second X closing the phrase (punctuation, "and", an auxiliary or a case word
    follows: `دوا اور دوا کو`); a warning there when a word continues it (`امراض اور امراض کی فہرست`),
    an info when a genitive follows one
    word (`ادارہ صحت اور صحت کے دیگر ادارے`) or without a source. A name or model continuing it (a Latin word, a digit) stays quiet. A
    word twice in a list of single words is a warning.
    Instead: restore the second term from the source.
    """

    code = "REP005"
    name = "same-conjunct"
    category = Category.REPETITION
    severity = Severity.ERROR
    scope = Scope.LINE  # reads the line's source, when there is one
    good = ("X5 आणि X5 Pro बाजारात", "کراچی اور لاہور", "बुखार, खोकला आणि थकवा", "6-3 اور 6-3 سے",
            "Alcohol and alcohol rubs.\tالکحل اور الکحل رب",
            "SARS-CoV and SARS-CoV-2.\tسارس اور سارس 2",
            "Hydroxychloroquine and chloroquine.\tہائیڈروکسی کلوروکین اور کلوروکین",
            "Hygiene and a healthy diet.\tحفظان صحت اور صحت مند غذا")
    bad = (("Medicine and vaccine.\tدوا اور دوا کو منظوری ملی۔", "دوا اور دوا"),
           ("Diagnosis and prognosis.\tरोगाचे निदान आणि निदान सांगितले.", "निदान आणि निदान"),
           ("وبائی امراض اور وبائی امراض", "وبائی امراض اور وبائی امراض"),
           ("بخار، کھانسی، بخار اور تھکاوٹ", "بخار"), ("ताप, खोकला, ताप आणि थकवा", "ताप"))

    def check_line(self, sentences, context):
        for s in sentences:
            if self.applies_to(s.language):
                for f in (*self._conjuncts(s, context.source), *self._lists(s)):
                    f.sentence = s.index
                    yield f

    def _conjuncts(self, sentence, source):
        lang, text, toks = sentence.language, sentence.text, sentence.tokens
        if AND.get(lang, frozenset()).isdisjoint([t.text for t in toks]):
            return  # most sentences: no "and" at all
        plain = lambda i, j: all(not text[toks[k].end:toks[k + 1].start].strip() for k in range(i, j))
        for i, t in enumerate(toks):
            if t.text not in AND.get(lang, ()):
                continue
            for k in (2, 1):  # three words or more: REP003's repeated phrase
                left, right = toks[i - k:i], toks[i + 1:i + 1 + k]
                if i - k < 0 or [x.text for x in left] != [x.text for x in right] or not plain(i - k, i + k):
                    continue
                nxt = toks[i + 1 + k] if i + 1 + k < len(toks) and plain(i + k, i + k + 1) else None
                if all(x.text.isdigit() or x.text in HOMOGRAPHS.get(lang, ()) for x in left) or \
                        (nxt is not None and (nxt.is_latin or nxt.text[0].isdigit()
                                              or nxt.text in COMPOUND_SUFFIXES.get(lang, ()))):
                    break  # 6-3 اور 6-3, X5 आणि X5 Pro, حفظان صحت اور صحت مند: the second X goes on
                severity = self._weigh(source, nxt, lang, k)
                if severity is not None:
                    phrase = " ".join(x.text for x in left)
                    yield self.finding(left[0].start, right[-1].end, f"'{phrase}' on both sides of "
                                       f"'{t.text}': a term of the source is lost", severity=severity)
                break

    @staticmethod
    def _weigh(source, nxt, lang, words):
        if source is None:
            return Severity.INFO
        different, same = _source_pairs(source)
        if same:
            return None
        if not different:
            return Severity.INFO
        # closed: the clause, the list or a case ends the second X, so no second head can follow
        closed = nxt is None or nxt.text in AND.get(lang, ()) or nxt.text in AUXILIARIES.get(lang, ()) or \
            nxt.text in CASE_WORDS.get(lang, ())
        if closed:
            return Severity.ERROR
        # ادارہ صحت اور صحت کے دیگر ادارے: a genitive after one word may make it "X and X's other …"
        return Severity.INFO if words == 1 and nxt.text in GENITIVES.get(lang, ()) else Severity.WARNING

    def _lists(self, sentence):
        """Lists of single words (`A، B، C اور D`, two commas at least): an item said twice."""
        text, toks, joiners = sentence.text, sentence.tokens, AND.get(sentence.language, ())
        if text.count(",") + text.count("،") < 2:
            return  # a list needs two commas
        items: list = []
        commas = 0
        for k in range(1, len(toks)):
            prev, t = toks[k - 1], toks[k]
            gap = text[prev.end:t.start].strip()
            if gap in _COMMAS and t.text not in joiners:
                if not items:
                    items.append(prev)
                items.append(t)  # in place: a list of thousands of items stays linear
                commas += 1
            elif not gap and t.text in joiners and items and items[-1] is prev:
                continue  # "A، B اور": the last item may follow
            elif not gap and prev.text in joiners and items and items[-1] is toks[k - 2]:
                yield from self._repeated(items + [t], commas, sentence.language)
                items, commas = [], 0
            else:
                yield from self._repeated(items, commas, sentence.language)
                items, commas = [], 0
        yield from self._repeated(items, commas, sentence.language)

    def _repeated(self, items, commas, lang):
        if commas < 2:
            return
        seen, told = set(), set()
        for prev, t in zip([None] + items, items):
            if prev is not None and prev.text == t.text and t.text in REDUPLICATING.get(lang, ()):
                continue  # تین، تین "three each": distributive, with a comma
            if t.text in seen and t.text not in told and not t.text[0].isdigit():
                told.add(t.text)  # once per list
                yield self.finding(t.start, t.end, f"'{t.text}' twice in one list: an item is lost",
                                   severity=Severity.WARNING)
            seen.add(t.text)
