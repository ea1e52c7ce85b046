"""Quantities: a number with its value, magnitude words and currency, in English or Marathi/Urdu.

Built on the one number parser (`parse_numbers`) and the magnitude tables (`magnitudes`): a
`Quantity` is a digit run (any script, Western or Indian grouping, decimals) times the magnitude
words after it (`1.5 million`, `१५ लाख`, `1 लाख कोटी`, `۶ ملین`), with the currency around it
(`$6 million`, `6 दशलक्ष डॉलर`). Spelled-out numbers (`two`, `दोन`, `دو`) are quantities too, of
kind "word". The source-aware rule compares the quantities of a source line with its target line.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from fractions import Fraction
from functools import lru_cache
from typing import Optional

import regex

from ..langs.quantities import (APPROXIMATELY, CLOCK_AFTER, CURRENCY_STEMS, CURRENCY_SYMBOLS, CURRENCY_WORDS,
                                ENGLISH_TENS, HALF_MORE, LIST_JOINERS, MERIDIEM, NUMBER_WORD_SUFFIXES, NUMBER_WORDS,
                                ROMAN, ROMAN_CONTEXT, SAME_CURRENCY)
from .numbers import GAP_TO_MAGNITUDE, MAX_DIGITS, SEPARATORS, Number, magnitudes, parse_numbers
from .scripts import LATIN, char_script, to_digit_script
from .tokens import memoised, tokenize

# compiled once: the module-level regex functions look each pattern up per call
_LETTERS = regex.compile(r"[\p{L}\p{M}]+")
_POINT_OR_PAREN = regex.compile(r"[.)]")

# Kinds that must be accounted for on the other side; the others ("word", "ordinal", "code",
# "list", "approx", "time") may match a number but are never reported missing or added.
# A "clock" time (`12:07`, `3 p.m.`, `३ वाजता`) is valued in minutes past TIME_BASE, so that it
# equals only a time (in any notation, 12- or 24-hour) or, as an hour, a plain number.
HARD = ("number", "year", "clock")
TIME_BASE = Fraction(10 ** 40)

_SPACES = regex.compile(r"[^\S\n]*")
_SEPARATOR = regex.compile(rf"[{regex.escape(SEPARATORS)}]")
_SYMBOLS = sorted(CURRENCY_SYMBOLS, key=len, reverse=True)
_EN_ORDINAL = regex.compile(r"(?:st|nd|rd|th)\b", regex.IGNORECASE)
_NATIVE_ORDINAL = regex.compile(r"(?:वा|वी|वे|व्या|ला|ली|ले|ल्या|را|ری|رے|واں|ویں|وِیں)\b")
_WORD_BEFORE = regex.compile(r"([\p{L}\p{M}]+)\.?[^\S\n]*$")
_WORD_SPACE_BEFORE = regex.compile(r"([\p{L}\p{M}]+)[^\S\n]+$")
_WORD_OR_NUMBER = regex.compile(r"[\p{L}\p{N}]")
_APPROX_WORD = regex.compile(r"[\p{L}\p{M}~≈]+")
_CLOCK = regex.compile(r"(?<![\p{Nd}.,:٫])(\p{Nd}{1,2})(?:([^\S\n]?:[^\S\n]?|\.)(\p{Nd}{2}))?"
                       r"(?!\p{Nd}|[^\S\n]?[.,:٫][^\S\n]?\p{Nd})")
_CLOCK_WORD = regex.compile(r"[^\S\n]*([\p{L}\p{M}']+(?:\.[\p{L}]\.?)?)")
# Words that make a time of a numeral with minutes (`10:00 GMT`), not of a bare hour (`24 hrs`)
_ZONES = frozenset(("noon", "midnight", "hrs", "gmt", "utc", "ist", "pkt", "cet", "est", "edt", "bst"))
_LIST_GAP = regex.compile(r"[^\S\n]*(?:[,،]|[-–—]|(?:[,،][^\S\n]*)?(?:" + "|".join(sorted(LIST_JOINERS, key=len, reverse=True))
                          + r"))[^\S\n]*")
_GLUED_CODE = regex.compile(r"[\p{L}\p{M}]-?$")
# How far before a number the word-before facts look: a longer "word" is not one, and looking
# at the whole prefix for every number of a long line would be quadratic.
_WINDOW = 100


@dataclass(frozen=True)
class Quantity:
    start: int               # the numeral (or number word) in the text
    end: int                 # one past the numeral, its dangling point and its magnitude words
    numeral: str             # the digits as written, with a dangling point: `१.`, `1,099`
    shown: str               # the whole quantity as written: `$6 million`, `१५ लाख`
    value: Optional[Fraction]     # None: a grouping that cannot be read (`8,72,00,30`)
    mantissa: Optional[Fraction]  # the value before magnitude words
    digits: str              # ASCII digits of the numeral, without separators
    exponent: int            # the magnitude words' power of ten (0: none)
    currency: Optional[str]  # ISO code
    kind: str                # number, year, word, ordinal, code, list, approx, time
    # Other readings: `42.000` is also 42,000 the European way; کھرب / खर्व (10^11) is also
    # used for a trillion (10^12).
    alt_values: tuple[Fraction, ...] = ()
    whole: Optional[tuple[int, int, str]] = None  # a part of `1,2,3` or `20,20`: the whole (span, text)

    def equals(self, other: "Quantity") -> bool:
        mine = {v for v in (self.value, *self.alt_values) if v is not None}
        return bool(mine & {v for v in (other.value, *other.alt_values) if v is not None})

    @property
    def hard(self) -> bool:
        return self.kind in HARD


def _parentheses(text: str) -> list[tuple[int, int]]:
    """Spans of the innermost-first (open, close) bracket pairs of `text`."""
    out, stack = [], []
    for i, c in enumerate(text):
        if c in "([":
            stack.append(i)
        elif c in ")]" and stack:
            out.append((stack.pop(), i))
    return out


def bracketed(text: str, pos: int) -> bool:
    """`pos` lies inside round or square brackets of `text` (an aside: `(1.8 m)`)."""
    return any(a < pos < b for a, b in _parentheses(text))


def _approximate_spans(text: str) -> list[tuple[int, int]]:
    """Brackets whose first word says the amount inside is approximate or converted."""
    spans = []
    for a, b in _parentheses(text):
        first = _APPROX_WORD.search(text, a + 1, min(b, a + 1 + _WINDOW))  # near the bracket: nested ones stay linear
        if first and (first.group().lower() in APPROXIMATELY or first.group() in APPROXIMATELY):
            spans.append((a, b))
    return spans


def _chain(text: str, pos: int, mags) -> tuple[int, int]:
    """(exponent, end) of the magnitude words from `pos` on (`लाख कोटी` = 12); a word that
    repeats the previous one's power (`million दशलक्ष`) is MT's doubling and counts once."""
    exponent, last, end = 0, None, pos
    gap = GAP_TO_MAGNITUDE
    for m in mags:
        if m.start < end:
            continue
        if not gap.fullmatch(text, end, m.start) and not (last is None and _currency_word(text[end:m.start])):
            break  # a currency word between may stand before the magnitude: `300 ڈالر ارب`
        if m.exponent != last:
            exponent += m.exponent
        last, end, gap = m.exponent, m.end, _SPACES
    return exponent, end


def _currency_word(gap: str) -> bool:
    """`gap` is one currency word with spaces around it (in any of the languages)."""
    word = gap.strip()
    return bool(word) and " " not in word and word != gap and any(
        word.lower() in CURRENCY_WORDS[lang] or word in CURRENCY_STEMS.get(lang, {}) for lang in CURRENCY_WORDS)


def _currency(text: str, a: int, b: int, language: str) -> Optional[str]:
    """The currency written right before `text[a:b]` or in the two words after it."""
    before = text[max(0, a - _WINDOW):a].rstrip()
    for sym in _SYMBOLS:
        if before.endswith(sym) and (len(sym) == 1 or not before[:-len(sym)][-1:].isalpha()):
            return SAME_CURRENCY.get(CURRENCY_SYMBOLS[sym], CURRENCY_SYMBOLS[sym])
    prev = _WORD_BEFORE.search(text, max(0, a - _WINDOW), a)
    after = _LETTERS.findall(text, b, b + 40)[:2]
    return next(filter(None, (currency_word(w, language)
                              for w in ([prev.group(1)] if prev else []) + after)), None)


@lru_cache(maxsize=1 << 16)  # words repeat (Zipf): each spelling's stems tried once
def currency_word(word: str, language: str) -> Optional[str]:
    """The ISO code a word names (`dollars`, `रुपयांवर`, `ڈالروں`), else None."""
    code = CURRENCY_WORDS[language].get(word.lower()) or CURRENCY_WORDS[language].get(word)
    if code is None:
        code = next((c for stem, c in CURRENCY_STEMS[language].items() if word.startswith(stem)), None)
    return None if code is None else SAME_CURRENCY.get(code, code)


def currencies_in(text: str, language: str) -> set[str]:
    """Every currency a text names, by symbol or word."""
    found = {SAME_CURRENCY.get(c, c) for s, c in CURRENCY_SYMBOLS.items() if len(s) == 1 and s in text}
    found.update(filter(None, (currency_word(t.text, language) for t in tokenize(text))))
    return found


def _groups_as_list(n: Number) -> bool:
    """`1,2,3`, `31،2019`, `12.03.2020`: separate numbers, not one grouped one."""
    if len(n.separators) == 0 or n.european_grouping:
        return False
    if n.decimal_index is not None and len(n.separators) == 1:
        return False
    if n.comma_grouped:  # a broken grouping attempt keeps groups of <= 3 digits: `8,72,00,30`
        return not n.grouping and (n.looks_like_list or any(len(g) > 3 for g in n.integer_groups))
    return True


def _value(n: Number) -> tuple[Optional[Fraction], str]:
    """The numeral's value and ASCII digits; None when its grouping cannot be read."""
    digits = to_digit_script(n.digits, "ascii")
    if n.european_grouping:
        return Fraction(int(digits)), digits
    if n.is_grouped and not n.grouping:
        return None, digits
    integer = int(to_digit_script("".join(n.integer_groups), "ascii"))
    frac = to_digit_script(n.fraction or "", "ascii")
    return Fraction(integer) + (Fraction(int(frac), 10 ** len(frac)) if frac else 0), digits


