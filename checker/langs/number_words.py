"""English number words as MT transliterates them (`ون` = one, `फोर` = four), per language.

MT that meets `R1` or `GPT-4` sometimes reads the digit aloud and spells the English word:
`آر ون`, `جی پی ٹی فور`, `आर वन`. These tables give each spelling's digit. Spellings come from
common transliteration practice; `tests/test_numbers.py` checks the rule against real human text.
"""

ENGLISH_DIGIT_WORDS: dict[str, dict[str, str]] = {
    "ur": {
        "زیرو": "0", "ون": "1", "ٹو": "2", "تھری": "3", "فور": "4", "فائیو": "5", "فائو": "5",
        "سکس": "6", "سیون": "7", "سیوَن": "7", "ایٹ": "8", "نائن": "9", "ٹین": "10",
    },
    "mr": {
        "झिरो": "0", "झीरो": "0", "वन": "1", "टू": "2", "थ्री": "3", "फोर": "4", "फाइव्ह": "5",
        "फाईव्ह": "5", "फाइव": "5", "सिक्स": "6", "सेव्हन": "7", "सेवन": "7", "एट": "8", "एइट": "8",
        "नाइन": "9", "नाईन": "9", "टेन": "10",
    },
}

# Letter names that are also everyday words (Urdu کے 'of', سی 'like', جی 'yes'; Marathi जे
# 'which', आई 'mother', के 'did'…): alone they do not show that a model name precedes. Picked
# from the most frequent letter names in the human text of the old tables (now checker/data/lexicon.{ur,mr}.tsv).
COMMON_WORD_LETTERS: dict[str, frozenset[str]] = {
    "ur": frozenset({"کے", "سی", "جی", "او", "اے"}),
    "mr": frozenset({"जे", "जी", "आई", "के", "ए", "ई", "ओ", "बी", "पी", "आय"}),
}

# Digit spellings that are also everyday words (मराठी वन 'forest', सेवन 'intake'; اردو ون in ون ڈے,
# ٹین 'tin', ایٹ in ایٹ آل): after a letter name that is itself a common word they prove nothing.
# The other spellings are English and nothing else, so after any letter name they are a digit.
NATIVE_DIGIT_HOMOGRAPHS: dict[str, frozenset[str]] = {
    "ur": frozenset({"ون", "ٹین", "ایٹ", "سیون", "زیرو"}),
    "mr": frozenset({"वन", "सेवन", "एट", "टेन"}),
}
