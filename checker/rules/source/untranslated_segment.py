from __future__ import annotations

from ...model import Category, Scope, Severity
from ..base import Rule
from .placing import whole_line


class UntranslatedSegment(Rule):
    """A target line that is its English source again, or mostly English where the source is English prose (needs `--source`).

    Why: MT (and a translator in a hurry) copies a segment it cannot translate; the reader of Urdu
    or Marathi gets English. With the source at hand there is no guessing: a target equal to a
    source of three ordinary English words or more (case, spaces and punctuation aside) is an
    error; a target whose letters are mostly Latin and that repeats most of a prose source's
    ordinary words (five or more) a warning. Names, titles, codes and addresses (fewer than three
    ordinary words) are kept as they are by translators too: not flagged. Silent without a source.
    Instead: translate the segment.
    """

    code = "SRC002"
    name = "untranslated-segment"
    category = Category.TRANSLITERATION  # English left untranslated (DESIGN.md)
    severity = Severity.ERROR
    needs_source = True
    scope = Scope.LINE
    good = ("Wash your hands often.\tआपले हात वारंवार धुवा.",
            "World Health Organization\tWorld Health Organization",
            "Call 911 or see https://who.int today.\t911 पर कॉल करें या आज https://who.int देखें۔",
            "The WHO said COVID-19 spreads fast.\tڈبلیو ایچ او نے کہا کہ COVID-19 تیزی سے پھیلتا ہے۔")
    bad = ("Wash your hands often.\tWash your hands often.",
           ("The patients were taken to the hospital in the city.\tThe patients were taken to hospital in शहर.",
            "The patients were taken to hospital in शहर."),
           "and I have a cough and a fever since yesterday\tआणि i have a cough and a fever since yesterday")

    def check_line(self, sentences, context):
        if context.source is None or not self.applies_to(sentences[0].language):
            return
        from ...analysis.source_tokens import untranslated  # only with a source
        kind = untranslated(context.source, sentences[0].line_map.text)
        if kind == "same":
            yield whole_line(self, sentences, "the target is the English source, untranslated")
        elif kind == "latin":
            yield whole_line(self, sentences, "the target is mostly the English source, untranslated",
                             Severity.WARNING)


__all__ = ["UntranslatedSegment"]