def quantities(text: str, language: str) -> list[Quantity]:
    """The quantities of a line; `language` is "en" for an English source, else "mr" or "ur"."""
    mags = magnitudes(text)
    approx = _approximate_spans(text)
    out: list[Quantity] = []
    for n in parse_numbers(text):
        if n.in_url:
            continue
        parts = ([n] if not _groups_as_list(n) else
                 parse_numbers(_SEPARATOR.sub(" ", n.text)))
        for p in parts:
            if len(p.digits) > MAX_DIGITS:
                continue  # not a quantity: text
            offset = n.start if p is not n else 0
            out.append(_quantity(text, p, offset, language, mags, approx,
                                 whole=None if p is n else (n.start, n.end, n.text)))
    out.extend(_word_quantities(text, language, mags, approx))
    clocks = _clock_times(text)
    if clocks:
        out = [q for q in out if not any(c.start <= q.start < c.end for c in clocks)] + clocks
    return _shared_magnitudes(text, sorted(out, key=lambda q: q.start))


def _quantity(text: str, p: Number, offset: int, language: str, mags, approx,
              whole: Optional[tuple[int, int, str]]) -> Quantity:
    listed = whole is not None
    kharab = [(m.start, m.end) for m in mags if m.exponent == 11]
    start, end = p.start + offset, p.end + offset
    value, digits = _value(p)
    numeral = text[start:end]
    dangling = not listed and p.dangling_point is not None
    if dangling:
        numeral += text[end]
    exponent, chain_end = (0, end) if listed else _chain(text, end, mags)
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    kind = "number"
    prev_word = _WORD_SPACE_BEFORE.search(text, max(0, start - _WINDOW), start)
    if prev_word and prev_word.group(1) in HALF_MORE and value is not None:
        value += Fraction(1, 2)
    if any(a < start < b for a, b in approx):
        kind = "approx"
    elif (before.isalpha() and char_script(before) == LATIN) or (after.isalpha() and char_script(after) == LATIN):
        kind = "ordinal" if language == "en" and _EN_ORDINAL.match(text, end) else "code"
    elif after.isalpha() and language != "en" and _NATIVE_ORDINAL.match(text, end):
        kind = "ordinal"
    elif _GLUED_CODE.search(text, max(0, start - 2), start):
        kind = "code"  # a designation's digits in any script: `कोविड-19`, `के४७९एन`, `SARS-CoV-2`
    elif before == ":" and start >= 2 and text[start - 2].isdigit():
        kind = "time"
    elif not _WORD_OR_NUMBER.search(text, 0, start) and _POINT_OR_PAREN.match(after or " "):
        kind = "list"
    elif (exponent == 0 and value is not None and not p.separators and len(digits) == 4
          and 1800 <= value <= 2100):
        kind = "year"
    mantissa = value
    if value is not None and exponent:
        value = value * 10 ** exponent
    a = start
    currency = _currency(text, start, chain_end, language)
    if currency:
        base = max(0, start - _WINDOW)
        before_text = text[base:start].rstrip()
        sym = next((s for s in _SYMBOLS if before_text.endswith(s)), None)
        if sym:
            a = base + len(before_text) - len(sym)
    alt: tuple[Fraction, ...] = ()
    if p.separators in ((".",), ("٫",)) and len(p.groups[1]) == 3 and len(p.groups[0]) <= 3 and value:
        alt = (Fraction(int(digits)) * 10 ** exponent,)
    if value is not None and any(a >= end and b <= chain_end for a, b in kharab):
        alt += (value * 10,)
    return Quantity(start, max(chain_end, start + len(numeral)), numeral, text[a:chain_end].strip(),
                    value, mantissa, digits, exponent, currency, kind, alt, whole)


