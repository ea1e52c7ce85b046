"""What of an English source line must reach its target unchanged, and whether the target is a translation.

Must-survive tokens: URLs, e-mail addresses, @handles, #hashtags, file names and alphanumeric
codes (`H1N1`, `N95`, `SARS-CoV-2`). A translator keeps an address as it is; a hashtag or a
handle may be kept or transliterated (`#चायनिझडोन्टकमटूजपान`); a code may be transliterated
but keeps its digits (`कोविड-19`, `سارس-کوو-2`). MT garbles them (`ncbi.nlm.nilm.gov`,
`#remoits`, `H5N1` for `H1N1`) or drops them.

Untranslated: the target is the source again, or mostly Latin letters where the source is English prose.
All results are memoised by (source, target): corpora and translation memories repeat lines.
"""
from __future__ import annotations

from difflib import SequenceMatcher
from functools import lru_cache
from typing import NamedTuple, Optional

import regex

from .scripts import LATIN, to_digit_script

# compiled once: the module-level regex functions look each pattern up per call
_SCHEME = regex.compile(r"^(?:https?://)?(?:www\.)?")
_NOT_A_TO_Z = regex.compile(r"[^a-z]")
_PROSE_WORD = regex.compile(r"[A-Za-z]+(?:'[a-z]+)?")

_URL = r"(?:https?://|www\.)[^\s<>\"'()\[\]،۔]+"
_EMAIL = r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_HANDLE = r"(?<![\w@.])@[A-Za-z_]\w+"
_HASHTAG = r"(?<![\w#&])#[A-Za-z]\w+"
_FILE = (r"(?<![\w./-])[\w-]+\.(?:pdf|docx?|xlsx?|csv|txt|jpe?g|png|gif|zip|mp[34]|html?|json|xml|pptx?|"
         r"exe|apk|py|js|svg|tiff?)(?![\w.])")
# A code: Latin letters and digits in one token (`H1N1`, `N95`, `COVID-19`, `SARS-CoV-2`, `G20`).
_CODE = r"(?<![\w@#.-])(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?![\w@-])"
_SOURCE = regex.compile("|".join(f"(?P<{k}>{p})" for k, p in
                                 (("url", _URL), ("email", _EMAIL), ("handle", _HANDLE),
                                  ("hashtag", _HASHTAG), ("file", _FILE), ("code", _CODE))),
                        regex.IGNORECASE)
_ANY_ADDRESS = regex.compile(f"{_URL}|{_EMAIL}|[#@][\\w-]+|{_FILE}", regex.IGNORECASE)
_TRAILING = ".,;:!?)]}'\"’”"
# A target chunk: letters, marks, digits and the joiners a code keeps (`कोविड-19`, `H1N1`).
_CHUNK = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:[-‐‑][\p{L}\p{M}\p{N}]+)*")
_GAP = regex.compile(r"[^\S\n]{0,2}[-‐‑]?[^\S\n]{0,2}")
_DIGIT_GROUP = regex.compile(r"\p{Nd}+")
_ORDINAL = regex.compile(r"\d+(?:st|nd|rd|th)s?", regex.IGNORECASE)
# Codes that are measures or ordinals, not designations: `5km`, `10mg`, `3D`, `2nd`, `1990s`.
_MEASURE = regex.compile(r"\d+(?:[.,]\d+)?(?:km|kg|mg|ml|cm|mm|nm|mcg|ug|gb|mb|kb|tb|hz|khz|mhz|ghz|kw|mw|kwh|"
                         r"mph|ppm|am|pm|m|g|l|s|h|d|x|k|ft|lb|lbs|oz|hrs?|mins?|yrs?|bn|mn|tn)",
                         regex.IGNORECASE)

# A number glued to English words, not a designation: `2-week`, `8-month-old`, `24-hour`.
_COMPOUND = regex.compile(r"\d+(?:-[A-Z]?[a-z]{2,})+|(?:mid|early|late|pre|post)-\d+s?", regex.IGNORECASE)


class Survivor(NamedTuple):
    """A token of the source that the target lost or changed."""
    kind: str                # url, email, handle, hashtag, file, code
    token: str               # as the source writes it
    verdict: str             # "lost" (no trace in the target) or "changed" (a garbled copy)
    start: int = 0           # the garbled copy in the target ([start, end)), or 0, 0
    end: int = 0
    found: str = ""          # the garbled copy


def _clean(token: str) -> str:
    return token.rstrip(_TRAILING)


def _address_key(token: str) -> str:
    """An address compared without its scheme, `www.`, case and final slash."""
    t = _SCHEME.sub("", token.lower())
    return t.rstrip("/")


def _digit_groups(text: str) -> tuple[str, ...]:
    return tuple(to_digit_script(g, "ascii") for g in _DIGIT_GROUP.findall(text))


@lru_cache(maxsize=1 << 12)
def must_survive(source: str) -> tuple[tuple[str, str], ...]:
    """(kind, token) of each must-survive token of an English source line."""
    out = []
    for m in _SOURCE.finditer(source):
        kind = m.lastgroup
        token = _clean(m.group()) if kind != "code" else m.group()
        if kind == "code" and (_MEASURE.fullmatch(token) or _ORDINAL.fullmatch(token)
                               or _COMPOUND.fullmatch(token)):
            continue
        if len(token) >= 3:
            out.append((kind, token))
    return tuple(out)


def _sounds_kept(token: str, target: str) -> bool:
    """A #hashtag or @handle transliterated: a target word after the same sign (`# रिमोटीज`) sounds like it."""
    from .phonetic import skeleton
    from .source_names import sounds_like
    words = regex.findall(rf"{regex.escape(token[0])}[^\S\n]?([\p{{L}}\p{{M}}]+)", target)
    return any(not w.isascii() and sounds_like(token[1:], skeleton(w)) for w in words)


