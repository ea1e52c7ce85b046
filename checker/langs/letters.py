"""How Urdu and Marathi spell the names of the Latin letters (A = اے / ए …).

MT that does not know a name spells it letter by letter with these; decoding them back to Latin
letters tells an initialism (سی این بی سی = CNBC) from a spelled-out word (ڈی ای پی… = DEEPSEEK).
The first spelling of each letter is the usual one; others are variants seen in real text.
"""

from functools import lru_cache

LETTER_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "ur": {
        "A": ("اے",), "B": ("بی",), "C": ("سی",), "D": ("ڈی",), "E": ("ای",), "F": ("ایف",),
        "G": ("جی",), "H": ("ایچ",), "I": ("آئی",), "J": ("جے",), "K": ("کے",), "L": ("ایل",),
        "M": ("ایم",), "N": ("این",), "O": ("او",), "P": ("پی",), "Q": ("کیو",), "R": ("آر",),
        "S": ("ایس",), "T": ("ٹی",), "U": ("یو",), "V": ("وی",), "W": ("ڈبلیو",), "X": ("ایکس",),
        "Y": ("وائی",), "Z": ("زیڈ", "زی"),
    },
    "mr": {
        "A": ("ए",), "B": ("बी",), "C": ("सी",), "D": ("डी",), "E": ("ई",), "F": ("एफ",),
        "G": ("जी",), "H": ("एच",), "I": ("आय", "आई"), "J": ("जे",), "K": ("के",), "L": ("एल",),
        "M": ("एम",), "N": ("एन",), "O": ("ओ",), "P": ("पी",), "Q": ("क्यू",), "R": ("आर",),
        "S": ("एस",), "T": ("टी",), "U": ("यू",), "V": ("व्ही", "वी"), "W": ("डब्ल्यू",),
        "X": ("एक्स",), "Y": ("वाय",), "Z": ("झेड", "जेड"),
    },
}


@lru_cache(maxsize=None)  # built once per language
def letter_spellings(language: str) -> frozenset[str]:
    """Every spelling of every letter name (none for a language without a table)."""
    return frozenset(s for spellings in LETTER_NAMES.get(language, {}).values() for s in spellings)


@lru_cache(maxsize=None)  # built once per language
def spelling_to_letter(language: str) -> dict[str, str]:
    """Every spelling of a letter name → the Latin letter."""
    return {s: letter for letter, spellings in LETTER_NAMES[language].items() for s in spellings}
