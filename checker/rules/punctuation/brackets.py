"""PUN006: a bracket opened and never closed, closed without opening, or closed by another kind."""
from __future__ import annotations

from ...model import Category, Severity
from ..base import DocumentRule
from .pairs import PairRule

_WHAT = {"unclosed": "opened and never closed in this paragraph", "unopened": "closed without being opened",
         "mismatch": "closes a different bracket"}


class UnbalancedBracket(PairRule, DocumentRule):
    """A bracket without its partner in the paragraph: `(` never closed, `)` never opened, or
    `(` closed by `]`.

    Why: an unclosed bracket swallows the rest of the sentence for the reader; MT loses one
    side when it moves the bracketed words. Enumerations (`1)`, `a)`) and smileys stay quiet.
    Instead: put the partner where the aside ends, or delete the stray bracket.
    """

    code = "PUN006"
    name = "unbalanced-bracket"
    category = Category.PUNCTUATION
    severity = Severity.WARNING
    good = ("मल्टीहेड सुप्त लक्ष (एमएलए) सारख्या", "1) पहिला 2) दुसरा", "ठीक :)", "(पहिला. दुसरा.)")
    bad = (("मल्टीहेड सुप्त लक्ष (एमएलए सारख्या तंत्र", "("), ("एमएलए) सारख्या तंत्र", ")"),
           ("हे (असे] आहे", "]"))

    quotes = False

    def findings(self, state, facts, at):
        for e, _ in self.kept(state, facts, at):
            yield self.finding(e.mark.offset, e.mark.offset + 1, f"bracket {e.mark.char} {_WHAT[e.kind]}",
                               sentence=e.mark.sentence)
