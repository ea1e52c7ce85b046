"""ORT005: tatweel (kashida, ـ) stretching Urdu letters."""
from __future__ import annotations

from ...model import Category, Severity
from .changes import DeletedCharacterRule

TATWEEL = "\u0640"


class Tatweel(DeletedCharacterRule):
    """Tatweel (ـ, U+0640) inside Urdu text.

    Why: the kashida only stretches a joining stroke for justification; as a character it splits
    the word for search and spell-checking (ساتهـ, کچهـ) and Nastaliq does not use it at all.
    It changes no letter, so the finding is info.
    Instead: delete it; justification belongs to the layout, not the text.
    """

    code = "ORT005"
    name = "tatweel"
    category = Category.ORTHOGRAPHY
    severity = Severity.INFO
    languages = ("ur",)
    fixable = True
    good = ("یہ کتاب ہے۔", "ساتھ چلو۔")
    bad = ("ساتھـ چلو۔", "کتـــاب")

    chars, kind = frozenset(TATWEEL), "tatweel"

    def message(self, found):
        return "tatweel (kashida) in the text: delete it"
