from __future__ import annotations

from ...model import Category, Severity
from ..base import Rule


class NameLeftInLatin(Rule):
    """A name left in Latin letters in Urdu or Marathi prose.

    Why: Urdu and Marathi journalists write names in their own script (`واشنگٹن`, `वॉशिंग्टन`);
    MT copies names it does not know (`Remdesivir`, `Halvorsen`) in Latin letters. Brands and
    product names are often kept in Latin even by human writers (`Carrefour`, `Qualcomm`), so
    this is only worth a look. Acronyms, codes and English common words are other rules' business
    (TRL003).
    Instead: transliterate the name as it is pronounced, the way the rest of the document spells
    it; keep Latin only for a brand the readers know in Latin letters.
    """

    code = "TRL005"
    name = "name-left-in-latin"
    category = Category.TRANSLITERATION
    severity = Severity.INFO
    trigger = r"\p{Lu}"
    good = ("کانفرنس میں NASA نے کہا", "फोनमध्ये 5G आहे", "ہالورسن نے کہا")
    bad = (("کانفرنس میں Halvorsen نے کہا", "Halvorsen"), ("दवाखान्यात Remdesivir दिले", "Remdesivir"))

    def check(self, sentence):
        for n in sentence.latin_names:
            yield self.finding(n.start, n.end, f"the name '{n.text}' in Latin letters: "
                               "transliterate it unless readers know it in Latin")
