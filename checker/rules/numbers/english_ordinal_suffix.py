"""NUM012: an English ordinal or decade suffix on a number in Urdu or Marathi (`9th`, `1990s`)."""
from __future__ import annotations

import regex

from ...analysis.scripts import LATIN, digit_value
from ...model import Category, Fix, Severity
from ..base import Rule

# right after the digits: an ordinal suffix, or a decade's (s) with or without an apostrophe
_SUFFIX = regex.compile(r"(?i)(st|nd|rd|th|['’]?s)(?![\p{L}\p{M}\p{N}])")
_ORDINAL = {"1": "st", "2": "nd", "3": "rd"}  # after 11, 12, 13 and any other digit: th
# "in the 1990s": the decade in the locative, when the postposition follows as a word
_DECADE_IN = {"ur": ("میں", "{} کی دہائی میں"), "mr": ("मध्ये", "{} च्या दशकात")}


def _english_ordinal(digits: str) -> str:
    return "th" if digits[-2:-1] == "1" else _ORDINAL.get(digits[-1], "th")


class EnglishOrdinalSuffix(Rule):
    """An English ordinal or decade suffix on a number in Urdu or Marathi text (`9th`, `۲۱st`, `1990s`).

    Why: MT copies `9th` and `1990s` from the English; Urdu and Marathi prose never writes them.
    The native form depends on gender and case (Marathi `९वा`/`९वी`/`९व्या`, Urdu `9واں`/`9ویں`), so a
    replacement is offered only for a decade before "in" (`1990s میں` → `1990 کی دہائی میں`,
    `1990s मध्ये` → `1990 च्या दशकात`) and for Urdu decades alone (`1990 کی دہائی`). An English title or
    quotation kept in Latin letters, a URL and a code (`#1860s`) stay quiet.
    Instead: the language's ordinal (`21 व्या शतकात`, `21ویں صدی`) or decade (`1990 کی دہائی`).
    """

    code = "NUM012"
    name = "english-ordinal-suffix"
    category = Category.NUMBER
    severity = Severity.WARNING
    fixable = True
    trigger = r"\d(?i:st|nd|rd|th|['’]?s)"
    good = ("21 व्या शतकात", "21ویں صدی میں", "1990 کی دہائی", "फिल्म The 6th Day पाहिली",
            "https://x.com/9th/page पहा", "मास्क (सीरिज #1860s) वापरा", "ماسک (سیریز # 1860s)", "بوئنگ 747s طیارے", "قطار 22nd Street میں")
    bad = (("वह 9th वर्गात आहे", "9th"), ("یہ 21st صدی ہے", "21st"), ("१९९०s मध्ये", "१९९०s मध्ये"),
           ("1990's کی موسیقی", "1990's"), ("یہ ۲nd مرحلہ ہے", "۲nd"), ("1990s میں", "1990s میں"))

    def check(self, sentence):
        text, tokens = sentence.text, sentence.tokens
        for n in sentence.numbers:
            m = _SUFFIX.match(text, n.end)
            mark = n.prefix.rstrip()[-1:]  # `# 1860s`, `A-1st`: a code or model number
            if not m or n.in_url or n.before.isalpha() or (mark and mark in "#/_-") or len(n.groups) > 1:
                continue
            digits = "".join(str(digit_value(c)) for c in n.text)
            suffix = m.group(1).lower()
            decade = suffix.endswith("s")
            if decade and not (digits.endswith("0") and len(digits) in (2, 4)):
                continue  # 747s: a plural of a model number, not a decade
            if not decade and suffix != _english_ordinal(digits):
                continue  # 1th, 2st: not an English ordinal, something else
            if self._in_latin(tokens, n.start, m.end()):
                continue
            end, fix = m.end(), None
            if decade:
                end, fix = self._decade_fix(sentence.language, text, tokens, n.text, end)
            kind = "decade" if decade else "ordinal"
            yield self.finding(n.start, end, f"English {kind} suffix '{m.group(1)}' on {n.text}: write the "
                               f"{'Urdu' if sentence.language == 'ur' else 'Marathi'} {kind}", fix)

    @staticmethod
    def _in_latin(tokens, start: int, end: int) -> bool:
        """A Latin word right before or after: an English title or quotation kept as written."""
        before = [t for t in tokens if t.end <= start][-1:]
        after = [t for t in tokens if t.start >= end][:1]
        return any(t.script == LATIN for t in before + after)

    @staticmethod
    def _decade_fix(lang: str, text: str, tokens, numeral: str, end: int):
        word, form = _DECADE_IN[lang]
        nxt = next((t for t in tokens if t.start >= end), None)
        if nxt is not None and nxt.text == word and not text[end:nxt.start].strip():
            return nxt.end, Fix(form.format(numeral), safe=False)
        return end, Fix(f"{numeral} کی دہائی", safe=False) if lang == "ur" else None
