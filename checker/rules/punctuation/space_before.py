"""PUN001: whitespace before a comma, full stop, question mark and the like."""
from __future__ import annotations

from collections import Counter

import regex

from ...model import Category, Fix, Scope, Severity
from ..base import Rule

MARKS = ",،.۔?؟!;؛:"
# A mark after whitespace; not an ellipsis (" ...", " ۔۔۔") nor a decimal or domain (" .5", " .com").
_SPACED = regex.compile(rf"\s+([{MARKS}])(?![.۔\p{{L}}\p{{N}}])")
_ANY = regex.compile(rf"(?<![{MARKS}])[{MARKS}](?![.۔\p{{L}}\p{{N}}])")
HABIT = 0.5  # share of one mark's occurrences in a document written after a space: a habit
TOKENISED = 0.8  # share of sentences ending in " ." (" ۔", " ?"…): the text went through a tokeniser
_END_SPACED = regex.compile(r"\s[.۔।?؟!]+[\"'”’»)\]]*$")
_END = regex.compile(r"[.۔।?؟!]+[\"'”’»)\]]*$")


class SpaceBeforePunctuation(Rule):
    """Whitespace before `,` `،` `.` `۔` `?` `؟` `!` `;` `؛` `:` (`آغاز ،`, `ہے ،`).

    Why: in Urdu and Marathi, as in English, these marks attach to the word before them; a space
    lets the mark start the next line and reads as MT or conversion damage. When a document does
    it for at least half of the occurrences of a mark (the MT habit: every ، spaced) each one is a warning; an
    isolated case is a typo worth a look (info). Text that went through a tokeniser (MT corpora:
    a space before the full stop of nearly every sentence) gets info only: the spacing is the
    tokeniser's, to be undone as a whole, not an MT error in each sentence.
    Instead: delete the space (`آغاز، جس`); the fix is safe.
    """

    code = "PUN001"
    name = "space-before-punctuation"
    category = Category.PUNCTUATION
    severity = Severity.WARNING
    scope = Scope.DOCUMENT
    fixable = True
    good = ("ماڈلز کا آغاز، جس کے مطابق", "ते म्हणाले: उद्या", "किंमत .5 टक्के", "थांबा ...", "हे www.example .com")
    bad = (("ماڈلز کا آغاز ، جس کے مطابق ہے۔", " ،"), ("کیا حال ہے ؟", " ؟"), ("तो आला , आणि गेला.", " ,"))

    def check_document(self, doc):
        spaced, total = [], Counter()
        for s in doc.sentences:
            total.update(m.group() for m in _ANY.finditer(s.text))
            spaced += [(s.index, m.start(), m.start(1), m.group(1)) for m in _SPACED.finditer(s.text)]
        per_mark = Counter(mark for *_, mark in spaced)
        ends = [s for s in doc.sentences if _END.search(s.text)]
        tokenised = len(ends) >= 5 and sum(bool(_END_SPACED.search(s.text)) for s in ends) >= TOKENISED * len(ends)
        for index, a, b, mark in spaced:
            habit = not tokenised and per_mark[mark] >= 2 and per_mark[mark] >= HABIT * total[mark]
            yield self.finding(a, b + 1, f"space before '{mark}': delete it", Fix(mark, safe=True),
                               None if habit else Severity.INFO, sentence=index)
