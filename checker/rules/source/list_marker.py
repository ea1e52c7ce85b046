from __future__ import annotations

from ...model import Category, Scope, Severity
from ..base import Rule
from .placing import at, whole_line


class ListMarkerMismatch(Rule):
    """A list marker (`1.`, `(a)`, `•`, `-`) opening the source line and not the target, or the other way round (needs `--source`).

    Why: a numbered or bulleted item loses its place in the list when the marker goes (MT drops
    `1.` or `•` as it drops other symbols, or turns `2)` into a word); an editor puts it back, so a
    lost marker is a warning. The target may write it in its own digits or letters (`१.`, `۱۔`,
    `(अ)`, `الف)`). A marker the target adds (`- ` before dialogue, a number MT made up) is worth a
    look: info. A dash before a lower-case word continues a sentence (`- whether …`): not a list.
    Silent without a source.
    Instead: keep the source's list marker at the start of the item, in the target's script if
    you like.
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
            "Prices rose by 1.5 per cent.\t1.5 टक्के किंमत वाढली.")
    bad = ("1. Wash your hands often.\tआपले हात वारंवार धुवा.",
           "• Stay at home.\tگھر پر رہیں۔",
           ("Stay at home.\t- घरीच राहा.", "-"))

    def check_line(self, sentences, context):
        if context.source is None or not self.applies_to(sentences[0].language):
            return
        from ...analysis.source_structure import marker_mismatch  # only with a source
        m = marker_mismatch(context.source, sentences[0].line_map.text)
        if m is None:
            return
        if m.side == "source":
            yield whole_line(self, sentences, f"the source item opens with the list marker {m.marker}; "
                                              "the target has none")
        else:
            start = m.end - len(m.marker)
            yield at(self, sentences, start, m.end, f"the target opens with the list marker {m.marker}; "
                                                    "the source has none", Severity.INFO)


__all__ = ["ListMarkerMismatch"]
