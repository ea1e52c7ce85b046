from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple, Optional

from ...analysis.morphology import difference, same_word
from ...analysis.phonetic import inflected_forms, is_common
from ...analysis.source_names import sounds_like, source_names
from ...analysis.variants import glued, similarity, source_evidence, spellings_of, words
from ...model import Category, Severity
from ..base import DocumentRule


def _article(at) -> int:
    """Lines without text before this one: a blank line starts the next article."""
    return at.line - at.ordinal


NEAR = 30  # lines: a news article's length; farther apart, two lines of a memory share no text


def _near(lines: list[int], line: int) -> bool:
    """The main spelling occurs within NEAR lines of `line` (`lines` ascending)."""
    i = bisect_left(lines, line)
    return (i < len(lines) and lines[i] - line <= NEAR) or (i > 0 and line - lines[i - 1] <= NEAR)


class _Spellings:
    """Pass one's record of one phonetic key in one article."""
    __slots__ = ("counts", "first", "split", "language", "heard", "lines")

    def __init__(self, language: str):
        self.counts: dict[str, int] = {}                # surface -> occurrences (dicts: cheaper than Counters)
        self.first: dict[str, tuple[int, int]] = {}     # surface -> its first place (sentence, offset)
        self.split = False                              # a cut-in-two candidate has this key
        self.language = language
        self.heard: dict[str, dict] = {}                # surface -> {None: source lines, name: lines}
        self.lines: dict[str, list[int]] = {}           # surface -> its line numbers

    def __getstate__(self):  # slots: pickled for --jobs workers
        return tuple(getattr(self, k) for k in self.__slots__)

    def __setstate__(self, values):
        for k, v in zip(self.__slots__, values):
            setattr(self, k, v)


class _Decision(NamedTuple):
    """Conclusion for one key in one article: the main spelling and the evidence around it."""
    best: str
    n: int                  # occurrences of the main spelling
    counts: dict
    spellings: int          # distinct spellings close to the main one
    names: dict             # surface -> (the names most of its sources have, all counts)
    lines: list             # the main spelling's line numbers


@dataclass(slots=True)
class SpellingsByArticle:
    keys: Optional[dict] = field(default_factory=dict)  # (article, key) -> _Spellings; None after pass one
    best: dict = field(default_factory=dict)            # (article, key) -> _Decision, when concluded


