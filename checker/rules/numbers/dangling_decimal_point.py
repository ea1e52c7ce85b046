from __future__ import annotations

import regex

from ...analysis.numbers import magnitudes
from ...model import Category, Fix, Scope, Severity
from ..base import Rule

# The sentence ends in digits and a point (`… सीएनवाय 3.`): the next one may hold the rest.
_ENDS_IN_POINT = regex.compile(r"[\p{N}][.٫]$")


class DanglingDecimalPoint(Rule):
    """A point after a number with no digits after it, inside a sentence: `१. million`.

    Why: MT lost the digits after the decimal point (`1.5 million` became `१. million`), so the
    value is wrong. A number that ends a sentence (`… in 2025.`) or numbers a list (`1. …`) is fine.
    Instead: restore the decimal part from the source (`१.५ दशलक्ष`), or drop the point.
    """

    code = "NUM005"
    name = "dangling-decimal-point"
    category = Category.NUMBER
    severity = Severity.ERROR
    scope = Scope.LINE  # a number cut by the sentence splitter continues in the next sentence of its line
    fixable = True
    good = ("हे 2025 मध्ये घडले. पुढे काय?", "1. पहिला मुद्दा", "قیمت 5.58 ملین ڈالر ہے۔", "(2) दुसरा मुद्दा",
            "یہ 2025 میں ہوا۔ اگلا سال", "ماڈل V3. اس کے بعد")
    bad = (("सीएनवाय १. million दशलक्ष", "१."), ("3. billion डॉलर्स खर्च केले", "3."),
           ("सीएनवाय 3. अब्ज खर्च केले", "3."), ("قیمت ۵. ملین ڈالر ہے", "۵."),
           ("کمپنی نے 3. billion ڈالر دیے", "3."))

    def check_line(self, sentences, context):
        for i, s in enumerate(sentences):
            for n in s.numbers:
                if n.attached or n.dangling_point is None:
                    continue
                # before a magnitude word the digits surely went missing; before another word the
                # point may be a full stop the splitter kept (`… 2025. it`)
                sure = n.magnitude_after is not None or _english_word_after(n)
                if n.at_sentence_start and not sure:
                    continue  # list numbering: `1. पहिला मुद्दा`
                yield self.finding(n.start, n.end + 1, "decimal point with no digits after it: "
                                   "the decimal part was lost", Fix(n.text, safe=False),
                                   severity=None if sure else Severity.WARNING, sentence=s.index)
            nxt = sentences[i + 1] if i + 1 < len(sentences) else None
            if nxt is None or not _ENDS_IN_POINT.search(s.text) or not s.numbers:
                continue
            n = s.numbers[-1]
            if n.end != len(s.text) - 1 or n.attached or n.at_sentence_start:
                continue
            words = magnitudes(nxt.text)
            if words and words[0].start == 0:  # `… 3.` + `अब्ज …`: the point cut one number in two
                yield self.finding(n.start, n.end + 1, "decimal point with no digits after it, before "
                                   f"'{words[0].text}': the decimal part was lost",
                                   Fix(n.text, safe=False), sentence=s.index)


def _english_word_after(n) -> bool:
    """A Latin magnitude-like word or currency after the point (`3. bn`, `5. USD`)."""
    m = regex.match(r"[.٫]\s+([A-Za-z]+)", n.suffix)
    return bool(m and m.group(1).lower() in {"bn", "mn", "usd", "dollars", "rupees", "percent"})
