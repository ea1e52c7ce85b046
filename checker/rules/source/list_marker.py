from __future__ import annotations

from ...model import Category, Scope, Severity
from ..base import Rule
from .placing import at, whole_line


class ListMarkerMismatch(Rule):
    """A list marker (`1.`, `(a)`, `•`, `-`) opening the source line and not the target, or the other way round, or an item of an enumeration inside the source line (`(1) … (2) … (3)`) that the target does not mark (needs `--source`).

    Why: a numbered or bulleted item loses its place in the list when the marker goes (MT drops
    `1.` or `•` as it drops other symbols, or turns `2)` into a word); an editor puts it back, so a
    lost marker is a warning. The target may write it in its own digits or letters (`१.`, `۱۔`,
    `(अ)`, `الف)`). A marker the target adds (`- ` before dialogue, a number MT made up) is worth a
    look: info. A dash before a lower-case word continues a sentence (`- whether …`): not a list.
    Inside a line, an enumeration `(1) … (2) … (3)` whose target marks some items and not others
    has lost or merged an item (MT runs two items together and drops the number between them): a
    warning. A target that marks none of them may have made prose of the list: info.
    Silent without a source.
    Instead: keep the source's list marker at the start of the item, and every item's marker of
    an enumeration, in the target's script if you like.
    """

    code = "SRC007"
    name = "list-marker-mismatch"
    category = Category.PUNCTUATION
    severity = Severity.WARNING
    needs_source = True
    scope = Scope.LINE
    good = ("1. Wash your hands often.\t१. आपले हात वारंवार धुवा.",
            "(a) Wear a mask outside.\t(الف) باہر ماسک پہنیں۔",
            "• Stay at home.\t• घरीच राहा.",
            "- whether in a city or in a village\tमग ते शहर असो वा गाव",
            "Prices rose by 1.5 per cent.\t1.5 टक्के किंमत वाढली.",
            "Signs: (1) fever; (2) cough.\tलक्षणे: (१) ताप; (२) खोकला.",
            "Signs: (a) fever; (b) cough.\tعلامات: (الف) بخار؛ (ب) کھانسی۔",
            "See note (2) below.\tखालील टीप पहा.")
    bad = ("1. Wash your hands often.\tआपले हात वारंवार धुवा.",
           "• Stay at home.\tگھر پر رہیں۔",
           ("Stay at home.\t- घरीच राहा.", "-"),
           "Signs: (1) fever; (2) cough; (3) tiredness.\tलक्षणे: (१) ताप; (२) खोकला आणि थकवा.")

    def check_line(self, sentences, context):
        if context.source is None or not self.applies_to(sentences[0].language):
            return
        # imported here: only a scan with a source needs it
        from ...analysis.source_structure import enumeration_gap, marker_mismatch
        target = sentences[0].line_map.text
        yield from self._enumeration(sentences, enumeration_gap(context.source, target))
        m = marker_mismatch(context.source, target)
        if m is None:
            return
        if m.side == "source":
            yield whole_line(self, sentences, f"the source item opens with the list marker {m.marker}; "
                                              "the target has none")
        else:
            start = m.end - len(m.marker)
            yield at(self, sentences, start, m.end, f"the target opens with the list marker {m.marker}; "
                                                    "the source has none", Severity.INFO)

    def _enumeration(self, sentences, gap):
        if gap is None:
            return
        listed = f"{gap.markers[0]}–{gap.markers[-1]}"
        if gap.partly:
            yield whole_line(self, sentences, f"the source enumerates items {listed}; the target does not mark "
                                              f"{', '.join(gap.missing)}: an item lost or run into another")
        else:
            yield whole_line(self, sentences, f"the source enumerates items {listed}; the target marks none of "
                                              "them", Severity.INFO)


__all__ = ["ListMarkerMismatch"]
