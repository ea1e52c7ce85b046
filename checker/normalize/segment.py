"""Split one normalised line into sentences; a sentence never crosses a line break.

A sentence ends at a run of । ۔ ? ! ؟ (and . under conditions below), plus any closing quotes or
brackets right after it. A full stop ends a sentence only when whitespace or the line's end
follows, so 5.58, www.x.com stay whole; and not after an abbreviation or initial (डॉ., Dr.,
a single capital letter, dotted initials such as U.S.), nor before a lower-case Latin word (a
dangling "१. million").
"""
from __future__ import annotations

import regex

_END = regex.compile(r"[।॥۔?!؟.]+[\"'”’»)\]]*")
_LEADING_SPACE = regex.compile(r"\s*")

# Latin abbreviations that are followed by a name or a number, not a new sentence.
_LATIN_ABBREVIATIONS = {"dr", "mr", "mrs", "ms", "prof", "st", "no", "vs", "jr", "sr", "inc", "ltd", "co", "etc", "e.g", "i.e"}
# The word before the point: one Devanagari akshara (डॉ, श्री, प्रा, कि) or one Latin capital.
_ABBREV_BEFORE = regex.compile(
    r"(?:(?<![\p{L}\p{M}])(?:[\u0915-\u0939\u0958-\u095f](?:\u093c)?(?:\u094d[\u0915-\u0939])*[\u093e-\u094c\u0962\u0963]?[\u0901\u0902]?)"
    r"|(?<![\p{L}\p{M}.])[A-Z])\Z"
)
_LATIN_WORD_BEFORE = regex.compile(r"([A-Za-z.]+)$")
# Dotted initials (U.S, U.K, U.S.A): the point after the last letter is part of the abbreviation.
_INITIALS_BEFORE = regex.compile(r"(?<![\p{L}\p{M}.])(?:[A-Za-z]\.)+[A-Za-z]\Z")


def _is_abbreviation(text: str, dot: int) -> bool:
    before = text[max(0, dot - 24):dot]  # an abbreviation is short: never scan the whole prefix
    if _ABBREV_BEFORE.search(before) or _INITIALS_BEFORE.search(before):
        return True
    m = _LATIN_WORD_BEFORE.search(before)
    return bool(m and m.group(1).lower().rstrip(".") in _LATIN_ABBREVIATIONS)


def _ends_here(text: str, m: regex.Match) -> bool:
    a, b = m.span()
    run = m.group()
    if b < len(text) and not text[b].isspace():
        # only a full stop glued to the next character stays inside (5.58, U.S.); । ? ! always end
        return not set(run.rstrip("\"'”’»)]")) <= {"."}
    if set(run) <= {"."}:
        if len(run) == 1 and _is_abbreviation(text, a):
            return False
        rest = text[b:].lstrip()
        if rest[:1].isascii() and rest[:1].islower():
            return False
    return True


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of one line, without surrounding whitespace; blank lines give none."""
    spans = []
    start = 0
    for m in _END.finditer(text):
        if _ends_here(text, m):
            spans.append((start, m.end()))
            start = m.end()
    spans.append((start, len(text)))
    out = []
    for a, b in spans:
        seg = text[a:b]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg) - len(seg.rstrip())
        if b - trail > a + lead:
            out.append((a + lead, b - trail))
    return out
