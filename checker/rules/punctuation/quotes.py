"""PUN004 unclosed-quote and PUN005 mismatched-quotes: double quotes within a paragraph."""
from __future__ import annotations

from ...model import Category, Fix, Severity
from ..base import DocumentRule
from .pairs import PairRule

# the closer a mismatched quotation wants, by its opener (`”` opens Urdu written right to left)
_WANT = {'"': '"', "«": "»", "“": "”", "”": "“", "‘‘": "’’", "’’": "‘‘"}


class UnclosedQuote(PairRule, DocumentRule):
    """A double quote opened and never closed in its paragraph (`म्हणाले, “जर …`), or a closing
    quote that nothing opened.

    Why: the reader cannot tell where the quoted words end; MT drops closing quotes when it
    reorders a sentence. Quotes pair as writers write them: `“…”`, `"…"`, the Urdu `”…“` and
    `’’…‘‘`, nested or not. A quote may close in a later sentence of its line or on one of the
    next 8 lines (sentence-per-line files), and a quotation over paragraphs reopens each one.
    An opener never closed is a warning; a lone closing mark is only worth a look (info): it may
    close a quotation opened further up, and which mark is stray is a guess.
    Instead: close the quote where the quoted words end (`“…”`), or delete the stray mark.
    """

    code = "PUN004"
    name = "unclosed-quote"
    category = Category.PUNCTUATION
    severity = Severity.WARNING
    good = ("ते म्हणाले, “जर असे झाले. तर ठीक आहे.” मग गेले.", 'اس نے کہا "ٹھیک ہے"۔', "“996”-आठवडा",
            "انہوں نے کہا ”وقت کم ہے“ اور چلے گئے۔", "اسے’’ نیا دور ‘‘کہا گیا۔",
            "ते म्हणाले, “हा ‘नवा’ “मोठा” प्रकल्प आहे.”", "اس نے کہا ”ہم آئیں گے۔\nسب ساتھ چلیں گے“۔")
    bad = (("स्टीफन वू म्हणाले, “जर चिनी संस्था हे मॉडेल बनले.", "“"), ("ते म्हणाले आहे.” नंतर", "”"),
           ("ते म्हणाले “पाणी” आले” आणि गेले.", "”"))

    def findings(self, state, facts, at):
        for e, _ in self.kept(state, facts, at):
            m = e.mark
            if e.kind == "unclosed":
                yield self.finding(m.offset, m.end, f"quote {m.char} opened and never closed in this paragraph",
                                   sentence=m.sentence)
            elif e.kind == "unopened":
                yield self.finding(m.offset, m.end, f"closing quote {m.char} without an opening quote",
                                   severity=Severity.INFO, sentence=m.sentence)


class MismatchedQuotes(PairRule, DocumentRule):
    """A straight quote closed by a curly one or the reverse (`"دوبارہ … ہے”`).

    Why: the pair does not match, so editors, renderers and readers pair the quotes wrongly; MT
    produces it when it curls only one side. Either mark may be the wrong one, so the finding
    covers the quotation from opener to closer (the closer alone when they sit in different
    sentences); the fix writes the closer that matches the opener.
    Instead: one style per pair: `"…"` or `“…”`.
    """

    code = "PUN005"
    name = "mismatched-quotes"
    category = Category.PUNCTUATION
    severity = Severity.WARNING
    fixable = True
    good = ('یہ "ٹھیک ہے" ہے۔', "यह “ठीक” है", "“एक”, “दोन”")
    bad = (('یہ "دوبارہ شروع ہو رہا ہے” ، اور', '"دوبارہ شروع ہو رہا ہے”'), ("ते “ठीक आहे\" म्हणाले", '“ठीक आहे"'),
           ('"आम्ही सहा चिप्स आणू,” त्या म्हणाल्या.', '"आम्ही सहा चिप्स आणू,”'),
           ('وہ بولا "ہم جیتیں گے۔ سب دیکھیں گے” اور چلا گیا۔', "”"))

    def findings(self, state, facts, at):
        for e, quoted in self.kept(state, facts, at):
            if e.kind == "mismatch":
                want = _WANT[e.other.char]
                start, end = e.mark.offset, e.mark.end
                fix = Fix(want, safe=True) if quoted.fixable else None
                text = quoted.text
                if text:  # one sentence holds the pair: the pair is the defect, cover both marks
                    if text.startswith(e.other.char) and text.endswith(e.mark.char):
                        start, fix = e.other.offset, Fix(text[:-len(e.mark.char)] + want, safe=True)
                yield self.finding(start, end,
                                   f"quote opened with {e.other.char} but closed with {e.mark.char}: "
                                   f"write {want}", fix, sentence=e.mark.sentence)
