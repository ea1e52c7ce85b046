"""Names in Latin letters inside Urdu and Marathi text, and the phonetic skeleton that lets them
meet their transliterations: `Jordan`, `جارڈن` and `जॉर्डन` all give `JRDN` (see phonetic.skeleton,
whose consonant classes this mirrors). English spelling is ambiguous (`ch` in Charles and Michael,
`g` in George and Gordon), so a Latin word has a small set of skeletons, one of which should match.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import product
from typing import NamedTuple

from .latin import NAME, latin_words
from .tokens import Token

_VOWELS = set("aeiouy")
# digraphs first; each maps to the classes it may sound as in (Urdu, Marathi)
_DIGRAPHS = {"sh": (("Š",), ("Š",)), "ch": (("C", "K"), ("C", "K")), "ph": (("F",), ("F",)),
             "th": (("T",), ("TH", "T")), "kh": (("X", "K"), ("KH",)), "gh": (("G", ""), ("GH", "G")),
             "ck": (("K",), ("K",)), "qu": (("K",), ("KV",)), "wh": (("V", ""), ("V",)),
             "dh": (("D",), ("DH",)), "bh": (("B",), ("BH",))}
_LETTERS = {"b": "B", "d": "D", "f": "F", "h": "H", "j": "J", "k": "K", "l": "L", "m": "M", "n": "N",
            "p": "P", "q": "K", "r": "R", "s": "S", "t": "T", "x": "KS"}


def _letter(word: str, i: int, urdu: bool) -> tuple[tuple[str, ...], int]:
    """The classes the letters at `i` may sound as, and how many letters they take."""
    two = word[i:i + 2]
    if two in _DIGRAPHS:
        return _DIGRAPHS[two][0 if urdu else 1], 2
    ch, nxt = word[i], word[i + 1:i + 2]
    if ch in _VOWELS:
        return ("A",) if i == 0 and ch != "y" else ("",), 1
    if ch == "c":
        return ("S",) if nxt in ("e", "i", "y") else ("K",), 1
    if ch == "g":
        return ("G", "J") if nxt in ("e", "i", "y") else ("G",), 1
    if ch in "vw":  # Urdu's و is a glide inside a word (phonetic.skeleton drops it)
        return ("V",) if i == 0 or not urdu else ("", "V"), 1
    if ch == "z":
        return ("Z",) if urdu else ("J",), 1
    if ch == "h" and (i == len(word) - 1 or nxt not in _VOWELS):
        return ("",), 1  # final or before a consonant: a vowel's length, not a sound
    return (_LETTERS.get(ch, ""),), 1


@lru_cache(maxsize=1 << 14)
def latin_skeletons(word: str, language: str) -> frozenset[str]:
    """The skeletons a Latin name may have when written in `language`'s letters (at most 16)."""
    w, urdu = word.lower(), language == "ur"
    parts, i = [], 0
    while i < len(w):
        if i and w[i] == w[i - 1] and w[i] not in _VOWELS:
            i += 1  # doubled consonants are written once
            continue
        options, n = _letter(w, i, urdu)
        parts.append(options)
        i += n
    out = set()
    for combo in product(*parts):
        out.add("".join(combo))
        if len(out) >= 16:
            break
    return frozenset(out)


class LatinName(NamedTuple):
    start: int
    end: int
    text: str
    keys: frozenset[str]  # latin_skeletons of the name


def latin_names(text: str, tokens: list[Token], language: str) -> list[LatinName]:
    """Capitalised Latin words that are names (not English common words, acronyms or codes), each
    with the skeletons its transliteration may have; sentence-initial words included."""
    out = []
    for phrase in latin_words(text, tokens):
        for w in phrase:
            if w.kind == NAME:
                keys = frozenset(k for k in latin_skeletons(w.text, language) if len(k.strip("A")) >= 3)
                if keys:
                    out.append(LatinName(w.start, w.end, w.text, keys))
    return out


class SplitName(NamedTuple):
    start: int
    end: int
    latin: str   # the part left in Latin letters
    native: str  # the part transliterated


def split_names(text: str, tokens: list[Token], language: str, candidates) -> list[SplitName]:
    """A name begun in one script and finished in the other: a transliterated word that may be a
    name (a name candidate with no case ending) right before a Latin name (`مائیکل Jordan`), or a
    Latin name right before one (`Michael جارڈن`). Not when the two spell the same name (a gloss:
    `لیپٹن Leptin`), and only when both parts are international names of the English lexicon
    (`michael`, `jordan`: the table marks words as frequent in other languages as in English)."""
    single = [c for c in candidates if c.words == 1 and not c.split and not c.letters]
    if not single:
        return []
    ends = {t.start: t.end for t in tokens}
    out = []
    for n in latin_names(text, tokens, language):
        if not _is_known_latin_name(n.text):
            continue  # a drug, a species, a rare brand: its neighbour is rarely part of it
        for c in single:
            before = text[c.end:n.start] == " " and ends.get(c.start) == c.end
            after = text[n.end:c.start] == " "
            if (before or after) and c.key not in n.keys and is_known_name(c.key, language):
                a, b = (c.start, n.end) if before else (n.start, c.end)
                out.append(SplitName(a, b, n.text, c.surface))
    return out


@lru_cache(maxsize=2)
def _name_keys(language: str) -> frozenset[str]:
    """Skeletons of the lexicon's international words (names, brands): built once, on the first
    Latin name next to a name-like native word (most texts have none)."""
    from .latin import english_lexicon
    return frozenset(k for w, v in english_lexicon().items() if v.endswith("i") and int(v[:-1]) >= 30
                     for k in latin_skeletons(w, language))


def is_known_name(key: str, language: str) -> bool:
    return len(key.strip("A")) >= 3 and key in _name_keys(language)


def _is_known_latin_name(word: str) -> bool:
    from .latin import english_entry
    entry = english_entry(word.lower())
    return entry is not None and entry[1] and entry[0] >= 30
