"""Latin-script words inside Urdu and Marathi text: English fused into a word, and the context
(URL, e-mail, hashtag, unit, quotation, Latin phrase) that tells a kept name from English MT left
untranslated. The only place that knows these patterns; rules read the results.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import NamedTuple

import regex

from .. import data
from ..data.lexicon import SortedTable
from .scripts import DEVANAGARI, LATIN, OTHER, char_script
from .tokens import Token

# compiled once: the module-level regex functions look each pattern up per call
_FUSED = regex.compile(r"\p{Latin}(?=\p{M})|\p{Devanagari}\p{Latin}+\p{Devanagari}")
_LATIN_RUN = regex.compile(r"\p{Latin}+")
_PHRASE_GAP = regex.compile(r"[\s,'’&.-]*")

# addresses and tags: their words are never "English left untranslated"
# (markup too: tags, HTML entities, identifiers with underscores)
# (a domain as a tokeniser leaves it, `example . org`, is an address too: MT test sets are tokenised)
_ADDRESS = regex.compile(r"(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[#@][\w-]+"
                         r"|(?<![\w-])[\w-]+ \. (?:com|org|net|edu|gov|int|info|in|pk|uk|io|co)(?![\w.])"
                         r"|(?<![\w-])[\w-]+(?:\.[a-z]{2,6})+(?:/\S*)?|</?!?\w+[^<>]*>?|&#?\w+;|(?<!\w)\w*_\w+")
UNITS = frozenset("""km kg mg ml cm mm nm mcg ug µg kb mb gb tb kbps mbps gbps hz khz mhz ghz kw mw kwh
    mph kmph rpm ppm ppb kcal cal mah mol mmol vs etc et al pm am ft sq lb lbs oz""".split())


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
        if t.script == "mixed" and _FUSED.search(t.text):
            out.append(Fused(t.start, t.end, "".join(_LATIN_RUN.findall(t.text))))
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
        if runs and runs[-1][-1].end <= t.start and _PHRASE_GAP.fullmatch(text, runs[-1][-1].end, t.start) \
                and not _native_between(text, runs[-1][-1].end, t.start):
            runs[-1].append(t)
        else:
            runs.append([t])
    return runs


def _native_between(text: str, a: int, b: int) -> bool:
    return any(char_script(c) not in (LATIN, "other") for c in text[a:b])


def enclosed(text: str, start: int, end: int) -> bool:
    """A gloss or a quoted term, kept on purpose: inside parentheses (`لیپٹن (Leptin)`, where
    translators give the original), or alone inside quotation marks (`"wafers"`). Words inside a
    quoted sentence are not: quoted speech is translated like the rest."""
    before, after = text[:start], text[end:]
    for o, c in (("(", ")"), ("[", "]")):
        if before.count(o) > before.count(c) and c in after:
            return True
    for o, c in (('"', '"'), ("“", "”"), ("‘", "’")):
        i, j = text.rfind(o, 0, start), text.find(c, end)
        if i < 0 or j < 0 or (o == c and before.count(o) % 2 == 0) or (o != c and c in text[i:start]):
            continue  # no quote open before the words, or none closing after them
        if not _native_between(text, i + 1, start) and not _native_between(text, end, j):
            return True
    return False


# ---- English lexicon and the kind of each Latin word ------------------------------------------

@lru_cache(maxsize=None)
def english_lexicon() -> SortedTable:
    """word -> zipf × 10, `i` or `n` appended for an international word, from data/english.tsv
    (scripts/build_english_lexicon.py, sorted by word); read only when a text has Latin words, and
    looked up in its bytes (a dict of its 80,000 words would cost ~30 ms at every such start)."""
    return SortedTable(data.table_rows("english.tsv"))


def english_entry(word: str) -> tuple[int, bool] | None:
    """(zipf × 10, international) of a lowercase English word, None when the lexicon lacks it."""
    v = english_lexicon().get(word)
    if not v:
        return None
    return (int(v[:-1]), True) if v[-1] in "in" else (int(v), False)


def is_name_word(word: str, least: int = 30) -> bool:
    """A lowercase word the lexicon marks `n` (as frequent in eight other languages as in English:
    a person's or a brand's name), at least `least` zipf × 10."""
    v = english_lexicon().get(word)
    return v is not None and v[-1] == "n" and int(v[:-1]) >= least


# English grammar words: one of them inside a run of Latin words makes it a clause, not a name
FUNCTION_WORDS = frozenset("""a an the and or but nor of to in on at by for from with without into onto
    about as than that this these those which who whom whose what when where while if because so
    is are was were be been being am has have had do does did will would shall should can could may
    might must not no it its they them their we our you your he his she her i my me us there here
    also very such some any each all both many much more most other only then thus""".split())

ENGLISH, FUNCTION, TERM, NAME, UNKNOWN = "english", "function", "term", "name", "unknown"


class LatinWord(NamedTuple):
    start: int
    end: int
    text: str
    kind: str  # english / function / term / name / unknown (words kept on purpose are left out)


def _kept(text: str, t: Token, keep: list[tuple[int, int]]) -> bool:
    """Units, codes (o1, V3, 5G), acronyms (NASA, Qualcomm, iPhone), addresses: Latin on purpose."""
    w = t.text
    if not w.isascii() or not w.isalpha() or len(w) < 2 or w.lower() in UNITS:
        return True
    if not (w.islower() or (w[0].isupper() and w[1:].islower())):
        return True  # all capitals or capitals inside: an acronym or a brand
    if any(a <= t.start and t.end <= b for a, b in keep):
        return True
    return _joined(text[t.start - 2:t.start][::-1]) or _joined(text[t.end:t.end + 2])


def _joined(side: str) -> bool:
    """Glued to a digit, or by a hyphen to Latin or a digit (o1, c-team, ACE2-expressing); a
    hyphen to Urdu or Marathi letters is MT's half-translated compound (`Director-जनरल`)."""
    if not side:
        return False
    if side[0].isdigit():
        return True
    return side[0] == "-" and (len(side) < 2 or side[1].isascii())


