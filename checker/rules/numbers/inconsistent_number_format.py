from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple, Optional

from ...analysis.numbers import INDIAN, WESTERN
from ...model import Category, Severity
from ..base import DocumentRule, FirstFormWins, Repeats


def _style(n) -> str:
    """How the integer part is grouped: plain, western, indian, or both (10,000)."""
    if not n.is_grouped:
        return "plain"
    if n.grouping == {WESTERN, INDIAN}:
        return "both"
    return WESTERN if WESTERN in n.grouping else INDIAN


def _compatible(a: tuple, b: tuple) -> bool:
    """Same digits, and groupings that do not contradict (10,000 fits Western and Indian)."""
    if a[0] != b[0]:
        return False
    return a[1] == b[1] or "both" in (a[1], b[1])


def _contradicts(form: tuple, first: tuple) -> bool:
    """(scripts, grouping) against the quantity's first; 10000 beside 10,000 does not (grouping
    is optional for short numbers)."""
    return not _compatible(form, first) and not (form[0] == first[0] and "plain" in (form[1], first[1]))


class NumberSeen(NamedTuple):
    sentence: int   # position in the line
    start: int
    end: int
    key: object     # the quantity
    form: tuple     # (scripts, grouping style)
    text: str


@dataclass(frozen=True, slots=True)
class NumbersOnLine:
    numbers: tuple[NumberSeen, ...]

    @classmethod
    def of(cls, sentences) -> Optional["NumbersOnLine"]:
        found = []
        for s in sentences:
            for n in s.numbers:
                if n.attached or n.is_mixed or n.in_url or (n.is_grouped and not n.grouping):
                    continue
                if n.integer_value is None or n.integer_value < 1000:
                    continue  # small counts and decimals coincide by chance and switch script freely; an over-long numeral is text
                found.append(NumberSeen(s.index, n.start, n.end, n.value_key, (n.scripts, _style(n)), n.text))
        return cls(tuple(found)) if found else None


class InconsistentNumberFormat(DocumentRule):
    """The same quantity written in two digit systems or two grouping styles in one document.

    Why: `2020` in one sentence and `२०२०` in the next, or `1,00,000` beside `100,000`, is
    usually a sign that MT treated each sentence on its own; readers wonder whether two
    different numbers are meant. Human Marathi mixes ASCII and Devanagari digits too, hence info.
    Instead: pick one digit system and one grouping style for the document.
    """

    code = "NUM010"
    name = "inconsistent-number-format"
    category = Category.NUMBER
    severity = Severity.INFO
    good = ("२०२० मध्ये सुरुवात झाली. २०२० च्या शेवटी संपले.", "سال 2020 میں۔ پھر 2021 میں۔",
            "10,000 चिप्स. पुढे 10000 चिप्स.", "1 आणि १ सारखेच. 14 आणि १४ सुद्धा.")
    bad = (("2020 मध्ये सुरुवात झाली. २०२० च्या शेवटी संपले.", "२०२०"),
           ("1,00,000 लोक आले. नंतर 100,000 लोक गेले.", "100,000"),
           ("سال 2023 میں۔ پھر ۲۰۲۳ کے آخر میں۔", "۲۰۲۳"))

    # Pass one keeps the first format of each quantity and the first place of each other format
    # that contradicts it; pass two flags those places. A repeated line adds nothing.
    Facts = NumbersOnLine
    State = FirstFormWins
    repeats = Repeats.FIRST

    def collect(self, state, facts, at):
        for n in facts.numbers:
            state.meet(n.key, n.form, (n.text, at.line), (at.first + n.sentence, n.start), _contradicts)

    def findings(self, state, facts, at):
        for n in facts.numbers:
            first = state.flagged_at(n.key, n.form, (at.first + n.sentence, n.start))
            if first is not None:
                ref_text, ref_line = first
                yield self.finding(n.start, n.end, f"the same quantity is written {ref_text} in "
                                   f"line {ref_line}; use one format in the document", sentence=n.sentence)
