from __future__ import annotations

from ...analysis.latin import UNITS, address_spans, enclosed, fused_english, latin_phrases
from ...data import word_frequencies
from ...model import Category, Severity
from ..base import Rule


def _kept_on_purpose(text: str, t, keep: list[tuple[int, int]]) -> bool:
    """Names, model names, units, addresses and codes are Latin on purpose."""
    w = t.text
    if not (w.isascii() and w.isalpha() and w.islower()) or len(w) < 2 or w in UNITS:
        return True
    if any(a <= t.start and t.end <= b for a, b in keep):
        return True
    near = text[max(t.start - 2, 0):t.start] + text[t.end:t.end + 2]
    return any(c.isdigit() for c in near) or "-" in near  # o1, 5 km, c-team, tippy-tap


class EnglishLeftUntranslated(Rule):
    """A lowercase English word left in an Urdu or Marathi sentence.

    Why: MT copies words it cannot translate (`officials`, `employees`, `million`) into the output;
    a reader of Urdu or Marathi gets a gap in the sentence. Capitalised names, model names
    (`o1`, `V3`), units, URLs, e-mail addresses and hashtags are kept in Latin on purpose and are
    not flagged; a lowercase English word alone between Urdu/Marathi words is a warning, one
    inside a longer English phrase, quotes or parentheses (a gloss) only worth a look.
    Instead: translate the word (`अधिकारी`, `ملازمین`) or, for a technical term, transliterate it
    and give the English in parentheses.
    """

    code = "TRL003"
    name = "english-left-untranslated"
    category = Category.TRANSLITERATION
    severity = Severity.WARNING
    trigger = r"\p{Latin}"
    good = ("त्याने Google च्या मिथुनने सांगितले", "ओपनईने o1 मॉडेल जारी केले", "ہماری ویب سائٹ www.example.com پر",
            "ای میل info@example.org پر بھیجیں", "5 km अंतर", "#covid ट्रेंड करत आहे", "NVIDIA H800 چپس")
    bad = (("कंपनीच्या employees ने सांगितले", "employees"), ("حکومت کے officials نے کہا", "officials"))

    def check(self, sentence):
        text, tokens = sentence.text, sentence.tokens
        keep = address_spans(text) + [(f.start, f.end) for f in fused_english(text, tokens)]
        english = None  # the English table is read only when a word may need it
        for phrase in latin_phrases(text, tokens):
            words = [t for t in phrase if not _kept_on_purpose(text, t, keep)]
            if not words:
                continue
            start, end = words[0].start, words[-1].end
            standalone = len(phrase) == len(words) <= 2 and not enclosed(text, start, end)
            if standalone and english is None:
                english = word_frequencies("en")
            known = standalone and all(english.get(t.text, 0) >= 2 for t in words)
            sev = None if standalone and known else Severity.INFO
            shown = text[start:end]
            yield self.finding(start, end, f"English '{shown}' left untranslated in a "
                               f"{'Marathi' if sentence.language == 'mr' else 'Urdu'} sentence; translate it",
                               severity=sev)
