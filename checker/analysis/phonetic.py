"""Phonetic facts about names: letter-name spellings, phonetic skeletons, name candidates.

A *skeleton* keeps the consonants of a word in coarse classes (ड/द, ट/त, ک/ق, س/ص/ث … merge; vowels,
vowel signs, ی/و/य glides, spaces and hyphens vanish; a word-initial vowel leaves one `A`), so
`दीपसीक`, `डीपसीक` and `दीपसेक` (or `ڈیپسیک`, `دیپ ساک`) share a key while ordinary words rarely do.
Rules read these through cached properties on Sentence (`letter_runs`, `name_candidates`).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator, NamedTuple

from ..data import word_frequencies
from ..langs.affixes import PARTICLES, strip_suffix
from ..langs.letters import spelling_to_letter
from .scripts import ARABIC, DEVANAGARI
from .tokens import Token

_UR = {**dict.fromkeys("بپ", ""), "ب": "B", "پ": "P", **dict.fromkeys("تٹط", "T"),
       **dict.fromkeys("ثسص", "S"), "ج": "J", "چ": "C", **dict.fromkeys("حہۂة", "H"), "خ": "X",
       **dict.fromkeys("دڈ", "D"), **dict.fromkeys("ذزضظژ", "Z"), **dict.fromkeys("رڑ", "R"), "ش": "Š",
       "غ": "Ɣ", "ف": "F", **dict.fromkeys("قکك", "K"), "گ": "G", "ل": "L", "م": "M", "ن": "N"}
_UR_SILENT = set("اآأإءئیےيىوؤںھعۓ")
# aspirates keep their own class: ordinary words differ by them (रोखता/रक्ता), English names rarely do
_DEVA = {**dict(zip("कगङचजझञटडणतदनपफबमरऱलळवशषसह", "KGNCJJNTDNTDNPFBMRRLLVŠŠSH")),
         **dict(zip("खघछठढथधभ", ["KH", "GH", "CH", "TH", "DH", "TH", "DH", "BH"]))}
_DEVA_VOWELS = set("अआइईउऊऋएऐओऔऑॲऍ")
_LETTER_SOUND = {"C": "K", "Q": "K", "W": "V", "X": "KS", "Y": "", "A": "", "E": "", "I": "", "O": "", "U": ""}


@lru_cache(maxsize=1 << 16)  # words repeat (Zipf): classify each spelling once
def skeleton(word: str, initial: bool = True) -> str:
    """Consonant classes of one word; `initial` marks a leading vowel with `A`."""
    out = []
    for i, ch in enumerate(word):
        if ch == "ह" and word[i - 2:i] == "व्" and i >= 2:
            continue  # व्ह is how Marathi writes English v (व्हिडिओ); MT also writes plain व
        if ch in _DEVA:
            out.append(_DEVA[ch])
        elif ch in _UR:
            if ch in "ہۂة" and i == len(word) - 1 and i > 0:
                continue  # final heh is a vowel sign (ذریعہ)
            out.append(_UR[ch])
        elif ch == "\u0902":  # anusvara: a nasal consonant only before another consonant
            if i + 1 < len(word) and word[i + 1] in _DEVA:
                out.append("N")
        elif i == 0 and initial and (ch in _DEVA_VOWELS or ch in "اآأإع"):
            out.append("A")
        elif i == 0 and initial and ch == "و":
            out.append("V")
    return "".join(out)


def letter_sound(letter: str) -> str:
    """The consonant class a Latin letter contributes when a name spells it out (G → G, C → K)."""
    return _LETTER_SOUND.get(letter, letter)


# inflection endings only: not ئ, which marks a diphthong inside names (اوپنائی, فلائیر)
_TRAILING = set("ािीुूृेैोौॅॉ्ंँयःاےیوں")


def inflection_core(word: str) -> str:
    """The word without its final vowels/glides: `मुलगा`, `मुलगी`, `मुलग्या` all give `मुलग`."""
    w = word
    while len(w) > 2 and w[-1] in _TRAILING:
        w = w[:-1]
    return w


_LENGTH = str.maketrans("ीूईऊ", "िुइउ")


def _unstressed(word: str) -> str:
    """Long vowels shortened and inner short i/u dropped: Marathi shortens or drops them when an
    ending is added (तरतूद → तरतुदी, लाकूड → लाकडी)."""
    w = word.translate(_LENGTH)
    return "".join(c for i, c in enumerate(w) if c not in "िु" or i == len(w) - 1)


def inflected_forms(a: str, b: str) -> bool:
    """Two forms of one word: they differ only in their endings (vowels, glides, nasal), after
    the vowel changes an ending causes. Two spellings of a name differ inside or end alike."""
    a, b = _unstressed(a), _unstressed(b)
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    ra, rb = a[n:], b[n:]
    return ra != rb and n >= 2 and all(c in _TRAILING for c in ra + rb)


# ---- common words ---------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _function_words(language: str) -> frozenset[str]:
    # the 120 most frequent words: the table is sorted by count (then word), most frequent first
    return frozenset(word_frequencies(language).top(120)) | PARTICLES.get(language, frozenset())


@lru_cache(maxsize=None)
def _frequent_words(language: str) -> frozenset[str]:
    """The 2,000 heaviest words of the lexicon (ranks, not counts: the weights are pseudo-counts)."""
    return frozenset(word_frequencies(language).top(2000))


@lru_cache(maxsize=1 << 16)  # words repeat (Zipf): classify each spelling once
def is_function_word(word: str, language: str) -> bool:
    return word in _function_words(language)


@lru_cache(maxsize=1 << 16)
def _is_common_core(core: str, language: str) -> bool:
    """Some word of weight 2 or more has `core` as its inflection core (of its stem). Stem and core
    are prefixes of the word, so only the words that start with `core` can: a range of the sorted
    table instead of the cores of the whole table (most runs ask about a few hundred words)."""
    words = word_frequencies(language)
    return any(inflection_core(strip_suffix(w, language)[0]) == core and words.get(w) >= 2
               for w in words.starting_with(core))


@lru_cache(maxsize=1 << 16)  # words repeat (Zipf): classify each spelling once
def is_common(word: str, language: str, threshold: int = 2) -> bool:
    """Ordinary language: the word, its stem without a case ending, or another inflected form of
    that stem occurs in real human text."""
    freq = word_frequencies(language)
    stem = strip_suffix(word, language)[0]
    return freq.get(word, 0) >= threshold or freq.get(stem, 0) >= threshold or \
        _is_common_core(inflection_core(stem), language)


# ---- letter names ---------------------------------------------------------------------------

class LetterRun(NamedTuple):  # a tuple: cheaper to define and to build than a frozen dataclass
    """Latin letters spelled by their names: spaced tokens (سی این بی سی) or one joined word (सीईओ)."""
    start: int
    end: int
    letters: str   # decoded, e.g. "CNBC"
    joined: bool   # one word of concatenated letter names


@lru_cache(maxsize=None)
def _names_by_first_char(language: str) -> dict[str, tuple[tuple[str, str], ...]]:
    """Letter names (in spelling_to_letter's order) grouped by their first character."""
    out: dict[str, list[tuple[str, str]]] = {}
    for name, letter in spelling_to_letter(language).items():
        out.setdefault(name[0], []).append((name, letter))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1 << 16)  # words repeat (Zipf): classify each spelling once
