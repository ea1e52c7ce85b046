"""How a target line's length and marks compare with its English source's: dropped or added content.

Length: letters, marks and digits of the target over those of the source, as a natural log,
against the spread of human translations (checker/langs/length_ratios.py, learnt by
scripts/build_length_ratios.py). Marks: brackets and quotation marks the source has and the target
lacks (an aside whose digits or names the target kept without them aside), or the other way round. All results are memoised by (source, target, language).
"""
from __future__ import annotations

import math
from functools import lru_cache
from typing import NamedTuple, Optional

import regex

# Bands of source length (letters): a short source spreads more. The table is learnt per band.
BANDS = (20, 60, 150)
# How far beyond the 0.5 % / 99.5 % points of human text a ratio must lie to be flagged (log:
# 0.45 is a factor of 1.57): the tails of the human distribution are translators' freedom.
MARGIN = 0.45

_LETTER = regex.compile(r"[\p{L}\p{M}\p{N}]")
_ADDRESS = regex.compile(r"(?:https?://|www\.)\S+|\S+@\S+")


def letters(text: str) -> int:
    """Letters, marks and digits of a text, addresses left out (they are copied, not translated)."""
    return len(_LETTER.findall(_ADDRESS.sub("", text)))


class LengthOff(NamedTuple):
    direction: str     # "short" (content dropped) or "long" (content added)
    share: float       # target length as a share of the expected one
    bound: float       # the share beyond which a human translation is rare


@lru_cache(maxsize=1 << 12)
def length_off(source: str, target: str, language: str) -> Optional[LengthOff]:
    """Whether `target` is far shorter or longer than human translations of `source` are."""
    from ..langs.length_ratios import RATIOS  # the table: only with a source
    n = letters(source)
    if n < BANDS[0]:
        return None
    band = max(lo for lo in BANDS if n >= lo)
    row = RATIOS.get((language, band))
    if row is None:
        return None
    low, mid, high, _ = row
    r = math.log(max(letters(target), 1) / n)
    if r < low - MARGIN:
        return LengthOff("short", math.exp(r - mid), math.exp(low - MARGIN - mid))
    if r > high + MARGIN:
        return LengthOff("long", math.exp(r - mid), math.exp(high + MARGIN - mid))
    return None


class LengthShare(NamedTuple):
    share: float       # target length as a share of the expected one (the human median)
    low: float         # the share below which 0.5 % of human translations lie
    short: float       # the share below which SRC003 calls the target too short


@lru_cache(maxsize=1 << 12)
def length_share(source: str, target: str, language: str) -> Optional[LengthShare]:
    """The target's length against what human translations of `source` have (None for a source
    under the shortest band, or a language without a table)."""
    from ..langs.length_ratios import RATIOS  # the table: only with a source
    n = letters(source)
    if n < BANDS[0]:
        return None
    row = RATIOS.get((language, max(lo for lo in BANDS if n >= lo)))
    if row is None:
        return None
    low, mid, _, _ = row
    share = max(letters(target), 1) / n / math.exp(mid)
    return LengthShare(share, math.exp(low - mid), math.exp(low - MARGIN - mid))


# --- marks on one side only ----------------------------------------------------------------

# Pairs counted on each side: round brackets, square brackets, double quotes (any style).
_MARKS = {"brackets": regex.compile(r"[()（）]"), "square brackets": regex.compile(r"[\[\]]"),
          "quotation marks": regex.compile(r"[\"“”«»]|(?<![\p{L}\p{M}])['‘]|['’](?![\p{L}\p{M}])")}


class OneSided(NamedTuple):
    mark: str          # brackets, square brackets, quotation marks
    side: str          # "source" (the target lost them) or "target" (the target added them)


# What of a bracketed aside shows that the target kept it without brackets: its digits, its
# capitalised or upper-case Latin words (`(CEPI)`, `(1.8 m)`, `(in 1846)`).
_KEEPABLE = regex.compile(r"\p{Nd}+|\b[A-Z][A-Za-z]+")
_ASIDE = regex.compile(r"\(([^()]*)\)|\[([^\[\]]*)\]")


def _aside_kept(source: str, target: str) -> bool:
    """Some bracketed aside of the source has a digit or a capitalised word that the target has."""
    from .scripts import to_digit_script
    plain = to_digit_script(target, "ascii")
    for m in _ASIDE.finditer(source):
        inside = m.group(1) if m.group(1) is not None else m.group(2)
        if any(k in plain for k in _KEEPABLE.findall(inside)):
            return True
    return False


@lru_cache(maxsize=1 << 12)
def one_sided_marks(source: str, target: str) -> tuple[OneSided, ...]:
    """Marks one side has and the other has none of. Quotation marks the target lacks are not
    reported (translators drop them as often as MT does), nor brackets whose aside the target
    kept without them."""
    out = []
    for mark, pattern in _MARKS.items():
        a, b = len(pattern.findall(source)), len(pattern.findall(target))
        if a >= 2 and b == 0 and mark != "quotation marks" and not _aside_kept(source, target):
            out.append(OneSided(mark, "source"))
        elif b >= 2 and a == 0:
            out.append(OneSided(mark, "target"))
    return tuple(out)


__all__ = ["BANDS", "MARGIN", "letters", "LengthOff", "length_off", "LengthShare", "length_share", "OneSided",
           "one_sided_marks"]
