from __future__ import annotations

from ...analysis.numbers import GROUP_SEPARATORS
from ...model import Category, Fix, Severity
from ..base import Rule
from ...analysis.scripts import DIGIT_TRIGGER

ARABIC_COMMA = "،"
# CLDR: ٬ and ٫ go with Urdu digits; ASCII digits take , and .
_ARABIC_TO_ASCII = {"٬": ",", "٫": "."}


class WrongDigitSeparator(Rule):
    """A separator inside a number that is not a digit-group separator (Arabic comma, apostrophe, point).

    Why: `50،000` uses the Arabic comma, a punctuation mark between words, as a thousands
    separator; readers and software see two numbers (50 and 000). An apostrophe (`1'000`) or
    two kinds of separator in one number are equally foreign to Urdu and Marathi, and points
    between groups (`1.234.567`, European style) read as decimals.
    Instead: `50,000` (with Urdu digits the CLDR group separator ٬ is also right: `۵۰٬۰۰۰`).
    """

    code = "NUM003"
    name = "wrong-digit-separator"
    category = Category.NUMBER
    severity = Severity.ERROR
    trigger = DIGIT_TRIGGER
    fixable = True
    good = ("قیمت 50,000 روپے", "۵۰٬۰۰۰ افراد", "دسمبر 31، 2019 کو", "सुमारे १०,००० चिप्स", "قیمت ۵٫۵ روپے",
            "दिनांक 12.03.2020 रोजी आवृत्ती 4.4.2", "سرور 192.168.100.200 پر")
    bad = (("ڈیپسیک کے پاس 50،000 چپس ہیں", "50،000"), ("تقریباً ۱۰،۰۰۰ افراد", "۱۰،۰۰۰"),
           ("सुमारे 1'000 लोक", "1'000"), ("सुमारे १०،००० लोक", "१०،०००"),
           ("सुमारे 1.234.567 लोक", "1.234.567"),
           ("قیمت 5٫5 روپے", "5٫5"))

    def check(self, sentence):
        for n in sentence.numbers:
            seps = set(n.group_separators)
            if ARABIC_COMMA in seps:
                yield from self._arabic_comma(n)
            elif "'" in n.separators:
                yield self.finding(n.start, n.end, "apostrophe inside a number; group digits with a comma",
                                   Fix(n.text.replace("'", ","), safe=False), severity=Severity.WARNING)
            elif n.european_grouping:
                fixed = n.text.replace(".", ",")
                yield self.finding(n.start, n.end, f"points used as digit-group separators; write {fixed}",
                                   Fix(fixed, safe=False), severity=Severity.WARNING)
            elif set(n.separators) & set(_ARABIC_TO_ASCII) and n.scripts == ("ascii",):
                fixed = n.text.translate(str.maketrans(_ARABIC_TO_ASCII))
                yield self.finding(n.start, n.end, f"Arabic separator with ASCII digits; write {fixed}",
                                   Fix(fixed, safe=True), severity=Severity.WARNING)
            elif len(seps) > 1 and seps <= set(GROUP_SEPARATORS):
                yield self.finding(n.start, n.end, "two kinds of group separator in one number",
                                   severity=Severity.WARNING)

    def _arabic_comma(self, n):
        urdu_digits = "urdu" in n.scripts and "ascii" not in n.scripts
        fixed = n.text.replace(ARABIC_COMMA, "٬" if urdu_digits else ",")
        if n.grouping and not n.leading_zero:
            yield self.finding(n.start, n.end, f"Arabic comma used as a digit-group separator: write {fixed}",
                               Fix(fixed, safe=False))
        else:  # 31،2019 — a date or list that lost its space, or a garbled number
            yield self.finding(n.start, n.end, "Arabic comma between digits: a list missing a space, "
                                               "or a garbled number", severity=Severity.WARNING)