def decode_joined(word: str, language: str) -> str | None:
    """Latin letters when `word` is nothing but concatenated letter names, else None."""
    by_first = _names_by_first_char(language)
    if not word or word[0] not in by_first:
        return None  # most words: no letter name starts them
    best: list[str | None] = [""] + [None] * len(word)
    for i in range(len(word)):
        if best[i] is None:
            continue
        for name, letter in by_first.get(word[i], ()):  # only names that can start at i
            j = i + len(name)
            if word.startswith(name, i) and (best[j] is None or len(best[j]) > len(best[i]) + 1):
                best[j] = best[i] + letter
    return best[-1] or None


@lru_cache(maxsize=None)
def _run_letters(language: str) -> tuple[dict[str, str], dict[str, str]]:
    """(letter names allowed inside a spaced run, those that may also start or end one)."""
    every = spelling_to_letter(language)
    particles = PARTICLES.get(language, frozenset())
    names = {k: v for k, v in every.items() if k not in particles}
    return (every if language == "mr" else names), names


def letter_runs(text: str, tokens: list[Token], language: str) -> list[LetterRun]:
    # a letter name that is also a postposition (کے = K) never joins a spaced run: Urdu writes it
    # between initialisms (اے آئی کے سی ای او). Marathi's (जे, जी = J, G) are pronouns and
    # honorifics: inside a run (ए जी यू ए आर) they are letters, they only never start or end one.
    every, names = _run_letters(language)
    native = DEVANAGARI if language == "mr" else ARABIC
    if names.keys().isdisjoint([t.text for t in tokens]) and (
            language != "mr" or not any(t.script == native and _joined_letters(t.text, language) for t in tokens)):
        return []  # most sentences: no letter name starts a spaced run, no word is joined names
    runs: list[LetterRun] = []
    spaced = lambda j: text[tokens[j - 1].end:tokens[j].start] == " "
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and (j == i or spaced(j)) and (
                tokens[j].text in names or
                (j > i and tokens[j].text in every and j + 1 < len(tokens) and
                 tokens[j + 1].text in names and spaced(j + 1))):
            j += 1
        if j - i >= 2:
            runs.append(LetterRun(tokens[i].start, tokens[j - 1].end,
                                  "".join(every[t.text] for t in tokens[i:j]), False))
            i = j
            continue
        t = tokens[i]
        if language == "mr" and t.script == native:
            joined = _joined_letters(t.text, language)
            if joined:
                runs.append(LetterRun(t.start, t.start + joined[0], joined[1], True))
        i += 1
    return runs


