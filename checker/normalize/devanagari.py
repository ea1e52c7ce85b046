"""Devanagari unification for matching Marathi.

NFC already gives nukta letters one form (U+0958–095F decompose to letter + nukta, and र + nukta
composes to ऱ). Eyelash ra has a second encoding, र + virama + ZWJ; it becomes ऱ + virama so
rules see one spelling. Other ZWJ/ZWNJ only steer rendering and are removed (and recorded).
"""

EYELASH_ZWJ = "\u0930\u094d\u200d"   # र्‍
EYELASH = "\u0931\u094d"             # ऱ्

SEQUENCES = {EYELASH_ZWJ: (EYELASH, "eyelash-ra-zwj")}
