from __future__ import annotations

from ...model import Category, Scope, Severity
from ..base import Rule
from .placing import whole_line


class OneSidedMarks(Rule):
    """Brackets or quotation marks on one side of the translation only (needs `--source`).

    Why: brackets the target has and the source lacks hold text MT made up (`( स्तोत्र ११९: १०५)`,
    `(इंग्रजी भाषेत)`): a warning. A bracketed aside the source has and the target lacks, with none
    of its digits or capitalised words kept elsewhere in the target, may be an aside MT dropped;
    translators drop brackets too, so that is worth a look, no more: info, as are quotation marks
    the target added. Quotation marks the target lacks are not reported (translators drop them as
    often as MT does; Marathi often writes none). Two marks or more on one side, none on the
    other. Silent without a source.
    Instead: carry the aside or the quotation over; remove what the source does not say.
    """

    code = "SRC004"
    name = "one-sided-marks"
    category = Category.PUNCTUATION
    severity = Severity.WARNING
    needs_source = True
    scope = Scope.LINE
    good = ("People stay 6 feet (1.8 m) apart.\tलोक एकमेकांपासून 6 फूट (1.8 मी) अंतर ठेवतात.",
            "The coalition (CEPI) invested.\tCEPI या संघटनेने गुंतवणूक केली.",
            'He said "stay home".\tاس نے کہا "گھر پر رہو"۔')
    bad = ("People stay apart (as advised).\tलोक एकमेकांपासून अंतर ठेवतात.",
           "Medical hand hygiene matters.\t( स्तोत्र ११९: १०५) वैद्यकीय हात शुद्धतेचे महत्त्व आहे.",
           "The virus spread.\tوائرس (جو چمگادڑوں سے آیا) پھیل گیا۔")

    def check_line(self, sentences, context):
        if context.source is None or not self.applies_to(sentences[0].language):
            return
        from ...analysis.source_length import one_sided_marks  # only with a source
        for m in one_sided_marks(context.source, sentences[0].line_map.text):
            message = (f"the source has {m.mark}; the target has none: an aside dropped?" if m.side == "source"
                       else f"the target has {m.mark}; the source has none: text added?")
            added = m.side == "target" and m.mark != "quotation marks"
            yield whole_line(self, sentences, message, Severity.WARNING if added else Severity.INFO)


__all__ = ["OneSidedMarks"]
