"""TRL: transliteration damage and English left untranslated."""

RULES: list = []
