from __future__ import annotations

from ...analysis.numbers import magnitudes
from ...langs.magnitudes import ANY
from ...model import Category, Severity
from ..base import Rule


class DoubledMagnitudeWord(Rule):
    """Two magnitude words stacked that do not multiply: `दशलक्ष लाख`, `ملین ارب`, `कोटी लाख`.

    Why: MT translated `million` twice, once with each system (दशलक्ष = 10 lakh, लाख = 1 lakh),
    or kept a gloss beside the word: the amount can be read as 10^11. Real compounds go from
    small to large within one system (`हजार कोटी`, `लाख कोटी`, `ہزار ارب`) and are left alone.
    Instead: keep one word, the one that matches the number (`१.५ दशलक्ष` or `१५ लाख`).
    """

    code = "NUM007"
    name = "doubled-magnitude-word"
    category = Category.NUMBER
    severity = Severity.ERROR
    good = ("सुमारे १० हजार कोटी रुपये", "दोन लाख कोटी रुपये", "۵ ہزار ارب روپے", "१० दशलक्ष (१ कोटी) लोक",
            "۳ لاکھ کروڑ روپے", "लाख लाख धन्यवाद")
    bad = (("सुमारे १.५ दशलक्ष लाख रुपये", "दशलक्ष लाख"), ("۶ ملین ارب ڈالر", "ملین ارب"),
           ("२ कोटी लाख लोक", "कोटी लाख"), ("۵ ارب ملین", "ارب ملین"))

    def check(self, sentence):
        words = [m for m in magnitudes(sentence.text) if not m.is_english]
        for a, b in zip(words, words[1:]):
            if sentence.text[a.end:b.start].strip() or a.text == b.text:
                continue  # not adjacent, or a plain repetition (the repetition rules' business)
            systems = {a.system, b.system} - {ANY}
            if len(systems) > 1:
                why = "Indian and international magnitude words stacked"
            elif a.exponent >= b.exponent:
                why = "magnitude words in an order that does not multiply"
            else:
                continue
            yield self.finding(a.start, b.end, f"{why} ('{a.text} {b.text}'): keep one of them")
