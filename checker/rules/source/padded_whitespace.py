from __future__ import annotations

from ...model import Category, Scope, Severity
from ..base import Rule
from .placing import between

_WHAT = {"start": "whitespace at the start of the target", "end": "whitespace at the end of the target",
         "double": "doubled space in the target"}


class PaddedWhitespace(Rule):
    """Whitespace at the start or end of the target, or a doubled space inside it, that the source does not have (needs `--source`).

    Why: a space around a segment or a doubled space between words shows in the published text
    and breaks search, alignment and the next tool's comparison (pofilter's `startwhitespace`,
    `endwhitespace` and `doublespacing`, Xbench's double blanks). In MT it is often what is left of
    a dropped mark: `بخار  ایک عام علامت` for `Fever – a common symptom`. An
    editor always removes it. Padding the source has too (a memory's segment laid out with spaces)
    is kept by design: not flagged. Silent without a source.
    Instead: one space between words, none at the edges (unless the source has them); restore a
    mark that was lost.
    """

    code = "SRC008"
    name = "padded-whitespace"
    category = Category.PUNCTUATION
    severity = Severity.WARNING
    needs_source = True
    scope = Scope.LINE
    good = ("Wash your hands often.\tआपले हात वारंवार धुवा.",
            "Name:  Ali\tنام:  علی",
            " Wash your hands. \t आपले हात धुवा. ")
    bad = (("Wash your hands often.\tआपले हात  वारंवार धुवा.", "  "),
           ("Fever – a common symptom of the disease\tبخار  اس بیماری کی ایک عام علامت", "  "),
           ("Wash your hands.\tआपले हात धुवा.  ", "  "),
           ("Stay at home.\t  گھر پر رہیں۔", "  "))

    def check_line(self, sentences, context):
        if context.source is None or not self.applies_to(sentences[0].language):
            return
        from ...analysis.source_structure import padding  # only with a source
        for p in padding(context.source, sentences[0].line_map.text):
            yield between(self, sentences, p.start, p.end, f"{_WHAT[p.kind]}; the source has none")


__all__ = ["PaddedWhitespace"]
