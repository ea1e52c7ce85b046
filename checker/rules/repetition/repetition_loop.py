"""REP004: one word or short phrase said three or more times in a row (an MT loop)."""
from __future__ import annotations

from ...langs.letters import letter_spellings
from ...langs.reduplication import REDUPLICATING
from ...model import Category, Fix, Severity
from ..base import Rule
from .runs import MIN_COPIES, loops

ERROR_COPIES = 4  # four copies of anything, or three of a phrase: no grammar says that


class RepetitionLoop(Rule):
    """One word or short phrase said three or more times in a row: an MT loop (`کی کی کی کی`).

    `हात धुणे हात धुणे हात धुणे हात धुणे`, `کے سینے کے سینے کے سینے …` to the end of the line.

    Why: a neural MT decoder that loses its place repeats the last word or phrase, often to the end
    of the line (a degenerate loop); the source's rest is lost. Four copies, or three of a phrase,
    are an error; one word three times is a warning, and nothing for a word the language
    reduplicates (an interjection: `ہاں ہاں ہاں`, `नको नको नको`).
    Spelled initialisms (`ای ای ای` EEA), digits and one-letter words are not loops. The loop is
    reported once, here, not as doubled words (REP001) or a repeated phrase (REP003).
    Instead: keep one copy and translate the rest of the source again.
    """

    code = "REP004"
    name = "repetition-loop"
    category = Category.REPETITION
    severity = Severity.ERROR
    fixable = True
    good = ("लहान लहान मुले", "یورپی یونین ای ای ای اے ممالک", "फोन ५ ५ ५ ५ वर करा", "وہ آہستہ آہستہ چلا۔",
            "दोन तीन दोन तीन वेळा")
    bad = (("اس سے زیادہ اور اور اور اور اور", "اور اور اور اور اور"),
           ("पण काही वेळा हात धुणे हात धुणे हात धुणे अशा गोष्टी", "हात धुणे हात धुणे हात धुणे"),
           ("ٹیسٹ ناک کے سینے کے سینے کے سینے کے", "کے سینے کے سینے کے سینے"),
           ("तीव्र तीव्र तीव्र श्वसन सिंड्रोम", "तीव्र तीव्र तीव्र"))

    def check(self, sentence):
        toks, text = sentence.tokens, sentence.text
        words = [t.text for t in toks]
        if len(words) - len(set(words)) < MIN_COPIES - 1:
            return  # a loop's first word comes back at least twice
        letters = letter_spellings(sentence.language)
        for run in loops(words):
            unit = words[run.start:run.start + run.unit]
            if all(w.isdigit() or len(w) == 1 or w in letters for w in unit):
                continue
            if any(text[toks[k].end:toks[k + 1].start].strip(" ,،;؛") for k in range(run.start, run.end - 1)):
                continue  # (MVS) (MVS-MVS): brackets or hyphens between copies, not a loop
            if run.copies < ERROR_COPIES and unit[0] in REDUPLICATING.get(sentence.language, ()):
                continue  # ہاں ہاں ہاں, नको नको नको: said for emphasis
            first, last = toks[run.start], toks[run.end - 1]
            phrase = " ".join(unit)
            severe = run.copies >= ERROR_COPIES or run.unit > 1
            yield self.finding(first.start, last.end, f"'{phrase}' said {run.copies} times in a row: an MT loop",
                               Fix(sentence.text[first.start:toks[run.start + run.unit - 1].end], safe=False),
                               severity=None if severe else Severity.WARNING)
