"""REP006: a letter or syllable stuttered three times or more inside a word (کراچچچی, पुणेणेणे)."""
from __future__ import annotations

import re
from bisect import bisect_right

from ...analysis.scripts import ARABIC, DEVANAGARI
from ...langs.letters import letter_spellings
from ...model import Category, Severity
from ..base import Rule

# One to six code points (up to three letters with their marks: a Devanagari syllable) said three times
# or more in a row; lazy, so the shortest unit wins (ڈڈڈ is ڈ three times). The standard `re` engine on
# the whole sentence: five times faster than `regex` token by token, and no rule runs more often.
_STUTTER = re.compile(r"(.{1,6}?)\1\1")
# Urdu vowel letters meet in threes where a compound joins (فوٹو + وولٹک): only consonants stutter.
_UR_VOWELS = frozenset("اآوےیئءۓؤہھ")
# the language whose letter names (डब्ल्यू, ڈبلیو) a script spells: one name three times is an initialism
_SCRIPT_LANGUAGE = {DEVANAGARI: "mr", ARABIC: "ur"}
# Laughter and hushing, written on purpose (ہاہاہا, हाहाहा, ششش)
_INTERJECTIONS = frozenset({"ہا", "ہی", "ش", "हा", "ही", "श"})


class StutteredLetters(Rule):
    """A letter or syllable repeated three times or more inside a word (`کراچچچی`, `पुणेणेणे`).

    Why: MT systems that write words piece by piece sometimes loop on one piece, so a name comes out
    with a letter or syllable stuttered (`ٹیسسسٹ`, `मुंबईईई`). No Urdu or Marathi word
    repeats a consonant or a syllable three times running; laughter and hushing (`ہاہاہا`, `ششش`)
    and Urdu vowel letters (which meet in threes where a compound joins: `ریڈیووولٹیج`) are left alone.
    Instead: write the word once, as the source's name is spelled (no fix: which copies are extra
    needs a look).
    """

    code = "REP006"
    name = "stuttered-letters"
    category = Category.REPETITION
    severity = Severity.WARNING
    good = ("کراچی سے لاہور", "फोटोव्होल्टेइक पॅनेल", "ریڈیووولٹیج پینل", "وہ ہاہاہا کر کے ہنسا", "खटखट आवाज",
            "डब्ल्यूडब्ल्यूडब्ल्यू पत्ता")
    bad = (("کراچچچی سے لاہور", "کراچچچی"), ("पुणेणेणे शहरात", "पुणेणेणे"),
           ("مریض کو ٹیسسسٹ کی ضرورت", "ٹیسسسٹ"))

    def check(self, sentence):
        text, tokens = sentence.text, sentence.tokens
        starts, pos = [t.start for t in tokens], 0
        while (m := _STUTTER.search(text, pos)) is not None:
            i = bisect_right(starts, m.start()) - 1
            t = tokens[i] if i >= 0 else None
            unit = m.group(1)
            if not unit[0].isalpha() or t is None or m.end() > t.end or \
                    t.script not in (ARABIC, DEVANAGARI) or not self._stutter(m, t.text, t.script):
                pos = m.start() + 1  # a match is at most 18 characters: the search stays linear
                continue
            end = m.end()
            while text.startswith(unit, end):
                end += len(unit)
            yield self.finding(t.start, t.end, f"'{unit}' written {(end - m.start()) // len(unit)} "
                               f"times in a row inside '{t.text}': an MT stutter")
            pos = t.end

    @staticmethod
    def _stutter(m, word: str, script: str) -> bool:
        unit = m.group(1)
        if unit in _INTERJECTIONS or (m.group() == word and unit in letter_spellings(_SCRIPT_LANGUAGE[script])):
            return False  # laughter, or three letters spelled as a word of its own (WWW: डब्ल्यूडब्ल्यूडब्ल्यू)
        return script != ARABIC or any(c not in _UR_VOWELS for c in unit)