def word_kind(word: str, initial: bool = False) -> str:
    """What a Latin word is: an English word, a grammar word, a capitalised English common word
    (a term: `Climate`, `Committee`), a name (capitalised, unknown to English or international:
    `Jordan`, `Google`), or an unknown lowercase word (a misspelling, a Latin species name)."""
    low = word.lower()
    entry = english_entry(low)
    if low in FUNCTION_WORDS:
        return FUNCTION if word.islower() or initial else TERM  # `The` mid-sentence: a title's
    if word.islower():  # two letters: more often an abbreviation (ca, lt) than a word
        return ENGLISH if entry and len(word) > 2 else UNKNOWN
    if entry is None or entry[1] or entry[0] < 30:
        return NAME  # rare or international: a name or a brand
    return ENGLISH if initial else TERM  # a sentence's first word is capitalised anyway


def latin_words(text: str, tokens: list[Token]) -> list[list[LatinWord]]:
    """The Latin phrases of a text with their words classified, words kept on purpose left out
    (phrases with none left are dropped)."""
    keep = address_spans(text) + [(f.start, f.end) for f in fused_english(text, tokens)]
    first = next((t.start for t in tokens if t.script != OTHER), -1)
    out = []
    for phrase in latin_phrases(text, tokens):
        words = [LatinWord(t.start, t.end, t.text, word_kind(t.text, t.start == first))
                 for t in phrase if not _kept(text, t, keep)]
        if words:
            out.append(words)
    return out


# `that is` before or after a term, and the verbs that introduce one (`X کہتے ہیں`, `X म्हणतात`)
_GLOSS_BEFORE = frozenset(("یعنی", "بمعنی", "म्हणजे", "म्हणजेच", "अर्थात"))
_GLOSS_AFTER = _GLOSS_BEFORE | frozenset(("جسے", "جنہیں", "کہتے", "کہا", "کہلاتا", "کہلاتی", "कहते",
                                          "म्हणतात", "म्हटले", "संबोधले"))


def glossed(text: str, tokens: list[Token], start: int, end: int) -> bool:
    """A gloss or a term being introduced: in parentheses or quotes, or next to `یعنی` / `म्हणजे`
    (`that is`) or before `کہتے ہیں` / `म्हणतात` (`is called`)."""
    if enclosed(text, start, end):
        return True
    before = [t for t in tokens if t.end <= start]
    after = [t for t in tokens if t.start >= end]
    return (bool(before) and before[-1].text in _GLOSS_BEFORE) or (bool(after) and after[0].text in _GLOSS_AFTER)


def latin_share(tokens: list[Token]) -> float:
    """The share of a sentence's letters that are Latin."""
    latin = sum(t.end - t.start for t in tokens if t.script == LATIN)
    letters = sum(t.end - t.start for t in tokens if t.script != OTHER)
    return latin / letters if letters else 0.0
