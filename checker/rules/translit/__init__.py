"""TRL: transliteration damage and English left untranslated."""
from .fused_english import EnglishFusedIntoWord
from .latin_name import NameLeftInLatin
from .split_script_name import NameSplitAcrossScripts
from .spelled_letters import LetterSpelledWord
from .untranslated_english import EnglishLeftUntranslated

RULES: list = [LetterSpelledWord, EnglishFusedIntoWord, EnglishLeftUntranslated, NameSplitAcrossScripts,
               NameLeftInLatin]
