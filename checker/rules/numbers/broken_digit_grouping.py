from __future__ import annotations

from ...model import Category, Fix, Severity
from ..base import Rule
from ...analysis.scripts import DIGIT_TRIGGER


class BrokenDigitGrouping(Rule):
    """Digit groups that fit neither Western nor Indian grouping.

    Why: `8,72,00,30` or `12,5000` cannot be read as a number: MT moved or dropped a separator
    (or a digit), so the reader does not know the value. Valid are Western `250,000`,
    `1,234,567` and Indian `2,50,000`, `87,20,030` (a last group of three, groups of two before
    it), in any digit script.
    Instead: regroup the digits (`87,20,030`) and check the value against the source.
    """

    code = "NUM002"
    name = "broken-digit-grouping"
    category = Category.NUMBER
    severity = Severity.ERROR
    trigger = DIGIT_TRIGGER
    fixable = True
    good = ("सुमारे 10,000 चिप्स", "१,२५,००,००० रुपये", "۲۵۰,۰۰۰ افراد", "1,234,567.89 ڈالر",
            "87,20,030 कोटी", "पान 1,2 आणि 3", "सन 2023-24 मध्ये", "قیمت 5.58 ملین", "०.२५ टक्के")
    bad = (("अंदाजे 8,72,00,30 कोटी रुपये", "8,72,00,30"), ("सुमारे ४,५०,००,०० लोक", "४,५०,००,००"),
           ("12,5000 ڈالر", "12,5000"), ("تقریباً ۳,۴,۵,۰۰۰ افراد", "۳,۴,۵,۰۰۰"), ("1,2345 रुपये", "1,2345"))

    def check(self, sentence):
        for n in sentence.numbers:
            # zero-led groups are lost digits (NUM004); lists like 1,2,3 are not groupings
            if not n.comma_grouped or n.grouping or n.leading_zero or n.looks_like_list:
                continue
            if n.attached or n.in_url:
                continue
            start, end = n.start, n.start + len(n.text) - (len(n.fraction) + 1 if n.fraction else 0)
            fixed = None if n.is_mixed else n.regrouped()  # a mixed number's digits are suspect too
            if fixed is not None:
                sep = "٬" if n.group_separators[0] == "٬" else ","
                fixed = fixed.split(".")[0].replace(",", sep)
                yield self.finding(start, end, f"broken digit grouping; did you mean {fixed}?",
                                   Fix(fixed, safe=False))
            else:
                yield self.finding(start, end, "broken digit grouping: neither Western (1,234,567) nor "
                                               "Indian (12,34,567); check the value against the source")
