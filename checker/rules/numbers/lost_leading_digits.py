from __future__ import annotations

import regex

from ...model import Category, Severity
from ..base import Rule
from ...analysis.scripts import DIGIT_TRIGGER

# A lone run of zeros inside a code, time or date (`000-123`, `8:000`) is not a quantity.
_CODE_NEIGHBOUR = regex.compile(r"[-–:/.#+_]")


class LostLeadingDigits(Rule):
    """A number that starts with zeros: digits before them were lost.

    Why: `000००,०००` or `, 000० उच्च-अंत चिप्स` is what is left when MT drops the leading
    digits of `50,000` and keeps the zeros: no grouped number starts with 0, and a bare group
    of zeros (`000`) stands for no quantity at all.
    Instead: restore the number from the source (`50,000`).
    """

    code = "NUM004"
    name = "lost-leading-digits"
    category = Category.NUMBER
    severity = Severity.ERROR
    trigger = DIGIT_TRIGGER
    good = ("सुमारे 50,000 चिप्स", "वेळ 08:00 वाजता", "क्रमांक 007 असलेला", "0.25 टक्के", "فون 0300-1234567 پر",
            "सुमारे ५०,००० चिप्स", "کوڈ 000-123 ہے", "قیمت ۰٫۵ روپے",
            "ज्यात ८८, ७६४ खंड", "पाने 10, 20, 30")
    bad = (("प्रतिस्पर्धी क्वचितच, 000००,००० पेक्षा जास्त", "000००,०००"),
           ("तब्बल, 000०,००० चिप्स", "000०,०००"), ("کے پاس 000,000 چپس ہیں", "000,000"),
           ("سال میں ۰,۰۰۰ افراد", "۰,۰۰۰"), ("तब्बल, 000 उच्च-अंत चिप्स", "000"),
           ("सुमारे २०, ००० पुस्तके", "०००"), ("تقریباً 5, 050 افراد", "050"))

    def check(self, sentence):
        for n in sentence.numbers:
            if n.attached or not (n.leading_zero or n.split_group or n.all_zeros) or n.in_url:
                continue  # (in_url last: it reads the whole sentence)
            if n.leading_zero:
                yield self.finding(n.start, n.end, "a grouped number cannot start with 0: its leading "
                                                   "digits were lost")
            elif n.split_group:
                yield self.finding(n.start, n.end, "a zero-led group of three after a comma and a space: "
                                                   "a number split in two (or lost digits)",
                                   severity=Severity.WARNING)
            elif n.all_zeros and len(n.digits) >= 3 and not n.separators \
                    and not _CODE_NEIGHBOUR.match(n.after or " ") \
                    and not _CODE_NEIGHBOUR.match(n.before or " "):
                yield self.finding(n.start, n.end, "a group of zeros with no digit before it: "
                                                   "the number lost its leading digits",
                                   severity=Severity.WARNING)
