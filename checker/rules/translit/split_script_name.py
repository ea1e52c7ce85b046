from __future__ import annotations

from ...analysis.latin_names import split_names
from ...model import Category, Severity
from ..base import Rule


class NameSplitAcrossScripts(Rule):
    """A name begun in one script and finished in the other (`مائیکل Jordan`, `Michael जॉर्डन`).

    Why: MT transliterates the part of a name it knows and copies the rest, so the reader meets
    half a name in Urdu or Marathi letters and half in English ones. Found where a Latin word
    standing alone is next to a transliterated word, both of them names (the English lexicon marks
    `michael`, `jordan` as frequent in eight other languages as in English; the native word must
    sound like one and be rare in the language's word table: `اندر Bryan` is `inside Bryan`). A
    word and its own gloss (`لیپٹن Leptin`) are one name written twice, not flagged.
    Instead: write the whole name in one script, normally the language's own (`مائیکل جارڈن`,
    `मायकल जॉर्डन`).
    """

    code = "TRL004"
    name = "name-split-across-scripts"
    category = Category.TRANSLITERATION
    severity = Severity.ERROR
    trigger = r"\p{Lu}"
    good = ("کل Michael Jordan نے کہا", "کل مائیکل جارڈن نے کہا", "ہارمون لیپٹن Leptin کہلاتا ہے",
            "मायकल जॉर्डन यांनी सांगितले", "दवाखान्यात Remdesivir दिले", "کانفرنس میں Jordan نے کہا")
    bad = (("کل مائیکل Jordan نے کہا", "مائیکل Jordan"), ("काल Michael जॉर्डनने सांगितले", "Michael जॉर्डन"),
           ("पत्रकार जेम्स Porter यांनी लिहिले", "जेम्स Porter"))

    def check(self, sentence):
        for s in split_names(sentence.text, sentence.tokens, sentence.language, sentence.latin_names):
            yield self.finding(s.start, s.end, f"the name is half in Latin letters ('{s.latin}') and half "
                               f"transliterated ('{s.native}'); write all of it in one script")