def _check_address(kind: str, token: str, target: str, lowered: str) -> Optional[Survivor]:
    key = _address_key(token)
    if key in _address_key(lowered) or token.lower() in lowered:
        return None
    if kind in ("hashtag", "handle") and _sounds_kept(token, target):
        return None
    best, span = 0.0, None
    for m in _ANY_ADDRESS.finditer(target):
        found = _clean(m.group())
        ratio = SequenceMatcher(None, key, _address_key(found)).ratio()
        if ratio > best:
            best, span = ratio, (m.start(), m.start() + len(found), found)
    if span and best >= 0.6:
        return Survivor(kind, token, "changed", *span)
    return Survivor(kind, token, "lost")


def _check_code(token: str, target: str, lowered: str) -> Optional[Survivor]:
    if token.lower() in lowered:
        return None
    groups = _digit_groups(token)
    letters = _NOT_A_TO_Z.sub("", token.lower())
    chunks = list(_CHUNK.finditer(target))
    for i, c in enumerate(chunks):
        if _digit_groups(c.group()) != groups:
            continue
        if not c.group().isdigit():
            return None  # kept its digits: transliterated (`कोविड-19`, `एसीई२`)
        if any(_written_apart(target, chunks[j], c, letters) for j in (i - 1, i + 1) if 0 <= j < len(chunks)):
            return None  # the digits written apart (`کووڈ 19`, `कोव्हिड - 19`, `-19 COVID`)
    for c in chunks:  # the same Latin letters with other digits: `H5N1` for `H1N1`
        text = c.group()
        if text.isascii() and _NOT_A_TO_Z.sub("", text.lower()) == letters and _digit_groups(text):
            return Survivor("code", token, "changed", c.start(), c.end(), text)
    for c in chunks:  # transliterated with a digit changed: `के४८९एन` for `K479N`
        found = _digit_groups(c.group())
        if (len(found) == len(groups) and not c.group().isdigit()
                and sum(_one_digit_apart(a, b) for a, b in zip(groups, found)) == 1
                and all(a == b or _one_digit_apart(a, b) for a, b in zip(groups, found))):
            return Survivor("code", token, "changed", c.start(), c.end(), c.group())
    return Survivor("code", token, "lost")


def _written_apart(target: str, word, digits, letters: str) -> bool:
    """`word` stands right before or after `digits` (spaces and a hyphen between) and is the code's
    letters transliterated (not Latin) or kept (Latin, the same letters)."""
    a, b = sorted((word, digits), key=lambda m: m.start())
    if not _GAP.fullmatch(target, a.end(), b.start()) or word.group()[-1].isdigit():
        return False
    text = word.group()
    return not text.isascii() or _NOT_A_TO_Z.sub("", text.lower()) == letters


def _one_digit_apart(a: str, b: str) -> bool:
    """`b` is `a` with one digit replaced, inserted or dropped (both of two digits or more)."""
    if a == b or min(len(a), len(b)) < 2:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return len(long_) - len(short) == 1 and any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


@lru_cache(maxsize=1 << 12)
def lost_tokens(source: str, target: str) -> tuple[Survivor, ...]:
    """The must-survive tokens of `source` that `target` lost or changed."""
    lowered = target.lower()
    out = []
    for kind, token in must_survive(source):
        found = (_check_code(token, target, lowered) if kind == "code"
                 else _check_address(kind, token, target, lowered))
        if found is not None:
            out.append(found)
    return tuple(out)


# --- untranslated segments ---------------------------------------------------------------

_SPACE_PUNCT = regex.compile(r"[\s\p{P}\p{S}]+")


def _prose_words(source: str) -> list[str]:
    """The ordinary English words of a source line (lexicon words, not names or codes)."""
    from .latin import FUNCTION_WORDS, english_entry, is_name_word
    words = _PROSE_WORD.findall(source)
    # a capitalised word counts only first (`Wash your hands`): inside, it makes a title or a name
    return [w for i, w in enumerate(words) if w.lower() in FUNCTION_WORDS
            or (w.islower() and english_entry(w) is not None)
            or (i == 0 and w.istitle() and english_entry(w.lower()) is not None and not is_name_word(w.lower()))]


@lru_cache(maxsize=1 << 12)
def untranslated(source: str, target: str) -> Optional[str]:
    """"same" when the target is the source again, "latin" when it is mostly Latin letters where
    the source is English prose (five ordinary words or more), else None."""
    from .facts import tokens
    from .latin import latin_share
    prose = _prose_words(source)
    if len(prose) < 3:
        return None  # a name, a title, a code: kept as it is by translators too
    if _SPACE_PUNCT.sub(" ", source).strip().lower() == _SPACE_PUNCT.sub(" ", target).strip().lower():
        return "same"
    toks = list(tokens(target))
    if len(prose) >= 5 and latin_share(toks) >= 0.6:
        latin = {t.text.lower() for t in toks if t.script == LATIN}
        if sum(w.lower() in latin for w in prose) >= 0.6 * len(prose):
            return "latin"
    return None





# --- lines that recur --------------------------------------------------------------------

MIN_WORDS = 5  # shorter lines (`धन्यवाद.`, `ہاں۔`) recur in any memory for different sources


@lru_cache(maxsize=1 << 12)
def line_key(text: str, min_words: int = MIN_WORDS) -> Optional[str]:
    """A line's words, lower-cased, without punctuation: the key two equal lines share (None for
    a line of fewer than `min_words` words)."""
    words = _SPACE_PUNCT.sub(" ", text).strip().lower().split()
    return " ".join(words) if len(words) >= min_words else None
__all__ = ["Survivor", "must_survive", "lost_tokens", "untranslated", "line_key", "MIN_WORDS"]
