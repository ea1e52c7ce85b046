"""Per-sentence facts, memoised by the normalised text: translation memories and MT corpora repeat
segments, and a fact that depends on nothing but the text need not be worked out twice.

Results are tuples (shared, so never mutated); `Sentence` hands out list copies. Bounded LRU.
"""
from __future__ import annotations

from functools import lru_cache

from .latin import latin_words as _latin_words
from .latin_names import latin_names as _latin_names
from .numbers import parse_numbers
from .phonetic import letter_runs as _letter_runs
from .phonetic import name_candidates as _name_candidates
from .tokens import memoised as tokens

SIZE = 1 << 14


@lru_cache(maxsize=SIZE)
def numbers(text: str) -> tuple:
    return tuple(parse_numbers(text))


@lru_cache(maxsize=SIZE)
def letter_runs(text: str, language: str) -> tuple:
    return tuple(_letter_runs(text, list(tokens(text)), language))


@lru_cache(maxsize=SIZE)
def name_candidates(text: str, language: str) -> tuple:
    return tuple(_name_candidates(text, list(tokens(text)), language, list(letter_runs(text, language))))


@lru_cache(maxsize=SIZE)
def latin_words(text: str) -> tuple:
    return tuple(tuple(phrase) for phrase in _latin_words(text, list(tokens(text))))


@lru_cache(maxsize=SIZE)
def latin_names(text: str, language: str) -> tuple:
    return tuple(_latin_names(latin_words(text), language))


def clear() -> None:
    for f in (tokens, numbers, letter_runs, name_candidates, latin_words, latin_names):
        f.cache_clear()
