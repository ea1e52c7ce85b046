"""The shape of a target line against its English source: sentences, a list marker, padding.

Sentences: how many the source has (full stops, question and exclamation marks before a
capital, also glued `2020.As of`; abbreviations and initials are not ends). List markers: `1.`,
`(2)`, `a)`, `•`, `-` opening the line, and enumerations `(1) … (2) …` inside it. Padding:
whitespace at the line's edges and doubled spaces inside it. Each check starts with a cheap test
that rejects almost every line before any work. All results are memoised by their text: corpora
and translation memories repeat lines.
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple, Optional

import regex

from .scripts import DIGITS, digit_script, to_digit_script

# --- sentences of the source -------------------------------------------------------------

# A sentence end: a run of . ! ? and closing quotes/brackets, then spaces (or nothing: `2020.As`)
# and a capital (after an optional opening quote or bracket).
_END = regex.compile(r"[.!?]+[\"'”’)\]]*(?:\s+|(?<=[\p{Ll}\d)][.!?])(?=\p{Lu}\p{Ll}))(?=[\"“‘(\[]?\p{Lu})")
_WORD_BEFORE = regex.compile(r"(\S*?)\s?[.!?]+[\"'”’)\]]*\s*$")
# Words a full stop follows without ending a sentence (lower-cased, inner dots kept).
_ABBREVIATIONS = frozenset(
    "dr mr mrs ms prof st no nos vs etc e.g i.e approx jan feb mar apr jun jul aug sep sept oct nov dec "
    "inc ltd co corp gen sen rep gov govt dept fig figs al rs rev jr sr mt ft vol pp cf ca est u.s u.k "
    "u.n u.s.a a.m p.m h.e ph.d col lt maj capt brig sgt cpl adm cmdr hon smt shri sh messrs".split())
_LETTERS2 = regex.compile(r"\p{L}\p{M}*\p{L}")


def _ends_sentence(before: str) -> bool:
    m = _WORD_BEFORE.search(before[-40:])
    word = m.group(1) if m else ""
    if len(word) == 1 and word.isupper():
        return False  # an initial: `J. Smith`
    return word.lower().rstrip(".") not in _ABBREVIATIONS


@lru_cache(maxsize=1 << 12)
def source_sentences(source: str) -> tuple[str, ...]:
    """The sentences of an English source line (those with two letters or more)."""
    if not _END.search(source):
        return (source,)
    out, start = [], 0
    for m in _END.finditer(source):
        if _ends_sentence(source[start:m.start() + 1]):
            out.append(source[start:m.end()])
            start = m.end()
    out.append(source[start:])
    return tuple(s for s in out if _LETTERS2.search(s)) or (source,)


# A sentence end glued to the next sentence (`बंद झाल्या.६ मार्च`, `ہوا۔اس`): after a letter,
# before a letter or digit (a decimal point stands between digits).
_GLUED_END = regex.compile(r"(?<=[\p{L}\p{M}])[.।۔?!؟]+(?=[\p{L}\p{Nd}])")


def target_sentence_count(sentences) -> int:
    """The target's sentences with two letters or more (a bare `1.` is a list marker, not one),
    counting the ends segmentation leaves glued."""
    return sum(1 + len(_GLUED_END.findall(s.text)) for s in sentences if _LETTERS2.search(s.text))


# --- list markers --------------------------------------------------------------------------

# A source marker: `1.` `12)` `(3)` `a)` `(b)` `(iv)` `iv)` or a bullet, then a space; a dash or
# star bullet before a lower-case word is a continuation (`- whether …`), not a list.
_SOURCE_MARKER = regex.compile(r"\s*(?:\d{1,3}[.)]|\(\d{1,3}\)|\(?[a-z][)]|\([a-zA-Z]\)|\(?[ivx]{1,4}\)"
                               r"|[•●▪◦‣∙·]|[-–—*](?!\s*\p{Ll}))\s")
# A target marker: the same in any script's digits or letters (`१.`, `۱۔`, `(अ)`, `الف)`); a number
# may be glued to its item (`1.हात`) but not be a decimal (`1.5`). A marker the target adds must
# stand before a space (below), so that `(अ)` glued to a word is not one.
_TARGET_MARKER = regex.compile(r"\s*(?:\p{Nd}{1,3}[.)۔](?!\p{Nd})|\(\p{Nd}{1,3}\)|\(?(?:\p{L}\p{M}*|الف|[ivx]{1,4})\)"
                               r"|[•●▪◦‣∙·]|[-–—*](?=\s))")


class Marker(NamedTuple):
    side: str      # "source": the source's marker is lost; "target": the target added one
    marker: str    # the marker as that side writes it
    end: int       # where it ends in the target (the added marker), else 0


@lru_cache(maxsize=1 << 12)
def marker_mismatch(source: str, target: str) -> Optional[Marker]:
    """A list marker that opens one side of the pair and not the other."""
    s = _SOURCE_MARKER.match(source)
    t = _TARGET_MARKER.match(target)
    if s and not t:
        return Marker("source", s.group().strip(), 0)
    if t and not s and target[t.end():t.end() + 1].isspace():
        return Marker("target", t.group().strip(), t.end())
    return None


# --- enumerations inside a line --------------------------------------------------------------

# An item marker inside the source: `(1)` or `(b)` at the start or after a space, colon or
# semicolon, before a space. `(2)` alone is a footnote or a reference, so an enumeration needs
# (1) and (2), or (a) and (b), in order.
_SOURCE_ITEM = regex.compile(r"(?:^|(?<=[\s:;,]))\((\d{1,2}|[a-h])\)(?=\s)")
# In the target the same in any script's digits or letters (`(१)`, `(۲)`, `(अ)`, `(الف)`), the
# opening bracket may go (`२)`), and Urdu's own comma and semicolon may stand before it.
_TARGET_ITEM = regex.compile(rf"(?:^|(?<=[\s:;,،؛]))\(?([{DIGITS}]{{1,2}}|\p{{L}}\p{{M}}*|الف)\)(?=\s|$)")


class Enumeration(NamedTuple):
    markers: tuple[str, ...]   # the source's item markers, in order: ("(1)", "(2)", ...)
    missing: tuple[str, ...]   # those the target does not mark (all of them when it marks none)
    partly: bool               # the target marks some of the items, not all


def _source_items(source: str) -> tuple[str, ...]:
    """The source's enumeration `(1) … (n)` or `(a) … (x)`, if it is exactly one, in order."""
    items = _SOURCE_ITEM.findall(source)
    if len(items) < 2:
        return ()
    first = "1" if items[0].isdigit() else "a"
    expected = [str(k) for k in range(1, len(items) + 1)] if first == "1" else \
        [chr(ord("a") + k) for k in range(len(items))]
    return tuple(items) if items == expected else ()