class NameSpelledSeveralWays(DocumentRule):
    """The same name spelled several ways in one document.

    Why: MT transliterates a name afresh in every sentence, so one company becomes `दीपसीक`, `दीपसेक`
    and `डीपसीक` (or `ڈیپسیک`, `دیپ ساک`, `دیپیسیک`) in one article, and a reader cannot tell whether
    they are one name or several. Candidates are words not found in the language's lexicon; after
    case endings are stripped they are keyed by a phonetic skeleton (vowel length, ड/द, ٹ/ت, ی/ے,
    व/व्ह, spaces and hyphens ignored), so only transliteration variants meet. Not variants:
    grammatical forms of one word (`मुलगा`/`मुलगी`, `لڑکا`/`لڑکے`, `واقعہ`/`واقعات`, `دنیا`/`دنیائے`),
    a word with its neighbour glued on (`اور X` against `X`). A name cut in two where one half is an
    ordinary word (`وولٹ آرا` for `وولٹارا`) is flagged only when the document writes it as one word.
    A document is an article: a blank line ends one, so a file of articles separated by blank lines
    is checked article by article; a file of unrelated sentences with no blank line (a translation
    memory) is one document, which is why a warning needs strong evidence, the main spelling
    among them within 30 lines. Strongest: with an
    English source (`--source`, a .tsv), both spellings stand for the one capitalised name their
    sources share; sources that name different names (Martin/Marten), or none of the main spelling's,
    mean two names: no finding. Without one: the main spelling three times and more often, and the
    variant differing only in letters of one sound (ڈ/د, ड/द), or spelled with letter names, or
    cut by a space where no part is a word (`دیپ ساک` for `ڈیپسیک`), or one of three spellings or
    more (then twice is enough). Spellings that differ in vowels only (`मार्टिन`/`मार्टेन`,
    `حامد`/`حمید`) are as often two names as one: info.
    Instead: use one spelling throughout, normally the one the document uses most (named in the message).
    """

    code = "CON001"
    name = "name-spelled-several-ways"
    category = Category.CONSISTENCY
    severity = Severity.WARNING
    good = ("झार्कोव्हियाने नवी योजना आणली. झार्कोव्हियाच्या योजनेवर टीका झाली. झार्कोव्हिया मागे हटली नाही.",
            "مولتانیکس نے کہا۔ مولتانیکس کے مطابق یہ درست ہے۔",
            "मुलगा आला. मुलगी आली. मुलगा गेला.",
            "ٹرولمبہ آیا۔ ٹرولمبے سے نقصان ہوا۔ ٹرولمبے کے بعد امداد پہنچی۔ ٹرولمبے کا مرکز دور تھا۔",
            "क्वारलिंटने योजना आणली. क्वारलिंटच्या योजनेवर टीका झाली.\n\nक्वारलेंटने माघार घेतली नाही.")
    bad = (("क्वारलिंटने योजना आणली. क्वारलिंटच्या योजनेवर टीका झाली. क्वारलेंटने माघार घेतली नाही.", "क्वारलेंट"),
           ("ग्रेव्हिटासने योजना आणली. ग्रेविटासच्या योजनेवर टीका झाली. ग्रेव्हिटास मागे हटली नाही.", "ग्रेविटास"),
           ("مولتانیکس نے کہا۔ مولتانیکس کے مطابق یہ درست ہے۔ اور مولتان یکس نے انکار کیا۔", "مولتان یکس"),
           ("زورباکس نے کہا۔ زورباکس کے مطابق یہ درست ہے۔ ذوربکس نے انکار کیا۔", "ذوربکس"))

    # Pass one counts each spelling of each phonetic key per article; pass two flags the
    # occurrences of the keys written several ways. State: (article, key) -> _Spellings, then
    # (article, key) -> _Decision.
    # Counting needs each line's article, so every occurrence of a repeated line is collected
    # (no collect_repeats). Facts: the candidates, and per candidate the source's names that it
    # can transliterate (None without a source).
    def line_facts(self, sentences, source=None):
        found = tuple((s.index, s.language, c) for s in sentences if self.applies_to(s.language)
                      for c in s.name_candidates)
        if not found:
            return None
        if source is None:
            return found, (None,) * len(found)
        names = source_names(source)
        return found, tuple(tuple(n for n in names if sounds_like(n, c.key)) for _, _, c in found)

    State = SpellingsByArticle
    reads_source = True

    def collect(self, state, facts, at):
        keys, article = state.keys, _article(at)
        candidates, heard = facts
        for (k, language, c), names in zip(candidates, heard):
            entry = keys.get((article, c.key))
            if entry is None:
                entry = keys[(article, c.key)] = _Spellings(language)
            if c.split:
                entry.split = True
            else:
                surface, counts = c.surface, entry.counts
                counts[surface] = counts.get(surface, 0) + 1
                if surface not in entry.first:
                    entry.first[surface] = (at.first + k, c.start)
                entry.lines.setdefault(surface, []).append(at.line)
                if names is not None:  # a source line: count it (None) and the names it has
                    h = entry.heard.setdefault(surface, {None: 0})
                    h[None] += 1
                    for x in names:
                        h[x] = h.get(x, 0) + 1

    def conclude(self, state):
        best = state.best
        for place, e in state.keys.items():
            counts = e.counts
            if len(counts) < (1 if e.split else 2):
                continue
            surface, n = max(counts.items(), key=lambda kv: (kv[1], [-x for x in e.first[kv[0]]]))
            if n >= 2:  # a name written twice one way is the evidence for its spelling
                # a spelling's names: those in most of its source lines
                names = {s: (frozenset(x for x, m in h.items() if x and 2 * m > h[None]), h)
                         for s, h in e.heard.items()}
                best[place] = _Decision(surface, n, counts, spellings_of(surface, counts, e.language), names,
                                        e.lines.get(surface, []))
        state.keys = None  # pass two reads only the decisions

    def findings(self, state, facts, at):
        decided, article = state.best, _article(at)
        found = []
        for k, language, c in facts[0]:
            decision = decided.get((article, c.key))
            if decision is None:
                continue
            best, n, counts, spellings, names, lines = decision
            if c.split:  # a name cut in two only where the document writes it as one word
                severity = self._split_severity(c, best, n, language)
                if severity is not False:
                    found.append((k, c, best, n, 1, severity))
            elif self._variant(c, best, language):
                heard = source_evidence(names.get(c.surface), names.get(best))
                if heard == "different":
                    continue  # the sources name two names (Martin, Marten)
                if heard == "same" and counts[c.surface] < n:
                    severity = None
                elif _near(lines, at.line):
                    severity = self._severity(c, best, n, counts[c.surface], spellings, language)
                else:  # far from the main spelling: in a file of unrelated lines, another text
                    severity = Severity.INFO
                found.append((k, c, best, n, counts[c.surface], severity))
        return self._outermost(found)

    @staticmethod
    def _variant(c, best, language) -> bool:
        if c.surface == best or inflected_forms(c.surface, best) or same_word(c.surface, best, language):
            return False
        if not c.letters and glued(c.surface, best, language):  # letter names (بی ٹی) are no neighbours
            return False
        return c.letters or similarity(c.surface, best) >= 0.65

    @staticmethod
    def _split_severity(c, best, n, language):
        """A name cut in two (False: not one). Warning when the document writes it as one word
        three times and a half of the cut is no word at all (`دیپ ساک` for `ڈیپسیک`); info when
        both halves are words (`وولٹ آرا`: Urdu also writes compounds with or without a space)."""
        halves = words(c.surface)
        if " " in best or "-" in best or any(w == best or same_word(w, best, language) for w in halves):
            return False  # a word with its neighbour, or two words written apart elsewhere too
        close = similarity(c.surface, best)
        if n >= 3 and close >= 0.65 and difference(c.surface, best) != "other" and \
                not all(is_common(w, language) for w in halves):
            return None
        return Severity.INFO if close >= 0.8 else False

    @staticmethod
    def _severity(c, best, n, m, spellings, language):
        """Warning only on strong evidence: the main spelling three times or more and more often
        than this one, the two close, and this one spelled with letter names, or differing from
        the main one only in letters or vowel marks of one sound, or cut by a space where no part
        is a word, or one of three spellings or more (then the main one twice is enough)."""
        if n < (2 if spellings >= 3 else 3) or m >= n or \
                not (c.letters or similarity(c.surface, best) >= 0.75):
            return Severity.INFO
        if c.letters:
            return None
        kind = difference(c.surface, best)
        if kind == "space":  # a name cut in two: strong where no part of it is a word
            return Severity.INFO if any(is_common(w, language) for w in words(c.surface)) else None
        if kind == "sound" or kind != "other" and spellings >= 3:
            return None
        return Severity.INFO

    def _outermost(self, found):
        """One finding per place: drop a variant inside a longer flagged variant."""
        in_sentence = defaultdict(list)
        for i, d, *_ in found:
            in_sentence[i].append(d)
        for i, c, best, n, m, severity in found:
            if any(d is not c and d.start <= c.start and c.end <= d.end
                   and (d.end - d.start) > (c.end - c.start) for d in in_sentence[i]):
                continue
            yield self.finding(c.start, c.end,
                               f"'{c.surface}' spells a name this document writes '{best}' "
                               f"({n} times); use one spelling", sentence=i, severity=severity)
