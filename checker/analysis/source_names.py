"""Capitalised English names of a source line, and whether a target spelling can transliterate one.

The consistency rule uses them as evidence: two target spellings whose source sentences name the
same English name are one name spelled two ways; spellings whose sources name different names
(`Martin`/`Marten`) are two names. A name is a capitalised word (or a run of them: `High-Flyer`,
`Liang Wenfeng`), but not an ordinary English word capitalised at the start of a sentence.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

_CAPITALISED = re.compile(r"[A-Z][A-Za-z]*(?:[-\s][A-Z][A-Za-z]*)*")
_SOUNDS = (("ph", "F"), ("gh", ""), ("ck", "K"), ("ch", "C"), ("sh", "Š"), ("th", "T"), ("x", "KS"),
           ("q", "K"), ("ce", "S"), ("ci", "S"), ("cy", "S"), ("c", "K"), ("w", "V"))
# sounds the target skeletons keep unreliably (h, glides) or merge (v/w): compared without them
_WEAK = str.maketrans("", "", "AHVY")


@lru_cache(maxsize=1 << 12)
def _ordinary(word: str) -> bool:
    """An everyday English word (`The`, `However`, `Vaccines` at the start of a sentence): a
    grammar word, or common (zipf 3 or more) and not marked a name by the English lexicon."""
    from .latin import FUNCTION_WORDS, english_entry, is_name_word  # the lexicon: only with a source
    w = word.lower()
    if w in FUNCTION_WORDS:
        return True
    entry = english_entry(w)
    return entry is not None and entry[0] >= 30 and not is_name_word(w, 0)


@lru_cache(maxsize=1 << 14)
def source_names(source: str) -> frozenset[str]:
    """The capitalised names of a source line: each run of capitalised words and each of its words
    (an ordinary word capitalised by the start of a sentence left out)."""
    out = set()
    for m in _CAPITALISED.finditer(source):
        words = re.split(r"[-\s]+", m.group())
        if _ordinary(words[0]) and _starts_sentence(source, m.start()):
            words.pop(0)  # "The", "In" capitalised by the sentence
        if len(words) > 1:
            out.add(" ".join(words))
        out.update(w for w in words if len(w) > 1)
    return frozenset(out)


def _starts_sentence(text: str, at: int) -> bool:
    before = text[:at].rstrip(" \"'“‘(")
    return not before or before[-1] in ".!?:;"


@lru_cache(maxsize=1 << 14)
def english_skeleton(name: str) -> str:
    """Consonant classes of an English name, in the alphabet of phonetic.skeleton."""
    w = name.lower().replace(" ", "").replace("-", "")
    for a, b in _SOUNDS:
        w = w.replace(a, b)
    out = "A" if w[:1] in "aeiou" else ""
    for ch in w:
        if ch not in "aeiouy":
            ch = ch.upper()
            if not out.endswith(ch):
                out += ch
    return out


@lru_cache(maxsize=1 << 14)
def sounds_like(name: str, key: str) -> bool:
    """The target skeleton `key` can be a transliteration of the English `name`."""
    a, b = english_skeleton(name).translate(_WEAK), key.translate(_WEAK)
    if not a:
        return False
    # SequenceMatcher's ratio is 2 * matches / total, and its matches are at most the letters the
    # two share (counted with repeats): most pairs of a line's names and candidates fail that bound,
    # without the matcher's cost (its result is the same).
    least = 0.75 * (len(a) + len(b))
    if 2 * min(len(a), len(b)) < least or 2 * sum(min(a.count(c), b.count(c)) for c in set(a)) < least:
        return False
    return SequenceMatcher(None, a, b).ratio() >= 0.75