def _target_number(item: str) -> Optional[int]:
    return int(to_digit_script(item, "ascii")) if digit_script(item[0]) else None  # else a letter


@lru_cache(maxsize=1 << 12)
def enumeration_gap(source: str, target: str) -> Optional[Enumeration]:
    """Items of an enumeration inside the source line that the target does not mark: by number
    when the source counts with digits, by how many when it counts with letters (`(a)` may become
    `(अ)` or `(الف)`)."""
    if "(1)" not in source and "(a)" not in source:
        return None  # (almost every line)
    items = _source_items(source)
    if not items:
        return None
    found = _TARGET_ITEM.findall(target)
    if items[0] == "1":
        numbers = {_target_number(x) for x in found}
        missing = tuple(x for x in items if int(x) not in numbers)
    else:
        missing = items[len(found):] if len(found) < len(items) else ()
    if not missing:
        return None
    return Enumeration(tuple(f"({x})" for x in items), tuple(f"({x})" for x in missing),
                       len(missing) < len(items))


# --- padding -------------------------------------------------------------------------------

_PAD = regex.compile(r"^[^\S\n]+|[^\S\n]+$|(?<=\S)[^\S\n]{2,}(?=\S)")
_DOUBLE = regex.compile(r"\S[^\S\n]{2,}\S")
_OTHER_SPACE = regex.compile(r"[^\S \n]")  # a tab, a no-break or other space: may be one of a pair


class Padding(NamedTuple):
    kind: str      # "start", "end", "double"
    start: int     # the whitespace in the target: [start, end)
    end: int


@lru_cache(maxsize=1 << 12)
def padding(source: str, target: str) -> tuple[Padding, ...]:
    """Whitespace at the target's edges, or doubled inside it, that the source does not have."""
    if not (target[:1].isspace() or target[-1:].isspace() or "  " in target or _OTHER_SPACE.search(target)):
        return ()  # (almost every line: no whitespace but single spaces inside)
    lead, trail, double = source[:1].isspace(), source[-1:].isspace(), bool(_DOUBLE.search(source))
    out = []
    for m in _PAD.finditer(target):
        kind = "start" if m.start() == 0 else "end" if m.end() == len(target) else "double"
        if not {"start": lead, "end": trail, "double": double}[kind]:
            out.append(Padding(kind, m.start(), m.end()))
    return tuple(out)


__all__ = ["source_sentences", "target_sentence_count", "Marker", "marker_mismatch", "Enumeration",
           "enumeration_gap", "Padding", "padding"]