@lru_cache(maxsize=1 << 16)  # called for every word of a line and its source: once per spelling
def _number_word(word: str, language: str) -> Optional[float]:
    """The value of a spelled-out number, inflected ones included (`एकचा`, `दोघांना`)."""
    words = NUMBER_WORDS[language]
    v = words.get(word.lower() if language == "en" else word)
    for x in NUMBER_WORD_SUFFIXES[language] if v is None else ():
        stem = word[:-len(x)]
        if word.endswith(x) and stem:
            # a decade takes -ी before the ending: `नव्वदीच्या` (in the nineties)
            v = words.get(stem, words.get(stem[:-1]) if stem.endswith("ी") else None)
            if v is not None:
                break
    return v


def _roman(text: str, toks, i: int) -> Optional[int]:
    """A Roman numeral of an English source (`type-II`, `Phase III`); `I`, `V` and `X` alone only
    after a hyphen or a word such as `type`, `phase`, `war`."""
    t = toks[i]
    v = ROMAN.get(t.text)
    if v is None or len(t.text) > 1 and not t.text.isupper():
        return None
    if len(t.text) == 1 and not (text[t.start - 1:t.start] == "-" or
                                 (i and toks[i - 1].text.lower() in ROMAN_CONTEXT)):
        return None
    return v


