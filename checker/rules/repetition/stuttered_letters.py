"""REP006: a letter or syllable stuttered three times or more inside a word (ٹرینیڈڈڈ, व्हीआरआरआर)."""
from __future__ import annotations

import regex

from ...analysis.scripts import ARABIC, DEVANAGARI
from ...langs.letters import LETTER_NAMES
from ...model import Category, Severity
from ..base import Rule

# One to three letters (each with its marks: a Devanagari syllable) said three times or more in a row.
# Lazy, so the shortest unit wins (ڈڈڈ is ڈ three times). The word is bounded (tokens are short),
# and the backreference is tried only at the few places a letter repeats.
_STUTTER = regex.compile(r"((?:\p{L}\p{M}*){1,3}?)\1{2,}")
# Urdu vowel letters meet in threes where a compound joins (فوٹو + وولٹک): only consonants stutter.
_UR_VOWELS = frozenset("اآوےیئءۓؤہھ")
# Latin letters spelled in each script (डब्ल्यू, ڈبلیو): a token of one such name three times is an initialism
LETTER_SPELLINGS = {script: frozenset(s for names in LETTER_NAMES.get(lang, {}).values() for s in names)
                    for script, lang in ((DEVANAGARI, "mr"), (ARABIC, "ur"))}
# Laughter and hushing, written on purpose (ہاہاہا, हाहाहा, ششش)
_INTERJECTIONS = frozenset({"ہا", "ہی", "ش", "हा", "ही", "श"})


class StutteredLetters(Rule):
    """A letter or syllable repeated three times or more inside a word (`ٹرینیڈڈڈ`, `व्हीआरआरआर`).

    Why: MT systems that write words piece by piece sometimes loop on one piece, so a name comes out
    with a letter or syllable stuttered (`ریسسسیٹیشن`, `एफएफएफपी`). No Urdu or Marathi word
    repeats a consonant or a syllable three times running; laughter and hushing (`ہاہاہا`, `ششش`)
    and Urdu vowel letters (which meet in threes where a compound joins: `فوٹووولٹک`) are left alone.
    Instead: write the word once, as the source's name is spelled (no fix: which copies are extra
    needs a look).
    """

    code = "REP006"
    name = "stuttered-letters"
    category = Category.REPETITION
    severity = Severity.WARNING
    good = ("ٹرینیڈاڈ اور ٹوباگو", "फोटोव्होल्टेइक पॅनेल", "فوٹووولٹک پینل", "وہ ہاہاہا کر کے ہنسا", "खटखट आवाज",
            "डब्ल्यूडब्ल्यूडब्ल्यू पत्ता")
    bad = (("ٹرینیڈڈڈ اور ٹوباگو", "ٹرینیڈڈڈ"), ("व्हीआरआरआर तंत्रज्ञान", "व्हीआरआरआर"),
           ("ریسسسیٹیشن کی ضرورت", "ریسسسیٹیشن"))

    def check(self, sentence):
        for t in sentence.tokens:
            if t.script not in (ARABIC, DEVANAGARI) or len(t.text) < 3:
                continue
            # finditer: each stretch of the word is read once, even in a very long token
            m = next((m for m in _STUTTER.finditer(t.text) if self._stutter(m, t.text, t.script)), None)
            if m is not None:
                yield self.finding(t.start, t.end, f"'{m.group(1)}' written {len(m.group()) // len(m.group(1))} "
                                   f"times in a row inside '{t.text}': an MT stutter")

    @staticmethod
    def _stutter(m, word: str, script: str) -> bool:
        unit = m.group(1)
        if unit in _INTERJECTIONS or (m.group() == word and len(m.group()) == 3 * len(unit) and
                                      unit in LETTER_SPELLINGS.get(script, ())):
            return False  # laughter, or three letters spelled as a word of its own (WWW: डब्ल्यूडब्ल्यूडब्ल्यू)
        return script != ARABIC or any(c not in _UR_VOWELS for c in unit)
