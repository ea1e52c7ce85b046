"""Case endings and postpositions that attach to (or follow) a name, per language.

Consistency rules strip them before comparing spellings: `दीपसेकने` and `दीपसेकच्या` are one
spelling of one name. Marathi glues them to the word; Urdu writes them as separate words, so the
Urdu list is of words that end a name rather than suffixes. Longest first is not required:
`strip_suffix` tries the longest match itself.
"""

from functools import lru_cache

# Marathi: case endings and postpositions written joined to the noun (oblique plural forms too).
SUFFIXES: dict[str, tuple[str, ...]] = {
    "mr": (
        "ने", "नी", "ला", "ना", "ची", "चे", "चा", "च्या", "चं", "ंनी", "ंना", "ंचे", "ंची", "ंच्या",
        "मध्ये", "मधील", "तील", "ातील", "ात", "मधून", "बद्दल", "कडे", "कडून", "कडील", "साठी", "सारखे", "सारखी", "सारख्या",
        "शी", "पासून", "पर्यंत", "वर", "वरील", "वरून", "द्वारे", "मुळे", "तर्फे", "सह",
        "संबंधी", "विषयी", "प्रमाणे", "समोर", "पेक्षा",
    ),
    "ur": (),  # Urdu postpositions are separate words (below)
}

# Postpositions, case markers and conjunctions written as separate words: never part of a name.
PARTICLES: dict[str, frozenset[str]] = {
    "ur": frozenset("""کے کی کا کو نے میں سے پر تک اور یا بھی ہی نہ لئے لیے والا والے والی ساتھ بارے
        و طرف جانب ذریعہ ذریعے مطابق بعد پہلے ہے ہیں تھا تھے تھی ہو گا گی گے کہ جو اس ان یہ وہ""".split()),
    "mr": frozenset("""आणि व किंवा तसेच ते ही हे हा ती तो त्या या की जे जो जी आहे आहेत होता होते होती
        ने ला चे ची च्या मध्ये बद्दल साठी वर पर्यंत पासून द्वारे सह""".split()),
}


@lru_cache(maxsize=1 << 16)  # words repeat (Zipf): classify each spelling once
def strip_suffix(word: str, language: str, min_stem: int = 3) -> tuple[str, str]:
    """(stem, suffix): the longest known ending removed when a stem of `min_stem` chars remains."""
    endings, lengths = _endings(language)
    for n in lengths:  # longest first: a few set look-ups instead of one test per suffix
        if len(word) - n >= min_stem and word[-n:] in endings:
            return word[:-n], word[-n:]
    return word, ""


@lru_cache(maxsize=None)
def _endings(language: str) -> tuple[frozenset[str], tuple[int, ...]]:
    suffixes = frozenset(SUFFIXES.get(language, ()))
    return suffixes, tuple(sorted({len(x) for x in suffixes}, reverse=True))
