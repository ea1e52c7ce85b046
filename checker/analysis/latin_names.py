"""Names in Latin letters inside Urdu and Marathi text, and the phonetic skeleton that lets them
meet their transliterations: `Jordan`, `جارڈن` and `जॉर्डन` all give `JRDN` (see phonetic.skeleton,
whose consonant classes this mirrors). English spelling is ambiguous (`ch` in Charles and Michael,
`g` in George and Gordon), so a Latin word has a small set of skeletons, one of which should match.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import product
from typing import NamedTuple

from ..data import word_frequencies
from ..langs.affixes import strip_suffix
from .latin import NAME, english_lexicon, is_name_word
from .phonetic import is_function_word, skeleton
from .scripts import ARABIC, DEVANAGARI, LATIN
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


def latin_names(phrases, language: str) -> list[LatinName]:
    """Capitalised Latin words that are names (not English common words, acronyms or codes), each
    with the skeletons its transliteration may have; sentence-initial words included. `phrases`:
    a text's `latin_words` (a sentence fact, `Sentence.latin_words`)."""
    out = []
    for phrase in phrases:
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


def split_names(text: str, tokens: list[Token], language: str, names: list[LatinName]) -> list[SplitName]:
    """A name begun in one script and finished in the other: a transliterated word right before a
    Latin name (`مائیکل Jordan`; no case ending, which would close the name) or right after one
    (`Michael जॉर्डनने`). Not when the two spell the same name (a gloss: `لیپٹن Leptin`), and only
    when both parts are names of the English lexicon (`michael`, `jordan`: the table marks words
    as frequent in eight other languages as in English) and the Latin word stands alone."""
    names = [n for n in names if _is_known_latin_name(n.text)]
    if not names:
        return []
    native = DEVANAGARI if language == "mr" else ARABIC
    at = {t.start: i for i, t in enumerate(tokens)}
    out = []
    for n in names:
        i = at[n.start]
        for j, k in ((i - 1, i + 1), (i + 1, i - 1)):  # the native neighbour, the other side
            if not 0 <= j < len(tokens) or tokens[j].script != native:
                continue
            if 0 <= k < len(tokens) and tokens[k].script == LATIN:
                continue  # the Latin word is part of a longer Latin name (`Tata Motors`)
            t, before = tokens[j], j < i
            if (text[t.end:n.start] if before else text[n.end:t.start]) != " ":
                continue
            stem, suffix = strip_suffix(t.text, language)
            if (before and suffix) or _ordinary(t.text, stem, language):
                continue
            key = skeleton(stem)
            if key not in n.keys and is_known_name(key, language):
                a, b = (t.start, n.end) if before else (n.start, t.start + len(stem))
                out.append(SplitName(a, b, n.text, stem))
    return out


@lru_cache(maxsize=2)
def _name_keys(language: str) -> frozenset[str]:
    """Skeletons of the lexicon's names (`n`): built once, on the first known Latin name next to a
    native word (most texts have none)."""
    return frozenset(k for w, v in english_lexicon().items() if v.endswith("n") and int(v[:-1]) >= 30
                     for k in latin_skeletons(w, language))


# a transliterated name is rare in the language's word table; a word this frequent is its own
# word (`اندر` inside, `جان` life) even when it sounds like a name. Marathi's table lists most words
# with weight 2 (a word list) and adds counts of the tuning text: beyond the list is ordinary
_ORDINARY = {"ur": 1000, "mr": 2}


def _ordinary(word: str, stem: str, language: str) -> bool:
    freq = word_frequencies(language)
    limit = _ORDINARY.get(language, 2)
    return is_function_word(word, language) or freq.get(word, 0) > limit or freq.get(stem, 0) > limit


def is_known_name(key: str, language: str) -> bool:
    return len(key.strip("A")) >= 3 and key in _name_keys(language)


def _is_known_latin_name(word: str) -> bool:
    return is_name_word(word.lower())
