"""Find every glossary form in a sentence with one pass over its words, however large the glossary.

A pattern per form per sentence made a 1,000-term glossary cost minutes on one article. Here the
forms of one language are indexed once by their first word (lower-cased); each place where a word
can start looks up its own prefixes in that index (a handful of dict look-ups) and checks only the
forms found there. Matches are those of the former per-form search: the form as whole words, case
ignored, where a Marathi case ending may follow the form's last word.
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import regex

from ..langs.affixes import SUFFIXES
from .glossary import load_glossary

REJECTED, ENGLISH = 0, 1  # the kinds of form, in the order the rule reports them
# A place where a form may start: a letter, mark or digit with no letter or mark before it.
_STARTS = regex.compile(r"(?<![\p{L}\p{M}])[\p{L}\p{M}\p{N}]+")
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")


class Hit(NamedTuple):
    start: int
    end: int
    term: int   # index of the term in the glossary
    kind: int   # REJECTED or ENGLISH
    form: int   # index of the form among the term's rejected forms (0 for ENGLISH)


class GlossaryMatcher:
    def __init__(self, forms: list[tuple[str, int, int, int]], language: str):
        """`forms`: (form, term index, kind, form index)."""
        endings = "|".join(regex.escape(s) for s in sorted(SUFFIXES.get(language, ()), key=len, reverse=True))
        self._tail = regex.compile(rf"(?:{endings}|त|ात)?(?![\p{{L}}\p{{M}}])" if endings
                                   else r"(?![\p{L}\p{M}])", regex.IGNORECASE)
        self._index: dict[str, list[tuple[str, int, int, int]]] = {}
        self._odd: list[tuple[str, int, int, int]] = []  # forms that start with no letter or digit
        for form, term, kind, i in forms:
            low = form.lower()
            first = _WORD.match(low)
            if first is None or len(low) != len(form):
                self._odd.append((form, term, kind, i))
            else:
                self._index.setdefault(first.group(), []).append((low, term, kind, i))
        self._longest = max(map(len, self._index), default=0)

    def hits(self, text: str) -> list[Hit]:
        """Every match, ordered as the rule reports them: by term, kind, form, then place."""
        found: list[Hit] = []
        index, tail = self._index, self._tail
        if index:
            for m in _STARTS.finditer(text, overlapped=True):
                start, word = m.start(), m.group().lower()
                for k in range(1, min(len(word), self._longest) + 1):
                    for low, term, kind, i in index.get(word[:k], ()):
                        end = start + len(low)
                        if text[start:end].lower() == low and tail.match(text, end):
                            found.append(Hit(start, end, term, kind, i))
        for form, term, kind, i in self._odd:
            pattern = rf"(?<![\p{{L}}\p{{M}}]){regex.escape(form)}(?={self._tail.pattern})"
            found += [Hit(m.start(), m.end(), term, kind, i)
                      for m in regex.finditer(pattern, text, regex.IGNORECASE)]
        found.sort(key=lambda h: (h.term, h.kind, h.form, h.start))
        return _non_overlapping(found)


def _non_overlapping(hits: list[Hit]) -> list[Hit]:
    """A form's matches left to right without overlaps, as a regex search finds them."""
    out, last = [], {}
    for h in hits:
        key = (h.term, h.kind, h.form)
        if h.start >= last.get(key, -1):
            out.append(h)
            last[key] = h.end
    return out


@lru_cache(maxsize=16)
def glossary_matcher(path: str, language: str) -> GlossaryMatcher:
    """The matcher of one glossary's forms for one language, built once per run."""
    forms = []
    for t, term in enumerate(load_glossary(path)):
        forms += [(form, t, REJECTED, i) for i, form in enumerate(term.reject)]
        if term.preferred.get(language, "") and not term.english.isupper():
            forms.append((term.english, t, ENGLISH, 0))
    return GlossaryMatcher(forms, language)