@lru_cache(maxsize=1 << 16)  # words repeat (Zipf): decode each spelling once
def _joined_letters(word: str, language: str) -> tuple[int, str] | None:
    """(length of the stem, its letters) when the word less its case ending is joined letter names."""
    stem = strip_suffix(word, language, min_stem=2)[0]
    decoded = decode_joined(stem, language)
    return (len(stem), decoded) if decoded and len(decoded) >= 2 else None


# ---- name candidates ------------------------------------------------------------------------

class NameCandidate(NamedTuple):  # a tuple, like LetterRun: hundreds per document
    """One to three adjacent words (joined by a space or hyphen) that may be a transliterated name."""
    start: int
    end: int       # the last word's case ending excluded
    surface: str   # text[start:end]
    key: str       # phonetic skeleton of the whole name
    words: int
    letters: bool  # part of it is spelled with letter names (چیٹ جی پی ٹی)
    split: bool = False  # two words, one of them ordinary, that together may be a name cut in two


_JOINERS = {" ", "-", "\u2010", "\u2011"}


class _Spelling(NamedTuple):
    """The facts of one spelling that name candidates need, worked out once per word type."""
    kind: str | None  # 'name', 'weak', 'letters' or None (not a word of the language)
    stem: str         # the word less its case ending (a letter run: its own text)
    suffix: str
    head: str         # skeleton when the unit starts a name
    tail: str         # skeleton inside a name


# A unit: (start, end, spelling, value) — a token, or a spaced letter-name run as one unit (value: its
# letters). A plain tuple: one is built per word of every sentence.
_Unit = tuple
START, END, SPELLING, VALUE = range(4)


@lru_cache(maxsize=1 << 16)  # words repeat (Zipf): every fact of a spelling once per type
def _spelling(word: str, script: str, language: str) -> _Spelling:
    kind = _word_kind(word, script, language)
    stem, suffix = strip_suffix(word, language)
    return _Spelling(kind, stem, suffix, skeleton(stem, True), skeleton(stem, False))


@lru_cache(maxsize=1 << 12)
def _letters_sound(letters: str) -> tuple[str, str]:
    """(skeleton of spelled letters starting a name, inside one)."""
    inner = "".join(letter_sound(c) for c in letters)
    return ("A" if letters[0] in "AEIOU" else "") + inner, inner


def _units(text: str, tokens: list[Token], language: str, runs: list[LetterRun]) -> list[_Unit]:
    """Tokens classified name / letters / weak, a spaced letter-name run collapsed into one unit."""
    spaced = {r.start: r for r in runs if not r.joined}
    units, i = [], 0
    while i < len(tokens):
        t = tokens[i]
        if spaced and t.start in spaced:
            r = spaced[t.start]
            head, tail = _letters_sound(r.letters)
            units.append((r.start, r.end, _Spelling("letters", text[r.start:r.end], "", head, tail), r.letters))
            while i < len(tokens) and tokens[i].end <= r.end:
                i += 1
            continue
        units.append((t.start, t.end, _spelling(t.text, t.script, language), t.text))
        i += 1
    return units


@lru_cache(maxsize=1 << 16)  # words repeat (Zipf): classify each spelling once
def _word_kind(word: str, script: str, language: str) -> str | None:
    """'name' (may be a name), 'weak' (short or ordinary) or None (not a word of the language)."""
    native = DEVANAGARI if language == "mr" else ARABIC
    if script != native or any(map(str.isdigit, word)) or is_function_word(word, language):
        return None
    return "weak" if len(word) < 3 or is_common(word, language) else "name"


_NAMED = ("name", "letters")


def name_candidates(text: str, tokens: list[Token], language: str,
                    runs: list[LetterRun]) -> list[NameCandidate]:
    """Runs of one to three units joined by a space or hyphen, each unit sounding a consonant, at
    least one unit name-like, ending on a name-like word or letters, no case ending inside."""
    units = _units(text, tokens, language, runs)
    named_at = [i for i, u in enumerate(units) if u[SPELLING].kind in _NAMED]
    out = []
    if named_at:  # most sentences have none: only split candidates
        starts = sorted({i for k in named_at for i in range(max(k - 2, 0), k + 1)})
        for i in starts:
            out.extend(_candidates_from(text, units, i))
    return out + _split_candidates(text, units, language)


