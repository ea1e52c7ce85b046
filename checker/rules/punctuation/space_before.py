"""PUN001: whitespace before a comma, full stop, question mark and the like."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import regex

from ...model import Category, Fix, Severity
from ..base import DocumentRule, Repeats

MARKS = ",،.۔?؟!;؛:"
# A mark after whitespace; not an ellipsis (" ...", " ۔۔۔") nor a decimal or domain (" .5", " .com").
_SPACED = regex.compile(rf"\s+([{MARKS}])(?![.۔\p{{L}}\p{{N}}])")
_ANY = regex.compile(rf"(?<![{MARKS}])[{MARKS}](?![.۔\p{{L}}\p{{N}}])")
# Marks that always attach to the word before them in Urdu and Marathi: a space there is a slip a careful
# editor removes, however rare in the document. A colon after a space is a label style (`नाव : …`).
ATTACHED = frozenset(",،.۔?؟!;؛")
HABIT = 0.5  # share of one mark's occurrences in a document written after a space: a habit
TOKENISED = 0.8  # share of sentences ending in " ." (" ۔", " ?"…): the text went through a tokeniser
_END_SPACED = regex.compile(r"\s[.۔।?؟!]+[\"'”’»)\]]*$")
_END = regex.compile(r"[.۔।?؟!]+[\"'”’»)\]]*$")


@dataclass(slots=True)
class MarkCounts:
    """The document's marks: how often each is written, and with a space before."""
    total: Counter = field(default_factory=Counter)
    spaced: Counter = field(default_factory=Counter)
    ends: int = 0            # sentences that end in a mark
    spaced_ends: int = 0     # ... with a space before it
    tokenised: bool = False  # concluded: the text is tokenised (spaces before every mark)


class SpaceBeforePunctuation(DocumentRule):
    """Whitespace before `,` `،` `.` `۔` `?` `؟` `!` `;` `؛` `:` (`آغاز ،`, `ہے ،`).

    Why: in Urdu and Marathi, as in English, these marks attach to the word before them; a space
    lets the mark start the next line and reads as MT or conversion damage. A comma, full stop,
    question mark, exclamation mark or semicolon after a space is a warning wherever it is; a colon
    after a space only when the document does it for at least half of its colons (else info: a label
    style). Text that went through a tokeniser (MT corpora:
    a space before the full stop of nearly every sentence) gets info only: the spacing is the
    tokeniser's, to be undone as a whole, not an MT error in each sentence.
    Instead: delete the space (`آغاز، جس`); the fix is safe.
    """

    code = "PUN001"
    name = "space-before-punctuation"
    category = Category.PUNCTUATION
    severity = Severity.WARNING
    fixable = True
    good = ("ماڈلز کا آغاز، جس کے مطابق", "ते म्हणाले: उद्या", "किंमत .5 टक्के", "थांबा ...", "हे www.example .com")
    bad = (("ماڈلز کا آغاز ، جس کے مطابق ہے۔", " ،"), ("کیا حال ہے ؟", " ؟"), ("तो आला , आणि गेला.", " ,"))

    # Pass one counts the marks, the spaced ones and the sentence ends; pass two decides each
    # spaced mark's severity from those counts.
    def line_facts(self, sentences):
        total, spaced, ends, spaced_ends = Counter(), [], 0, 0
        for s in sentences:
            total.update(m.group() for m in _ANY.finditer(s.text))
            spaced += [(s.index, m.start(), m.start(1), m.group(1)) for m in _SPACED.finditer(s.text)]
            if _END.search(s.text):
                ends += 1
                spaced_ends += bool(_END_SPACED.search(s.text))
        return (tuple(total.items()), tuple(spaced), ends, spaced_ends) if total or ends else None

    State = MarkCounts
    repeats, reads_place = Repeats.COUNTED, False

    def collect(self, state, facts, at):
        self.collect_repeats(state, facts, 1)  # pass one only adds up: a line counts once

    def collect_repeats(self, state, facts, times):
        total, spaced, ends, spaced_ends = facts
        counts = state.total  # plain loops: Counter.update is slower for a few items per line
        for mark, n in total:
            counts[mark] += n * times
        counts = state.spaced
        for *_, mark in spaced:
            counts[mark] += times
        state.ends += ends * times
        state.spaced_ends += spaced_ends * times

    def conclude(self, state):
        ends = state.ends
        state.tokenised = ends >= 5 and state.spaced_ends >= TOKENISED * ends

    def findings(self, state, facts, at):
        per_mark, total = state.spaced, state.total
        for index, a, b, mark in facts[1]:
            if state.tokenised:
                habit = False
            else:
                habit = mark in ATTACHED or (per_mark[mark] >= 2 and per_mark[mark] >= HABIT * total[mark])
            yield self.finding(a, b + 1, f"space before '{mark}': delete it", Fix(mark, safe=True),
                               None if habit else Severity.INFO, sentence=index)
