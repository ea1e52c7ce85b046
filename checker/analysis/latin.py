"""Latin-script words inside Urdu and Marathi text: English fused into a word, and the context
(URL, e-mail, hashtag, unit, quotation, Latin phrase) that tells a kept name from English MT left
untranslated. The only place that knows these patterns; rules read the results.
"""
from __future__ import annotations

import unicodedata
from typing import NamedTuple

import regex

from .scripts import DEVANAGARI, LATIN, char_script
from .tokens import Token

# addresses and tags: their words are never "English left untranslated"
_ADDRESS = regex.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[#@][\w-]+"
                         r"|\b[\w-]+(?:\.[a-z]{2,6})+(?:/\S*)?")
UNITS = frozenset("""km kg mg ml cm mm nm mcg ug µg kb mb gb tb kbps mbps gbps hz khz mhz ghz kw mw kwh
    mph kmph rpm ppm ppb kcal cal mah vs etc et al pm am ft sq lb lbs oz""".split())


def is_dependent_sign(ch: str) -> bool:
    """A Devanagari vowel sign, virama or other mark that needs a base letter before it."""
    return char_script(ch) == DEVANAGARI and unicodedata.category(ch).startswith("M")


class Fused(NamedTuple):  # a tuple: cheaper to define and to build than a frozen dataclass
    start: int
    end: int
    english: str  # the Latin words found inside the broken word ('' when only a sign is orphaned)


def fused_english(text: str, tokens: list[Token]) -> list[Fused]:
    """English glued into a Devanagari word: `अधिका officials ्यांच्या`, `would्या`, `अधिकाspec्यांचा`,
    and a dependent sign left with no base letter."""
    out = []
    for i, t in enumerate(tokens):
        if t.script == "mixed" and regex.search(r"\p{Latin}(?=\p{M})|\p{Devanagari}\p{Latin}+\p{Devanagari}", t.text):
            out.append(Fused(t.start, t.end, "".join(regex.findall(r"\p{Latin}+", t.text))))
        elif is_dependent_sign(t.text[0]) and (t.start == 0 or text[t.start - 1].isspace()):
            j = i
            while j > 0 and tokens[j - 1].script == LATIN and text[tokens[j - 1].end:tokens[j].start].isspace():
                j -= 1
            english = " ".join(x.text for x in tokens[j:i])
            if j > 0 and tokens[j - 1].script == DEVANAGARI and text[tokens[j - 1].end:tokens[j].start] == " ":
                j -= 1
            out.append(Fused(tokens[j].start if j < i else t.start, t.end, english))
    return out


def address_spans(text: str) -> list[tuple[int, int]]:
    """URLs, e-mail addresses, hashtags and handles."""
    return [m.span() for m in _ADDRESS.finditer(text)]


def latin_phrases(text: str, tokens: list[Token]) -> list[list[Token]]:
    """Runs of Latin words separated only by spaces or light punctuation (one English phrase)."""
    runs: list[list[Token]] = []
    for t in tokens:
        if t.script != LATIN:
            continue
        if runs and runs[-1][-1].end <= t.start and regex.fullmatch(r"[\s,'’&.-]*", text[runs[-1][-1].end:t.start]) \
                and not _native_between(text, runs[-1][-1].end, t.start):
            runs[-1].append(t)
        else:
            runs.append([t])
    return runs


def _native_between(text: str, a: int, b: int) -> bool:
    return any(char_script(c) not in (LATIN, "other") for c in text[a:b])


def enclosed(text: str, start: int, end: int) -> bool:
    """Inside parentheses or quotation marks: a gloss or a quoted term, kept on purpose."""
    before, after = text[:start], text[end:]
    for o, c in (("(", ")"), ("[", "]"), ('"', '"'), ("“", "”"), ("‘", "’")):
        opened = before.count(o) % 2 == 1 if o == c else before.count(o) > before.count(c)
        if opened and c in after:
            return True
    return False
