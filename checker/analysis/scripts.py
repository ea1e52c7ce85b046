"""Which script a character or a run of text belongs to; the only place that knows the ranges."""
from __future__ import annotations

import regex

LATIN, DEVANAGARI, ARABIC, OTHER = "latin", "devanagari", "arabic", "other"

# Digit scripts, by the value of their zero.
DIGIT_ZERO = {"ascii": 0x30, "devanagari": 0x966, "urdu": 0x6F0, "arabic-indic": 0x660}
DIGITS = "0-9\u0966-\u096f\u06f0-\u06f9\u0660-\u0669"
DIGIT_TRIGGER = f"[{DIGITS}]"  # for rules that only look at numbers (Rule.trigger)

_DEVA_LETTERS = regex.compile(r"[\u0900-\u097f\ua8e0-\ua8ff]")
_ARABIC_LETTERS = regex.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


def digit_script(ch: str) -> str:
    o = ord(ch)
    if 0x30 <= o <= 0x39:
        return "ascii"
    if 0x966 <= o <= 0x96F:
        return "devanagari"
    if 0x6F0 <= o <= 0x6F9:
        return "urdu"
    if 0x660 <= o <= 0x669:
        return "arabic-indic"
    return ""


def digit_value(ch: str) -> int:
    return ord(ch) - DIGIT_ZERO[digit_script(ch)]


def to_digit_script(digits: str, script: str) -> str:
    """Rewrite every digit of `digits` in `script`; other characters stay."""
    zero = DIGIT_ZERO[script]
    return "".join(chr(zero + digit_value(c)) if digit_script(c) else c for c in digits)


def char_script(ch: str) -> str:
    o = ord(ch)
    if ch.isascii():
        return LATIN if ch.isalpha() else OTHER
    if 0x900 <= o <= 0x97F or 0xA8E0 <= o <= 0xA8FF:
        return DEVANAGARI
    if 0x600 <= o <= 0x6FF or 0x750 <= o <= 0x77F or 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF:
        return ARABIC
    if ch.isalpha() and o < 0x250:
        return LATIN
    return OTHER


def detect_language(text: str) -> str | None:
    """'mr' or 'ur' by the script with more letters; None when the text has neither."""
    has_deva = _DEVA_LETTERS.search(text) is not None
    has_arab = _ARABIC_LETTERS.search(text) is not None
    if has_deva != has_arab:  # the common case: one script only, no counting needed
        return "mr" if has_deva else "ur"
    if not has_deva:
        return None
    return "mr" if len(_DEVA_LETTERS.findall(text)) >= len(_ARABIC_LETTERS.findall(text)) else "ur"
