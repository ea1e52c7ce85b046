"""Comparisons between two spellings of what may be one name (the consistency rule's evidence).

`similarity` (shared letters), `glued` (one is the other with a neighbouring word), `spellings_of`
(how many ways a document writes a name), `source_evidence` (what the English sources say).
"""
from __future__ import annotations

from difflib import SequenceMatcher
from functools import lru_cache

from .morphology import same_word
from .phonetic import inflected_forms, is_common, is_function_word


@lru_cache(maxsize=1 << 14)  # the same variant meets the same main spelling on every line it is on
def similarity(a: str, b: str) -> float:
    """Spellings of one name share most of their letters; words that merely share consonant
    classes (`रोखता`/`रक्ता`) do not."""
    a, b = a.replace(" ", "").replace("-", ""), b.replace(" ", "").replace("-", "")
    return SequenceMatcher(None, a, b).ratio()


def words(surface: str) -> list[str]:
    """The words of a candidate (a hyphen joins words as a space does)."""
    return surface.replace("-", " ").split()


@lru_cache(maxsize=1 << 14)
def glued(a: str, b: str, language: str) -> bool:
    """One spelling is the other with a neighbouring word attached (`اور X` against `X`):
    a longer candidate whose first or last word is an ordinary word is no variant of a shorter one."""
    wa, wb = words(a), words(b)
    if len(wa) == len(wb):
        return False
    long = wa if len(wa) > len(wb) else wb
    return any(is_function_word(w, language) or is_common(w, language) for w in (long[0], long[-1]))


def source_evidence(variant, main) -> str | None:
    """'same' when the English sources of both spellings name one name (and only it), 'different'
    when they name different names or the variant's sources never name the main one's, None
    without a source or when unclear. Each side: (names in most of its sources, all counts)."""
    if variant is None or main is None or not main[0]:
        return None
    (these, heard), those = variant, main[0]
    if these == those and len(these) == 1:
        return "same"
    if these and not these & those or not any(x in heard for x in those):
        return "different"
    return None


def spellings_of(best: str, counts: dict, language: str) -> int:
    """Distinct spellings close to the main one, forms of one word (and glued neighbours) counted once."""
    kept: list[str] = []
    for s in sorted(counts, key=counts.get, reverse=True):
        if similarity(s, best) >= 0.75 and not any(
                s == t or inflected_forms(s, t) or same_word(s, t, language) or glued(s, t, language) for t in kept):
            kept.append(s)
    return len(kept)