def _candidates_from(text: str, units: list[_Unit], i: int) -> Iterator[NameCandidate]:
    """The candidates of one, two and three units that start at unit i."""
    key = ""
    named = lettered = False  # units i..j include a name-like word / letters
    for j in range(i, min(i + 3, len(units))):
        start, _, w, _ = units[j]
        kind = w.kind
        if kind is None or (j > i and text[units[j - 1][END]:start] not in _JOINERS):
            return
        part = w.head if j == i else w.tail
        if not part.strip("A") and (kind != "letters" or j == i):
            return  # a unit that sounds no consonant (اے آئی, एआय) starts no name ...
        # ... but vowel letters may end one (اوپن اے آئی: Open A I)
        key += part
        # letters after a word make a name of it even when the word is ordinary (چیٹ جی پی ٹی)
        named = named or kind == "name" or (kind == "letters" and j > i)
        lettered = lettered or kind == "letters"
        if kind != "weak" and len(key) >= 3 and named:
            a = units[i][START]
            end = start + len(w.stem)
            yield NameCandidate(a, end, text[a:end], key, j - i + 1, lettered)
        if w.suffix:
            return  # a case ending closes the name


def _split_candidates(text: str, units: list[_Unit], language: str) -> list[NameCandidate]:
    """Two adjacent words, at least one of them an ordinary word (`وولٹ آرا`, `اور بیٹل`): MT
    sometimes cuts a name where a part of it is a word. Only a document that spells the name as
    one word elsewhere can tell (the consistency rule checks that); marked `split`."""
    native = DEVANAGARI if language == "mr" else ARABIC
    particles = PARTICLES.get(language, ())
    frequent = _frequent_words(language)  # two of these together are a phrase, not a name cut in two
    out = []
    for i, ((a, b, w1, v1), (c, _, w2, v2)) in enumerate(zip(units, units[1:])):
        if text[b:c] not in _JOINERS or len(v1) < 2 or w1.suffix:
            continue  # a case ending closes a name: the next word is not part of it
        k1, k2 = w1.kind, w2.kind
        # name + word, word + name, word + word, or a particle before a name (`اور بیٹل`)
        if k1 == "weak":
            if k2 != "name" and (k2 != "weak" or v1 in frequent and v2 in frequent or
                                 not _opened(text, units, i, language) or
                                 not _closed(text, units, i + 2, w2.suffix, language)):
                continue
        elif k1 == "name":
            if k2 != "weak":
                continue
        elif k1 is not None or k2 != "name" or v1 not in particles:
            continue
        if any(map(str.isdigit, v1 + v2)):
            continue
        # (no suffix on the first word: its skeleton is its stem's)
        stem, s1, s2 = w2.stem, w1.head, w2.tail
        # each half sounds a consonant: `या घोड्या` is a word after a pronoun, not a name cut in two;
        # two ordinary words need a longer name between them (short ones meet by chance)
        n = len((s1 + s2).strip("A"))
        if s1.strip("A") and s2 and n >= (4 if k1 == k2 else 3) and _is_native(v1 + stem, native):
            out.append(NameCandidate(a, c + len(stem), text[a:c + len(stem)], s1 + s2, 2, False, True))
    return out


def _opened(text: str, units, i: int, language: str) -> bool:
    """A name can start at unit i: the start, punctuation or a particle comes before it."""
    if i == 0:
        return True
    prev = units[i - 1]
    return prev[VALUE] in PARTICLES.get(language, ()) or text[prev[END]:units[i][START]].strip() != ""


def _closed(text: str, units, j: int, suffix: str, language: str) -> bool:
    """A name ends before unit j: a case ending (`suffix`, of the unit before), a postposition,
    punctuation or the end follows (two ordinary words are taken for a name cut in two only where a
    name can start and end)."""
    if j >= len(units) or suffix:
        return True
    nxt = units[j]
    return nxt[VALUE] in PARTICLES.get(language, ()) or text[units[j - 1][END]:nxt[START]].strip() != ""


def _is_native(word: str, script: str) -> bool:
    lo, hi = (0x0900, 0x097F) if script == DEVANAGARI else (0x0600, 0x06FF)
    if word and lo <= ord(min(word)) and ord(max(word)) <= hi:
        return True  # the common case, in C
    return all(lo <= ord(ch) <= hi or ch in "\u200c\u200d" for ch in word)