def _word_quantities(text: str, language: str, mags, approx) -> list[Quantity]:
    """Spelled-out numbers (`two`, `दोन`, `a million`, `दहा लाख`, `twenty-four`) and Roman
    numerals of the source (`type-II`): kind "word"."""
    out = []
    toks = memoised(text)
    for i, t in enumerate(toks):
        v = _number_word(t.text, language)
        if v is None and language == "en":
            v = _roman(text, toks, i)
        if v is None:
            continue
        if (language == "en" and t.text.lower() in ENGLISH_TENS and i + 1 < len(toks)
                and text[t.end:toks[i + 1].start] in (" ", "-")):
            unit = NUMBER_WORDS["en"].get(toks[i + 1].text.lower())
            if unit is not None and 1 <= unit <= 9 and unit == int(unit):
                out.append(Quantity(t.start, toks[i + 1].end, text[t.start:toks[i + 1].end],
                                    text[t.start:toks[i + 1].end], Fraction(int(v + unit)),
                                    Fraction(int(v + unit)), "", 0, None, "word"))
        exponent, end = _chain(text, t.end, mags)
        value = Fraction(v).limit_denominator(4) * 10 ** exponent
        kharab = any(m.exponent == 11 and t.end <= m.start < end for m in mags)
        out.append(Quantity(t.start, end, t.text, text[t.start:end], value, Fraction(v).limit_denominator(4),
                            "", exponent, None, "word", (value * 10,) if kharab else ()))
    return out


