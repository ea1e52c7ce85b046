from __future__ import annotations

from ...model import Category, Scope, Severity
from ..base import Rule


# Pairing compares every source quantity with every target one: beyond this many pairs (200
# numbers on each side) a line is not prose, and a pre-commit run must not stall on it.
MAX_PAIRS = 40_000


class SourceNumberMismatch(Rule):
    """A number of the English source that the target line lost, changed or added (needs `--source`).

    Why: MT drops digits (`39,768` → `3,768`), decimals (`1.5 million` → `१. million`), magnitude
    words (`$6 million` → `million 6`) and currencies, or regroups digits (`87,20,030` →
    `8,72,00,030`). Values are compared, not spellings: `1.5 million` = `15 लाख` = `१५ लाख` =
    `1.5 दशलक्ष`, `1 trillion` = `1 लाख कोटी`, `۹۸%` = `98%`. A changed value is an error; a number
    missing or added (translators restructure, spell numbers out, drop repeated years) is a warning,
    a year, or a number of a bracketed aside of the source where the target has no brackets at all
    (translators leave out conversions: `6 feet (1.8 m)` → `6 फूट`), an info; converted amounts in brackets
    (`(अंदाजे … कोटी रुपये)`), ordinals, spelled-out numbers (`two` → `दोन`/`دو`, `twenty four`,
    `क्रमांक एकचा`), Roman numerals (`type-II` → `प्रकार २`), the digits of codes (`COVID-19`,
    `कोविड-19`: SRC001 checks those) and list numbering are not flagged. A list may write its
    magnitude word once (`3.1, 2.94 and 2.52 million`); clock times are compared as times in any
    notation (`3 p.m.` = `15:00` = `दुपारी 3 वाजता`; `12:00` → `12.07 वाजता` is changed). Silent
    without a source.
    Instead: the source's value, in any digit script and grouping: `1.5 दशलक्ष`, `15 लाख`, `۶ ملین ڈالر`.
    """

    code = "NUM011"
    name = "source-number-mismatch"
    category = Category.NUMBER
    severity = Severity.ERROR
    scope = Scope.LINE  # each target line against its source line
    needs_source = True
    # Examples are `source<TAB>target` lines (see tests/rule_examples.py).
    good = ("It cost $1.5 million.\tत्याची किंमत 1.5 दशलक्ष डॉलर्स होती.",
            "It cost $1.5 million.\tत्याची किंमत १५ लाख डॉलर होती.",
            "Losses of $1 trillion.\t1 ट्रिलियन डॉलर्स (अंदाजे 87,20,030 कोटी रुपये) नुकसान.",
            "A trillion dollars, or 1 trillion.\tएक लाख कोटी डॉलर्स, म्हणजे 1 लाख कोटी.",
            "Some 39,768 cases and 1,727 deaths.\t39768 کیس اور ۱٬۷۲۷ اموات۔",
            "Fever (98%) in 1-14 days.\tبخار (%98) ، 14-1 دن میں۔",
            "The two models were released on 20 January 2025.\tदोन मॉडेल 20 जानेवारी 2025 रोजी आले.",
            "It is the 2nd wave.\tही दुसरी लाट आहे.",
            "It cost 6 billion yuan.\tاس پر 6 ارب یوآن لاگت آئی۔",
            "Nearly 10 million people.\tसुमारे 1 कोटी लोक.",
            "Sales were 3.1 million, 2.94 and 2.52 million.\tविक्री 3.1, 2.94 आणि 2.52 दशलक्ष होती.",
            "Type-I and type-II cells in the twenty four hours.\t24 तासांत प्रकार १ आणि प्रकार २ च्या पेशी.",
            "We meet at 3 p.m., 14:00 UTC.\tआम्ही दुपारी 3 वाजता, 14 : 00 UTC ला भेटू.")
    bad = (("It cost 1.5 million yuan.\tत्याची किंमत १. million दशलक्ष युआन होती.", "१. million दशलक्ष"),
           ("It needed less than $6 million.\tاسے million 6 سے بھی کم کی ضرورت تھی۔", "6"),
           ("Some 39,768 cases.\tसुमारे 3,768 प्रकरणे.", "3,768"),
           ("It cost Rs 87,20,030 crore.\tखर्च 8,72,00,30 कोटी रुपये.", "8,72,00,30 कोटी"),
           ("A loss of 15 lakh.\tनुकसान 15 कोटी.", "15 कोटी"),
           ("It needed $6 million.\tاسے 6 ملین کی ضرورت تھی۔", "6 ملین"),
           ("The study covered 425 cases.\tअभ्यासात प्रकरणांचा समावेश होता.",
            "अभ्यासात प्रकरणांचा समावेश होता."),
           ("The study covered cases.\tمطالعے میں 425 کیس شامل تھے۔", "425"),
           ("The meeting is at 12:00 today.\tबैठक आज 12.07 वाजता आहे.", "12.07"))

    def check_line(self, sentences, context):
        if context.source is None or not self.applies_to(sentences[0].language):
            return
        yield from self._check_line(context.source, sentences, sentences[0].language)

    def _check_line(self, source: str, sentences, language: str):
        # imported here: the quantity reader (fractions, decimals) is only needed with a source
        from ...analysis.quantities import bracketed, currencies_in, quantities
        from .source_matching import match_line
        target = sentences[0].line_map.text
        src, tgt = quantities(source, "en"), quantities(target, language)
        if not any(q.hard for q in src) and not any(q.hard for q in tgt):
            return
        if len(src) * len(tgt) > MAX_PAIRS:
            return  # a table or a run of codes, not a sentence: pairing would be quadratic
        result = match_line(src, tgt)
        target_currencies = currencies_in(target, language)
        for s, t in result.equal:
            if s.currency and not t.currency and s.currency not in target_currencies:
                yield self._at(sentences, t.start, t.end, f"source has {s.shown}; target has "
                               f"{t.shown} without the currency ({s.currency})", Severity.WARNING)
        for s, t, sure in result.changed:
            lost = (f"; the currency ({s.currency}) is lost"
                    if s.currency and s.currency not in target_currencies else "")
            shown = t.numeral if s.exponent == t.exponent else t.shown
            yield self._at(sentences, t.start, t.end, f"source has {s.shown}; target has {shown}{lost}",
                           Severity.ERROR if sure else Severity.WARNING)
        for s in result.missing:
            a, b = _sentence_at(sentences, s.start / max(len(source), 1) * len(target))
            # translators leave out an aside in brackets (`6 feet (1.8 m)` → `6 फूट`) as a whole;
            # MT that keeps brackets but loses the number in them garbled it
            aside = bracketed(source, s.start) and not any(c in target for c in "()[]")
            yield self._at(sentences, a, b, f"source has {s.shown}; target has no such number",
                           Severity.INFO if s.kind == "year" or aside else Severity.WARNING)
        for t in result.added:
            yield self._at(sentences, t.start, t.end, f"source has no {t.shown}; target added it",
                           Severity.INFO if t.kind == "year" else Severity.WARNING)

    def _at(self, sentences, a: int, b: int, message: str, severity: Severity):
        """A finding for line offsets [a, b), placed in the sentence that holds `a`."""
        s = next((x for x in sentences if a < x.end), sentences[-1])
        start = min(max(a - s.start, 0), len(s.text))
        end = max(min(b, s.end) - s.start, start)
        return self.finding(start, end, message, severity=severity, sentence=s.index)


def _sentence_at(sentences, offset: float) -> tuple[int, int]:
    """Line offsets of the sentence at `offset` (for a number the target lost: no span of its own)."""
    s = next((x for x in sentences if offset < x.end), sentences[-1])
    return s.start, s.end


__all__ = ["SourceNumberMismatch"]
