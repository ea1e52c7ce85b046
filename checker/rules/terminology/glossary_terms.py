from __future__ import annotations

from ...analysis.glossary import load_glossary
from ...analysis.glossary_matcher import REJECTED, glossary_matcher
from ...model import Category, Fix, Scope, Severity
from ..base import Rule


class RejectedGlossaryTerm(Rule):
    """A form the project glossary rejects: a literal translation of a name, an old spelling.

    Why: MT translates names word by word (a fund called High-Flyer becomes "high-flying air
    transport") or picks a spelling the team has ruled out; the glossary (`--glossary FILE`, TSV
    with the header `english<TAB>ur<TAB>mr<TAB>reject`, rejected forms separated by `|`) records the
    decision once. Without a glossary this rule is silent. An English term left in Latin letters
    where the glossary has a form for the language is worth a look.
    Instead: use the glossary's preferred form (given as an unsafe fix: check the grammar around it).
    """

    code = "TRM001"
    name = "rejected-glossary-term"
    category = Category.TERMINOLOGY
    severity = Severity.ERROR
    scope = Scope.LINE  # sentence by sentence, but it needs the document options
    fixable = True
    # examples are checked against corpora/glossary.example.tsv (tests/test_terminology.py)
    good = ("सिलिकॉन व्हॅलीतील कंपन्या", "سلیکون ویلی کی کمپنیاں", "ब्लू हार्बर कॅपिटलने गुंतवणूक केली",
            "दरीत पाणी आहे", "नदीच्या काठी बंदर आहे")
    bad = (("सिलिकॉन दरीतील कंपन्या", "सिलिकॉन दरी"), ("निळे बंदर भांडवलने गुंतवणूक केली", "निळे बंदर भांडवल"),
           ("نیلی بندرگاہ سرمایہ نے سرمایہ کاری کی", "نیلی بندرگاہ سرمایہ"),
           ("कंपनी Silicon Valley मध्ये आहे", "Silicon Valley"))

    def check_line(self, sentences, context):
        if not context.options.glossary:
            return
        terms = load_glossary(context.options.glossary)
        for s in sentences:
            for hit in glossary_matcher(context.options.glossary, s.language).hits(s.text):
                term, a, b = terms[hit.term], hit.start, hit.end
                preferred = term.preferred.get(s.language, "")
                if hit.kind == REJECTED:
                    use = f"use '{preferred}'" if preferred else "the glossary rejects it"
                    yield self.finding(a, b, f"'{s.text[a:b]}' for '{term.english}': {use}",
                                       Fix(preferred, safe=False) if preferred else None, sentence=s.index)
                else:
                    yield self.finding(a, b, f"'{term.english}' left in English; the glossary "
                                       f"writes '{preferred}'", Fix(preferred, safe=False),
                                       Severity.INFO, sentence=s.index)