def _clock_times(text: str) -> list[Quantity]:
    """Clock times: `12:07`, `12.00 GMT`, `3 p.m.`, `३ वाजता`, `۳ بجے`, `15:00`. A time with no
    morning or afternoon said may be either (`3:00` = 03:00 or 15:00); its hour is also a plain
    number (`10 a.m.` = `सकाळी दहा वाजता`)."""
    if not any(c in text for c in ":.") and not any(w in text for w in ("वाज", "बजे", "بجے", "clock")):
        return []
    out = []
    for m in _CLOCK.finditer(text):
        sep, minutes = m.group(2), m.group(3)
        after = _CLOCK_WORD.match(text, m.end())
        word = after.group(1).lower().rstrip(".") if after else ""
        if not ((sep and ":" in sep) or (word in CLOCK_AFTER and (sep or word not in _ZONES))):
            continue
        hour = int(to_digit_script(m.group(1), "ascii"))
        mins = int(to_digit_script(minutes, "ascii")) if minutes else 0
        if hour > 24 or mins > 59:
            continue
        if word in MERIDIEM:
            hours = {hour % 12 + (12 if MERIDIEM[word] else 0)}
        else:
            hours = {hour % 12, hour % 12 + 12} if hour <= 12 else {hour}
        values = sorted(TIME_BASE + h * 60 + mins for h in hours)
        numeral = m.group()
        told = word in CLOCK_AFTER  # shown with its word: a time for sure (`1:10` may be a ratio)
        shown = text[m.start():after.end()] if told else numeral
        out.append(Quantity(m.start(), m.end(), numeral, shown, values[0], values[0],
                            to_digit_script(m.group(1) + (minutes or ""), "ascii"), 0, None, "clock",
                            tuple(values[1:]) + (Fraction(hour) + Fraction(mins, 60),)))
    return out


def _shared_magnitudes(text: str, qs: list[Quantity]) -> list[Quantity]:
    """A list that writes its magnitude word once, at its end (`3.1, 2.94 and 2.52 million`,
    `२ ते ३ लाख`): its bare numbers may carry it too (an other reading, as for `42.000`)."""
    out = list(qs)
    for i, q in enumerate(qs):
        if not q.exponent or q.kind != "number":
            continue
        j, right = i - 1, q
        while j >= 0:
            p = out[j]
            if (p.exponent or p.kind != "number" or p.value is None
                    or not _LIST_GAP.fullmatch(text, p.end, right.start)):
                break
            out[j] = replace(p, alt_values=p.alt_values + (p.value * 10 ** q.exponent,))
            j, right = j - 1, p
    return out


__all__ = ["Quantity", "quantities", "currencies_in", "bracketed", "HARD", "TIME_BASE"]
