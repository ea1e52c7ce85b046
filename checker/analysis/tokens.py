"""One tokeniser for every rule: words (letters + combining marks + digits) with their script."""
from __future__ import annotations

from functools import lru_cache, partial
from operator import add as _add
from typing import NamedTuple

import regex

from .scripts import ARABIC, DEVANAGARI, LATIN, OTHER, char_script

_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")


class Token(NamedTuple):  # a tuple: built for every word of every sentence, so it must be cheap
    start: int
    end: int
    text: str
    script: str  # latin / devanagari / arabic / mixed / other (digits only)

    @property
    def is_latin(self) -> bool:
        return self.script == LATIN


@lru_cache(maxsize=1 << 16)  # words repeat (Zipf): classify each spelling once
def _script_of(word: str) -> str:
    # fast paths within char_script's ranges: ASCII, or every character in the main block of
    # Devanagari or Arabic (min/max run in C; a per-character call costs ~1 µs)
    if word.isascii():
        return LATIN if any(map(str.isalpha, word)) else OTHER
    lo, hi = min(word), max(word)
    if "\u0900" <= lo and hi <= "\u097f":
        return DEVANAGARI
    if "\u0600" <= lo and hi <= "\u06ff":
        return ARABIC
    seen = {char_script(c) for c in word} - {OTHER}
    if not seen:
        return OTHER
    if len(seen) == 1:
        return seen.pop()
    return "mixed"


def tokenize(text: str) -> list[Token]:
    # findall and find instead of finditer's match objects (a fifth faster): a word is a maximal
    # run of word characters, so its first occurrence after the previous word is where it starts.
    # Tokens are built by tuple.__new__ (in C): the namedtuple's own __new__ is a Python call.
    words = _WORD.findall(text)
    starts = []
    pos = 0
    find = text.find
    for word in words:
        pos = find(word, pos)
        starts.append(pos)
        pos += len(word)
    return list(map(_new_token, zip(starts, map(_add, starts, map(len, words)), words, map(_script_of, words))))


_new_token = partial(tuple.__new__, Token)


@lru_cache(maxsize=1 << 14)
def memoised(text: str) -> tuple:
    """The tokens of `text`, memoised: the sentence facts (analysis.facts) and the number reader share
    them, so a text is never tokenised twice."""
    return tuple(tokenize(text))


__all__ = ["Token", "tokenize", "LATIN", "DEVANAGARI", "ARABIC"]
