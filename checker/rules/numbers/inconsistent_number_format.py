from __future__ import annotations

from ...analysis.numbers import INDIAN, WESTERN
from ...model import Category, Scope, Severity
from ..base import Rule


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


class InconsistentNumberFormat(Rule):
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
    scope = Scope.DOCUMENT
    good = ("२०२० मध्ये सुरुवात झाली. २०२० च्या शेवटी संपले.", "سال 2020 میں۔ پھر 2021 میں۔",
            "10,000 चिप्स. पुढे 10000 चिप्स.", "1 आणि १ सारखेच. 14 आणि १४ सुद्धा.")
    bad = (("2020 मध्ये सुरुवात झाली. २०२० च्या शेवटी संपले.", "२०२०"),
           ("1,00,000 लोक आले. नंतर 100,000 लोक गेले.", "100,000"),
           ("سال 2023 میں۔ پھر ۲۰۲۳ کے آخر میں۔", "۲۰۲۳"))

    # Pass one records the first format of each quantity and the first place of each other
    # format that contradicts it; pass two flags those places.
    def line_facts(self, sentences):
        found = []
        for s in sentences:
            for n in s.numbers:
                if n.attached or n.is_mixed or n.in_url or (n.is_grouped and not n.grouping):
                    continue
                if n.integer_value is None or n.integer_value < 1000:
                    continue  # small counts and decimals coincide by chance and switch script freely; an over-long numeral is text
                found.append((s.index, n.start, n.end, n.value_key, (n.scripts, _style(n)), n.text))
        return tuple(found) or None

    counts_repeats = True

    def start(self):
        return {"first": {}, "flagged": {}}

    def collect(self, state, facts, at):
        first, flagged = state["first"], state["flagged"]
        for k, start, _, key, fmt, text in facts:
            if key not in first:
                first[key] = (fmt, text, at.line)
                continue
            ref_fmt = first[key][0]
            if _compatible(fmt, ref_fmt) or (key, fmt) in flagged:
                continue
            if fmt[0] == ref_fmt[0] and "plain" in (fmt[1], ref_fmt[1]):
                continue  # 10000 beside 10,000: grouping is optional for short numbers
            flagged[(key, fmt)] = (at.first + k, start)

    def collect_repeats(self, state, facts, times):
        pass  # a quantity's first format and first contradiction were settled where the line first occurred

    def findings(self, state, facts, at):
        first, flagged = state["first"], state["flagged"]
        for k, start, end, key, fmt, _ in facts:
            if flagged.get((key, fmt)) == (at.first + k, start):
                _, ref_text, ref_line = first[key]
                yield self.finding(start, end, f"the same quantity is written {ref_text} in "
                                   f"line {ref_line}; use one format in the document", sentence=k)
