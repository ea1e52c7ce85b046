from __future__ import annotations

from ...analysis.numbers import magnitudes
from ...analysis.scripts import LATIN
from ...langs.magnitudes import ABBREVIATIONS, NATIVE_FOR_ENGLISH, english_base
from ...model import Category, Fix, Severity
from ..base import Rule


class EnglishMagnitudeWord(Rule):
    """An English magnitude word (million, billion, crore…) in Latin letters in Urdu or Marathi text.

    Why: MT left `million` untranslated (`15 million डॉलर्स`) or, worse, kept it beside the
    native word (`million 6 ملین`, `१. million दशलक्ष`), so the amount reads as multiplied twice.
    English phrases (a Latin word beside it) are left alone.
    Instead: the native word alone: `दशलक्ष`, `अब्ज`, `ملین`, `ارب`, `لاکھ`.
    """

    code = "NUM006"
    name = "english-magnitude-word"
    category = Category.NUMBER
    severity = Severity.ERROR
    fixable = True
    good = ("सुमारे 15 दशलक्ष डॉलर्स", "قیمت 6 ملین ڈالر", "चित्रपट Slumdog Millionaire पाहिला",
            "گانا One in a Million سنا", "۵ ارب روپے", "mn आणि bn ही संक्षिप्त रूपे")
    bad = (("सुमारे 15 million डॉलर्स", "million"), ("سے million 6 ملین سے بھی کم", "million"),
           ("सीएनवाय १. million दशलक्ष", "million"), ("खर्च २ billion रुपये", "billion"),
           ("قیمت ۳ crore روپے", "crore"), ("खर्च 5 bn डॉलर्स", "bn"), ("قیمت 40 mn ڈالر", "mn"))

    def check(self, sentence):
        tokens = sentence.tokens
        native = [m for m in magnitudes(sentence.text) if not m.is_english]
        for m in magnitudes(sentence.text):
            if not m.is_english:
                continue
            i = next(k for k, t in enumerate(tokens) if t.start == m.start)
            near = tokens[max(i - 2, 0):i] + tokens[i + 1:i + 3]
            neighbours = [t for t in (tokens[i - 1] if i else None,
                                      tokens[i + 1] if i + 1 < len(tokens) else None) if t]
            if not neighbours or any(t.script == LATIN for t in neighbours):
                continue  # inside an English phrase or title (One in a Million)
            beside_number = any(t.text[0].isdigit() for t in neighbours)
            if m.text.lower() in ABBREVIATIONS and not (i and tokens[i - 1].text[-1].isdigit()):
                continue  # mn, bn are magnitudes only right after a number (5 bn)
            doubled = next((x for x in native if any(t.start == x.start for t in near)), None)
            base = english_base(m.text)
            if doubled is not None:
                yield self.finding(m.start, m.end, f"English '{m.text}' beside the native "
                                   f"'{doubled.text}': the magnitude is stated twice; delete '{m.text}'")
                continue
            word = NATIVE_FOR_ENGLISH.get(sentence.language, {}).get(base)
            yield self.finding(m.start, m.end, f"English magnitude word '{m.text}' left untranslated"
                               + (f"; write {word}" if word else ""),
                               Fix(word, safe=False) if word else None,
                               severity=None if beside_number else Severity.WARNING)
